"""Sections of a report body, and splitting aggregator pages into the reports pasted into them (spec 3.3)."""

from __future__ import annotations

from pathlib import Path

from pipelines.extract import find_sections, first_year, segment_reports

SEEDS = Path(__file__).parent / "corpus" / "seeds"


def seed(n: str) -> str:
    return next(SEEDS.glob(f"{n}_*.txt")).read_text(encoding="utf-8")


def test_sections_in_sequence_with_offsets() -> None:
    body = ("前言。\n一、总体情况\n正文。\n（一）主动公开\n正文。\n（二）依申请公开\n二、主动公开政府信息情况 2020年，正文\n"
            "一、本年新收 | 0 | 0\n四、跳号不算\n三、收到和处理政府信息公开申请情况")
    sections = find_sections(body)
    assert [(s.number, s.title) for s in sections] == [
        ("一", "总体情况"), ("(一)", "主动公开"), ("(二)", "依申请公开"), ("二", "主动公开政府信息情况"),
        ("三", "收到和处理政府信息公开申请情况")]
    for s in sections:
        assert body[s.start:].lstrip("（(").startswith(s.number.strip("()"))


def test_sections_of_seed_002_ignore_the_statistics_table_rows() -> None:
    text = "\n".join(line.strip() for line in seed("002").splitlines() if line.strip())
    tops = [(s.number, s.title) for s in find_sections(text) if not s.number.startswith("(")]
    # the table's own 一、主动公开情况 … restart the numbering: a list of rows, up to its 九、 row (which would
    # continue 八、), and none of them a section
    assert [n for n, _ in tops] == ["一", "二", "三", "四", "五", "六", "七", "八"]
    assert tops[7] == ("八", "附表")


def test_seed_001_splits_into_the_five_pasted_reports() -> None:
    segments = segment_reports(seed("001"))
    assert len(segments) == 5
    assert [first_year(s) for s in segments] == [2009, 2008, 2016, 2019, 2009]
    assert segments[0].startswith("一、概述") and "锦州市级机关" in segments[0]
    assert segments[1].startswith("建设局2008年度政府信息公开工作报告")
    assert segments[2].startswith("二、主动公开工作情况\n2016年")  # the heading moves with its paragraph
    assert segments[4].startswith("一、政府信息公开概况\n2009年")
    joined = "\n".join(segments)
    for noise in ("选择特殊符号", "请输入搜索", "推荐下", "滨河路漫水桥", "首先要明确"):
        assert noise not in joined


def test_single_reports_stay_whole() -> None:
    for n in ("000", "002", "003"):
        segments = segment_reports(seed(n))
        assert len(segments) == 1
        assert len(segments[0]) > 0.9 * len("".join(seed(n).split()))


def test_first_year_skips_ranges() -> None:
    assert first_year("《2015-2020年规划》于2016年印发") == 2016
    assert first_year("没有年份") is None


def test_part_style_headings() -> None:
    body = "第一部分 总体情况\n正文\n第二部分、主动公开政府信息情况\n一是加强领导。\n三、收到和处理政府信息公开申请情况"
    assert [(s.number, s.title) for s in find_sections(body)] == [
        ("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况")]


def test_a_table_of_contents_ends_where_the_numbering_restarts() -> None:
    body = ("目录\n一、概述\n二、主动公开政府信息情况\n三、依申请公开政府信息情况\n"
            "一、概述\n2013年，推进公开。\n二、主动公开政府信息情况\n公开4120条。\n三、依申请公开政府信息情况\n受理37件。")
    sections = find_sections(body)
    assert [(s.number, s.title) for s in sections] == [
        ("一", "概述"), ("二", "主动公开政府信息情况"), ("三", "依申请公开政府信息情况")]
    assert sections[0].start == body.index("一、概述\n2013")


def test_a_repeated_number_with_a_section_title_is_kept_and_replaces_a_table_row() -> None:
    repeated = "一、概述\n正文。\n二、主动公开政府信息情况\n正文。\n二、依申请公开政府信息情况\n正文。\n二、加强领导\n正文。"
    assert [(s.number, s.title) for s in find_sections(repeated)] == [
        ("一", "概述"), ("二", "主动公开政府信息情况"), ("二", "依申请公开政府信息情况")]
    # a row of the 2021 table printed without its values took the number of the section after it
    row = ("三、收到和处理政府信息公开申请情况\n（七）总计 | 2\n四、结转下年度继续办理\n（一）行政复议\n"
           "四、政府信息公开行政复议、行政诉讼情况\n（表略）\n五、存在的主要问题及改进情况")
    assert [(s.number, s.title) for s in find_sections("一、总体情况\n二、主动公开政府信息情况\n" + row)][2:] == [
        ("三", "收到和处理政府信息公开申请情况"), ("四", "政府信息公开行政复议、行政诉讼情况"),
        ("五", "存在的主要问题及改进情况")]


def test_a_list_that_restarts_at_one_holds_no_sections() -> None:
    # the 2014 statistics table printed as lines after the report: rows with values carry " | "
    table = ("四、存在的主要问题及改进措施\n正文。\n附件：统计表\n一、主动公开情况\n（一）主动公开政府信息数 | 条 | 215\n"
             "二、回应解读情况\n三、依申请公开情况 | 件 | 2\n四、行政复议数量 | 件 | 0\n五、行政诉讼数量\n（一）维持数")
    body = "一、概述\n正文。\n二、主动公开政府信息情况\n正文。\n三、依申请公开政府信息情况\n正文。\n" + table
    assert [s.number for s in find_sections(body)] == ["一", "二", "三", "四"]
    # a list numbered 一、二、 inside a section does not hide the next section
    nested = "四、存在的主要问题及改进措施\n一、宣传不够。\n二、培训偏少。\n五、其他需要报告的事项\n无。"
    assert [s.number for s in find_sections(body.split("四、")[0] + nested)] == ["一", "二", "三", "四", "五"]


def test_headings_run_on_after_a_sentence_and_a_space_in_one_paragraph() -> None:
    body = ("现将报告如下。 一、主动公开政府信息情况 全年公开188条。 二、申请公开政府信息办理情况 未收到申请；"
            "三、四季度加强培训。 三、存在的主要问题 培训较少。")
    sections = find_sections(body)
    assert [(s.number, s.title) for s in sections] == [
        ("一", "主动公开政府信息情况"), ("二", "申请公开政府信息办理情况"), ("三", "存在的主要问题")]
    assert [body[s.start:s.start + 2] for s in sections] == ["一、", "二、", "三、"]
