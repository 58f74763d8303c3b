"""The seed list seeds/portals.csv: shape, ids, region codes, URLs, and that the builder reproduces it."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pipelines.regions import division, level_of

ROOT = Path(__file__).resolve().parents[1]
PORTALS = ROOT / "seeds" / "portals.csv"


@pytest.fixture(scope="module")
def builder():
    """scripts/build_seeds.py, imported from its file (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("build_seeds", ROOT / "scripts" / "build_seeds.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_seeds"] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    yield module
    del sys.modules["build_seeds"]


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with PORTALS.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_header_and_size(rows):
    with PORTALS.open(encoding="utf-8") as fh:
        assert fh.readline().strip() == "portal_id,name,region_code,level,homepage,start_urls"
    assert len(rows) >= 270


def test_portal_ids_are_unique_readable_slugs(rows):
    ids = [r["portal_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i) for i in ids)


def test_region_codes_exist_and_levels_match(rows):
    for row in rows:
        assert division(row["region_code"]) is not None, row
        assert row["level"] in ("province", "prefecture", "county")
        assert level_of(row["region_code"]) == row["level"], row


def test_homepages_and_start_urls_are_http_urls(rows):
    for row in rows:
        for url in [row["homepage"], *row["start_urls"].split()]:
            parts = urlsplit(url)
            assert parts.scheme in ("http", "https") and parts.hostname and "." in parts.hostname, row
            assert not parts.hostname.endswith("."), row


def test_known_rows(rows):
    by_id = {r["portal_id"]: r for r in rows}
    assert by_id["shanxi"]["homepage"] == "http://www.shanxi.gov.cn/"  # not shaanxi.gov.cn
    assert by_id["shaanxi"]["region_code"] == "610000"
    assert by_id["guizhou-qianxinan-xingyi"]["homepage"] == "http://www.gzxy.gov.cn/"  # htttp:// repaired
    assert by_id["anhui-luan"]["region_code"] == "341500"
    assert by_id["jilin-jilin"]["region_code"] == "220200"
    assert by_id["tianjin-hebei"]["region_code"] == "120105"  # 河北区, not 河北省
    seed_hosts = {urlsplit(r["homepage"]).hostname.removeprefix("www.") for r in rows}
    assert {"ccerdao.gov.cn", "jingmen.gov.cn", "liandu.gov.cn", "fuyang.gov.cn", "jz.gov.cn",
            "chaozhou.gov.cn"} <= seed_hosts
    assert by_id["zhejiang-hangzhou-fuyang"]["region_code"] == "330111"
    assert by_id["jilin-changchun-erdao"]["region_code"] == "220105"


@pytest.mark.parametrize(("raw", "fixed"), [
    ("htttp://www.gzxy.gov.cn/", "http://www.gzxy.gov.cn/"),
    ("http://www.bijie.gov.cn.", "http://www.bijie.gov.cn/"),
    ("http://www.duyun.gov.cn./", "http://www.duyun.gov.cn/"),
    ("https://www.lf.gov.cn/?ivk_sa=1021577i", "https://www.lf.gov.cn/"),
    ("www.example.gov.cn", "http://www.example.gov.cn/"),
    ("https://www.nanjing.gov.cn/xxgkn/", "https://www.nanjing.gov.cn/xxgkn/"),
])
def test_fix_url(builder, raw, fixed):
    assert builder.fix_url(raw) == fixed


def test_builder_reproduces_the_file(builder, rows):
    assert builder.build_rows() == rows
