"""Report prose with statistics in the phrasing of spec 2.5, and the text facts it states."""

from __future__ import annotations

import random

import opencc

from .figures import Figures

_S2T = opencc.OpenCC("s2t")

Paragraphs = list[str]


def traditional(text: str) -> str:
    """What a mirror (or a 繁體版 page) prints: the same text in traditional script (spec 3.8)."""
    return _S2T.convert(text)


def _n(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def period(year: int) -> str:
    return f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"


def opening(agency: str, year: int, with_period: bool) -> Paragraphs:
    lines = [f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布{agency}{year}年度政府信息公开工作年度报告。"
             + (period(year) if with_period else "")
             + "如对本报告有任何疑问，请与本机关政务公开办公室联系。"]
    return lines


def t20xx_overview(rng: random.Random, year: int, figures: Figures, text: Figures) -> Paragraphs:
    """一、总体情况 with the request numbers the table also prints (R10 compares them)."""
    items = rng.choice((126, 845, 2310, 5617))
    text["active.items_total"] = items
    received, carried_in = figures["apply.received_new.total"], figures["apply.carried_in.total"]
    text["apply.received.total"] = received
    text["apply.carried_in.total"] = carried_in
    return [
        "（一）主动公开。坚持以公开为常态、不公开为例外，围绕重点领域信息公开要求，"
        f"{year}年共主动公开政府信息{items}条，及时更新政府信息公开目录和政府信息公开指南。",
        f"（二）依申请公开。全年共收到政府信息公开申请{_n(received)}件，上年结转{_n(carried_in)}件，"
        "均在法定期限内予以答复。",
        "（三）政府信息管理。严格落实公开前保密审查机制，动态调整主动公开基本目录。",
        "（四）平台建设。持续优化政府网站政府信息公开专栏，规范专栏栏目设置。",
        "（五）监督保障。将政务公开工作纳入年度绩效考核，组织业务培训，提升工作人员业务能力。",
    ]


def t20xx_closing(year: int, template: str, text: Figures) -> tuple[Paragraphs, Paragraphs]:
    """五、问题及改进 and 六、其他需要报告的事项."""
    problems = ["一是公开内容的全面性有待加强；二是政策解读形式较为单一。下一步，将进一步加强业务培训，提高公开质量。"]
    others = [f"{year}年度本机关建议提案办理结果均已按要求公开。"]
    if template == "t2021":
        others.insert(0, "本年度未收取信息处理费。")
        text["fee.info_processing"] = 0
    return problems, others


def e2014_prose(figures: Figures, text: Figures) -> dict[str, Paragraphs]:
    """The prose sections of a 2014–2018 report, restating some table numbers."""
    website = figures["active.channel.website"]
    text["active.items_total"] = figures["active.items_total"]
    text["active.channel.website"] = website
    text["apply.received.total"] = figures["apply.received.total"]
    if figures["fee.request_fees"] == 0:
        text["fee.none"] = 0
    return {
        "一、概述": ["本年度，我单位认真贯彻落实《条例》和上级关于政务公开工作的部署，健全工作机制，"
                 "完善公开目录，推动政府信息公开工作规范有序开展。"],
        "二、主动公开政府信息情况": [
            f"全年主动公开政府信息{_n(figures['active.items_total'])}条，其中通过政府网站公开政府信息{_n(website)}条。"],
        "三、依申请公开政府信息办理情况": [
            f"全年共受理政府信息公开申请{_n(figures['apply.received.total'])}件，均按规定时限予以答复。"],
        "四、政府信息公开的收费及减免情况": ["本年度政府信息公开工作未收取任何费用。" if figures["fee.request_fees"] == 0
                                 else "本年度依申请公开政府信息收取的检索、复制、邮寄等费用见附表。"],
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况": [
            "本年度因政府信息公开申请行政复议、提起行政诉讼的情况见附表。"],
        "六、政府信息公开工作存在的主要问题及改进情况": [
            "存在的问题主要是公开的及时性有待提高。下一步将加强督促检查，提升公开实效。"],
    }


_CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """26 → 二十六, 105 → 一百零五 (prose sometimes spells small counts out); n < 1000."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    tail = "" if rest == 0 else "零" + _CN_DIGITS[rest] if rest < 10 else (
        _CN_DIGITS[tens] + "十" + (_CN_DIGITS[ones] if ones else ""))
    return _CN_DIGITS[hundreds] + "百" + tail


def e2008_prose(rng: random.Random, text: Figures) -> dict[str, Paragraphs]:
    """A 2008–2013 report: statistics only in prose (no table), in the phrasings of spec 2.5."""
    items = rng.choice((58, 374, 1268, 4520))
    website = rng.randint(1, items)
    channels = {"in_person": rng.randint(0, 9), "online": rng.randint(1, 30), "letter": rng.randint(0, 6)}
    received = sum(channels.values())
    review = rng.choice((0, 0, 1, 2))
    text.update({"active.items_total": items, "active.channel.website": website, "apply.received.total": received,
                 "apply.channel.in_person": channels["in_person"], "apply.channel.online": channels["online"],
                 "apply.channel.letter": channels["letter"], "apply.closed.total": received, "fee.none": 0,
                 "review.total": review, "litigation.total": 0})
    count = rng.choice((str, str, chinese_number))
    unit = rng.choice(("件", "件", "宗"))
    active = rng.choice((f"全年主动公开政府信息{items}条", f"新增主动公开政府信息{items}条",
                         f"主动公开各类政府信息{items}条"))
    web = rng.choice((f"其中通过政府网站公开信息{website}条", f"其中通过门户网站发布信息{website}条"))
    verb = rng.choice(("受理", "收到", "接到"))
    cases = (f"本年度共发生行政复议案件{review}件，均维持原具体行政行为；未发生行政诉讼案件。" if review else
             "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。")
    return {
        "一、概述": ["我单位高度重视政府信息公开工作，成立了政府信息公开工作领导小组，明确专人负责，"
                 "建立健全了政府信息公开保密审查、依申请公开等工作制度。"],
        "二、主动公开政府信息的情况": [
            f"{active}，{web}，公开的信息主要包括机构职能、政策法规、规划计划、财政预决算等内容。"],
        "三、依申请公开政府信息和不予公开政府信息的情况": [
            f"全年共{verb}政府信息公开申请{count(received)}{unit}，其中当面申请{count(channels['in_person'])}{unit}，"
            f"网络申请{count(channels['online'])}{unit}，信函申请{count(channels['letter'])}{unit}。"
            f"已办结{count(received)}{unit}，均在规定时限内答复。"],
        "四、政府信息公开的收费及减免情况": [rng.choice(("本年度未收取任何费用。", "本年度未对申请人进行收费。"))],
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况": [cases],
        "六、政府信息公开工作存在的主要问题及改进情况": ["主要问题是信息公开的深度和广度还不够。今后将进一步规范公开程序。"],
    }
