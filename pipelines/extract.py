"""Report body extraction from HTML (spec 3.4 containers, 3.3 aggregator pages), sections and page joining.

lxml only (toolchain §5: BeautifulSoup is 30× slower). The body is the text of a known CMS container, else of
the densest text block; boilerplate (navigation, share/print/close bars, previous/next links, scripts, a footer
nested in the article, the title and metadata lines that open it) is dropped.
Table rows are rendered as one line with cells joined by " | " so that the text reads in order.
"""

from __future__ import annotations

import copy
import functools
import html
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin

from lxml import etree

from .numbers import chinese_to_int
from .records import Section
from .tables import TableText, read_table
from .titles import INTERPRETATION, TitleInfo, parse_title
from .whitespace import SPACES, clean_line

# Known CMS body containers, most specific first (TRS, Hanweb, 开普云/UCAP, gkmlpt, common custom templates):
# (class names, ids) per priority level.
_CONTAINERS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"TRS_Editor"}), frozenset()),
    (frozenset({"Custom_UnionStyle"}), frozenset()),
    (frozenset(), frozenset({"UCAP-CONTENT", "ucap-content"})),
    (frozenset(), frozenset({"zoom", "Zoom", "fontzoom", "zoomcon"})),
    (frozenset({"article-content"}), frozenset()),
    (frozenset({"wzcon", "zwnr", "bt_content"}), frozenset({"wzcon", "zwnr", "con_text"})),
    (frozenset({"content", "article", "detail-content"}), frozenset({"content", "article"})),
)
# name → its most specific level, so each element is looked up once instead of once per level
_CONTAINER_CLASS_LEVEL = {name: level for level, (classes, _) in reversed(list(enumerate(_CONTAINERS)))
                          for name in classes}
_CONTAINER_ID_LEVEL = {name: level for level, (_, ids) in reversed(list(enumerate(_CONTAINERS))) for name in ids}
_MIN_CONTAINER_CHARS = 80
# TRS/Hanweb/UCAP article containers (the first levels above) are the body even when short: a page of a paged
# report may hold only the end of a paragraph ("15件。") or one heading; a shorter one must hold words (_holds_words)
_CMS_CONTAINER_LEVELS = 4
_MIN_CMS_CONTAINER_CHARS = 10
_CJK_WORD = re.compile("[\u3400-\u9fff]")
_MIN_GENERIC_CHARS = 300
_MAX_ATTACHMENT_BLOCK = 600
# A file's name in an attachment list: "附件1：", "2." before it, the extension after it
_FILE_NAME = re.compile(r"(?:附件\s*\d*\s*[:：]\s*)?(?:\d+\s*[.、．]\s*)?(.+?)\s*\.(?:pdf|docx?|wps|xlsx?|et|ofd|rtf)", re.I)
_ATTACHMENT_LABEL = re.compile(r"[【\[]?\s*附件(?:下载)?\s*\d*\s*[:：]?\s*[】\]]?")
# The site's pictures that are no page of a report: logo, icons, banners, QR codes, the badges of the footer
# (党政机关 dzjg, 政府网站找错 jiucuo, 公安备案)
_FURNITURE_IMAGE = re.compile(r"logo|icon|banner|qrcode|erweima|ewm|dzjg|jiucuo|zhaocuo|beian|gongan|wza|blank\.gif",
                              re.I)
_TEXTAREA = re.compile(r"<textarea\b[^>]*>(.*?)</textarea>", re.S | re.I)
_MIN_HIDDEN_SOURCE = 50
_FRAME_SOURCE = re.compile(r"<(?:i?frame|embed)\b[^>]*?\bsrc\s*=\s*[\"']?([^\"'\s>]+)|<object\b[^>]*?\bdata\s*=\s*[\"']?([^\"'\s>]+)",
                           re.I)
_FURNITURE_ALT = re.compile(r"二维码|扫码|扫一扫|logo|图标|icon|分享", re.I)  # image alts that are no report text
# Lines of the rendered body: block boundaries are written as U+2029 (a line break to str.splitlines), so that
# the line breaks of the HTML source, which are spaces, can be told apart.
_LINE = "\u2029"
# A bold run that is a heading: a number, then a title (not "一、二级…", a list of numbers)
_BOLD_HEADING = re.compile(r"(?:第?[一二三四五六七八九十]{1,3}\s*(?:[、．.]|部分|章)|[（(][一二三四五六七八九十]{1,3}[）)])"
                           r"\s*[^\s一二三四五六七八九十]")
_SENTENCE_ENDS = frozenset("。；;！？!?：:")
_SOURCE_BREAK = re.compile(r"[ \t]*[\r\n]+[ \t]*")
_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_SOURCE_BREAK_IN_CHINESE = re.compile(rf"(?<=[{_CJK}])[ \t]*[\r\n]+[ \t]*(?=[{_CJK}])")
_INLINE_VOTERS = frozenset(("span", "font"))
# Candidates for a hidden copy of the body: blocks only (an attribute test on every element of a Word table is
# costly, a name test is not)
_STYLED_NONE = etree.XPath("descendant::div[contains(@style, 'none')] | descendant::section[contains(@style, 'none')]")
# Anti-copy characters hidden inside sentences: <span style="display:none">x9</span>. Word pages style every span,
# so these are looked for only on pages that hide something (one search of the page's text).
_HIDDEN_INLINE = etree.XPath("descendant::span[contains(@style, 'none')] | descendant::font[contains(@style, 'none')]")
_HIDES = re.compile(r"display\s*:\s*none")  # (not re.I: a literal start lets the engine skip ahead, ~8× faster)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)
_LINK_LIST_TAGS = ("ul", "ol", "dl", "div", "table", "section", "aside", "menu")
_LINK_DENSITY = 0.6
_DOCUMENT_LINK = re.compile(r"\.(?:pdf|docx?|wps|xlsx?|et|ofd|rtf)(?:$|[?#])", re.I)
_TABLE_PARTS = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "col", "colgroup"))
# Plain lxml elements: lxml.html's element classes cost a Python lookup per element visited.
# huge_tree: libxml2 otherwise stops at 256 levels of nesting and drops the rest of the page without a word
_HTML_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
# Even with huge_tree, libxml2 stops reading a page nested deeper than 2048 levels: the page is read again with
_KEPT_DEPTH = 512  # wrappers nested deeper than this dropped, as browsers stop nesting elements
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*>")
# wrappers whose tags can go without losing a table or a paragraph (what a page nests thousands deep)
_WRAPPER_TAGS = frozenset(("div", "span", "font", "section", "article", "center", "blockquote", "b", "i", "u", "em",
                           "strong", "small", "big", "a", "ul", "ol", "li", "dl", "dd", "form", "main", "nav"))
_VOID_TAGS = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                        "track", "wbr"))
# Characters lxml refuses in text it is given (controls, noncharacters, lone surrogates), though its parser reads
# them; Word's manual line break (\v) and the form feed are line breaks
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

# Never page text. (<form> is not here: ASP.NET templates wrap the whole page in one.)
# (not <input>: it holds no text, and a form-like statistics table prints its values as <input value="12">)
_DROP_TAGS = ("script", "style", "noscript", "template", "select", "button", "textarea", "iframe", "object", "embed",
              "svg")
# Page furniture by tag; dropped after the metadata (网站标识码 sits in the footer) and title are read.
_FURNITURE_TAGS = ("nav", "header", "footer")
# class/id fragments of boilerplate blocks inside or around the body.
_NOISE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:share|bdshare|sharedaddy|sd-sharing|jiathis|print|close|fontsize|font-size|zihao|breadcrumb|"
    r"crumb|position|location|nav|navbar|menu|footer|foot|header|top-bar|toolbar|pager|pagination|prev|next|"
    r"related|relevant|xgxx|xgwz|xgyd|xgwj|xglj|"
    r"comment|qrcode|ewm|sidebar|side)(?:$|[\s_-])", re.I)
# Whole lines that are page furniture, not report text.
_TOOLBAR_ITEM = (r"(?:打印|关闭|關閉|打印本页|关闭窗口|關閉窗口|打印此页|返回顶部|返回|收藏|加入收藏|分享|分享到|保存|纠错|我要纠错|下载"
                 r"|意见反馈|我要留言|留言反馈|全文显示|分页显示|显示全文|阅读全文|查看全文"
                 r"|(?:字号|字体|字體|字號)[:：]?\s*(?:大|中|小|\s)*)")
_NOISE_LINE = re.compile(
    # toolbars: 【打印】【关闭】, [ 打印 ] [ 关闭 ], 打印本页 | 关闭窗口, 【字体：大 中 小】【打印本页】
    r"^(?:\s*[【\[]?\s*" + _TOOLBAR_ITEM + r"\s*[】\]]?\s*\|?)+$"
    r"|^[【\[]?(?:字号|字体|字體|字號)[:：]?.{0,12}[】\]]?$"
    r"|^[【\[]?\s*(?:大|中|小)\s*[】\]]?(?:\s*[【\[]?\s*(?:大|中|小)\s*[】\]]?){2}$"
    r"|^(?:上一篇|下一篇|上一条|下一条|上一篇文章|下一篇文章)[:：]?.*$|^(?:相关链接|相关文章|相关阅读|相关信息)[:：]?$|^(?:相关链接|相关文章|相关阅读)[:：][^。；]{0,80}$"
    # 扫一扫 furniture, not a sentence of the report that starts with the word
    r"|^(?:扫一扫|用手机扫描|手机扫码)[^。，,]{0,6}(?:手机|打开|阅读|分享)[^。]{0,24}$|^分享到[^。]{0,30}$"
    r"|^[^：:。，]{0,6}位置\s*[:：].*$"  # breadcrumbs: 当前位置：, 您现在的位置：, 位置：首页 > …
    r"|^[【\[]?(?:责任编辑|编辑|审核|校对|审校|签发)[:：][^。]{0,20}$"  # editor lines
    r"|^[-—–－]\s*\d{1,3}\s*[-—–－]$"  # page numbers of a document converted from Word or PDF: - 2 -
    r"|^(?:浏览次数|访问量|点击数|阅读次数|瀏覽次數)[:：]?\s*\d*$|^(?:选择特殊符号|选择搜索类型|请输入搜索|搜索)$"
    r"|^-{3,}$|^\|+$|^[|\s]+$"
    # a pager: page words, numbers and arrows only; is_noise_line wants a page word too (numbers alone are data)
    r"|^(?P<pager>(?:\s*(?:首页|上一页|下一页|尾页|末页|共\s*\d+\s*页|(?:当前)?第\s*\d+\s*页|\d+|跳转|转到|到第|页|GO|go|"
    r"[\[\]<>«»…|/]))+\s*$)"
)
_PAGE_WORD = re.compile(r"上一页|下一页|首页|尾页|末页|共\s*\d+\s*页")
# "2 / 6" alone on a line: the page mark of a document converted page by page (a page within the total)
_PAGE_OF_TOTAL = re.compile(r"\s*(\d{1,3})\s*/\s*(\d{1,3})\s*")
# Q&A and recommendation snippets that aggregator pages paste between reports (seed 001).
_AGGREGATOR_NOISE = re.compile(r"^(?:你好|您好|问[:：]|答[:：])|推荐下|请问|最佳答案|满意答案|展开全部|相关问答|相关问题|热门问答"
                               r"|网友回答|共有\d+个回答"
                               r"|(?:\.\.\.|…)$")  # truncated answer snippets end in an ellipsis
# The site's registration that every government site prints in its footer (网站标识码, the ICP and 公网安备
# filings): a body that ends with it holds the footer (a page cut inside a table cell or an unclosed tag nests
# the footer in the article, in browsers too). Looked for in the body's end only: nothing of the report follows it.
_REGISTRATION_MARKS = ("标识码", "ICP", "公网安")
_FOOTER_TAIL = 1000
_REGISTRATION_LINE = re.compile(r"网站标识码\s*[:：]|ICP\s*备\s*\d|公网安备\s*\d")
# the footer's other lines: who runs the site, its link bar, a dropdown's label ("政府网站：<select>")
_FOOTER_LINE = re.compile(
    _REGISTRATION_LINE.pattern + r"|^(?:主办|承办|主管|协办)(?:单位)?\s*[:：]|版权所有|^(?:(?:网站地图|联系我们|隐私声明"
    r"|关于我们|网站声明|免责声明|使用帮助|设为首页|加入收藏|意见建议|网站纠错)\s*[|｜丨]?\s*)+$|^[^\s，。]{0,6}(?:网站|链接)\s*[:：]$")
_SENTENCE = re.compile(r"[。！？]|，[^，。]{6}")  # a sentence's end, or a clause after a comma (not a short list)
_SENTENCE_MARKS = re.compile(r"[，。、；：,;:！？!?]")
_TITLE_LINES_AT_TOP = 4  # body lines where a title printed on two lines is looked for
_MAX_AGENCY_LINE = 30
# Headings that open a report: a restart of 一、 with one of these starts the next pasted report.
_OPENING_HEADING = re.compile(r"概述|总体情况|概况|基本情况")

# Label variants read under the usual label: traditional-script labels of mirrors (and of s2t-converted copies:
# 發佈), and other wordings.
_LABEL_VARIANTS = {
    "网站识别码": "网站标识码", "发文机构": "发文机关", "信息名称": "名称", "信息索引": "索引号",  # (教育部's block)
    "索引號": "索引号", "主題分類": "主题分类", "分類": "分类", "發布機構": "发布机构", "發佈機構": "发布机构",
    "發文機關": "发文机关", "發布單位": "发布单位", "發佈單位": "发布单位", "信息來源": "信息来源", "來源": "来源",
    "發文日期": "发文日期", "發布日期": "发布日期", "發佈日期": "发布日期", "發布時間": "发布时间", "發佈時間": "发布时间",
    "公開日期": "公开日期", "時間": "时间", "文號": "文号", "發文字號": "发文字号", "名稱": "名称", "標題": "标题",
    "主題詞": "主题词", "網站標識碼": "网站标识码", "公開方式": "公开方式", "公開範圍": "公开范围", "關鍵詞": "关键词",
    "更新時間": "更新时间", "發表時間": "发表时间", "信息時間": "信息时间", "印發日期": "印发日期", "瀏覽次數": "浏览次数",
    "點擊數": "点击数", "訪問量": "访问量", "閱讀次數": "阅读次数", "字號": "字号",
}
META_LABELS = ("索引号", "主题分类", "分类", "发布机构", "发文机关", "发布单位", "信息来源", "来源", "生成日期",
               "发文日期", "成文日期", "发布日期", "发布时间", "公开日期", "时间", "文号", "发文字号", "有效性",
               "名称", "标题", "主题词", "网站标识码", "公开方式", "公开范围", "关键词", "日期", "更新时间",
               "发表时间", "信息时间", "印发日期", "生效日期", "浏览次数", "点击数", "访问量", "阅读次数", "字号",
               *_LABEL_VARIANTS)


def _alternation(words: Iterable[str], gap: str = "") -> str:
    """A regex alternation of the words factored by their shared prefixes (发布(?:单位|日期|机构)|…): the engine tests
    each character once instead of once per word, ~2× faster on page text. A longer word is tried before a word it
    starts with, as in an alternation sorted longest first. `gap`: a pattern allowed between a word's characters."""
    branches: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        if word:
            branches.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in branches.items():
        longer = [rest for rest in rests if rest]
        tail = _alternation(longer, gap) if longer else ""
        if tail and ("|" in tail or len(longer) < len(rests)):
            tail = f"(?:{tail})" + ("?" if len(longer) < len(rests) else "")
        parts.append(re.escape(first) + (gap + tail if tail else ""))
    return "|".join(parts)


_META_LABEL_RE = _alternation(META_LABELS)
# a label follows no letter (时间 in 办理时间), but may follow a digit or a date: footers print their spans without a
# space (…26日来源：…); the site code and the index number name nothing else, so they may follow a word too
# (…大数据中心网站标识码：…)
_CODE_LABELS = ("网站标识码", "网站识别码", "網站標識碼", "索引号", "索引號")
_META_VALUE = r"\s*[:：]\s*(.*?)(?=\s*(?:" + _META_LABEL_RE + r")\s*[:：]|[\n\r]|$)"
_META_PAIR = re.compile(r"(?:(?<![^\W\d_])|(?<=\d日)|(?=" + "|".join(_CODE_LABELS) + "))(" + _META_LABEL_RE + ")"
                        + _META_VALUE)
# the label that ended the value before it, glued to that value (<span>发布机构：X局</span><span>发布日期：…</span>)
_NEXT_META_PAIR = re.compile(r"\s*(" + _META_LABEL_RE + ")" + _META_VALUE)
_SITE_CODE = re.compile(r"[0-9A-Za-z]+")
_ALL_TEXT = etree.XPath("//text()")
# class/id values of the descendants: the values, not their elements, are ~3× cheaper in libxml2 than
# "//*[@class or @id]" (and descendant::* than "//@class", which also tests the text nodes).
_CLASS_AND_ID_VALUES = etree.XPath("descendant::*/@class|descendant::*/@id")
# Computed inside libxml2: far cheaper than joining text in Python for every element asked about.
_TEXT_LEN = etree.XPath("string-length(normalize-space(.))")
_ROW_GROUPS = frozenset(("table", "tbody", "thead", "tfoot", "tr"))
_ROW_PARTS = frozenset(("tr", "tbody", "thead", "tfoot", "caption", "colgroup", "col"))
# A table of statistics, not a layout table: no nested tables and two or more cells, none of them long text but
# a caption or note row (one cell, first or last row of its group: "说明：1.本表…" under the grid), unless ten
# cells or more are short (a long 备注 beside the values of an e2014 table).
# A cell's normalize-space is only computed when its raw text is long enough, and no cell when the whole table's
# text is short (normalize-space only shortens): ~25% cheaper.
# (a row of two cells at least: old portals print each paragraph of the body as a one-cell row)
# (descendant:: rather than .//, which is descendant-or-self::node()/child::, a step per node: ~12% cheaper)
_IS_DATA_TABLE = etree.XPath("not(descendant::table) and descendant::tr[count(td|th) >= 2] and (string-length() < 300 or"
                             " not((.//td|.//th)[string-length() >= 300][string-length(normalize-space()) >= 300]"
                             "[count(../td|../th) >= 2 or ../preceding-sibling::tr and ../following-sibling::tr])"
                             " or count((.//td|.//th)[string-length() < 20]) >= 10)")
# A text holds a label iff it holds one that contains no other label (时间 for 发布时间): 28 alternatives, not 47;
# a table cell may print it with spaces inside (标 题, 索 引 号: _row_pairs reads it without them)
_META_LABEL_IN_TEXT = re.compile(_alternation(
    (label for label in META_LABELS if not any(other != label and other in label for other in META_LABELS)),
    gap="[ \u3000\xa0]*"))
_META_LABEL_SET = frozenset(META_LABELS)
_MAX_META_BLOCK = 1500  # a block this long is body text that happens to name a label, not the metadata
_DATE_LABELS = ("发布日期", "发布时间", "发文日期", "成文日期", "公开日期", "印发日期", "生成日期", "发表时间", "信息时间",
                "更新时间", "日期", "时间")
# a date label and its date with no colon between them ("生成日期 2018-02-09 公开日期 2018-02-15")
_DATE_PAIR = re.compile(r"(?<![^\W\d_])(" + "|".join(_DATE_LABELS) + r")\s+((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]"
                        r"\s*\d{1,2}日?)")
_TOKEN_LABELS = frozenset(("索引号", "网站标识码", "文号", "发文字号"))
_HTML_META_NAMES = {"articletitle": "标题", "pubdate": "发布日期", "publishdate": "发布日期",
                    "firstpublishedtime": "发布日期", "contentsource": "来源", "sitename": "SiteName",
                    "sitedomain": "SiteDomain", "siteidcode": "网站标识码", "columnname": "ColumnName",
                    "article:published_time": "发布日期"}
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
# 二〇二二年一月二十日 under an official signature (O and 0 typed for 〇)
_CN_DATE = re.compile(r"([一二][〇○零O0][一二三四五六七八九〇○零O0]{2})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_ZERO_FORMS = str.maketrans("○O0", "〇〇〇")
# A date alone on its line (brackets and a time of day allowed): the text nodes after a heading where one is looked for
_BARE_DATE = re.compile(r"[\[【(（]?((?:19|20)\d{2})\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\]】)）]?")
_TEXTS_AFTER = etree.XPath("following::text()[normalize-space()][position() <= 12]")
_DATE_BEFORE_LABELS = re.compile(rf"(?:[^\s，。；:：]{{2,20}}\s)?(?P<date>{_BARE_DATE.pattern})")
_TEXT_BEFORE = etree.XPath("preceding::text()[normalize-space()][1]")
_MAX_DATE_LINE = 40
_COMPACT_DATE = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")  # a value that is only 20210120
_BLOCK_TAGS = frozenset(("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                         "section", "article", "blockquote", "pre", "center", "hr", "address", "figure",
                         "figcaption", "caption", "main", "aside"))
_RENDER_BLOCK_TAGS = (*_BLOCK_TAGS, "tr", "td", "th", "table")  # a newline before and after each
# Rendered by kind (no tag test per element): blocks with content; a layout table (its own text is no text); void
# blocks (one newline is enough: the body and metadata readers drop empty lines).
_CONTENT_BLOCK_TAGS = tuple(tag for tag in _RENDER_BLOCK_TAGS if tag not in ("table", "br", "hr"))
_META_BLOCK_TAGS = _BLOCK_TAGS | {"header", "footer", "td", "th", "form", "body"}
_RENDERED_INSIDE = frozenset((*_RENDER_BLOCK_TAGS, "img"))  # what _block_text renders a copy for
_TITLE_SPLIT = re.compile(r"\s*(?:(?<!\d)-+|-+(?!\d)|[_|｜—–]+|::)\s*")  # (not 2020-2021: one span of years)
# The font-size bar some templates print inside the heading ("…年度报告【字体：大 中 小】")
_FONT_SIZE_WIDGET = re.compile(r"\s*[【\[]\s*(?:字体|字号|字體|字號)\s*[:：][^】\]]{0,12}[】\]]\s*$")
# A document-sharing site names the page by the uploaded file ("…年度报告.docx"): the title is the name without it
_FILE_EXTENSION = re.compile(r"\s*\.(?:pdf|docx?|wps|xlsx?|et|ofd|rtf|txt|pptx?)$", re.I)

_TOP_HEADING = re.compile(r"^(?:第(?=[一二三四五六七八九十]{1,3}(?:部分|章)))?([一二三四五六七八九十]{1,3})\s*"
                          r"(?:[、.．]|(?:部分|章)[、.．:：\s]?)\s*(\S.*)$")
# a heading's number on a line of its own ("一、" then "总体情况"), and headings numbered 1. / 1、 (taken only when
# a report has no 一、 headings)
_BARE_TOP_NUMBER = re.compile(r"^(?:第)?([一二三四五六七八九十]{1,3})\s*(?:[、.．]|部分|章)\s*$")
_TITLE_END = re.compile(r"[。；;:：\s]")
_TOP_FIRST = frozenset("一二三四五六七八九十第")  # what a top-level heading line starts with
_HEADING_FIRST = frozenset("一二三四五六七八九十第（(")  # … and any heading line
_ARABIC_TOP_HEADING = re.compile(r"^(\d{1,2})\s*[、.．](?!\d)\s*(\S.*)$")
# A table of contents line: the title, leader dots and a page number
_LEADERS = re.compile(r"(?:[.…·．_—-]\s*){3,}\d+\s*$")
# The section titles of the 2019 and 2021 forms, for headings printed without a number or broken over two lines
_FORM_TITLES = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
                "存在的主要问题及改进情况", "其他需要报告的事项")
_FORM_TITLE_STARTS = frozenset(title[:end] for title in _FORM_TITLES for end in range(1, len(title) + 1))
# Words of the section titles of the report forms (2008, 2014, 2019, 2021): 一、总体情况 … 六、其他需要报告的事项
_SECTION_TITLE = re.compile(r"总体情况|概述|概况|主动公开|依申请|收到和处理|申请情况|复议|诉讼|存在的主要问题|改进情况|"
                            r"其他需要报告|收费|减免|不予公开|咨询|申诉")
# "一　总体情况": a number and a space, then a short section title (no sentence)
_SPACED_TOP_HEADING = re.compile(r"^([一二三四五六七八九十]{1,3})\s+([^\s，。；;,:：]{2,30})$")
_SUB_HEADING = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]\s*(\S.*)$")
# A heading run on inside a paragraph after a sentence and a space (a report printed as one paragraph). (The
# space first: a literal start lets the engine skip ahead, 3× faster than the sentence mark first.)
_RUN_IN_HEADING = re.compile(r" (?<=[。；;！？!?：:] )(?=第?[一二三四五六七八九十]{1,3}(?:[、．.]|部分)|[（(][一二三四五六七八九十]{1,3}[）)])")
_CN_ORDER = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")}
_LINE_YEAR = re.compile(r"^((?:19|20)\d{2})\s*年")
_ANY_YEAR = re.compile(r"(?<![\d\-－~—])((?:19|20)\d{2})\s*年(?![\d\-－~—])")


@dataclass(slots=True)
class Extracted:
    body: str
    title: str | None = None
    tables: list[TableText] = field(default_factory=list)  # the data tables of the body, read
    images: list[str] = field(default_factory=list)  # absolute URLs of images inside the body
    published: str | None = None  # ISO date
    meta_block: dict[str, str] = field(default_factory=dict)  # 索引号 / 发布机构 / 发文日期 / 网站标识码 …
    page_title: str | None = None  # the page's <title>, as printed
    frames: list[str] = field(default_factory=list)  # absolute URLs of a page without text's frames and embeds


def parse_html(html_text: str) -> etree._Element:
    """lxml tree of a page; tolerates XML declarations and empty input."""
    text = html_text.lstrip("\ufeff")
    if text.startswith("<?xml"):
        text = text[text.find("?>") + 2:]
    try:
        root = etree.fromstring(text, _HTML_PARSER) if text.strip() else None
        if root is not None and _stopped_too_deep():
            root = etree.fromstring(_without_deep_wrappers(text), _HTML_PARSER)
    except (etree.ParserError, ValueError):
        root = None
    return root if root is not None else etree.fromstring("<html><body></body></html>", _HTML_PARSER)


def _stopped_too_deep() -> bool:
    """The last parse stopped at libxml2's nesting limit (2048 levels: it drops the rest of the page)."""
    last = _HTML_PARSER.error_log.last_error
    return last is not None and last.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT


def _without_deep_wrappers(text: str) -> str:
    """The page without the tags of wrapper elements (div, span …) nested deeper than _KEPT_DEPTH; their text and
    every other element (tables, paragraphs) stay."""
    parts: list[str] = []
    depth, last = 0, 0
    dropped: dict[str, int] = {}  # wrapper name → opening tags dropped and not yet closed
    for m in _TAG.finditer(text):
        closing, name = m.group(1), m.group(2).lower()
        if name in _VOID_TAGS or m.group().endswith("/>"):
            continue
        if closing:
            drop = dropped.get(name, 0) > 0
            dropped[name] = dropped.get(name, 0) - drop
            depth = max(depth - 1, 0) if not drop else depth
        else:
            drop = depth >= _KEPT_DEPTH and name in _WRAPPER_TAGS
            dropped[name] = dropped.get(name, 0) + drop
            depth += not drop
        if drop:
            parts.append(text[last:m.start()])
            last = m.end()
    parts.append(text[last:])
    return "".join(parts)


def extract_body(html_text: str, url: str) -> Extracted:
    """Body text, title, tables, images, date and article metadata block of one report page."""
    try:
        return _extract_body(html_text, url, rewrite_text=False)
    except ValueError:  # lxml refuses to write back text holding a control character or a noncharacter
        return _extract_body(_xml_compatible(html_text), url, rewrite_text=True)


def _extract_body(html_text: str, url: str, rewrite_text: bool) -> Extracted:
    """`rewrite_text`: make the parsed text nodes XML-compatible first (character references such as &#xFFFF;
    bring such characters back into a page cleaned of them)."""
    root = parse_html(html_text)
    page_title = clean_line(_title_text(root)) or None
    html_meta = _html_meta(root)
    # <time datetime="2022-01-20T09:30"> of blog-like templates
    if (time := root.find(".//time[@datetime]")) is not None:
        html_meta.setdefault("发布日期", time.get("datetime", "").strip())
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)  # in libxml2: the tail text stays
    # Each read once, before the furniture is stripped (some of their nodes are detached from the page then):
    # the text nodes for the metadata lines and the density fallback, the class/id values for the title,
    # container and noise searches.
    texts = _ALL_TEXT(root)
    if rewrite_text:
        _make_xml_compatible(texts)
    meta_block = {**html_meta, **parse_meta_block(_meta_lines(texts))}
    class_and_id = _CLASS_AND_ID_VALUES(root)
    heading, h1 = _first_heading(root, class_and_id)
    unlabelled_date = (_unlabelled_date(heading) if heading is not None
                       and not any(meta_block.get(k) for k in _DATE_LABELS) else None)
    furniture = {el: el.getparent() for el in root.iter(*_FURNITURE_TAGS)}  # where their tail text stays
    etree.strip_elements(root, *_FURNITURE_TAGS, with_tail=False)
    if (container := _find_container(root, class_and_id)) is None:
        container = _densest_block(root, texts, furniture)
    _drop(_hidden(container, bool(_HIDES.search(html_text))))
    _drop(_noise_elements(class_and_id, container))
    _drop(el for el in container.iter(*_LINK_LIST_TAGS) if el is not container and _is_link_list(el))
    _drop(_leading_meta_block(container))
    _lists_as_tables(container)
    tables = list(container.iter("table"))
    if misplaced := [t for t in tables if t.getparent().tag in _ROW_GROUPS]:
        _close_open_tables(misplaced)
        tables = list(container.iter("table"))
    data_tables = [t for t in tables if _is_data_table(t)]
    images = _images(container, url)
    attached = _attachment_block(container)
    text, tables = _render(container, data_tables)  # the page tree is not read after this
    if attached is not None:
        text += _attached_files(attached)
    body = _without_footer(clean_body(text))
    title = choose_title([meta_block.get("标题"), meta_block.get("名称"), h1, page_title])
    if not (title and parse_title(title).is_report):  # TRS editors often type the title as the first line
        title = next((line for line in _top_title_lines(body) if parse_title(line).is_report), title)
    title = _with_agency_line(title, body)
    body = _strip_leading(body, title, meta_block)
    if not body and (source := _hidden_source(html_text)):  # shown by a script from a <textarea>
        shown = _extract_body(source, url, rewrite_text)
        body, tables, images = shown.body, shown.tables, shown.images
    frames: list[str] = []
    if not body:  # a report published as pictures of its pages: no text block to find, the page's images
        images = [image for image in _images(root, url) if not _FURNITURE_IMAGE.search(image)]
        # …or shown in a frame (a pdf.js viewer, another page): named where no report is found (its tags are gone)
        frames = [urljoin(url, html.unescape(m.group(1) or m.group(2))) for m in _FRAME_SOURCE.finditer(html_text)]
    published = (iso_date(next((meta_block[k] for k in _DATE_LABELS if meta_block.get(k)), None)) or unlabelled_date
                 or _signed_date(body))
    return Extracted(body, title, tables, images, published, meta_block, page_title, frames)


def _hidden_source(html_text: str) -> str | None:
    """The article a CMS keeps escaped in a <textarea> for a script to show (its tags are dropped with the form
    controls): the longest one's text, when it is more than a few words."""
    sources = [html.unescape(m.group(1)) for m in _TEXTAREA.finditer(html_text)] if "<textarea" in html_text else []
    longest = max(sources, key=len, default="")
    return longest if len(longest.strip()) >= _MIN_HIDDEN_SOURCE else None


def _leading_meta_block(container: etree._Element) -> list[etree._Element]:
    """The metadata table or <dl> that opens the article (索引号 | X | 发布机构 | Y): every row or pair a label and its
    value, which the page's metadata block holds already. Only the article's first text is looked at."""
    first = _first_text(container)
    if first is None or not _META_LABEL_IN_TEXT.match(first[1]):  # (the cheap test: a label opens the article)
        return []
    block = first[0]
    while block is not container and block.tag not in ("table", "dl"):
        block = block.getparent()
    if block is container:
        return []
    rows = [block] if block.tag == "dl" else list(block.iter("tr"))  # (a <dl> is one row of dt/dd cells)
    return [block] if rows and all(_is_label_value_pairs([clean_line(text_of(cell)) for cell in row.iterchildren(
        "dt", "dd", "td", "th")]) for row in rows) else []


def _first_text(container: etree._Element) -> tuple[etree._Element, str] | None:
    """The first text of the element that is not space, stripped, and the element holding it (the parent of a tail's
    element): a walk that stops there, unlike an XPath search, which reads the whole subtree."""
    for event, el in etree.iterwalk(container, events=("start", "end")):
        text = el.text if event == "start" else el.tail if el is not container else None
        if text and not text.isspace():
            return (el if event == "start" else el.getparent()), text.strip()
    return None


def _is_label_value_pairs(cells: list[str]) -> bool:
    """Cells that are labels each followed by its value (maybe empty), or label：value cells; one pair at least."""
    i = pairs = 0
    while i < len(cells):
        if _label_of(cells[i]):
            i, pairs = i + 2, pairs + 1  # (the value cell is skipped: any text)
        elif (pair := _META_PAIR.match(cells[i])) and pair.end() == len(cells[i]) and not _is_sentence(cells[i]):
            i, pairs = i + 1, pairs + 1
        elif not cells[i]:
            i += 1
        else:
            return False
    return pairs > 0


def _lists_as_tables(container: etree._Element) -> None:
    """A list whose items are rows of cells (<li><span>行政许可</span><span>3949</span></li>, a CSS-styled table)
    becomes the table it shows: every item holds spans only, two items at least two (a caption row holds one)."""
    for lst in list(container.iter("ul", "ol")):
        items = list(lst.iterchildren("li"))
        if len(items) >= 2 and all(len(item) and all(cell.tag == "span" for cell in item) for item in items) \
                and sum(len(item) >= 2 for item in items) >= 2:
            lst.tag = "table"
            for item in items:
                item.tag = "tr"
                for cell in item.iterchildren("span"):
                    cell.tag = "td"


def _close_open_tables(misplaced: list[etree._Element]) -> None:
    """A <table> met among a table's rows (its </table> forgotten) closes the open table in browsers; libxml2 nests
    it there instead. It moves after the open table with what follows it and the text before it (a heading)."""
    for inner in misplaced:
        if inner.getparent().tag not in _ROW_GROUPS:  # moved out already with an enclosing one
            continue
        outer = next(inner.iterancestors("table"))
        first = inner
        while (previous := first.getprevious()) is not None and previous.tag not in _ROW_PARTS:
            first = previous
        anchor = outer
        for el in [first, *first.itersiblings()]:
            anchor.addnext(el)
            anchor = el


def _attachment_block(container: etree._Element) -> etree._Element | None:
    """The list of the report's files that Hanweb-like templates print right after the article block."""
    following = container.getnext()
    if following is None or not isinstance(following.tag, str) or _text_len(following) > _MAX_ATTACHMENT_BLOCK:
        return None
    return following if text_of(following).lstrip(" \t\n\r\u3000\xa0【[").startswith("附件") else None


def _attached_files(block: etree._Element) -> str:
    """The attachment block's lines (rendered) without the downloads of a whole report (the article itself as a
    .pdf or .docx, named by its title): no text of the report. Nothing when only the 附件 label is left."""
    lines = [line for line in _render(block, [])[0].split(_LINE)
             if not ((name := _FILE_NAME.fullmatch(clean_line(line))) and parse_title(name.group(1)).is_report)]
    return _LINE + _LINE.join(lines) if any(_ATTACHMENT_LABEL.sub("", clean_line(line)) for line in lines) else ""


def _images(el: etree._Element, url: str) -> list[str]:
    """The pictures' URLs; a lazy-loaded one's is in data-original or data-src (its src a placeholder)."""
    return [urljoin(url, src) for img in el.iter("img")
            if (src := (img.get("data-original") or img.get("data-src") or img.get("src") or "").strip())]


def _hidden(container: etree._Element, page_hides: bool) -> list[etree._Element]:
    """Elements hidden with display:none that are not the report: inline ones (anti-copy characters inside
    sentences, <span style="display:none">x9</span>), and blocks (print copies, duplicated bodies) when the
    visible text is a body on its own: a CMS that hides the real body and shows it by script keeps it."""
    inline = [el for el in _HIDDEN_INLINE(container) if _DISPLAY_NONE.search(el.get("style") or "")] if page_hides else []
    blocks = [el for el in _STYLED_NONE(container) if _DISPLAY_NONE.search(el.get("style") or "")]
    return inline + _hidden_copies(container, blocks)


def _hidden_copies(container: etree._Element, hidden: list[etree._Element]) -> list[etree._Element]:
    if not hidden:
        return []
    outermost = set(hidden)
    hidden = [el for el in hidden if not any(a in outermost for a in el.iterancestors())]
    visible = _text_len(container) - sum(map(_text_len, hidden))
    return hidden if visible >= _MIN_GENERIC_CHARS else []


def _drop(elements) -> None:
    """Remove elements but keep their tail text (what follows them in the parent)."""
    for el in list(elements):
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail:
            previous = el.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)


def text_of(el: etree._Element) -> str:
    """All text inside the element (not its tail); libxml2's text serialiser is ~4× faster than itertext."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def _title_text(root: etree._Element) -> str:
    """The text of the page's first <title>: in <head> unless the markup put it elsewhere (looked for there first,
    as a search of the whole page walks all of it: _enclosing_block)."""
    title = root.find("head/title")
    if title is None:
        title = root.find(".//title")
    return (title.text or "") if title is not None else ""


def _html_meta(root: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").lower()
        key = _HTML_META_NAMES.get(name)
        if key and (content := (meta.get("content") or "").strip()):
            found.setdefault(key, content)
    return found


def _make_xml_compatible(texts: list) -> None:
    """Rewrite the text nodes that hold characters lxml refuses when text is written back (the tail of a dropped
    element, line marks)."""
    for node in texts:
        if _XML_INCOMPATIBLE.search(node):
            safe = _xml_compatible(node)
            if node.is_tail:
                node.getparent().tail = safe
            else:
                node.getparent().text = safe


def _xml_compatible(text: str) -> str:
    return _XML_INCOMPATIBLE.sub(lambda m: "\n" if m.group() in "\v\f" else "", text)


def _meta_lines(texts: list) -> str:
    """Text of the rows/lines that hold a metadata label (rendering only those is much cheaper than the page).
    `texts`: the page's text nodes (//text())."""
    blocks: dict[etree._Element, None] = {}  # (in page order)
    lengths: dict[etree._Element, int] = {}  # a row's text is measured once, not once per label in it
    # one regex pass over all the text (a search per text node costs more), each hit mapped back to its node by
    # the separators before it
    joined = "\0".join(texts)
    hits: dict[int, None] = {}
    node = counted = 0
    for m in _META_LABEL_IN_TEXT.finditer(joined):
        node += joined.count("\0", counted, m.start())
        counted = m.start()
        hits[node] = None
    for node in (texts[i] for i in hits):
        if len(node) >= 200:
            continue
        el = node.getparent()
        row = next(el.iterancestors("tr"), None) if el.tag != "tr" else el
        if row is not None and row not in lengths:
            lengths[row] = _text_len(row)
        if row is None or lengths[row] >= _MAX_META_BLOCK:  # a layout table's row holds the page: its block
            if el.tag not in _META_BLOCK_TAGS:
                el = _enclosing_block(el)
            row = el.getparent() if el is not None and el.tag in ("dt", "dd") else el
        if row is not None:
            blocks[row] = None
    lines = []
    for block in blocks:
        if block.tag == "tr":
            lines.append(_row_pairs(block))
        elif block.tag == "dl":
            lines.append(_dl_pairs(block))
        elif _text_len(block) < _MAX_META_BLOCK:
            lines.append(_block_text(block))
    return "\n".join(lines)


def _enclosing_block(el: etree._Element) -> etree._Element | None:
    """The nearest ancestor that is a block. (A walk up, as lxml's iterators matching many tag names cost ~4 µs to
    set up, ten steps up; and they look one match ahead, so next(root.iter(tag)) walks the page when one matches.)"""
    el = el.getparent()
    while el is not None and el.tag not in _META_BLOCK_TAGS:
        el = el.getparent()
    return el


def _row_pairs(row: etree._Element) -> str:
    """A metadata row as 'label：value | …'; a row of labels only is a header over the values in the next row."""
    cells = [clean_line(text_of(c)) for c in row.iter("td", "th")]
    labels = [_colon_label(c) for c in cells]
    following = row.getnext()
    if following is not None and following.tag == "tr" and any(cells) and all(
            _label_of(cell) for cell in cells if cell):  # every printed cell is a label: the values sit below
        values = [clean_line(text_of(c)) for c in following.iter("td", "th")]
        return " | ".join(label + value for label, value in zip(labels, values, strict=False))
    return " | ".join(labels)


def _dl_pairs(dl: etree._Element) -> str:
    """A <dl> of <dt>label</dt><dd>value</dd> pairs, one pair per line."""
    lines: list[str] = []
    for item in dl.iterchildren("dt", "dd"):
        text = _colon_label(clean_line(text_of(item)))
        if item.tag == "dt" or not lines:
            lines.append(text)
        else:
            lines[-1] += " " + text
    return "\n".join(lines)


def _block_text(block: etree._Element) -> str:
    """What _render prints for the element and its tail, leaving the page as it is."""
    if block.tag != "table" and not any(el.tag in _RENDERED_INSIDE for el in block.iterdescendants()):
        # a line of inline text (most metadata blocks): nothing inside to mark, so no copy to render
        text, tail = text_of(block), block.tail or ""
        return f"{_LINE}{text}{_LINE}{tail}" if block.tag in _RENDER_BLOCK_TAGS else text + tail
    return _render(copy.deepcopy(block))[0]  # blocks may nest, and the page is read on


def _colon_label(cell: str) -> str:
    """A label cell printed without its colon ('<th>发布机构</th><td>某局</td>') gets one, so the pair parses."""
    return f"{label}：" if (label := _label_of(cell)) else cell


def _label_of(cell: str) -> str | None:
    """The metadata label a cell prints (spaces and a trailing colon aside), if it is one."""
    label = SPACES.sub("", cell).rstrip(":：")
    return label if label in _META_LABEL_SET else None


def parse_meta_block(page_text: str) -> dict[str, str]:
    """Label/value pairs such as 索引号：330523/2019-04682 from anywhere on the page (first value wins)."""
    found: dict[str, str] = {}
    for line in page_text.splitlines():
        if "：" not in line and ":" not in line:
            for m in _DATE_PAIR.finditer(line):  # "生成日期 2018-02-09 公开日期 2018-02-15": dates without a colon
                found.setdefault(m.group(1), m.group(2))
            continue
        flat = clean_line(line.replace(" | ", " "))
        pairs = list(_meta_pairs(flat))
        # a date right before the line's labels is the page's ("2024年01月26日来源：…", "2024-01-26 来源：…"), after the
        # publisher's name too ("某街道办事处 2024年01月18日 来源：…")
        if pairs and (date := _DATE_BEFORE_LABELS.fullmatch(flat[:pairs[0].start()].strip())):
            found.setdefault("日期", date.group("date"))
        for m in pairs:
            label, value = _LABEL_VARIANTS.get(m.group(1), m.group(1)), m.group(2).strip(" |")
            if label in _TOKEN_LABELS:  # codes end at the first space (footers run on after them)
                value = value.split(" ", 1)[0]
                if label == "网站标识码" and (code := _SITE_CODE.match(value)):  # or at the next span's words
                    value = code.group()
            if value and len(value) <= 120:
                found.setdefault(label, value)
    return found


def _meta_pairs(flat: str) -> Iterator[re.Match[str]]:
    """The label/value pairs of a line, a label glued to the value before it included."""
    m = _META_PAIR.search(flat)
    while m:
        yield m
        m = _NEXT_META_PAIR.match(flat, m.end()) or _META_PAIR.search(flat, m.end())


def _signed_date(body: str) -> str | None:
    """The date under the signature ('2019年3月25日' on one of the last lines) when the page shows none."""
    for line in body.rsplit("\n", 3)[-3:]:
        if len(line) <= 16 and (date := iso_date(line)):
            return date
    return None


def iso_date(text: str | None) -> str | None:
    if text and not text.isascii():  # full-width digits and dashes (２０２２－０１－２５)
        text = unicodedata.normalize("NFKC", text)
    m = _DATE.search(text or "") or _COMPACT_DATE.fullmatch((text or "").strip()) or _CN_DATE.search(text or "")
    if not m:
        return None
    y, mo, d = (int(g) if g.isdigit() else chinese_to_int(g.translate(_ZERO_FORMS)) or 0 for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _first_heading(root: etree._Element, class_and_id: list) -> tuple[etree._Element | None, str | None]:
    """The first h1/h2, else the first element inside <body> whose class or id says it is the title, and its text."""
    for el in itertools.chain(root.iter("h1", "h2"), _title_like(root, class_and_id)):
        text = clean_line(text_of(el))
        if 6 <= len(text) <= 120:
            return el, text
    return None, None


def _unlabelled_date(heading: etree._Element) -> str | None:
    """A date printed without a label under the article's heading, before its text starts ('2021-01-28' in a date
    line, '2025-02-12 16:03' in an info list), else in a line of its own right above it."""
    for text in _TEXTS_AFTER(heading):
        if m := _BARE_DATE.fullmatch(text.strip()):
            return iso_date(m.group())
        if len(text.strip()) > _MAX_DATE_LINE:  # the article's text has begun
            break
    above = _TEXT_BEFORE(heading)
    return iso_date(m.group()) if above and (m := _BARE_DATE.fullmatch(above[0].strip())) else None


def _title_like(root: etree._Element, class_and_id: list) -> Iterator[etree._Element]:
    body = root.find("body")
    # page order, once each; the body test only for the few values that name a title
    yield from dict.fromkeys(el for value in class_and_id
                             if "title" in value and body in (el := value.getparent()).iterancestors())


def choose_title(candidates: list[str | None]) -> str | None:
    """The first candidate that reads as a report title, else the first non-empty one (site suffix cut)."""
    pieces = []
    for cand in candidates:
        if not cand or not (cand := _FONT_SIZE_WIDGET.sub("", cand)):
            continue
        # "站名-标题" / "标题_站名": the parts before the whole, so a site name never sticks to the agency; but
        # "一图读懂｜X区…年度报告" is one title, its first part says what the document is
        parts = [p for p in _TITLE_SPLIT.split(cand) if p and p != cand]
        if not (parts and parse_title(cand).lookalike and any(parse_title(p).lookalike for p in parts)):
            pieces.extend(parts)
        pieces.append(cand)
    if any("." in piece for piece in pieces):
        pieces = [_FILE_EXTENSION.sub("", piece) or piece for piece in pieces]
    for piece in pieces:
        info = parse_title(piece)
        # a loose match (no agency) on a string that still holds a site-name separator is "title_站名"
        if info.is_report and (info.agency or len(_TITLE_SPLIT.split(piece)) == 1):
            return piece.strip()
    for piece in pieces:  # a report title without a year ("站名--X局政府信息公开工作年度报告") names its agency
        if parse_title(piece).agency:
            return piece.strip()
    for piece in pieces:
        if parse_title(piece).year is not None:
            return piece.strip()
    for piece in pieces:  # a document's name with a year, before a label's value that may be a table header
        if _ANY_YEAR.search(piece):
            return piece.strip()
    first = next((c for c in candidates if c), None)
    return _TITLE_SPLIT.split(first)[0].strip() if first else None


def _find_container(root: etree._Element, class_and_id: list) -> etree._Element | None:
    """The longest element of the most specific known container kind, if one holds enough text.
    `class_and_id`: the class/id values of the page's elements, some of them since detached from `root`."""
    levels: dict[etree._Element, int] = {}  # element → the most specific container kind it names, in page order
    for value in class_and_id:
        level = _class_level(value) if value.attrname == "class" else _CONTAINER_ID_LEVEL.get(value)
        if (level is not None and (el := value.getparent()).tag not in ("body", "html")
                and root in el.iterancestors()):
            levels[el] = min(level, levels.get(el, level))
    found: list[list[etree._Element]] = [[] for _ in _CONTAINERS]
    for el, level in levels.items():
        found[level].append(el)
    for level, matches in enumerate(found):
        if matches:
            lengths = [_text_len(m) for m in matches]  # measured once: libxml2 walks the whole subtree
            best_length = max(lengths)
            best = matches[lengths.index(best_length)]
            # generic names (content, article) also label small side boxes: they must hold real text
            minimum = (_MIN_GENERIC_CHARS if level == len(_CONTAINERS) - 1
                       else _MIN_CMS_CONTAINER_CHARS if level < _CMS_CONTAINER_LEVELS else _MIN_CONTAINER_CHARS)
            if best_length >= minimum or (level < _CMS_CONTAINER_LEVELS and best_length and _holds_words(best)):
                # an editor that split the article into sibling blocks (two TRS_Editor divs): their parent
                parent = best.getparent()
                if level < _CMS_CONTAINER_LEVELS and any(
                        m is not best and n >= _MIN_CONTAINER_CHARS and m.getparent() is parent
                        for m, n in zip(matches, lengths, strict=True)):
                    return parent
                return best
    return None


def _holds_words(container: etree._Element) -> bool:
    """A short CMS article container holds report words (the last page's "15件。", a first page's only heading), not
    only a share or print bar that a template put in it."""
    text = " ".join(text_of(container).split())
    return bool(_CJK_WORD.search(text)) and not is_noise_line(text)


@functools.lru_cache(maxsize=4096)
def _class_level(value: str) -> int | None:
    """The most specific container kind a class attribute names (templates repeat their class values)."""
    return min((_CONTAINER_CLASS_LEVEL[name] for name in value.split() if name in _CONTAINER_CLASS_LEVEL),
               default=None)


def _text_len(el: etree._Element) -> int:
    return int(_TEXT_LEN(el))


def _densest_block(root: etree._Element, texts: list,
                   furniture: dict[etree._Element, etree._Element]) -> etree._Element:
    """Readability-style fallback: paragraphs vote for their parent (and half for the grandparent).
    `texts`: the page's text nodes read before the furniture elements (→ their parents) were stripped."""
    own_texts = _own_texts(texts, furniture)
    # the text of inline wrappers counts for their block: Word prints every paragraph as <p><span>…</span></p>
    # (often in several spans), and the paragraph, not the span, votes
    voters: dict[etree._Element, list[str]] = {}
    for el in root.iter("p", "td", "div", "span", "font", "li"):
        if (parts := own_texts.get(el)) is None:
            continue
        voter = el
        while voter.tag in _INLINE_VOTERS and (up := voter.getparent()) is not None:
            voter = up
        voters.setdefault(voter, []).extend(parts)
    scores: dict[etree._Element, float] = {}
    for voter, parts in voters.items():
        own_text = "".join(parts)
        if len(own_text) < 20 or (own := len(SPACES.sub("", own_text))) < 20:  # removing spaces only shortens
            continue
        parent = voter.getparent()
        for target, weight in ((parent, 1.0), (parent.getparent() if parent is not None else None, 0.5)):
            if target is not None and target.tag not in ("html",):
                scores[target] = scores.get(target, 0.0) + own * weight
    if not scores:
        body = root.find("body")
        return body if body is not None else root
    # scores lowered by their share of link text, highest first: as the share only lowers a score, an element
    # scoring below the best lowered score so far cannot win, and its text (a walk of its subtree) is not measured
    lowered: dict[etree._Element, float] = {}
    top = 0.0
    for el in sorted(scores, key=scores.__getitem__, reverse=True):
        if scores[el] < top:
            break
        links = sum(len(text_of(a)) for a in el.iter("a"))
        lowered[el] = scores[el] * max(0.0, 1.0 - links / max(_text_len(el), 1))
        top = max(top, lowered[el])
    best = max((el for el in scores if el in lowered), key=lowered.__getitem__)  # (a tie: the first in page order)
    # a row or cell of a statistics table is not the body: the rows vote for themselves on a page that is only
    # a table (an Excel sheet saved as a web page)
    table = best if best.tag == "table" else next(best.iterancestors("table"), None)
    if table is not None and _is_data_table(table) and (holder := table.getparent()) is not None:
        return holder
    return best


def _own_texts(texts: list, furniture: dict[etree._Element, etree._Element]) -> dict[etree._Element, list[str]]:
    """Each element's text outside its children (its text and its children's tails) from the page's text nodes:
    one pass over the text instead of a visit to every child of every block. A stripped furniture element's
    tail stays in the element that held it (`furniture`)."""
    own: dict[etree._Element, list[str]] = {}
    for node in texts:
        el = node.getparent()  # the element whose text or tail the node is
        if node.is_tail:
            el = furniture[el] if el in furniture else el.getparent()
        if el is not None:
            own.setdefault(el, []).append(node)
    return own


def _noise_elements(class_and_id: list, container: etree._Element) -> list[etree._Element]:
    """Short blocks inside the container whose class or id names page furniture; never a part of a table
    (class="header" rows). `class_and_id`: the class/id values of the page's elements."""
    named = dict.fromkeys(value.getparent() for value in class_and_id if _is_noise_value(value))  # few: test them
    return [el for el in named if el.tag not in _TABLE_PARTS and container in el.iterancestors()
            and next(el.iterancestors("td", "th"), None) is None and _text_len(el) < 300]


@functools.lru_cache(maxsize=4096)
def _is_noise_value(value: str) -> bool:
    """A class/id value naming page furniture (templates repeat their values: the regex runs once per value).
    Its keywords hold no space, so testing the class and the id apart finds what testing them joined would."""
    return bool(_NOISE_ATTR.search(value))


def _is_link_list(el: etree._Element) -> bool:
    """Menus, sidebars and 'latest documents' lists: text that is mostly links (attachment lines are kept)."""
    if next(el.iter("a"), None) is None:  # (el is no <a>) half the cost of ElementPath's find(".//a")
        return False
    text = text_of(el)
    total = len(SPACES.sub("", text))
    links = sum(len(SPACES.sub("", text_of(a))) for a in el.iter("a"))
    return (total > 0 and links / total >= _LINK_DENSITY and "附件" not in text
            and not any(_DOCUMENT_LINK.search(a.get("href") or "") for a in el.iter("a")))  # the report's files


def _is_data_table(table: etree._Element) -> bool:
    """A table of statistics, not a layout table: no nested tables, a row of two cells, short cells."""
    return bool(_IS_DATA_TABLE(table))  # one XPath call: each call into libxml2 has a fixed cost


def _render(el: etree._Element, data_tables: list[etree._Element] | None = None) -> tuple[str, list[TableText]]:
    """Text of an element and its tail with block boundaries as line marks (_LINE) and data-table rows as
    'a | b | c' lines, and its data tables, read (grid and lines).

    One libxml2 text pass instead of a Python walk over every element: the line marks are written into the text
    and tails of the block elements and every data table is swapped for the text of its rows, so the tree is
    CHANGED (the tables survive, detached). Call it last on a tree, or on a copy. `data_tables`: the data tables
    inside the element when the caller has measured them already."""
    if data_tables is None:
        data_tables = [t for t in el.iter("table") if _is_data_table(t)]
    read = [read_table(t) for t in data_tables]
    if el in data_tables:
        return _rows_text(read[0]) + (el.tail or ""), read
    for table, table_text in zip(data_tables, read, strict=True):
        stand_in = etree.Element("span")  # not a block: nothing is added around the rows
        caption = table.find("caption")  # a section heading printed as the table's caption (a child of the table)
        heading = _LINE + clean_line(text_of(caption)) if caption is not None else ""
        stand_in.text, stand_in.tail = heading + _rows_text(table_text), table.tail
        table.getparent().replace(table, stand_in)
    for node in _run_in_bold_headings(el):  # a line of their own: the paragraph's text is no part of the title
        node.text, node.tail = _LINE + (node.text or ""), _LINE + (node.tail or "")
    for node in el.iter(*_CONTENT_BLOCK_TAGS):
        node.text = _LINE + (node.text or "")
        node.tail = _LINE + (node.tail or "")
    for node in el.iter("table"):
        node.text, node.tail = _LINE, _LINE + (node.tail or "")
    for node in el.iter("br", "hr"):
        if node.text is not None:  # not in HTML, but libxml2 keeps what it is given
            node.text = _LINE + node.text
        node.tail = _LINE + (node.tail or "")
    for node in el.iter("img"):
        if (alt := (node.get("alt") or "").strip()) and not _FURNITURE_ALT.search(alt):
            node.text = alt + (node.text or "")
    for pre in el.iter("pre"):  # preformatted text keeps its lines
        for node in pre.iter():
            if node.text:
                node.text = node.text.replace("\n", _LINE)
            if node is not pre and node.tail:
                node.tail = node.tail.replace("\n", _LINE)
    return etree.tostring(el, method="text", encoding="unicode", with_tail=True), read


def _run_in_bold_headings(el: etree._Element) -> list[etree._Element]:
    """Bold numbered headings run into a paragraph: at its start, or after a sentence ("…。<b>（一）主动公开。</b>全年…")."""
    found = []
    for bold in el.iterdescendants("b", "strong"):
        if (head := (bold.text or "").lstrip()) and head[0] not in _HEADING_FIRST:  # (most: no text_of)
            continue
        text = head if not len(bold) else text_of(bold).lstrip()  # (Word: <b><span>一、</span><span>总体情况</span></b>)
        if text[:1] not in _HEADING_FIRST or not _BOLD_HEADING.match(text):
            continue
        previous = bold.getprevious()
        if previous is None:
            before = bold.getparent().text or ""
        elif previous.tail and not previous.tail.isspace():
            before = previous.tail
        else:  # a block before it ends a line; an inline element's text runs on
            before = "" if previous.tag in _RENDER_BLOCK_TAGS else text_of(previous)
        if not (before := before.rstrip()) or before[-1] in _SENTENCE_ENDS:
            found.append(bold)
    return found


def _source_line_breaks(line: str) -> str:
    """A line break of the HTML source is a space, as a browser shows it (none between two Chinese characters:
    Word wraps its HTML inside words); the lines of the body are its block boundaries (_LINE)."""
    return _SOURCE_BREAK.sub(" ", _SOURCE_BREAK_IN_CHINESE.sub("", line))


def _rows_text(table: TableText) -> str:
    """A data table as text: a line break, then one line per row with its non-empty cells joined by " | "."""
    return "".join([_LINE, *(line + _LINE for line in table.lines)])


def clean_body(text: str) -> str:
    """One paragraph per line (the blocks _render marked), whitespace collapsed, furniture lines dropped."""
    # line by line: most lines skip the space regex (see clean_line); no space character ends a line
    lines = (clean_line(_source_line_breaks(line) if "\n" in line or "\r" in line else line)
             for line in text.split(_LINE) if line and not line.isspace())  # half are empty (block ends)
    kept: list[str] = []
    for line in lines:
        if line and not ((m := _NOISE_LINE.match(line)) and _is_noise(m) and not _is_bar_cell(line, kept)):
            kept.append(line)
    return "\n".join(kept)


def _without_footer(body: str) -> str:
    """The body without the page's footer at its end: its last registration line, what follows it and the
    footer lines right above it."""
    if not any(mark in body[-_FOOTER_TAIL:] for mark in _REGISTRATION_MARKS):
        return body
    start = body.rfind("\n", 0, max(len(body) - _FOOTER_TAIL, 0)) + 1  # the lines of the body's end
    lines = body[start:].split("\n")
    end = next((i for i in range(len(lines) - 1, -1, -1) if _is_footer_line(lines[i], _REGISTRATION_LINE)), None)
    if end is None:
        return body
    while end and _is_footer_line(lines[end - 1], _FOOTER_LINE):
        end -= 1
    return (body[:start] + "\n".join(lines[:end])).rstrip("\n")


def _is_footer_line(line: str, kind: re.Pattern[str]) -> bool:
    return "。" not in line and bool(kind.search(line))


def _is_bar_cell(line: str, kept: list[str]) -> bool:
    """Bars alone on a line under a line that ends in one: a table flattened one cell per line ("7 |", "|", "52 |")
    prints its empty cells and row ends so (tables.py reads their places), not a menu's separator."""
    return bool(kept) and kept[-1].endswith("|") and not line.strip("| ")


def is_noise_line(line: str) -> bool:
    """A line of page furniture (print/close bars, font size, previous/next, position, pager …)."""
    return bool((m := _NOISE_LINE.match(line)) and _is_noise(m))


def _is_noise(match: re.Match[str]) -> bool:
    return match.lastgroup != "pager" or bool(_PAGE_WORD.search(match.string)) or _is_page_of_total(match.string)


def _is_page_of_total(line: str) -> bool:
    return "/" in line and bool(m := _PAGE_OF_TOTAL.fullmatch(line)) and 0 < int(m.group(1)) <= int(m.group(2))


def _top_title_lines(body: str) -> Iterator[str]:
    """The first lines of the body that may be a title typed into the article (no sentence): each line, then
    each line with the short one above it (a title printed on two lines, the agency above the year and report
    words, as in <h3>某局<br/>2021年…年度报告</h3>)."""
    above = None
    for line in body.split("\n", _TITLE_LINES_AT_TOP)[:_TITLE_LINES_AT_TOP - 1]:
        if _SENTENCE_MARKS.search(line):  # the opening sentence, a metadata line
            above = None
            continue
        yield line
        if above is not None and len(above) <= _MAX_AGENCY_LINE:
            yield f"{above.strip()}{line.strip()}"
        above = line


def _with_agency_line(title: str | None, body: str) -> str | None:
    """A title printed on two lines, the agency above the year and report words ("石末乡人民政府" /
    "2021年政府信息公开工作年度报告"), whole: the page's heading often shows the second line only."""
    info = parse_title(title) if title else None
    if info is None or info.agency or info.year is None:
        return title
    key = _squash(title)
    lines = body.split("\n", _TITLE_LINES_AT_TOP)[:_TITLE_LINES_AT_TOP]
    for above, line in itertools.pairwise(lines):
        if (_squash(line) == key and len(above) <= _MAX_AGENCY_LINE and not _SENTENCE_MARKS.search(above)
                and parse_title(joined := f"{above.strip()}{line.strip()}").agency):
            return joined
    return title


def _strip_leading(body: str, title: str | None, meta_block: dict[str, str]) -> str:
    """Drop title repeats (also printed on two lines) and metadata lines that open the body (they are stored
    separately)."""
    lines = body.split("\n")
    title_key = _squash(title or "")
    while lines:
        head = _squash(lines[0])
        if title_key and len(lines) > 1 and head + _squash(lines[1]) == title_key or (
                meta_block and len(lines) > 1 and _label_of(lines[0]) and not _is_sentence(lines[1])):
            del lines[:2]  # a title on two lines; a label, its value below (<dl>)
        elif title_key and head == title_key or (meta_block and len(lines[0]) < 160 and _META_PAIR.match(lines[0])
                                                 and not _is_sentence(lines[0])):
            lines.pop(0)
        else:
            break
    return "\n".join(lines)


def _is_sentence(line: str) -> bool:
    """The line holds a sentence (。, or a clause after ，): report text such as "时间：2021年1月1日至…，本机关…", never
    a metadata line."""
    return bool(_SENTENCE.search(line))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# -- sections -------------------------------------------------------------------------------------------

def _spaced_heading(line: str) -> re.Match[str] | None:
    m = _SPACED_TOP_HEADING.match(line)
    return m if m and _SECTION_TITLE.search(m.group(2)) else None


def _heading_title(rest: str) -> str:
    """Heading text up to the first sentence mark or space (pages often run the paragraph on)."""
    return _TITLE_END.split(rest.strip(), maxsplit=1)[0][:40]


def find_sections(body: str) -> list[Section]:
    """Numbered headings in reading order: 一、… top level, (一)… below it. Numbering must run in sequence, except
    that a heading titled like a section of the report forms may skip one or two numbers (a section printed as a
    picture, a mistyped number) or repeat the number before. A table of contents is skipped, and so is a list
    that restarts at 一 (a statistics table printed as lines); a report without 一、 headings is read for headings
    numbered 1. and, failing that, for the form's section titles printed alone."""
    lines, starts = _heading_lines(body)
    tops = [_top_heading(line, lines[i + 1] if i + 1 < len(lines) else "") if line[:1] in _TOP_FIRST else None
            for i, line in enumerate(lines)]
    skipped = _table_of_contents(lines, tops)
    sections = _numbered_sections(lines, starts, tops, skipped)
    if any(not s.number.startswith("(") for s in sections):
        return sections
    arabic = [None if " | " in line else _ARABIC_TOP_HEADING.match(line) for line in lines]
    tops = [(m.group(1), _heading_title(m.group(2))) if m and _SECTION_TITLE.search(m.group(2)) else None
            for m in arabic]
    return _numbered_sections(lines, starts, tops, skipped) or _unnumbered_sections(lines, starts)


def _heading_lines(body: str) -> tuple[list[str], list[int]]:
    """The body's lines and their offsets; a paragraph that runs a heading on after a sentence and a space (a
    report printed as one paragraph: "…如下。 一、主动公开政府信息情况 2015年…") is cut before the heading."""
    lines = body.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    if not (cuts := [m.end() for m in _RUN_IN_HEADING.finditer(body)]):
        return lines, starts
    starts = sorted({*starts, *cuts})
    return [body[a:b].removesuffix("\n") for a, b in zip(starts, [*starts[1:], len(body)], strict=True)], starts


def _order(number: str) -> int | None:
    return _CN_ORDER.get(number) or (int(number) if number.isdigit() else None)


def _top_heading(line: str, following: str) -> tuple[str, str] | None:
    """(number, title) of a top-level heading line; a title broken over two lines is joined with `following`."""
    if " | " in line:  # row labels of statistics tables (一、本年新收…) are not headings
        return None
    if m := _TOP_HEADING.match(line) or _spaced_heading(line):
        rest = m.group(2)
        if rest[0] in _CN_ORDER:  # "三、四季度新增…", "二、三级网络…": a sentence that starts with a list of numbers
            return None
        title = _heading_title(rest)
        if title == rest.strip() and following and _continues_title(title, following):
            title = _heading_title(title + following)
        return m.group(1), title
    if (m := _BARE_TOP_NUMBER.match(line)) and _SECTION_TITLE.search(title := _heading_title(following)) \
            and title == following.strip():  # a title alone on the next line, no sentence
        return m.group(1), title
    return None


def _continues_title(title: str, following: str) -> bool:
    """The next line completes a heading broken over two lines: 四、政府信息公开行政复议、/行政诉讼情况."""
    return title not in _FORM_TITLES and (title.endswith("、") or title + following.strip() in _FORM_TITLE_STARTS)


def _table_of_contents(lines: list[str], tops: list[tuple[str, str] | None]) -> set[int]:
    """Lines of a table of contents: headings with leader dots and a page number, and runs of three headings or
    more with no text between them whose titles come again further on (sections left empty do not)."""
    heads = [i for i, top in enumerate(tops) if top]
    skipped = {i for i in heads if lines[i].rstrip()[-1:].isdigit() and _LEADERS.search(lines[i])}
    run = heads[:1]
    for before, after in itertools.pairwise(heads):
        # (a paragraph between ends the run at once, and so does a number that does not go up: the text's
        # headings after the table)
        if all(not lines[k].strip() or lines[k][:1] in "（(" and _SUB_HEADING.match(lines[k])
               for k in range(before + 1, after)) and (_order(tops[after][0]) or 0) > (_order(tops[before][0]) or 0):
            run.append(after)
            continue
        if len(run) >= 3:
            skipped.update(_repeated_later(run, tops, after))
        run = [after]
    if len(run) >= 3:
        skipped.update(_repeated_later(run, tops, run[-1] + 1))
    return skipped


def _repeated_later(run: list[int], tops: list[tuple[str, str] | None], after: int) -> list[int]:
    """The run of heading lines when three of its titles come again as headings from line `after` on."""
    titles = {tops[j][1] for j in run if tops[j]}
    return run if sum(1 for top in tops[after:] if top and top[1] in titles) >= 3 else []


def _numbered_sections(lines: list[str], starts: list[int], tops: list[tuple[str, str] | None],
                       skipped: set[int]) -> list[Section]:
    sections: list[Section] = []
    last_top = last_sub = 0
    inner = 0  # the last number of a list that restarted at 一 under a section (0: none), not sections
    top_at = 0  # index of the last top-level section
    for i, line in enumerate(lines):
        if not (top := tops[i]) and line[:1] not in "（(" and not (inner and line[:1] in _CN_ORDER) or i in skipped:
            continue  # (most lines are neither)
        if not top and line[:1] in _CN_ORDER:  # a row of the restarted list with its values: 四、行政复议数量 | 件 | 2
            if (row := _TOP_HEADING.match(line)) and inner < (number := _order(row.group(1)) or 0) <= inner + 3:
                inner = number
            continue
        order = _order(top[0]) if top else None
        part = line[:1] == "第"  # 第一部分: its own list numbered 一、 may follow
        if order and not part and 0 < inner < order <= inner + 3 and top[1] not in _FORM_TITLES:
            inner = order  # 五、行政诉讼数量 after 三、依申请公开情况 of a table printed as lines (rows with values: " | ")
        elif order and (order == last_top + 1 or (
                (last_top + 2 <= order <= last_top + 3 or order == last_top and not part)
                and _SECTION_TITLE.search(top[1])
                and not any(s.title == top[1] for s in sections))):  # (a table of contents repeats the titles)
            if order == last_top and not _SECTION_TITLE.search(sections[top_at].title):
                del sections[top_at:]  # the number's first heading was a table row (四、结转下年度继续办理)
            top_at = len(sections)
            sections.append(Section(top[0], top[1], starts[i]))
            last_top, last_sub, inner = order, 0, 0
        elif order == 1 and last_top and not part:
            inner = 1
        elif not top and last_top and not inner and line[:1] in "（(" and " | " not in line \
                and (sub := _SUB_HEADING.match(line)) and _CN_ORDER.get(sub.group(1)) == last_sub + 1:
            sections.append(Section(f"({sub.group(1)})", _heading_title(sub.group(2)), starts[i]))
            last_sub += 1
    return sections


def _unnumbered_sections(lines: list[str], starts: list[int]) -> list[Section]:
    """The form's section titles printed alone on their lines, without numbers, in the form's order."""
    sections: list[Section] = []
    for i, line in enumerate(lines):
        title = line.strip()
        if title in _FORM_TITLES and (not sections or _FORM_TITLES.index(title) > _FORM_TITLES.index(sections[-1].title)):
            sections.append(Section("", title, starts[i]))
    return sections if len(sections) >= 3 else []


# -- aggregator pages (seed 001) ------------------------------------------------------------------------

MIN_SEGMENT_CHARS = 200  # a shorter piece of an aggregator page is an excerpt, not a report
_MIN_REPEATED_CHARS = 50  # a capture this long whose text is all in the report already is a copy of it
_MAX_OVERLAP_LINES = 5
_MIN_CONTENT_LINE = 8
_MIN_OVERLAP_CHARS = 10  # (a short line such as "无。" may open a page and end the one before by chance)
_MAX_TITLE_LINE = 60
_CLAUSE_MARKS = re.compile("[，。；,;]")
_MIN_SECTIONS = 2
_INTERPRETATION_WORDS = ("解读", "图解", "读懂")
_LIST_ITEM = re.compile(r"\s*\d{1,2}\s*[.、．]")  # "2." of an attachment list's later files


def _may_be_report_title(line: str) -> bool:
    """Cheap test before parse_title: every report title holds 公开 and 报告 or 年报 (in either script, maybe
    letter-spaced)."""
    if " " in line:
        line = line.replace(" ", "")
    return ("公开" in line or "公開" in line) and ("报告" in line or "報告" in line or "年报" in line or "年報" in line)


def report_title_of(line: str) -> TitleInfo | None:
    """The line read as a title (parse_title) when it may be one: short, with a report title's words."""
    return (parse_title(line) if len(line) <= _MAX_TITLE_LINE and _may_be_report_title(line)
            and not _CLAUSE_MARKS.search(line) else None)  # (a sentence naming a report is no title)


def _opens_report(line: str, top: re.Match[str] | None, chars: int, has_top: bool) -> bool:
    """The line starts another report after `chars` characters of text (with a top heading among them when
    `has_top`): a report's title, or a restart at 一、概述/总体情况 after a report's text."""
    if top is not None and top.group(1) == "一" and _OPENING_HEADING.search(top.group(2)):
        return has_top or chars >= MIN_SEGMENT_CHARS
    return chars > 0 and (title := report_title_of(line)) is not None and title.is_report


def segment_reports(body: str, min_chars: int = MIN_SEGMENT_CHARS) -> list[str]:
    """Split a page that pastes several reports together: at 一、 restarts, report-title lines and paragraphs
    that open with a different year; noise lines are removed and pieces shorter than `min_chars` dropped."""
    segments: list[list[str]] = [[]]
    seg_year: int | None = None
    seg_has_top = False
    seg_chars = 0
    for line in body.split("\n"):
        if _is_pasted_noise(line):
            continue
        top = _TOP_HEADING.match(line)
        line_year = _LINE_YEAR.match(line)
        # (a report's paragraphs open with the year before and after its own: 2016年底…, 2018年，我们将…)
        year_change = (line_year is not None and seg_year is not None and int(line_year.group(1)) not in
                       (seg_year - 1, seg_year, seg_year + 1))
        if year_change or _opens_report(line, top, seg_chars, seg_has_top):
            carried = segments[-1].pop() if year_change and segments[-1] and _is_heading(segments[-1][-1]) else None
            while segments[-1] and _is_stray(segments[-1][-1]):
                segments[-1].pop()  # unpunctuated snippets (directions, ads) pasted between two reports
            segments.append([carried] if carried else [])
            seg_year, seg_has_top, seg_chars = None, False, 0
        segments[-1].append(line)
        seg_has_top = seg_has_top or top is not None
        seg_chars += len(line)
        if seg_year is None:
            seg_year = first_year(line)
    texts = ("\n".join(seg) for seg in segments)
    return [t for t in texts if t and len(t) >= min_chars]


def without_pasted_noise(body: str) -> str:
    """The body without the lines segment_reports leaves out: page furniture and the Q&A snippets aggregator pages
    paste around a report."""
    return "\n".join(line for line in body.split("\n") if not _is_pasted_noise(line))


def _is_pasted_noise(line: str) -> bool:
    return not line or is_noise_line(line) or bool(_AGGREGATOR_NOISE.search(line))


def report_pieces(body: str) -> list[str]:
    """The body cut where another report starts (a report's title, an 一、概述/总体情况 restart): unlike
    segment_reports nothing is dropped and a year change is no cut, so the pieces joined by newlines are the
    body. Whether two pieces are two reports is for the caller to decide."""
    lines = body.split("\n")
    starts = [0]
    chars = 0
    has_top = False
    for i, line in enumerate(lines):
        # (cheap tests first: most lines are neither a heading nor short with a title's words; a later heading
        # than 一 matters only as the piece's first)
        top = _TOP_HEADING.match(line) if line[:1] in _TOP_FIRST and (not has_top or line[0] in "一第") else None
        if (top or (chars and len(line) <= _MAX_TITLE_LINE and _may_be_report_title(line))) \
                and _opens_report(line, top, chars, has_top):
            starts.append(i)
            chars, has_top = 0, False
        chars += len(line)
        has_top = has_top or top is not None
    return ["\n".join(lines[start:end]) for start, end in itertools.pairwise([*starts, len(lines)])]


def is_whole_report(piece: str) -> bool:
    """A piece of a page long enough to be a report, or a short one with a report's sections (一、… 二、…)."""
    if len(piece) >= MIN_SEGMENT_CHARS:
        return True
    return sum(1 for line in piece.split("\n") if line[:1] in _TOP_FIRST and _TOP_HEADING.match(line)) >= _MIN_SECTIONS


def interpretation_start(body: str) -> int | None:
    """Where the text of a report's interpretation (解读, 一图读懂: its title line) starts after a report's text
    on the same page, as an offset into `body`; None without one."""
    starts = []
    for word in _INTERPRETATION_WORDS:  # (its title holds one of these words; str.find is the fast scan)
        at = body.find(word, MIN_SEGMENT_CHARS)
        while at >= 0:
            start = body.rfind("\n", 0, at) + 1
            end = body.find("\n", at)
            line = body[start:] if end < 0 else body[start:end]
            if start >= MIN_SEGMENT_CHARS and (title := report_title_of(line)) and title.lookalike == INTERPRETATION \
                    and not _in_attachment_list(body, start):
                starts.append(start)
                break
            at = body.find(word, len(body) if end < 0 else end)
    return min(starts, default=None)


def _in_attachment_list(body: str, start: int) -> bool:
    """The line at `start` names a file of the report's attachment list: it opens with the 附件 label, or it is a
    numbered item (2.…) under that label's line: a file name, not the title of an interpretation's text."""
    while True:
        end = body.find("\n", start)
        line = body[start:] if end < 0 else body[start:end]
        if line.lstrip(" 【[").startswith("附件"):
            return True
        if not start or not _LIST_ITEM.match(line):
            return False
        start = body.rfind("\n", 0, start - 1) + 1


def segment_tables(tables: list[TableText], segments: list[str], index: int) -> list[TableText]:
    """The data tables that belong to segments[index] of segment_reports (aggregator pages paste the tables of
    every report too). Tables and segments are both in page order: each table is placed at the first line, after
    the previous table's, that equals its last rendered row. A table whose row is not found is kept."""
    lines = [(i, line) for i, segment in enumerate(segments) for line in segment.split("\n")]
    kept: list[TableText] = []
    cursor = 0
    for table in tables:
        rows = [row for row in _rows_text(table).splitlines() if row]
        at = next((j for j in range(cursor, len(lines)) if rows and lines[j][1] == rows[-1]), None)
        if at is None:
            kept.append(table)
            continue
        cursor = at + 1
        if lines[at][0] == index:
            kept.append(table)
    return kept


def first_year(text: str) -> int | None:
    """First 'YYYY年' that is not part of a range such as 2015-2020年."""
    m = _ANY_YEAR.search(text)
    return int(m.group(1)) if m else None


def _is_stray(line: str) -> bool:
    return (len(line) < 40 and not _SENTENCE_MARKS.search(line) and not _is_heading(line)
            and not any(c.isdigit() for c in line))


def _is_heading(line: str) -> bool:
    return len(line) <= 40 and bool(_TOP_HEADING.match(line) or _SUB_HEADING.match(line))


# -- multi-page reports ---------------------------------------------------------------------------------

def join_pages(pages: list[Extracted]) -> Extracted:
    """One Extracted from the pages of a paginated report, in order, without repeated titles or headers, without
    the paragraph a page repeats from the end of the one before, and without a capture whose text is all there
    already (a print version, the same page after a redesign); a capture that holds all the text so far (the
    全文 version of a paged article) takes its place."""
    if not pages:
        return Extracted("")
    first = pages[0]
    kept: list[tuple[Extracted, str]] = [(first, first.body)]
    so_far = _content_lines(first.body) if len(pages) > 1 else []  # the kept text, as _content_lines reads it
    so_far_text = "".join(so_far)
    seen_head = {_squash(line) for line in first.body.split("\n")[:3]}
    for page in pages[1:]:
        lines = page.body.split("\n")
        drop_keys = seen_head | {_squash(first.title or ""), _squash(page.title or "")}
        while lines and _squash(lines[0]) in drop_keys:
            lines.pop(0)
        lines = lines[_overlap(kept[-1][1].split("\n"), lines):]
        body = "\n".join(lines)
        own = _content_lines(body)
        if sum(map(len, own)) >= _MIN_REPEATED_CHARS and _all_in(own, so_far_text):
            continue
        whole = _content_lines(page.body)  # (its head too)
        if len(so_far_text) >= _MIN_REPEATED_CHARS and _all_in(so_far, whole_text := "".join(whole)):
            kept, so_far, so_far_text = [(page, page.body)], whole, whole_text
            continue
        kept.append((page, body))
        so_far += own
        so_far_text += "".join(own)
    joined = [page for page, _ in kept]
    meta: dict[str, str] = {}
    for page in reversed(pages):
        meta.update(page.meta_block)
    return replace(
        first,
        body="\n".join(b for _, b in kept if b),
        title=first.title or next((p.title for p in pages if p.title), None),
        tables=[t for p in joined for t in p.tables],
        images=list(dict.fromkeys(i for p in joined for i in p.images)),
        frames=list(dict.fromkeys(f for p in pages for f in p.frames)),
        published=first.published or next((p.published for p in pages if p.published), None),
        meta_block=meta,
    )


def _content_lines(body: str) -> list[str]:
    """The body's text lines without spaces, short lines (全文显示, 分页显示, pager links) left out."""
    return [key for line in body.split("\n") if len(key := _squash(line)) >= _MIN_CONTENT_LINE]


def _all_in(lines: list[str], text: str) -> bool:
    """Every line is somewhere in the text: line by line, as a page may repeat the header of a table cut by the
    page break, which the other capture holds once."""
    return all(line in text for line in lines)


def _overlap(previous: list[str], lines: list[str]) -> int:
    """How many lines at the start of a page repeat the last lines of the page before (a paragraph carried over)."""
    for count in range(min(_MAX_OVERLAP_LINES, len(previous), len(lines)), 0, -1):
        if [_squash(x) for x in previous[-count:]] == [_squash(x) for x in lines[:count]] and \
                len(_squash("".join(lines[:count]))) >= _MIN_OVERLAP_CHARS:
            return count
    return 0
