"""Attachment extraction speed: PDF pages per second (text + ruled tables), DOCX/XLSX files per second.

    .venv/bin/python benchmarks/attachments.py [--copies 10] [--repeat 3]

The PDF is the t2021 twin of seed 003 (5 pages: prose, four small tables, a table continued over a page
break, a landscape page) repeated `copies` times in one file; the figure is the best of `repeat` runs.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import attachment_factory as factory  # noqa: E402

from pipelines.attachments import extract_attachment  # noqa: E402
from pipelines.records import Fetched  # noqa: E402


def long_pdf(copies: int) -> bytes:
    """`copies` reports in one PDF, concatenated page by page with pypdfium2."""
    import pypdfium2

    single = factory.t2021_pdf(factory.numbered_t2021())
    merged = pypdfium2.PdfDocument.new()
    for _ in range(copies):
        merged.import_pages(pypdfium2.PdfDocument(single))
    buffer = io.BytesIO()
    merged.save(buffer)
    return buffer.getvalue()


def best_time(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pdf = long_pdf(args.copies)
    fetched = Fetched("http://127.0.0.1/bench.pdf", pdf)
    content = extract_attachment(fetched)
    assert content.error is None, content.error
    seconds = best_time(lambda: extract_attachment(fetched), args.repeat)
    print(f"pdf: {content.pages} pages, {len(content.grids)} tables, {seconds:.2f} s → "
          f"{content.pages / seconds:.1f} pages/s")
    for kind, body in (("docx", factory.t2021_docx(factory.numbered_t2021())),
                       ("xlsx", factory.t2021_xlsx(factory.numbered_t2021()))):
        item = Fetched(f"http://127.0.0.1/bench.{kind}", body)
        seconds = best_time(lambda item=item: extract_attachment(item), args.repeat)
        print(f"{kind}: {len(body)} bytes, {seconds * 1000:.0f} ms → {1 / seconds:.1f} files/s")


if __name__ == "__main__":
    main()
