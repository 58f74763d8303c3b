import pytest

from pipelines.numbers import chinese_to_int, parse_cell, parse_quantity, unit_of


@pytest.mark.parametrize(
    "raw, value, flag",
    [
        ("", 0, "blank"),
        ("  ", 0, "blank"),
        ("—", 0, "dash"),
        ("－", 0, "dash"),
        ("/", 0, "slash"),
        ("无", 0, "wu"),
        ("0", 0, None),
        ("1,234", 1234, None),
        ("1，234", 1234, None),
        ("１２", 12, None),
        ("7.522", 7.522, None),
        ("0.00", 0, None),
        ("+1036", 1036, None),
        ("-8", -8, None),
        ("二十六", 26, None),
        ("零", 0, None),
    ],
)
def test_cells(raw, value, flag):
    parsed = parse_cell(raw)
    assert parsed.value == value
    assert parsed.flag == flag


def test_text_cell_is_not_a_number():
    assert parse_cell("予以公开").value is None


def test_full_width_comma_is_a_separator_only_before_three_digits():
    assert parse_quantity("3，5件").value == 3


@pytest.mark.parametrize(
    "text, value, flag, unit",
    [
        ("1.5万余条", 15000, "approx", "条"),
        ("755多条", 755, "approx", "条"),
        ("二十六件", 26, None, "件"),
        ("26宗", 26, None, "宗"),
        ("约300人次", 300, "approx", "人次"),
        ("7.522万元", 7.522, None, "万元"),
        ("4578条", 4578, None, "条"),
    ],
)
def test_quantities(text, value, flag, unit):
    parsed = parse_quantity(text)
    assert (parsed.value, parsed.flag, parsed.unit) == (value, flag, unit)


def test_chinese_numerals():
    assert chinese_to_int("十二") == 12
    assert chinese_to_int("一百零五") == 105
    assert chinese_to_int("三千") == 3000
    assert chinese_to_int("二〇一八") == 2018
    assert chinese_to_int("abc") is None


def test_unit_from_label():
    assert unit_of("本年收费金额（单位：万元）") == "万元"
    assert unit_of("行政许可") is None


@pytest.mark.parametrize(("raw", "value"), [("−2", -2), ("–3", -3), ("‒4", -4), ("〇", 0), ("零", 0), ("○", 0)])
def test_typographic_minus_signs_and_chinese_zeros(raw, value):
    assert parse_cell(raw).value == value
    assert parse_cell("–").flag == "dash"  # a dash alone is still a blank cell


def test_digit_runs_longer_than_fifteen_are_no_number() -> None:
    # a float holds no longer integer exactly; such runs are codes or garbage, never a count (and never inf)
    assert parse_cell("7" * 100_000).value is None
    assert parse_cell("1234567890123456").value is None
    assert parse_cell("123456789012345").value == 123456789012345


@pytest.mark.parametrize(("raw", "value"), [("12①", 12), ("7⑵", 7), ("3⒈", 3), ("5❶", 5), ("12*", 12), ("12（注）", 12)])
def test_footnote_marks_after_a_value_are_no_digits(raw, value):
    # NFKC would make ① the digit 1 (12① → 121): a wrong count, not a missing one
    assert parse_cell(raw).value == value


def test_a_cell_of_zero_width_characters_is_blank() -> None:
    assert (parse_cell("\u200b").value, parse_cell("\u200b\ufeff").flag) == (0, "blank")
    assert parse_cell("1\u200b2").value == 12
    assert parse_cell("3\xad2\xad1").value == 321  # soft hyphens (&shy;) a browser does not show


@pytest.mark.parametrize(("raw", "value"), [("减少3", -3), ("减3", -3), ("下降12", -12), ("增加5", 5), ("减少0", 0)])
def test_a_change_in_words(raw, value):
    assert parse_cell(raw).value == value
