import json

from pipelines.listing import parse_json_listing, parse_listing

BASE = "http://www.example.gov.cn/xxgk/xxgknb/index.html"


def test_plain_links_with_context_title_attribute_and_next_page():
    html = """<html><head><title>政府信息公开年报</title></head><body><ul>
      <li><a href="./202201/t20220121_1.html" title="某市人民政府2021年政府信息公开工作年度报告">某市人民政府2021年政府信息...</a>
          <span>2022-01-21</span></li>
      <li><a href="javascript:void(0)">打印</a></li>
    </ul><div class="page"><a href="list_2.html">下一页</a><a href="list_9.html">尾页</a></div></body></html>"""
    listing = parse_listing(html, BASE)
    assert listing.page_title == "政府信息公开年报"
    assert listing.links == [("http://www.example.gov.cn/xxgk/xxgknb/202201/t20220121_1.html",
                              "某市人民政府2021年政府信息公开工作年度报告",
                              "某市人民政府2021年政府信息... 2022-01-21")]
    assert listing.next_pages == ["http://www.example.gov.cn/xxgk/xxgknb/list_2.html",
                                  "http://www.example.gov.cn/xxgk/xxgknb/list_9.html"]
    assert not listing.needs_browser


def test_trs_create_page_html_and_count_page():
    html = '<div><script>createPageHTML(4, 0, "index", "html");</script></div>'
    assert parse_listing(html, BASE).next_pages == [
        "http://www.example.gov.cn/xxgk/xxgknb/index.html", "http://www.example.gov.cn/xxgk/xxgknb/index_1.html",
        "http://www.example.gov.cn/xxgk/xxgknb/index_2.html", "http://www.example.gov.cn/xxgk/xxgknb/index_3.html"]
    html = "<script>var countPage = 2;var currentPage = 1; createPageHTML(countPage, currentPage, 'index', 'shtml');</script>"
    assert parse_listing(html, BASE).next_pages[-1] == "http://www.example.gov.cn/xxgk/xxgknb/index_1.shtml"
    newer = "<script>createPageHTML('page_div', 3, 1, 'index', 'html', 20);</script>"
    assert len(parse_listing(newer, BASE).next_pages) == 3


def test_hanweb_datastore_records_and_dataproxy():
    html = """<div id="4567"><script type="text/xml"><datastore>
      <nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=25&path=/&columnid=4567&unitid=8899&webname=某市&permissiontype=0"></a>]]></nextgroup>
      <recordset><record><![CDATA[<li><a href='/art/2022/1/5/art_4567_1.html' title='某区2021年政府信息公开工作年度报告'>某区2021年…</a><span>2022-01-05</span></li>]]></record>
      <record><![CDATA[<li><a href='/art/2021/1/5/art_4567_2.html'>某区2020年政府信息公开工作年度报告</a></li>]]></record></recordset>
    </datastore></script></div>"""
    listing = parse_listing(html, "http://www.example.gov.cn/col/col4567/index.html")
    assert [(u, t) for u, t, _ in listing.links] == [
        ("http://www.example.gov.cn/art/2022/1/5/art_4567_1.html", "某区2021年政府信息公开工作年度报告"),
        ("http://www.example.gov.cn/art/2021/1/5/art_4567_2.html", "某区2020年政府信息公开工作年度报告")]
    assert "2022-01-05" in listing.links[0][2]
    (url, method, form), = listing.dataproxy
    assert url == "http://www.example.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=5000&perpage=5000"
    assert method == "POST"
    assert form == {"appid": "1", "webid": "25", "path": "/", "columnid": "4567", "unitid": "8899", "webname": "某市",
                    "permissiontype": "0", "col": "1"}


def test_dataproxy_xml_response():
    xml = ('<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>2</totalrecord><recordset>'
           "<record><![CDATA[<li><a href='/art/2019/2/1/art_4567_3.html'>某区2018年政府信息公开工作年度报告</a></li>]]></record>"
           "</recordset></datastore>")
    listing = parse_listing(xml, "http://www.example.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=1")
    assert [u for u, _, _ in listing.links] == ["http://www.example.gov.cn/art/2019/2/1/art_4567_3.html"]


def test_hanweb_annual_report_jsp_enumerates_years():
    html = '<a href="/module/xxgk/xxgkAnnualReport.jsp?area=11370684004265946U&fbtime=2023">年报</a>'
    pages = parse_listing(html, "http://www.penglai.gov.cn/col/col1/index.html", last_year=2023).next_pages
    assert len(pages) == 16
    assert pages[0] == ("http://www.penglai.gov.cn/module/xxgk/xxgkAnnualReport.jsp"
                        "?area=11370684004265946U&fbtime=2008")
    assert pages[-1].endswith("fbtime=2023")


def test_javascript_list_needs_the_browser_and_names_its_api():
    html = """<ul id="list"></ul><script>
      fetch('/api/nb/list.json?col=12').then(r => r.json()).then(d => render(d));</script>"""
    listing = parse_listing(html, BASE)
    assert listing.needs_browser
    assert listing.json_apis == ["http://www.example.gov.cn/api/nb/list.json?col=12"]


def test_gkmlpt_api_from_sid_and_catalogue():
    html = "<script>window._CONFIG = {SID: '755001', LEVEL: 3}; $.ajax({url: base + 'x'});</script>"
    listing = parse_listing(html, "http://www.example.gov.cn/gkmlpt/index#2911")
    assert "http://www.example.gov.cn/gkmlpt/api/all/2911?page=1&sid=755001" in listing.json_apis


def test_iframes_and_base_href():
    html = ('<html><head><base href="http://www.example.gov.cn/sub/"></head><body>'
            '<iframe src="list.html"></iframe><a href="a.html">某局2020年政府信息公开工作年度报告</a></body></html>')
    listing = parse_listing(html, BASE)
    assert listing.iframes == ["http://www.example.gov.cn/sub/list.html"]
    assert listing.links[0][0] == "http://www.example.gov.cn/sub/a.html"


def test_json_listing_any_shape():
    data = {"code": 0, "data": {"total": 2, "list": [
        {"title": "某委2023年政府信息公开工作年度报告", "url": "/content/post_1.html", "publishDate": "2024-01-02"},
        {"docTitle": "x", "LinkUrl": "post_2.html", "name": "某委2022年政府信息公开工作年度报告"}]}}
    links = parse_json_listing(json.dumps(data, ensure_ascii=False), "http://www.example.gov.cn/gkmlpt/api/all/1")
    assert [(u, t) for u, t, _ in links] == [
        ("http://www.example.gov.cn/content/post_1.html", "某委2023年政府信息公开工作年度报告"),
        ("http://www.example.gov.cn/gkmlpt/api/all/post_2.html", "某委2022年政府信息公开工作年度报告")]
    assert "2024-01-02" in links[0][2]
    assert parse_json_listing("not json", "http://a/") == []


def test_context_of_div_rows_stays_within_the_row():
    html = ("<div class='list'><div class='item'><a href='a.html'>某局2020年政府信息公开工作年度报告</a><span>2021-01-02</span>"
            "</div><div class='item'><a href='b.html'>查看</a><span>2021-01-03</span></div></div>")
    links = parse_listing(html, "http://a/nb/").links
    assert [c for _, _, c in links] == ["某局2020年政府信息公开工作年度报告2021-01-02", "查看2021-01-03"]


def test_dataproxy_follow_up_ranges():
    from pipelines.listing import dataproxy_as_get, next_dataproxy_url

    url = "http://a/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=5000&perpage=5000"
    following = next_dataproxy_url(url, 15, 45)
    assert "startrecord=16" in following and "page=2" in following
    assert next_dataproxy_url(following, 15, 45).count("startrecord=31") == 1
    assert next_dataproxy_url(url, 45, 45) is None and next_dataproxy_url(url, 0, 45) is None
    assert dataproxy_as_get(url, {"columnid": "88"}).endswith("perpage=5000&columnid=88")


def test_json_api_pages():
    from pipelines.listing import json_next_pages

    body = json.dumps({"data": {"total": 7, "pageSize": 3, "list": [{"title": "t", "url": "/a"}] * 3}})
    assert json_next_pages(body, "http://a/api/list.json?col=3") == [
        "http://a/api/list.json?col=3&page=2", "http://a/api/list.json?col=3&page=3"]
    assert json_next_pages(json.dumps({"totalPage": 3}), "http://a/api/all/77?page=2&sid=x") == [
        "http://a/api/all/77?page=1&sid=x", "http://a/api/all/77?page=3&sid=x"]
    assert json_next_pages(json.dumps({"total": 2, "list": [1, 2]}), "http://a/x.json") == []
