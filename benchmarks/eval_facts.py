"""Extraction quality on generated report pages (tests/eval): facts and metadata against ground truth.

    .venv/bin/python benchmarks/eval_facts.py [--count 400] [--seed 1] [--pdf 30] [--verbose]

Prints per era: cases, table-fact precision/recall/F1, prose-fact precision/recall/F1 (only the statements the
generator wrote are scored), metadata accuracy (year, template, agency), injected violations reported, and
consistent pages with failing checks. --pdf N also scores the PDF edition (a link page and the report as a PDF
attachment) of the first N TRS/Hanweb cases; --flattened scores copies whose tables were pasted as text (blank
cells lost: recall drops, precision must not). --verbose lists every case with a problem.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))

from eval.documents import flattened_case, pdf_case  # noqa: E402 - tests/ is put on the path just above
from eval.generate import generate  # noqa: E402
from eval.score import METADATA_FIELDS, Summary, describe, summarise  # noqa: E402


def report(label: str, summary: Summary, elapsed: float, verbose: bool) -> None:
    pages = len(summary.outcomes)
    print(f"{label}: {pages} reports, {elapsed:.1f} s ({pages / elapsed:.0f} reports/s)")
    print(f"{'era':6} {'cases':>5} | {'table P':>7} {'R':>6} {'F1':>6} | {'text P':>6} {'R':>6} {'F1':>6} | "
          + " ".join(f"{name:>8}" for name in METADATA_FIELDS) + " | violations  false-alarm pages")
    for era in ("t2021", "t2019", "e2014", "e2008"):
        cases = summary.cases.get(era, 0)
        if not cases:
            continue
        table, text = summary.table[era], summary.text[era]
        outcomes = [o for o in summary.outcomes if o.case.truth.template == era]
        accuracy = [1 - summary.metadata[era].get(name, 0) / cases for name in METADATA_FIELDS]
        injected = [o for o in outcomes if o.case.truth.failing]
        found = sum(1 for o in injected if not o.unreported)
        alarms = sum(1 for o in outcomes if o.false_alarms)
        print(f"{era:6} {cases:5} | {table.precision:7.4f} {table.recall:6.4f} {table.f1:6.4f} | "
              f"{text.precision:6.3f} {text.recall:6.3f} {text.f1:6.3f} | "
              + " ".join(f"{a:8.3f}" for a in accuracy)
              + f" | {found:3}/{len(injected):<3}      {alarms}")
    if verbose:
        for outcome in summary.outcomes:
            if problem := describe(outcome):
                print(problem)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pdf", type=int, default=0, help="also score the PDF edition of this many cases")
    parser.add_argument("--flattened", action="store_true",
                        help="also score copies whose tables were pasted as text (blank cells lost)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    cases = generate(args.count, args.seed)
    started = time.perf_counter()
    summary = summarise(cases)
    report(f"HTML pages, seed {args.seed}", summary, time.perf_counter() - started, args.verbose)
    if args.pdf:
        eligible = [c for c in cases if c.truth.template != "e2008" and pdf_case(c) is not None][:args.pdf]
        started = time.perf_counter()
        summary = summarise(eligible, pdf_case)
        report("PDF attachments", summary, time.perf_counter() - started, args.verbose)
    if args.flattened:
        started = time.perf_counter()
        summary = summarise([c for c in cases if c.truth.template != "e2008"], flattened_case)
        report("tables pasted as text", summary, time.perf_counter() - started, args.verbose)


if __name__ == "__main__":
    main()
