"""Scoring parse_report against generated ground truth: fact precision/recall per era, metadata accuracy, and
the checks (injected violations found, no failures on consistent pages)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report
from pipelines.titles import normalize_title

from .generate import Case

METADATA_FIELDS = ("year", "template", "agency", "title")
_TOLERANCE = 1e-6


@dataclass(slots=True)
class Counts:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def add(self, other: Counts) -> None:
        self.true_positive += other.true_positive
        self.false_positive += other.false_positive
        self.false_negative += other.false_negative

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Outcome:
    """One case: the parsed report and how it differs from the truth."""

    case: Case
    report: Report
    missing: dict[str, float] = field(default_factory=dict)  # expected table facts not found
    wrong: dict[str, tuple[float, float | None]] = field(default_factory=dict)  # key → (expected, found)
    extra: dict[str, float | None] = field(default_factory=dict)  # table facts not in the truth
    table: Counts = field(default_factory=Counts)
    text: Counts = field(default_factory=Counts)
    metadata_errors: dict[str, tuple[object, object]] = field(default_factory=dict)
    unreported: set[str] = field(default_factory=set)  # injected violations the checks did not report
    false_alarms: list[str] = field(default_factory=list)  # failing checks on a consistent page


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) < _TOLERANCE


def _compare(expected: dict[str, float], found: dict[str, float | None], counts: Counts,
             outcome: Outcome | None = None) -> Counts:
    for key, value in expected.items():
        if key in found and _same(found[key], value):
            counts.true_positive += 1
        elif key in found:  # a wrong value is both a false positive and a missed fact
            counts.false_positive += 1
            counts.false_negative += 1
            if outcome:
                outcome.wrong[key] = (value, found[key])
        else:
            counts.false_negative += 1
            if outcome:
                outcome.missing[key] = value
    for key in found.keys() - expected.keys():
        counts.false_positive += 1
        if outcome:
            outcome.extra[key] = found[key]
    return counts


def evaluate(case: Case, pages: list[Fetched] | None = None, attachments: Sequence[Fetched] = ()) -> Outcome:
    """Parse the case (or another edition of it: `pages` and `attachments`) and compare with its truth."""
    report = parse_report(pages or case.pages, attachments)
    outcome = Outcome(case, report)
    truth = case.truth
    table = {f.key: f.value for f in report.facts if f.source == "table"}
    outcome.table = _compare(truth.table_facts, table, Counts(), outcome)
    # prose facts the truth does not list (boilerplate sentences) are not scored: only the stated ones
    text = {f.key: f.value for f in report.facts if f.source == "text" and f.key in truth.text_facts}
    outcome.text = _compare(truth.text_facts, text, Counts())
    found = {"year": report.year, "template": report.template,
             "agency": normalize_title(report.agency) if report.agency else None,
             "title": normalize_title(report.title) if report.title else None}
    expected = {"year": truth.year, "template": truth.template, "agency": normalize_title(truth.agency),
                "title": normalize_title(truth.title)}
    outcome.metadata_errors = {k: (expected[k], found[k]) for k in METADATA_FIELDS if found[k] != expected[k]}
    failing = {c.rule for c in report.checks if not c.passed}
    outcome.unreported = set(truth.failing - failing)
    outcome.false_alarms = sorted(f"{c.rule}: {c.detail}" for c in report.checks
                                  if not c.passed and c.rule not in truth.failing)
    return outcome


@dataclass(slots=True)
class Summary:
    table: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))  # era → counts
    text: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    metadata: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    cases: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    outcomes: list[Outcome] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        total = sum(self.cases.values())
        wrong = sum(errors.get(name, 0) for errors in self.metadata.values())
        return 1 - wrong / total if total else 1.0


def summarise(cases: list[Case], edition: Callable[[Case], tuple[list[Fetched], list[Fetched]] | None] | None = None
              ) -> Summary:
    """Scores of every case; with `edition`, of the edition it makes of each case (cases it returns None for
    are left out)."""
    summary = Summary()
    for case in cases:
        documents = edition(case) if edition else (case.pages, [])
        if documents is None:
            continue
        outcome = evaluate(case, *documents)
        era = case.truth.template
        summary.outcomes.append(outcome)
        summary.cases[era] += 1
        summary.table[era].add(outcome.table)
        summary.text[era].add(outcome.text)
        for name in outcome.metadata_errors:
            summary.metadata[era][name] += 1
    return summary


def describe(outcome: Outcome, limit: int = 8) -> str:
    """One line per problem of a case, for assertion messages and the benchmark's --verbose output."""
    lines = [f"{outcome.case.name} {outcome.case.url}"]
    for label, items in (("missing", outcome.missing), ("wrong", outcome.wrong), ("extra", outcome.extra)):
        if items:
            shown = dict(list(items.items())[:limit])
            lines.append(f"  {label} ({len(items)}): {shown}")
    if outcome.metadata_errors:
        lines.append(f"  metadata (expected, found): {outcome.metadata_errors}")
    if outcome.unreported:
        lines.append(f"  injected violations not reported: {sorted(outcome.unreported)}")
    if outcome.false_alarms:
        lines.append(f"  false alarms: {outcome.false_alarms[:limit]}")
    if outcome.report.errors:
        lines.append(f"  errors: {outcome.report.errors[:limit]}")
    if len(lines) > 1:
        lines.append(f"  variants: {', '.join(outcome.case.truth.variants)}")
    return "\n".join(lines) if len(lines) > 1 else ""
