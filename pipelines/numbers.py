"""Reading the numbers printed in reports (spec 2.7 'Cell values' and 'Numbers')."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .normalize import ascii_minus

UNITS = ("人次", "万元", "条", "件", "篇", "次", "个", "人", "项", "期", "宗", "元", "家", "份", "场", "批", "期次")

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_BLANKS = {"": "blank", "—": "dash", "–": "dash", "-": "dash", "－": "dash", "——": "dash", "--": "dash", "/": "slash",
           "／": "slash", "\\": "slash", "无": "wu", "空": "wu", "無": "wu"}
_APPROX_WORDS = ("余", "多", "约", "近", "逾", "超过", "左右", "以上", "餘", "約")
# (15 digits at most: a float holds no longer integer exactly; longer digit runs are codes or garbage, no count)
_NUMBER = re.compile(r"(?<!\d)[+\-]?\d{1,15}(?:,\d{3})*(?:\.\d+)?(?!\d)")
_CN_NUMBER = re.compile(r"[零〇○一二两三四五六七八九十百千]+")
# Removed before NFKC, which would make a footnote mark a digit (12① → 121): zero-width characters, soft hyphens
# and the circled, parenthesised and dotted numbers (①, ⑴, ⒈, ❶ …) that mark footnotes after a value.
_NOT_DIGITS = re.compile(r"[\u200b-\u200d\u2060\ufeff\xad\u2460-\u249b\u24ea-\u24ff\u2776-\u2793]+")
# A decrease written in words instead of a sign (本年增/减: 减少3; 增加5 reads as 5 anyway)
_DECREASE = ("减少", "减", "下降")


@dataclass(slots=True)
class Value:
    value: float | None
    flag: str | None = None  # blank|dash|slash|wu|approx
    unit: str | None = None


def chinese_to_int(text: str) -> int | None:
    """二十六 → 26, 一百零五 → 105, 三千 → 3000, 十二 → 12. None when not a Chinese numeral."""
    if not text or any(c not in _CN_DIGITS and c not in _CN_UNITS for c in text):
        return None
    if all(c in _CN_DIGITS for c in text) and len(text) > 1:  # 二〇一八 style digit strings
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    total, digit = 0, None
    for c in text:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        else:
            total += (digit if digit is not None else 1) * _CN_UNITS[c]
            digit = None
    return total + (digit or 0)


def _clean(raw: str) -> str:
    text = unicodedata.normalize("NFKC", _NOT_DIGITS.sub("", raw))
    text = ascii_minus(re.sub(r"\s+", "", text))
    # a full-width comma is only a thousands separator with exactly three digits after it (spec 2.7)
    return re.sub(r"(?<=\d)[，,](?=\d{3}(?!\d))", ",", text)


def parse_cell(raw: str | None) -> Value:
    """Value of one table cell. Blanks and dashes are 0 with a flag; None when the cell is not a number."""
    text = _clean(raw or "")
    if text in _BLANKS:
        return Value(0.0, _BLANKS[text])
    if text.startswith(_DECREASE) and (value := parse_quantity(text)) and value.value:
        return Value(-abs(value.value), value.flag, value.unit)
    return parse_quantity(text) or Value(None)


def parse_quantity(text: str) -> Value | None:
    """First quantity in a short text: '1,234', '7.522', '+1036', '二十六件', '1.5万余条', '755多条'."""
    text = _clean(text)
    m = _NUMBER.search(text) or _CN_NUMBER.search(text)
    if m and m.re is _NUMBER:
        number = float(m.group(0).replace(",", ""))
    elif not m or (value := chinese_to_int(m.group(0))) is None:
        return None
    else:
        number = float(value)
    rest = text[m.end() :]
    flag = None
    if rest.startswith("万") and not rest.startswith("万元"):
        number *= 10000
        rest = rest[1:]
        flag = "approx"
    if rest.startswith(_APPROX_WORDS) or text[: m.start()].endswith(("约", "近", "逾", "超过")):
        flag = "approx"
    for word in _APPROX_WORDS:
        if rest.startswith(word):
            rest = rest[len(word) :]
            break
    unit = next((u for u in UNITS if rest.startswith(u)), None)
    return Value(int(number) if number.is_integer() else number, flag, unit)


def unit_of(label: str) -> str | None:
    """Unit printed in a label such as '本年收费金额（单位：万元）'."""
    m = re.search(r"单位[:：]\s*([^\s）)]+)", unicodedata.normalize("NFKC", label))
    return m.group(1) if m else None
