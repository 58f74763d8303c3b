"""Prose statistics (spec 2.5) → text facts.

Every pattern ties one number to its phrase: the number has to sit in the phrase and be followed by its unit, so a
year ("2018年"), a phone number or a ratio ("占36%") is never read as a count. When a key is stated several times
(aggregator pages, 全市 vs 市本级) the first statement in the text is kept; a sentence about other business of the
office (政务服务大厅, 审批, 信访, 热线 …) states no request counts. Matching runs on a normalised copy
(t2s, NFKC, no quotes, no spaces between CJK characters); raw_label keeps the matched phrase and raw_value the
number as printed.
"""

from __future__ import annotations

import re
import re._constants as sre_constants  # (the regex parser: what a pattern needs, worked out at import)
import re._parser as sre_parser
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .normalize import normalize_text
from .numbers import chinese_to_int, parse_quantity
from .records import Fact

# A printed quantity: 1,234 / 7.522 / 1.5万余 / 755多 / 二十六 / 约300.
NUM = r"(?P<n>(?:约|近|逾|超过)?(?:\d+(?:,\d{3})*(?:\.\d+)?(?:万(?!元)|千)?|[零〇一二两三四五六七八九十百千]+)(?:余|多)?)"
# units of requests and cases (宗 and 条 are seen in seed 001); 起 only after a digit (一起 is "together")
COUNT = r"(?P<u>件|宗|条|(?<=[\d余多])起)"
# requests are also counted as forms (份), letters (封), cases (例: 受理依申请政府信息公开事项31例) or items (项:
# 收到并处理政府信息公开申请6项; not 12项信息, what they asked for)
REQUEST_ITEM = r"项(?!(?:政府)?信息(?!公开)|内容)"
REQUEST_COUNT = rf"(?P<u>件|宗|条|份|封|例|{REQUEST_ITEM}|(?<=[\d余多])起)"
# before the noun also 个, right before it (受理4个申请公开信息事项, not 收到3个部门报送的申请材料)
# (or none: 共受理3申请公开政府信息, at most 3 digits: never a year)
REQUEST_COUNT_BEFORE = (rf"(?P<u>件|宗|条|份|封|{REQUEST_ITEM}|(?<=[\d余多])起|个(?=(?:政府信息公开|信息公开|依申请公开)?申请)"
                        r"|(?<=\d)(?<!\d{4})(?=申请))")
# a count of none may leave its unit out (共收到依申请公开事项0。): a 0 alone, ending its clause
ZERO_ALONE = r"(?<=[^\d.]0)(?=[,，。;；]|$)"
# the persons who filed the requests, counted before the requests (共收到3名自然人申请…4件, 当面申请2人3件)
APPLICANT_COUNT = r"(?:\d{1,4}|[一二两三四五六七八九十]{1,3})(?:名|位|人)(?!次)"
CARRIER = r"(?:渠道|途径|方式|载体|平台|媒体)"  # what information is published through
# what was published and how many: 共发布包括食品、特种设备等重点领域信息在内的各类信息702条, 主动公开涉税信息315条
# (涉税, 涉农: the office's whole field, as 政务 is; not 涉企, one kind of a market regulator's information)
PUBLISHED_ITEMS = (r"(?:主动)?(?:公开|发布)(?:了)?(?:包括[^,，。;；:：\d]{0,30}?在内(?:的)?)?(?:各类)?"
                   rf"(?:政府|政务|涉(?!企)[^,，。;；:：\d]{{1,2}}?)?信息(?:共|共计|合计|总计|达)?{NUM}(?P<u>条)")
# the kinds of items counted before their total: 31大项、84小项,共计5123条 (the total must follow 共/共计/合计)
CATEGORY_BREAKDOWN = r"\d{1,3}(?:个)?大(?:项|类)[、,，]?\d{1,4}(?:个)?小(?:项|类)[,，]?(?=共|合计|总计)"
FULLTEXT_E = "(?:全文电子化|电子化全文(?:公开)?)"  # items published with their full text online
DUE = r"(?:需要公开|应当公开|应公开|依法公开)?"  # what the law asks to publish: 等需要公开的政府信息
STAFF_BOTH = r"(?:专兼职|专、兼职|专\(兼\)职|专职和兼职|专职、兼职|专职及兼职)"  # staff of both kinds
YEAR = r"(?:19|20)\d{2}年(?:度)?(?:的)?"  # a year named inside a phrase: 主动公开2009年度政府信息31条
DISCLOSURE_WORK = "(?:政府信息公开|信息公开|政务公开)"
# complaints about the disclosure work (not 信访举报投诉类申请, a kind of request)
COMPLAINTS = r"(?:有关|涉及|关于|因)?(?:政府)?信息公开(?:工作)?(?:方面)?(?:的)?(?:举报投诉|投诉举报|投诉)(?!类)(?:案件|事项)?"
MEETINGS = rf"(?:各类)?{DISCLOSURE_WORK}(?:工作)?(?:会议|专题会议|专题会)(?:(?:或|和|及|、)专题会议)?"
HEAD = r"主要(?:负责同志|负责人|领导(?:同志)?)"  # the agency's head (spec 2.4 *_by_head)
HEAD_TAKES_PART = r"(?:亲自)?(?:参加|出席|参与|做客)"
# the information an office made, split by its disclosure attribute (Fujian: 共制作政府信息236条，其中主动公开71条，
# 依申请公开5条，不予公开160条): items, not requests nor answers
ATTRIBUTE_SPLIT = r"(?:制作|获取|生成)(?:或获取)?(?:了)?(?:各类)?(?:政府)?信息(?:共|共计|合计)?\d{1,7}(?:余|多)?条[,，]?其中[,，:：]?"
_NUMBER_FIRST = r"\d约近逾超零〇一二两三四五六七八九十百千"  # what a printed quantity starts with
NUM_STARTS = f"[{_NUMBER_FIRST}]"
_CLOSED_REACH = 60  # how far a sentence on requests runs before its bare 办结 count
_NUMBER_REACH = 16  # how far a printed quantity can stand before the word that follows it (scan's `before`)
# "同意公开和部分公开的9件" is one count for two categories; "当面申请5件、网上申请3件" is a list of counts.
NOT_LISTED = r"(?<![^件条宗起人个次篇期%\d][、和及与或])"
GRID_CATEGORIES_FOLLOW = "(?=[^。;；]{0,40}?(?:无法提供|不予处理))"
# a clause opens here: after a separator, a heading's bracket or 其中 (其中不予公开3件)
CLAUSE_OPENS = r"(?<![^,，、;；:：。()中])(?<![^其]中)"
GAP = r"[^,，。;；:：\d]"  # filler inside one phrase: never crosses a clause or another number
# filler between a verb and 申请 that must not turn a review, lawsuit or complaint into a disclosure request
REQUEST_GAP = r"(?:(?!复议|诉讼|投诉|举报|信访|许可|审批|登记)[^,，。;；:：\d])"  # other business has 申请 too
# filler inside a medium's statement (an account name, the kinds of items): never another medium's name, nor 解读
# (在局网站发布…解读稿件46篇 counts interpretations: response.interpretations), nor 信息中 (在网站上主动公开的政府信息中
# 便民服务信息9条: one kind among the items)
OTHER_MEDIUM = r"微信|微博|网站|官网|公众号|新媒体|客户端|公开栏|其中"
# a list of media closed by 等 (政府门户网站等渠道, 微博等平台): what follows counts them all
MEDIA_LIST = "等(?:政务)?(?:新媒体|载体|渠道|平台|媒体|方式|途径)"
MEDIUM_GAP = rf"(?:(?!{OTHER_MEDIUM}|解读|{MEDIA_LIST}|信息中(?!心))[^,，。;；:：\d])"
# a list of the kinds published, closed by 等, may name 解读 among them (发布各类政策解读、工作动态、通知公告等信息389条)
LIST_GAP = rf"(?:(?!{OTHER_MEDIUM})[^,，。;；:：\d])"
ITEMS = r"(?:信息|动态|图文|文章|稿件|新闻|内容|文件)"  # what a medium published
CASE_COUNT = r"(?P<u>件|宗|起|例)"
# who filed the requests: "接到公民、法人和其他组织提出的政府信息公开申请" names them before REQUEST_GAP's filler
APPLICANTS = r"(?:(?:公民|自然人)(?:、|和|及)法人(?:、|和|或|或者|及|以及|与)(?:其他|其它)组织)"
# who filed them and where, closed by 提出的/提交的: "来自公民、法人或者其他组织对…", "…向街道办事处提出的…申请",
# "社会组织或群众个人提出的政府信息依申请公开" (REQUEST_GAP's filler alone is too short for them)
# one kind of applicant (没有收到法人或者其他组织提出的申请: the natural persons' requests are not said)
ONE_APPLICANT_KIND = r"(?:法人|自然人|商业企业|企业|科研机构|社会公益组织|法律服务机构)"
FILED_BY = rf"(?:(?:来自)?{APPLICANTS}(?:{GAP}{{0,16}}?(?:提出|提交)的)?|(?:{GAP}{{0,16}}?(?:提出|提交)的))"
# A statement about other business of the same office (政务服务大厅受理来电来访…件，已办结…件) has request-like
# counts: the last topic word of the sentence up to the end of a match says what it counts. 信访举报投诉类申请 is a
# kind of disclosure request (tried first).
_OTHER_BUSINESS = re.compile("政务服务|行政服务|便民服务|审批|服务事项|办件|热线|信访|来电|来信|来访|12345|咨询|投诉|举报")
_TOPIC = re.compile(rf"信息公开|依申请|公开申请|(?:信访)?(?:举报)?投诉类申请|(?P<other>{_OTHER_BUSINESS.pattern})")
_SENTENCE_ENDS = "。；;！？!?"
# a consultation counted by a hotline or a service centre is other business (政务服务), not a disclosure consultation
_HOTLINE = re.compile("热线|12345|市长|政务服务|行政服务|便民服务|服务大厅|服务中心|信访")
# keys counting the report year's items, and the words that make a statement a running total (not after 年/年度)
_OF_THE_YEAR = frozenset({"active.items_total", "apply.received.total"})  # (not running totals)
_CUMULATIVE_WORD = r"(?<!年)(?<!年度)(?:累计|累积)"
_CUMULATIVE = re.compile(rf"(?:历年(?:累计|累积)?|{_CUMULATIVE_WORD})(?:共|已)?$")
_CUMULATIVE_INSIDE = re.compile(_CUMULATIVE_WORD)  # 主动公开政府信息累计176条
_YEAR_NAMED = re.compile(r"\d{4}年")
# …or the sentence opens with the year (2023年,全县累计公开政府信息18340条, 2016年,省市县三级政府及部门累计…), not
# with 截至2023年 nor 2023年底 (a running total at the year's end), and no 历年/以来 between
_OPENING_YEAR = r"((?:19|20)\d{2})年(?:度)?(?![底末])[,，]?(?:(?!历年|以来)[^,，。;；:：\d]){0,14}$"
_YEAR_OPENS = re.compile(r"(?<![至止到\d])" + _OPENING_YEAR)
_YEAR_REACH = 20
# …or this year's months open it (今年以来，本局累计受理…, 1-12月累计…)
_THIS_YEAR_OPENS = re.compile(r"(?:今年以来|今年|1\s*[-－—~至到]\s*12\s*月|一至十二月)[,，]?[^,，。;；:：\d]{0,14}$")
# the year that opens a statement, read for its number (not 自2008年/从2008年: since when)
_STATED_YEAR = re.compile(r"(?<![至止到自从\d])" + _OPENING_YEAR)
# …or the year and a comma open a clause of the sentence (2024年，依托…栏目，累计公开信息260余篇; the sentence may start
# with its part's heading: the lines are joined), which says no since when (not 自2008年, nor 截至2023年)
_YEAR_CLAUSE = re.compile(r"(?<![至止到自从\d])(?:19|20)\d{2}年(?:度)?[,，]")
# …or 累计 sums over the agencies of a consolidated report (各级行政机关累计主动公开政府信息87.6万余条), unless the
# sentence says since when (截至年底各级行政机关累计…)
_ACROSS_AGENCIES = re.compile(r"(?:各级|各地|各部门|各单位)[^,，。;；:：\d]{0,12}$")
_SINCE = re.compile("截至|截止|以来|历年|至今|年底|年末")
# A count of one social medium is no total (某市发布微信公众号全年发布信息1840条, 政务新媒体主动公开信息8807条); a list of
# media is (通过政府门户网站、微信公众号等载体…). Longest names first: 微信公众号 is one medium.
_SOCIAL_MEDIA = re.compile("微信|微博|公众号|新媒体|客户端|抖音|头条")
_MEDIA = re.compile(f"微信公众号|{_SOCIAL_MEDIA.pattern}|网站|门户网|政府网|官网")
# …nor is a count of the gazette (通过某市人民政府公报公开规章、规范性文件等方面信息74条)
CITY_GAZETTE = "(?<![行财])政报"  # a city's 政报 is its gazette; not 行政报…, 财政报…
_GAZETTE = f"公报|{CITY_GAZETTE}"
_ONE_CHANNEL = re.compile(f"{_SOCIAL_MEDIA.pattern}|{_GAZETTE}")
_CHANNELS = re.compile(f"{_MEDIA.pattern}|{_GAZETTE}")
_MEDIA_LIST = re.compile(MEDIA_LIST)
_CLAUSE_ENDS = "。；;！？!?,，:"
# A medium's count is no count of that medium when the clause before it lists another medium with no count between
# (门户网站和某某微信公众号共发布信息2.4万余条: both together; not 其中门户网站390条、微信公众号122条, nor 政府网微信公众号,
# one account, nor 微信、微博等政务新媒体发布信息300条: the kind that closes the list) or sends the items to another
# agency's site (上报市政府网站信息143条).
_JOINT_MEDIA = re.compile(rf"(?:{_MEDIA.pattern})[^,，。;；:：\d]{{0,20}}?(?:[、和与]|及(?!时))[^,，。;；:：\d]{{0,20}}(?<!等)$")
_LISTED_WITH_OTHERS = re.compile(r"[、和及与][^,，。;；:：\d]{1,20}?等(?:形式|渠道|途径|方式|载体|平台|媒体|媒介)")
_SUBMITTED = re.compile(r"(?:上报|报送|呈报|供稿)(?:至|到|给)?[^,，。;；:：\d]{0,8}$")
_NOT_OWN_REACH = 42
# inside a 其中 breakdown, a medium's count of one kind of information (其中:通过县政府网站发布预算信息1条) is that
# kind's share, not all the medium published; general words name all of it (发布政府信息, 发布各类信息)
_ONE_KIND = re.compile(r"(?:发布|公开|推送|公布|发送)了?(?!各类|各种|政府|政务|工作|相关)(?:(?!各类|各种)[^,，。;；:：\d]){1,16}"
                       r"(?:信息|文件)$")
# …or a count of one kind followed by the count of another kind: the verb's list of counts (公开规范性文件等信息19条，
# 财政预决算信息9条), or 以及 and another (在政府网站公开会议信息52条，以及公开政策文件41条); not a new statement with its
# own verb (…共计512条，公开规范性文件5件: a share of the total), nor 其中, a medium or the requests
_SIBLING_GAP = rf"(?:(?!其中|申请|公报|{OTHER_MEDIUM})[^,，。;；:：\d])"
_ANOTHER_KIND = re.compile(rf"[,，、](?:(?:以及|及|另|并)(?:{_SIBLING_GAP}){{0,20}}?|(?:(?!公开|发布){_SIBLING_GAP}){{0,12}}?)"
                           rf"(?:{ITEMS}|解读)(?:共|共计|为)?{NUM_STARTS}")
# media counted in the order they are named: 通过官方微博X、微信公众号Y分别发布各类信息57条、214条
_RESPECTIVE = re.compile(rf"分别(?:主动)?(?:发布|公开|推送|发送|公布)(?:了)?{GAP}{{0,16}}?"
                         rf"(?P<counts>{NUM}(?P<u>条|篇)(?:[、和及]{NUM.replace('?P<n>', '')}(?:条|篇))+)")
_COUNTED = re.compile(rf"{NUM}(?P<u>条|篇)")
_LIST_SEPARATOR = re.compile("[、和及与]")
_MEDIUM_KEYS = {"微信公众号": "wechat", "微信": "wechat", "公众号": "wechat", "微博": "weibo", "新媒体": "newmedia",
                "网站": "website", "门户网": "website", "政府网": "website",
                "官网": "website"}
_MEDIUM_REACH = 40
# the share of one channel in a breakdown (…31例，其中通过网络收到申请27件): no count of all the requests received
_CHANNEL_SHARE = re.compile(r"其中[^,，。;；:：\d]{0,3}?通过[^,，。;；:：\d]{0,12}$")
_GRID_TEMPLATES = ("t2019", "t2021")  # the templates whose grid replaced the old meanings
_TOPIC_REACH = 60  # how far back a sentence's topic is looked for (headings without 。 run into the next paragraph)
# what the agency's head (or another leader) took part in is no count of all press conferences or interviews
_BY_HEAD = re.compile(rf"(?:负责同志|负责人|领导(?:同志)?){HEAD_TAKES_PART}")
_BY_HEAD_REACH = 12
_COUNTED_WITH_HEADS = frozenset({"response.press_conf", "response.online_interviews"})
_ATTRIBUTE_SPLIT = re.compile(ATTRIBUTE_SPLIT)
_TRAINING_PART = re.compile("(?:培训会议|会议(?:和|及|、)?培训|培训(?:和|及|、)?会议)情况")

# (Quotes go one kind at a time: `in` skips the kinds a text lacks faster than a regex scans for them all, and
# str.translate with a dict is ~10× slower on CJK text. The space patterns spell it first so that the regex engine
# jumps from space to space.)
_QUOTES = "“”‘’\"'＂「」『』《》〈〉"
_INNER_SPACE = re.compile(r" (?:(?<![0-9A-Za-z] )|(?![0-9A-Za-z]))")
_KEPT_SPACE = re.compile(r" (?<=[0-9A-Za-z] )(?=[0-9A-Za-z])")  # most texts have none: then every space goes
_DIGITS_THOUSAND = re.compile(r"(约|近|逾|超过)?(\d+(?:\.\d+)?)千(余|多)?")
# Lookbehinds that open a pattern stop the regex engine from skipping ahead to the pattern's first characters.
_LEADING_LOOKBEHINDS = re.compile(r"^(?:\(\?<[!=](?:\[[^\]]*\]|[^()\[\]])*\))+")


_Search = Callable[[str], "re.Match[str] | None"]


@dataclass(frozen=True, slots=True)
class Phrase:
    keys: tuple[str, ...]  # every key the number is a value of (行政复议并维持2件 → total and upheld)
    pattern: re.Pattern[str]
    # a statistic of the old forms (e2014 apply.answer.* wording, whose meaning the t2019/t2021 grid replaced): not
    # read from t2019/t2021 prose
    old_meaning: bool = False
    # Finds every position where `pattern` can start (and maybe more) without the pattern's leading lookbehinds
    # and optional words, so the regex engine can jump between candidates; `pattern` then decides at each one.
    scan: re.Pattern[str] | None = None
    # A match can also start up to `before` characters ahead of where `scan` matches: `scan` can then be a rare
    # word inside the phrase instead of its common first characters (政务 of 政务微博, 的 of 的政府信息不存在).
    before: int = 0
    # the number is tied to its topic by the text around it, not by the phrase: the 60 characters before the match
    # must name 公开 (配备了2名工作人员 in a report's 概述; 举办…培训会4次)
    needs_topic: bool = False
    # the characters a match can start with, when `before` is long: the stretch before a `scan` hit is searched for
    # them instead of trying `pattern` at each of its positions
    starts: re.Pattern[str] | None = None
    # an old meaning the t2019/t2021 grid keeps under another key (同意公开, 予以公开 → 予以公开 × 总计): its keys there
    grid_keys: tuple[str, ...] = ()
    # a statistic of the t2019/t2021 grid's own words (无法提供, 不予处理): read from their prose only
    grid_only: bool = False

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Exactly `pattern.finditer(text)`, many times faster on long texts: `pattern` is tried only at and up to
        `before` characters ahead of where `scan` matches (and there only where `starts` matches): every match of
        `pattern` must start there (no `scan`: `pattern` itself is searched)."""
        candidate = self.first_search(text)
        return self.matches_from(text, candidate) if candidate else iter(())

    @property
    def first_search(self) -> _Search:
        """What `finditer` searches for first: `scan`, or `pattern` when it has none."""
        return (self.scan or self.pattern).search

    def matches_from(self, text: str, candidate: re.Match[str]) -> Iterator[re.Match[str]]:
        """`finditer`'s matches, given `candidate`: the first match of `first_search` in `text` (a caller that
        searches first skips most phrases without a call)."""
        if self.scan is None:  # (the search from `candidate` finds it again: lookbehinds see the text before it)
            return self.pattern.finditer(text, candidate.start())
        return _scanned_matches(self.pattern, self.scan, text, self.before, self.starts, candidate)


def _scanned_matches(pattern: re.Pattern[str], scan: re.Pattern[str], text: str, before: int,
                     starts: re.Pattern[str] | None, candidate: re.Match[str] | None) -> Iterator[re.Match[str]]:
    """Phrase.finditer's matches from `scan`'s first `candidate` on."""
    pos = 0  # where the next match may start (matches do not overlap)
    while candidate:
        end = candidate.start()
        start = max(pos, end - before)
        while start <= end:
            if starts is not None:
                if (first := starts.search(text, start, end + 1)) is None:
                    break
                start = first.start()
            if m := pattern.match(text, start):  # lookbehinds still see the text before `start`
                yield m
                pos = start = max(m.end(), start + 1)
            else:
                start += 1
        pos = max(pos, end + 1)
        candidate = scan.search(text, pos)


def _phrase(keys: str | tuple[str, ...], pattern: str, old_meaning: bool = False, scan: str | None = None,
            before: int = 0, needs_topic: bool = False, starts: str | None = None,
            grid_keys: tuple[str, ...] = (), grid_only: bool = False) -> Phrase:
    """`scan` spells out the words a match can start with when the pattern opens with an optional word, or
    with `before`, a word every match holds at most `before` characters from its start."""
    stripped = _LEADING_LOOKBEHINDS.sub("", pattern)
    scan_pattern = scan if scan is not None else (stripped if stripped != pattern else None)
    return Phrase((keys,) if isinstance(keys, str) else keys, re.compile(pattern), old_meaning,
                  re.compile(scan_pattern) if scan_pattern else None, before, needs_topic,
                  re.compile(starts) if starts else None, grid_keys, grid_only)


def _channel(key: str, channel: str, scan: str | None = None, before: int = 0) -> Phrase:
    """A request channel: 当面申请5件, 网上提交申请3件, 通过信函方式提出申请2件, 网站提交申请表的431件, 当面提交9件,
    当面申请2人3件 (persons, then their requests), 通过网络收到申请27件."""
    return _phrase(key, rf"{NOT_LISTED}{channel}(?:方式|形式)?(?:(?:提交|提出)(?:申请(?:表)?)?|(?:收到|受理|接收)?申请(?:表)?)"
                        rf"(?:的)?(?:数)?"
                        rf"(?:为|有)?(?:{APPLICANT_COUNT})?{NUM}{COUNT}",
                   scan=scan, before=before)


def _published(key: str, medium: str, scan: str, before: int, verb: str = "?", starts: str | None = None) -> Phrase:
    """Items a medium published: 政务微博发布信息120条, 在微博公开政府信息数为431条, 其中微信(含转发)640条,
    通过政府门户网站向社会公开政府信息2214条, 微信公众号青岩发布发布信息913条, 微信公众账号(1个)…, 网站信息公开平台
    公开信息291条, 公众号推送涉及教育、医疗等的政务动态75余条, 网站公开镇财政信息，2条, 微信公众号(某市青山镇人民政府)
    发布信息共96篇, 微信公众号信息发布量64条, 微信公众号发文540条, 微信公众号图文信息388条, 政府网站:发布信息37条,
    微信订阅号某镇(微信号:xf2017)公开政府信息29条, 其他方式公开政府信息条数共计6条, 网站2022年累计发布信息61篇
    (its year named: no running total), 网站主动公开政府文件31件 (件 only after the verb). Words between the verb and the number end with what was published (信息, 动态, 图文 …):
    网站公开征求意见收到建议20条 is no count of items. `verb` "" when the medium's name alone is too vague. `scan`
    spells the name from a word every mention holds to its end: a medium is named far more often than counted, so
    the scan also asks for a number ahead."""
    account = r"(?:上)?(?:\([^()]{0,16}\))?"
    before_number = (rf":?(?:{YEAR})?(?:共|全年)?(?:主动)?"
                     rf"(?P<verb>{MEDIUM_GAP}{{0,8}}?(?:向社会|向公众|向外|对外)?(?:发布|公开|推送|公布|发送|发文)(?:了)?"
                     rf"(?:{MEDIUM_GAP}{{0,30}}?(?:{ITEMS}|解读{LIST_GAP}{{0,28}}?等(?:各类)?{ITEMS}))?(?:(?<=信息)[,，])?)"
                     rf"{verb}(?:(?:政府|图文)?信息|图文)?(?:条数|数|数量|量)?(?:共|为|共计|累计|达)?")
    return _phrase(key, rf"{NOT_LISTED}{medium}{account}{before_number}{NUM}(?P<u>条|篇|(?(verb)件|(?!)))",
                   scan=f"(?:{scan}){account}{_number_ahead(before_number)}", before=before, starts=starts)


def _number_ahead(words: str) -> str:
    """A lookahead that a number starts before the sentence ends and within the reach of `words` (which never cross
    a sentence end): the regex engine tests it in one quick run over the characters."""
    reach = sre_parser.parse(words).getwidth()[1]
    return rf"(?=[^。;；{_NUMBER_FIRST}]{{0,{reach}}}+{NUM_STARTS})"


def _held(key: str, event: str, units: str, scan: str | None = None, before: int = _NUMBER_REACH + 6) -> Phrase:
    """Events counted before their name, right after the verb: 举办36次新闻发布会, 开展了3场在线访谈 (`scan`: a word
    of the event's name, `before` characters from the verb at most, when the name opens with optional words)."""
    return _phrase(key, rf"(?:举办|召开|组织|举行|参加|开展)(?:了)?(?:共|共计)?{NUM}(?P<u>{units}){event}",
                   scan=scan or event, before=before, starts="[举召组参开]")


def _staff(key: str, kind: str, not_after: str = "") -> tuple[Phrase, Phrase, Phrase]:
    """Staff of one kind, counted after or before the noun: 专职人员2人, 专职信息人员3名; 配备了1名专职人员, 6名兼职工作人员,
    4名工作人员兼职负责; without 人员 only near 公开: (其中全职3人,兼职5人)."""
    return (_phrase(key, rf"{not_after}{kind}(?:政府信息公开|信息公开|信息)?(?:工作)?人员(?:共|共有|为)?{NUM}(?P<u>人|名)(?!次)"),
            _phrase(key, rf"{not_after}{kind}{NUM}(?P<u>人|名)(?!次)", needs_topic=True),
            _phrase(key, rf"{NUM}(?P<u>名)(?:{kind}(?:的)?(?:政府信息公开|信息公开)?(?:工作)?人员"
                         rf"|(?:工作)?人员{kind}(?:负责|从事|承担))",
                    scan=f"名(?:{kind}|(?:工作)?人员{kind})", before=_NUMBER_REACH, starts=NUM_STARTS))


def _denial(reason: str, words: str, scan: str | None = None, before: int = 2, starts: str | None = None) -> Phrase:
    """A reason of the e2014 不同意公开 answers: 涉及商业秘密的2件, 属于个人隐私1件, 因涉及国家秘密而不予公开47件
    (spec 2.4)."""
    return _phrase(f"apply.answer.denied.{reason}",
                   rf"{NOT_LISTED}(?:涉及|属于)?{words}(?:(?:而)?(?:不予|不)公开)?(?:的|数)?{NUM}{COUNT}", True,
                   scan=scan or words, before=before, starts=starts)


# the clause after proposals handled: all their results were published
ALL_RESULTS_PUBLISHED = (r"[,，](?:其)?(?:办理结果|办理情况|办理复文|复文|答复(?:结果|件)?)?(?:均|全部|都)(?:已)?"
                         r"(?:予以|依法|向社会)?(?:全文)?(?:公开|公布)")
# the people's congress or the political consultative conference of a level (市人大代表建议, 区政协委员提案)
LEVEL = "(?:省|市|州|县|区|全国)?"
# (an account's name before its id in brackets: 微信订阅号某镇(微信号:xf2017))
WECHAT_ACCOUNT = (rf"微信(?:公众号|公众账号|公众平台|平台|订阅号|服务号|号)?"
                  rf"(?:(?=[^,，。;；:：\d(]{{1,10}}\()(?:{MEDIUM_GAP}){{1,10}}?(?=\())?")
# what 解读 names before its count: 民生政策文件, 重大政策措施, 规范性文件 (never across another verb or a 栏目)
_INTERPRETED = r"[^,，。;；:：\d发公转印出制栏]{0,8}?(?:政策(?:性)?(?:文件|措施)|规范性文件)"
PHRASES: tuple[Phrase, ...] = (
    # 主动公开
    # 主动公开政府信息数236条, 主动公开2009年度政府信息31条, 主动公开政府工作信息、动态620多条, 主动发布政务公开信息
    # 52条, 主动公开的信息共计712条, 主动公开政府信息(公文平台发文)96条, 主动公开信息的有9条, 主动公开、更新各类信息
    # 318条, 主动公开政务动态类信息318条, 主动公开信息共有46条, 主动对外更新政府信息35次 (更新 counts updates),
    # 主动公开信息31大项、84小项,共计5123条 (a breakdown by category before the total) (general words only
    # between 主动公开 and 信息: 主动公开财政信息5条 is one kind, 主动公开范围的信息 and 属于主动公开的信息3件 answers to
    # requests; 全文电子化的主动公开信息96条 counts those in full text)
    _phrase("active.items_total",
            rf"主动(?<!属于主动)(?<!属于已主动)(?<!电子化主动)(?<!电子化的主动)(?:对外|向社会)?(?:公开|发布|(?P<update>更新))"
            rf"(?:[、和及与](?:更新|发布|公开))?"
            rf"(?:了|的)?(?:{YEAR})?(?:各类|各种|各项|政府|政务|工作|政务公开){{0,3}}"
            rf"(?:信息|动态(?:类)?(?:信息)?)(?:[、和及与](?:信息|动态))?(?:\([^()]{{0,10}}\))?(?:{CATEGORY_BREAKDOWN})?"
            rf"(?:总数|总量|数量|数)?(?:的有|为|达|达到|共有|共|共计|合计|总计|累计|累积)?{NUM}"
            rf"(?P<u>条|件|项|篇|(?(update)次|(?!)))"),
    # without 主动, only where the year (or 全年) opens the statement: 2017年共公开政府信息152条, 2022年度共公开187条
    # 政府信息 (the number before the noun, a general one: not 共公开54条预决算信息, one kind) (not 依申请公开政府信息3条;
    # nor 县政府门户网站全年发布信息539条, after a site's name: the site's count)
    _phrase("active.items_total",
            rf"(?<![站网])(?:{YEAR}|全年|本年度?|今年)(?:共|共计)?(?:公开|发布)(?:了)?(?:(?P<noun>(?:各类)?(?:政府|政务)?信息)"
            rf"(?:共|共计|合计|总计)?)?{NUM}(?P<u>条)(?(noun)|(?:各类(?:政府|政务)?|政府|政务)信息(?!公开))",
            scan=rf"年(?:度)?(?:的)?(?:共|共计)?(?:公开|发布)了?(?:(?:各类)?(?:政府|政务)?信息|{NUM_STARTS})", before=5,
            starts="[12全本今]"),
    # …or the year, then the office, then 共/共计 before or after what was published: 2023年度,平溪镇共计公开信息57条,
    # 2022年,我局通过政府信息公开平台公开政府信息共计845条 (not 依申请公开, nor a medium's count: 2017年,某街道通过
    # 政府网站发布信息共642条)
    _phrase("active.items_total",
            rf"(?<!\d)(?:19|20)\d{{2}}年(?:度)?[,，]?{LIST_GAP}{{0,16}}?(?:共(?:计)?(?P<sum>)|(?<!申请))(?:公开|发布)(?:了)?(?:各类)?"
            rf"(?:政府|政务)?信息(?(sum)|(?:共|共计|合计|总计)){NUM}(?P<u>条)",
            scan=rf"信息(?<=[开布了类府务]信息)(?:共计|共|合计|总计)?{NUM_STARTS}", before=32, starts=r"(?:19|20)\d{2}年"),
    # a list of kinds closed by 等: 向社会公开政务要闻、政府文件、便民服务等政府信息共计3572条, 主动公开涉及社会救助、
    # 养老服务等方面信息381条, 主动公开单位概况、…等需要公开的政府信息共计512条, 主动公开规划信息、政府采购等共计
    # 90余条 (信息 left out: 共 says the count sums the list) (not 依申请公开, nor the 公开栏's count)
    _phrase("active.items_total",
            rf"(?<!申请)(?:公开|发布)(?!栏|专栏)(?:了)?{GAP}{{0,40}}?等(?:(?:方面)?{DUE}(?:的)?(?:各类)?(?:政府|政务)?信息"
            rf"(?:共计|共|合计|总计|达)?|(?:共计|共|合计|总计))"
            rf"{NUM}(?P<u>条)",
            scan=rf"等(?:(?:方面)?{DUE}(?:的)?(?:各类)?(?:政府|政务)?信息(?:共计|共|合计|总计|达)?|(?:共计|共|合计|总计))"
                 rf"{NUM_STARTS}",
            before=44,
            starts="[公发]"),
    # published through several channels: 通过不同渠道和方式公开政府信息2万余条, 通过网站、微信等渠道公开…
    _phrase("active.items_total",
            rf"(?:等|各种|多种|不同|各类|多个)(?:公开)?(?:{CARRIER}[和及与、])?渠道(?:[和及与、]{CARRIER})?(?:共|共计|合计)?"
            rf"{PUBLISHED_ITEMS}", scan=rf"渠道(?:[和及与、]{CARRIER})?(?:共|共计|合计)?(?:主动)?(?:公开|发布)", before=7,
            starts="[等各多不]"),
    # every platform together: 全平台发布各类政务信息合计847条; or the disclosure platform, summed: 全县信息公开平台共发布
    # 政府信息19650条
    _phrase("active.items_total",
            rf"(?:全平台(?:共|共计|合计)?|(?:政府信息|信息|政务)公开平台(?:共|共计|合计)){PUBLISHED_ITEMS}",
            scan="平台(?:共|共计|合计)?(?:主动)?(?:公开|发布)", before=6, starts="[全政信]"),
    # online and offline together are every channel: 通过线上及线下公开的934条信息, 线上线下共发布政府信息934条 (信息
    # before or after the number)
    _phrase("active.items_total",
            rf"线上(?:和|及|与|、)?线下(?:{CARRIER})?(?:共|共计)?(?:主动)?(?:公开|发布)(?:了)?(?:的)?(?:各类)?"
            rf"(?:(?:政府|政务)?(?P<info>信息))?(?:共|共计|合计)?{NUM}(?P<u>条)(?(info)|(?:各类)?(?:政府|政务)?信息)",
            scan="线下", before=3),
    # …and the clause after the one naming them: 利用…网站、政务微博、微信公众号等载体，共发布包括…在内的各类信息702条,
    # 通过市政府网站、单位网站及时做好信息公开，共计发布信息152条 (not the count of a 专栏, 栏目 or 公开栏)
    _phrase("active.items_total",
            rf"(?:通过|利用|依托|借助|采取)(?:(?!栏|专题)[^,，。;；:：\d]){{0,40}}?[,，]共(?:计)?{PUBLISHED_ITEMS}",
            scan=r"共计?(?:主动)?(?:公开|发布)", before=45, starts="[通利依借采]"),
    # 2023年,全县累计公开政府信息18340条, 全年累计公开政府信息2310项, …累计公开信息260余篇 (a running total unless a
    # clause of the sentence opens with the year: see _cumulative; not when the year's share follows: …累计发布信息318条,
    # 其中2018年47条; nor right after a site's name: 区教育局网站2022年累计发布信息61篇 is the site's count)
    _phrase("active.items_total",
            rf"(?<![站网])(?<![站网]\d{{4}}年)(?<![站网]\d{{4}}年度)(?:累计|累积)(?:主动)?(?:公开|发布)(?:了)?(?:各类)?(?:政府|政务)?信息(?:共|共计|合计|总计|数量|数)?{NUM}"
            rf"(?P<u>条|项|篇)(?![,，]?其中[,，]?(?:\d{{4}}年|本年|今年|当年))"),
    # the year's share of a running total: 历年累计主动公开信息318条，其中2018年度47条
    _phrase("active.items_total",
            rf"主动公开{GAP}{{0,10}}?\d{{1,7}}(?:余|多)?条[,，]?其中[,，]?(?:{YEAR}|本年度?|今年|当年)(?:新增|主动公开|公开)?"
            rf"(?:(?:政府)?信息)?(?:为|共)?{NUM}(?P<u>条)", scan=r"其中[,，]?(?:\d{4}年|本年|今年|当年)", before=24,
            starts="主"),
    # the share of the information made that is 主动公开 (see ATTRIBUTE_SPLIT)
    _phrase("active.items_total", rf"{ATTRIBUTE_SPLIT}主动公开(?:的)?(?:政府)?(?:信息)?(?:为|共)?{NUM}(?P<u>条)",
            scan="其中[,，:：]?主动公开", before=_NUMBER_REACH + 16, starts="[制获生]"),
    # 共整理、录入、发布17条主动公开政府信息: the number before the noun, right after the verb
    _phrase("active.items_total",
            rf"(?:发布|公开|新增|制作|录入|上传)(?:了)?(?:共|共计|合计)?{NUM}(?P<u>条)主动公开(?:的)?(?:各类)?(?:政府)?信息",
            scan="条主动公开", before=_NUMBER_REACH, starts="[发公新制录上]"),
    # (门户网, 某县人民政府网: the site without 站; atomic: 政府网 of 政府网站 is no second try)
    _published("active.channel.website", "(?>(?:政府|政务|门户)?网站|门户网|政府网|官网)",
               scan="网(?:站|(?<=门户网)|(?<=政府网)|(?<=官网))", before=2, starts="[政门网官]"),
    _published("active.channel.weibo", "(?<!微信)(?:政务)?微博(?:平台|账号|号)?", scan="微博(?:平台|账号|号)?", before=2),
    _published("active.channel.wechat", f"(?<!微博)(?:政务)?{WECHAT_ACCOUNT}", scan=WECHAT_ACCOUNT, before=2),
    # 公众号 alone is a WeChat account too (官方公众号552条)
    _published("active.channel.wechat", "(?<!微信)(?:官方|政务)?公众号", scan="公众号", before=2),
    _published("active.channel.other", "(?:其他|其它)(?:方式|途径|渠道|媒体)", scan="其[他它](?:方式|途径|渠道|媒体)",
               before=0),
    _published("active.channel.newmedia", "(?:政务)?新媒体(?:平台)?", scan="新媒体(?:平台)?", before=2, verb=""),
    # 政府公报全年编印12期, 编印定西政报12期
    _phrase("active.channel.gazette", rf"(?:{_GAZETTE})(?:共|全年)?(?:编印|印发|发行|出版)?{NUM}(?P<u>期)",
            scan=rf"报(?:共|全年)?(?:编印|印发|发行|出版)?{NUM_STARTS}", before=1, starts="[公政]"),
    _phrase("active.channel.gazette", rf"政府公报(?:公开|发布|刊登|刊发)(?:政府)?(?:信息|文件)?{NUM}(?P<u>条|件)"),
    # 通过某市人民政府公报公开规章、规范性文件、人事任免等方面信息74条 (the 报 of 公报 or 政报, not of 报告: checked before
    # the scan's look for a number ahead)
    _published("active.channel.gazette", f"(?:政府公报|{CITY_GAZETTE})", scan="报(?<=[公政]报)", before=3, starts="政"),
    # Jilin 2020's free line under 二 (spec 2.1), printed as a paragraph rather than a table row
    _phrase("active.items_published_total",
            rf"信息公开发布总数量(?:\((?:非新闻类、消息类|[^)]{{0,12}})\))?(?:为|:)?{NUM}(?P<u>条)?", scan="发布总数量",
            before=4),
    # 全文电子化达100%, 电子化全文公开率达100%; 全文电子化的主动公开信息数41条 (the e2008 row of items in full text,
    # read only by the row's own words 信息数: 全文电子化的主动公开信息96条 is left)
    _phrase("active.items_fulltext_e_pct", rf"{FULLTEXT_E}(?:率)?(?:为|达|达到)?{NUM}(?P<u>%)", scan="电子化", before=2,
            starts="[全电]"),
    _phrase("active.items_fulltext_e",
            rf"{FULLTEXT_E}(?:的)?(?:主动公开)?(?:的)?(?:政府)?信息(?:条数|数量|数)(?:为|共|共计|达)?{NUM}(?P<u>条)",
            scan="电子化", before=2, starts="[全电]"),
    # the e2014 rows 其中：主动公开规范性文件数 and 制发规范性文件总数 in prose (主动公开规范性文件0件；制发规范性文件0件; not
    # 公开规章和规范性文件11件, two kinds, nor 累计制发…, a running total); the t2019/t2021 grids count them by other keys
    _phrase("active.normative.published",
            rf"{NOT_LISTED}(?<!累计)主动公开(?:的)?(?:行政)?规范性文件(?:数|数量)?(?:为|共|共计)?{NUM}(?P<u>件|条|份)", True,
            scan=rf"规范性文件(?:数|数量)?(?:为|共|共计)?{NUM_STARTS}", before=7, starts="主"),
    _phrase("active.normative.issued_total",
            rf"{NOT_LISTED}(?<!累计)(?:制发|制定|印发)(?:了)?(?:的)?(?:行政)?规范性文件(?:总数|数量|数)?(?:为|共|共计)?{NUM}"
            rf"(?P<u>件|份)", True, scan=rf"规范性文件(?:总数|数量|数)?(?:为|共|共计)?{NUM_STARTS}", before=6,
            starts="[制印]"),
    # 依申请: received, channels, processing
    # (申请人 is who asked: 收到申请人提出的行政复议申请3件 is a review; 申请涉及12条信息 counts what they asked for)
    # (接受办理政府信息公开申请318件: 接受 receives; 办理 alone also counts the requests carried in)
    _phrase("apply.received.total",
            rf"(?:受理|收到|接到|接收|接受|新收)(?:了)?(?:{APPLICANT_COUNT})?{FILED_BY}?{REQUEST_GAP}{{0,14}}?"
            rf"(?:申请(?!人)|政府信息公开(?=\d))"
            rf"(?:(?!涉及){GAP}){{0,10}}?(?:共|共计|合计|为)?{NUM}(?:{REQUEST_COUNT}|{ZERO_ALONE})"),
    # 收到9起政府信息依申请公开, 受理3件政府信息公开申请, 收到6份政府信息公开申请 (not 收到2件申请人的投诉 nor
    # …申请行政复议)
    _phrase("apply.received.total",
            rf"(?:受理|收到|接到|接收|接受|新收)(?:了)?(?:共|共计|合计)?{NUM}{REQUEST_COUNT_BEFORE}{REQUEST_GAP}{{0,12}}?申请"
            rf"(?!人|行政复议|复议)"),
    # 本年度新接收61件 (the year's new requests of a total that counts the carried-in ones too)
    _phrase("apply.received.total",
            rf"(?:本年度?|今年|全年|当年)新(?:接收|收到|受理|收)(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共)?"
            rf"{NUM}{REQUEST_COUNT}", scan="新(?:接收|收到|受理|收)", before=3, starts="[本今全当]"),
    # 发生依申请公开2次, 接到依申请公开事项6项, 依申请公开系统共收到2宗信息, 依申请公开共受理3件, 依申请公开申请数为
    # 14件: the count follows 依申请公开 without 申请
    # after it; or a clause of its own opens with it (…；依申请公开4次，行政复议0次), also right after its heading
    # (（二）依申请公开情况 依申请公开3次: the heading's line break is gone); not with what was disclosed after it
    # (依申请公开政府信息215件: the items, not the requests)
    _phrase("apply.received.total",
            rf"(?<!未)(?<!没)(?:(?:(?:发生|有|受理|收到|接到|接收)(?:了)?|(?P<bare>(?<![^。;；,，\n])|(?<=情况)|(?<=方面)))依申请公开(?(bare)|(?:政府信息)?(?:申请|事项)?)"
            rf"|依申请公开(?:政府信息)?(?:(?:管理)?(?:系统|平台)(?:中|上|内)?)?(?:共|共计)?(?:受理|收到|接到|接收)(?:了)?"
            rf"|依申请公开(?:政府信息)?申请(?:数|数量|总数)(?:为|是)?)"
            rf"(?:共|共计)?{NUM}(?:(?P<u>件|宗|条|份|封|次|项|例)|{ZERO_ALONE})",
            scan=rf"依申请公开(?:政府信息)?(?:申请|事项|管理|系统|平台|共|受理|收到|接到|接收|{NUM_STARTS})", before=3,
            starts="[发有受收接依]"),
    # 共处理政府信息公开申请0件: none processed, so none received (a nonzero count of processed requests includes
    # those carried in)
    _phrase("apply.received.total",
            rf"处理(?:了)?{APPLICANTS}?{REQUEST_GAP}{{0,14}}?申请(?:共|共计|合计|为)?(?P<n>0|零)(?P<u>件|宗|条)",
            scan="申请(?:共|共计|合计|为)?[0零][件宗条]", before=32, starts="处"),
    # 上年度结转办理件3件, 含上年度转结申请6件, 2020年结转办理3件 (a year before 结转 is where it came from), 结转上年度
    # 政府信息公开申请6件, 上年结转答复2件
    _phrase("apply.carried_in.total",
            rf"(?:(?:上一?年(?:度)?|{YEAR})结转(?!至|到|下)|结转上一?年(?:度)?)(?:的)?(?:办理|答复)?(?:件)?(?:政府信息公开)?"
            rf"(?:申请)?(?:办理|答复)?(?:数量)?(?:为|共)?{NUM}{COUNT}", scan="结转", before=7, starts="[上12结]"),
    # 结转下年度继续办理1件, 结转到2025年办理8件, 转结2022年办理2件, 结转下一年答复2件, 转下一年办理0件 (not 2020年结转
    # 2021年的申请3件: from or to?)
    _phrase("apply.carried_out.total",
            rf"(?:结转(?:至|到)?(?:下(?:一)?年度?|(?<![年度]结转){YEAR})|(?<!结)转(?:至|到|入)?下(?:一)?年度?)(?:继续)?"
            rf"(?:办理|答复)?(?:的)?(?:政府信息公开)?(?:申请)?(?:数量)?(?:为|共)?{NUM}{COUNT}", scan="转", before=1,
            starts="[结转]"),
    # 另有2件申请转结下年度继续办理, 除2件转结2022年办理以外
    _phrase("apply.carried_out.total",
            rf"{NUM}{COUNT}(?:申请)?结转(?:至|到)?(?:下(?:一)?年度?|{YEAR})", scan=r"结转(?:至|到)?(?:下|\d{4}年)",
            before=_NUMBER_REACH + 3, starts=NUM_STARTS),
    _channel("apply.channel.in_person", "当面"),
    _channel("apply.channel.in_person", "现场"),
    _channel("apply.channel.online", "网(?:络|上|站)"),
    _channel("apply.channel.online", "互联网"),
    _channel("apply.channel.online", "在线"),
    _channel("apply.channel.letter", "信函"),
    _channel("apply.channel.letter", "来信"),
    # 邮寄申请12宗 (not 邮寄费: a number follows 申请; a phrase of its own: one literal is scanned much faster than two)
    _channel("apply.channel.letter", "邮寄"),
    _channel("apply.channel.fax", "传真"),
    _channel("apply.channel.email", "(?:电子)?邮件", scan="邮件", before=2),
    _channel("apply.channel.phone", "电话"),
    _phrase("apply.closed.total", rf"(?:已|申请|全部|共)办结(?:数)?(?:的)?(?:政府信息公开)?(?:申请)?(?:为|共)?{NUM}{COUNT}",
            scan=rf"办结(?:数)?(?:的)?(?:政府信息公开)?(?:申请)?(?:为|共)?{NUM_STARTS}", before=2),
    # 办结 alone opening a clause of the sentence on the requests ("收到申请14件，办结11件", "…申请412件，上年结转9件，
    # 办结398件", "本年度办结48件"; elsewhere it may count complaints)
    _phrase("apply.closed.total",
            rf"申请(?:(?!复议|诉讼|投诉|举报|信访)[^。；;]){{0,{_CLOSED_REACH}}}?[，,)](?:本年度?|全年|年内|今年)?(?:共)?办结(?:了)?"
            rf"{NUM}{COUNT}",
            scan=f"办结(?:了)?{NUM_STARTS}", before=_CLOSED_REACH + 8, starts="申"),
    # 按规定时限回复, 在法定期限内答复 (found by their 限 and the words up to the number), 按时办结
    *(_phrase("apply.closed.on_time", rf"{when}(?:予以)?(?:回复|答复|办结)(?:的)?(?:数|数量)?(?:为|共)?{NUM}{COUNT}",
              scan=scan, before=5 if scan else 0, starts="[按在法规]" if scan else None)
      for when, scan in (("(?:按(?:照)?(?:规定|法定)?(?:时限|期限)|(?:在)?(?:法定|规定)(?:时限|期限)内)",
                          rf"限(?:内)?(?:予以)?(?:回复|答复|办结)(?:的)?(?:数|数量)?(?:为|共)?{NUM_STARTS}"),
                         ("按时", None))),
    _phrase("apply.closed.extended", rf"(?:延迟|延期)(?:回复|答复|办结)(?:的)?(?:数|数量)?(?:为|共)?{NUM}{COUNT}"),
    _phrase("apply.pending", rf"(?:未办结|尚未办结|正在办理(?:中)?|仍在办理(?:中)?)(?:的)?(?:为|有)?{NUM}{COUNT}",
            scan=rf"办(?:结|理(?:中)?)(?:的)?(?:为|有)?{NUM_STARTS}", before=2),
    # 除2件正在办理外, 尚有63件正在办理中, 另有1件申请尚未办结
    _phrase("apply.pending", rf"(?:除|尚有|还有|另有|仍有){NUM}{COUNT}(?:申请)?(?:正在办理|仍在办理|尚在办理|尚未办结|未办结)",
            scan="办(?:(?<=在办)理|(?<=未办)结)", before=_NUMBER_REACH + 8, starts="[除尚还另仍]"),
    # 依申请: e2014-era answers (old meanings)
    # …or a clause of its own that opens with 答复 and is broken down after (答复17件，其中同意公开答复12件)
    _phrase("apply.answer.total",
            rf"{NOT_LISTED}(?:(?:已经|已|共|共计|累计|全部|(?P<bare>(?<![^。;；,，\n])))答复(?:了)?(?:的)?(?:政府信息公开)?(?:申请)?"
            rf"|申请答复数)(?:为|共)?{NUM}{COUNT}(?(bare)(?=[,，]?其中))",
            True, scan=rf"答复(?:(?:了)?(?:的)?(?:政府信息公开)?(?:申请)?|数)(?:为|共)?{NUM_STARTS}", before=2),
    # 属于已主动公开范围的3件, 主动公开的2件, 答复主动公开97件 (答复 names the answer: 主动公开97件 alone is not one;
    # nor is 主动公开的31条政府信息中, the items published)
    _phrase("apply.answer.already_public",
            rf"{NOT_LISTED}(?:(?:属于)?(?:已)?主动公开(?:范围)?(?:的|数)|(?:属于|答复(?:为|属于)?)(?:已)?主动公开(?:范围)?(?:的)?)"
            rf"{NUM}{COUNT}(?!(?:政府)?信息)", True, scan=rf"主动公开(?:范围)?(?:的|数)?{NUM_STARTS}", before=5, starts="[属已主答]"),
    # (the grid's own words 予以公开 and 部分公开 name its rows in t2019/t2021 prose too; its 不予公开 is a category
    # whose subtotal is only kept where a table prints it)
    _phrase("apply.answer.granted", rf"{NOT_LISTED}(?<!不)同意公开(?:答复)?(?:的|数)?{NUM}{COUNT}", True),
    _phrase("apply.answer.granted", rf"{NOT_LISTED}予以公开(?:答复)?(?:的|数)?{NUM}{COUNT}", True,
            grid_keys=("apply.outcome.granted.total",)),
    _phrase("apply.answer.partial", rf"{NOT_LISTED}(?:同意)?部分公开(?:答复)?(?:的|数)?{NUM}{COUNT}", True,
            scan="部分公开", before=2, grid_keys=("apply.outcome.partial.total",)),
    _phrase("apply.answer.denied", rf"{NOT_LISTED}(?:不同意公开|不予公开)(?:答复)?(?:的|数)?{NUM}{COUNT}", True),
    # the grid's categories, each opening a clause of a list (其中，予以公开40件，…不予公开13件，无法提供31件，不予处理4件，
    # 其他处理2件):
    # not one reason's count (因涉及国家秘密不予公开2件, 对信访举报投诉类申请不予处理1件); 不予公开 only before the grid's
    # next categories: alone it is the old, looser 不同意公开 (…部分公开2件，不予公开2件: maybe with 无法提供 among them)
    *(_phrase(f"apply.outcome.{category}.total", rf"{NOT_LISTED}{CLAUSE_OPENS}{words}(?:的|数)?{NUM}{COUNT}{sequel}",
              scan=f"{words}(?:的|数)?{NUM_STARTS}", grid_only=True)
      for category, words, sequel in (("withheld", "不予公开", GRID_CATEGORIES_FOLLOW), ("unavailable", "无法提供", ""),
                                      ("not_processed", "不予处理", ""), ("other", "其他处理", ""))),
    # 不属于本行政机关公开的, 非本机关政府信息, 属于非本机关职责范围的, 非本部门掌握的
    _phrase("apply.answer.not_this_agency",
            rf"{NOT_LISTED}(?:不属于|非)本(?:行政)?(?:机关|部门|单位)(?:公开|掌握|职责|职能|管辖)?(?:范围)?(?:内)?(?:的)?"
            rf"(?:政府)?(?:信息)?(?:的|数)?{NUM}{COUNT}",
            True, scan="本(?:行政)?(?:机关|部门|单位)", before=3, starts="[不非]"),
    _phrase("apply.answer.not_exist", rf"{NOT_LISTED}(?:申请)?(?:的)?(?:政府)?信息不存在(?:的|数)?{NUM}{COUNT}", True,
            scan="信息不存在", before=5, starts="[申的政信]"),
    *(_denial(reason, words) for reason, words in (
        ("state_secret", "国家秘密"), ("commercial_secret", "商业秘密"), ("privacy", "个人隐私"),
        ("security_stability", "危及(?:国家安全、公共安全、经济安全(?:和|及|、)社会稳定|三安全一稳定)"),
        ("law_other", "法律(?:、)?法规(?:规定)?的其他情形"))),
    # 不是《条例》所指政府信息的2件, 非政府信息1件: 政府信息 is common, 政府信息 and a number are not (涉及不属于条例所指的
    # are the 10 characters a match can start ahead)
    _denial("not_gov_info", "(?:不是|非|不属于)(?:(?:条例|规定)?所指(?:的)?)?政府信息",
            scan=rf"政府信息(?:(?:而)?(?:不予|不)公开)?[的数]?{NUM_STARTS}", before=10, starts="[涉属不非]"),
    _phrase("apply.answer.ask_correction", rf"告知(?:申请人)?作出更改补充(?:的|数)?{NUM}{COUNT}", True),
    # the form's 告知作出更改补充 asks the applicant to complete the request: 补正 (申请补正信息的3件, 要求申请人补正2件);
    # "补正后…仍不明确" (t2019) has no number right after 补正
    _phrase("apply.answer.ask_correction",
            rf"{NOT_LISTED}(?:告知|要求|申请|需)(?:申请人)?补正(?:信息|材料|申请)?(?:的|数)?{NUM}{COUNT}", True,
            scan="补正", before=5, starts="[告要申需]"),
    _phrase("apply.answer.other_channel", rf"告知(?:申请人)?通过其他途径办理(?:的|数)?{NUM}{COUNT}", True),
    # (every era: no grid row has its meaning, so a t2021 report's prose states it)
    _phrase("apply.answer.withdrawn", rf"(?:申请人)?(?:主动)?撤回(?:申请)?(?:的)?{NUM}{COUNT}", scan="撤回", before=5, starts="[申主撤]"),
    # the e2014 row 举报投诉数量: 收到有关政府信息公开的举报投诉3件 (complaints about the disclosure work itself)
    _phrase("complaint.total", rf"{COMPLAINTS}(?:数量|数)?(?:共|为)?{NUM}(?P<u>件|起|宗|次|个)",
            scan=rf"诉(?:举报)?(?:案件|事项)?(?:数量|数)?(?:共|为)?{NUM_STARTS}", before=17, starts="[有涉关因政信]"),
    # fees
    _phrase("fee.info_processing", rf"信息处理费(?:共计|共|合计|总计|为)?{NUM}(?P<u>万元|元)"),
    # 收取费用120元, 收取的费用(检索费、复制费、邮寄费等)为0元
    _phrase("fee.request_fees", rf"收取(?:了)?(?:申请人)?(?:的)?(?:各项)?(?:[^,，。;；:：\d]{{0,12}}?)"
                                rf"(?:费用|检索费|复制费|复印费|邮寄费)(?:\([^()]{{0,20}}\))?(?:共计|共|合计|为)?{NUM}"
                                rf"(?P<u>万元|元)"),
    # 依申请公开收费为0: the fee of requests (not 行政事业性收费); a number without its unit only when it is 0
    _phrase("fee.request_fees",
            r"(?:信息公开|依申请公开|申请)(?:的)?收费(?:金额|总额|总计)?(?:为|共|共计|是)?"
            r"(?P<n>\d+(?:\.\d+)?(?=万?元)|0(?![\d.%])|零)(?P<u>万元|元)?",
            scan=r"收费(?:金额|总额|总计)?(?:为|共|共计|是)?[\d零]", before=6, starts="[信依申]"),
    # consultations (Shanghai-style 咨询处理情况, also in later prose): 接待现场咨询1200人次, 收到网上咨询37件,
    # 接听咨询电话300次 (not in a sentence about a hotline or a service centre: see _about_hotline)
    _phrase("consult.onsite", rf"(?:现场|当面)(?:接待)?(?:群众|公众)?咨询(?:共|共计|合计|达)?{NUM}(?P<u>人次|人|次)",
            scan=rf"咨询(?:共|共计|合计|达)?{NUM_STARTS}", before=6, starts="[现当]"),
    _phrase("consult.online", rf"(?:网上|网络|在线)咨询(?:共|共计|合计|达)?{NUM}(?P<u>人次|次|条|件)",
            scan=rf"咨询(?:共|共计|合计|达)?{NUM_STARTS}", before=2),
    _phrase("consult.phone", rf"(?:电话咨询|(?:接听)?咨询电话(?:接听)?)(?:共|共计|合计|达)?{NUM}(?P<u>人次|次|个|通)",
            scan=rf"电话(?:咨询|接听)?(?:共|共计|合计|达)?{NUM_STARTS}", before=4, starts="[电咨接]"),
    # organisation
    # staff: 专职人员2人 and 配备了1名专职人员和3名兼职工作人员 (the number before the noun); 专、兼职 is both kinds
    _phrase("org.staff_total",
            rf"(?:政府信息公开|信息公开|政务公开)(?:{STAFF_BOTH})?(?:工作)?人员(?:共|共有|为)?{NUM}(?P<u>人|名)(?!次)",
            scan=rf"人员(?:共|共有|为)?{NUM_STARTS}", before=13, starts="[政信]"),
    # 专门配备了2名工作人员, 配备了4个工作人员 (in a sentence near 公开; not 配备2名工作人员专职负责, counted by kind)
    _phrase("org.staff_total",
            rf"(?:配备|配齐|安排|确定|指定|明确)(?:了)?(?:专门)?{NUM}(?P<u>名|个(?=(?:专门)?(?:的)?工作人员))(?:专门)?(?:的)?"
            rf"(?:工作)?人员(?!专职|兼职|全职)",
            scan="人员(?<=[名个门的作]人员)(?!专职|兼职|全职)", before=_NUMBER_REACH + 12, needs_topic=True,
            starts="[配安确指明]"),
    *_staff("org.staff_total", STAFF_BOTH),
    *_staff("org.staff_fulltime", "专职"),
    *_staff("org.staff_fulltime", "全职"),
    *_staff("org.staff_parttime", "兼职", not_after="(?<!专)(?<!专、)(?<!专职[和、及])"),
    # the e2014 rows 专门机构数 and 政府信息公开专项经费 (万元) in prose: 设立政府信息公开工作专门机构1个, 全县政府信息
    # 公开专项经费为4.6万元 (a budget in 元 is left: the row counts 万元)
    _phrase("org.dedicated_units",
            rf"{DISCLOSURE_WORK}(?:工作)?专门(?:工作)?机构(?:数)?(?:共|为)?{NUM}(?P<u>个)", scan="专门(?:工作)?机构",
            before=8, starts="[政信]"),
    _phrase("org.budget", rf"{DISCLOSURE_WORK}(?:工作)?(?:专项)?经费(?:共|共计|为|达)?{NUM}(?P<u>万元)",
            scan=rf"经费(?:共|共计|为|达)?{NUM_STARTS}", before=10, starts="[政信]"),
    # reading points: 设立了2个便民查阅点, 开辟了2个公共查阅点, 设立了三处公开查询点, 查阅点3个
    _phrase("org.reading_points",
            rf"(?:设立|设置|建立|建成|开设|开辟|设有|建有)(?:了)?(?:共)?{NUM}(?P<u>个|处)"
            rf"(?:便民|公共|公开|政府信息(?:公开)?|信息公开|信息)?(?:查阅|查询)(?:点|场所|室)",
            scan="查[阅询](?:点|场所|室)", before=29, starts="[设建开]"),
    _phrase("org.reading_points", rf"(?:查阅|查询)(?:点|场所|室)(?:共)?{NUM}(?P<u>个|处)",
            scan=rf"查[阅询](?:点|场所|室)(?:共)?{NUM_STARTS}"),
    # training (in a sentence near 公开): 举办…等全区性培训会4次, 举办政务公开相关培训6次; 300余人次参加培训 (courses
    # held: not 组织业务人员参加市上…培训4次, attended)
    _phrase("training.courses",
            rf"(?:举办|开展|组织)(?:了)?(?:(?!参加|参与){GAP}){{0,40}}?培训(?:班|会|活动)?(?:共|共计)?{NUM}(?P<u>次|期|场|批)",
            scan=rf"培训(?:班|会|活动)?(?:共|共计)?{NUM_STARTS}", before=43, needs_topic=True,
            starts="[举开组]"),
    # the e2014 row 召开政府信息公开工作会议或专题会议数: 召开政府信息公开工作会议或专题会议4次, 召开3次政务公开专题会议
    _phrase("training.meetings", rf"(?:召开|举办|组织|举行)(?:了)?{MEETINGS}(?:共|共计)?{NUM}(?P<u>次|场)",
            scan=rf"会(?:议)?(?:(?:或|和|及|、)专题会议)?(?:共|共计)?{NUM_STARTS}", before=15, starts="[召举组]"),
    _held("training.meetings", MEETINGS, "次|场", scan="公开(?:工作)?(?:会议|专题会)", before=_NUMBER_REACH + 12),
    _phrase("training.trainees", rf"{NUM}(?P<u>人次|人)(?:参加|参与|接受)(?:了)?(?:相关|业务)?培训",
            scan="人次?(?:参加|参与|接受)", before=_NUMBER_REACH, needs_topic=True, starts=NUM_STARTS),
    _phrase("training.trainees", rf"(?:培训|参训)(?:人员|干部)?(?:共|共计|达|合计)?{NUM}(?P<u>人次)",
            scan=rf"训(?:人员|干部)?(?:共|共计|达|合计)?{NUM_STARTS}", before=1, needs_topic=True),
    # proposals, interpretation, responses
    # …or the verb first: 公开人大建议5条,政协提案3条 (the second count shares the verb; not 收到/办理人大建议5件)
    # …or those handled when the next clause says all their results were published (办理人大代表建议8件、政协委员提案5件，
    # 办理结果均已公开; 承办市人大代表建议15件、市政协委员提案9件，办理复文均已全文公开: like 均维持, the count is every one's)
    _phrase("proposal.npc_published",
            rf"(?:人大代表建议(?:办理(?:情况|结果)|(?:办理结果)?公开)(?:信息)?|公开(?:了)?人大(?:代表)?建议"
            rf"|(?P<handled>(?:办理|承办)(?:了)?{LEVEL}人大(?:代表)?建议))(?:共)?{NUM}"
            rf"(?P<u>条|件)(?(handled)(?=(?:[、和及]{LEVEL}政协(?:委员)?提案\d{{1,4}}(?:条|件))?{ALL_RESULTS_PUBLISHED}))",
            scan="人大", before=5, starts="[人公办承]"),
    # both kinds in one count: the e2014 row 人大代表建议和政协提案办理结果公开数 (公开人大代表建议、政协委员提案办理情况14条,
    # 主动公开人大代表建议和政协提案办理情况84项)
    _phrase("proposal.results_published",
            rf"人大(?:代表)?建议(?:[、和及与]|以及)政协(?:委员)?提案(?:的)?(?:办理(?:情况|结果)(?:公开)?|(?:办理结果)?公开)"
            rf"(?:信息)?(?:数)?(?:共|为)?{NUM}(?P<u>条|件|项)", scan="政协", before=8, starts="人"),
    _phrase("proposal.cppcc_published",
            rf"(?:(?<!建议[、和及与])(?<!建议以及)政协(?:委员)?提案(?:办理(?:情况|结果)|(?:办理结果)?公开)(?:信息)?"
            rf"|公开(?:了)?(?:人大(?:代表)?建议\d{{1,4}}(?:条|件)[,，、和及])?政协(?:委员)?提案"
            rf"|(?P<handled>(?:办理|承办)(?:了)?(?:{LEVEL}人大(?:代表)?建议\d{{1,4}}(?:条|件)[、和及])?{LEVEL}政协(?:委员)?提案))"
            rf"(?:共)?{NUM}(?P<u>条|件)(?(handled)(?={ALL_RESULTS_PUBLISHED}))",
            scan="政协", before=_NUMBER_REACH + 2, starts="[政公办承]"),
    # 发布政策解读信息7份, 发布政策解读类信息19篇, 发布政策解读稿件36次; or the verb first, what was interpreted after
    # it: 解读民生政策文件8件,
    # 解读重大政策措施3个 (not 解读专栏发布规范性文件5件, another verb's count; a class, not words: every 解读 of a
    # report is tried)
    _phrase("response.interpretations",
            rf"{NOT_LISTED}(?:(?:政策)?解读(?:类)?(?:信息|稿件|稿|文件|材料|文章)(?:发布)?"
            rf"|解读(?:了)?{_INTERPRETED}(?P<verb_first>))(?:共)?{NUM}(?P<u>条|篇|件|份|(?(verb_first)个|次))",
            scan=rf"解读(?:(?:类)?(?:信息|稿件|稿|文件|材料|文章)(?:发布)?|(?:了)?{_INTERPRETED})(?:共)?{NUM_STARTS}",
            before=2),
    # 2022年政策解读4次, 政策解读47项, 政策解读11个 (个 not of 栏目, 专栏, 专题 …)
    _phrase("response.interpretations",
            rf"{NOT_LISTED}政策解读(?:共)?{NUM}(?P<u>条|篇|件|份|次|项|个(?!栏目|专栏|专题|平台|渠道|版块|板块))"),
    _phrase("response.press_conf", rf"{NOT_LISTED}新闻发布会(?:共)?{NUM}(?P<u>场|次)"),
    # the e2014 rows 其中：主要负责同志参加新闻发布会次数 / …参加政府网站在线访谈次数 (see _BY_HEAD)
    _phrase("response.press_conf_by_head", rf"{HEAD}{HEAD_TAKES_PART}(?:了)?(?:的)?新闻发布会(?:次数)?(?:共|为)?{NUM}(?P<u>场|次)",
            scan="新闻发布会", before=13, starts="主"),
    _phrase("response.online_interviews_by_head",
            rf"{HEAD}{HEAD_TAKES_PART}(?:了)?(?:的)?(?:政府)?(?:网站)?在线访谈(?:次数)?(?:共|为)?{NUM}(?P<u>次|期|场)",
            scan="在线访谈", before=17, starts="主"),
    _held("response.press_conf", "新闻发布会", "场|次"),
    _phrase("response.online_interviews", rf"在线访谈(?:活动|节目)?(?:共)?{NUM}(?P<u>次|期|场)"),
    _held("response.online_interviews", "在线访谈", "次|期|场"),
    # the e2014 rows 微博微信回应事件数 / 其他方式回应事件数 in prose: 通过微博微信回应事件2次, 通过新闻媒体等其他方式
    # 回应事件5次 (both media named: 微博回应 alone is not the row)
    _phrase("response.weibo_wechat_events",
            rf"微(?:博|信)(?:[、和及与]|或)?微(?:信|博)(?:等)?(?:平台|渠道)?回应(?:社会关切|热点)?(?:事件)?(?:数)?"
            rf"(?:共|共计|为)?{NUM}(?P<u>次|件|个|起)"),
    _phrase("response.other_events",
            rf"其[他它](?:方式|途径|渠道)回应(?:社会关切|热点)?(?:事件)?(?:数)?(?:共|共计|为)?{NUM}(?P<u>次|件|个|起)",
            scan="其[他它](?:方式|途径|渠道)回应"),
    # e2014 回应公众关注热点或重大舆情数 in prose (…或政务舆情14377次); a gloss may follow ("，包括正面舆情和负面舆情共9次")
    _phrase("response.hot_topics",
            rf"回应(?:公众|社会|群众)?关注(?:的)?热点(?:问题)?(?:(?:或|和|及|、)?(?:重大|政务)?舆情)?(?:事件)?(?:数|数量)?"
            rf"(?:,?包括[^,，。;；:：\d]{{0,16}}?)?(?:为|达|共|共计|合计)?{NUM}(?P<u>次|件|条|个|起)", scan="关注(?:的)?热点", before=4,
            starts="回"),
)

# Review, litigation and (Shanghai-style) appeals: the numbers that follow an anchor up to the next anchor or sentence
# end belong to it. 申诉 alone is an appeal too ("被提起行政诉讼0件；申诉1件"), but not after 投诉, 信访 or 举报 (checked
# in code: a lookbehind here would cost the regex its fast scan for the anchors' first characters).
# 其中提起诉讼的1件; 复议/诉讼 without 行政 only right before their count (涉及复议0件,诉讼0件; not 民事诉讼: checked in
# code, like 申诉)
_CASE_ANCHORS = re.compile(r"行政复议|行政诉讼|涉诉|行政申诉|申诉|提起诉讼|复议(?=[\d零])|诉讼(?=[\d零])")
_NOT_APPEAL_AFTER = "诉访报"
_NOT_ADMINISTRATIVE_SUIT = "事"  # 民事诉讼, 刑事诉讼
# bare 复议/诉讼 of other business: 信访复议, 复查复议, 公益诉讼
_NOT_AFTER = {"申诉": _NOT_APPEAL_AFTER, "诉讼": _NOT_ADMINISTRATIVE_SUIT + "益", "复议": "访查"}
_CASE_END = re.compile(r"[。;；]")
# (次 only right after the anchor: 行政复议0次; 行政复议有4件)
_CASE_TOTAL = re.compile(rf"^(?:案件|案|申请|数量|数)?(?:的)?(?:均|(?P<each>各))?(?:为|是|共|共计|合计|有)?{NUM}"
                         rf"(?P<u>件|宗|起|例|次)")
# a court that rejects the plaintiff's claims upholds the act (spec 2.4: 维持具体行政行为或者驳回原告诉讼请求数)
_CASE_UPHELD = (re.compile(rf"(?:维持(?:原)?(?:具体)?(?:行政行为|答复|决定)?(?:或者|或)?)?(?:判决)?驳回(?:原告)?(?:的)?诉讼请求"
                           rf"(?:的)?(?:有|为)?{NUM}{CASE_COUNT}"),
                re.compile(rf"维持(?:原)?(?:具体)?(?:行政行为|答复|决定)?(?:的)?(?:有|为)?{NUM}{CASE_COUNT}"),
                re.compile(rf"{NUM}{CASE_COUNT}(?:结果)?(?:予以|被)?维持"))
_CASE_CORRECTED = (re.compile(rf"(?:被)?(?:依法)?(?:纠错|纠正|撤销)(?:的)?(?:有|为)?{NUM}{CASE_COUNT}"),
                   re.compile(rf"{NUM}{CASE_COUNT}(?:结果)?(?:被)?(?:依法)?(?:纠错|纠正|撤销)"))
_CASE_OTHER = (re.compile(rf"其他(?:结果|情形)(?:的)?(?:有|为)?{NUM}{CASE_COUNT}"),)
_PENDING = r"(?:尚未审结|未审结|尚未结案|未结案|(?:正在|尚在)审理(?:中)?)"
_CASE_PENDING = (re.compile(rf"{_PENDING}(?:的)?(?:有|为)?{NUM}{CASE_COUNT}"), re.compile(rf"{NUM}{CASE_COUNT}{_PENDING}"))
# (key, words every match holds: a cheap check before the regexes, patterns)
_CASE_OUTCOMES = (("upheld", ("维持", "驳回"), _CASE_UPHELD), ("corrected", ("纠错", "纠正", "撤销"), _CASE_CORRECTED),
                  ("other", ("其他",), _CASE_OTHER), ("pending", ("审结", "结案", "审理"), _CASE_PENDING))
_CASE_OUTCOME_WORDS = re.compile("|".join(word for _, words, _ in _CASE_OUTCOMES for word in words))  # any of them
# every case of the total had one outcome: 均维持原具体行政行为 (→ upheld = total), 行政复议案件1件,为其他结果
# …or the clause right after the total names one outcome and no count (行政复议1件，结果维持; not 结果维持1件)
# (…，法院判决维持原具体行政行为: the court's or the review body's decision names the outcome too)
_DECIDED = r"(?:复议|审理|判决|裁定|决定)"
_RESULT = (rf"^[,，]?(?:经)?(?:(?:人民)?法院|复议机关)?(?:{_DECIDED}?结果|(?<=法院|机关){_DECIDED}?|{_DECIDED})"
           r"(?:均|都|全部)?(?:为|是)?")
_NO_COUNT_AFTER = r"(?![^,，。;；]{0,12}?(?:\d|[零〇一二两三四五六七八九十]+(?:件|宗|起|例)))"
_CASE_ALL = (("upheld", re.compile(rf"均(?:被)?(?:予以)?维持|全部(?:被)?维持|{_RESULT}(?:予以)?维持{_NO_COUNT_AFTER}")),
             ("corrected", re.compile(rf"{_RESULT}(?:被)?(?:纠错|纠正){_NO_COUNT_AFTER}")),
             ("other", re.compile(r"^[,，]?(?:均|全部|都)?为其他(?:结果|情形)(?!的?(?:有|为)?[\d零])")))
# "Nothing of the kind happened": 未发生/未产生/未接到/没有因/未被…行政复议与行政诉讼, 无一例因…申请行政复议,
# 没有与单位和个人因…申请行政复议, 无信息公开相关举报、复议、诉讼情况 (not 无法/无论/无正当理由/无权/无关…),
# 未接到…复议、诉讼和申诉 (行政 may be left out), 未发生…行政复议、起诉 (a lawsuit). Not 未经复议 (直接起诉), not 无关的行政复议, and not 没有出现行政复议被纠错
# (there were reviews).
_CASE_ZERO_ANCHOR = (r"(?:(?:行政)?(?:复议|诉讼|申诉)|涉诉|起诉)(?!(?:案件?|决定|的)?(?:被|维持|纠错|纠正|撤销|败诉))"
                     r"(?!(?:案件?|的)?(?:数)?(?:为|共)?[1-9])")  # 没有按期答复被提起行政诉讼1件: there was one
_CASE_ZERO_MORE = rf"(?:[^。;；,，]{{0,16}}?{_CASE_ZERO_ANCHOR}){{0,2}}"  # 复议、诉讼和申诉
# (a statement never runs into the next section's heading: "无" cells of a table pasted as text, then 四、…行政复议)
_NOT_A_HEADING = r"(?![一二三四五六七八九十]{1,2}、)"
_CASE_ZERO = re.compile(r"(?:(?:未|没有)曾?(?:发生|出现|收到|接到|产生|受理|因|被|涉及|引起|引发|有)过?|无(?:一例|一起|一件))"
                        rf"(?:{_NOT_A_HEADING}[^。;；,，]){{0,24}}?{_CASE_ZERO_ANCHOR}{_CASE_ZERO_MORE}"
                        rf"|(?:没有|无(?!法|论|正当|权|关|需|须|偿))(?:{_NOT_A_HEADING}[^。;；,，\d]){{0,24}}?{_CASE_ZERO_ANCHOR}"
                        rf"{_CASE_ZERO_MORE}"
                        rf"|无因?{_CASE_ZERO_ANCHOR}")
# The words every zero statement holds (at most 20 characters apart): it starts at most 32 characters before the
# first (没有曾发生过, 24 more, 行政) and ends 2 after where the last starts, which the scan finds too.
_CASE_ZERO_WORDS = re.compile(r"复议|诉讼|涉诉|申诉|起诉")
_CASE_ZERO_KEYS = {"复议": "review", "诉讼": "litigation", "涉诉": "litigation", "申诉": "appeal", "起诉": "litigation"}
_CASE_ZERO_BEFORE, _CASE_ZERO_AFTER = 32, 24
# 未产生与诉讼(行政复议、行政申诉)有关的费用支出: what did not arise is a cost, not a case
_CASE_COSTS_AFTER = re.compile(r"[^。;；,，]{0,10}?(?:费用|经费|支出|开支)")
# 未出现…行政复议和行政诉讼被撤销或败诉等情况: what did not happen is an outcome of the listed cases, not the cases
_CASE_OUTCOME_AFTER = re.compile(r"[^。;；,，]{0,16}?(?:(?:行政)?(?:复议|诉讼))(?:案件?|决定|的)?(?:被|维持|纠错|纠正|撤销|败诉)")
# two anchors sharing one count: 行政复议、提起行政诉讼数量是0件 (only a shared 0 is each one's count; another number
# counts both together)
_CASE_SHARED = re.compile(r"^(?:案件)?(?:和|及|与|或|、|以及)(?:被)?(?:提起|提出)?$")
_CASE_SHARED_LONGEST = 5  # 以及被提起
_CASE_ZERO_WORD = re.compile(r"^(?:案件)?(?:数)?(?:量)?(?:均)?(?:为|是)零")
_CASE_TOTAL_UPHELD = re.compile(rf"^(?:案件)?并(?:均)?(?:被)?维持{NUM}{CASE_COUNT}")
# …and after a list of totals (行政复议2件、行政诉讼1件，均维持原行政行为), 均 makes the outcome every listed one's
_EVERY_ONE = re.compile("均|全部|都")
_CASE_LIST_SEPARATOR = re.compile("[、,，]|和|及|与|以及")
_CASE_REACH = 60  # upheld/corrected counts sit close to their anchor; further on, another topic has begun

# Statements that nothing was charged or received (→ 0, flag wu).
_FEE_REACH = 28  # 没有发生过, 向, 20 more and 进行: the farthest 收费/收取 stands from a statement's start
_ZERO_STATEMENTS: tuple[tuple[str, Phrase], ...] = (
    # (未发生收取信息处理费情况: the event is the charging)
    ("fee.info_processing", _phrase("fee.info_processing",
                                    r"(?:没有|未|无|不(?:存在)?)(?:向申请人)?(?:产生|收取|发生)(?:过)?(?:收取)?(?:任何)?"
                                    r"(?:政府信息公开)?(?:政府)?信息处理费", scan="信息处理费", before=22,
                                    starts="[没未无不]")),
    # 均免收信息处理费 (every applicant: not 对困难群众免收…, some of them), 信息处理费收取情况:无
    ("fee.info_processing", _phrase("fee.info_processing",
                                    r"(?:均|全部|一律)(?:予以)?免(?:收|除|予收取)(?:了)?(?:政府信息公开)?信息处理费",
                                    scan="免(?:收|除|予收取)(?:了)?(?:政府信息公开)?信息处理费", before=4,
                                    starts="[均全一]")),
    ("fee.info_processing", _phrase("fee.info_processing", r"信息处理费(?:的)?收取(?:情况)?(?:为|:)?无(?=[,，。;；]|$)")),
    # 未收费, 未对申请人进行收费, 未产生相关收费, 未因信息公开收取…任何费用, 未向申请人收取费用, 未收取政府信息公开方面的任何费用, 没有向…申请人收费的情况,
    # 无…信息公开的收费和减免事项. Never 未按收费通知要求缴纳费用 (t2021 row words): the negation governs 收费/收取
    # itself; nor 名录之外无收费 (administrative fees): 无 needs the disclosure fee's own words.
    ("fee.none", _phrase(
        "fee.none",
        rf"(?:未|没有|不(?=收取))(?:发生|产生|出现)?(?:过)?(?:因{GAP}{{0,8}}?)?(?:(?:向|对){GAP}{{0,20}}?)?(?:进行)?"
        rf"(?:相关|任何)?(?:收费|收取{GAP}{{0,14}}?(?:费用|检索费|复制费|复印费|邮寄费|工本费))"
        rf"|(?:无|没有|未发生|未产生|不存在|未涉及|不涉及){GAP}{{0,14}}?(?:信息公开(?:方面)?(?:的)?收费|收费[和及与、]减免)|零收费",
        scan="收[费取]", before=_FEE_REACH, starts="[未没不无零]")),
    ("fee.none", _phrase("fee.none", r"(?:全部|均|一律)(?:予以)?免费(?:办理|提供)", scan="免费", before=4)),
    # 未收到…申请, 未接收到依申请公开, 未接收到有关公民、法人或其他组织要求公开政府信息的申请, 没有接到群众主动要求公开
    # 政府信息的申请, 未接到群众要求公开的信息 (a request without 申请) (not 未收到申请人的投诉, 未收到…申请行政复议,
    # 未收到因依申请公开答复而引起的行政复议: a review)
    ("apply.received.total",
     _phrase("apply.received.total",
             rf"(?:未|没有)(?:收到|受理|接到|接收到|接收)(?:过)?(?:任何)?(?:有关)?(?!(?!{APPLICANTS}){ONE_APPLICANT_KIND})"
             rf"{FILED_BY}?(?:(?!{ONE_APPLICANT_KIND}){REQUEST_GAP}){{0,16}}?"
             rf"(?:申请(?!人|行政复议|复议|{GAP}{{0,16}}?(?:复议|诉讼))|要求公开(?:的)?(?:政府)?信息)")),
    # 未收到有关政府信息公开的举报投诉
    ("complaint.total", _phrase("complaint.total", rf"(?:未|没有)(?:收到|受理|接到|发生|出现|有)(?:过)?(?:任何)?{COMPLAINTS}",
                                scan="诉(?<=投诉)", before=23, starts="[未没]")),  # (没有受理过任何有关…举报投|诉)
    # 无转结下年度继续办理件, 没有结转到下一年度的申请, 无下年度结转, 无结转2024年继续办理件 (a year only with what is
    # still to do there)
    ("apply.carried_out.total",
     _phrase("apply.carried_out.total",
             rf"(?:无|没有|不存在)(?:需要|需)?(?:(?:结转|转)(?:至|到)?(?:下一?年度?|{YEAR}(?=继续|办理|答复))|下一?年度?结转)"
             r"(?:继续)?(?:办理|答复)?",
             scan="转", before=7, starts="[无没不]")),
    # 无上年度结转, 没有结转上一年度的申请
    ("apply.carried_in.total",
     _phrase("apply.carried_in.total", r"(?:无|没有|不存在)(?:上一?年度?结转|结转上一?年度?)", scan="结转", before=7,
             starts="[无没不]")),
    # 未发生依申请公开政府信息的情况, 无政府信息公开申请, 没有发生依申请信息公开事件, 没有依申请公开信息的情况,
    # 无依法申请公开件 (not
    # 未发生依申请公开引起的行政复议, 没有依申请公开答复超期的情况: the requests there were had no such sequel)
    ("apply.received.total",
     _phrase("apply.received.total",
             r"(?:(?:未|没有)(?:发生|出现|产生|有)(?:过)?(?:任何)?|没有|无)"
             r"(?:依(?:法)?申请(?:政府)?(?:信息)?公开|(?:政府)?信息公开申请|申请公开)"
             r"(?![^,，。;；]{0,12}?(?:复议|诉讼|答复|超期|逾期|延期|收费|费用))"
             # or a clause of its own right after the year: 我镇2016年度无申请。 (not 行政复议无申请, 无申请人…, nor
             # 去年无申请: another year's)
             r"|(?:(?<=[^去上前一]年)|(?<=[^去上前一]年度)|(?<=[^去上前一]年内))(?:没有|无)(?:任何)?申请(?![^。;；,，])",
             scan="未[发出产有]|没有|无[依政信申任]")),
)

_CASE_KEYS = {"行政复议": "review", "行政诉讼": "litigation", "涉诉": "litigation", "行政申诉": "appeal",
              "申诉": "appeal", "提起诉讼": "litigation", "复议": "review", "诉讼": "litigation"}
_CASE_COUNT_ONLY = frozenset({"appeal"})  # spec 2.4 keys how many appeals (行政申诉), not their outcomes
_CELL_SEPARATOR = " | "  # a table row as extract renders it: cells joined by " | "


def prepare(text: str) -> str:
    """Matching copy: t2s + NFKC, quotes removed, spaces removed unless they separate two ASCII words or numbers,
    谘 (谘询, the old form t2s keeps) spelt 咨, 转结 (carried over, 上年度转结申请6件) spelt 结转, 资讯 (資訊, the Taiwan and
    Hong Kong word for information that big5 copies use: 主動公開政府資訊27條) spelt 信息."""
    text = normalize_text(text)
    for quote in _QUOTES:
        if quote in text:
            text = text.replace(quote, "")
    text = _INNER_SPACE.sub("", text) if _KEPT_SPACE.search(text) else text.replace(" ", "")
    return text.replace("谘", "咨").replace("转结", "结转").replace("资讯", "信息")


def _quantity(raw: str) -> tuple[float | None, str | None]:
    """Value and flag of a matched number; 7千 is 7000 (numbers.parse_quantity knows 万, not 千)."""
    if raw.isascii() and raw.isdigit():  # most counts: what parse_quantity makes of them, ~10× cheaper
        number = float(raw)
        return (int(number) if number.is_integer() else number), None
    digits_thousand = _DIGITS_THOUSAND.fullmatch(raw)
    if digits_thousand:
        return float(digits_thousand.group(2)) * 1000, "approx"
    if raw in ("零", "〇"):
        return 0, None
    parsed = parse_quantity(raw)
    if parsed is None or parsed.value is None:
        value = chinese_to_int(raw)
        return (value, None) if value is not None else (None, None)
    return parsed.value, parsed.flag


def _fact(key: str, m: re.Match[str], label: str | None = None) -> Fact | None:
    value, flag = _quantity(m.group("n"))
    if value is None:
        return None
    return Fact(key=key, value=value, unit=m.group("u") or None, raw_label=label or m.group(0), raw_value=m.group("n"),
                source="text", value_flag=flag, confidence=0.9)


def _zero(key: str, phrase: str) -> Fact:
    return Fact(key=key, value=0, unit=None, raw_label=phrase, raw_value=phrase, source="text", value_flag="wu",
                confidence=0.8)


def _another_year(text: str, m: re.Match[str], year: int | None) -> bool:
    """The count of a year before the report's (a 2021 report: 2020年本机关收到申请38件). A later year is the report's
    own: the year it was written in, given by mistake (a 2016 report: 2017年，主动公开…412条)."""
    named = _STATED_YEAR.search(text, max(0, m.start() - _YEAR_REACH), m.start()) if year else None
    return named is not None and int(named.group(1)) < year


def _cumulative(text: str, m: re.Match[str]) -> bool:
    """A running total since the first report (到年底累计主动公开6411条), not the year's count (spec 2.4: 本年度新增1873条);
    本年度累计…, 2017年累计…, 2023年,全县累计…, 2017年,主动公开政府信息累计176条 and 累计主动公开2009年度政府信息31条
    name their year; 各级行政机关累计… sums over agencies."""
    start = m.start()
    said = _CUMULATIVE.search(text, max(0, start - 5), start) or _CUMULATIVE_INSIDE.search(text, start, m.start("n"))
    if said is None or _YEAR_NAMED.search(m.group(0)):
        return False
    if _YEAR_OPENS.search(text, max(0, start - _YEAR_REACH), start) or _year_opens_clause(text, start) \
            or _THIS_YEAR_OPENS.search(text, max(0, start - _YEAR_REACH), start):
        return False
    subject_ends = min(start, said.start())
    if _ACROSS_AGENCIES.search(text, max(0, subject_ends - _YEAR_REACH), subject_ends) is None:
        return True
    sentence = text[max(0, start - _TOPIC_REACH):start]
    return _SINCE.search(sentence, max(map(sentence.rfind, _SENTENCE_ENDS)) + 1) is not None


def _year_opens_clause(text: str, start: int) -> bool:
    """A clause of the sentence that runs up to `start` opens with the year and a comma, and the sentence names no
    since when."""
    reach = max(0, start - _TOPIC_REACH)
    before = text[reach:start]
    opens = max(map(before.rfind, _SENTENCE_ENDS)) + 1
    if opens == 0 and reach > 0:  # (the sentence opens further back than the reach: unknown)
        return False
    return _YEAR_CLAUSE.search(before, opens) is not None and _SINCE.search(before, opens) is None


def _one_medium(text: str, m: re.Match[str]) -> bool:
    """The clause of `m` up to its number names one social medium (or the gazette) and no list of media: that
    medium's count."""
    reach = max(0, m.start() - _MEDIUM_REACH)
    if _ONE_CHANNEL.search(text, reach, m.start("n")) is None:  # most statements: no medium to weigh
        return False
    before = text[reach:m.start()]
    clause = before[max(map(before.rfind, _CLAUSE_ENDS)) + 1:] + text[m.start():m.start("n")]
    media = set(_CHANNELS.findall(clause))
    return len(media) == 1 and _ONE_CHANNEL.match(media.pop()) is not None and _MEDIA_LIST.search(clause) is None


def _one_of_kinds(text: str, m: re.Match[str]) -> bool:
    """`m` counts a list of kinds closed by 等 (not of media) and the next clause counts another kind."""
    return ("等" in m.group(0) and _MEDIA_LIST.search(m.group(0)) is None
            and _ANOTHER_KIND.match(text, m.end()) is not None)


def _not_own_count(text: str, m: re.Match[str]) -> bool:
    """The medium `m` counts is listed with another one before it or after it (门户网站、政务公开栏等形式公开…8769条:
    the list's count), or receives the items from this agency."""
    reach = max(0, m.start() - _NOT_OWN_REACH)
    return (_JOINT_MEDIA.search(text, reach, m.start()) is not None
            or ("等" in m.group() and _LISTED_WITH_OTHERS.search(m.group()) is not None)
            or _SUBMITTED.search(text, reach, m.start()) is not None
            or _one_kind_in_breakdown(text, m, reach))


def _one_kind_in_breakdown(text: str, m: re.Match[str], reach: int) -> bool:
    """`m` counts one kind of information a medium published, within the sentence's 其中 breakdown or before the
    count of another kind."""
    published = m.groupdict().get("verb")
    if not published or _ONE_KIND.search(published) is None:
        return False
    before = text[reach:m.start()]
    return "其中" in before[max(map(before.rfind, _SENTENCE_ENDS)) + 1:] or _ANOTHER_KIND.match(text, m.end()) is not None


def _respective_facts(text: str) -> list[tuple[int, Fact]]:
    """网站、微信分别发布信息57条、214条: the n media named before 分别 in its clause, each with its count; nothing when a
    name holds two media (某某政府网微信公众号) or the lists differ in length."""
    found: list[tuple[int, Fact]] = []
    for m in _RESPECTIVE.finditer(text):
        before = text[max(0, m.start() - _MEDIUM_REACH):m.start()]
        clause = before[max(map(before.rfind, _CLAUSE_ENDS)) + 1:]
        keys = [{_MEDIUM_KEYS.get(name) for name in _MEDIA.findall(part)} for part in _LIST_SEPARATOR.split(clause)]
        keys = [named for named in keys if named]
        counts = list(_COUNTED.finditer(m.group("counts")))
        if len(keys) != len(counts) or any(len(named) != 1 for named in keys):
            continue
        media = [named.pop() for named in keys]
        if len(set(media)) != len(media):
            continue
        found += [(m.start(), fact) for medium, count in zip(media, counts, strict=True)
                  if medium and (fact := _fact(f"active.channel.{medium}", count, clause + m.group(0))) is not None]
    return found


def _about_other_business(text: str, m: re.Match[str], end: int) -> bool:
    """The sentence up to `end` last names other business than disclosure requests (政务服务, 审批, 信访 …)."""
    sentence = text[max(0, m.start() - _TOPIC_REACH):end]
    sentence = sentence[max(map(sentence.rfind, _SENTENCE_ENDS)) + 1:]
    if _OTHER_BUSINESS.search(sentence) is None:  # most sentences: no topic word to weigh
        return False
    *_, last = _TOPIC.finditer(sentence)
    return last.group("other") is not None


def _channel_share(text: str, m: re.Match[str]) -> bool:
    """`m` counts what came through one channel, named after 其中 in its clause."""
    return _CHANNEL_SHARE.search(text, max(0, m.start() - 20), m.start()) is not None


def _attribute_split(text: str, m: re.Match[str]) -> bool:
    """The sentence of `m` splits the information made by its disclosure attribute (ATTRIBUTE_SPLIT)."""
    sentence = text[max(0, m.start() - _TOPIC_REACH):m.start()]
    if "其中" not in sentence:  # most statements
        return False
    return _ATTRIBUTE_SPLIT.search(sentence, max(map(sentence.rfind, _SENTENCE_ENDS)) + 1) is not None


def _about_hotline(text: str, m: re.Match[str]) -> bool:
    """The sentence up to the end of `m` is about a hotline or a service centre (接听群众电话咨询600余人次)."""
    sentence = text[max(0, m.start() - _TOPIC_REACH):m.end()]
    return _HOTLINE.search(sentence, max(map(sentence.rfind, _SENTENCE_ENDS)) + 1) is not None


def _near_topic(text: str, m: re.Match[str]) -> bool:
    """公开 is named in the match or the 60 characters before it, or the heading of the report's part on the form's
    meetings and training rows (六、机构建设、保障经费和培训会议情况)."""
    window = text[max(0, m.start() - _TOPIC_REACH):m.end()]
    return "公开" in window or _TRAINING_PART.search(window) is not None


def _held_characters(items: Iterable[tuple[object, object]]) -> set[str]:
    """The characters every match of a parsed pattern holds, in the match or in what its lookarounds read."""
    held: set[str] = set()
    for op, arg in items:
        if op is sre_constants.LITERAL:
            held.add(chr(arg))
        elif op is sre_constants.SUBPATTERN or op is sre_constants.ASSERT:  # (…, pattern)
            held |= _held_characters(arg[-1])
        elif op is sre_constants.ATOMIC_GROUP:
            held |= _held_characters(arg)
        elif op is sre_constants.BRANCH:  # (None, alternatives)
            held |= set.intersection(*(_held_characters(alternative) for alternative in arg[1]))
        elif op is sre_constants.GROUPREF_EXISTS:  # (group, yes, no)
            held |= _held_characters(arg[1]) & _held_characters(arg[2] or ())
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT) and arg[0]:
            held |= _held_characters(arg[2])  # (min, max, pattern), at least once
    return held


# How many phrases spell each character: the words they share (信息, 公开, 申请) are in every report.
_SPELT = Counter(c for phrase in (*PHRASES, *(statement for _, statement in _ZERO_STATEMENTS))
                 for c in set(phrase.pattern.pattern))


def _anchor(phrase: Phrase) -> str:
    """A character every match of `phrase` needs, the one the fewest phrases spell ("" when none): a text without
    it has no match, and `in` finds one character several times faster than a scan for a word."""
    held = _held_characters(sre_parser.parse(phrase.pattern.pattern, phrase.pattern.flags))
    return min(sorted(held), key=_SPELT.__getitem__) if held else ""


def _phrase_roles(grid: bool) -> tuple[tuple[Phrase, tuple[str, ...], str, _Search, bool, bool, bool], ...]:
    """The phrases read from the prose of a grid template's report (`grid`) or of another one, each with the keys
    it gives there, its anchor, its first search and what its key asks of a match: a request's (other business), a
    consultation's (hotline), a medium's (its own count)."""
    return tuple((phrase, phrase.grid_keys if grid and phrase.old_meaning else phrase.keys, _anchor(phrase),
                  phrase.first_search, phrase.keys[0].startswith("apply."),
                  phrase.keys[0].startswith("consult."), phrase.keys[0].startswith("active.channel."))
                 for phrase in PHRASES
                 if not (grid and phrase.old_meaning and not phrase.grid_keys or not grid and phrase.grid_only))


# (worked out once: _phrase_facts runs per text)
_PHRASE_ROLES = {grid: _phrase_roles(grid) for grid in (False, True)}
_ZERO_ROLES = tuple((key, statement, _anchor(statement), statement.first_search)
                    for key, statement in _ZERO_STATEMENTS)


def _phrase_facts(text: str, template: str | None, year: int | None) -> list[tuple[int, Fact]]:
    found = []
    for phrase, keys, anchor, search, request, consultation, channel in _PHRASE_ROLES[template in _GRID_TEMPLATES]:
        if anchor not in text or (candidate := search(text)) is None:  # most phrases
            continue
        for m in phrase.matches_from(text, candidate):
            if text.startswith("数", m.end()):  # "新闻发布会 7 次数": a PDF table label wrapped around its value
                continue
            # (up to the end of the match; a request channel's name is no topic: 通过来信收到申请4件)
            topic_ends = m.start() if phrase.keys[0].startswith("apply.channel.") else m.end()
            if (request or phrase.needs_topic) and _about_other_business(text, m, topic_ends):
                continue
            if phrase.needs_topic and not _near_topic(text, m) or consultation and _about_hotline(text, m):
                continue
            if phrase.keys[0] in _OF_THE_YEAR and (_cumulative(text, m) or _one_medium(text, m)
                                                   or _one_of_kinds(text, m) or _another_year(text, m, year)):
                continue
            if channel and _not_own_count(text, m):
                continue
            if request and phrase.keys[0] == "apply.received.total" and _channel_share(text, m):
                continue
            if request and _attribute_split(text, m):
                continue
            if phrase.keys[0] in _COUNTED_WITH_HEADS and _BY_HEAD.search(text, max(0, m.start() - _BY_HEAD_REACH),
                                                                         m.start("n")):
                continue
            facts = [fact for key in keys if (fact := _fact(key, m)) is not None]
            if facts:  # the first statement of a phrase is the one kept
                found += [(m.start(), fact) for fact in facts]
                break
    for key, statement, anchor, search in _ZERO_ROLES:
        if anchor in text and (candidate := search(text)) and (m := next(statement.matches_from(text, candidate), None)):
            found.append((m.start(), _zero(key, m.group(0))))
    return found + _respective_facts(text) if "分别" in text else found


def _first(patterns: tuple[re.Pattern[str], ...], window: str) -> re.Match[str] | None:
    matches = [m for p in patterns if (m := p.search(window))]
    return min(matches, key=lambda m: m.start()) if matches else None


def _case_anchors(text: str) -> list[re.Match[str]]:
    """The anchors of `text`, without the 申诉 of complaints (投诉申诉, 信访申诉, 举报申诉) nor the 诉讼 of 民事诉讼."""
    return [a for a in _CASE_ANCHORS.finditer(text)
            if a.start() == 0 or a.group(0) not in _NOT_AFTER or text[a.start() - 1] not in _NOT_AFTER[a.group(0)]]


def _case_zero_statements(text: str) -> Iterator[re.Match[str]]:
    """Exactly `_CASE_ZERO.finditer(text)`, run only on the stretches around the words they hold."""
    stretches: list[list[int]] = []
    for anchor in _CASE_ZERO_WORDS.finditer(text):
        start, end = max(0, anchor.start() - _CASE_ZERO_BEFORE), anchor.start() + _CASE_ZERO_AFTER
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    for start, end in stretches:
        yield from _CASE_ZERO.finditer(text, start, end)


def _zero_case_blocks(statement: str) -> list[str]:
    """The blocks a zero statement names: 复议 → review, 诉讼/涉诉 → litigation (not 民事诉讼), 申诉 → appeal (not
    投诉申诉)."""
    blocks = []
    for word in _CASE_ZERO_WORDS.finditer(statement):
        before = statement[word.start() - 1:word.start()]
        if not (word.group(0) == "申诉" and before and before in _NOT_APPEAL_AFTER
                or word.group(0) == "诉讼" and before == _NOT_ADMINISTRATIVE_SUIT):
            blocks.append(_CASE_ZERO_KEYS[word.group(0)])
    return blocks


def _breakdown(text: str, stop: re.Match[str] | None, following: int) -> str:
    """The sentence after a case statement when it opens with 其中 (行政复议为6件。其中维持5件,其他情形1件): its outcomes."""
    if stop is None or not text.startswith("其中", stop.end()):
        return ""
    end = _CASE_END.search(text, stop.end(), following)
    return text[stop.start():end.start() if end else following]


def _case_zero(anchor: re.Match[str], total: re.Match[str] | None, zero: re.Match[str] | None) -> Fact | None:
    """The 0 an anchor shares with the next one's count (行政复议、提起行政诉讼数量是0件)."""
    key = f"{_CASE_KEYS[anchor.group(0)]}.total"
    if total is not None:
        return _fact(key, total, anchor.group(0) + total.group(0))
    return _zero(key, anchor.group(0) + zero.group(0)) if zero is not None else None


def _breakdown_owner(pos: int, block: str, count: float | None, previous: tuple[int, str, float] | None,
                     outcomes: list[float]) -> tuple[int, str]:
    """Whose outcomes these are: the anchor's own unless its count cannot hold them and the count listed right
    before can (复议4宗、行政诉讼0宗，其中3宗维持…: the review's). Outcomes no count holds stay the anchor's: a
    report's own contradiction is for the checks to find (spec 1(d) O5)."""
    if (count is not None and sum(outcomes) > count and previous is not None and previous[1] != block
            and sum(outcomes) <= previous[2]):
        return previous[0], previous[1]
    return pos, block


def _case_facts(text: str, year: int | None = None) -> list[tuple[int, Fact]]:
    """行政复议 / 行政诉讼 statements: total, upheld, corrected, other, pending in the clause after each anchor;
    行政申诉: the total."""
    found: list[tuple[int, Fact | None]] = []
    anchors = _case_anchors(text)
    shared_zero: list[re.Match[str]] = []  # anchors waiting for the count they share with the next one
    listed: tuple[int, str, float] | None = None  # the anchor before, its block and count, when it ran into this one
    # the totals listed right before this anchor, with nothing else between (行政复议2件、行政诉讼1件，均维持: 均 is all of
    # them): their anchor's position, block and total
    counted: list[tuple[int, str, re.Match[str]]] = []
    for i, anchor in enumerate(anchors):
        previous, listed = listed, None
        earlier, counted = counted, []
        if _another_year(text, anchor, year):  # (2020年被申请行政复议2件 in a 2021 report)
            shared_zero.clear()
            continue
        block = _CASE_KEYS[anchor.group(0)]
        outcomes = block not in _CASE_COUNT_ONLY
        following = anchors[i + 1].start() if i + 1 < len(anchors) else len(text)
        stop = _CASE_END.search(text, anchor.end(), following)  # (not past the next anchor: 行政复议 ×10⁵ is linear)
        end = stop.start() if stop else following
        window = text[anchor.end():end]
        pos = anchor.start()
        if outcomes and (all_upheld := _CASE_TOTAL_UPHELD.match(window)):  # 行政复议并维持2件
            label = anchor.group(0) + all_upheld.group(0)
            found += [(pos, _fact(f"{block}.total", all_upheld, label)), (pos, _fact(f"{block}.upheld", all_upheld, label))]
            shared_zero.clear()
            continue
        total = _CASE_TOTAL.match(window)
        # 行政复议和行政诉讼共3件 counts both together, and so do the outcomes after it (…612件,结果维持388件)
        # (…各1件 gives each of them the count)
        joint = bool(total and shared_zero and _quantity(total.group("n"))[0] and not total.group("each"))
        if joint:
            total = None
        rest = window[total.end():] if total else window
        if total:
            found.append((pos, _fact(f"{block}.total", total, anchor.group(0) + total.group(0))))
            for key, same in _CASE_ALL if outcomes else ():
                if all_of := same.search(rest):
                    found.append((pos, _fact(f"{block}.{key}", total, anchor.group(0) + window[: total.end() + all_of.end()])))
                    if _EVERY_ONE.search(all_of.group(0)):
                        label = text[earlier[0][0]:anchor.end() + total.end() + all_of.end()] if earlier else ""
                        found += [(at, _fact(f"{kind}.{key}", count, label)) for at, kind, count in earlier]
            if outcomes and stop is None and _CASE_LIST_SEPARATOR.fullmatch(rest):
                counted = [*earlier, (pos, block, total)]
        zero = None if total else _CASE_ZERO_WORD.match(window)
        if zero:
            found.append((pos, _zero(f"{block}.total", anchor.group(0) + zero.group(0))))
        if shared_zero and (zero or total):  # (a shared total left is 0)
            found += [(a.start(), _case_zero(a, total, zero)) for a in shared_zero]
        if stop is None and len(window) <= _CASE_SHARED_LONGEST and _CASE_SHARED.match(window):
            shared_zero.append(anchor)
        else:
            shared_zero.clear()
        count = _quantity(total.group("n"))[0] if total else (0 if zero else None)
        if stop is None and count is not None:
            listed = (pos, block, count)
        near = (rest + _breakdown(text, stop, following))[:_CASE_REACH]
        if not outcomes or joint or _CASE_OUTCOME_WORDS.search(near) is None:  # most anchors: no outcome named
            continue
        named = [(key, m) for key, words, patterns in _CASE_OUTCOMES
                 if any(word in near for word in words) and (m := _first(patterns, near))]
        owner_pos, owner = _breakdown_owner(pos, block, count, previous, [_quantity(m.group("n"))[0] or 0 for _, m in named])
        found += [(owner_pos, _fact(f"{owner}.{key}", m)) for key, m in named]
    for m in _case_zero_statements(text):
        if _CASE_COSTS_AFTER.match(text, m.end()) or _CASE_OUTCOME_AFTER.match(text, m.end()):
            continue
        found += [(m.start(), _zero(f"{block}.total", m.group(0))) for block in _zero_case_blocks(m.group(0))]
    return [(pos, fact) for pos, fact in found if fact is not None]


def _without_table_rows(text: str) -> str:
    """Each table row replaced by "。": table cells are no prose ("…| 无" + "行政诉讼 |" is not "无行政诉讼")."""
    if _CELL_SEPARATOR not in text:
        return text
    return "\n".join("。" if _CELL_SEPARATOR in line else line for line in text.split("\n"))


def facts_from_text(text: str, template: str | None, year: int | None = None) -> list[Fact]:
    """Text facts (source="text") in order of first statement; one fact per key, the first one in the text.
    `year`: the reporting year, when known (a count of another year is no fact of this report)."""
    prepared = prepare(_without_table_rows(text))
    found = sorted(_phrase_facts(prepared, template, year) + _case_facts(prepared, year), key=lambda item: item[0])
    facts: dict[str, Fact] = {}
    for _, fact in found:
        facts.setdefault(fact.key, fact)
    return list(facts.values())
