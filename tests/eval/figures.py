"""Random but consistent report figures (key → number) for each era: the rules R1–R3, R6 and O1–O7 of
spec 1(d) hold by construction, and `inject_violation` breaks exactly one of them on purpose."""

from __future__ import annotations

import random

from pipelines.keys import APPLICANT_COLUMNS, REVIEW_BLOCKS, REVIEW_COLUMNS

Figures = dict[str, float]

COLUMNS = tuple(c for c in APPLICANT_COLUMNS if c != "legal_entity")  # the seven printed columns
PARTS = COLUMNS[:-1]  # natural person and the five organisation columns
CATEGORY_CHILDREN: dict[str, tuple[str, ...]] = {
    "withheld": ("state_secret", "law_prohibited", "security_stability", "third_party", "internal_affairs",
                 "process_info", "enforcement_file", "admin_query"),
    "unavailable": ("not_held", "needs_creation", "unclear"),
    "not_processed": ("petition", "duplicate", "publication", "mass_repeat", "confirm_reissue"),
    "other": ("no_correction", "fee_unpaid", "misc"),
}


def outcome_leaves(template: str) -> list[str]:
    """Row keys of the section-三 outcome rows that carry numbers (2019 has one 其他处理 row)."""
    leaves = ["apply.outcome.granted", "apply.outcome.partial"]
    for category, children in CATEGORY_CHILDREN.items():
        if category == "other" and template == "t2019":
            leaves.append("apply.outcome.other")
        else:
            leaves += [f"apply.outcome.{category}.{child}" for child in children]
    return leaves


def _weight(leaf: str) -> float:
    return {"apply.outcome.granted": 6.0, "apply.outcome.partial": 1.5,
            "apply.outcome.unavailable.not_held": 2.0}.get(leaf, 0.25)


def section3(rng: random.Random, template: str) -> Figures:
    """Section 三: every column consistent (R1, R2), the total column the row sum (R3)."""
    leaves = outcome_leaves(template)
    figures: Figures = {}
    for column in PARTS:
        scale = rng.choice((0, 2, 8, 40, 250)) if column == "natural_person" else rng.choice((0, 0, 0, 1, 3, 12))
        closed = rng.randint(0, scale)
        counts = dict.fromkeys(leaves, 0)
        for leaf in rng.choices(leaves, weights=[_weight(x) for x in leaves], k=closed):
            counts[leaf] += 1
        carried_out = rng.choice((0, 0, 0, 1, 2, 5)) if closed else 0
        carried_in = rng.randint(0, min(3, closed + carried_out))
        for leaf, n in counts.items():
            figures[f"{leaf}.{column}"] = n
        figures[f"apply.outcome.total.{column}"] = closed
        figures[f"apply.carried_out.{column}"] = carried_out
        figures[f"apply.carried_in.{column}"] = carried_in
        figures[f"apply.received_new.{column}"] = closed + carried_out - carried_in
    for category, children in CATEGORY_CHILDREN.items():
        if category == "other" and template == "t2019":
            continue
        for column in PARTS:
            figures[f"apply.outcome.{category}.{column}"] = sum(
                figures[f"apply.outcome.{category}.{child}.{column}"] for child in children)
    for row in {k.rsplit(".", 1)[0] for k in figures}:
        figures[f"{row}.total"] = sum(figures[f"{row}.{c}"] for c in PARTS)
    return figures


def section4(rng: random.Random) -> Figures:
    """Section 四: each block's total is the sum of its four results (R6)."""
    figures: Figures = {}
    for block in REVIEW_BLOCKS:
        parts = {c: rng.choice((0, 0, 0, 1, 2, 4)) for c in REVIEW_COLUMNS if c != "total"}
        figures.update({f"{block}.{c}": n for c, n in parts.items()})
        figures[f"{block}.total"] = sum(parts.values())
    return figures


def section2(rng: random.Random, template: str) -> Figures:
    small = (0, 0, 1, 2, 3, 5, 8)
    if template == "t2021":
        figures: Figures = {}
        for subject in ("regulation", "normative"):
            issued, repealed = rng.choice(small), rng.choice(small)
            figures[f"active.{subject}.issued"] = issued
            figures[f"active.{subject}.repealed"] = repealed
            figures[f"active.{subject}.in_force"] = issued + rng.randint(0, 60)
        for subject in ("permit", "penalty", "coercion"):
            figures[f"active.{subject}.decisions"] = rng.choice((0, 3, 27, 140, 1523, 20417))
        figures["active.admin_fee.amount"] = rng.choice((0, 0, 1.5, 7.522, 36.8, 1204.35))
        return figures
    figures = {}
    for subject in ("regulation", "normative"):
        issued = rng.choice(small)
        figures[f"active.{subject}.issued"] = issued
        figures[f"active.{subject}.published_new"] = issued
        figures[f"active.{subject}.public_total"] = issued + rng.randint(0, 90)
    for subject in ("permit", "other_service", "penalty", "coercion"):
        figures[f"active.{subject}.items_prev"] = rng.choice((0, 12, 56, 230))
        figures[f"active.{subject}.items_delta"] = rng.choice((0, 0, 3, -2, 15, -8))
        figures[f"active.{subject}.decisions"] = rng.choice((0, 5, 88, 1036, 12650))
    issued = rng.choice(small)
    figures.update({"active.other_doc.issued": issued, "active.other_doc.published_new": issued,
                    "active.other_doc.public_total": issued + rng.randint(0, 40),
                    "active.items_published_total": rng.choice((0, 86, 1520))})
    figures["active.admin_fee.items_prev"] = rng.choice((0, 4, 17))
    figures["active.admin_fee.items_delta"] = rng.choice((0, -1, 2))
    figures["active.procurement.projects"] = rng.choice((0, 2, 9))
    figures["active.procurement.amount"] = rng.choice((0, 36.5, 1280))
    return figures


def e2014(rng: random.Random) -> Figures:
    """The national 2014 statistics table, with O1–O7 holding."""
    f: Figures = {}
    f["active.items_total"] = rng.choice((86, 412, 1234, 3560, 12873))
    f["active.normative.published"] = rng.randint(0, 12)
    f["active.normative.issued_total"] = f["active.normative.published"] + rng.randint(0, 3)
    f["proposal.results_published"] = rng.randint(0, 40)
    for channel in ("gazette", "website", "weibo", "wechat", "other"):
        f[f"active.channel.{channel}"] = rng.randint(0, int(f["active.items_total"]))
    f["response.hot_topics"] = rng.randint(0, 20)
    f["response.press_conf"] = rng.randint(0, 12)
    f["response.press_conf_by_head"] = rng.randint(0, int(f["response.press_conf"]))
    f["response.online_interviews"] = rng.randint(0, 6)
    f["response.online_interviews_by_head"] = rng.randint(0, int(f["response.online_interviews"]))
    f["response.interpretations"] = rng.randint(0, 30)
    f["response.weibo_wechat_events"] = rng.randint(0, 15)
    f["response.other_events"] = rng.randint(0, 5)
    channels = {c: rng.choice((0, 0, 1, 3, 9, 21)) for c in ("in_person", "fax", "online", "letter")}
    f.update({f"apply.channel.{c}": n for c, n in channels.items()})
    received = sum(channels.values())
    f["apply.received.total"] = received
    extended = rng.randint(0, min(2, received))
    f.update({"apply.closed.total": received, "apply.closed.on_time": received - extended,
              "apply.closed.extended": extended})
    reasons = ("state_secret", "commercial_secret", "privacy", "security_stability", "not_gov_info", "law_other")
    answers = ("already_public", "granted", "partial", "denied", "not_this_agency", "not_exist", "ask_correction",
               "other_channel")
    counts = dict.fromkeys(answers, 0)
    for answer in rng.choices(answers, weights=(2, 6, 1, 1, 1, 1, 0.5, 0.5), k=received):
        counts[answer] += 1
    denial = dict.fromkeys(reasons, 0)
    for reason in rng.choices(reasons, k=counts["denied"]):
        denial[reason] += 1
    f["apply.answer.total"] = received
    f.update({f"apply.answer.{a}": n for a, n in counts.items()})
    f.update({f"apply.answer.denied.{r}": n for r, n in denial.items()})
    for block in ("review", "litigation"):
        parts = {c: rng.choice((0, 0, 1, 2)) for c in ("upheld", "corrected", "other")}
        f.update({f"{block}.{c}": n for c, n in parts.items()})
        f[f"{block}.total"] = sum(parts.values())
    f["complaint.total"] = rng.choice((0, 0, 1, 3))
    f["fee.request_fees"] = rng.choice((0, 0, 0.02, 0.15))
    f["org.dedicated_units"] = rng.randint(0, 2)
    f["org.reading_points"] = rng.randint(0, 12)
    fulltime, parttime = rng.randint(0, 4), rng.randint(0, 9)
    f.update({"org.staff_total": fulltime + parttime, "org.staff_fulltime": fulltime,
              "org.staff_parttime": parttime})
    f["org.budget"] = rng.choice((0, 0.5, 3, 12.6))
    f["training.meetings"] = rng.randint(0, 6)
    f["training.courses"] = rng.randint(0, 5)
    f["training.trainees"] = rng.choice((0, 35, 120, 860))
    return f


def local_columns(rng: random.Random, count: int) -> list[Figures]:
    """A local form's value columns (区政府 / 区直单位 / 乡镇街道), each consistent on its own."""
    return [e2014(random.Random(rng.random())) for _ in range(count)]


# (rule ids expected to fail, how the figures are changed)
VIOLATIONS = {
    "t20xx": ("R6.review", "R1.natural_person", "R3.apply.received_new"),
    "e2014": ("O5.review", "O1"),
}


def inject_violation(rng: random.Random, figures: Figures, template: str) -> frozenset[str]:
    """Break one rule in place; return the rule ids the checks must report as failing."""
    if template == "e2014":
        rule = rng.choice(VIOLATIONS["e2014"])
        if rule == "O5.review":
            figures["review.total"] += 1
            return frozenset({"O5.review"})
        figures["apply.received.total"] += 1
        return frozenset({"O1"})
    rule = rng.choice(VIOLATIONS["t20xx"])
    if rule == "R6.review":
        figures["review.total"] += 1
        return frozenset({"R6.review"})
    if rule == "R1.natural_person":  # carried-out cell and its row total both one too high: R3 still holds
        figures["apply.carried_out.natural_person"] += 1
        figures["apply.carried_out.total"] += 1
        return frozenset({"R1.natural_person", "R1.total"})
    figures["apply.received_new.total"] += 1  # the total is no longer the row sum, and R1 fails on it
    return frozenset({"R3.apply.received_new", "R1.total"})
