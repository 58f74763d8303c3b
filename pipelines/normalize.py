"""Text normalisation for matching (spec 2.7). Stored text always keeps the original; only copies are normalised."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from .whitespace import WITHOUT_INVISIBLE

_T2S = opencc.OpenCC("t2s")
# TSPhrases keys (深沈 → 深沉, 答覆 → 答复, 瞭解 → 了解) made only of characters that t2s leaves alone on their
# own: the character each one changes. tests/test_pipeline_speed_rest.py checks this against the dictionary.
_T2S_PHRASE_CHARS = "沈坏藉哩覆衹瞭甦"

# Spam mirrors run simplified text through a naive s2t converter; t2s fixes most of it, these
# repairs catch what is left (spec 2.7 step 1). (Not 乾: t2s turns a lone 乾 into 干 and keeps 乾縣, 乾隆.)
_OVERCONVERSION = str.maketrans({"麵": "面", "製": "制", "係": "系", "範": "范", "臺": "台"})

# Characters that only exist in traditional script (a sample large enough to tell the scripts apart).
_TRADITIONAL_ONLY = set(
    "們個為來這時從與對於說進過還後會經開關門問間實現體點動種應該變還邊運區國際產業務機構報員資訊"
    "預決議處辦審査總統計數據條織導範圍請聯繫電話網頁發佈態務級縣鎮鄉區廳與專業務單"
)
# Taiwan vocabulary (OpenCC s2twp, as newton.com.tw and jendow.com.tw copies print it) back to the mainland words
# of the original, in the simplified text. Not OpenCC tw2sp: reversing its many-to-one phrases rewrites plain
# traditional copies (文件 → 文档, 程序 → 程, 查询 → 查找, 指标 → 指针). Only words no mainland report prints are
# read; 档案, which is both 文件's Taiwan form and a mainland word (档案馆), only in a text that holds one of them.
_TAIWAN_WORDS = {"最佳化": "优化", "入口网站": "门户网站", "程式": "程序", "软体": "软件", "网路": "网络",
                 "资料库": "数据库", "规范性档案": "规范性文件"}
_TAIWAN_WORD = re.compile("|".join(sorted(_TAIWAN_WORDS, key=len, reverse=True)))
_TAIWAN_ONLY_WORD = re.compile("|".join(w for w in _TAIWAN_WORDS if "档案" not in w))
_TAIWAN_FILE = re.compile(r"档案(?!馆|館|局|室|管理)")
_CJK_LEAD_BYTES = tuple(bytes([b]) for b in range(0xE4, 0xEA))
_BEFORE_CJK = re.compile("[\u4000-\u4dff]")
_SCRIPT_HEAD_CHARS = 1000
_TRADITIONAL_ONLY_CHAR = re.compile(f"[{''.join(sorted(_TRADITIONAL_ONLY))}]")  # all of them are CJK
# str.translate with a dict costs ~50 µs per 1,000 characters; a regex check first skips it on clean text.
_NEEDS_OVERCONVERSION_REPAIR = re.compile("[麵製係範臺]")
# Full-width ASCII (，（）：；１２…) is what keeps Chinese text from being NFKC: each one is replaced by its ASCII
# character (its NFKC decomposition, so NFKC of the result is NFKC of the text), all occurrences at once.
_FULL_WIDTH_ASCII = re.compile("[\uff01-\uff5e]")
_FULL_WIDTH_OFFSET = 0xFEE0
_QUOTE_CHARS = "“”‘’\"'＂「」『』"
_QUOTES = dict.fromkeys(map(ord, _QUOTE_CHARS), None)
_HAS_QUOTE = re.compile(f"[{_QUOTE_CHARS}]")  # (most labels have none: the translate table is the dear part)
_MINUS = re.compile("[\u2212\u2013\u2012](?=\\d)")  # minus signs NFKC keeps (U+2212, en and figure dash)
# Mirrors gloss characters with pinyin in brackets, "报(bào)告" (spec 3.8): bracketed syllables after a Chinese
# character (a vowel required, so an edition such as "(pdf)" stays).
# (The lookbehind follows the first bracket so that the regex engine jumps from bracket to bracket.)
_PINYIN_VOWELS = "aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


def _pinyin_gloss(opening: str, closing: str) -> re.Pattern[str]:
    syllables = rf"(?=[^{closing}]*[{_PINYIN_VOWELS}])[a-z{_PINYIN_VOWELS} ]{{1,14}}[{closing}]"
    return re.compile(rf"[{opening}](?<=[\u4e00-\u9fff][{opening}]){syllables}(?:[{opening}]{syllables})*")


_PINYIN_GLOSS = _pinyin_gloss(r"\(", r"\)")  # in an NFKC text: ASCII brackets
_PRINTED_PINYIN_GLOSS = _pinyin_gloss(r"\(（", r"\)）")
_LIST_MARKER = re.compile(
    r"^\s*(?:"
    r"[一二三四五六七八九十]+[、.．]"  # 一、
    r"|[（(][一二三四五六七八九十]+[）)]"  # （一）
    r"|\d{1,2}[、.．](?!\d)"  # 1. 1、
    r"|[（(]\d{1,2}[）)]"  # (1)
    r"|[①-⑳]"
    r")\s*"
)


def by_first_character(first: str, rest: str) -> tuple[re.Pattern[str], ...]:
    """The regex `[first]rest` as one regex per first character (their matches are its matches): a regex that starts
    with a literal character scans a report's body ~4× faster than one that starts with a class."""
    return tuple(re.compile(re.escape(c) + rest) for c in first)


def leftmost(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    """The first match of any of the patterns in the text."""
    return min(filter(None, (p.search(text) for p in patterns)), key=re.Match.start, default=None)


def _t2s_single_changes() -> set[str]:
    """The BMP characters t2s converts on their own, found by converting each one, newline-separated (no key
    holds a newline), in one call (~20 ms, done at import like loading OpenCC)."""
    chars = "\n".join(chr(c) for c in range(0x10000) if c != 0x0A and not 0xD800 <= c < 0xE000)
    return {c for c, out in zip(chars.split("\n"), _T2S.convert(chars).split("\n"), strict=True) if out != c}


_T2S_SINGLE = _t2s_single_changes()
# Every character that can start a change by t2s: a text without one converts to itself (a key that changes
# something holds one; keys that change nothing give back what they read). Astral characters are all taken: one
# range keeps the class a bitmap that the regex engine scans fast.
_T2S_CHANGES = re.compile(f"[{re.escape(''.join(sorted(_T2S_SINGLE | set(_T2S_PHRASE_CHARS))))}\U00010000-\U0010ffff]")
# Characters of simplified text that t2s rewrites on their own (乾县 → 干县, 乾安县, 於潜镇 → 于潜镇): those GB2312,
# a simplified character set, holds, and 昇 (a 通用规范汉字表 character for names, outside GB2312).
_SIMPLIFIED_REWRITTEN = "".join(sorted(c for c in _T2S_SINGLE if c == "昇" or c.encode("gb2312", "ignore")))
_HAS_SIMPLIFIED_REWRITTEN = re.compile(f"[{_SIMPLIFIED_REWRITTEN}]")
_TRADITIONAL_ONLY_T2S = frozenset(_T2S_SINGLE - set(_SIMPLIFIED_REWRITTEN))
# they are hidden from t2s behind private-use characters (which it leaves alone) and put back
_HIDE_SIMPLIFIED = {ord(c): 0xF0000 + i for i, c in enumerate(_SIMPLIFIED_REWRITTEN)}
_SHOW_SIMPLIFIED = {0xF0000 + i: c for i, c in enumerate(_SIMPLIFIED_REWRITTEN)}


def to_simplified(text: str) -> str:
    """Traditional → simplified with the over-conversion repairs of spec 2.7."""
    if not text or not (first := _T2S_CHANGES.search(text)):  # a simplified text (most reports) converts to
        return text  # itself: ~4× cheaper to check (t2s changes each character to repair, so this text has none)
    # A simplified text with a few characters to look at (覆盖 for 答覆, 乾县): t2s converts line by line (no key
    # holds a newline), so only their lines are converted
    parts, done = [], 0
    for m in _T2S_CHANGES.finditer(text, first.start()):
        if m.group() in _TRADITIONAL_ONLY_T2S:  # a traditional text: converted whole, its Taiwan words too
            return _repaired(_mainland_vocabulary(_T2S.convert(text)))
        if m.start() >= done:
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            parts += (text[done:start], _repaired(_t2s_keeping_simplified(text[start:end])))
            done = end
    parts.append(text[done:])
    return "".join(parts)


def _t2s_keeping_simplified(text: str) -> str:
    """t2s of a simplified text that keeps its 乾县 and 於潜镇; variants such as 答覆 → 答复 are still converted."""
    if not _HAS_SIMPLIFIED_REWRITTEN.search(text):
        return _T2S.convert(text)
    return _T2S.convert(text.translate(_HIDE_SIMPLIFIED)).translate(_SHOW_SIMPLIFIED)


def _repaired(text: str) -> str:
    return text.translate(_OVERCONVERSION) if _NEEDS_OVERCONVERSION_REPAIR.search(text) else text


def _mainland_vocabulary(text: str) -> str:
    """The mainland words of a simplified text converted from Taiwan vocabulary (see _TAIWAN_WORDS)."""
    if not _TAIWAN_WORD.search(text):
        return text
    taiwan = _TAIWAN_ONLY_WORD.search(text) is not None
    text = _TAIWAN_WORD.sub(lambda m: _TAIWAN_WORDS[m.group()], text)
    return _TAIWAN_FILE.sub("文件", text) if taiwan else text


def is_traditional(text: str, threshold: float = 0.02) -> bool:
    """True when a noticeable share of the CJK characters exist only in traditional script."""
    if not _TRADITIONAL_ONLY_CHAR.search(text):  # most text has none: one scan, ~10× cheaper than counting
        return False
    # A traditional text is decided by the characters of its first lines, without counting CJK characters: they
    # are no more than all characters, so that share of all characters is enough
    for end in (_SCRIPT_HEAD_CHARS, len(text)):
        trad = len(_TRADITIONAL_ONLY_CHAR.findall(text, 0, end))
        if trad >= 20 and trad / len(text) >= threshold:
            return True
    cjk = _cjk_count(text)
    return cjk >= 20 and trad / cjk >= threshold


def traditional_only_count(text: str) -> int:
    """How many characters of `text` exist only in traditional script."""
    return len(_TRADITIONAL_ONLY_CHAR.findall(text))


def _cjk_count(text: str) -> int:
    """Characters in U+4E00–U+9FFF, counted without a Python loop: in UTF-8 every character in U+4000–U+9FFF
    starts with one of the bytes E4–E9 (which never occur inside a character); U+4000–U+4DFF is taken off."""
    data = text.encode("utf-8", "surrogatepass")
    return sum(data.count(lead) for lead in _CJK_LEAD_BYTES) - len(_BEFORE_CJK.findall(text))


def nfkc(text: str) -> str:
    """Full-width digits, letters and brackets to ASCII; removes zero-width characters and soft hyphens."""
    if not unicodedata.is_normalized("NFKC", text):  # the quick check is ~15× cheaper than normalising
        # str.replace per distinct full-width character is ~8× cheaper than normalising (~60 µs per 1,000
        # characters); what is left (rare) is normalised
        pos = 0
        while m := _FULL_WIDTH_ASCII.search(text, pos):  # one character for one: the text before m is clean
            text, pos = text.replace(m.group(), chr(ord(m.group()) - _FULL_WIDTH_OFFSET)), m.start()
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    # (six str scans cost a quarter of one regex character-class scan on a report's body)
    if ("\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text or "\ufeff" in text
            or "\xad" in text):  # (whitespace.INVISIBLE's characters)
        return text.translate(WITHOUT_INVISIBLE)
    return text


@lru_cache(maxsize=8)  # a report body is converted by several stages (metadata, text facts): once is enough
def simplified_nfkc(text: str) -> str:
    """nfkc(to_simplified(text)), remembered for the last few texts."""
    return nfkc(to_simplified(text))


def normalize_text(text: str) -> str:
    """Matching copy of running text: simplified, NFKC, no pinyin glosses, whitespace runs collapsed to one space."""
    return " ".join(strip_pinyin_glosses(simplified_nfkc(text)).split())  # split() is re's \s, ~3× cheaper


def strip_pinyin_glosses(text: str) -> str:
    """'报告' from '报(bào)告' (an NFKC text: ASCII brackets)."""
    return _PINYIN_GLOSS.sub("", text) if "(" in text else text


def without_printed_glosses(text: str) -> str:
    """strip_pinyin_glosses for text as printed (報（bào）告: full-width brackets too)."""
    return _PRINTED_PINYIN_GLOSS.sub("", text) if "(" in text or "（" in text else text


def ascii_minus(text: str) -> str:
    """'-2' for '−2' (U+2212), '–2' and '‒2': the signed deltas of 本年增/减 typed with a typographic minus."""
    return _MINUS.sub("-", text) if not text.isascii() else text


@lru_cache(maxsize=65536)
def normalize_label(label: str) -> str:
    """Matching copy of a table label: simplified, NFKC, no whitespace, no quote characters, no pinyin glosses,
    其它 written 其他 (forms use both: （六）其它处理, 其它原因).

    List markers are kept (use `split_list_marker` to separate them).
    """
    text = nfkc(to_simplified(label))
    text = strip_pinyin_glosses(text.translate(_QUOTES) if _HAS_QUOTE.search(text) else text)
    return ascii_minus("".join(text.split())).replace("其它", "其他")  # split() is re's \s, and cheaper


@lru_cache(maxsize=65536)  # table labels repeat in every row pass of the fact mappers
def split_list_marker(label: str) -> tuple[str, str]:
    """('（一）', '予以公开') from '（一）予以公开'; marker is '' when there is none."""
    m = _LIST_MARKER.match(label)
    if not m:
        return "", label.strip()
    return m.group(0).strip(), label[m.end() :].strip()
