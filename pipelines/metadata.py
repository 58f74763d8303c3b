"""Report metadata (spec 0 eras, 3.2 titles and agency typing, 3.8 mirrors): who, which year, which template.

Pure functions of the extracted page; `report_metadata` gathers them for pipelines.parse.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .extract import Extracted
from .normalize import (
    by_first_character,
    is_traditional,
    leftmost,
    nfkc,
    simplified_nfkc,
    strip_pinyin_glosses,
    to_simplified,
    traditional_only_count,
    without_printed_glosses,
)
from .regions import divisions_named, region_code_for
from .titles import arabic_years, normalize_title, parse_title

AGENCY_TYPES = ("gov_region", "gov_self", "gov_office", "department", "township", "zone", "other")

_OTHER_BODY = re.compile(r"(?:残疾人联合会|残联|红十字会|总工会|工会|妇联|妇女联合会|团委|共青团|科协|侨联|文联|工商联|"
                         r"公司|集团|银行|医院|学校|大学|学院|法院|检察院|供电|供水|燃气|公交|电视台|报社)$|联合会$")
_ZONE_OFFICE = re.compile(r"(?:管委会|管委)$")  # 管理委员会 alone also ends 国资委 and 城管委 names: see agency_type
_MANAGEMENT_COMMITTEE = re.compile(r"管理委员会$")
# The place a zone's 管理委员会 manages, when no zone word names it: a planned town (汽车城, 科学城, 生态城), an island,
# a base (a department's committee manages a field: 国有资产监督管理委员会, 城市管理委员会)
_MANAGED_PLACE = re.compile(r"(?:城|岛|基地)管理委员会$")
# The government's own 机关 (城口县人民政府机关), or a department's (某局机关): the body itself
_ORGAN = "机关"
_SECOND_NAME = re.compile(r"\([^()]*\)$")  # "某区财政局(区国资办)": the office's other name
# A government reporting with its party committee (镇人民政府 镇党委): typed by the government
_WITH_PARTY_ORGAN = re.compile(r"^(.+?(?:人民政府|政府|办事处))(?:中共)?.{0,12}(?:党委|党工委)$")
_ZONE = re.compile(r"开发区|高新区|高新技术产业|新区|园区|度假区|保税区|试验区|示范区|风景名胜区|景区|合作区|"
                   r"产业集聚区|经济区|工业区|港区|综合保税|(?:科技|高科|高新|产业|工业|软件|创业|物流|农业|经济|科学)园")
_GOV_OFFICE = re.compile(r"(?:政府办公厅|政府办公室|政府办|府办|办公厅|行政公署办公室|管委会办公室|管理委员会办公室)$")
_TOWNSHIP = re.compile(r"(?:乡|镇|街道|街道办事处|街道办|苏木|民族乡)(?:人民政府)?$"
                      r"|街$")  # a publisher named …街 is a 街道 (武江区东华街, 宜兴埠街)
_GOV_SELF = re.compile(r"(?:人民政府|政府|行政公署)(?:本级)?$|本级$")  # 行政公署: the government of a 地区 or 盟
_DEPARTMENT = re.compile(r"(?:局|委员会|委|厅|办|中心|署|处|站|队|部|所|馆|事务所|监狱|研究室|办公室|分局|支队|大队|海关)$")
_REGION = re.compile(r"(?:省|市|区|县|旗|州|盟|自治区|自治州|自治县|自治旗|特区|林区)$|^全(?:省|市|区|县)")

# 自2021年1月1日起至2021年12月31日止 (also 自…1日起，至…止), 2021年1月至12月; a later first day too (the first
# reports, 2008, count from the day the 2007 Regulation took effect, 5月1日 — spec 0); 二〇二一年一月一日 is read
# after arabic_years
_PERIOD = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:度\s*)?(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*"
                     r"(?:(?:[0-3]?\d|[一二三]?十?[一二三四五六七八九十]?)\s*日\s*)?(?:起)?\s*[,，]?\s*(?:至|到|[-—–~～])\s*"
                     r"(?:(?:19|20)\d{2}\s*年\s*)?(?:12|十二)\s*月(?:\s*(?:31|三十一)\s*日)?")
# 自20231月1日起至202312月31日止: 年 dropped by the page's editor (only the whole year, both days printed: the
# year's four digits run into the month)
_PERIOD_NO_NIAN = re.compile(r"(?<!\d)((?:19|20)\d{2})0?1月1日(?:起)?[,，]?(?:至|到)(?:19|20)\d{2}年?12月31日")
# "统计期限为2020年度": the whole reporting year named without its first and last day
_PERIOD_YEAR = re.compile(r"统计(?:期限|时限|时间|期间|区间)(?:为|是)?((?:19|20)\d{2})年(?:度|(?![\d一二三四五六七八九十]*月))")
# An English edition's period, read whitespace-free: "fromJanuary1toDecember31,2019" ("January 1, 2019 to …")
_PERIOD_ENGLISH = re.compile(r"January1(?:st)?,?(?:(?:19|20)\d{2},?)?(?:to|through|until|-|–)December31(?:st)?,?"
                             r"((?:19|20)\d{2})", re.I)
# An English edition's title: "Annual Report on Government Information Disclosure of X (2019)"
_ENGLISH_REPORT_TITLE = re.compile(r"annualreport.*information|information.*annualreport", re.I)
_YEAR = re.compile(r"(?:19|20)\d{2}")
# "现将2020年政府信息公开工作报告如下", "现公布区统计局2023年政府信息公开工作年度报告": a report naming itself
_SELF_NAMED = re.compile(r"现(?:将|公布|发布|印发|予以公布)[^。;；\d]{0,30}?((?:19|20)\d{2})年(?:度)?[^。;；\d]{0,20}?"
                         r"(?:信息公开|政务公开)[^。;；\d]{0,16}?(?:报告|年报)")
_OPENING_CHARS = 300  # where the opening sentence is
_REPORT_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年度?\D{0,30}(?:年度报告|年报)$")
_EDITION = re.compile(r"[(（]((?:图片|超链|文字|图解|简|修订|更正|全文|PDF|pdf|word|视频)版?)[)）]")

# Gambling brands that spam mirrors inject: a match anywhere is decisive.
# (Two patterns: with re.I on the Chinese names too the regex engine cannot skip ahead and reads every position
# of 20,000 characters; the Latin names are tried only where a b or m stands.)
_GAMBLING_BRANDS = re.compile(r"365体育|澳门金沙|金沙城中心|威尼斯人|新葡京|太阳城集团|百家乐|真人娱乐|娱乐城|"
                              r"欧洲杯足球|足球网|体育投注|必威体育|伟德国际|威廉希尔|开云体育|乐鱼体育|九游会|"
                              r"皇冠体育|亚博体育")
_GAMBLING_BRANDS_LATIN = re.compile(r"manbetx|bet365|betway", re.I)
_LATIN_BRAND_START = re.compile(r"[bBmM]")  # re.I folds no other character onto b or m
# Words that real reports use too (扫黄打非, 打击赌博): only suspicious in the title or the page's metadata.
# (Both scripts: mirrors paste traditional spam words into simplified reports.)
_SPAM_WORDS = re.compile(r"博彩|赌场|賭場|赌博|賭博|色情|成人视频|娱乐平台|娛樂平台|彩票网|彩票網|棋牌|体育直播|體育直播")
# What mirrors inject in place of a place name or of the words 政府信息公开 (澳门特区赌场,澳门博彩业网址水利局;
# 中国体育彩票市审计局; 澳門賭場推薦条例; 皇冠体育投注平台交通运输局; 网易体育直播市人民政府办公室), and porn banner
# words: a core word with the words glued before and after it.
# 体育彩票 itself is a real agency's business (体育彩票公益金, 体育彩票管理中心): only the bare brand counts; 体育 alone
# names real bureaus (某市体育局): only with a betting or streaming word.
_SPAM_CORE = (r"葡京|博彩|赌场|賭場|体彩网|體彩網|彩票网|彩票網|体育彩票(?!公益|管理|发行|销售|中心)|體育彩票(?!公益|管理)"
              r"|体育直播|體育直播"
              r"|亚洲精品|国产精品|精品国产|一区二区(?:三区)?|欧美日韩|日韩(?:精品|在线)|无码|成人视频|"
              + _GAMBLING_BRANDS.pattern)
_SPAM_BEFORE = r"澳门|澳門|香港|特区|特區|中国|中國|新|网易|網易|腾讯|騰訊"  # (portal names a live-stream brand borrows)
_SPAM_AFTER = r"业|業|投注|官网|官網|官方网站|网址|網址|网站|網站|平台|推荐|推薦|国产|在线观看|免费视频|高清"
_SPAM_PIECE = rf"(?:{_SPAM_BEFORE})*(?:{_SPAM_CORE})(?:{_SPAM_AFTER})*"
_SPAM_RUN = re.compile(rf"{_SPAM_PIECE}(?:[,，、_|\s]*{_SPAM_PIECE})*")
# A Latin brand and its words before an agency's name ("uedbet官网西河镇…"): no government's name starts so
_LATIN_BRAND = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:体育|官网|官方网站|娱乐|平台|app|APP)+")
_INJECTED_NAME = by_first_character("“\"", r"\s*[A-Za-z0-9]{5,}\s*(?:com|net|cc|vip|top)\s*[”\"]")
_PINYIN_BRACKET = by_first_character("(（", r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")  # (matches never overlap)
_SELF_NAMED_SITE = re.compile(r"(?:门户网站|网站|电子版|网址)[^。\n]{0,30}?(https?://[^\s)）。，,”\"]+)")
_TABLE_CUES = (  # template → phrases only that format prints
    ("t2021", ("本年制发件数", "本年废止件数", "现行有效件数")),
    ("t2019", ("本年新制作数量", "本年新公开数量", "对外公开总数量")),
    ("e2014", ("政府信息公开情况统计表", "统计指标")),
)
_SCRIPT_SAMPLE = 4000
_MIN_TRADITIONAL_IN_TITLE = 3
_SIGNATURE_LINES = 3  # the agency's name, then the date, then perhaps a note
_MAX_SIGNATURE = 40
_SENTENCE_MARK = re.compile(r"[，。；：,;:]")
_ERA_FIRST_YEAR = {"e2014": 2014, "t2019": 2019, "t2021": 2021}


@dataclass(slots=True)
class Metadata:
    title: str | None
    agency: str | None
    agency_type: str | None
    year: int | None
    year_source: str | None  # period|title|page_date
    published: str | None
    edition: str | None
    template: str | None
    script: str
    is_mirror: bool
    mirror_reason: str | None
    body_hash: str | None
    region_code: str | None


@lru_cache(maxsize=8)
def matching_copy(body: str) -> str:
    """Simplified, NFKC, whitespace-free copy of a body without pinyin glosses (报(bào)告, spec 3.8); cached
    because every metadata step reads it."""
    return "".join(strip_pinyin_glosses(simplified_nfkc(body)).split())  # split() is re's \s: cheaper than a sub


def era_for_year(year: int | None) -> str | None:
    if year is None or year < 2008:
        return None
    if year <= 2013:
        return "e2008"
    if year <= 2018:
        return "e2014"
    return "t2019" if year <= 2020 else "t2021"


def template_from_text(body: str, year: int | None) -> str | None:
    """The template whose own phrases the text prints (tables flattened into text still carry them)."""
    text = matching_copy(body)
    for template, cues in _TABLE_CUES:
        if (year is None or year >= _ERA_FIRST_YEAR[template]) and any(cue in text for cue in cues):
            return template
    return None


def choose_template(year: int | None, table_template: str | None, text_template: str | None) -> str | None:
    """Detected table template first (it is evidence), then the format's phrases, then the era of the year."""
    return table_template or text_template or era_for_year(year)


def reporting_year(body: str, title: str | None, published: str | None) -> tuple[int | None, str | None]:
    """统计期限 'X年1月1日…12月31日' first, then the title's year, then the page date minus one (spec 0)."""
    text = arabic_years(matching_copy(body))
    # (the 1月1日 test skips a regex that starts at every position: its lookbehind leaves the engine no prefix)
    if m := _PERIOD.search(text) or _PERIOD_YEAR.search(text) or ("1月1日" in text and _PERIOD_NO_NIAN.search(text)) \
            or ("ecember" in text and _PERIOD_ENGLISH.search(text)):
        return int(m.group(1)), "period"
    if title and (year := parse_title(title).year or _report_title_year(title)):
        return year, "title"
    # the opening sentence restating the report's title (现将2020年政府信息公开工作报告如下) on a page whose title
    # names no year
    if "现" in text[:_OPENING_CHARS] and (m := _SELF_NAMED.search(text, 0, _OPENING_CHARS)):
        return int(m.group(1)), "title"
    if published:
        return int(published[:4]) - 1, "page_date"
    return None, None


def _report_title_year(title: str) -> int | None:
    """The year a title opens with when it ends as an annual report but its 政府信息公开 words were replaced
    (a mirror's "2025年澳門賭場推薦工作年度报告"), or the year of an English edition's title."""
    norm = normalize_title(title)
    if m := _REPORT_TITLE_YEAR.match(norm):
        return int(m.group(1))
    m = _YEAR.search(norm) if _ENGLISH_REPORT_TITLE.search(norm) else None
    return int(m.group(0)) if m else None


def agency_from(title: str | None, meta_block: dict[str, str]) -> str | None:
    if title and (agency := _LATIN_BRAND.sub("", without_spam(parse_title(title).agency or "")).strip("-_,， ")):
        return agency  # (spam replaced a name, or glued a brand before it)
    for key in ("发布机构", "发文机关", "发布单位"):  # (traditional labels are read under these)
        if meta_block.get(key):
            return normalize_title(meta_block[key])
    for key in ("来源", "信息来源"):  # a publisher name, not "本站" or a newspaper
        if (source := normalize_title(meta_block.get(key) or "")) and agency_type(source) != "other":
            return source
    return None


def agency_type(agency: str | None) -> str | None:
    """Spec 3.2 typing of a publisher name (simplified, no whitespace)."""
    if not agency:
        return None
    name = normalize_title(agency)
    if _OTHER_BODY.search(name):
        return "other"
    name = _SECOND_NAME.sub("", name) or name
    name = name.removesuffix(_ORGAN) or name
    if (joint := _WITH_PARTY_ORGAN.match(name)) and joint.group(1) != name:  # 河北镇人民政府河北镇党委: the government
        name = joint.group(1)
    if _ZONE_OFFICE.search(name) or _MANAGED_PLACE.search(name) \
            or (_MANAGEMENT_COMMITTEE.search(name) and _is_zone_name(name)):
        return "zone"
    if _GOV_OFFICE.search(name):
        return "gov_office"
    if _TOWNSHIP.search(name):
        return "township"
    if _GOV_SELF.search(name):
        return "zone" if _is_zone_name(name) else "gov_self"
    if _DEPARTMENT.search(name):
        return "department"
    if _is_zone_name(name):
        return "zone"
    if _REGION.search(name):
        return "gov_region"
    return "other"


def _is_zone_name(name: str) -> bool:
    return any(not _ends_a_district(name, m) for m in _ZONE.finditer(name))


def _ends_a_district(name: str, match: re.Match[str]) -> bool:
    """The zone word ends a GB/T 2260 district's own name (浦东新区, 绿园区, 海港区, 清新区): a government."""
    return any(divisions_named(name[start:match.end()]) for start in range(max(0, match.end() - 8), match.start()))


def signature(body: str, agency: str | None) -> str | None:
    """The signature under the report when it names the agency with more of its place (遂溪县建新镇人民政府 under
    建新镇's report), else None."""
    core = (agency or "").removesuffix("政府").removesuffix("人民")
    if len(core) < 2:
        return None
    for line in reversed(body.rsplit("\n", _SIGNATURE_LINES)[-_SIGNATURE_LINES:]):
        # (the agency is read as printed, before the cost of normalising: a traditional page's signature is missed)
        if len(line) <= _MAX_SIGNATURE and core in line and not _SENTENCE_MARK.search(line) \
                and (name := normalize_title(line)) != agency:
            return name
    return None


def edition_of(title: str | None) -> str | None:
    """The edition a title names, as printed (圖片版 on a traditional-script page)."""
    if not title:
        return None
    if not (edition := parse_title(title).edition) and (m := _EDITION.search(nfkc(to_simplified(title)))):
        edition = m.group(1)
    return _as_printed(edition, title) if edition else None


def _as_printed(word: str, title: str) -> str:
    """`word` of the title's matching copy as the title prints it: its characters converted one by one."""
    if word in title:  # (a simplified title)
        return word
    converted = [simplified_nfkc(char) for char in title]
    starts = [i for i, chars in enumerate(converted) for _ in chars]  # each converted character's place in the title
    at = "".join(converted).find(word)
    return title[starts[at]:starts[at + len(word) - 1] + 1] if at >= 0 else word


@lru_cache(maxsize=4096)  # a crawl meets few hosts, each on every page
def is_gov_host(host: str) -> bool:
    """.gov.cn hosts, IP addresses and localhost count as official (spec 3.8 rule 1)."""
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith((".gov.cn", ".gov")) or host == "gov.cn":
        return True
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def mirror_reasons(url: str, title: str | None, body: str, meta_block: dict[str, str], script: str) -> list[str]:
    """Why this copy looks like a spam mirror rather than the agency's own page (spec 3.8)."""
    reasons: list[str] = []
    host = urlsplit(url).hostname or ""
    official_host = is_gov_host(host)
    if not official_host:
        reasons.append(f"non-gov host {host}")
    head = "\n".join([title or "", *meta_block.values()])
    text = "\n".join([head, body[:20000]])
    if m := gambling_brand(text) or _SPAM_WORDS.search(head):
        reasons.append(f"gambling/porn keyword {m.group(0)!r}")
    if m := leftmost(_INJECTED_NAME, text):
        reasons.append(f"injected site name {m.group(0)!r}")
    if sum(len(pattern.findall(text)) for pattern in _PINYIN_BRACKET) >= 2:
        reasons.append("pinyin in brackets")
    if script == "traditional" and not official_host:
        reasons.append("traditional script on a mainland report")
    for site in _SELF_NAMED_SITE.findall(body[:20000]) if "http" in body else ():  # every match names a URL
        site_host = urlsplit(site).hostname or ""
        if site_host and not is_gov_host(site_host):
            reasons.append(f"report names non-gov site {site_host}")
            break
    return reasons


def gambling_brand(text: str) -> re.Match[str] | None:
    """The leftmost gambling brand name in the text (no two names start with the same character)."""
    latin = None
    if any(initial in text for initial in "bBmM"):  # (four str scans cost less than the regex's one)
        latin = next((m for c in _LATIN_BRAND_START.finditer(text)
                      if (m := _GAMBLING_BRANDS_LATIN.match(text, c.start()))), None)
    chinese = _GAMBLING_BRANDS.search(text)
    return min((m for m in (latin, chinese) if m), key=lambda m: m.start(), default=None)


def without_spam(text: str) -> str:
    """The text without the words a spam mirror injected into it (see _SPAM_RUN)."""
    return _SPAM_RUN.sub("", text)


def body_hash(body: str) -> str | None:
    """sha1 of the t2s-normalised, whitespace-free body: equal for a report and its mirrors (spec 3.8 rule 4).
    None for a report without text (a scan): an empty body is no evidence that two reports are one."""
    copy = matching_copy(body)
    return hashlib.sha1(copy.encode("utf-8")).hexdigest() if copy else None


def report_metadata(extracted: Extracted, url: str, table_template: str | None = None) -> Metadata:
    """All metadata of one (joined) report page. `table_template` is what table detection found, if any."""
    title = without_printed_glosses(extracted.title) if extracted.title else None  # (a mirror's 報(bào)告)
    meta = extracted.meta_block
    agency = agency_from(title, meta)
    year, year_source = reporting_year(extracted.body, title, extracted.published)
    # a few thousand characters tell the scripts apart; the check is a Python loop over every character. A page
    # of pictures has its title alone: a few traditional-only characters in it decide (莲都區…報告（圖片版）)
    traditional = is_traditional((extracted.body or title or "")[:_SCRIPT_SAMPLE]) or (
        not extracted.body and bool(title) and traditional_only_count(title) >= _MIN_TRADITIONAL_IN_TITLE)
    script = "traditional" if traditional else "simplified"
    reasons = mirror_reasons(url, title, extracted.body, meta, script)
    hints = [f"{label}：{meta[label]}" for label in ("网站标识码", "索引号") if meta.get(label)]
    hints += [h for h in (agency, signature(extracted.body, agency), title, meta.get("发布机构"), meta.get("SiteName"))
              if h]
    return Metadata(
        title=title,
        agency=agency,
        agency_type="gov_region" if title and parse_title(title).consolidated else agency_type(agency),
        year=year,
        year_source=year_source,
        published=extracted.published,
        edition=edition_of(title),
        template=choose_template(year, table_template, template_from_text(extracted.body, year)),
        script=script,
        is_mirror=bool(reasons),
        mirror_reason="; ".join(reasons) or None,
        body_hash=body_hash(extracted.body),
        region_code=region_code_for(hints, url, year),
    )
