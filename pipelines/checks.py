"""Derived headline keys (spec 2.2, 2.3, 2.6) and the consistency rules of spec 1(d).

Derivations only combine table facts that exist; checks only run when every input exists, and they report —
they never change a value. Rule ids carry the column, row or block they were checked on ("R1.total",
"R3.apply.received_new", "O5.review"); details spell out the numbers ("received 22 != 15+0+6 = 21").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from operator import attrgetter

from .facts_text import facts_from_text
from .keys import APPLICANT_COLUMNS, APPLY_ROWS, REVIEW_BLOCKS
from .records import Check, Fact

NEW_TEMPLATES = ("t2019", "t2021")
COLUMNS = tuple(c for c in APPLICANT_COLUMNS if c != "legal_entity")  # the seven printed columns
ORG_COLUMNS = ("business", "research", "nonprofit", "legal_service", "other_org")
_PERSON_AND_ORGS = ("natural_person", *ORG_COLUMNS)
# Categories of section 三 with their child rows (spec 2.2); "other" has children only in t2021.
CATEGORIES: dict[str, tuple[str, ...]] = {
    cat: tuple(row for row in APPLY_ROWS if row.startswith(f"apply.outcome.{cat}."))
    for cat in ("withheld", "unavailable", "not_processed", "other")
}
_R2_TERMS = ("granted", "partial", "withheld", "unavailable", "not_processed", "other")
_R1_ROWS = ("apply.received_new", "apply.carried_in", "apply.outcome.total", "apply.carried_out")
_YUAN_PER_UNIT = {"元": 1, "万元": 10000}  # money units (spec 2.7: keep the printed unit, derive yuan to compare)
_R9_LIMIT = 10000  # 万元: a county fee this large almost always means 元 written in the 万元 column (spec R9)
_TOLERANCE = 1e-6

Index = dict[str, Fact]


def _index(facts: list[Fact], source: str) -> Index:
    """First fact per key from one source (a key printed in the HTML and a PDF counts once).

    Read backwards so that the first fact is written last; the rules only look keys up (R10, which iterates,
    names its checks by key and they are sorted)."""
    return {fact.key: fact for fact in reversed(facts) if fact.source == source and fact.value is not None}


def _indexes(facts: list[Fact]) -> defaultdict[str, Index]:
    """_index of every source, in one pass instead of one a source."""
    indexes: defaultdict[str, Index] = defaultdict(dict)
    for fact in reversed(facts):
        if fact.value is not None:
            indexes[fact.source][fact.key] = fact
    return indexes


class _Printed(dict[float, str]):
    """Number → as printed in details and derived raw values (3.0 → "3"). The same small counts recur in every
    report: memoised in a dict, whose lookup costs half an lru_cache's, emptied when full to stay bounded."""

    def __missing__(self, value: float) -> str:
        if len(self) >= 4096:
            self.clear()
        printed = self[value] = str(int(value)) if float(value).is_integer() else f"{value:g}"
        return printed


_fmt = _Printed().__getitem__


def _sum(parts: list[Fact]) -> float:
    return _sum_values([p.value for p in parts])


def _sum_values(values: list[float]) -> float:
    total = sum(values)
    return int(total) if float(total).is_integer() else total


def _all(index: Index, keys: tuple[str, ...]) -> list[Fact] | None:
    """The facts of all the keys, or None when one is missing (most rules lack an input)."""
    return list(map(index.__getitem__, keys)) if all(map(index.__contains__, keys)) else None


@cache
def _keys(prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """Every "prefix.suffix" key, built once per combination instead of once per report."""
    return tuple(f"{p}.{s}" for p in prefixes for s in suffixes)


# -- derived keys --------------------------------------------------------------------------------------------

# (key, its parts, label) of every derivation, in the order they are tried: built once, not per report
_DERIVE_CATEGORIES = tuple((f"apply.outcome.{cat}.{col}", _keys(children, (col,)), f"sum of the {cat} rows")
                           for col in COLUMNS for cat, children in CATEGORIES.items())
_DERIVE_LEGAL_ENTITY = tuple((f"{row}.legal_entity", _keys((row,), ORG_COLUMNS), "sum of the five organisation columns")
                             for row in APPLY_ROWS)
_DERIVE_TOTALS = (
    ("apply.received.total", ("apply.received_new.total",), "copy of apply.received_new.total"),
    *((f"litigation.{col}", (f"litigation.direct.{col}", f"litigation.after_review.{col}"),
       f"litigation.direct.{col} + litigation.after_review.{col}") for col in ("total", "upheld", "corrected")),
)

_DERIVE_INPUTS = frozenset(part for rules in (_DERIVE_CATEGORIES, _DERIVE_LEGAL_ENTITY, _DERIVE_TOTALS)
                           for _, parts, _ in rules for part in parts)


def derive_facts(facts: list[Fact], template: str | None) -> list[Fact]:
    """Headline and subtotal keys computed from the table facts (source="derived", value_flag="derived").

    The keys themselves tell the template apart (2019 has no 其他处理 sub-rows), so `template` is not needed
    to decide; it is part of the signature every fact stage shares."""
    table = _index(facts, "table")
    if _DERIVE_INPUTS.isdisjoint(table):
        return []  # every derivation sums some of these table facts (none in an e2014 table)
    out: Index = {}
    _derive(table, table, _DERIVE_CATEGORIES, out)
    _derive(table, {**out, **table}, _DERIVE_LEGAL_ENTITY, out)
    _derive(table, table, _DERIVE_TOTALS, out)
    return list(out.values())


def _derive(table: Index, source: Index, rules: tuple[tuple[str, tuple[str, ...], str], ...], out: Index) -> None:
    """Adds each rule's key the table does not print, when `source` has all its parts (the sum of their values, the
    terms as printed, their lowest confidence). One loop: every report derives dozens."""
    has = source.__contains__
    for key, part_keys, label in rules:
        if key in table or key in out or not all(map(has, part_keys)):
            continue
        parts = [source[k] for k in part_keys]
        values = [p.value for p in parts]
        first = parts[0]
        # (positional: a dataclass __init__ takes keywords at twice the cost)
        out[key] = Fact(key, _sum_values(values), first.unit, label,
                        "+".join(map(_fmt, values)), "derived", "derived", min([p.confidence for p in parts]),
                        first.origin)


# -- helpers for checks --------------------------------------------------------------------------------------

def _equal(a: float, b: float) -> bool:
    return abs(a - b) < _TOLERANCE


def _sum_check(rule: str, name: str, total: Fact, parts: list[Fact]) -> Check:
    """total == Σ parts, with the numbers in the detail."""
    values = [p.value for p in parts]
    expected = _sum_values(values)
    terms = "+".join(map(_fmt, values))
    ok = _equal(total.value, expected)
    return Check(rule, ok, f"{name} {_fmt(total.value)} {'==' if ok else '!='} {terms} = {_fmt(expected)}")


def _at_most_check(rule: str, name: str, total: Fact, parts: list[Fact], unstated: str) -> Check:
    """total >= Σ parts: prose that names only some of the parts of a total."""
    named = _sum(parts)
    ok = named <= total.value + _TOLERANCE
    return Check(rule, ok, f"{name} {_fmt(total.value)} {'>=' if ok else '<'} "
                 f"{'+'.join(_fmt(p.value) for p in parts)} = {_fmt(named)} ({unstated} not stated)")


# -- section 三 and 四 (t2019 / t2021) ------------------------------------------------------------------------

# The keys each rule reads, per column, row or block: built once, not per report.
_R1_PLAN = tuple((col, _keys(_R1_ROWS, (col,))) for col in COLUMNS)
# R2: outcome.total, then per term its key and (categories) its child rows
_R2_PLAN = tuple((col, f"apply.outcome.total.{col}",
                  tuple((f"apply.outcome.{t}.{col}", _keys(CATEGORIES[t], (col,)) if t in CATEGORIES else None)
                        for t in _R2_TERMS))
                 for col in COLUMNS)
_R2_TERMS_FORMAT = " + ".join(f"{term} {{}}" for term in _R2_TERMS)  # "granted {} + partial {} + …"
_R3_PLAN = tuple((f"R3.{row}", f"{row}.total", _keys((row,), _PERSON_AND_ORGS),
                  _keys((row,), ("natural_person", "legal_entity"))) for row in APPLY_ROWS)
_R4_PLAN = tuple((f"R4.{cat}.{col}", cat, f"apply.outcome.{cat}.{col}", _keys(children, (col,)))
                 for cat, children in CATEGORIES.items() for col in COLUMNS)
_R6_PLAN = tuple((f"R6.{block}", block, f"{block}.total", _keys((block,), ("upheld", "corrected", "other", "pending")))
                 for block in REVIEW_BLOCKS)


def _r1(table: Index) -> list[Check]:
    checks = []
    for col, keys in _R1_PLAN:
        cells = _all(table, keys)
        if cells:
            new, carried_in, total, carried_out = (c.value for c in cells)
            left, right = new + carried_in, total + carried_out
            ok = _equal(left, right)
            checks.append(Check(f"R1.{col}", ok, f"received_new {_fmt(new)} + carried_in {_fmt(carried_in)} = "
                                f"{_fmt(left)} {'==' if ok else '!='} outcome.total {_fmt(total)} + carried_out "
                                f"{_fmt(carried_out)} = {_fmt(right)}"))
    return checks


def _r2(table: Index) -> list[Check]:
    checks = []
    has = table.__contains__
    for col, total_key, terms_keys in _R2_PLAN:
        if not (total := table.get(total_key)):
            continue
        values = []  # (one loop without helper calls: the terms of every column of every report)
        for key, children in terms_keys:
            # a category is the sum of its child rows when they are all printed, else the printed category row (a
            # subtotal, or the single 2019 row 其他处理)
            if children and all(map(has, children)):
                values.append(_sum_values([table[k].value for k in children]))
            elif fact := table.get(key):
                values.append(fact.value)
            else:
                break
        else:
            expected = _sum_values(values)
            ok = _equal(total.value, expected)
            terms = _R2_TERMS_FORMAT.format(*map(_fmt, values))
            checks.append(Check(f"R2.{col}", ok, f"outcome.total {_fmt(total.value)} {'==' if ok else '!='} "
                                f"{terms} = {_fmt(expected)}"))
    return checks


def _r3(table: Index) -> list[Check]:
    checks = []
    for rule, total_key, columns, two_columns in _R3_PLAN:
        if not (total := table.get(total_key)):
            continue
        parts = _all(table, columns)
        if parts is None:
            parts = _all(table, two_columns)
        if parts:
            checks.append(_sum_check(rule, "total", total, parts))
    return checks


def _r4(table: Index) -> list[Check]:
    checks = []
    for rule, cat, key, children in _R4_PLAN:
        if (printed := table.get(key)) and (parts := _all(table, children)):
            checks.append(_sum_check(rule, cat, printed, parts))
    return checks


def _r5(facts: list[Fact]) -> list[Check]:
    """Section-三 cells are counts: integers >= 0 (a cell that could not be read as a number fails too)."""
    cells = {fact.key: fact for fact in reversed(facts) if fact.source == "table" and _is_apply_cell(fact.key)}
    if not cells:
        return []
    bad = [f"{k}={f.raw_value if f.value is None else _fmt(f.value)}" for k, f in sorted(
        (k, f) for k, f in cells.items() if f.value is None or f.value < 0 or not float(f.value).is_integer())]
    detail = f"{len(cells)} cells, all integers >= 0" if not bad else "not a non-negative integer: " + ", ".join(bad)
    return [Check("R5", not bad, detail)]


@lru_cache(maxsize=4096)
def _is_apply_cell(key: str) -> bool:
    """A cell of the section-三 table: a row of APPLY_ROWS and its column."""
    return key.rsplit(".", 1)[0] in APPLY_ROWS


def _r6(table: Index) -> list[Check]:
    checks = []
    for rule, block, total_key, parts_keys in _R6_PLAN:
        if (total := table.get(total_key)) and (parts := _all(table, parts_keys)):
            checks.append(_sum_check(rule, block, total, parts))
    return checks


def _r9(table: Index) -> list[Check]:
    fee = table.get("active.admin_fee.amount")
    if not fee:
        return []
    wan_yuan = fee.value / 10000 if fee.unit == "元" else fee.value  # a header that says 单位：元
    ok = wan_yuan < _R9_LIMIT
    return [Check("R9", ok, f"admin fee {_fmt(wan_yuan)} 万元 " + (
        "< 10000" if ok else ">= 10000: probably 元 written in the 万元 column"))]


# Prose keys whose table counterpart has another key: the requests 办结 are the t2019/t2021 grid's 办理结果 总计
_R10_TABLE_KEYS = {"apply.closed.total": ("apply.closed.total", "apply.outcome.total.total")}


def _r10(text: Index, reference: Index) -> list[Check]:
    """Prose numbers against the table (and the keys derived from it)."""
    checks = []
    for key, stated in text.items():
        printed = next((reference[k] for k in _R10_TABLE_KEYS.get(key, (key,)) if k in reference), None)
        if printed is None or stated.value_flag == "approx":
            continue
        # "收取费用120元" against the e2014 table's 0.012 (万元): money in different units is compared in yuan
        money = stated.unit != printed.unit and stated.unit in _YUAN_PER_UNIT and printed.unit in _YUAN_PER_UNIT
        units = (stated.unit, printed.unit) if money else ("", "")
        ok = _equal(stated.value * _YUAN_PER_UNIT.get(units[0], 1), printed.value * _YUAN_PER_UNIT.get(units[1], 1))
        detail = (f"text {_fmt(stated.value)}{units[0]} ({stated.raw_label}) {'==' if ok else '!='} "
                  f"table {_fmt(printed.value)}{units[1]}")
        if (not ok and key == "apply.received.total" and "新收" not in (stated.raw_label or "")
                and (carried := _carried_in_stated(text, reference)) is not None
                and _equal(stated.value, printed.value + carried)):
            # "共收到申请16件（其中上年结转2件）": the stated total counts the requests carried in too
            ok, detail = True, (f"text {_fmt(stated.value)} ({stated.raw_label}) == table {_fmt(printed.value)} new "
                                f"+ {_fmt(carried)} carried in")
        checks.append(Check(f"R10.{key}", ok, detail))
    return checks


def _carried_in_stated(text: Index, reference: Index) -> float | None:
    """The table's carried-in requests, when the prose states the same count."""
    stated, printed = text.get("apply.carried_in.total"), reference.get("apply.carried_in.total")
    return printed.value if stated and printed and _equal(stated.value, printed.value) else None


# -- e2014 statistics table (or its prose) -------------------------------------------------------------------

_CHANNELS = ("in_person", "fax", "online", "letter", "email", "phone", "other")
_FORM_CHANNELS = ("in_person", "fax", "online", "letter")  # the national form's rows (spec 2.4)
_ANSWERS = ("already_public", "granted", "partial", "denied", "not_this_agency", "not_exist", "ask_correction",
            "other_channel", "withdrawn")
_DENIAL_REASONS = ("state_secret", "commercial_secret", "privacy", "security_stability", "not_gov_info", "law_other")
_ACTIVE_CHANNELS = ("gazette", "website", "weibo", "wechat", "other", "newmedia")
_O7_PLAN = tuple((f"O7.{channel}", f"active.channel.{channel}") for channel in _ACTIVE_CHANNELS)  # (rule, key)
_O_KEYS = ("apply.received.total", "apply.answer.total", "review.total", "org.staff_total", "active.items_total")


def _present(index: Index, keys: Iterable[str]) -> list[Fact]:
    return [index[k] for k in keys if k in index]


def _exact(*facts: Fact) -> bool:
    """No approximate number (约30, 30余): a sum of such numbers is no evidence of an inconsistency."""
    return all(f.value_flag != "approx" for f in facts)


def _o1(f: Index) -> list[Check]:
    channels = _present(f, _keys(("apply.channel",), _CHANNELS))
    total = f.get("apply.received.total")
    return ([_sum_check("O1", "received", total, channels)]
            if total and len(channels) >= 2 and _exact(total, *channels) and _form_rows_read(f, channels, _FORM_CHANNELS)
            else [])


def _form_rows_read(f: Index, parts: list[Fact], form_rows: tuple[str, ...]) -> bool:
    """False when the parts come from the statistics form and one of its rows is missing: the form prints every
    row, so that row could not be read (its cells lost when the table reached us as text), not a zero."""
    if not any(p.source == "table" for p in parts):
        return True
    prefix = parts[0].key.rsplit(".", 1)[0]
    return all(map(f.__contains__, _keys((prefix,), form_rows)))


def _o2(f: Index) -> list[Check]:
    parts = _all(f, ("apply.closed.on_time", "apply.closed.extended"))
    total = f.get("apply.closed.total")
    return [_sum_check("O2", "closed", total, parts)] if total and parts and _exact(total, *parts) else []


def _o3(f: Index) -> list[Check]:
    answers = _present(f, _keys(("apply.answer",), _ANSWERS))
    if "apply.answer.granted" not in f or len(answers) < 3 or not _form_rows_read(f, answers, _ANSWERS[:-1]):
        return []  # prose that lists only some outcomes (or lumps them together) cannot be summed
    terms = "+".join(_fmt(a.value) for a in answers)
    answered = _sum(answers)
    if reference := f.get("apply.answer.total") or f.get("apply.closed.total"):
        name = "answered" if reference.key == "apply.answer.total" else "closed"
        ok = _equal(reference.value, answered)
        return [Check("O3", ok, f"{name} {_fmt(reference.value)} {'==' if ok else '!='} {terms} = {_fmt(answered)}")]
    received, pending = f.get("apply.received.total"), f.get("apply.pending")
    if received and pending:
        expected = received.value - pending.value
        ok = _equal(expected, answered)
        return [Check("O3", ok, f"answers {terms} = {_fmt(answered)} {'==' if ok else '!='} received "
                      f"{_fmt(received.value)} - pending {_fmt(pending.value)} = {_fmt(expected)}")]
    return []


def _o4(f: Index) -> list[Check]:
    reasons = _present(f, _keys(("apply.answer.denied",), _DENIAL_REASONS))
    denied = f.get("apply.answer.denied")
    if not denied or len(reasons) < 2 or not _exact(denied, *reasons):
        return []
    if len(reasons) == len(_DENIAL_REASONS) or any(r.source != "text" for r in reasons):
        return [_sum_check("O4", "denied", denied, reasons)]
    # prose names the reasons of some denials ("其中涉及商业秘密2件、个人隐私1件"): they cannot exceed the denials
    return [_at_most_check("O4", "denied", denied, reasons, "other reasons")]


def _o5(f: Index) -> list[Check]:
    checks = []
    for block in ("review", "litigation"):
        total = f.get(f"{block}.total")
        parts = _present(f, _keys((block,), ("upheld", "corrected", "other")))
        if not total or len(parts) < 2 or not _exact(total, *parts):
            continue
        if len(parts) == 3:
            checks.append(_sum_check(f"O5.{block}", block, total, parts))
        else:  # prose that names no "other" outcome: the outcomes it names cannot exceed the cases
            checks.append(_at_most_check(f"O5.{block}", block, total, parts, "other outcomes"))
    return checks


def _at_most(rule: str, part: Fact | None, whole: Fact | None) -> list[Check]:
    if not part or not whole:
        return []
    ok = part.value <= whole.value + _TOLERANCE
    return [Check(rule, ok, f"{part.key} {_fmt(part.value)} {'<=' if ok else '>'} {whole.key} {_fmt(whole.value)}")]


def _o6(f: Index) -> list[Check]:
    checks = []
    staff, parts = f.get("org.staff_total"), _all(f, ("org.staff_fulltime", "org.staff_parttime"))
    if staff and parts:
        checks.append(_sum_check("O6.staff", "staff", staff, parts))
    checks += _at_most("O6.press_conf", f.get("response.press_conf_by_head"), f.get("response.press_conf"))
    checks += _at_most("O6.interviews", f.get("response.online_interviews_by_head"), f.get("response.online_interviews"))
    return checks


def _o7(f: Index) -> list[Check]:
    """Soft: one item published on several channels counts once in the total, so only channel <= total."""
    total = f.get("active.items_total")
    if not total:
        return []
    checks = []
    for rule, key in _O7_PLAN:
        part = f.get(key)
        if part and (part.unit == total.unit or None in (part.unit, total.unit)):
            checks += _at_most(rule, part, total)
    return checks


# -- entry point ---------------------------------------------------------------------------------------------

_RULE = attrgetter("rule")


def run_checks(facts: list[Fact], template: str | None, body: str = "") -> list[Check]:
    """Every rule of spec 1(d) whose inputs exist: R1–R6, R9, R10 on section 三/四 tables, O1–O7 for the
    e2014 table (or the prose when there is no table). Sorted by rule id."""
    indexes = _indexes(facts)
    table = indexes["table"]
    text = indexes["text"] or _index(facts_from_text(body, template) if body else [], "text")
    checks = _r5(facts)  # the only table rule that also reads cells without a value
    if table:
        if checks:  # (R5 found section-三 cells: R1–R4 read nothing else, and an older form prints none)
            checks += _r1(table) + _r2(table) + _r3(table) + _r4(table)
        checks += _r6(table) + _r9(table)
        # derived values only matter for prose keys the table does not print itself; parse_report passes them
        # in `facts` already (derive_facts reads only the table facts, so deriving again gives the same ones)
        derived = ((indexes["derived"] or _index(derive_facts(facts, template), "derived"))
                   if any(key not in table for key in text) else {})
        checks += _r10(text, {**derived, **table})
    if template not in NEW_TEMPLATES:
        source = table if any(k in table for k in _O_KEYS) else text
        for rule in (_o1, _o2, _o3, _o4, _o5, _o6, _o7):
            checks += rule(source)
    return sorted(checks, key=_RULE)
