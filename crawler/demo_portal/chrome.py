"""The page furniture every demo page is wrapped in, as on real government portals: inline CSS and JS, a header
with the site name and tools, a navigation bar with a mega-menu of about a hundred links, a sidebar, related links
and a footer with 网站标识码 and ICP numbers. It makes pages 25–60 KB, the size a repeat crawl must not copy again.

Discovery stays what the site's content makes it: the furniture links to javascript:, to '#', to other hosts (out of
scope) or to the two pages every page already links (首页, 政府信息公开). No year appears in it, so it cannot be taken
for a report's metadata.
"""

from __future__ import annotations

from functools import cache
from html import escape

CITY = "示范市"
SITE_ID = "9999000001"

# (menu title, items): the 政务公开 mega-menu and its neighbours, as on most municipal portals.
MENUS: list[tuple[str, list[str]]] = [
    ("政务公开", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "政府文件", "政策解读",
              "规划计划", "财政资金", "人事信息", "重点领域信息公开", "建议提案办理", "政府会议", "依申请公开",
              "政务公开工作", "基层政务公开标准目录", "公示公告"]),
    ("政府信息公开", ["机构职能", "领导信息", "行政规范性文件", "权责清单", "行政许可", "行政处罚", "行政强制",
                "行政征收", "财政预决算", "政府采购", "重大建设项目", "公共资源配置", "社会公益事业", "统计信息"]),
    ("走进示范", ["示范概况", "历史沿革", "行政区划", "自然地理", "人口民族", "经济发展", "文化旅游", "城市名片",
              "图说示范", "示范年鉴"]),
    ("新闻中心", ["示范要闻", "部门动态", "区县动态", "图片新闻", "视频新闻", "媒体聚焦", "新闻发布会", "通知公告"]),
    ("政务服务", ["个人办事", "法人办事", "部门服务", "主题服务", "便民服务", "好差评", "一件事一次办", "跨省通办",
              "证照办理", "不动产登记", "社保查询", "公积金查询"]),
    ("互动交流", ["市长信箱", "部门信箱", "在线访谈", "网上调查", "征集意见", "热点回应", "咨询投诉", "常见问题",
              "意见征集结果反馈"]),
    ("数据开放", ["数据目录", "数据接口", "数据应用", "开放统计", "数据动态", "开放指南"]),
    ("专题专栏", ["优化营商环境", "乡村振兴", "生态环境保护", "安全生产", "疫情防控", "法治政府建设", "双随机一公开",
              "减税降费", "民生实事", "文明城市创建", "扫黑除恶", "无障碍浏览"]),
]
DEPARTMENTS = ["发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局",
               "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局",
               "农业农村局", "商务局", "文化广电旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局",
               "市场监督管理局", "统计局", "医疗保障局", "城市管理局", "行政审批局", "信访局", "地方金融监督管理局"]
# Other hosts: links a crawl of this portal must not follow.
EXTERNAL = [("中国政府网", "https://www.gov.cn/"), ("国务院部门网站", "https://www.gov.cn/bumen/"),
            ("省人民政府", "http://www.province-gov.example/"), ("全国政务服务平台", "http://gjzwfw.example/"),
            ("国家政务服务投诉与建议", "https://tousu.gov.example/"), ("省政务服务网", "http://zwfw.province.example/"),
            ("政府网站找错", "https://zfwzzc.example/"), ("12345政务服务便民热线", "http://12345.province.example/")]

_CSS_BLOCKS = ["header", "topbar", "logo", "search", "nav", "mega", "crumb", "main", "side", "tools", "footer",
               "related", "article", "list", "pager", "share", "banner", "news", "service", "links"]
_CSS_PROPS = ["margin:0 auto", "padding:{a}px {b}px", "font-size:{c}px", "line-height:{d}px", "color:#{e:06x}",
              "background:#{f:06x}", "border-bottom:1px solid #{g:06x}", "width:{h}px", "height:{i}px",
              "text-align:center", "overflow:hidden", "position:relative", "float:left", "display:block"]


def _number(seed: int, salt: int, low: int, high: int) -> int:
    return low + (seed * 7919 + salt * 104729) % (high - low)


@cache
def _style() -> str:
    """A stylesheet as portals inline it: rules for every block, state and breakpoint (about 15 KB)."""
    rules = []
    for n, block in enumerate(_CSS_BLOCKS):
        for m, state in enumerate(("", " a", " a:hover", " li", " .tit")):
            seed = n * 31 + m
            props = [p.format(a=_number(seed, 1, 0, 20), b=_number(seed, 2, 0, 30), c=_number(seed, 3, 12, 20),
                              d=_number(seed, 4, 18, 40), e=_number(seed, 5, 0, 0xFFFFFF),
                              f=_number(seed, 6, 0, 0xFFFFFF), g=_number(seed, 7, 0, 0xFFFFFF),
                              h=_number(seed, 8, 100, 1200), i=_number(seed, 9, 20, 400))
                     for k, p in enumerate(_CSS_PROPS) if (seed + k) % 3]
            rules.append(f".{block}{state}{{{';'.join(props)}}}")
    mobile = "".join(f".{block}{{width:100%;float:none}}" for block in _CSS_BLOCKS)
    return "\n".join(rules) + f"\n@media (max-width: 768px){{{mobile}}}"


# Page tools and menus; no network calls (a script that loads data would make every page look browser-built).
_SCRIPT = """
var SITE_INFO = {name: "%(city)s人民政府", id: "%(site_id)s", fontSizes: [14, 16, 18, 20]};
function doZoom(size) { var box = document.getElementById("zoom") || document.body; box.style.fontSize = size + "px"; }
function doPrint() { window.print(); }
function doClose() { window.opener = null; window.open("", "_self"); window.close(); }
function setCookie(name, value, days) { var d = new Date(); d.setTime(d.getTime() + days * 864e5);
  document.cookie = name + "=" + encodeURIComponent(value) + ";expires=" + d.toUTCString() + ";path=/"; }
function getCookie(name) { var m = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
  return m ? decodeURIComponent(m[1]) : ""; }
function toggleElder() { var on = getCookie("elder") !== "1"; setCookie("elder", on ? "1" : "0", 30);
  document.documentElement.className = on ? "elder" : ""; }
function showMenu(i) { var menus = document.querySelectorAll(".mega .sub");
  for (var k = 0; k < menus.length; k++) { menus[k].style.display = k === i ? "block" : "none"; } }
function hideMenus() { showMenu(-1); }
function checkSearch(form) { var q = form.q.value.replace(/^\\s+|\\s+$/g, "");
  if (!q) { alert("请输入搜索关键词"); return false; } if (q.length > 38) { alert("关键词过长"); return false; }
  return true; }
function switchTab(group, index) { var tabs = document.querySelectorAll("." + group + " .tab");
  var panes = document.querySelectorAll("." + group + " .pane");
  for (var k = 0; k < tabs.length; k++) { tabs[k].className = k === index ? "tab on" : "tab";
    if (panes[k]) { panes[k].style.display = k === index ? "block" : "none"; } } }
function shareTo(target) { var url = encodeURIComponent(location.href), title = encodeURIComponent(document.title);
  var to = {weibo: "https://service.weibo.example/share/share.php?url=", qzone: "https://sns.qzone.example/share?url="};
  if (to[target]) { window.open(to[target] + url + "&title=" + title); } }
(function () { if (getCookie("elder") === "1") { document.documentElement.className = "elder"; } })();
"""


def _menu_link(title: str, n: int) -> str:
    """javascript: for most entries, '#' for some, as portals whose menus open sub-sites by script."""
    href = "javascript:void(0);" if n % 3 else "#"
    return f'<a href="{href}" title="{escape(title)}">{escape(title)}</a>'


@cache
def _header() -> str:
    tools = ('<div class="topbar"><span>欢迎访问</span><a href="javascript:toggleElder();">长者模式</a>'
             '<a href="javascript:void(0);">无障碍浏览</a><a href="javascript:void(0);">English</a>'
             '<a href="javascript:void(0);">繁體</a><a href="javascript:void(0);">移动版</a>'
             '<a href="javascript:void(0);">微信</a><a href="javascript:void(0);">微博</a></div>')
    search = ('<form class="search" action="https://search.gov.example/search" method="get" '
              'onsubmit="return checkSearch(this);"><input type="hidden" name="siteCode" value="' + SITE_ID + '">'
              '<input name="q" placeholder="请输入关键词"><button type="submit">搜索</button>'
              '<span class="hot">热门搜索：<a href="#">社保</a><a href="#">公积金</a><a href="#">落户</a>'
              '<a href="#">招聘</a><a href="#">政府信息公开</a></span></form>')
    menus = []
    for i, (title, items) in enumerate(MENUS):
        sub = "".join(f"<li>{_menu_link(item, i + k)}</li>" for k, item in enumerate(items))
        depts = ""
        if title == "政府信息公开":  # the department catalogue every portal nests in this menu
            depts = '<div class="depts"><h3>部门信息公开</h3><ul>' + "".join(
                f"<li>{_menu_link(CITY + d, k)}</li>" for k, d in enumerate(DEPARTMENTS)) + "</ul></div>"
        menus.append(f'<li class="menu" onmouseover="showMenu({i});"><a href="javascript:void(0);">{title}</a>'
                     f'<div class="sub"><ul>{sub}</ul>{depts}</div></li>')
    nav = ('<ul class="nav mega"><li class="menu"><a href="/">首页</a></li>'
           '<li class="menu"><a href="/xxgk/index.html">政府信息公开</a></li>' + "".join(menus) + "</ul>")
    return (f'<div class="header">{tools}<div class="logo"><strong>{CITY}人民政府</strong>'
            f'<span>{CITY}人民政府门户网站</span></div>{search}</div><div class="nav-wrap" onmouseleave="hideMenus();">'
            f"{nav}</div>")


@cache
def _sidebar() -> str:
    columns = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开",
               "政府信息公开目录", "机构职能", "政策文件", "政策解读", "规划信息", "财政信息", "人事信息", "统计信息",
               "应急管理", "重大决策", "行政执法公示", "建议提案办理", "公共服务"]
    column_links = "".join(f"<li>{_menu_link(c, k)}</li>" for k, c in enumerate(columns))
    topics = ["营商环境专栏", "乡村振兴专栏", "法治政府建设专栏", "政务公开标准化规范化", "民生实事项目", "政府开放日"]
    topic_links = "".join(f"<li>{_menu_link(t, k + 1)}</li>" for k, t in enumerate(topics))
    return (f'<div class="side"><div class="tit"><h3>信息公开目录</h3></div><ul>{column_links}</ul>'
            f'<div class="tit"><h3>专题专栏</h3></div><ul>{topic_links}</ul>'
            '<div class="tit"><h3>联系我们</h3></div><p>受理机构：政府信息公开办公室</p>'
            '<p>办公地址：示范市人民路一号</p><p>受理时间：工作日上午九点至下午五点</p></div>')


@cache
def _footer() -> str:
    related = "".join(f'<li><a href="{url}" target="_blank">{escape(name)}</a></li>' for name, url in EXTERNAL)
    departments = "".join(f'<option value="#">{CITY}{escape(d)}</option>' for d in DEPARTMENTS)
    return (f'<div class="related links"><h3>相关链接</h3><ul>{related}</ul>'
            f'<select onchange="if (this.value !== \'#\') {{ window.open(this.value); }}">'
            f"<option>市政府部门网站</option>{departments}</select></div>"
            '<div class="footer"><p><a href="javascript:void(0);">关于我们</a> | <a href="javascript:void(0);">网站地图</a>'
            ' | <a href="javascript:void(0);">联系我们</a> | <a href="javascript:void(0);">隐私声明</a> | '
            '<a href="javascript:void(0);">使用帮助</a></p>'
            f"<p>主办单位：{CITY}人民政府办公室 承办单位：{CITY}大数据发展管理局</p>"
            f"<p>{CITY}人民政府办公室主办 网站标识码：{SITE_ID}</p>"
            "<p>示ICP备00000001号 示公网安备99990002000001号</p>"
            "<p>建议使用谷歌、火狐、Edge等浏览器，分辨率一千二百八十乘七百二十及以上</p></div>")


TOOLS = ('<div class="tools"><span>字号：<a href="javascript:doZoom(20);">大</a> <a href="javascript:doZoom(16);">中'
         '</a> <a href="javascript:doZoom(14);">小</a></span> <a href="javascript:doPrint();">【打印本页】</a> '
         '<a href="javascript:doClose();">【关闭窗口】</a> <span class="share">分享到：'
         '<a href="javascript:shareTo(\'weibo\');">微博</a> <a href="javascript:shareTo(\'qzone\');">QQ空间</a></span>'
         "</div>")


def wrap(title: str, body: str, crumb: str, charset: str) -> str:
    """A whole page: furniture around the content block `body`."""
    script = _SCRIPT % {"city": CITY, "site_id": SITE_ID}
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'<meta name="SiteName" content="{CITY}人民政府"><meta name="SiteDomain" content="demo">'
            f'<meta name="SiteIDCode" content="{SITE_ID}"><title>{escape(title)}</title>'
            f"<style>{_style()}</style><script>{script}</script></head><body>{_header()}"
            f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; {escape(crumb or title)}</div>'
            f'<div class="main"><div class="content">{body}</div>{TOOLS}</div>{_sidebar()}{_footer()}</body></html>')
