"""Throughput of the whole report parser against a bare lxml parse of the same pages, in the same run.

    .venv/bin/python benchmarks/extract.py [--seconds 3] [--profile]

Pages: the labelled corpus (tests/corpus/pages: five reports, several CMS styles and encodings). Prints
reports/s through pipelines.parse.parse_report, pages/s through lxml.html.fromstring and through decode +
extract_body alone, and the ratio (target: parse_report at ≥ 20% of the bare-parse rate).

Fairness: the bare parse reads the decoded text (str), the same characters parse_report reads. lxml handed the
raw bytes guesses the encoding itself and gets it wrong on several corpus pages (one parses to 7 characters,
three to mojibake), which would measure a different, partly empty document. Decoding is timed separately.
The rates alternate in short rounds and count process CPU time, so other load on the machine hits every rate
alike; the ratio printed is the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

from pipelines.decode import decode_html
from pipelines.extract import extract_body
from pipelines.parse import parse_report
from pipelines.records import Fetched

CORPUS = Path(__file__).parents[1] / "tests" / "corpus"
TARGET = 0.20
ROUND_SECONDS = 0.25


def load_pages() -> list[Fetched]:
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["pages"]
    return [Fetched(spec["url"], (CORPUS / "pages" / name).read_bytes(), dict(spec["headers"]))
            for name, spec in sorted(expected.items())]


def one_pass(work: Callable[[int], object], count: int) -> float:
    """CPU seconds for one pass over the pages."""
    start = time.process_time()
    for i in range(count):
        work(i)
    return time.process_time() - start


def measure(works: dict[str, Callable[[int], object]], count: int, seconds: float) -> dict[str, list[float]]:
    """Items per CPU second of each work, per round; the works alternate within every round."""
    rates: dict[str, list[float]] = {name: [] for name in works}
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or not rates[next(iter(works))]:
        for name, work in works.items():
            spent, done = 0.0, 0
            while spent < ROUND_SECONDS / len(works) or done == 0:
                spent += one_pass(work, count)
                done += count
            rates[name].append(done / spent)
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=3.0, help="total measuring time")
    parser.add_argument("--profile", action="store_true", help="print the top functions of parse_report")
    args = parser.parse_args()
    pages = load_pages()
    texts = [decode_html(p.body, p.headers).text for p in pages]
    for page in pages:  # warm caches (OpenCC, label lookups) so every rate is steady-state
        parse_report([page])
    rates = measure({
        "bare": lambda i: lxml.html.fromstring(texts[i]),
        "decode": lambda i: decode_html(pages[i].body, pages[i].headers),
        "extract": lambda i: extract_body(decode_html(pages[i].body, pages[i].headers).text, pages[i].url),
        "full": lambda i: parse_report([pages[i]]),
    }, len(pages), args.seconds)
    median = {name: statistics.median(values) for name, values in rates.items()}
    ratio = statistics.median(f / b for f, b in zip(rates["full"], rates["bare"], strict=True))
    size = sum(len(p.body) for p in pages) / len(pages)
    print(f"pages: {len(pages)} (mean {size / 1024:.1f} KiB), {len(rates['full'])} rounds, rates per CPU second")
    print(f"lxml.html.fromstring (decoded text): {median['bare']:8.1f} pages/s   <- the bare-parse rate")
    print(f"decode_html alone:                   {median['decode']:8.1f} pages/s")
    print(f"decode + extract_body:               {median['extract']:8.1f} pages/s "
          f"({median['extract'] / median['bare']:.1%} of bare)")
    print(f"parse_report:                        {median['full']:8.1f} reports/s "
          f"({1000 / median['full']:.2f} ms per report)")
    verdict = "meets" if ratio >= TARGET else "below"
    print(f"ratio: parse_report at {ratio:.1%} of the bare-parse rate ({verdict} the {TARGET:.0%} target)")
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
