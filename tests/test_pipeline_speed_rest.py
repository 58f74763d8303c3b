"""The shortcuts of the metadata, text-fact and check stages give exactly what the plain computation gives."""

from __future__ import annotations

import random
import re
import re._constants as sre_constants
import re._parser as sre_parser
import subprocess
import unicodedata
from pathlib import Path

import opencc

from pipelines import checks, facts_text, normalize, regions
from pipelines.facts_text import _NUMBER_REACH, _ZERO_STATEMENTS, NUM, PHRASES, facts_from_text
from pipelines.records import Fact
from pipelines.whitespace import WITHOUT_INVISIBLE

OPENCC_SHARE = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
OPENCC_DICT = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"


def _dictionary(tmp_path: Path, name: str) -> dict[str, str]:
    """key → first value of one of the t2s dictionaries, dumped to text by the tool the package ships."""
    out = tmp_path / f"{name}.txt"
    subprocess.run([str(OPENCC_DICT), "-i", str(OPENCC_SHARE / f"{name}.ocd2"), "-o", str(out), "-f", "ocd2",
                    "-t", "text"], check=True, capture_output=True)
    entries = (line.rstrip("\n").split("\t") for line in out.read_text(encoding="utf-8").splitlines())
    return {key: values.split(" ")[0] for key, values in entries}


def test_every_t2s_key_that_changes_text_holds_a_character_the_skip_check_sees(tmp_path: Path) -> None:
    changes = normalize._T2S_CHANGES
    for name in ("TSPhrases", "TSCharacters", "TSCharactersExt", "CJK_Compatibility_Ideographs"):
        for key, value in _dictionary(tmp_path, name).items():
            if value != key:
                assert changes.search(key), (name, key, value)


def test_to_simplified_skips_only_texts_t2s_leaves_alone() -> None:
    assert all(normalize._T2S_CHANGES.search(c) for c in "麵製係範臺")  # the repairs follow a conversion
    texts = ["2018年富陽區信息公開工作年度報告", "本机关答覆申请人3件", "深沈", "政府信息公开工作年度报告",
             "全麵推進 體製機製 係列", "𠮷野家", "乾隆", "", "ＡＢＣ１２３"]
    for text in texts:
        expected = normalize._T2S.convert(text) if text else text
        if normalize._NEEDS_OVERCONVERSION_REPAIR.search(expected):
            expected = expected.translate(normalize._OVERCONVERSION)
        assert normalize.to_simplified(text) == expected


def test_nfkc_fast_path_is_unicode_nfkc() -> None:
    rng = random.Random(7)
    alphabet = "，（）：；１２３ＡＢａｂ！？％　政府信息公开\u0301\u0308e¨①㎡…\n \u200bﾊﾟ가\u1100\u1161"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(2000)]
    texts += ["Ａ\u0301", "，\u0301", "ｅ\u0308\u0301", "全角：１２３，半角:123"]
    for text in texts:
        assert normalize.nfkc(text) == unicodedata.normalize("NFKC", text).translate(WITHOUT_INVISIBLE), text


def test_pinyin_glosses_stripped_only_after_a_chinese_character() -> None:
    assert normalize.strip_pinyin_glosses("报(bào)告(gào)书") == "报告书"
    assert normalize.strip_pinyin_glosses("报告(pdf)") == "报告(pdf)"
    assert normalize.strip_pinyin_glosses("a(bào)告") == "a(bào)告"
    assert normalize.strip_pinyin_glosses("(bào)告") == "(bào)告"
    assert normalize.strip_pinyin_glosses("报(bào)(gào)") == "报"


def _prefix_widths(pattern: str, scan: str) -> int | None:
    """The most characters a match of `pattern` can hold before the top-level literal `scan`, a printed quantity
    counting as _NUMBER_REACH (the reach the phrases are designed for); None when `scan` is not one."""
    items = list(sre_parser.parse(pattern.replace(NUM, f"(?P<n>.{{1,{_NUMBER_REACH}}})")))
    literal = [sre_constants.LITERAL] * len(scan)
    for i in range(len(items) - len(scan) + 1):
        if [op for op, _ in items[i:i + len(scan)]] == literal and "".join(
                chr(av) for _, av in items[i:i + len(scan)]) == scan:
            return sre_parser.SubPattern(sre_parser.State(), items[:i]).getwidth()[1] if i else 0
    return None


def test_scan_words_sit_within_before_characters_of_every_match_start() -> None:
    """Where the scan word is a literal of the pattern itself (not inside alternatives, which the fuzz test of
    test_facts_text covers), the pattern's words before it are at most `before` characters long."""
    phrases = [*PHRASES, *(statement for _, statement in _ZERO_STATEMENTS)]
    widths = {p.keys: (_prefix_widths(p.pattern.pattern, p.scan.pattern), p.before) for p in phrases if p.before}
    checked = {keys: pair for keys, pair in widths.items() if pair[0] is not None}
    assert len(checked) >= 8
    for keys, (width, before) in checked.items():
        assert width <= before, keys


def test_anchored_phrases_read_their_statements() -> None:
    text = ("本年度政务新媒体发布信息120条，政务微博发布80条，政务微信推送60条。属于已主动公开范围的5件，"
            "不属于本行政机关公开范围的2件，申请的政府信息不存在的1件，申请人主动撤回申请的3件，尚未办结的2件。"
            "政府信息公开专兼职工作人员共12人。全部办结申请40件。未收取任何政府信息处理费。")
    facts = {f.key: f.value for f in facts_from_text(text, "e2014")}
    assert facts["active.channel.newmedia"] == 120
    assert facts["active.channel.weibo"] == 80
    assert facts["active.channel.wechat"] == 60
    assert facts["apply.answer.already_public"] == 5
    assert facts["apply.answer.not_this_agency"] == 2
    assert facts["apply.answer.not_exist"] == 1
    assert facts["apply.answer.withdrawn"] == 3
    assert facts["apply.pending"] == 2
    assert facts["org.staff_total"] == 12
    assert facts["apply.closed.total"] == 40
    assert facts["fee.info_processing"] == 0


def test_table_rows_are_dropped_line_by_line() -> None:
    table_row = re.compile(r"^.*? \| .*$", re.M)
    for text in ["a | b\n行政诉讼 | 0\n无行政诉讼", "无 | \n", "x\n | y", "no rows", "\n\na | b\n\n", " | "]:
        assert facts_text._without_table_rows(text) == table_row.sub("。", text)


def test_division_names_read_to_the_end_of_the_text() -> None:
    assert regions._name_spans("浙江省杭州市") == [(0, 3), (3, 6)]
    assert regions._name_spans("铜陵市郊区") == [(0, 3), (3, 5)]
    assert regions._name_spans("xx杭州") == [(2, 4)]
    assert regions._name_spans("杭") == []


def test_checks_index_keeps_the_first_fact_of_a_key() -> None:
    first = Fact("apply.received_new.total", 3, source="table", origin="html")
    second = Fact("apply.received_new.total", 4, source="table", origin="pdf")
    empty = Fact("apply.carried_in.total", None, source="table")
    assert checks._index([empty, first, second], "table") == {"apply.received_new.total": first}
    assert checks._index([first], "text") == {}
