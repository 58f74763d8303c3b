"""Black-box probe: what a crawler of government portals really receives INSTEAD of a report.

Anti-crawling challenges (瑞数 412/202, 加速乐 521, WAF interception pages), captchas, maintenance notices, soft 404s,
empty columns, login walls, IE-only pages, redirect shells, framesets, empty bodies, truncated transfers and column
(listing) pages. Written from the spec (3.3, 3.7), docs/schema.md (Report.errors, tables_missing, template) and the
developers' rule "bad input always gets a clear error and loses nothing", not from the code.

For a page that holds no report a careful engineer expects: parse_report does not raise, no fact and no check is
invented, no report template is claimed, tables_missing is not claimed (that flag is for a report whose tables are
absent), no reporting year is invented, the URL and capture id are kept, and `errors` says clearly that the page
is no report (wording not asserted: the schema documents no keyword for these pages).
For a truncated transfer: the part that arrived is read, and nothing is read past the cut.
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

HOST = "http://www.qingshan.gov.cn"
CAP = "<urn:uuid:5b1f3c2e-8a41-4c0e-9d2b-7f3e1a2b4c5d>"

HTML_UTF8 = {"content-type": "text/html; charset=utf-8"}
HTML_GBK = {"content-type": "text/html; charset=gb2312"}
HTML_BARE = {"content-type": "text/html"}


# ---------------------------------------------------------------- portal chrome

def chrome(title: str, inner: str, *, site: str = "青山县人民政府", charset: str = "utf-8",
           crumb: str = "首页 &gt; 政务公开 &gt; 政府信息公开年报") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="SiteName" content="{site}"><meta name="SiteDomain" content="www.qingshan.gov.cn">
<meta name="SiteIDCode" content="4311270001">
<title>{title}_{site}</title>
<link rel="stylesheet" href="/images/common.css">
</head><body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>
<div class="top-links"><a href="/">首页</a> | <a href="/jgzn/">机构职能</a> | <a href="/wza/">无障碍</a> | 繁體版</div></div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjqs/">走进青山</a></li></ul></div>
<div class="crumb">当前位置：{crumb}</div>
{inner}
<div class="footer"><p>主办单位：青山县人民政府办公室　承办单位：青山县政务服务中心</p>
<p>网站标识码：4311270001　<a href="https://beian.miit.gov.cn/">湘ICP备05001234号-1</a>　湘公网安备 43112702000123号</p>
<p>联系电话：0746-7221234　地址：青山县城关镇政府路1号</p></div>
</body></html>"""


def no_report_checks(r, url: str, *, capture: bool = True, year_none: bool = True) -> None:
    """What any page without a report must come out as."""
    assert r.url == url
    assert r.facts == [], [(f.key, f.value, f.raw_value) for f in r.facts]
    assert r.checks == [], [(c.rule, c.passed) for c in r.checks]
    assert r.template is None
    assert r.tables_missing is False
    if year_none:
        assert r.year is None, (r.year, r.year_source)
    if capture:
        assert CAP in r.capture_ids
    assert r.errors, "a page that holds no report must carry a clear entry in errors"
    assert all(isinstance(e, str) and e.strip() for e in r.errors)


def run(url: str, body: bytes, headers: dict[str, str], status: int):
    return parse_report([Fetched(url, body, dict(headers), status=status, capture_id=CAP)])


# ---------------------------------------------------------------- anti-crawling challenges

RS_TOKEN = ("qAzB7Cyh.8wJ3xV_tKm0Lp4RfsNe2Hd9QgUoWjIvYcTnb6a1DXEr5MlSiOPFZGk" * 34)[:2176]
RS_CD = ("qrcrrrAlWGqqmqqPEmGOkaAQWGEwY0AmrGqqwqqPxWqcqGqqoaEwYDA0rqAlJqEcrGqq" * 12)


def ruishu_page(*, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta http-equiv="Expires" content="0"><meta http-equiv="Cache-Control" content="no-cache">
<meta http-equiv="Pragma" content="no-cache">
<meta id="9DhefwqGPrzGxEp9hPaoag" content="{RS_TOKEN}" r='m'>
<script type="text/javascript" r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={{}};$_ts.nsd=48213;$_ts.cd="{RS_CD}";
if($_ts.lcd)$_ts.lcd();</script>
<script type="text/javascript" charset="utf-8" src="/4QbVtADbnLVIc/c.FxJzG50F.7c8a6b8.js" r='m'></script>
</head><body>
<script type="text/javascript" r='m'>(function(){{var _$Lo=0,_$Gf=[[2,7,4,0,9],[13,1,6]];function _$s9(){{return
_$Gf[_$Lo++%2];}}_$Ak=window;_$Ak['_$ye']=_$s9;}})();</script>
</body></html>"""


RS_HEADERS = {"content-type": "text/html", "server": "nginx",
              "set-cookie": "FSSBBIl1UgzbN7N80S=Xw2t9mTe4bq0HcW7k3GNe8dPl0F_b2r1oAyc5EKzSQv1kQ0p; Path=/; expires=Sat, "
                            "22 Nov 2036 11:20:41 GMT; HttpOnly"}

JSL_SIMPLE = ("<script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+('a')+('n')"
              "+('c')+('e')+('_')+('s')+('=')+(-~[]+'6')+(1+8+'')+((1<<1)+'')+([2]+[0]*2)+'.'+(8+[])+('|')+('-')"
              "+(-~[]+'')+('|')+('Q')+('7')+('%')+(2+'B')+('k')+('m')+('Z')+('f')+('U')+('%')+(2+'F')"
              "+';max-age=3600;path=/';location.href=location.pathname+location.search</script>")

JSL_PACKED = """<html><body><script language="javascript"> window.onload=setTimeout("zx(182)", 200);
function zx(OP) {var qo, mo="", no="", oo = [0x6a,0x23,0x0f,0xd2,0x7e,0xbc,0x1b,0x48,0x2f,0x89,0x71,0x3c,0x05,0xa0];
qo = "qo=243; do{oo[qo]=(-oo[qo])&0xff; oo[qo]=(((oo[qo]>>3)|((oo[qo]<<5)&0xff))-122)&0xff;} while(--qo>=2);";
eval(qo);qo = 242; do { oo[qo] = (oo[qo] - oo[qo - 1]) & 0xff; } while (-- qo >= 3 );
qo = 1; for (;;) { if (qo > 242) break; oo[qo] = ((((((oo[qo] + 54) & 0xff) + 15) & 0xff) << 3) & 0xff) | 5; qo++;}
po = ""; for (qo = 1; qo < oo.length - 1; qo++) if (qo % 7) po += String.fromCharCode(oo[qo] ^ OP);
eval("qo=eval;qo(po);");} </script> </body></html>"""

JSL_HEADERS = {"content-type": "text/html", "server": "jiasule-WAF",
               "set-cookie": "__jsluid_h=4f3c8e0a9b7d62f1e5a0c3b28d917e46; max-age=31536000; path=/; HttpOnly"}

SAFEDOG = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}" />
<title>网站防火墙</title>
<style>body{{font-family:"微软雅黑";background:#f2f2f2}} .box{{width:600px;margin:80px auto}}</style>
</head><body><div class="box">
<div class="head"><img src="http://404.safedog.cn/images/safedogsite/head.png" /></div>
<h3>您的请求带有不合法参数，已被网站管理员设置拦截！</h3>
<p>可能原因：您提交的内容包含危险的攻击请求</p>
<p>如何解决：</p>
<ul><li>1）检查提交内容；</li><li>2）如网站托管，请联系空间提供商；</li><li>3）普通网站访客，请联系网站管理员；</li></ul>
<div class="foot">网站防火墙 | <a href="http://www.safedog.cn/">安全狗</a> 提供技术支持</div>
</div></body></html>"""

YUNSUO_BLOCK = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>您的访问被拦截 - 云锁</title></head>
<body><div class="main"><div class="logo"><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ"></div>
<h1>您的访问被拦截</h1>
<p>很抱歉，当前访问可能对网站安全造成威胁，已被云锁拦截。</p>
<table><tr><td>拦截时间</td><td>2024-03-18 10:42:07</td></tr>
<tr><td>拦截编号</td><td>1710729727-6f41</td></tr><tr><td>您的IP</td><td>117.136.24.31</td></tr></table>
<p>如果您是网站管理员，请登录云锁查看详细原因。</p><p>Powered by 云锁 www.yunsuo.com.cn</p></div></body></html>"""

YUNSUO_VERIFY = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head>
<body><script type="text/javascript">function stringToHex(str){var val="";for(var i=0;i<str.length;i++){
if(val=="")val=str.charCodeAt(i).toString(16);else val+=str.charCodeAt(i).toString(16);}return val;}
function YunSuoAutoJump(){var width=screen.width;var height=screen.height;var screendate=width+","+height;
var curlocation=window.location.href;if(-1==curlocation.indexOf("security_verify_")){
document.cookie="srcurl="+stringToHex(window.location.href)+";path=/;";}
self.location="/xxgk/gknb/202203/t20220315_4417.html?security_verify_data="+stringToHex(screendate);}</script>
<script>setTimeout("YunSuoAutoJump()",50);</script></body></html>"""

CYD_BLOCK = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>创宇盾 - 访问拦截</title></head><body>
<div class="wrap"><div class="title">当前访问疑似黑客攻击，已被创宇盾拦截。</div>
<div class="reason"><p>可能原因：</p><p>1. 您提交的内容包含危险的攻击请求</p><p>2. 访问频率过高</p></div>
<div class="info"><span>拦截时间：2023-11-02 09:15:33</span><span>事件ID：6d2f9a31c1e84c4b</span>
<span>您的IP：223.104.3.88</span></div>
<div class="foot">Powered by 知道创宇 创宇盾 | 如有误报，请联系网站管理员</div></div></body></html>"""

WSWS360 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>访问被拦截 - 360网站卫士</title></head><body>
<div class="container"><h2>您的访问请求被网站卫士拦截</h2>
<p>您访问的地址可能对网站造成安全威胁，已被360网站卫士阻断。</p>
<p>如您是普通访客，请稍后重试或联系网站管理员；如您是网站管理员，请登录360网站卫士后台查看拦截日志。</p>
<p class="ray">Ray ID: 18f2a4c9d7e03b61 · 2022-06-09 14:21:07</p>
<p>由 <a href="http://wangzhan.360.cn">360网站卫士</a> 提供安全防护</p></div></body></html>"""

BAIDU_YJS = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<title>正在验证您的浏览器 - 百度云加速</title>
<script>(function(){var a=document.getElementById('cf-content');setTimeout(function(){
var t=document.createElement('input');t.name='jschl_answer';t.value=+((!+[]+!![]+!![])*2)+17;
document.getElementById('challenge-form').appendChild(t);document.getElementById('challenge-form').submit();},4000);})();</script>
</head><body><div id="cf-content"><h1>正在验证您的浏览器</h1>
<p>本网站使用百度云加速提供安全防护，验证通过后将自动跳转至目标页面，请稍候5秒……</p>
<form id="challenge-form" action="/cdn-cgi/l/chk_jschl" method="get">
<input type="hidden" name="jschl_vc" value="a7d3e1f9c2b04e6d8f5a3c1e9b7d2f40"><input type="hidden" name="pass"
value="1700819342.871-Kq9sT2xLmA"></form>
<p>DDoS protection by 百度云加速 · Ray ID: 4b8e1d2fa0937c65</p></div></body></html>"""

WZWS = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title></title></head><body><noscript>请开启JavaScript并刷新该页.</noscript>
<script type="text/javascript">var dynamicurl="/WZWSREL3h4Z2svZ2tuYi8yMDIyMDMvdDIwMjIwMzE1XzQ0MTcuaHRtbA==";
var wzwsquestion="6A8C3E";var wzwsfactor="4217";var wzwsmethod="post";var wzwsparams="";
function HXXTTKKLLPPP5(){var x3=0;var x4=0;while(x3<wzwsquestion.length){x4+=(wzwsquestion.charCodeAt(x3)*wzwsfactor+
111111);x3++;}return"WZWS_CONFIRM_PREFIX_LABEL4"+x4;}
function QWERTASDFGXYSF(){var s=HXXTTKKLLPPP5();var f=document.createElement("form");f.method=wzwsmethod;
f.action=dynamicurl;var i=document.createElement("input");i.name="wzwschallenge";i.value=s;f.appendChild(i);
document.body.appendChild(f);f.submit();}QWERTASDFGXYSF();</script></body></html>"""

ALIYUN_WAF = """<!DOCTYPE html><html lang="zh-cn"><head><meta charset="utf-8"><title>405</title></head><body>
<div id="block_div"><div class="block_title">很抱歉，由于您访问的URL有可能对网站造成安全威胁，您的访问被阻断。</div>
<div class="block_info">您的请求ID是: <span id="traceid">0bc1ba9e17061024317286733e2a6f</span></div>
<div>如果您是网站管理员，请联系阿里云安全中心并提供请求ID。</div></div></body></html>"""

CAPTCHA = chrome("安全验证", """<div class="main"><div class="verify-box">
<h2>访问验证</h2><p>您的访问过于频繁，为确认本次访问为正常用户行为，请输入下图中的验证码。</p>
<form action="/waf_verify.htm" method="post"><img src="/waf_captcha?t=1711534203" alt="验证码" width="120" height="40">
<input type="text" name="captcha" placeholder="请输入验证码"><input type="hidden" name="redirect"
value="/xxgk/gknb/202203/t20220315_4417.html"><button type="submit">提交</button></form>
<p>看不清？点击图片换一张</p></div></div>""", crumb="首页 &gt; 安全验证")

RATE_LIMIT = """<html><head><meta charset="utf-8"><title>访问受限</title></head><body>
<h2>访问过于频繁</h2><p>您的IP（61.152.4.17）在短时间内访问次数过多，已被暂时限制访问，请10分钟后再试。</p>
<p>请勿使用爬虫、采集器等自动化工具访问本站。</p></body></html>"""

GEOBLOCK = """<html><head><meta charset="utf-8"><title>访问受限</title></head><body>
<div style="text-align:center;margin-top:120px"><h3>对不起，您所在的地区暂时无法访问本网站。</h3>
<p>Sorry, this website is not accessible from your region.</p><p>青山县人民政府网站</p></div></body></html>"""


# ---------------------------------------------------------------- notices, soft 404s, walls

MAINT_503 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>系统维护中</title></head><body>
<div class="notice"><h1>系统维护中</h1>
<p>尊敬的用户：为提升网站服务质量，本网站正在进行系统维护，暂时无法访问，请稍后再试。给您带来的不便，敬请谅解！</p>
<p>青山县人民政府办公室</p></div></body></html>"""

UPGRADE_200 = chrome("关于网站升级改造暂停访问的公告", """<div class="main"><div class="article">
<h1>关于网站升级改造暂停访问的公告</h1>
<div class="TRS_Editor"><p>各位网民：</p>
<p>为进一步提升政府网站集约化水平和服务能力，按照省、市政府网站集约化建设工作安排，本网站自2023年5月10日20时起至2023年5月12日8时止进行升级改造，期间网站暂停访问。</p>
<p>升级期间如需查询政府信息，请访问市政府门户网站。给您带来的不便，敬请谅解。</p>
<p style="text-align:right">青山县人民政府办公室</p><p style="text-align:right">2023年5月9日</p></div></div></div>""",
                     crumb="首页 &gt; 通知公告")

SOFT404_CHROME = chrome("页面不存在", """<div class="main"><div class="err404">
<img src="/images/404.png" alt="404"><h2>抱歉，您访问的页面不存在或已被删除！</h2>
<p>可能原因：网址有误、页面已过期或栏目已调整。</p>
<p><span id="sec">5</span>秒后自动返回<a href="/">网站首页</a></p></div>
<div class="related"><h3>您可能感兴趣的内容</h3><ul>
<li><a href="/xxgk/gknb/202303/t20230320_5511.html">青山县人民政府2022年政府信息公开工作年度报告</a><span>2023-03-20</span></li>
<li><a href="/xxgk/gknb/202203/t20220318_4417.html">青山县人民政府2021年政府信息公开工作年度报告</a><span>2022-03-18</span></li>
<li><a href="/xxgk/gknb/202103/t20210325_3102.html">青山县人民政府2020年政府信息公开工作年度报告</a><span>2021-03-25</span></li>
</ul></div></div>""", crumb="首页 &gt; 404")

SOFT404_BARE = """<html><head><meta charset="utf-8"><title>找不到页面</title></head><body>
<div class="box"><h1>404</h1><p>对不起，找不到页面！您要查看的网址可能已被删除、名称已被更改，或者暂时不可用。</p>
<p><a href="javascript:history.back()">返回上一页</a>　<a href="/">返回首页</a></p></div></body></html>"""

DELETED = chrome("信息提示", """<div class="main"><div class="tip">
<p class="tip-title">提示信息</p><p>该信息已删除或不存在！</p>
<p><a href="javascript:window.close()">关闭窗口</a></p></div></div>""", crumb="首页 &gt; 信息公开")

EXPIRED = chrome("信息提示", """<div class="main"><div class="tip">
<p>该信息已过期，不再公开显示。如需查阅，请与发布机构联系。</p>
<p>发布机构：青山县市场监督管理局　联系电话：0746-7225678</p></div></div>""", crumb="首页 &gt; 信息公开")

EMPTY_COLUMN = chrome("政府信息公开年报", """<div class="main"><div class="left-menu"><h3>政府信息公开</h3><ul>
<li><a href="/xxgk/zn/">政府信息公开指南</a></li><li><a href="/xxgk/zd/">政府信息公开制度</a></li>
<li><a href="/xxgk/fdzdgk/">法定主动公开内容</a></li><li class="on"><a href="/xxgk/gknb/">政府信息公开年报</a></li>
<li><a href="/xxgk/ysqgk/">依申请公开</a></li></ul></div>
<div class="right-list"><div class="col-title">政府信息公开年报</div><ul class="list"></ul>
<div class="no-data">该栏目暂无信息</div>
<div class="page">共0条记录 共0页 首页 上一页 下一页 尾页</div></div></div>""",
                      crumb="首页 &gt; 政府信息公开 &gt; 政府信息公开年报")

LOGIN_WALL = chrome("统一身份认证平台", """<div class="main"><div class="login-box">
<h2>统一身份认证平台</h2><p>您访问的内容需要登录后查看，请使用个人或法人账号登录。</p>
<form action="/sso/login" method="post"><input type="hidden" name="service"
value="http://www.qingshan.gov.cn/xxgk/gknb/202203/t20220318_4417.html">
<label>账号：<input type="text" name="username" placeholder="身份证号/手机号"></label>
<label>密码：<input type="password" name="password"></label>
<label>验证码：<input type="text" name="code"><img src="/sso/captcha.jpg"></label>
<button type="submit">登 录</button></form>
<p><a href="/sso/register">立即注册</a> | <a href="/sso/forget">忘记密码</a> | 使用“湘易办”App扫码登录</p></div></div>""",
                    crumb="首页 &gt; 用户登录")

IE_ONLY = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青山县政府信息公开网</title></head><body bgcolor="#ffffff">
<table width="100%" height="100%"><tr><td align="center" valign="middle">
<font size="3" color="#cc0000">您的浏览器版本过低或不受支持，请使用IE8以上浏览器访问本网站！</font><br>
<font size="2">建议分辨率：1024×768　推荐使用Internet Explorer 8.0及以上版本</font><br>
<a href="http://windows.microsoft.com/zh-cn/internet-explorer/download-ie">下载IE浏览器</a>
</td></tr></table></body></html>"""


# ---------------------------------------------------------------- shells and frames

META_REFRESH = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="refresh" content="0;url=/art/2022/3/18/art_1229_558812.html">
<title>青山县人民政府</title></head><body>页面跳转中，如未自动跳转请<a href="/art/2022/3/18/art_1229_558812.html">点击这里</a>……
</body></html>"""

META_REFRESH_TITLED = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="refresh" content="0; URL='http://www.qingshan.gov.cn/art/2022/3/18/art_1229_558812.html'">
<title>青山县人民政府2021年政府信息公开工作年度报告</title></head><body></body></html>"""

JS_LOCATION = """<!DOCTYPE html><html><head><meta charset="utf-8"><title></title>
<script type="text/javascript">window.location.href="http://xxgk.qingshan.gov.cn/xxgk/gknb/202203/t20220318_4417.html";</script>
</head><body><noscript>您的浏览器不支持JavaScript，请<a href="http://xxgk.qingshan.gov.cn/">点击进入</a></noscript></body></html>"""

JS_REPLACE = """<html><head><meta charset="utf-8"><script>
var ua=navigator.userAgent.toLowerCase();
if(/iphone|android|mobile/.test(ua)){location.replace("/m/xxgk/gknb/202203/t20220318_4417.html");}
else{location.replace("/xxgk/gknb/202203/t20220318_4417.html");}</script></head><body></body></html>"""

FRAMESET = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青山县政府信息公开网</title></head>
<frameset rows="126,*" frameborder="no" border="0" framespacing="0">
<frame src="/xxgk/top.htm" name="topFrame" scrolling="no" noresize>
<frameset cols="200,*"><frame src="/xxgk/left.htm" name="leftFrame">
<frame src="/xxgk/gknb/2021nb_content.htm" name="mainFrame"></frameset>
</frameset><noframes><body>您的浏览器不支持框架，请升级浏览器。</body></noframes></html>"""

IFRAME_HTML = chrome("政府信息公开年报", """<div class="main"><div class="content">
<iframe id="mainFrame" name="mainFrame" src="/xxgk/gknb/2021/index_content.html" width="100%" height="1600"
frameborder="0" scrolling="auto"></iframe></div></div>""", crumb="首页 &gt; 政府信息公开 &gt; 政府信息公开年报")

IFRAME_PDF = chrome("青山县人民政府2021年政府信息公开工作年度报告", """<div class="main"><div class="article">
<h1>青山县人民政府2021年政府信息公开工作年度报告</h1>
<div class="info">发布时间：2022-01-20　来源：县政府办公室　浏览次数：<span id="hits">318</span></div>
<div class="TRS_Editor"><iframe src="/pdfjs/web/viewer.html?file=/xxgk/gknb/202201/P020220120391847563210.pdf"
width="100%" height="900" frameborder="0"></iframe></div></div></div>""")


# ---------------------------------------------------------------- server error pages

NGINX_502 = b"""<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>
\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"""

TOMCAT_500 = """<!doctype html><html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title></head><body>
<h1>HTTP Status 500 – Internal Server Error</h1><hr class="line" /><p><b>Type</b> Exception Report</p>
<p><b>Message</b> Request processing failed; nested exception is java.lang.NullPointerException</p>
<p><b>Exception</b></p><pre>org.springframework.web.util.NestedServletException: Request processing failed
\tat com.hanweb.jcms.module.web.ArticleAction.show(ArticleAction.java:212)
\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:626)</pre>
<hr class="line" /><h3>Apache Tomcat/8.5.41</h3></body></html>"""

IIS_404 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"/>
<title>404 - 找不到文件或目录。</title></head><body><div id="header"><h1>服务器错误</h1></div>
<div id="content"><div class="content-container"><fieldset><h2>404 - 找不到文件或目录。</h2>
<h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3></fieldset></div></div></body></html>"""

JSON_ERR = '{"code":30002,"level":"user","msg":"资源不存在","ok":false,"data":null,"dataType":1}'


# ---------------------------------------------------------------- a real t2021 report, for the truncated transfers

REPORT_TITLE = "青山县市场监督管理局2021年政府信息公开工作年度报告"

S3_ROWS = [
    ("一、本年新收政府信息公开申请数量", [9, 2, 0, 0, 0, 1, 12]),
    ("二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0, 1]),
]
S3_KEYS = ["natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total"]


def _cells(vals):
    return "".join(f"<td>{v}</td>" for v in vals)


def section3_html() -> str:
    z = [0] * 7
    rows = [
        '<table border="1" cellspacing="0" class="s3">',
        '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
        '<td colspan="7">申请人情况</td></tr>',
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
        "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
    ]
    for label, vals in S3_ROWS:
        rows.append(f'<tr><td colspan="3">{label}</td>{_cells(vals)}</tr>')
    rows.append(f'<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>{_cells([4, 1, 0, 0, 0, 0, 5])}</tr>')
    rows.append('<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>'
                f"{_cells([1, 0, 0, 0, 0, 0, 1])}</tr>")
    withheld = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
    for i, lab in enumerate(withheld):
        head = '<td rowspan="8">（三）不予公开</td>' if i == 0 else ""
        rows.append(f"<tr>{head}<td>{lab}</td>{_cells(z)}</tr>")
    unav = [("1.本机关不掌握相关政府信息", [2, 1, 0, 0, 0, 0, 3]), ("2.没有现成信息需要另行制作", z),
            ("3.补正后申请内容仍不明确", z)]
    for i, (lab, v) in enumerate(unav):
        head = '<td rowspan="3">（四）无法提供</td>' if i == 0 else ""
        rows.append(f"<tr>{head}<td>{lab}</td>{_cells(v)}</tr>")
    notp = [("1.信访举报投诉类申请", [1, 0, 0, 0, 0, 0, 1]), ("2.重复申请", z), ("3.要求提供公开出版物", z),
            ("4.无正当理由大量反复申请", z), ("5.要求行政机关确认或重新出具已获取信息", z)]
    for i, (lab, v) in enumerate(notp):
        head = '<td rowspan="5">（五）不予处理</td>' if i == 0 else ""
        rows.append(f"<tr>{head}<td>{lab}</td>{_cells(v)}</tr>")
    oth = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
           "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]
    for i, lab in enumerate(oth):
        head = '<td rowspan="3">（六）其他处理</td>' if i == 0 else ""
        rows.append(f"<tr>{head}<td>{lab}</td>{_cells(z)}</tr>")
    rows.append(f'<tr><td colspan="2">（七）总计</td>{_cells([8, 2, 0, 0, 0, 0, 10])}</tr>')
    rows.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{_cells([2, 0, 0, 0, 0, 1, 3])}</tr>')
    rows.append("</table>")
    return "\n".join(rows)


SECTION2 = """<table border="1" cellspacing="0" class="s2">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>12</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">356</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">41</td></tr>
<tr><td>行政强制</td><td colspan="3">2</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">0</td></tr>
</table>"""

SECTION2_FACTS = {
    "active.regulation.issued": 0, "active.regulation.repealed": 0, "active.regulation.in_force": 0,
    "active.normative.issued": 3, "active.normative.repealed": 1, "active.normative.in_force": 12,
    "active.permit.decisions": 356, "active.penalty.decisions": 41, "active.coercion.decisions": 2,
    "active.admin_fee.amount": 0,
}

SECTION4 = """<table border="1" cellspacing="0" class="s4">
<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>"""

OVERVIEW = ("<p>一、总体情况</p>"
            "<p>2021年，青山县市场监督管理局认真贯彻落实《中华人民共和国政府信息公开条例》，围绕市场监管重点工作，"
            "持续推进政府信息公开工作。全年主动公开政府信息128条，其中通过县政府门户网站发布信息97条，"
            "通过“青山市场监管”微信公众号发布信息31条。</p>"
            "<p>（一）主动公开。重点公开行政许可、行政处罚、食品安全抽检等信息，按时更新“双随机、一公开”抽查结果。</p>"
            "<p>（二）依申请公开。畅通当面、信函、网络等申请渠道，严格按法定时限答复。</p>"
            "<p>（三）政府信息管理。严格落实信息发布保密审查制度，全年未发生泄密事件。</p>")


def report_page(*, charset: str = "utf-8") -> str:
    art = f"""<div class="main"><div class="article">
<table class="xxgk-meta"><tr><td>索引号：</td><td>431127-0042/2022-00018</td><td>分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>青山县市场监督管理局</td><td>发布日期：</td><td>2022-01-25</td></tr>
<tr><td>名称：</td><td colspan="3">{REPORT_TITLE}</td></tr></table>
<h1 class="title">{REPORT_TITLE}</h1>
<div class="TRS_Editor">
<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。</p>
{OVERVIEW}
<p>二、主动公开政府信息情况</p>
{SECTION2}
<p>三、收到和处理政府信息公开申请情况</p>
{section3_html()}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{SECTION4}
<p>五、存在的主要问题及改进情况</p>
<p>一是公开内容不够丰富，部分栏目更新不及时；二是政策解读形式较为单一。2022年，我局将进一步加强信息审核，丰富解读形式。</p>
<p>六、其他需要报告的事项</p>
<p>本年度未收取信息处理费。</p>
</div></div></div>"""
    return chrome(REPORT_TITLE, art, site="青山县人民政府", charset=charset)


REPORT_URL = f"{HOST}/xxgk/gknb/202201/t20220125_4390.html"


def cut_after(html: str, marker: str, extra: int = 0) -> str:
    i = html.index(marker)
    return html[: i + len(marker) + extra]


def facts_by_key(r):
    out: dict[str, list] = {}
    for f in r.facts:
        out.setdefault(f.key, []).append(f)
    return out


def assert_section2(r):
    fk = facts_by_key(r)
    for key, val in SECTION2_FACTS.items():
        assert key in fk, (key, sorted(fk))
        tab = [f for f in fk[key] if f.source == "table"]
        assert tab and tab[0].value == val, (key, [(f.value, f.source) for f in fk[key]])


def assert_received_carried(r):
    fk = facts_by_key(r)
    for label, vals in S3_ROWS:
        row = "apply.received_new" if "新收" in label else "apply.carried_in"
        for col, v in zip(S3_KEYS, vals, strict=True):
            key = f"{row}.{col}"
            tab = [f for f in fk.get(key, []) if f.source == "table"]
            assert tab and tab[0].value == v, (key, [(f.value, f.source) for f in fk.get(key, [])])


# ---------------------------------------------------------------- cases: pages holding no report

NO_REPORT_CASES = [
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", ruishu_page().encode(), RS_HEADERS, 412,
                 id="ruishu-412-challenge"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", ruishu_page().encode(), RS_HEADERS, 202,
                 id="ruishu-202-challenge"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", ruishu_page().encode(), RS_HEADERS, 200,
                 id="ruishu-shell-served-200"),
    pytest.param(f"{HOST}/xxgk/gknb/", ruishu_page(charset="gb2312").encode("gb18030"), HTML_GBK, 412,
                 id="ruishu-412-gbk-column-url"),
    pytest.param(f"{HOST}/art/2022/3/18/art_1229_558812.html", JSL_SIMPLE.encode(), JSL_HEADERS, 521,
                 id="jiasule-521-cookie-script"),
    pytest.param(f"{HOST}/art/2022/3/18/art_1229_558812.html", JSL_PACKED.encode(), JSL_HEADERS, 521,
                 id="jiasule-521-packed-eval"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html?id=1", SAFEDOG.format(cs="utf-8").encode(),
                 HTML_UTF8, 200, id="safedog-firewall-200"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", SAFEDOG.format(cs="gb2312").encode("gb18030"),
                 HTML_GBK, 403, id="safedog-firewall-gbk-403"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", YUNSUO_BLOCK.encode(), HTML_UTF8, 403,
                 id="yunsuo-blocked-403"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", YUNSUO_VERIFY.encode(), HTML_UTF8, 200,
                 id="yunsuo-js-verify-200"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", CYD_BLOCK.encode(), HTML_UTF8, 403,
                 id="chuangyudun-blocked-403"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", WSWS360.encode(), HTML_UTF8, 403,
                 id="360-wangzhanweishi-blocked"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", BAIDU_YJS.encode(), HTML_UTF8, 503,
                 id="baidu-yunjiasu-verifying-503"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", WZWS.encode(), HTML_UTF8, 200,
                 id="wzws-challenge-200"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", ALIYUN_WAF.encode(), HTML_UTF8, 405,
                 id="aliyun-waf-blocked-405"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", CAPTCHA.encode(), HTML_UTF8, 200,
                 id="captcha-page-200"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", RATE_LIMIT.encode(), HTML_UTF8, 429,
                 id="rate-limited-429"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", GEOBLOCK.encode(), HTML_UTF8, 403,
                 id="geoblock-page-403"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", MAINT_503.encode(), HTML_UTF8, 503,
                 id="maintenance-503"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", MAINT_503.encode(), HTML_UTF8, 200,
                 id="maintenance-served-200"),
    pytest.param(f"{HOST}/tzgg/202305/t20230509_6120.html", UPGRADE_200.encode(), HTML_UTF8, 200,
                 id="upgrade-notice-with-period-sentence"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", SOFT404_CHROME.encode(), HTML_UTF8, 200,
                 id="soft404-chrome-with-report-links"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", SOFT404_BARE.encode(), HTML_UTF8, 200,
                 id="soft404-bare-zhaobudao"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", SOFT404_BARE.encode(), HTML_UTF8, 404,
                 id="hard404-custom-page"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", DELETED.encode(), HTML_UTF8, 200,
                 id="info-deleted-200"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", EXPIRED.encode(), HTML_UTF8, 200,
                 id="info-expired-200"),
    pytest.param(f"{HOST}/xxgk/gknb/", EMPTY_COLUMN.encode(), HTML_UTF8, 200, id="empty-column-zanwuxinxi"),
    pytest.param(f"{HOST}/sso/login?service=%2Fxxgk%2Fgknb%2F", LOGIN_WALL.encode(), HTML_UTF8, 200,
                 id="login-wall-tongyi-renzheng"),
    pytest.param(f"{HOST}/xxgk/", IE_ONLY.encode("gb18030"), HTML_GBK, 200, id="ie8-only-page-gbk"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", META_REFRESH.encode(), HTML_UTF8, 200,
                 id="meta-refresh-shell"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", JS_LOCATION.encode(), HTML_UTF8, 200,
                 id="window-location-shell"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", JS_REPLACE.encode(), HTML_UTF8, 200,
                 id="location-replace-mobile-shell"),
    pytest.param(f"{HOST}/xxgk/index.htm", FRAMESET.encode("gb18030"), HTML_GBK, 200, id="frameset-page"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", b"", HTML_UTF8, 200, id="empty-200-body"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", b"  \r\n\t\r\n ", HTML_UTF8, 200,
                 id="whitespace-only-body"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", b"<html><head></head><body></body></html>",
                 HTML_UTF8, 200, id="empty-html-skeleton"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html", NGINX_502, HTML_BARE, 502, id="nginx-502"),
    pytest.param(f"{HOST}/art/2022/3/18/art_1229_558812.html", TOMCAT_500.encode(), HTML_UTF8, 500,
                 id="tomcat-500-stacktrace"),
    pytest.param(f"{HOST}/xxgk/gknb/2021nb.htm", IIS_404.encode("gb18030"), HTML_GBK, 404, id="iis-404-gbk"),
    pytest.param(f"{HOST}/api/article/4417", JSON_ERR.encode(), {"content-type": "application/json;charset=UTF-8"},
                 200, id="json-error-response"),
    pytest.param(f"{HOST}/xxgk/gknb/202203/t20220318_4417.html",
                 b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xb3\xc9(\xc9\xcd\xb1\xe3\xb2I\xca" + bytes(range(256)) * 3,
                 {"content-type": "text/html; charset=utf-8", "content-encoding": "gzip"}, 200,
                 id="undecoded-gzip-bytes"),
]


@pytest.mark.parametrize(("url", "body", "headers", "status"), NO_REPORT_CASES)
def test_page_is_no_report(url, body, headers, status):
    r = run(url, body, headers, status)
    no_report_checks(r, url)


def test_iframe_html_report_frame_is_kept():
    """A column page whose content is an <iframe> to another HTML page: no report here; the frame is not lost."""
    url = f"{HOST}/xxgk/gknb/2021/"
    r = run(url, IFRAME_HTML.encode(), HTML_UTF8, 200)
    no_report_checks(r, url)
    frame = f"{HOST}/xxgk/gknb/2021/index_content.html"
    assert frame in r.attachment_urls or any("index_content.html" in e for e in r.errors), (r.attachment_urls, r.errors)


def test_iframe_pdf_viewer_keeps_pdf_link():
    """The report is a PDF embedded through pdf.js: no facts from the page; the PDF's URL is kept."""
    url = f"{HOST}/xxgk/gknb/202201/t20220120_4380.html"
    r = parse_report([Fetched(url, IFRAME_PDF.encode(), HTML_UTF8, status=200, capture_id=CAP)])
    assert r.facts == []
    assert r.checks == []
    pdf = f"{HOST}/xxgk/gknb/202201/P020220120391847563210.pdf"
    # the report's file was not fetched: it must not be lost (listed, or named in a clear error)
    assert pdf in r.attachment_urls or any("P020220120391847563210.pdf" in e for e in r.errors), (
        r.attachment_urls, r.errors)
    # no picture of a table is on the page: the tables are not "images"
    assert not (r.tables_missing and "image" in (r.tables_missing_reason or "")), r.tables_missing_reason
    assert CAP in r.capture_ids


DELETED_ARTICLE = chrome(REPORT_TITLE_2 := "青山县教育局2021年政府信息公开工作年度报告", f"""<div class="main"><div class="article">
<table class="xxgk-meta"><tr><td>索引号：</td><td>431127-0031/2022-00007</td><td>分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>青山县教育局</td><td>发布日期：</td><td>2022-01-21</td></tr>
<tr><td>名称：</td><td colspan="3">{REPORT_TITLE_2}</td></tr></table>
<h1 class="title">{REPORT_TITLE_2}</h1>
<div class="TRS_Editor"><p>该信息已删除或已过期，暂不提供查看。</p></div></div></div>""")


def test_deleted_article_keeps_title_but_claims_no_report():
    """The CMS kept the article's metadata but replaced its text with 该信息已删除: no report text in hand."""
    url = f"{HOST}/xxgk/gknb/202201/t20220121_4385.html"
    r = run(url, DELETED_ARTICLE.encode(), HTML_UTF8, 200)
    assert r.facts == []
    assert r.checks == []
    assert r.template is None
    assert r.errors
    assert CAP in r.capture_ids


def test_meta_refresh_titled_shell_claims_no_report():
    """A redirect shell whose <title> is a report title: still no report in hand (no facts, no template)."""
    url = f"{HOST}/xxgk/gknb/202203/t20220318_4417.html"
    r = run(url, META_REFRESH_TITLED.encode(), HTML_UTF8, 200)
    no_report_checks(r, url, year_none=False)


# ---------------------------------------------------------------- column / listing page

def column_page(*, charset: str = "utf-8") -> str:
    agencies = ["青山县人民政府", "青山县人民政府办公室", "青山县发展和改革局", "青山县教育局", "青山县公安局",
                "青山县民政局", "青山县司法局", "青山县财政局", "青山县人力资源和社会保障局", "青山县自然资源局"]
    items = []
    for year in (2022, 2021):
        for i, ag in enumerate(agencies):
            d = f"{year + 1}-0{1 + i % 3}-{10 + i:02d}"
            items.append(f'<li><a href="./{year + 1}0{1 + i % 3}/t{year + 1}0{1 + i % 3}{10 + i:02d}_{5000 + i}.html" '
                         f'target="_blank" title="{ag}{year}年政府信息公开工作年度报告">{ag}{year}年政府信息公开工作年度报告'
                         f"</a><span>{d}</span></li>")
    inner = f"""<div class="main"><div class="left-menu"><h3>政府信息公开</h3><ul>
<li><a href="/xxgk/zn/">政府信息公开指南</a></li><li><a href="/xxgk/zd/">政府信息公开制度</a></li>
<li class="on"><a href="/xxgk/gknb/">政府信息公开年报</a></li></ul></div>
<div class="right-list"><div class="col-title">政府信息公开年报</div>
<ul class="list">{''.join(items)}</ul>
<div class="page"><script>var countPage = 5;createPageHTML(5, 0, "index", "html");</script>
共98条 共5页 <a href="index.html">首页</a> 上一页 <a href="index_1.html">下一页</a> <a href="index_4.html">尾页</a>
跳转到<input type="text" size="2">页</div></div></div>"""
    return chrome("政府信息公开年报", inner, charset=charset, crumb="首页 &gt; 政府信息公开 &gt; 政府信息公开年报")


@pytest.mark.parametrize("charset", [pytest.param("utf-8", id="column-list-20-reports-utf8"),
                                     pytest.param("gb2312", id="column-list-20-reports-gbk")])
def test_column_listing_is_no_report(charset):
    url = f"{HOST}/xxgk/gknb/index.html"
    enc = "utf-8" if charset == "utf-8" else "gb18030"
    r = run(url, column_page(charset=charset).encode(enc), {"content-type": f"text/html; charset={charset}"}, 200)
    no_report_checks(r, url)


def test_hanweb_datastore_column_is_no_report():
    """Hanweb column page: the list sits in <script type="text/xml"><datastore> CDATA records."""
    recs = "".join(
        f"<record><![CDATA[<li><a href='/art/{y + 1}/3/1{k}/art_1229_55{k}{y % 10}.html' title='青山县{a}{y}年政府信息公开工作年度报告'>"
        f"青山县{a}{y}年政府信息公开工作年度报告</a><span>{y + 1}-03-1{k}</span></li>]]></record>"
        for y in (2021, 2020) for k, a in enumerate(["农业农村局", "卫生健康局", "应急管理局", "林业局", "交通运输局"]))
    inner = ('<div class="main"><div class="col-title">政府信息公开年报</div><div id="58812">'
             '<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1'
             '&appid=1&webid=12&path=/&columnid=58812&unitid=131207&webname=青山县人民政府&permissiontype=0"></a>]]>'
             f"</nextgroup><recordset>{recs}</recordset></datastore></script></div></div>")
    url = f"{HOST}/col/col58812/index.html"
    r = run(url, chrome("政府信息公开年报", inner).encode(), HTML_UTF8, 200)
    no_report_checks(r, url)


# ---------------------------------------------------------------- truncated transfers: read what arrived

def test_full_report_baseline():
    """Pins the reference: the complete report is read (so the truncated cases below test the cut, not the page)."""
    r = run(REPORT_URL, report_page().encode(), HTML_UTF8, 200)
    assert r.year == 2021
    assert r.template == "t2021"
    assert_section2(r)
    assert_received_carried(r)
    fk = facts_by_key(r)
    assert [f.value for f in fk["apply.outcome.total.total"] if f.source == "table"] == [10]
    assert [f.value for f in fk["review.total"] if f.source == "table"] == [1]


def _truncated(cut_html: str, enc: str = "utf-8", extra_bytes: int = 0):
    body = cut_html.encode(enc if enc == "utf-8" else "gb18030")
    if extra_bytes:
        body = body + extra_bytes.to_bytes(1, "big")  # lead byte of a multi-byte character, its rest lost
    cs = "utf-8" if enc == "utf-8" else "gb2312"
    headers = {"content-type": f"text/html; charset={cs}", "content-length": str(len(body) + 38211)}
    return run(REPORT_URL, body, headers, 200)


def _assert_nothing_past_s3_row2(r):
    keys = {f.key for f in r.facts}
    assert not any(k.startswith(("review.", "litigation.")) for k in keys), sorted(keys)
    assert "apply.outcome.total.total" not in keys
    assert "apply.carried_out.total" not in keys
    assert not any(k.startswith("apply.outcome.withheld") for k in keys), sorted(keys)


def test_truncated_inside_section3_reads_what_arrived():
    html = report_page()
    cut = cut_after(html, "（一）予以公开</td><td>4</td><td>1</td>")
    r = _truncated(cut)
    assert r.year == 2021
    assert r.template == "t2021"
    assert r.title == REPORT_TITLE
    assert "一、总体情况" in r.body and "全年主动公开政府信息128条" in r.body
    assert_section2(r)
    assert_received_carried(r)
    _assert_nothing_past_s3_row2(r)
    assert "apply.outcome.granted.total" not in {f.key for f in r.facts}
    assert CAP in r.capture_ids


def test_truncated_mid_utf8_character_in_section3():
    html = report_page()
    cut = cut_after(html, "二、上年结转政府信息公开申请数量</td>" + _cells(S3_ROWS[1][1]) + "</tr>")
    cut += '\n<tr><td rowspan="22">三、本年'
    r = _truncated(cut, extra_bytes=0xE5)
    assert r.template == "t2021"
    assert_section2(r)
    assert_received_carried(r)
    _assert_nothing_past_s3_row2(r)


def test_truncated_gbk_mid_character_in_section3():
    html = report_page(charset="gb2312")
    cut = cut_after(html, "二、上年结转政府信息公开申请数量</td>" + _cells(S3_ROWS[1][1]) + "</tr>")
    cut += '\n<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以'
    r = _truncated(cut, enc="gbk", extra_bytes=0xB9)
    assert r.year == 2021
    assert r.template == "t2021"
    assert r.title == REPORT_TITLE
    assert_section2(r)
    assert_received_carried(r)
    _assert_nothing_past_s3_row2(r)


def test_truncated_inside_section2_keeps_rows_before_cut():
    html = report_page()
    cut = cut_after(html, "<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>12</td></tr>")
    cut += "\n<tr><td colspan=\"4\">第二十条第（五）项</td></tr>\n<tr><td>信息内容</td><td colspan=\"3\">本年处"
    r = _truncated(cut)
    fk = facts_by_key(r)
    for key in ("active.regulation.issued", "active.regulation.repealed", "active.regulation.in_force",
                "active.normative.issued", "active.normative.repealed", "active.normative.in_force"):
        tab = [f for f in fk.get(key, []) if f.source == "table"]
        assert tab and tab[0].value == SECTION2_FACTS[key], (key, sorted(fk))
    keys = set(fk)
    assert not any(k.startswith(("active.permit", "active.penalty", "active.coercion", "active.admin_fee",
                                 "apply.", "review.", "litigation.")) for k in keys), sorted(keys)
    assert r.year == 2021


def test_truncated_in_overview_prose_keeps_text_and_statement():
    html = report_page()
    cut = cut_after(html, "全年主动公开政府信息128条，其中通过县政府门户网站发布")
    r = _truncated(cut)
    assert r.year == 2021
    assert r.title == REPORT_TITLE
    assert "全年主动公开政府信息128条" in r.body
    fk = facts_by_key(r)
    assert [(f.value, f.source) for f in fk.get("active.items_total", [])] == [(128, "text")]
    keys = set(fk)
    assert not any(k.startswith(("active.regulation", "active.normative", "apply.", "review.")) for k in keys)
    assert r.checks == [] or all(c.rule for c in r.checks)


# ---------------------------------------------------------------- a challenge next to the real capture

def test_ruishu_412_then_real_200_reads_the_report():
    """The crawler kept both captures of the URL: the challenge (412), then the page (200)."""
    pages = [Fetched(REPORT_URL, ruishu_page().encode(), dict(RS_HEADERS), status=412,
                     capture_id="<urn:uuid:00000000-0000-0000-0000-000000000412>"),
             Fetched(REPORT_URL, report_page().encode(), dict(HTML_UTF8), status=200, capture_id=CAP)]
    r = parse_report(pages)
    assert r.url == REPORT_URL
    assert r.title == REPORT_TITLE
    assert r.year == 2021
    assert r.template == "t2021"
    assert_section2(r)
    assert_received_carried(r)
    assert "$_ts" not in r.body and "r='m'" not in r.body
    assert CAP in r.capture_ids


def test_second_page_soft404_keeps_first_page():
    """Page 2 of a paged report came back as a soft 404: page 1's facts stay, nothing from the 404, an error says so."""
    html = report_page()
    page1 = cut_after(html, "（一）予以公开</td><td>4</td><td>1</td>")
    page1 += "</td></tr></table></div><div class=\"page\"><a href=\"t20220125_4390_1.html\">下一页</a></div></div></div></body></html>"
    url2 = REPORT_URL.replace(".html", "_1.html")
    pages = [Fetched(REPORT_URL, page1.encode(), dict(HTML_UTF8), status=200, capture_id=CAP),
             Fetched(url2, SOFT404_CHROME.encode(), dict(HTML_UTF8), status=200,
                     capture_id="<urn:uuid:00000000-0000-0000-0000-000000000404>")]
    r = parse_report(pages)
    assert r.year == 2021
    assert r.template == "t2021"
    assert_section2(r)
    assert_received_carried(r)
    _assert_nothing_past_s3_row2(r)
    assert "页面不存在" not in r.body and "您可能感兴趣的内容" not in r.body
    assert r.errors, "a page of the report that is no report page must be named in errors"
