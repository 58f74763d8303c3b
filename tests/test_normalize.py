from pipelines.normalize import (
    is_traditional,
    normalize_label,
    normalize_text,
    split_list_marker,
    to_simplified,
)


def test_traditional_to_simplified_with_overconversion_repairs():
    assert to_simplified("2018年富陽區信息公開工作年度報告") == "2018年富阳区信息公开工作年度报告"
    assert to_simplified("全麵推進 體製機製 係列") == "全面推进 体制机制 系列"


def test_script_detection():
    seed_like = "2018年,富陽區深入貫徹落實黨的十九大精神,緊緊圍繞全區經濟社會發展和人民群眾關注關切,堅持以公開為常態"
    assert is_traditional(seed_like)
    assert not is_traditional(to_simplified(seed_like))
    assert not is_traditional("短")


def test_label_normalisation_removes_spaces_quotes_and_fullwidth_forms():
    assert normalize_label("商 业 企 业") == "商业企业"
    assert normalize_label("3.危及“三安全一稳定”") == normalize_label('3.危及"三安全一稳定"') == "3.危及三安全一稳定"
    assert normalize_label("（一）予以公开") == "(一)予以公开"
    assert normalize_label("结果\u3000纠正\xa0") == "结果纠正"
    assert normalize_label("１２３") == "123"


def test_running_text_keeps_one_space():
    assert normalize_text("政府信息  公开\n工作") == "政府信息 公开 工作"


def test_list_markers_are_split_off():
    assert split_list_marker("一、本年新收政府信息公开申请数量") == ("一、", "本年新收政府信息公开申请数量")
    assert split_list_marker("（三）不予公开") == ("（三）", "不予公开")
    assert split_list_marker("(三) 不予公开") == ("(三)", "不予公开")
    assert split_list_marker("1.属于国家秘密") == ("1.", "属于国家秘密")
    assert split_list_marker("①重复申请") == ("①", "重复申请")
    assert split_list_marker("自然人") == ("", "自然人")
    # a decimal number is not a list marker
    assert split_list_marker("7.522") == ("", "7.522")
