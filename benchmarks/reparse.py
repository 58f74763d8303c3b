"""Re-parse benchmark: generate an archive of report pages, re-parse it with --jobs 1 and --jobs 2.

Prints reports/s, the share of the work spent reading WARCs (index pass + payload reads; target under 10%),
and the speed-up from one to two processes.

    .venv/bin/python benchmarks/reparse.py [--pages 2000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the archive builder the re-parse tests use

from reparse_archive import ArchiveWriter, seed_texts, write_report  # noqa: E402

from pipelines.reparse import run_reparse  # noqa: E402

AGENCIES = ["教育局", "卫生健康委员会", "财政局", "自然资源和规划局", "市场监督管理局", "人民政府办公室",
            "生态环境局", "交通运输局", "住房和城乡建设局", "民政局"]


def build_archive(directory: Path, pages: int) -> int:
    """Reports from the seed texts under many agency names; every fifth report has two pages. Returns reports."""
    texts = seed_texts()
    writer = ArchiveWriter(directory, prefix="bench", per_file=250)
    written = reports = 0
    while written < pages:
        text = texts[reports % len(texts)]
        agency = AGENCIES[reports % len(AGENCIES)]
        parts = 2 if reports % 5 == 4 else 1
        first_line, rest = text.split("\n", 1)
        write_report(writer, f"http://bench.test/{reports % 97}/art_{reports:05d}", f"{agency}{first_line}",
                     f"{agency}{first_line}\n{rest}", pages=parts)
        written += parts
        reports += 1
    writer.close()
    return reports


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="build the archive here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        archive = work / "archive"
        started = time.perf_counter()
        reports = build_archive(archive, args.pages)
        size = sum(f.stat().st_size for f in archive.glob("*.warc.gz"))
        print(f"archive: {args.pages} report pages, {reports} reports, {len(list(archive.glob('*.warc.gz')))} "
              f"files, {size / 1e6:.1f} MB, built in {time.perf_counter() - started:.1f} s")
        runs = {}
        for jobs in (1, 2):
            db = work / f"reparse-j{jobs}.db"
            db.unlink(missing_ok=True)
            stats = run_reparse([archive], str(db), jobs=jobs, progress=False)
            assert stats.reports == reports and not stats.failed_reports, stats
            runs[jobs] = stats
            print(f"--jobs {jobs}: {stats.seconds:.1f} s, {stats.reports / stats.seconds:.1f} reports/s, "
                  f"reading WARCs {stats.read_seconds:.2f} s of {stats.work_seconds:.1f} s of work "
                  f"({100 * stats.read_seconds / stats.work_seconds:.1f}%)")
        share = 100 * runs[1].read_seconds / runs[1].work_seconds
        print(f"reports/s: {reports / runs[1].seconds:.1f} (--jobs 1), {reports / runs[2].seconds:.1f} (--jobs 2)")
        print(f"share of time reading WARCs: {share:.1f}% (target < 10%)")
        print(f"speed-up --jobs 1 → --jobs 2: {runs[1].seconds / runs[2].seconds:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
