"""Black-box probe: AGENCY, AGENCY_TYPE and REGION_CODE of reports from real titles and metadata blocks.

Every title below is the title of a real published report (titles are facts about documents; they are used as they
are). The page chrome, metadata blocks and the short report bodies are written for this test, in the shapes real
portals use (TRS/Hanweb/XxgkAnnualReport detail pages: breadcrumb, 索引号/发布机构/发布日期 blocks, footers with
主办 and 网站标识码). Expectations follow spec 3.2 (agency typing: gov_region, gov_self, gov_office, department,
township, zone, other) and docs/schema.md (agency "from the title or the page's 发布机构"; region_code "GB/T 2260 code,
from 网站标识码, 索引号, credit codes or division names on the page"). region_code is asserted only where the agency
names a division that /work/shared/data/division_codes.csv resolves uniquely (or where a 网站标识码 fixes it).
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

# ---------------------------------------------------------------------------------------------------------------
# page builders
# ---------------------------------------------------------------------------------------------------------------

_BODY_S = (
    "<p>本年度报告依据《中华人民共和国政府信息公开条例》和上级有关通知要求编制，所列数据的统计期限自{y}年1月1日起至"
    "{y}年12月31日止。</p>"
    "<p>一、总体情况</p>"
    "<p>{y}年，本机关按照“以公开为常态、不公开为例外”的要求推进政务公开，通过门户网站主动公开政府信息{n}条，"
    "更新机构职能、财政预决算等栏目。</p>"
    "<p>二、主动公开政府信息情况</p><p>本年度无新制发的行政规范性文件。</p>"
    "<p>三、收到和处理政府信息公开申请情况</p><p>全年共收到政府信息公开申请{k}件，均在法定期限内答复。</p>"
    "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>本年度未发生相关行政复议、行政诉讼。</p>"
    "<p>五、存在的主要问题及改进情况</p><p>信息发布的时效性仍需提高，下一步将加强培训。</p>"
)

_BODY_T = (
    "<p>本年度報告依據《中華人民共和國政府信息公開條例》編制，所列數據的統計期限自{y}年1月1日起至{y}年12月31日止。</p>"
    "<p>一、總體情況</p>"
    "<p>{y}年，本機關依法推進政務公開工作，通過門戶網站主動公開政府信息{n}條。</p>"
    "<p>二、主動公開政府信息情況</p><p>本年度無新制發的規範性文件。</p>"
    "<p>三、收到和處理政府信息公開申請情況</p><p>全年共收到政府信息公開申請{k}件，均已按期答復。</p>"
    "<p>四、存在的主要問題及改進情況</p><p>公開內容的深度仍需加強。</p>"
)

# consolidated report of a whole administrative area (全市/全县/全区 figures)
_BODY_REGION = (
    "<p>本年度报告综合本行政区域内各级行政机关的政府信息公开工作情况编制，所列数据的统计期限自{y}年1月1日起至"
    "{y}年12月31日止。</p>"
    "<p>一、总体情况</p>"
    "<p>{y}年，全{lv}各级行政机关共主动公开政府信息{n}条，全{lv}共收到政府信息公开申请{k}件。</p>"
    "<p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>"
    "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p>"
)


def _meta_html(meta: list[tuple[str, str]], style: str) -> str:
    if not meta:
        return ""
    if style == "table":
        cells = "".join(f"<td class='t'>{k}</td><td>{v}</td>" for k, v in meta)
        return f"<table class='xxgk_table'><tr>{cells}</tr></table>"
    if style == "list":
        items = "".join(f"<li><b>{k}：</b><span>{v}</span></li>" for k, v in meta)
        return f"<ul class='xxgk-info'>{items}</ul>"
    # inline line under the title, as many TRS article pages print it
    return "<div class='info'>" + "&nbsp;&nbsp;".join(f"{k}：{v}" for k, v in meta) + "</div>"


def build_page(
    title: str,
    year: int,
    *,
    meta: list[tuple[str, str]] | None = None,
    style: str = "table",
    footer: str = "",
    body: str = "s",
    level: str = "市",
    h1: str | None = None,
    lead: str = "",
    encoding: str = "utf-8",
) -> bytes:
    tpl = {"s": _BODY_S, "t": _BODY_T, "region": _BODY_REGION}[body]
    text = tpl.format(y=year, n=40 + year % 97, k=year % 7, lv=level)
    heading = title if h1 is None else h1
    crumbs = "首页 &gt; 政务公开 &gt; 政府信息公开 &gt; 政府信息公开年报"
    html = (
        f"<!DOCTYPE html><html><head><meta charset='{encoding}'><title>{title}</title></head><body>"
        "<div class='top'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a> <a href='/hdjl/'>互动交流</a>"
        " <a href='/zwfw/'>政务服务</a></div>"
        f"<div class='crumb'>您当前的位置：{crumbs}</div>"
        f"{_meta_html(meta or [], style)}"
        f"<div class='article'><h1 class='title'>{heading}</h1>"
        f"<div class='sub'>字号：[大 中 小] 打印 关闭</div>{lead}"
        f"<div class='TRS_Editor'>{text}</div></div>"
        f"<div class='footer'>{footer or '版权所有 未经许可不得复制'} <span>ICP备案号</span></div>"
        "</body></html>"
    )
    return html.encode(encoding)


def parse(url: str, title: str, year: int, **kw) -> object:
    enc = kw.get("encoding", "utf-8")
    body = build_page(title, year, **kw)
    return parse_report([Fetched(url, body, {"content-type": f"text/html; charset={enc}"})])


# ---------------------------------------------------------------------------------------------------------------
# cases: (url, title, year, page kwargs, expected agency, expected agency_type, expected region_code)
#   expected agency: str = exact; tuple = any of these; None = not asserted
#   expected type: str, tuple = any of these, None = not asserted; region: str or None = not asserted (the spec or the division data do not decide it)
# ---------------------------------------------------------------------------------------------------------------

P = pytest.param

GOV_SELF = [
    P("https://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634538", "泰州市人民政府2017年政府信息公开工作年度报告", 2017,
      {}, "泰州市人民政府", "gov_self", "321200", id="self-taizhou-city"),
    P("http://www.shangluo.gov.cn/info/1677/56001.htm", "山阳县人民政府2020年政府信息公开工作年度报告", 2020,
      {"meta": [("索 引 号", "01606072-9-30/2021-0223004"), ("发布机构", "市政府办"), ("发布日期", "2021-02-20")],
       "footer": "主办：商洛市人民政府办公室 网站标识码：6110000001"},
      "山阳县人民政府", "gov_self", "611024", id="self-county-on-city-portal-publisher-is-city-office"),
    P("http://www.816969.cn/col14875/col14972/col14973/202102/t20210219_518175.html",
      "眉縣人民政府2020年政府信息公開工作年度報告", 2020, {"body": "t"},
      ("眉縣人民政府", "眉县人民政府"), "gov_self", "610326", id="self-traditional-meixian"),
    P("http://www.zhuoni.gov.cn/info/2224/21140.htm", "卓尼县人民政府2020年度政府信息公开工作年度报告", 2020,
      {"meta": [("发布", "卓尼县人民政府办公室"), ("点击数", "")], "style": "inline"},
      "卓尼县人民政府", "gov_self", "623022", id="self-publisher-line-is-office"),
    P("http://www.tsqs.gov.cn/info/1082/16404.htm", "清水县人民政府2019年 政府信息公开工作年度报告", 2019,
      {}, "清水县人民政府", "gov_self", "620521", id="self-space-inside-title"),
    P("https://newton.com.tw/wiki/無極縣人民政府2019年政府信息公開工作年度報告",
      "無極縣人民政府2019年政府信息公開工作年度報告", 2019, {"body": "t"},
      ("無極縣人民政府", "无极县人民政府"), "gov_self", "130130", id="self-traditional-wuji"),
    P("https://hnsn.gov.cn/hnsn/xxgknb/202003/a4bb87543c1e4b338043a3a361386fd9.shtml",
      "绥宁县人民政府2019年政府信息公开工作年度报告", 2019, {}, "绥宁县人民政府", "gov_self", "430527",
      id="self-suining-county"),
    P("http://www.heqing.gov.cn/dlzhqx/c106573/202002/2d35310e025b47d1bdd681045d422f73.shtml",
      "鹤庆县人民政府关于2019年度政府信息公开工作年度报告", 2019,
      {"meta": [("索引号", "15253908T/2020-01119"), ("发布机构", "")], "style": "list"},
      "鹤庆县人民政府", "gov_self", "532932", id="self-guanyu-in-title"),
    P("http://www.erdao.gov.cn/xxgk/ndbg/201802/t20180210_1.html", "二道区人民政府2017年度政府信息公开工作报告", 2017,
      {}, "二道区人民政府", "gov_self", "220105", id="self-no-niandu-before-baogao"),
    P("https://www.ahsz.gov.cn/zwgk/xxgknb/2020/t1.html",
      "宿州市人民政府2019年政府信息公开工作年度报告（图片版）", 2019, {},
      "宿州市人民政府", "gov_self", "341300", id="self-edition-picture"),
    P("https://www.shhuangpu.gov.cn/zw/009002/009002017/20230120/t1.html",
      "上海市黄浦区人民政府2022年政府信息公开工作年度报告（超链版）", 2022, {},
      "上海市黄浦区人民政府", "gov_self", "310101", id="self-edition-hyperlink-district"),
    P("http://henan.kjzch.com/zhengzhou/2022-01-30/812242.html", "中原区人民政府2021年政府信息公开工作年度报告", 2021,
      {"meta": [("索引号", "747445809/2022-00041"), ("发布机构", "中原区人民政府"), ("发布日期", "2022-01-30")],
       "style": "list"},
      "中原区人民政府", "gov_self", "410102", id="self-zhongyuan-district-meta"),
    P("http://cqck.gov.cn/zwgk_270/zfxxgknb/xzfbm/zfbgs/202102/t20210203_8862455_wap.html",
      "城口县人民政府机关2020年政府信息公开工作年度报告", 2020, {},
      ("城口县人民政府机关", "城口县人民政府"), ("gov_self", "gov_office"), "500229", id="self-government-organ"),
    P("http://www.guangzhouline.com/zx/xinxi/82770.html", "广东省人民政府2020年政府信息公开工作年度报告", 2020, {},
      "广东省人民政府", None, "440000", id="self-province-gd"),
]

GOV_REGION = [
    P("http://www.baokang.gov.cn/xxgk/xxgknb/nbzl/bkxzf/202110/t20211028_2614728.shtml",
      "保康县2020年度政府信息公开工作年度报告", 2020, {"body": "region", "level": "县"},
      "保康县", "gov_region", "420626", id="region-bare-county-name"),
    P("https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de6be66.html",
      "2022年上海市政府信息公开工作年度报告", 2022, {"body": "region", "level": "市"},
      "上海市", "gov_region", "310000", id="region-year-first-shanghai"),
    P("https://www.shanghai.gov.cn/nw2/nw2314/nw2319/nw12344/u26aw20000.html",
      "2009上海市政府信息公开工作年度报告", 2009, {"body": "region", "level": "市"},
      "上海市", "gov_region", "310000", id="region-year-first-no-nian"),
    P("http://www.sifangtai.gov.cn/xxgk/nb/201801/t1.html", "2017年四方台区政府信息公开工作年度报告", 2017,
      {"body": "region", "level": "区"}, "四方台区", "gov_region", "230505", id="region-year-first-district"),
    P("http://www.fuyang.gov.cn/art/2019/1/30/art_1229_1.html", "2018年富陽區信息公開工作年度報告", 2018,
      {"body": "t"}, ("富陽區", "富阳区"), "gov_region", "330111", id="region-traditional-no-zhengfu-fuyang"),
    P("https://newton.com.tw/wiki/東台市2013年度政府信息公開工作年度報告/16827209",
      "東台市2013年度政府信息公開工作年度報告", 2013, {"body": "t"},
      ("東台市", "东台市"), "gov_region", "320981", id="region-traditional-dongtai"),
]

GOV_OFFICE = [
    P("https://suqian.gov.cn/cnsq/gknb/201503/0f235d56ca894d5d9a95a53676d05733.shtml",
      "宿迁市政府办公室2014年政府信息公开年度报告", 2014, {}, "宿迁市政府办公室", "gov_office", "321300",
      id="office-city-zhengfu-bangongshi"),
    P("http://www.linyou.gov.cn/art/2020/1/30/art_15476_1313821.html",
      "麟游县人民政府办公室2019年政府信息公开工作年度报告", 2019,
      {"footer": "主办：麟游县人民政府 网站标识码：6103290001"},
      "麟游县人民政府办公室", "gov_office", "610329", id="office-county"),
    P("https://www.gy.gov.cn/XxgkAnnualReport/show/4061.html",
      "涡阳县人民政府办公室2019年政府信息公开工作报告（文字版）", 2019,
      {"meta": [("发布时间", "2020-01-16 00:00"), ("来源", "涡阳县政府(办公室)")], "style": "inline"},
      "涡阳县人民政府办公室", "gov_office", "341621", id="office-edition-text-version"),
    P("http://www.jingzhouqu.gov.cn/xxgk/xxgkml/bmzfxxgknb/202202/t20220218_698433.shtml",
      "荆州市荆州区人民政府办公室2021年政府信息公开工作年度报告", 2021, {},
      "荆州市荆州区人民政府办公室", "gov_office", "421003", id="office-district-full-name"),
    P("http://www.hunan.gov.cn/hnszf/xxgk/zfxxgknb/szbm_97944/202101/t20210129_14303368.html",
      "湖南省人民政府办公厅2020年政府信息公开工作年度报告", 2020, {},
      "湖南省人民政府办公厅", "gov_office", "430000", id="office-province-bangongting"),
    P("http://www.jiangxi.gov.cn/art/2021/1/29/art_5813_3122135.html",
      "江西省人民政府办公厅2020年政府信息公开工作年度报告", 2020, {},
      "江西省人民政府办公厅", "gov_office", "360000", id="office-province-jiangxi"),
    P("http://ljxq.cq.gov.cn/zwgk_199/zfxxgknb/bm/bgs/202501/t20250124_14211389.html",
      "重庆两江新区管理委员会办公室2024年政府信息公开工作年度报告", 2024, {},
      "重庆两江新区管理委员会办公室", None, None, id="office-of-zone-committee-agency-only"),
]

DEPARTMENT = [
    P("http://www.zjtz.gov.cn/art/2025/1/16/art_1229199489_97496.html", "台州市气象局2024年度政府信息公开工作年度报告", 2024,
      {"meta": [("索引号", "472581384/2025-00268"), ("公开方式", "主动公开"), ("发布机构", "市气象局"),
                ("成文日期", "2025-01-16")]},
      "台州市气象局", "department", "331000", id="dept-vertical-meteo-city"),
    P("http://sc.cma.gov.cn/xxgk/gknb/201906/t20190627_746102.html", "2012年四川省气象局政府信息公开工作年度报告", 2012,
      {}, "四川省气象局", "department", "510000", id="dept-vertical-meteo-province-year-first"),
    P("http://ha.cma.gov.cn/zfxxgk/gknb/2019nyq/202011/t20201119_2387809.html", "2016年河南省气象局政府信息公开年度报告",
      2016, {"meta": [("发布时间", "2017-03-30 18:30")], "style": "inline"},
      "河南省气象局", "department", "410000", id="dept-vertical-meteo-henan"),
    P("http://bj.cma.gov.cn/zfxxgk/gknb/2021n/bj_92516/202201/t20220121_4444374.html",
      "北京市气象局2021年政府信息公开工作年度报告", 2021, {}, "北京市气象局", "department", "110000",
      id="dept-vertical-meteo-beijing"),
    P("http://weather.sz.gov.cn/xxgk/gknb/201803/t20180330_1.html", "深圳市氣象局2017年政府信息公開年度報告", 2017,
      {"body": "t"}, ("深圳市氣象局", "深圳市气象局"), "department", "440300", id="dept-meteo-traditional-shenzhen"),
    P("http://xizang.gov.cn/zwgk/xxgk_424/xxgknb/2017nb/201902/t20190223_64848.html",
      "西藏自治区气象局关于2017年度政府信息公开工作情况的报告", 2017,
      {"meta": [("索引号", "000014349/2018-00007"), ("发布机构", "西藏自治区气象局办公室"),
                ("发布日期", "2018-02-02 17:25:00")]},
      "西藏自治区气象局", "department", "540000", id="dept-meteo-guanyu-qingkuang-publisher-office"),
    P("http://m.996630.com/XxgkAnnualReport/show/2211.html", "市氣象局2017年政府信息公開工作報告", 2017,
      {"body": "t", "meta": [("發布時間", "2017-12-12 00:00"), ("來源", "市氣象局")], "style": "inline"},
      ("市氣象局", "市气象局", "宣城市气象局", "宣城市氣象局"), "department", None, id="dept-abbrev-shi-meteo-traditional"),
    P("https://m.zjtcn.com/baike/gjswzj2010nzfxxgkndbg6507103", "国家税务总局2010年政府信息公开年度报告", 2010, {},
      "国家税务总局", "department", None, id="dept-vertical-tax-national"),
    P("https://www.chinatax.gov.cn/n810214/n810641/n810702/c3367385/content.html",
      "2017年国家税务总局政府信息公开年度报告", 2017, {}, "国家税务总局", "department", None,
      id="dept-vertical-tax-year-first"),
    P("http://gkml.customs.gov.cn/tabid/1034/ctl/InfoDetail/InfoID/33646/mid/2290/Default.aspx",
      "海关总署2010年海关信息公开工作年度报告", 2010, {}, "海关总署", "department", None,
      id="dept-customs-haiguan-xinxi-gongkai"),
    P("http://www.customs.gov.cn/customs/302249/302274/302275/3519417/index.html",
      "海关总署（本级机关）2020年政府信息公开工作年度报告", 2020, {},
      ("海关总署（本级机关）", "海关总署(本级机关)", "海关总署"), "department", None, id="dept-customs-benji-jiguan"),
    P("https://www.mnr.gov.cn/gk/ndbg/202503/t20250331_1.html", "自然资源部2024年政府信息公开工作报告", 2024, {},
      "自然资源部", "department", None, id="dept-ministry-gongzuo-baogao"),
    P("http://xxgk.qh.spb.gov.cn/extranet/detail_nb.html?yc_id=101381", "青海省邮政管理局2017年政府信息公开年度报告", 2017,
      {}, "青海省邮政管理局", "department", "630000", id="dept-vertical-post-qinghai"),
    P("http://xxgk.hb.spb.gov.cn/extranet/detail_nb.html?yc_id=101407", "湖北省邮政管理局2017年政府信息公开工作年度报告",
      2017, {}, "湖北省邮政管理局", "department", "420000", id="dept-vertical-post-hubei-2017"),
    P("http://xxgk.hb.spb.gov.cn/extranet/detail_nb.html?yc_id=100030", "湖北省邮政管理局2010年政府信息公开工作年度报告",
      2010, {}, "湖北省邮政管理局", "department", "420000", id="dept-vertical-post-hubei-2010"),
    P("http://www.qz.gov.cn/art/2018/2/1/art_1229041146_238610.html", "衢州市邮政管理局2017年政府信息公开工作年度报告",
      2017,
      {"meta": [("索引号", "11100000002485080K/2018-105484"), ("成文日期", "2018-02-01"), ("公开方式", "主动公开"),
                ("发布机构", "市邮政管理局")]},
      "衢州市邮政管理局", "department", "330800", id="dept-vertical-post-national-credit-code"),
    P("http://122.137.242.24:8080/pub/slsxxgkw/gzbm/cyqrmzfbgs_7432/ndbg/201708/t20170809_257176.html",
      "舒兰市市场监督管理局2016年政务信息公开年度报告", 2016, {}, "舒兰市市场监督管理局", "department", "220283",
      id="dept-market-zhengwu-xinxi-ip-host"),
    P("https://bjxrth.com/xxgk/gzbm/jhsywyh_1/ndbg/202301/t20230109_1101565", "2022年政府信息公开工作年度报告", 2022,
      {"meta": [("索引号", "11220200013542119D/2023-00004"), ("发布机构", "吉林市卫生健康委员会"),
                ("发布日期", "2023-01-09")]},
      "吉林市卫生健康委员会", "department", "220200", id="dept-title-without-agency-from-publisher"),
    P("http://ht.sanya.gov.cn/htqwjwsite/xxgknb/202301/26acee1ce1fe471389e28cf7fe51ce29.shtml",
      "海棠区卫生健康委员会2022年政府信息公开工作年度报告", 2022,
      {"meta": [("标    题", "海棠区卫生健康委员会2022年政府信息公开工作年度报告"), ("索 引 号", "32406320-0/2023-00147"),
                ("发文机关", "海棠区卫生健康委员会"), ("成文日期", "2023-01-19")], "style": "list"},
      "海棠区卫生健康委员会", "department", "460202", id="dept-health-commission-district"),
    P("http://www.huli.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/wjj/zfxxgkndbg_3297/202301/t20230111_894429.htm",
      "湖里区卫生健康局2022年政府信息公开工作年度报告", 2022,
      {"meta": [("索 引 号", "XM02123-0101-2023-00001"), ("备注/文号", "厦湖卫健〔2023〕1号"), ("发布机构", "湖里区卫生健康局")],
       "style": "list"},
      "湖里区卫生健康局", "department", "350206", id="dept-health-bureau-xiamen-index"),
    P("http://fgw.sc.gov.cn/sfgw/zdxmm/2021/1/25/70900266ef8d486b9734f5317a3256c3.shtml",
      "四川省发展和改革委员会2020年政府信息公开工作年度报告", 2020, {},
      "四川省发展和改革委员会", "department", "510000", id="dept-province-commission"),
    P("http://jgsw.guizhou.gov.cn/zwgkx/zfxxgk_5787341/zfxxgknb_5787362/202101/t20210129_66619590.html",
      "贵州省机关事务管理局2020年政府信息公开工作年度报告", 2020, {},
      "贵州省机关事务管理局", "department", "520000", id="dept-province-affairs-bureau"),
    P("http://www.cqkz.gov.cn/kz/fzhggwyh_80867/zwgk_72016/zfxxgknb_72026/202201/t20220118_10312940.html",
      "重庆市开州区公安局2021年政府信息公开工作年度报告", 2021, {}, "重庆市开州区公安局", "department", "500154",
      id="dept-police-district"),
    P("https://www.ruian.gov.cn/art/2022/1/24/art_1229615310_60460.html", "瑞安市公安局2021年政府信息公開工作年度報告",
      2021, {"body": "t"}, ("瑞安市公安局",), "department", "330381", id="dept-police-mixed-script-title"),
    P("http://www.cqyz.gov.cn/bm_229/qgafj/zwgk_97157/zfxxgknb_97166/202201/t20220119_10315492.html",
      "重庆市公安局渝中区分局2021年政府信息公开工作年度报告", 2021, {},
      "重庆市公安局渝中区分局", "department", "500103", id="dept-police-branch-named-district-last"),
    P("http://www.lucheng.gov.cn/art/2022/1/24/art_1229617074_60390.html",
      "温州市公安局鹿城区分局2021年政府信息公开工作年度报告", 2021, {},
      "温州市公安局鹿城区分局", "department", "330302", id="dept-police-branch-lucheng"),
    P("http://www.longwan.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2020&area=001008003002013",
      "龙湾区综合行政执法局2020年政府信息公开工作年度报告", 2020,
      {"meta": [("发布时间", "2021-01-29")], "style": "inline"},
      "龙湾区综合行政执法局", "department", "330303", id="dept-enforcement-hanweb-annualreport"),
    P("https://lzq.gov.cn/gongkai/show/20220111110757709.html", "广元市利州区综合行政执法局2021年政府信息公开工作年度报告",
      2021, {}, "广元市利州区综合行政执法局", "department", "510802", id="dept-enforcement-lizhou"),
    P("http://www.lianhu.gov.cn/zwgk/zfxxgk/xxgknb/bmxxgknb/swj/202101/t1.html", "商务局2020年政府信息公开年度报告", 2020,
      {}, "商务局", "department", None, id="dept-region-omitted-shangwuju"),
    P("http://www.kaiping.gov.cn/kpsnyncj/gkmlpt/content/2/2271/post_2271001.html",
      "2020年開平市農業農村局政府信息公開工作年度報告", 2020, {"body": "t"},
      ("開平市農業農村局", "开平市农业农村局"), "department", "440783", id="dept-year-first-traditional-kaiping"),
    P("https://www.szpsq.gov.cn/zwgk/wgkzl/jggk/lsqkgk/content/post_9521478.html",
      "坪山区机关事务管理中心2021年政府信息公开工作年度报告", 2021, {},
      "坪山区机关事务管理中心", "department", "440310", id="dept-zhongxin-affairs-centre"),
    P("http://acheng.gov.cn/achengqu/c111276/202201/c01_253556.shtml", "阿城区机关后勤服务中心2021年政府信息公开工作年度报告",
      2021, {}, "阿城区机关后勤服务中心", None, "230112", id="centre-agency-and-region-only"),
]

TOWNSHIP = [
    P("http://www.xixianxinqu.gov.cn/xwzx/ztzl/zfxxgknb/2023/gzj/dzjd/1.html",
      "西咸新区底张街道办事处2023年度政府信息公开工作年度报告", 2023, {},
      "西咸新区底张街道办事处", "township", None, id="town-street-office-in-new-area"),
    P("http://www.xixianxinqu.gov.cn/xwzx/ztzl/zfxxgknb/2023/gzj/bdjd/1.html", "北杜街道办事处2023年政府信息公开工作年度报告",
      2023, {}, "北杜街道办事处", "township", None, id="town-street-office-bare"),
    P("http://www.xixianxinqu.gov.cn/xwzx/ztzl/zfxxgknb/2023/gzj/zyjd/1749603841671188482.html",
      "正阳街道办事处2023年政府信息公开工作年度报告", 2023,
      {"lead": "<p>正阳街道</p>"}, "正阳街道办事处", "township", None, id="town-street-office-zhengyang"),
    P("http://gsgz.gov.cn/gzzfxxgk/zfxxgknb/2023n/bmnb2023/202401/t20240126_1178155.html",
      "东街街道2023年度政府信息公开工作年度报告", 2023,
      {"meta": [("索引号", "620702074/2024-00047"), ("发文字号", "东街街道2023年度政府信息公开工作年度报告号"),
                ("发布机构", "政务服务管理局"), ("生成日期", "2024-01-26 15:35:23")]},
      "东街街道", "township", None, id="town-street-publisher-is-other-bureau"),
    P("https://www.hukou.gov.cn/dlx/zfxxgknb_171215/202101/t20210116_4743388.html",
      "湖口县大垅乡2020年政府信息公开工作年度报告", 2020,
      {"footer": "主办：湖口县人民政府办公室 网站标识码：3604290001"},
      "湖口县大垅乡", "township", "360429", id="town-xiang-county-prefix-footer-office"),
    P("https://www.qdncg.gov.cn/zwgk/zfxxgk/zfxxgknb/2021n/202202/t20220218_85109283.html",
      "龙田镇人民政府2021年政府信息公开工作年度报告", 2021, {"meta": [("发布时间", "2022-01-29 16:33")], "style": "inline"},
      "龙田镇人民政府", "township", None, id="town-zhen-renmin-zhengfu-not-gov-self"),
    P("https://www.pingli.gov.cn/Content-2361064.html", "平利县正阳镇2021年度政府信息公开工作年度报告", 2021,
      {"meta": [("信息来源", "正阳镇"), ("作者", "佚名"), ("发布时间", "2022-01-26 16:32")], "style": "inline"},
      "平利县正阳镇", "township", "610926", id="town-zhen-county-prefix"),
    P("http://wqx.gov.cn/zfxxgk/zfxxgknb/zj/2021n/1533676551588134914.html", "周湾镇2021年政府信息公开工作年度报告", 2021,
      {"footer": "主办：吴起县人民政府办公室 网站标识码：6106260001"},
      "周湾镇", "township", "610626", id="town-region-from-site-code"),
    P("http://www.wushan.gov.cn/info/8141/873481.htm", "榆盘镇2021年政府信息公开工作年度报告", 2021,
      {"footer": "武山县人民政府 版权所有 网站标识码：6205240001"},
      "榆盘镇", "township", "620524", id="town-yupan-site-code"),
    P("http://www.fuxian.gov.cn/zfxxgk/zfxxgknb/xz/2021/1571424084523327490.html", "张家湾镇2021年政府信息公开工作年度报告",
      2021, {"footer": "富县人民政府办公室主办 网站标识码：6106280001"},
      "张家湾镇", "township", "610628", id="town-zhangjiawan-site-code"),
    P("http://www.shuicheng.gov.cn/newsite/zwgk/zfxxgk_1/zfxxgknb/nb_2022n/202301/t20230112_77916480.html",
      "水城区杨梅乡2022年政府信息公开工作年度报告", 2022,
      {"meta": [("索引号", "000014349/2023-74857"), ("发布机构", ""), ("发文日期", "2023-01-12 20:04"),
                ("标题", "水城区杨梅乡2022年政府信息公开工作年度报告")]},
      "水城区杨梅乡", "township", "520204", id="town-xiang-district-prefix"),
    P("http://jw.taojiang.gov.cn/25074/25162/37354/39633/index.htm", "桃江县松木塘镇人民政府2022年政府信息公开工作年度报告",
      2022, {"h1": "2022年政府信息公开工作年度报告",
             "lead": "<p>桃江县松木塘镇人民政府</p><p>2022年政府信息公开工作年度报告</p>"},
      "桃江县松木塘镇人民政府", "township", "430922", id="town-zhen-government-split-heading"),
    P("http://xiangyin.gov.cn/31185/32018/32023/32058/56343/content_2051703.html",
      "杨林寨乡人民政府2022年政府信息公开工作年度报告", 2022,
      {"footer": "主办：湘阴县人民政府 网站标识码：4306240001"},
      "杨林寨乡人民政府", "township", "430624", id="town-xiang-government-site-code"),
    P("https://www.suiyang.gov.cn/zwgk/zfxxgk/zfxxgknb/2022n/202301/t20230131_87229140.html",
      "绥阳县小关乡人民政府2022年信息公开工作年度报告", 2022, {},
      "绥阳县小关乡人民政府", "township", "520323", id="town-xiang-no-zhengfu-before-xinxi"),
    P("https://www.ynyx.gov.cn/info/1025/61545.htm", "云县栗树乡人民政府2022年政府信息公开工作年度报告", 2022,
      {"meta": [("来源", "云县县政府"), ("时间", "2023-01-31")], "style": "inline"},
      "云县栗树乡人民政府", "township", "530922", id="town-source-is-county-government"),
    P("http://www.wuchang.gov.cn/xxgk/xzxxgk/myx/ndbg/202201/t1.html", "五常市民意乡2021年政府信息公开工作年度报告", 2021,
      {}, "五常市民意乡", "township", "230184", id="town-spec-minyi"),
    P("https://www.kdl.gov.cn/detail/cid/1704/aid/126486", "市府东路街道政府信息公开工作年度报告", 2025,
      {"footer": "主办：包头市昆都仑区人民政府 网站标识码：1502030001"},
      ("市府东路街道", "昆都仑区市府东路街道"), "township", "150203", id="town-street-title-without-year"),
]

ZONE = [
    P("https://www.wuchang.gov.cn/xxgk/bjswgwh/zfxxgknb/202601/t20260128_2719703.html", "政府信息公开工作年度报告", 2025,
      {"lead": "<p>武昌经开区管委会(滨江商务区管委会)</p><p>2026年1月8日</p>",
       "meta": [("发布机构", "武昌经开区管委会")], "style": "inline"},
      "武昌经开区管委会", "zone", None, id="zone-title-bare-publisher-committee"),
    P("http://www.huadu.gov.cn/xxgk/xxgkml/xxgknb/gbm/content/post_8774358.html",
      "广州市花都汽车城管理委员会2022年政府信息公开年度报告", 2022, {},
      "广州市花都汽车城管理委员会", "zone", None, id="zone-management-committee-auto-city"),
    P("http://newtown.nanjing.gov.cn/njshxxcqkfjsgwh/xxgkzl/zfxxgkndbg/201603/t20160328_2259358.html",
      "南京市河西新城区开发建设管委会2015年政府信息公开工作年度报告", 2015, {},
      "南京市河西新城区开发建设管委会", "zone", None, id="zone-new-town-committee"),
    P("http://www.yuhang.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=079301892&fbtime=2018",
      "超山风景名胜区管委会2018年度政府信息公开工作报告", 2018, {},
      "超山风景名胜区管委会", "zone", None, id="zone-scenic-area-committee"),
    P("http://www.dazu.gov.cn/qzfbm/htxckfq/zwgk_53321/zfxxgknb_53332/202201/t20220124_10333335.html",
      "重庆市大足区海棠新城开发区管理委员会2021年政府信息公开工作年度报告", 2021, {},
      "重庆市大足区海棠新城开发区管理委员会", "zone", None, id="zone-development-area-in-district"),
    P("https://www.wnwk.com/doc/2203419.html", "随县经济开发区2019年政府信息公开工作年度报告", 2019, {},
      "随县经济开发区", "zone", None, id="zone-county-economic-development-area"),
    P("https://www.wehdz.gov.cn/2022/zfxxgk/zfxxgknb/202601/t20260127_2719230.shtml",
      "武汉东湖新技术开发区2025年政府信息公开工作年度报告", 2025,
      {"meta": [("来源", "武汉东湖新技术开发区")], "style": "inline"},
      "武汉东湖新技术开发区", "zone", None, id="zone-national-high-tech-area"),
    P("https://www.qianjiang.gov.cn/bmjd/xzfgzbm/zygyyqgwh/zwgk_48887/zfxxgknb_48898/202601/t20260128_15361449.html",
      "重庆黔江高新技术产业开发区管理委员会2025年政府信息公开工作年度报告", 2025, {},
      "重庆黔江高新技术产业开发区管理委员会", "zone", None, id="zone-high-tech-committee"),
    P("https://gxq.hld.gov.cn/zwgk/zfxxgk/zfxxgknb/202501/t20250123_1198264.html",
      "葫芦岛高新技术产业开发区2024年政府信息公开工作年度报告", 2024,
      {"meta": [("来源", "高新区办公室"), ("发布时间", "2025-01-23")], "style": "inline"},
      "葫芦岛高新技术产业开发区", "zone", None, id="zone-source-is-zone-office"),
    P("http://www.chibi.gov.cn/xxgk/xxgknb/xzbm/2020nb/t1.html", "蒲纺工业园区2020年政府信息公开工作年度报告", 2020, {},
      "蒲纺工业园区", "zone", None, id="zone-industrial-park"),
    P("http://www.heyuan.gov.cn/gxq/xxgk/nb/2022/t1.html", "河源市高新区2021年政府信息公开工作年度报告", 2021, {},
      "河源市高新区", "zone", None, id="zone-gaoxinqu-abbrev"),
]

OTHER = [
    P("https://www.bzqc.gov.cn/XxgkAnnualReport/show/6496.html", "亳州市谯城区残疾人联合会2025年政府信息公开工作年度报告",
      2025, {}, "亳州市谯城区残疾人联合会", "other", "341602", id="other-disabled-federation-district"),
    P("http://www.lianhu.gov.cn/zwgk/zfxxgk/xxgknb/bmxxgknb/cl/202101/t1.html", "莲湖区残疾人联合会2020年政府信息公开工作年度报告",
      2020, {}, "莲湖区残疾人联合会", "other", "610104", id="other-disabled-federation-lianhu"),
    P("http://zwgk.changchun.gov.cn/zcbm/scl_4030/ndbg/202501/t20250102_3372196.html",
      "2024年市残联政府信息公开工作年度报告", 2024, {"meta": [("发布日期", "2025-01-02")], "style": "inline"},
      ("市残联", "长春市残联", "长春市残疾人联合会"), "other", None, id="other-abbrev-shi-canlian-year-first"),
    P("http://zwgk.changchun.gov.cn/gzl/zcbm/cl/ndbg/202601/t20260106_3458405.html", "市残联政府信息公开工作年度报告", 2025,
      {}, ("市残联", "公主岭市残联", "公主岭市残疾人联合会"), "other", None, id="other-abbrev-canlian-no-year"),
    P("http://lycoop.linyi.cn/info/1097/4716.htm", "临沂市供销合作社联合社2022年政府信息公开工作年度报告", 2022, {},
      "临沂市供销合作社联合社", "other", "371300", id="other-supply-marketing-coop"),
]

# Names that contain 人民政府 / 办公室 / 办事处 without being the government, its office or a township, and a few
# region codes that need the site (网站标识码) or the division data to resolve an ambiguous or abbreviated name.
_COVER_LETTER = (
    "<p>省政府办公厅：</p><p>按照省里关于做好年度报告编制发布工作的要求，我委对2020年政府信息公开工作进行了梳理，"
    "形成《2020年政府信息公开工作年度报告》，现随函报送。</p>"
    "<p>附件：《四川省发展和改革委员会2020年政府信息公开工作年度报告》</p>"
    "<p>四川省发展和改革委员会</p><p>2021年1月13日</p><p>附件</p>"
    "<p>四川省发展和改革委员会</p><p>2020年政府信息公开工作年度报告</p>"
)

TRAPS = [
    P("http://zfwb.cq.gov.cn/zwgk_162/zfxxgknb/202301/t20230130_11545071.html",
      "重庆市人民政府外事办公室2022年政府信息公开工作年度报告", 2022, {"meta": [("日期", "2023-01-30")], "style": "inline"},
      "重庆市人民政府外事办公室", "department", "500000", id="trap-foreign-affairs-office-is-department"),
    P("https://www.baotou.gov.cn/zfxxgk/zfxxgknb/nb_szfbm/srmzfwsb/202401/t20240119_664642.html",
      "包头市人民政府外事办公室2023年政府信息公开工作年度报告", 2023, {},
      "包头市人民政府外事办公室", "department", "150200", id="trap-foreign-affairs-office-baotou"),
    P("https://fzwb.fuzhou.gov.cn/zfxxgkzl/ndbg/202601/t20260115_5271530.htm",
      "福州市人民政府外事办公室2025年政府信息公开工作年度报告", 2025, {},
      "福州市人民政府外事办公室", "department", "350100", id="trap-foreign-affairs-office-fuzhou"),
    P("https://zdb.beijing.gov.cn/zfxxgk/zfxxgkzl/nb/202601/t20260119_4446283.html",
      "北京市重大项目建设指挥部办公室2025年政府信息公开工作年度报告", 2025, {},
      "北京市重大项目建设指挥部办公室", "department", "110000", id="trap-headquarters-office-is-department"),
    P("https://gzw.jiaxing.gov.cn/art/2013/3/29/art_1229141592_48814474.html", "嘉兴市国资委2012年政府信息公开工作年度报告",
      2012, {}, "嘉兴市国资委", "department", "330400", id="trap-sasac-abbrev-weiyuanhui-not-zone"),
    P("http://www.gov.cn/xinwen/2014-03/25/content_2645345.htm", "外交部2013年政府信息公开工作年度报告", 2013,
      {"meta": [("来源", "外交部网站")], "style": "inline"}, "外交部", "department", None, id="trap-ministry-national"),
    P("https://zhejiang.chinatax.gov.cn/jiaxing/art/2022/1/20/art_1.html", "国家税务总局嘉兴市税务局2021年政府信息公开工作年度报告",
      2021, {}, "国家税务总局嘉兴市税务局", "department", "330400", id="trap-tax-bureau-national-prefix"),
    P("http://www.njgl.gov.cn/glqrmzf/xxgkzl/zfxxgkndbg/202201/t20220121_3270365.html",
      "南京市鼓楼区人民政府华侨路街道办事处2021年政府信息公开年度报告", 2021, {},
      "南京市鼓楼区人民政府华侨路街道办事处", "township", "320106", id="trap-district-government-street-office"),
    P("https://www.nanjing.gov.cn/zzb/zfxxgk/zfxxgknb/gqzf_72697/glqrmzf_72701/202501/t20250115_5056892.html",
      "南京市鼓楼区人民政府下关街道办事处2024年度政府信息公开年度报告", 2024, {},
      "南京市鼓楼区人民政府下关街道办事处", "township", "320106", id="trap-district-government-street-office-2"),
    P("http://www.nj.gov.cn/xxgk/qzf/glq/xxgkzl_1779/zfxxgkndbg_1781/200903/t20090323_1160888.html",
      "2008年鼓楼区人民政府信息公开年报", 2008, {"lead": "<p>鼓楼区人民政府</p><p>2009年3月5日</p>"},
      "鼓楼区人民政府", "gov_self", None, id="trap-renmin-zhengfu-xinxi-gongkai-nianbao"),
    P("http://www.nj.gov.cn/xxgk/qzf/glq/xxgkzl_1779/zfxxgkndbg_1781/200903/t20090323_1160888.html",
      "2008年鼓楼区人民政府信息公开年报", 2008,
      {"footer": "主办：南京市人民政府办公厅 网站标识码：3201000001"},
      "鼓楼区人民政府", "gov_self", "320106", id="region-ambiguous-district-on-city-site"),
    P("http://www.tjhp.gov.cn/zw/zfxxgk/zfgbm/qfzggw/zfxxgknb/202012/t20201230_5252166.html",
      "和平区发展改革委2019年政府信息公开工作年度报告", 2019,
      {"footer": "主办：天津市和平区人民政府办公室 网站标识码：1201010001"},
      "和平区发展改革委", "department", "120101", id="region-ambiguous-district-site-code"),
    P("https://www.tl.gov.cn/openness/OpennessAnnualReport/show/489.html", "市城管执法局2020年政府信息公开工作年度报告", 2020,
      {"footer": "主办：铜陵市人民政府办公室 网站标识码：3407000001"},
      ("市城管执法局", "铜陵市城管执法局"), "department", "340700", id="region-abbrev-shi-bureau-site-code"),
    P("https://www.pouringspot.com/fgw/sfgw/zdxmm/2021/1/25/70900266ef8d486b9734f5317a3256c3.shtml",
      "四川省发展和改革委员会关于报送《2020年政府信息公开工作年度报告》的函（川发改函〔2021〕6号）", 2020,
      {"meta": [("发布日期", "2021-01-25"), ("信息来源", "办公室")], "style": "inline", "lead": _COVER_LETTER},
      "四川省发展和改革委员会", "department", "510000", id="trap-cover-letter-title-source-office"),
]

ALL = GOV_SELF + GOV_REGION + GOV_OFFICE + DEPARTMENT + TOWNSHIP + ZONE + OTHER + TRAPS


@pytest.mark.parametrize("url,title,year,kw,agency,agency_type,region", ALL)
def test_agency_type_region(url, title, year, kw, agency, agency_type, region):
    r = parse(url, title, year, **kw)
    got = (r.agency, r.agency_type, r.region_code)
    if agency is not None:
        ok = r.agency in agency if isinstance(agency, tuple) else r.agency == agency
        assert ok, f"agency: expected {agency!r}, got {got}"
    if agency_type is not None:
        ok = r.agency_type in agency_type if isinstance(agency_type, tuple) else r.agency_type == agency_type
        assert ok, f"agency_type: expected {agency_type!r}, got {got}"
    if region is not None:
        assert r.region_code == region, f"region_code: expected {region!r}, got {got}"


# ---------------------------------------------------------------------------------------------------------------
# a few focused cases: the same title in a GBK page, chrome that names other publishers, edition kept apart
# ---------------------------------------------------------------------------------------------------------------


def test_gbk_page_county_government():
    r = parse("http://www.hnsn.gov.cn/hnsn/xxgknb/202003/t2.shtml", "绥宁县人民政府2019年政府信息公开工作年度报告", 2019,
              encoding="gbk")
    assert (r.agency, r.agency_type, r.region_code) == ("绥宁县人民政府", "gov_self", "430527")


def test_footer_organiser_is_not_the_agency():
    # the footer names the county government office as site organiser; the report is the township's
    r = parse("https://www.hukou.gov.cn/dlx/zfxxgknb_171215/202101/t2.html", "湖口县大垅乡2020年政府信息公开工作年度报告",
              2020, footer="主办单位：湖口县人民政府办公室 承办：湖口县融媒体中心 网站标识码：3604290001")
    assert r.agency == "湖口县大垅乡"
    assert r.agency_type == "township"


def test_edition_not_part_of_agency():
    r = parse("https://www.gy.gov.cn/XxgkAnnualReport/show/4062.html",
              "涡阳县人民政府办公室2019年政府信息公开工作报告（文字版）", 2019)
    assert r.agency == "涡阳县人民政府办公室"
    assert r.edition == "文字版"
