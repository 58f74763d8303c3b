import pytest

from pipelines.classify import LinkContext, classify_link, column_kind

ANNUAL = LinkContext("annual", "政府信息公开年报", "")
OTHER = LinkContext("other", "首页", "")


@pytest.mark.parametrize("url, text, kind", [
    ("http://a/xxgk/index.html", "政府信息公开", "disclosure"),
    ("http://a/zwgk/index.html", "政务公开", "disclosure"),
    ("http://a/xxgk/xxgknb/index.html", "政府信息公开年报", "annual"),
    ("http://a/col/col1234/index.html", "政府信息公开年度报告", "annual"),
    ("http://a/zwgk/zfxxgkndbg/", "年报", "annual"),
    ("http://a/xxgk/bmxxgknb/", "部门年报", "annual"),
    ("http://a/zfxxgk/gknb/", "公开年报", "annual"),
    ("http://a/xxgk/fzzf/index.html", "法治政府建设年度报告", "other"),
    ("http://a/xxgk/zn/index.html", "政府信息公开指南", "other"),
    ("http://a/news/index.html", "新闻动态", "other"),
])
def test_column_kind(url, text, kind):
    assert column_kind(url, text)[0] == kind


@pytest.mark.parametrize("text", [
    "泰州市人民政府2017年政府信息公开工作年度报告",
    "2018年富陽區信息公開工作年度報告",
    "二道区人民政府2017年度政府信息公开工作报告",
    "宿州市人民政府2019年政府信息公开工作年度报告（图片版）",
])
def test_report_titles_are_taken_anywhere(text):
    candidate = classify_link("http://a/art/2018/1/1/art_1_1.html", text, OTHER, via="http://a/")
    assert (candidate.kind, candidate.decision) == ("report", "take")
    assert candidate.year and candidate.via == "http://a/"


@pytest.mark.parametrize("text, reason", [
    ("蚌埠市2019年政务公开工作总结", "work summary"),
    ("某市2023年政务公开工作要点", "plan"),
    ("关于做好2021年政府信息公开工作年度报告编制发布工作的通知", "notice"),
    ("某市2022年法治政府建设年度报告", "法治政府"),
    ("某市2021年国民经济和社会发展统计公报", "statistics"),
    ("某市财政局2020年部门决算", "budget"),
    ("某市2022年政府网站工作年度报表", "website"),
    ("某大学2021年信息公开工作年度报告", "other rules"),
])
def test_lookalikes_are_skipped_with_a_reason(text, reason):
    candidate = classify_link("http://a/xxgknb/t1.html", text, ANNUAL)
    assert candidate.decision == "skip" and reason in candidate.reason


def test_column_context_decides_short_and_truncated_titles():
    bare = classify_link("http://a/xxgknb/202101/t20210120_1.html", "2020年度报告", ANNUAL)
    assert (bare.kind, bare.decision, bare.year) == ("report", "take", 2020)
    outside = classify_link("http://a/news/202101/t20210120_1.html", "2020年度报告", OTHER)
    assert outside.decision == "skip"
    truncated = classify_link("http://a/xxgknb/t2.html", "某区商务局2019年政府信息公开...", ANNUAL)
    assert truncated.decision == "take"
    generic = classify_link("http://a/xxgknb/t3.html", "查看", LinkContext("annual", "年报", "某局2021年政府信息公开工作年度报告 2022-01-02"))
    assert (generic.decision, generic.year) == ("take", 2021)


def test_sub_catalogues():
    year = classify_link("http://a/xxgknb/2020nb/", "2020年信息公开年报", ANNUAL)
    assert (year.kind, year.decision) == ("listing", "take")
    department = classify_link("http://a/xxgknb/jyj/index.html", "教育局", ANNUAL)
    assert (department.kind, department.decision) == ("listing", "take")
    township = classify_link("http://a/xxgknb/dcz/", "东城镇人民政府", ANNUAL)
    assert township.kind == "listing"
    not_department = classify_link("http://a/bm/jyj/index.html", "教育局", OTHER)
    assert not_department.decision == "skip"


def test_attachments_in_an_annual_column():
    pdf = classify_link("http://a/xxgknb/P020220101.pdf", "某市人民政府2021年政府信息公开工作年度报告.pdf", ANNUAL)
    assert (pdf.kind, pdf.decision) == ("attachment", "take")


def test_lookalike_words_inside_the_agency_name_do_not_count():
    audit = classify_link("http://a/bm/sj/t1.html", "某市审计局2019年政府信息公开工作年度报告", OTHER)
    assert (audit.kind, audit.decision) == ("report", "take")
    university = classify_link("http://a/t2.html", "某大学2021年信息公开工作年度报告", OTHER)
    assert university.decision == "skip"
    department = classify_link("http://a/bm/sj/index.html", "审计局", ANNUAL)
    assert (department.kind, department.decision) == ("listing", "take")


def test_url_slug_and_publication_date_as_context():
    slugged = classify_link("http://a/xxgk/xxgknb/202101/t20210120_1.html", "2020年度报告", OTHER)
    assert (slugged.kind, slugged.decision) == ("report", "take")
    undated = classify_link("http://a/nb/t1.html", "政府信息公开工作年度报告",
                            LinkContext("annual", "年报", "政府信息公开工作年度报告 2022-01-28"))
    assert (undated.decision, undated.year) == ("take", 2021)


def test_department_catalogues_in_a_disclosure_section():
    disclosure = LinkContext("disclosure", "部门信息公开", "")
    catalogue = classify_link("http://a/bmgk/czj/", "财政局", disclosure)
    assert (catalogue.kind, catalogue.decision) == ("column", "take")
    assert classify_link("http://a/bmgk/czj/", "财政局", OTHER).decision == "skip"


def test_foreign_attachments_on_a_report_page():
    from pipelines.classify import foreign_attachment_reason

    title = "某市人民政府2021年政府信息公开工作年度报告"
    assert foreign_attachment_reason("附件1.pdf", title) is None
    assert foreign_attachment_reason("某市人民政府2021年政府信息公开工作年度报告.pdf", title) is None
    assert "look-alike" in foreign_attachment_reason("某市政府信息公开指南.pdf", title)
    assert "another year" in foreign_attachment_reason("某市人民政府2020年政府信息公开工作年度报告.docx", title)
