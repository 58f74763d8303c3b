"""Throughput of the whole report parser against a bare lxml parse of the same pages, in the same run.

    .venv/bin/python benchmarks/extract.py [--seconds 3] [--profile]

Pages: the labelled corpus (tests/corpus/pages: five reports, several CMS styles and encodings). Prints
reports/s through pipelines.parse.parse_report, pages/s through lxml.html.fromstring and through decode +
extract_body alone, and the ratio (target: parse_report at ≥ 20% of the bare-parse rate).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

from pipelines.decode import decode_html
from pipelines.extract import extract_body
from pipelines.parse import parse_report
from pipelines.records import Fetched

CORPUS = Path(__file__).parents[1] / "tests" / "corpus"


def load_pages() -> list[Fetched]:
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["pages"]
    return [Fetched(spec["url"], (CORPUS / "pages" / name).read_bytes(), dict(spec["headers"]))
            for name, spec in sorted(expected.items())]


def rate(work: Callable[[Fetched], object], pages: list[Fetched], seconds: float) -> float:
    """Items per second over at least `seconds` of whole passes through the pages."""
    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds or done == 0:
        for page in pages:
            work(page)
        done += len(pages)
    return done / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    parser.add_argument("--profile", action="store_true", help="print the top functions of parse_report")
    args = parser.parse_args()
    pages = load_pages()
    for page in pages:  # warm caches (OpenCC, label lookups) so both rates are steady-state
        parse_report([page])
    bare = rate(lambda p: lxml.html.fromstring(p.body), pages, args.seconds)
    extract = rate(lambda p: extract_body(decode_html(p.body, p.headers).text, p.url), pages, args.seconds)
    full = rate(lambda p: parse_report([p]), pages, args.seconds)
    size = sum(len(p.body) for p in pages) / len(pages)
    print(f"pages: {len(pages)} (mean {size / 1024:.1f} KiB)")
    print(f"lxml.html.fromstring: {bare:8.1f} pages/s")
    print(f"decode + extract_body: {extract:7.1f} pages/s ({extract / bare:.1%} of bare)")
    print(f"parse_report:         {full:8.1f} reports/s")
    print(f"ratio: {full / bare:.1%} of the bare-parse rate (target >= 20%)")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(20):
            for page in pages:
                parse_report([page])
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
