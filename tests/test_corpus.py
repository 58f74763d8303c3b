"""The labelled corpus: five seed reports published in several CMS styles and encodings (tests/corpus).

Every page goes through the one entry point, parse_report, and is checked against hand-checked metadata;
body extraction is scored against the gold text (seed text minus navigation and noise) and must beat trafilatura.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import trafilatura

from pipelines.decode import decode_html
from pipelines.extract import extract_body, segment_reports
from pipelines.normalize import nfkc, to_simplified
from pipelines.parse import parse_report
from pipelines.records import Fetched

CORPUS = Path(__file__).parent / "corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["pages"]
METADATA_FIELDS = ("title", "agency", "agency_type", "year", "year_source", "published", "template", "script",
                   "is_mirror", "tables_missing")


def fetched(name: str) -> Fetched:
    spec = EXPECTED[name]
    return Fetched(spec["url"], (CORPUS / "pages" / name).read_bytes(), dict(spec["headers"]))


@cache
def parsed(name: str):
    return parse_report([fetched(name)])


def gold(seed: str) -> str:
    return (CORPUS / "gold" / f"seed{seed}.txt").read_text(encoding="utf-8")


def char_f1(predicted: str, reference: str) -> float:
    """F1 over character bigrams, ignoring whitespace and table pipes (layout, not content)."""
    def bigrams(text: str) -> Counter[str]:
        flat = re.sub(r"[\s|]", "", nfkc(to_simplified(text)))
        return Counter(flat[i:i + 2] for i in range(len(flat) - 1))

    pred, ref = bigrams(predicted), bigrams(reference)
    overlap = sum((pred & ref).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(pred.values()), overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def test_corpus_covers_every_seed_style_and_encoding() -> None:
    assert {spec["seed"] for spec in EXPECTED.values()} == {"000", "001", "002", "003", "004"}
    assert {spec["encoding"] for spec in EXPECTED.values()} >= {"utf-8", "gb18030"}
    assert sorted(p.name for p in (CORPUS / "pages").glob("*.html")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_decodes_with_the_right_charset(name: str) -> None:
    page = fetched(name)
    decoded = decode_html(page.body, page.headers)
    assert decoded.encoding == EXPECTED[name]["encoding"]
    assert decoded.replaced_ratio == 0.0


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_metadata_matches_the_hand_checked_values(name: str) -> None:
    spec, report = EXPECTED[name], parsed(name)
    assert {f: getattr(report, f) for f in METADATA_FIELDS} == {f: spec[f] for f in METADATA_FIELDS}
    for fragment in spec.get("mirror_reason_contains", []):
        assert fragment in (report.mirror_reason or "")
    if "tables_missing_reason_contains" in spec:
        assert spec["tables_missing_reason_contains"] in report.tables_missing_reason
    assert [e for e in report.errors if not e.startswith("aggregator page")] == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_body_keeps_the_report_and_drops_the_furniture(name: str) -> None:
    spec, report = EXPECTED[name], parsed(name)
    for snippet in spec["must_contain"]:
        assert snippet in report.body, snippet
    for snippet in spec["must_not_contain"]:
        assert snippet not in report.body, snippet


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_extras(name: str) -> None:
    spec = EXPECTED[name]
    extracted = extract_body(decode_html(fetched(name).body, spec["headers"]).text, spec["url"])
    if "images" in spec:
        assert len(extracted.images) == spec["images"]
        assert all(i.startswith("http://www.liandu.gov.cn/picture/") for i in extracted.images)
    for label, value in spec.get("meta_block", {}).items():
        assert extracted.meta_block[label] == value
    if "segments" in spec:
        segments = segment_reports(extracted.body)
        assert len(segments) == spec["segments"]
        assert [s.split("\n", 1)[0] for s in segments][::2] == ["一、概述", "二、主动公开工作情况", "一、政府信息公开概况"]


def test_tables_missing_reports_emit_no_table_zeros() -> None:
    for name, spec in EXPECTED.items():
        report = parsed(name)
        if spec["tables_missing"]:
            assert not [f for f in report.facts if f.source == "table"]
        elif spec["template"] in ("t2021", "e2014") and spec["seed"] in ("002", "003"):
            assert len([f for f in report.facts if f.source == "table"]) > 20


def test_body_extraction_beats_trafilatura() -> None:
    ours, theirs = [], []
    for name, spec in sorted(EXPECTED.items()):
        text = decode_html(fetched(name).body, spec["headers"]).text
        reference = gold(spec["seed"])
        ours.append(char_f1(extract_body(text, spec["url"]).body, reference))
        theirs.append(char_f1(trafilatura.extract(text, include_tables=True) or "", reference))
    mean_ours, mean_theirs = sum(ours) / len(ours), sum(theirs) / len(theirs)
    print(f"body F1: ours {mean_ours:.3f} trafilatura {mean_theirs:.3f}; per page {[round(x, 3) for x in ours]} "
          f"vs {[round(x, 3) for x in theirs]}")
    assert min(ours) > 0.9
    assert mean_ours > mean_theirs
