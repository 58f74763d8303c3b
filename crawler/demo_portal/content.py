"""Report bodies for the demo portal: engineer H2's seed fragments (reports/seedNNN.html) when present, otherwise
generated bodies in the era's layout (2008–2013 prose, 2014–2018 prose + statistics table, 2019– three tables).

Numbers are derived from the agency and year so every run serves the same bytes.
"""

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path

REPORTS_DIR = Path(__file__).parent / "reports"


def seed_fragment(name: str) -> str | None:
    path = REPORTS_DIR / f"{name}.html"
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _numbers(agency: str, year: int, count: int) -> list[int]:
    digest = hashlib.sha1(f"{agency}{year}".encode()).digest()
    return [5 + digest[i] % 90 for i in range(count)]


def _table(rows: list[list[str]], header: list[str]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table border="1"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _paragraphs(lines: list[str]) -> str:
    return "\n".join(f"<p>{escape(line)}</p>" for line in lines)


def _e2008(agency: str, year: int) -> list[str]:
    active, requests, granted, fees = _numbers(agency, year, 4)
    return [_paragraphs([
        f"本报告根据《中华人民共和国政府信息公开条例》要求，由{agency}编制。本报告统计期限自{year}年1月1日起至{year}年12月31日止。",
        "一、概述",
        f"{year}年，{agency}认真贯彻落实《条例》，不断完善政府信息公开工作机制。",
        "二、主动公开政府信息的情况",
        f"全年主动公开政府信息{active * 10}条，其中通过政府网站公开{active * 8}条。",
        "三、依申请公开政府信息办理情况",
        f"全年共受理政府信息公开申请{requests}件，其中同意公开{granted % requests or 1}件。",
        "四、政府信息公开的收费及减免情况",
        f"全年未收取任何费用。减免费用{fees % 3}次。",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        "全年未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
        "六、政府信息公开工作存在的主要问题及改进情况",
        "一是公开内容还不够全面；二是公开形式还需丰富。下一步将进一步加强工作。",
    ])]


def _e2014(agency: str, year: int) -> list[str]:
    active, requests, granted, reviews = _numbers(agency, year, 4)
    granted = min(granted, requests)
    table = _table([
        ["一、主动公开情况", "", ""],
        ["（一）主动公开政府信息数", "条", str(active * 12)],
        ["二、回应解读情况", "", ""],
        ["三、依申请公开情况", "", ""],
        ["（一）收到申请数", "件", str(requests)],
        ["（二）申请办结数", "件", str(requests)],
        ["1.按时办结数", "件", str(requests)],
        ["（三）申请答复数", "件", str(requests)],
        ["1.属于已主动公开范围数", "件", str(granted)],
        ["四、行政复议数量", "件", str(reviews % 3)],
        ["五、行政诉讼数量", "件", "0"],
    ], ["统计指标", "单位", "统计数"])
    return [_paragraphs([
        f"本年度报告根据《中华人民共和国政府信息公开条例》要求，由{agency}编制。统计期限为{year}年1月1日至{year}年12月31日。",
        "一、概述",
        f"{year}年，{agency}围绕中心工作，深入推进政府信息公开。",
        "二、主动公开政府信息情况",
        f"全年主动公开政府信息{active * 12}条。",
        "三、依申请公开政府信息情况",
        f"全年共收到政府信息公开申请{requests}件，均已按时办结。",
        "四、政府信息公开的收费及减免情况",
        "未收取任何费用。",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        f"全年发生政府信息公开行政复议{reviews % 3}件，行政诉讼0件。",
        "六、存在的主要问题及改进措施",
        "公开的及时性有待提高，将进一步规范公开流程。",
        "七、其他需要报告的事项",
        "无。",
        "附表：政府信息公开情况统计表",
    ]), table]


def _t2019(agency: str, year: int) -> list[str]:
    new, total, natural, org = _numbers(agency, year, 4)
    section2 = _table([
        ["规章", str(new % 3), str(new % 3), str(total)],
        ["规范性文件", str(new), str(new), str(total * 3)],
    ], ["信息内容", "本年制发件数" if year >= 2021 else "本年新制作数量",
        "本年废止件数" if year >= 2021 else "本年新公开数量", "现行有效件数" if year >= 2021 else "对外公开总数量"])
    section3 = _table([
        ["一、本年新收政府信息公开申请数量", str(natural), str(org), str(natural + org)],
        ["二、上年结转政府信息公开申请数量", "0", "0", "0"],
        ["三、本年度办理结果 （一）予以公开", str(natural), str(org), str(natural + org)],
        ["四、结转下年度继续办理", "0", "0", "0"],
    ], ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然人", "法人或其他组织", "总计"])
    section4 = _table([["0"] * 15], [f"行政复议/诉讼{i}" for i in range(1, 16)])
    return [
        _paragraphs(["一、总体情况", f"{year}年，{agency}坚持以公开为常态、不公开为例外，全面推进政务公开。",
                     "二、主动公开政府信息情况"]), section2,
        _paragraphs(["三、收到和处理政府信息公开申请情况"]), section3,
        _paragraphs(["四、政府信息公开行政复议、行政诉讼情况"]), section4,
        _paragraphs(["五、存在的主要问题及改进情况", "政策解读的形式还比较单一，下一步将丰富解读方式。",
                     "六、其他需要报告的事项", "本年度未收取信息处理费。"]),
    ]


def report_sections(agency: str, year: int, seed: str | None = None) -> list[str]:
    """The body of one report as a list of HTML blocks (a multi-page report splits them across pages)."""
    fragment = seed_fragment(seed) if seed else None
    if fragment:
        return [fragment]
    if year <= 2013:
        return _e2008(agency, year)
    if year <= 2018:
        return _e2014(agency, year)
    return _t2019(agency, year)


def report_text(agency: str, year: int) -> str:
    """Plain text of a generated report, for attachments built here (DOCX) when H6's files are absent."""
    import lxml.html

    return "\n".join(lxml.html.fromstring(f"<div>{block}</div>").text_content() for block in
                     report_sections(agency, year))
