"""Build seeds/portals.csv from pipelines/data/local_websites.csv plus the hosts of the seed reports (spec 5).

    python scripts/build_seeds.py [--out seeds/portals.csv]

local_websites.csv names places in English ("Anhui", "Lu'an"); each row is matched to a GB/T 2260 division of
its province by comparing pinyin (pypinyin), with a short table for names whose English form is not pinyin
(Urumqi, Hohhot …). Known errors of the list are repaired here and listed in seeds/README.md.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from pypinyin import Style, pinyin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.regions import (  # noqa: E402
    Division,
    all_divisions,
    code_from_names,
    county_short_name,
    division,
    short_name,
)

SOURCE = ROOT / "pipelines" / "data" / "local_websites.csv"
OUT = ROOT / "seeds" / "portals.csv"
HEADER = ("portal_id", "name", "region_code", "level", "homepage", "start_urls")

PROVINCES = {
    "Anhui": "340000", "Beijing": "110000", "Chongqing": "500000", "Fujian": "350000", "Gansu": "620000",
    "Guangdong": "440000", "Guangxi": "450000", "Guizhou": "520000", "Hainan": "460000", "Hebei": "130000",
    "Heilongjiang": "230000", "Henan": "410000", "Hubei": "420000", "Hunan": "430000", "Inner Mongolia": "150000",
    "Jiangsu": "320000", "Jiangxi": "360000", "Jilin": "220000", "Liaoning": "210000", "Ningxia": "640000",
    "Qinghai": "630000", "Shaanxi": "610000", "Shandong": "370000", "Shanghai": "310000", "Shanxi": "140000",
    "Sichuan": "510000", "Tianjin": "120000", "Tibet": "540000", "Xinjiang": "650000", "Yunnan": "530000",
    "Zhejiang": "330000",
}
# English names that are not the pinyin of the Chinese name.
EXONYMS = {"Harbin": "哈尔滨", "Urumqi": "乌鲁木齐", "Korla": "库尔勒", "Karamay": "克拉玛依", "Aksu": "阿克苏", "Hohhot": "呼和浩特",
           "Ordos": "鄂尔多斯", "Bayannur": "巴彦淖尔", "Hulunbuir": "呼伦贝尔", "Qiqihar": "齐齐哈尔"}
# Wrong homepages in the source list (spec 5 warnings): (province, city) → corrected URL.
URL_FIXES = {
    ("Shanxi", "Shanxi provincial government"): "http://www.shanxi.gov.cn/",  # listed as shaanxi.gov.cn (陕西)
    ("Shandong", "Jining"): "http://www.jining.gov.cn/",  # listed as a deep link dlrk.jining.gov.cn
    ("Gansu", "Jiuquan"): "http://www.jiuquan.gov.cn/",  # listed as jyg.gov.cn, the 嘉峪关 portal
    ("Yunnan", "Dali"): "http://www.dali.gov.cn/",  # listed as xiangyun.gov.cn, a county of 大理州
}
_TRACKING_QUERY = re.compile(r"^(?:ivk_sa|medium|mobile)=")
_LEVEL_RANK = {"prefecture": 0, "county": 1, "province": 2}
ROMANISED = {"陕西": "shaanxi"}  # official spelling that keeps 陕西 apart from 山西 (shanxi)


@dataclass(frozen=True, slots=True)
class Extra:
    """A portal named in spec 5 (hosts of the seed reports and other verified portals)."""

    place: str  # full place name, resolved with pipelines.regions
    homepage: str
    start_urls: str = ""


EXTRAS = (
    Extra("杭州市富阳区", "http://www.fuyang.gov.cn/"),
    Extra("长春市二道区", "http://ccerdao.gov.cn/"),
    Extra("荆门市", "http://www.jingmen.gov.cn/"),
    Extra("丽水市莲都区", "http://www.liandu.gov.cn/"),
    Extra("丽水市", "http://www.lishui.gov.cn/"),
    Extra("潮州市", "http://www.chaozhou.gov.cn/"),
    Extra("烟台市蓬莱区", "http://www.penglai.gov.cn/"),
    Extra("杭州市余杭区", "http://www.yuhang.gov.cn/"),
    Extra("湖州市安吉县", "http://www.anji.gov.cn/"),
    Extra("杭州市上城区", "http://www.hzsc.gov.cn/"),
    Extra("宁波市江北区", "http://www.nbjb.gov.cn/", "http://www.nbjb.gov.cn/col/col1229214366/index.html"),
    Extra("宿迁市", "http://www.suqian.gov.cn/"),
    Extra("江苏省泰州市", "http://www.taizhou.gov.cn/"),
    Extra("福州市晋安区", "http://www.fzja.gov.cn/"),
    Extra("保定市雄县", "http://www.xiongxian.gov.cn/"),
    Extra("岳阳市南湖新区", "http://yynanhu.yueyang.gov.cn/"),
    Extra("衡阳市南岳区", "http://www.nanyue.gov.cn/"),
    Extra("宣城市郎溪县", "http://www.ahlx.gov.cn/"),
    Extra("铜陵市义安区", "http://www.ahtlyaq.gov.cn/"),
    Extra("铜陵市郊区", "http://tljq.gov.cn/"),
    Extra("西安市莲湖区", "http://www.lianhu.gov.cn/"),
    Extra("长春市政务公开网", "http://zwgk.changchun.gov.cn/"),
    Extra("吉林市舒兰市", "http://122.137.242.24:8080/pub/slsxxgkw/"),
    Extra("咸宁市赤壁市", "http://chibi.gov.cn/", "http://chibi.gov.cn/xxgk/xxgknb/"),
    Extra("揭阳市榕城区", "http://www.jyrongcheng.gov.cn/"),
    Extra("河源市高新区", "http://www.hyhdz.gov.cn/"),
    Extra("遂宁市经开区", "http://snjkq.suining.gov.cn/"),
    Extra("哈尔滨市五常市", "http://wcsxxgk.harbin.gov.cn/"),
    Extra("三明市自然资源局", "http://zrzy.smx.gov.cn/"),
)


def fix_url(url: str) -> str:
    """Repair scheme typos (htttp://), trailing dots in host names, tracking queries; add the root slash."""
    url = re.sub(r"^h+t+p+(s?):/*", r"http\1://", url.strip(), flags=re.I)
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    host = parts.netloc.lower().rstrip(".")
    query = "" if _TRACKING_QUERY.match(parts.query) else parts.query
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", query, ""))


def slug(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


@cache
def readings(chinese: str) -> frozenset[str]:
    """Every pinyin spelling of a name (heteronyms included: 长 chang/zhang)."""
    syllables = pinyin(chinese, style=Style.NORMAL, heteronym=True)
    return frozenset("".join(combo) for combo in itertools.product(*syllables))


def _matches(english: str, div: Division) -> bool:
    """'Lu'an' ~ 六安市, 'Changji' ~ 昌吉回族自治州: pinyin of a leading part of the Chinese name."""
    if english in EXONYMS:
        return div.name.startswith(EXONYMS[english])
    wanted = slug(re.sub(r"\s+(?:new area|district|county|city)$", "", english, flags=re.I))
    return any(wanted in readings(div.name[:k]) for k in range(2, len(div.name) + 1))


def resolve(province: str, city: str) -> Division:
    code = PROVINCES[province]
    if "government" in city.lower():
        return division(code)
    candidates = [d for d in all_divisions() if d.code[:2] == code[:2] and d.level != "province" and _matches(city, d)]
    if not candidates:
        raise LookupError(f"no division of {province} matches {city!r}")
    # in-use first, then prefecture-level (the list is of city portals), then the most recent
    best = min(candidates, key=lambda d: (d.status == "弃用", _LEVEL_RANK[d.level], -(d.start or 0)))
    return division(best.code)


def full_name(div: Division) -> str:
    """浙江省杭州市富阳区 style, without repeating the municipality (北京市东城区)."""
    parts = [div.province]
    if div.level == "county" and div.prefecture not in ("直辖", "省直辖", div.province, ""):
        parts.append(div.prefecture)
    if div.name not in parts:
        parts.append(div.name)
    return "".join(parts)


def portal_id(div: Division, suffix: str = "") -> str:
    """Readable id from the pinyin of the short names: zhejiang-hangzhou-fuyang."""
    names = [short_name(div.province)]
    if div.level == "county" and div.prefecture not in ("直辖", "省直辖", div.province, ""):
        names.append(short_name(div.prefecture))
    if div.level != "province":
        names.append(county_short_name(div.name) if div.level == "county" else short_name(div.name))
    words = [ROMANISED.get(n) or "".join(p[0] for p in pinyin(n, style=Style.NORMAL)) for n in names]
    return "-".join([*words, *([suffix] if suffix else [])])


def build_rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    with SOURCE.open(encoding="utf-8-sig", newline="") as fh:
        for rec in csv.DictReader(fh):
            province, city = rec["province"].strip(), rec["city_or_district"].strip()
            div = resolve(province, city)
            homepage = fix_url(URL_FIXES.get((province, city), rec["url"]))
            rows.append({"portal_id": portal_id(div), "name": full_name(div) + "人民政府", "region_code": div.code,
                         "level": div.level, "homepage": homepage, "start_urls": ""})
    known_hosts = {urlsplit(r["homepage"]).netloc.removeprefix("www.") for r in rows}
    for extra in EXTRAS:
        homepage = fix_url(extra.homepage)
        if urlsplit(homepage).netloc.removeprefix("www.") in known_hosts:
            continue
        code = code_from_names([extra.place])
        if code is None:
            raise LookupError(f"no division code for {extra.place}")
        div = division(code)
        subsite = extra.place.removeprefix(div.province).removeprefix(div.prefecture).removeprefix(div.name)
        rows.append({"portal_id": portal_id(div, "".join(p[0] for p in pinyin(subsite, style=Style.NORMAL))),
                     "name": full_name(div) + (subsite or "人民政府"), "region_code": div.code, "level": div.level,
                     "homepage": homepage, "start_urls": extra.start_urls})
    return _unique_ids(rows)


def _unique_ids(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    seen: dict[str, int] = {}
    for row in rows:
        base = row["portal_id"]
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            row["portal_id"] = f"{base}-{seen[base]}"
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build_rows()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} portals → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
