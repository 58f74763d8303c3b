from crawler.seeds import read_seeds


def write(tmp_path, text):
    path = tmp_path / "seeds.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_rows_and_start_urls(tmp_path):
    path = write(tmp_path, "\ufeffportal_id,name,region_code,level,homepage,start_urls\n"
                           "# comment lines are ignored\n"
                           "jingmen,荆门市,420800,city,http://www.jingmen.gov.cn/,"
                           "http://www.jingmen.gov.cn/col/col1/index.html http://xxgk.jingmen.gov.cn/nb/\n"
                           "zhanghe,漳河新区,,zone,https://zhx.jingmen.gov.cn/,\n")
    seeds, errors = read_seeds(path)
    assert errors == []
    assert [s.portal_id for s in seeds] == ["jingmen", "zhanghe"]
    assert seeds[0].start_urls == ("http://www.jingmen.gov.cn/col/col1/index.html", "http://xxgk.jingmen.gov.cn/nb/")
    assert seeds[0].as_row()["region_code"] == "420800" and seeds[1].as_row()["region_code"] is None


def test_bad_rows_are_named_and_the_rest_kept(tmp_path):
    path = write(tmp_path, "portal_id,name,region_code,level,homepage\n"
                           "ok,好,110000,province,http://www.beijing.gov.cn/\n"
                           "nohome,缺主页,110000,city,\n"
                           "badregion,错码,1100,city,http://a.gov.cn/\n"
                           "ftp,协议,,city,ftp://a.gov.cn/\n"
                           "ok,重复,,city,http://b.gov.cn/\n"
                           "extra,多列,,city,http://c.gov.cn/,x,y\n")
    seeds, errors = read_seeds(path)
    assert [s.portal_id for s in seeds] == ["ok"]
    assert len(errors) == 5
    assert "row 3 (nohome): missing homepage" in errors[0]
    assert "row 4 (badregion)" in errors[1] and "six digits" in errors[1]
    assert "row 5 (ftp)" in errors[2] and "not an http(s) URL" in errors[2]
    assert "row 6 (ok): duplicate portal_id" in errors[3]
    assert "row 7 (extra)" in errors[4]


def test_missing_header_column(tmp_path):
    seeds, errors = read_seeds(write(tmp_path, "id,homepage\nx,http://a/\n"))
    assert seeds == [] and "header lacks column(s) portal_id, name, region_code, level" in errors[0]
