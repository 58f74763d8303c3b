from pipelines.normalize import (
    is_traditional,
    nfkc,
    normalize_label,
    normalize_text,
    split_list_marker,
    to_simplified,
    without_printed_glosses,
)
from pipelines.whitespace import clean_line


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


def test_taiwan_vocabulary_back_to_mainland_words():
    # s2twp copies (newton.com.tw): 檔案 for 文件, 最佳化 for 优化, 入口網站 for 门户网站, 程式 for 程序
    assert to_simplified("進一步最佳化入口網站，完善發佈程式，清理規範性檔案和部門檔案") == \
        "进一步优化门户网站，完善发布程序，清理规范性文件和部门文件"
    assert normalize_label("規範性檔案") == "规范性文件"


def test_plain_traditional_copy_keeps_its_archives_and_words():
    # without a Taiwan-only word, 檔案 is the mainland 档案; 档案馆 stays one in any copy; no tw2sp rewrites
    assert to_simplified("在國家檔案館設置查閱點，建立工作檔案") == "在国家档案馆设置查阅点，建立工作档案"
    assert to_simplified("最佳化服務，移交檔案館") == "优化服务，移交档案馆"
    assert to_simplified("查詢政策文件的程序和指標") == "查询政策文件的程序和指标"
    assert to_simplified("档案局程式") == "档案局程式"  # simplified text is never rewritten


def test_invisible_characters_are_dropped_not_spaced():
    # 1&#8203;234条 and 12&shy;34条 print 1234条: the body and the matching copy read the number whole
    assert clean_line("主动公开政府信息1\u200b234条，\u3000申请2\xad6件") == "主动公开政府信息1234条， 申请26件"
    assert clean_line("\ufeff总体情况") == "总体情况"
    assert nfkc("１２\xad３４条\u200c") == "1234条"


def test_printed_pinyin_glosses_in_either_bracket_are_dropped_and_editions_stay():
    assert (without_printed_glosses("宣州區(qū)科技局2020年度報（bào）告（圖片版）(pdf)")
            == "宣州區科技局2020年度報告（圖片版）(pdf)")
