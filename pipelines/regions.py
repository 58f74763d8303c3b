"""GB/T 2260 division codes (spec 3.1, 5): identifiers and place names → six-digit region code.

The table (`data/division_codes.csv`, from yescallop/areacodes) lists every county-level-and-above code since 1980,
with the years it was in use and its successors. A code can have several rows (renamed divisions keep their code).
It is loaded once, on first use, into plain dicts.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .normalize import nfkc, to_simplified

DATA_FILE = Path(__file__).parent / "data" / "division_codes.csv"
LEVELS = {"省级": "province", "地级": "prefecture", "县级": "county"}
# Suffixes stripped to get the short form of a province or prefecture name (浙江省 → 浙江, 杭州市 → 杭州).
_SHORT_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区", "盟", "省", "市")
_MAX_NAME = 16
# Division names that are only a generic word (唐山's 1983–2002 county 新区, the 70 郊区, 城区, 市中区, 东区 …):
# inside "漳河新区" or "河源市高新区" they are a suffix, not a place. They count only when their city is named.
_GENERIC_NAME = re.compile(r"(?:[东西南北中新城郊矿]|市|高新|开发|工业|经济|园)+区")
_ETHNIC_GROUPS = sorted((
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣",
    "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗",
    "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安",
    "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"), key=len, reverse=True)
# 黔西南布依族苗族自治州 → 黔西南, 巴音郭楞蒙古自治州 → 巴音郭楞
_AUTONOMOUS = re.compile(rf"(?:(?:{'|'.join(_ETHNIC_GROUPS)})族?)+自治(?:州|县|旗)$")

_SITE_ID = re.compile(r"网站标识码[:：\s]*(\d{10})(?!\d)")
_INDEX_NO = re.compile(r"索引号[:：\s]*(\d{6})[/\-－]")
_CREDIT_PARAM = re.compile(r"(?:area|unitcode|orgcode)=(11\d{6}[0-9A-Z]{10})(?![0-9A-Z])", re.I)
# government bodies' unified social credit codes (11 + division code + …), also used as the 索引号 prefix
_CREDIT_LABEL = re.compile(r"(?:统一社会信用代码|信用代码|索引号)[:：\s]*(11\d{6}[0-9A-Z]{10})(?![0-9A-Z])")


@dataclass(frozen=True, slots=True)
class Division:
    code: str
    province: str
    prefecture: str  # 二级行政区: the prefecture name, or 直辖 for municipality districts
    name: str
    level: str  # province | prefecture | county
    status: str  # 在用 in use | 弃用 retired | 变更 changed (renamed, or re-coded when successors say so)
    start: int | None
    end: int | None
    successors: tuple[str, ...]  # final successors (partial transfers marked [year] are left out)

    def valid_in(self, year: int) -> bool:
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(slots=True)
class _Tables:
    by_code: dict[str, list[Division]]
    by_name: dict[str, list[Division]]  # full names and short forms of provinces and prefectures
    counties_of: dict[str, list[Division]]  # parent → counties; parent is 3301 (杭州市) or 31 (上海市 直辖)
    predecessors: dict[str, list[Division]]  # code → the rows whose only successor it is (蓬莱市 for 蓬莱区)
    taken_in: dict[str, set[str]]  # code → the codes of the divisions that went (in part) to it (江干区 for 上城区)


def _year(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def _successors(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(";") if re.fullmatch(r"\d{6}", part))


def short_name(name: str) -> str:
    """杭州市 → 杭州, 新疆维吾尔自治区 → 新疆, 昌吉回族自治州 → 昌吉; names that would become one character
    are kept whole."""
    m = _AUTONOMOUS.search(name)
    if m and m.start() >= 2:
        return name[: m.start()]
    for suffix in _SHORT_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _unmarked_autonomous_name(div: Division) -> str:
    """木里县 for 木里藏族自治县: an autonomous county's pages often drop its peoples (its name otherwise)."""
    m = _AUTONOMOUS.search(div.name) if div.level == "county" else None
    return f"{div.name[:m.start()]}{div.name[-1]}" if m and m.start() >= 2 else div.name


def _read_rows() -> list[Division]:
    with DATA_FILE.open(encoding="utf-8-sig", newline="") as fh:
        return [Division(row["代码"], row["一级行政区"], row["二级行政区"], row["名称"], LEVELS[row["级别"]],
                         row["状态"], _year(row["启用时间"]), _year(row["变更/弃用时间"]), _successors(row["新代码"]))
                for row in csv.DictReader(fh)]


def _with_derived_successors(rows: list[Division]) -> list[Division]:
    """The table gives no successor for most retired 地区/盟 (丽水地区 332500 → 丽水市 331100 in 2000). Their
    counties moved with them: when all counties retired in the same year went to one prefecture, that prefecture
    is the successor. Splits (晋东南地区 → 长治, 晋城) stay without one."""
    prefectures = {d.code for d in rows if d.level == "prefecture"}
    moved_to: dict[tuple[str, int | None], set[str]] = {}  # (prefix, year) → prefixes the counties went to
    for d in rows:
        if d.level == "county" and d.status != "在用":
            moved_to.setdefault((d.code[:4], d.end), set()).update(s[:4] for s in d.successors)
    derived = []
    for d in rows:
        if d.level == "prefecture" and d.status != "在用" and not d.successors:
            targets = moved_to.get((d.code[:4], d.end), set())
            if len(targets) == 1 and (code := f"{next(iter(targets))}00") in prefectures and code != d.code:
                d = replace(d, successors=(code,))
        derived.append(d)
    return derived


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    by_code: dict[str, list[Division]] = {}
    by_name: dict[str, list[Division]] = {}
    counties_of: dict[str, list[Division]] = {}
    predecessors: dict[str, list[Division]] = {}
    taken_in: dict[str, set[str]] = {}
    for div in _with_derived_successors(_read_rows()):
        by_code.setdefault(div.code, []).append(div)
        if len(div.successors) == 1 and div.successors[0] != div.code:  # 变更 rows may name their own code
            predecessors.setdefault(div.successors[0], []).append(div)
        for successor in div.successors:
            if successor != div.code:
                taken_in.setdefault(successor, set()).add(div.code)
        names = {div.name, _unmarked_autonomous_name(div)}
        if div.level != "county":
            names.add(short_name(div.name))
        for name in names:
            by_name.setdefault(name, []).append(div)
        if div.level == "county":
            counties_of.setdefault(_parent_key(div.code, div.prefecture == "直辖"), []).append(div)
    return _Tables(by_code, by_name, counties_of, predecessors, taken_in)


def _parent_key(code: str, directly_governed: bool) -> str:
    return code[:2] if directly_governed else code[:4]


def division(code: str, year: int | None = None) -> Division | None:
    """The row of a code in `year` (codes are sometimes reused); without a year the one in use, else the latest."""
    rows = _tables().by_code.get(code)
    if not rows:
        return None
    if year is not None:
        rows = [d for d in rows if d.valid_in(year)] or rows
    return max(rows, key=lambda d: (d.status == "在用", d.start or 0))


def all_divisions() -> list[Division]:
    """Every row of the table (a renamed division appears once per name)."""
    return [d for rows in _tables().by_code.values() for d in rows]


def divisions_named(name: str) -> list[Division]:
    return list(_tables().by_name.get(name, []))


def region_name(code: str) -> str | None:
    div = division(code)
    return div.name if div else None


def province_of(code: str) -> str | None:
    """Province name (浙江省) of a code, or None for an unknown code."""
    div = division(code)
    return div.province if div else None


def level_of(code: str) -> str | None:
    div = division(code)
    return div.level if div else None


def current_code(code: str, year: int | None = None) -> str:
    """The code in force in `year` (latest when None), following successors: 330104 (江干) → 330102 (上城)."""
    seen = {code}
    while (div := division(code, year)) and div.status != "在用":
        successors = [c for c in div.successors if c not in seen]  # 变更 rows may name their own code
        if not successors or (year is not None and div.end is not None and year < div.end):
            break
        code = successors[0]
        seen.add(code)
    return code


def _earlier_codes(code: str, year: int) -> set[str]:
    """The codes in use in `year` that `code` later replaced (蓬莱区 370614 in 2012: 蓬莱市 370684, 长岛县 370634)."""
    found: set[str] = set()
    todo, seen = [code], {code}
    while todo:
        for d in _tables().predecessors.get(todo.pop(), ()):
            if d.code not in seen:
                seen.add(d.code)
                if _in_use_in(d.code, year):
                    found.add(d.code)
                else:
                    todo.append(d.code)
    return found


@lru_cache(maxsize=4096)
def _names_of(code: str) -> frozenset[str]:
    """The names a division's code has had (and the short forms of those above county level)."""
    names = set()
    for d in _tables().by_code.get(code, ()):
        names.add(d.name)
        if d.level != "county":
            names.add(short_name(d.name))
    return frozenset(names)


def _in_use_in(code: str, year: int) -> bool:
    return any(d.valid_in(year) for d in _tables().by_code.get(code, ()))


def _encloses(code: str, inner: str) -> bool:
    """A province or prefecture code and a division inside it (410500 and 410527)."""
    prefix = code[:2] if code.endswith("0000") else code[:4]
    return inner != code and inner.startswith(prefix)


def _retired_before(code: str, year: int) -> bool:
    return all(d.end is not None and d.end < year for d in _tables().by_code.get(code, ()))


def _code_from_identifiers(texts: list[str]) -> str | None:
    joined = "\0".join(texts)  # no pattern reads a NUL: one scan per pattern finds each text's matches in turn
    for pattern, take in ((_SITE_ID, 6), (_INDEX_NO, 6), (_CREDIT_PARAM, None), (_CREDIT_LABEL, None)):
        for m in pattern.finditer(joined):
            code = m.group(1)[:take] if take else m.group(1)[2:8]
            if division(code):
                return code
    return None


@lru_cache(maxsize=1)
def _name_lengths() -> dict[str, tuple[int, ...]]:
    """First two characters → lengths of the names starting with them (at most _MAX_NAME), longest first (one
    lookup rules out most positions, a few more find the name)."""
    lengths: dict[str, set[int]] = {}
    for name in _tables().by_name:
        if 2 <= len(name) <= _MAX_NAME:
            lengths.setdefault(name[:2], set()).add(len(name))
    return {head: tuple(sorted(ls, reverse=True)) for head, ls in lengths.items()}


@lru_cache(maxsize=1)
def _name_start() -> re.Pattern[str]:
    """A character that starts a division name: the regex engine skips the rest (about half of a title)."""
    return re.compile(f"[{re.escape(''.join(sorted({head[0] for head in _name_lengths()})))}]")


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Where division names are in a text, read left to right taking the longest name at each point (铜陵市郊区
    is 铜陵市 + 郊区, not 铜陵 + 市郊区)."""
    names, lengths, start = _tables().by_name, _name_lengths(), _name_start()
    found: list[tuple[int, int]] = []
    end = len(text)
    i = 0
    while m := start.search(text, i, end - 1):  # a name has two characters at least
        i = m.start()
        for n in lengths.get(text[i:i + 2], ()):
            if i + n <= end and text[i:i + n] in names:
                found.append((i, i + n))
                i += n
                break
        else:
            i += 1
    return found


def _without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans cut out, a separator in their place."""
    parts, last = [], 0
    for a, b in spans:
        parts.append(text[last:a])
        last = b
    parts.append(text[last:])
    return "|".join(parts)


def _current(candidates: list[Division], year: int | None) -> list[Division]:
    """The rows of one name that were in use (in `year`, or now); all of them when none was."""
    if year is None:
        pool = [d for d in candidates if d.status == "在用"]
    else:
        pool = [d for d in candidates if d.valid_in(year)]
        pool = [d for d in pool if d.end is None or year < d.end] or pool
    return pool or candidates


def _enclosing(div: Division) -> set[str]:
    names = {div.province, short_name(div.province)}
    if div.level == "county":
        names |= {div.prefecture, short_name(div.prefecture)}
    return names


def _city(div: Division) -> set[str]:
    """The names of a county's city: its prefecture, or its municipality (北京市 for 东城区)."""
    city = div.province if div.prefecture == "直辖" else div.prefecture
    return {city, short_name(city)}


def _consistent(div: Division, higher: dict[str, set[str]]) -> bool:
    """A candidate fits the hints unless they name another prefecture or province and never its own."""
    above = {"county": higher["prefecture"] | higher["province"], "prefecture": higher["province"]}.get(div.level)
    if is_generic_name(div.name):  # (its province is not enough: 河北雄安新区 is no 新区 of 唐山)
        return bool(above and above & _city(div))
    if not above:
        return True
    above = above - {div.name, short_name(div.name)}
    return not above or bool(above & _enclosing(div))


def is_generic_name(name: str) -> bool:
    """True for names such as 新区, 郊区, 市中区, 高新区 that say what kind of area it is, not where."""
    return bool(_GENERIC_NAME.fullmatch(name))


def _pick(candidates: list[Division], context: set[str], rank: dict[str, int]) -> str | None:
    """One code among same-level candidates: most enclosing names in the hints, then named in the earliest text
    (the report's own name before its site's); None when still ambiguous."""
    support = {d.code: (len(_enclosing(d) & context), -rank[d.name]) for d in candidates}
    best = max(support.values())
    codes = {code for code, score in support.items() if score == best}
    return codes.pop() if len(codes) == 1 else None


def code_from_names(texts: list[str], year: int | None = None, within: str | None = None) -> str | None:
    """Most specific division named in the texts, which come most trusted first; ambiguous short names resolved by
    their city/province, else by `within` (the enclosing division an identifier names) when exactly one of them lies
    inside it."""
    plain = list(dict.fromkeys(_plain(t) for t in texts))  # (the agency is often the 发布机构 too: read it once)
    spans = [_name_spans(text) for text in plain]
    first_text: dict[str, int] = {}  # name → index of the first text naming it
    for index, (text, found) in enumerate(zip(plain, spans, strict=True)):
        for a, b in found:
            first_text.setdefault(text[a:b], index)
    context = set(first_text)
    by_name = {name: _current(divisions_named(name), year) for name in context}
    higher = {level: {n for n, divs in by_name.items() if any(d.level == level for d in divs)}
              for level in ("prefecture", "province")}
    # a division is reached through its full name and its short form: rank it by the earlier of the two
    rank = {}
    for name, divs in by_name.items():
        for d in divs:
            rank[d.name] = min(rank.get(d.name, len(plain)), first_text[name])
    candidates = [d for divs in by_name.values() for d in divs if _consistent(d, higher)]
    for level in ("county", "prefecture", "province"):
        same_level = [d for d in candidates if d.level == level]
        if same_level and (code := _pick(same_level, context, rank) or _inside(same_level, within)):
            if level == "county":
                return code
            # 长沙县 is not named by 长沙市: short county names count only outside the names already read
            unnamed = [_without_spans(text, found) for text, found in zip(plain, spans, strict=True)]
            return _county_by_short_name(code, unnamed, year) or code
    return None


def _inside(candidates: list[Division], within: str | None) -> str | None:
    """The one candidate inside the division `within` (南京's 鼓楼区 among the 鼓楼区 of 320100), else None."""
    codes = {d.code for d in candidates if within and _encloses(within, d.code)}
    return codes.pop() if len(codes) == 1 else None


def _county_by_short_name(parent: str, plain: list[str], year: int | None) -> str | None:
    """A county named without its suffix next to its city ("杭州·富阳" → 富阳区, "上海·浦东" → 浦东新区): short
    county names are only trusted inside a prefecture (or a province's directly governed counties) already named.
    `plain`: the texts through _plain, without the division names found in them."""
    counties = _tables().counties_of.get(_parent_key(parent, parent[2:4] == "00"), [])
    found = {d.code for d in counties if (year is None or d.valid_in(year))
             and (year is not None or d.status == "在用")
             and not is_generic_name(d.name)
             and len(short := county_short_name(d.name)) >= 2 and any(short in t for t in plain)}
    return found.pop() if len(found) == 1 else None


def county_short_name(name: str) -> str:
    """富阳区 → 富阳, 浦东新区 → 浦东, 景宁畲族自治县 → 景宁; two-character names (郊区, 雄县) are kept whole."""
    short = short_name(name)
    return re.sub(r"(?:新区|区|县|市|旗)$", "", short) if len(short) > 2 else short


@lru_cache(maxsize=256)  # the hints are read again by code_from_names, and a site's names on each of its reports
def _plain(text: str) -> str:
    return "".join(nfkc(to_simplified(text or "")).split())  # split() is re's \s, and cheaper


def region_code_for(text_hints: list[str], url: str, year: int | None) -> str | None:
    """Region code of a report or site: 网站标识码, 索引号 with a division prefix, credit codes (Hanweb `area=`),
    then division names in the hints, most trusted first (agency name, title, 发布机构, site name). None when nothing
    on the page identifies a region (the portal's own code is in the portals table)."""
    texts = [_plain(t) for t in text_hints if t]
    code = _code_from_identifiers([url or "", *texts])
    if code is None or code.endswith("00"):
        # a county report on its city's portal (4105000001): the report's own division, when it lies inside
        named = code_from_names(texts, year, code)
        code = named if code is None or (named and _encloses(code, named)) else code
    if code is None or year is None:
        return code
    # an old identifier or name in a later report stands for the division that replaced it
    code = current_code(code, year)
    if _retired_before(code, year):  # and no successor: 重庆市 510200 (四川, until 1997) is no 2020 region
        return None
    if _in_use_in(code, year):
        # the site of a division that later took in others keeps their older reports (江干区's 2019 report on the
        # merged 上城区's site): the division the report names, if it was one of them and still in use that year
        taken_in = _tables().taken_in.get(code, ())
        others = {name for c in taken_in for name in _names_of(c)} - _names_of(code)  # (not the same place recoded)
        if (any(name in text for name in others for text in texts)  # (cheap: most texts name none of them)
                and (named := code_from_names(texts, year)) in taken_in and _in_use_in(named, year)):
            return named
        return code
    # a code newer than the report (today's 网站标识码 on a 2012 page): the division it replaced, told apart by the
    # report's own names when it replaced several (蓬莱区 370614 ← 蓬莱市 370684, 长岛县 370634)
    earlier = _earlier_codes(code, year)
    if len(earlier) > 1:
        earlier &= {code_from_names(texts, year)}
    return earlier.pop() if len(earlier) == 1 else code
