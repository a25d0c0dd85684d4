"""What the parser recognises: every pattern it matches, and the small tests that apply them.

Every dateline, byline, furniture and heading pattern lives here and nowhere
else (photo credits and captions: :mod:`~articles.parsing.credits`), so a new variant printed by
some paper is one change in one module (and a test). Continuation markers: :mod:`~articles.parsing.markers`.
The other stages ask this module what a string is; they hold no regular expressions themselves.

Patterns are matched on the folded copy (:func:`articles.text.fold`), which has the same length
as the printed text: offsets found there cut the printed text. Lines over :data:`SHORT_LINE`
characters are always text, which keeps the line patterns linear on huge input.
"""

from __future__ import annotations

import functools
import re

from articles.labels import CN_NUMERAL
from articles.parsing.editornotes import editor_note  # noqa: F401 (imported from here)
from articles.parsing.englishtext import english_sentence_end
from articles.parsing.factfields import fact_field  # (团费：1680元/人: a field line, no heading)
from articles.parsing.letternames import DOTTED_NAME, IN_NAME  # (记者 Zoë Müller, 艾尔肯·吐尔逊)
from articles.parsing.letternames import LETTER_NAME as _LETTERS
from articles.parsing.markers import (  # noqa: F401 (continuation markers live there)
    find_markers,
    marker_cut_at_end,
    open_bracket_at_end,
)
from articles.text import HAN

SHORT_LINE = 200  # longer lines are always text: no furniture, byline or credit is that long
DATELINE_SPAN = 80
_SENTENCE_END = set("。！？!?…；;")
_CLOSING = set("”’」』）)】》〉\"'")

# Page furniture -----------------------------------------------------------------------------

STAMP_RES = (
    re.compile(
        r"^《(?P<paper>[^》]{1,30})》\s*[（(]\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*"
        r"(?:星期.)?\s*第?\s*(?P<page>[A-Za-z]{0,2}\s*\d{1,4})\s*版\s*[）)]$"
    ),
    # 1968年9月21日星期六第2版; 1983年6月14日晴川日报 第2版 (an archive's stamp names the paper)
    re.compile(
        r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:星期[一二三四五六日天])?\s*"
        rf"(?P<paper>[{HAN}]{{2,12}}?报)?\s*第\s*(?P<page>[A-Za-z]{{0,2}}\s*\d{{1,4}})\s*版$"
    ),
    # 2022-03-04; 2022年3月4日 星期五 壬寅年 二月初二 (with the lunar date, as mastheads print it;
    # an OCR's 2024年8月12日_星期一, a bar or dot between date and weekday)
    re.compile(
        r"^(?P<y>\d{4})[-./年](?P<m>\d{1,2})[-./月](?P<d>\d{1,2})日?[\s_·．・|｜/]*(?:星期[一二三四五六日天])?"
        r"\s*(?:农历\S*)?(?:\s*(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
        r"(?:\s*[正一二三四五六七八九十冬腊闰]{1,3}月[初十廿三一二三四五六七八九]{2})?)?$"
    ),
)
# A date in Chinese numerals alone on a line, as mastheads print it: 一九六七年四月三日,
# 二○二五年六月三日 (○ for 〇), 中華民國三十八年五月十四日 星期六, 民國一百零八年… (the date is
# read where the line is the masthead's: mastheadfacts).
CN_DATE_LINE_RE = re.compile(
    r"^(?:(?:中华)?民国\s*[〇零○◯一二三四五六七八九十百]{1,5}|(?:公元)?\s*[〇零○◯一二三四五六七八九十]{2,4})"
    r"\s*年\s*[正一二三四五六七八九十]{1,2}\s*月"
    r"\s*[一二三四五六七八九十廿卅]{1,3}\s*日\s*(?:[（(]?\s*星期[一二三四五六日天]\s*[）)]?)?$"
)
SOURCE_RE = re.compile(
    r"^[（(]?\s*\d{4}-\d{1,2}-\d{1,2}\s*[）)]?\s*稿件来源|^稿件来源[:：]|^来源[:：]"
)
STAFF_RE = re.compile(
    r"^(?:本版|本期)?(?:责编|责任编辑|编辑|美编|校对|责任校对|版式|组版|图片编辑|摄影编辑|视觉|"
    r"设计|制图|排版|值班编辑|总编辑|主编|审核|终审|签发)\s*[:：]"
)
# A masthead's issue line is made only of issue numbers and page counts, in any order:
# 第23456期 今日16版, 总第1234号, 今日24版, （总第5678期）.
ISSUE_TOKEN = (
    r"(?:[（(]\s*)?(?:总\s*)?第\s*\d{1,6}\s*[期号](?:\s*[）)])?|今日\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[版张]|"
    r"(?:本期|今日)?共\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[版张]"
)
# A page's header line may carry its staff among other things (2011.5.24星期二责任编辑：包美芬/
# 版式设计：包美芬): an entry of the desk's own staff anywhere in a short line without a sentence.
STAFF_IN_LINE_RE = re.compile(r"(?:责任编辑|责编|版式设计|美术编辑|美编|文字校对|责任校对)\s*[:：]")
# A date written with dots or dashes inside a header line: 2011.5.24, 2011-05-24.
DOTTED_DATE_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[.\-/](?P<m>\d{1,2})[.\-/](?P<d>\d{1,2})(?!\d)"
)
MASTHEAD_RE = re.compile(
    r"CN\s*\d{2}\s*[-－]\s*\d[\dXx]{3}|统一刊号|邮发代号|国内统一连续出版物号|国际标准连续出版物号|ISSN|"
    rf"^总第\s*\d+\s*[期号]|^(?:{ISSUE_TOKEN})(?:[\s,，/]{{0,4}}(?:{ISSUE_TOKEN}))*$|"
    r"广告经营许可证|^今日\s*\d+\s*版|^本报地址|^定价|^[A-Z][A-Z ]{4,}$|^(?:本期|今日)?导读$|"
    r"印刷[:：]|发行[:：]"  # (零售价1.00元: header_patterns.masthead_price, where a masthead can be)
)
PAPER_KIND = (
    r"(?:日\s*报|晚\s*报|晨\s*报|早\s*报|时\s*报|商\s*报|周\s*报|青\s*年\s*报|快\s*报|"
    r"都\s*市\s*报|法\s*治\s*报|经\s*济\s*报|[县市]\s*报|农\s*民\s*报|工\s*人\s*报|电\s*讯)"
)
PAPER_NAME_RE = re.compile(rf"^(?:[{HAN}]\s*){{1,8}}{PAPER_KIND}$")
# Any short name ending in 报 (东 风 报, 新聞報, 前进报): a paper's name only where a masthead can
# stand (the top of a page, before any text) or beside the page's number in a running head.
GENERIC_PAPER_RE = re.compile(rf"^(?:[{HAN}]\s*){{2,4}}报$")
# A running head: the paper's name and the page (红星县报  第二版), either way round.
RUNNING_HEAD_RE = re.compile(
    rf"^(?P<paper>(?:[{HAN}]\s*){{1,8}}{PAPER_KIND}|(?:[{HAN}]\s*){{2,4}}报)\s*(?P<page>第\s*[A-Za-z]{{0,2}}\s*[0-9]{{1,3}}"
    rf"\s*版|第[{CN_NUMERAL}]{{1,4}}版|[A-Za-z]{{1,2}}\s*[0-9]{{1,3}})$"
    rf"|^(?P<page2>第\s*[A-Za-z]{{0,2}}\s*[0-9]{{1,3}}\s*版|第[{CN_NUMERAL}]{{1,4}}版)\s*"
    rf"(?P<paper2>(?:[{HAN}]\s*){{1,8}}{PAPER_KIND}|(?:[{HAN}]\s*){{2,4}}报)$"
)
# The paper's e-paper or website name: 人民日报电子报, 东湾日报网上版 新闻资讯 广告尽在其中.
EPAPER_NAME_RE = re.compile(
    rf"^(?:[{HAN}]\s*){{1,8}}{PAPER_KIND}\s*(?:电子报|电子版|数字报|网上版|网络版|手机报|网站|网)"
)
# E-paper and website navigation, breadcrumbs and site slogans: never a story.
NAVIGATION_RE = re.compile(
    r"上一版|下一版|版面导航|标题导航|语音朗读|返回\S{0,10}首页|放大\s*缩小|上一篇|下一篇|上一期|"
    r"下一期|往期回顾|版面概览|朋友圈|分享到|本站|网站首页|"
    # a breadcrumb or wiki heading: 老资料网 > 报纸 > 参考消息, 解放军报>19850102 (one way to
    # match each line: the pieces hold their spaces, only ``>`` parts them)
    r"^[^<>。，]{1,20}(?:>[^<>。，]{1,20}){1,6}$"
)
# An edition's page list on one line: 01版:要闻 02版:要闻 03版:评论 (A01版:头版 A02版:要闻).
PAGE_LIST_RE = re.compile(
    rf"^(?:第?\s*[A-Za-z]?[0-9]{{1,3}}\s*版\s*[:：]\s*[{HAN}·]{{1,8}}\s*){{2,}}$"
)
# Where the page's own header hides in a navigation line: 第07版:城市生活, 当前版面：A05版:城事.
NAV_HEADER_RE = re.compile(
    rf"(?<![A-Za-z0-9])第?\s*(?P<page>[A-Za-z]?[0-9]{{1,3}})\s*版\s*[:：]\s*(?P<section>[{HAN}·]{{1,8}})"
)
DATE_IN_LINE_RE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
# A web archive's separator before each item: 第1版(), 第2版(要闻), 专栏: (also glued before the text).
ARCHIVE_SEPARATOR_RE = re.compile(
    r"^(?:第\s*[0-9]{1,3}\s*版\s*[（(][^（）()]{0,12}[）)]\s*(?:专栏\s*[:：])?|专栏\s*[:：])\s*"
)
ARCHIVE_META_RE = re.compile(r"^(?:版面|版次|栏目)\s*[:：]|^(?:<[^<>]{1,40}>\s*)+$")
# Masthead lines: price and barcode digits, a website, the date in English.
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
WEBSITE_RE = re.compile(r"(?i)website|www\.|https?://|\.(?:com|cn|net|org|hk)\b")
PRICE_RE = re.compile(
    r"^(?:[A-Z]{1,3}\s?)?[$￥¥]\s*\d{1,4}(?:\.\d{1,2})?(?:\s+[\d\s]{6,})?$|^\d[\d\s]{9,}$"
)
ENGLISH_DATE_RE = re.compile(
    rf"(?i)^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}"
    rf"|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})$"
)
# A slogan of short words between dots (诚信.中立.及时): furniture at the top of a page only.
SLOGAN_RE = re.compile(rf"^[{HAN}]{{2,4}}(?:\s*[.．·・•]\s*[{HAN}]{{2,4}}){{2,}}$")
# A page's section name printed alone at its top: one of the usual page names (要闻, 国际, 评论,
# 文体新闻), or two short names joined by a middle dot (看青州·民生). Any other short word there
# may be a shortened headline over a continued text (禁渔 / （上接A2版）…): not taken.
_SECTION_WORD = (
    r"(?:要闻|综合|国内|国际|评论|时评|言论|理论|经济|财经|金融|社会|民生|城事|城市|本地|地方|县域|"
    r"区县|农村|三农|政务|时政|时事|新闻|文化|文艺|文体|体育|娱乐|教育|科技|卫生|健康|法治|法制|"
    r"军事|副刊|专版|专题|特刊|周刊|读书|旅游|文旅|消费|汽车|房产|广告|公告|图片|视觉|观察|视点|"
    r"深度|调查|人物|天下|世界|环球|两岸|港澳|海外|读者|连载|声音|互动)"
)
SECTION_LABEL_RE = re.compile(
    rf"^{_SECTION_WORD}(?:新闻|版)?$|^[{HAN}]{{1,6}}\s*[·・]\s*[{HAN}]{{1,6}}$"
    # a weekly or supplement named by its kind: 文化周末, 读书周刊, 星期副刊
    rf"|^[{HAN}]{{0,4}}(?:周末|副刊|周刊|特刊|专刊)$"
)
# Any name a page under its header line may carry as its section (湖光, 夜光杯): short, Han only.
SECTION_NAME_RE = re.compile(rf"^[{HAN}][{HAN}·・]{{0,5}}$")
# A reader's signature under a letter: 读者 周先生, 河东村 李青, 某厂  周  明 (a spaced name).
SIGNATURE_RE = re.compile(
    rf"^(?P<who>[{HAN}]{{2,12}})[\s\u3000]+(?P<name>[{HAN}]{{2,4}}|[{HAN}][ \u3000]{{1,3}}[{HAN}]|{DOTTED_NAME})$"
)
SIGNATURE_TITLE_RE = re.compile(r"^.(?:先生|女士|小姐|同志|老师|师傅|大爷|大妈|阿姨|老人)$")
# A picture item's label: the photo's, not a story's headline (漫　画 over a cartoon).
PHOTO_LABEL_RE = re.compile(r"^(?:图片新闻|新闻图片|图片报道|摄影报道|组图|图说|图说新闻|漫\s*画)$")
_SKY = r"(?:晴|多云|阴|[小中大暴]?雨|雷阵雨|阵雨|雨夹雪|[小中大暴]?雪|雾|霾|扬沙)"
WEATHER_RE = re.compile(
    r"-?\d{1,2}\s*[~～至-]\s*-?\d{1,2}\s*℃|天气预报|风力|^天气\s*[:：]|气温\s*-?\d{1,2}\s*[~～至-]\s*-?\d{1,2}\s*度"
    r"|(?:[东南西北]{1,2}|偏[东南西北])风\s*\d{1,2}(?:\s*[-~～到至]\s*\d{1,2})?\s*级"
    rf"|^(?:(?:今天|明天|后天|今日|明日|今夜|夜间|白天)\s*){{0,2}}[:\s]*{_SKY}(?:转{_SKY})?(?:[,，\s]|$)"
)
PAGE_LABEL_RE = re.compile(
    r"^(?:第\s*)?[A-Za-zＡ-Ｚａ-ｚ]{0,2}\s*[0-9０-９]{1,3}\s*(?:版)?$|^第[〇零一二两三四五六七八九十百]{1,4}版$"
)
# A running head: ``A2 要闻``, ``第4版：要闻``, ``A4看南通``. The label needs a letter, 版 or a
# separator before the section name, so that ``第一篇`` or ``3亿元投资到位`` is not one.
HEADER_RE = re.compile(
    rf"^(?:(?P<page>[A-Za-z]{{1,2}}\s*[0-9]{{1,3}}|(?:第\s*)?[0-9]{{1,3}}|第[{CN_NUMERAL}]{{1,4}})"
    rf"\s*版\s*[:：·|]?|(?P<page2>[A-Za-z]{{1,2}}\s*[0-9]{{1,3}})\s*[:：·|]?"
    rf"|(?P<page3>(?:第\s*)?[0-9]{{1,3}})\s*[:：·|\s])"
    rf"\s*(?P<section>(?![期号])[{HAN}][{HAN}·・\s]{{0,15}}?)"  # (第 386 期: an issue number)
    rf"(?:\s+\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:\s*星期[一二三四五六日天])?)?$"
)
# (a caption mark before a date, ■11月19日，市民…, is no teaser: no 年月日 after the number, and
# a section name holds no sentence; 详见 may point first: ■详见A10版) A target may also stand
# alone in brackets under its title, ``（第四版）``, ``（A5版）``: then it needs 第 or 版, so that
# a numbered item ``（3）`` is no teaser. A bar may part the page from what follows (■3版｜标题).
TEASER_RE = re.compile(
    r"^(?:[■□◆◇●○▲△★☆▶►→]+|(?P<open>[（(])(?=\s*第|[^()（）]*版\s*[)）]$))"
    r"\s*(?:详见|请看|见)?\s*(?P<page>(?:第\s*)?[A-Za-zＡ-Ｚａ-ｚ]{0,2}\s*[0-9０-９]{1,3}|"
    r"第[〇零一二两三四五六七八九十百]{1,4})(?![0-9０-９]|\s*[年月日号时点])\s*版?\s*[:：·|｜\s]?\s*"
    r"(?P<section>[^\n。，,！？!?]{0,30}?)\s*(?(open)[)）])$"
)
SPACE_RUN_RE = re.compile(r"\s+")
HAN_CHAR_RE = re.compile(f"[{HAN}]")
HAN_RUN_RE = re.compile(f"[{HAN}]{{2,}}")  # two or more Han characters in a row

# Datelines, bylines, credits ----------------------------------------------------------------

_ROLE = (
    r"(?:本报|新华社|中新社|人民日报)?(?:特约|特派|实习|见习|首席)?(?:(?:融|全|新)媒体?(?:特约|实习|见习|首席)?)?"
    r"(?:记者|通讯员|通信员|访员|实习生|摄影记者|摄影|撰稿|评论员)"
)
# A commentary signed by its desk, with no name: 本报评论员, 人民日报评论员, 本报特约评论员.
COMMENTATOR_RE = re.compile(rf"^[{HAN}]{{0,8}}评论员$")
_CN_DAY = "[一二三四五六七八九十廿卅〇零]"
# The date in a dateline: 4月29日, 十二月二日, 18日 (day without month), 1984年12月30日, 七日.
_DATELINE_DATE = (
    rf"(?:\d{{4}}年)?(?:\d{{1,2}}月\d{{1,2}}日|{_CN_DAY}{{1,3}}月{_CN_DAY}{{1,3}}日|\d{{1,2}}日"
    rf"|{_CN_DAY}{{1,3}}日)"
)
OWN_DESK = r"(?:本报|新华社|中新社|人民日报|人民网|新华网|中新网)"
# Any news agency: 路透社, 美联社, 中央社, 海湾通讯社 (a name ending in 社, at most six characters).
_AGENCY = rf"(?:{OWN_DESK}|[{HAN}]{{1,5}}社)"
# Any paper's own desk, in brackets: 【晨報專訊】, 【大公報訊】, 【星島日報報道】; a bulletin's 【本刊讯】.
_PAPER_DESK = rf"(?:{_AGENCY}|本刊|[{HAN}]{{1,6}}?报)"
# The kinds of paper or outlet whose name may open a dateline without brackets: 香港文匯報訊,
# 晨报讯, 岚城都市报讯, 岚城法制报讯, 云港新闻网讯, 人民网讯, 潇湘晨报客户端讯. Only names that end
# in the outlet's kind, so that 通讯, 资讯, 喜讯, 简讯, 快讯, 音讯 stay words.
_NAMED_PAPER = (
    r"日报|晚报|晨报|早报|时报|商报|周报|快报|导报|都市报|法制报|法治报|经济报|文汇报|大公报|明报|融媒体中心|融媒体|融媒"
    rf"|[{HAN}]{{1,8}}?(?:网|客户端)"
)
# Kinds of paper named after their readers (青川青年报讯): 一名青年报讯后 is a sentence, so these
# open a dateline only before its byline's bracket, a space or a colon.
_READERS_PAPER = r"青年报|少年报|农民报|工人报|妇女报|老年报"
# What the sender did: sent it (电, 专电), reported it (讯, 专讯, 报道, 報導 = 报导 folded).
_REPORTED = r"(?:专电|特电|专讯|特讯|电|讯|消息|综合报道|综合报导|报道|报导)"
# Who wrote a report that names its reporters in the dateline: 記者, 編譯, 特派員, 特約記者.
_REPORTER = (
    rf"(?:本报|本台|[{HAN}]{{1,5}}社)?(?:驻[{HAN}]{{1,6}}?)?(?:特约|特派|实习|见习|首席|摄影)?"
    r"(?:记者|编译|特派员|通讯员)"
)
# A government office or body that sends its own dispatches: 中央氣象署, 市气象局, 国家海洋中心.
_OFFICE = rf"[{HAN}]{{1,10}}?(?:署|局|处|厅|部|委员会|中心)"
_ISSUE_MONTH = rf"(?:\d{{4}}年)?(?:\d{{1,2}}|{_CN_DAY}{{1,3}})月号(?:上的)?"  # a monthly's: 3月号
_NAMES_IN_DATELINE = rf"[{HAN}·][{HAN}·、 ]{{0,20}}?"
DATELINE_RE = re.compile(
    # In brackets, an agency or bureau line may leave out the date: 【本報坎培拉訊】 〔中央社台北電〕;
    # any bracket, also round ones, as Taiwan papers print agency copy: （中央社記者林某台北3日電）.
    rf"^[【\[〔(]\s*(?P<bdateline>(?:据)?{_AGENCY}(?:[{HAN}·、 ]{{0,24}}?{_DATELINE_DATE})?"
    rf"(?:[{HAN}·]{{0,12}}?)(?:专电|特电|电|消息|专讯|特讯|讯)"
    # …or any sender with a date: 〔美國新聞處華盛頓十日電〕; the agency may follow the place
    # and day, as papers abroad print agency copy: （曼谷8日法新社电）.
    rf"|(?:据)?[{HAN}·]{{2,16}}?{_DATELINE_DATE}(?:[{HAN}]{{1,5}}社)?(?:专电|电|消息|专讯|讯)"
    # …or a foreign paper or site that reported it on a date: 【西班牙《国家报》网站4月19日报道】,
    # or whose article it was, as a digest of foreign papers prints a translated one:
    # 【英国《经济学家》周刊网站3月1日文章】, or its issue's: 3月2日一期文章, 出版的一期, 3月号.
    rf"|[{HAN}·《》]{{2,20}}?(?:{_DATELINE_DATE}(?:出版的)?(?:一期)?|{_ISSUE_MONTH})(?:报道|报导|文章)"
    # …or a government office's dispatch without a date: 〔中央氣象署台北電〕 (the office, then
    # where it was sent from).
    # (讯 after 快, 资, 通 or 简 names a column: 【学习中心快讯】)
    rf"|{_OFFICE}[{HAN}]{{0,6}}?(?:专电|电|(?<![快资通简])讯)"
    # …or a paper's desk: 【晨報專訊】 【本報綜合報道】; a place alone: 【汐见讯】, 【桂林通訊】 (not 【快讯】)
    rf"|{_PAPER_DESK}(?:[{HAN}]{{0,10}}?){_REPORTED}|(?:综合外电|综合|外电)(?:报道|报导)"
    rf"|(?<=【)\s*[{HAN}]{{2,4}}(?:(?<![快资通简短])|(?<=通))讯(?=\s*】)"
    rf"|本[埠市城邑县港](?:专电|专讯|消息|新闻|讯)"  # (【本埠消息】: an old paper's 本报讯)
    # …who reported it from where, after a slash (Taiwan): 〔記者王小明／台北報導〕, 〔編譯陳某／綜合報導〕.
    rf"|[{HAN}·、 ]{{2,24}}?\s*/\s*[{HAN}0-9]{{1,12}}?(?:报导|报道|专电|电))\s*[】\]〕)]"
    rf"|^[【\[〔]?\s*(?P<dateline>"
    rf"(?:据)?{OWN_DESK}讯|本刊(?:专|特)?讯(?![员社息号])"  # (本刊讯: a bulletin's own, INPUT.md 本报讯)
    rf"|(?:据)?{_AGENCY}[{HAN}·]{{0,12}}?{_DATELINE_DATE}(?:专电|电|消息|讯)"
    # …its place after the day (路透社十五日玛兰京城电) or before the agency, set off by a space
    # (岭阳 国民社十六日电; 梧江 十六日专电): then a space or a bracket after it, as 路透社十五日从伦敦发电称 is text.
    rf"|(?:[{HAN}]{{2,6}} {_AGENCY}?|{_AGENCY}){_DATELINE_DATE}[{HAN}·]{{0,8}}?(?:专电|电)(?=[\s(]|$)"
    rf"|(?:(?![日月年时])[{HAN}]){{2,4}}?{_CN_DAY}{{1,3}}日(?:专电|电)(?=\s)"  # (奉天八日电　…)
    # 本報坎培拉訊: the paper's own bureau, no date; 本报专讯, 本报综合报道.
    rf"|本报[{HAN}]{{1,6}}?讯(?![员社])|本报(?:专讯|特讯|综合报道|综合报导|综合消息)"
    # 香港文匯報訊, 大公報訊, 晨报专讯: a paper's own desk without brackets (its kind of paper
    # named, so that 举报讯息 stays a word)
    rf"|[{HAN}]{{0,6}}?(?:{_NAMED_PAPER})(?:专|特)?讯(?![员社息号])"
    rf"|[{HAN}]{{1,6}}?(?:{_READERS_PAPER})(?:专|特)?讯(?=[\s（(【〔:：]|$)"
    # 据新华社电, 新华社北京电: an agency's copy without a date (then a space, a bracket or a
    # comma, so that 法新社日前发电称 stays a sentence).
    rf"|据{_AGENCY}(?:[{HAN}]{{0,6}}?)电(?=[\s,，(:：]|$)|{_AGENCY}(?:[{HAN}]{{0,6}}?)电(?=[\s(]|$)"
    # 特約記者張三報導, 本报记者 王小明 报道: a reporter with a qualifier and names (checked to be
    # names by :func:`dateline_match`), never a bare 记者 (记者昨天在台北看到… is text); 摄影报道
    # signs a picture with its caption (本报记者 孙立 摄影报道): a photo's credit, no dateline.
    rf"|(?P<reporter>(?:本报特约|本报|特约|驻[{HAN}]{{1,6}}?|特派)记者|特派员)\s*"
    rf"(?P<rnames>{_NAMES_IN_DATELINE})\s*(?<!摄影)(?:报道|报导)(?=[\s:：,，]|$)"
    rf")\s*[】\]〕]?"
)
# A place's name by its last character (石家庄, 张家口, 连云港, 秦皇岛, 张家界; of two characters
# only 市, 县, 省, 区: 曹县, as 李庄 or 王镇 may be a name): jieba's dictionary holds many cities as
# names (石家庄 nr), so after a byline's names it is the word's end that tells the place a story
# was filed from (王刚 石家庄报道) from one more reporter (folded).
_PLACE_WORD = rf"[{HAN}](?:[市县省区]|[{HAN}]{{1,2}}[省市县区州旗乡镇村庄屯寨口港岛湾界])"
PLACE_WORD_RE = re.compile(_PLACE_WORD)
# A reporter's role inside a dateline, and where the names after it end (a slash, the date, or
# a place ending as one after a space: 本报记者 王刚 张家口报道).
DATELINE_REPORTER_RE = re.compile(rf"{_REPORTER}\s*")
DATELINE_NAMES_END_RE = re.compile(
    rf"\s*/|\s*(?:\d{{4}}年)?(?:\d{{1,2}}月)?\d{{1,2}}日|{_CN_DAY}{{1,3}}(?:月{_CN_DAY}{{1,3}})?日|"
    rf"(?<=\S)\s+{_PLACE_WORD}(?:报道|报导)$|(?:{_REPORTED})$"
)
BYLINE_BRACKET_RE = re.compile(r"^\s*[（(](?P<byline>[^（）()]{1,60})[）)]")
BYLINE_LINE_RE = re.compile(
    rf"^(?P<byline>(?:{_ROLE})[\s\u3000]*[{IN_NAME}][{IN_NAME}\s\u3000]{{0,40}}"
    rf"(?:[\s\u3000]+(?:{_ROLE})[\s\u3000]*[{IN_NAME}][{IN_NAME}\s\u3000]{{0,30}})*)"
    rf"(?:\s*/\s*[{HAN}]{{1,10}}?(?:报导|报道))?$"  # filed from, after a slash: 記者某／紐約報導
)
# A byline with a colon after the role, on its own line: 记者：陈慧玲, 报道：X, 文：X (names only
# after it, so that an interview's 记者：你怎么看 stays text: checked with names_only by the reader).
BYLINE_COLON_RE = re.compile(
    rf"^(?:{_ROLE}|报道|报导|文)\s*[:：]\s*(?P<names>[{HAN}·][{HAN}·\s\u3000、]{{1,20}})$"
)
END_DATELINE_RE = re.compile(
    rf"^(?P<eopen>[（(])?\s*(?:据)?(?:本报|新华社|中新社|人民日报)[{HAN}·]{{0,12}}?"
    rf"(?:\d{{1,2}}月\d{{1,2}}日|[一二三四五六七八九十廿卅]{{1,3}}日)(?:电|消息)"  # (…电 记者 宋禾)
    rf"(?(eopen)(?P<endbyline>\s+{_ROLE}[{HAN}·\s、]{{1,20}}?)?)\s*[）)]?$"
    rf"|^[（(]\s*(?:新华社|中新社|本报)(?!(?:记者|通讯员)\s*[{HAN}]|访员)(?:[{HAN}·\s]{{0,20}})[）)]$"
)
AUTHOR_NOTE_RE = re.compile(r"^[（(]\s*(?:作者|笔者|本文作者)(?:系|为|是|单位|單位|：|:)")
# A name in a credit or byline: 2-5 characters, 2 spaced out to the width of 3 (陈  默: tried first,
# not 陈 and a stray 默; 陈  默报道: a verb may follow), dotted (DOTTED_NAME), or letters (John Smith).
_NAME = rf"(?:[{HAN}·][ \u3000]{{1,3}}[{HAN}·](?!(?!报道|摄)[{HAN}·])|{DOTTED_NAME}|[{HAN}·]{{2,5}}|{_LETTERS})"
# A line holding only names in brackets (（陈玲玲林娟）, （记者 陈佳）): a brief's sign-off.
BRACKETED_NAMES_RE = re.compile(r"^[（(](?P<names>[^（）()]{2,20})[）)]$")
# A briefs box's label (简讯, 本地短讯, 一句话新闻, an old paper's 本埠琐闻): its items are stories.
BRIEFS_LABEL_RE = re.compile(rf"^[{HAN}]{{0,4}}(?:[简短快零杂]讯|简讯集锦|简报|一句话新闻|琐闻)$")
ROLE_WORD_RE = re.compile(_ROLE)
LOOSE_BYLINE_RE = re.compile(
    rf"^\s*((?:{_ROLE})\s*{_NAME}(?:[\s、]+(?:{_ROLE})?\s*{_NAME})*)(?:\s|报道)"
)

# A byline opening a story's text on one line, parted from the text by a run of spaces (an app
# page prints the story on one line: 本报记者 钱晓蕾   小微企业是…): roles and names (记者 John Smith
# too) only, single spaces inside, then the gap (matched on the folded text: the printed gap is
# two spaces or more, or a full-width one).
LEADING_BYLINE_RE = re.compile(
    rf"^[ \u3000]*(?P<byline>(?:{_ROLE})[ \u3000]?(?:[{HAN}·]{{2,4}}|{_LETTERS})"
    rf"(?: (?:{_ROLE})?[ \u3000]?[{HAN}·]{{2,4}}){{0,3}})(?P<gap>[ \t]+)(?=\S)"
)

# Names ----------------------------------------------------------------------------------------

NAME_BRACKETS_RE = re.compile(r"[()【】\[\]]")
# 文/图, 摄影, 整理 alone are what the person did, not a name; so is 文·/图· before one (文·唐宁　图·许川).
WORK_WORD_RE = re.compile(
    r"(?:^|(?<=\s))(?:(?:撰文|文|图|摄影?|绘图|绘|插图|漫画)?[·•・](?=\S)|(?:文\s*[/·•・]\s*[图摄]|图\s*[/·•・]\s*文|文图|图文|文|图|摄影?|供图|报道|报导|整理|编译|制图|插图|绘图|绘|漫画|"
    r"(?:新华社|中新社|本报)(?:发|资料图片|资料照片)?|资料(?:图片|照片))(?=[\s/／:：]|$))"
)
NAME_TOKEN_RE = re.compile(r"[^\s、，,/／:：]+")
NAME_AND_RE = re.compile(r"[和及]")  # 张三和李四
NAME_CHARS_RE = re.compile(rf"[{HAN}·]+")
NAME_SEPARATOR_RE = re.compile(r"[\s、]")
PERSONAL_NAME_RE = re.compile(rf"[{HAN}]{{2,4}}")
PEN_NAME_RE = re.compile(rf"[{HAN}·]{{2,4}}")

# Headings -------------------------------------------------------------------------------------

NUMBERED_HEAD_RE = re.compile(
    r"^(?:[（(][一二三四五六七八九十百0-9０-９]{1,4}[）)]|[一二三四五六七八九十百]{1,4}[、.．]|"
    r"[0-9０-９]{1,3}[、.．]|第[一二三四五六七八九十百]{1,4}[章节部分条]|[①-⑳]|问[:：]|答[:：])"
)
# A column name printed with a headline: （人民论坛） 【新华时评】. Not a numbered head （三）.
COLUMN_RE = re.compile(
    rf"^[(【〔\[]\s*(?P<a>[{HAN}·]{{2,10}})\s*[)】〕\]]|[(【〔\[]\s*(?P<b>[{HAN}·]{{2,10}})\s*[)】〕\]]$"
)
# The number of an item in a page's list of titles: ``1. 标题`` (a space after the dot).
LIST_NUMBER_RE = re.compile(r"^[0-9０-９]{1,3}[.．]\s+")
# Interview lines: 问：…？ and 答：… are paragraphs, never headings.
QA_LINE_RE = re.compile(r"^(?:问|答|记者|主持人)\s*[:：]")
# A lead-in line that announces what follows (声明如下：): text, not a kicker.
LEAD_IN_RE = re.compile(r"(?:如下|以下几点|几点意见)\s*[:：]$")
# A Chinese numeral alone on a line: a section number (一, 二, 十二).
BARE_NUMERAL_RE = re.compile(r"^[一二三四五六七八九十]{1,3}$")
AUTHOR_MARKS_RE = re.compile(r"[□■◎●○◇◆☆★▲△]")
# An author's line under a title, by its mark: □ 张三, ◎王五, 文/李四 (文｜李四 pasted from WeChat),
# 作者：赵六, 撰文 孙七.
AUTHOR_MARK_RE = re.compile(
    r"^(?:[□■◎●○◇◆☆★▲△]\s*|文\s*[/／|｜]\s*|文[ \u3000]+(?=(?:本报|特约)?记者|通讯员)|作者\s*[:：/／]?\s*|撰文\s*[:：/／]?\s*)(?P<name>\S.*)$"
)
# A foreign author with the country in brackets: [美]丹尼尔·格林, （日）山田一郎, 〔英〕约翰·史密斯.
FOREIGN_AUTHOR_RE = re.compile(
    rf"^[［\[（(【〔]\s*[{HAN}]{{1,4}}\s*[］\]）)】〕]\s*[{HAN}]{{1,8}}(?:\s*[·•・．.]\s*[{HAN}]{{1,8}}){{0,3}}$"
)
# A letter's salutation (编辑同志：, 亲爱的读者朋友们：): the letter's first line, not a deck line.
SALUTATION_RE = re.compile(
    rf"^[{HAN}]{{0,8}}(?:同志|编辑|读者|朋友|先生|女士|同学|乡亲|老师)[{HAN}]{{0,2}}\s*[:：]$"
)
# A letter's salutation with the letter's text run on after it on the same line (编辑同志：我们
# 生产队…, 乡亲们：今年…): the letter's first line, text, never a title.
SALUTATION_OPENING_RE = re.compile(
    rf"^[{HAN}]{{0,6}}(?:同志们?|编辑部?|朋友们|乡亲们|同学们)\s*[:：]\s*(?=[{HAN}“])"
)
# A story's own appendix head, printed after its text: 记者手记, 相关链接, 【背景】, 编后.
APPENDIX_HEAD_RE = re.compile(
    r"^[【\[（(〔]?\s*(?:记者手记|采访手记|编后(?:语|记|话)?|(?:相关|新闻|知识|背景)?链接|背景(?:资料)?|"
    r"延伸阅读|名词解释|小资料|记者观察|短评|点评|编者按|"
    r"(?:人物)?简介|(?:人物|小)?档案|(?:小|温馨)?贴士|温馨提示|(?:专家)?(?:提醒|建议))\s*[】\]）)〕]?$"
)
COMMA_RE = re.compile(r"[，,、；;]")
# The end of a notice, a statement or a letter (INPUT.md: what closes a text belongs to it):
# who signs it, an organisation (东林市交通运输局, 某某有限公司, 临江市中级人民法院) …
ORGANISATION_RE = re.compile(
    rf"^[{HAN}（）()·]{{2,30}}(?:政府|委员会|委|法院|检察院|公司|集团|局|厅|办公室|办事处|协会|学会|"
    r"联合会|商会|学校|中学|小学|大学|学院|幼儿园|医院|银行|支队|大队|总队|中心|研究院|研究所|"
    r"事务所|合作社|指挥部|管委会|社区|村委会|居委会|基金会|党委|党组|支部|分局|街道)$"
)
# … then the date it was signed, alone on a line: 2021年9月8日, 二〇二一年九月八日.
SIGNATURE_DATE_RE = re.compile(
    r"^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*日$"
)
# A translator's note at the end of a translated text: （刘  敏译）, （王晓 译）, (编译：张三).
TRANSLATOR_NOTE_RE = re.compile(
    rf"^[（(]\s*(?:(?:编译|翻译|译)\s*[:：/／]?\s*[{HAN}·][{HAN}·\s]{{1,10}}|"
    rf"[{HAN}·][{HAN}·\s]{{1,10}}?\s*[/／]?\s*(?:编译|翻译|译))\s*[）)]$"
)
# A field with a telephone number (联系人：钱老师  电话：0515-83216666): a notice's text, not a title.
CONTACT_RE = re.compile(r"[:：]\s*[（(]?\d[\d\-－ ()（）]{5,}\d")  # (电话：（0579）86021888 too)
_QUOTED_SENTENCE_END_RE = re.compile(r"[！？!?…][”’」』\"']$")
# A half-width full stop after a Han character (…尽快解决.) ends a sentence as 。 does: text
# converted by older tools and web dumps prints it so (INPUT.md "Encoding and layout"). After a
# letter or digit (Inc., 1.) it is an abbreviation's or a number's, no sentence end. After a unit
# sign that closes a figure (…增长8%., …38℃.) or a closing bracket or quote it ends one too.
_HAN_CHAR_RE = re.compile(rf"[{HAN}]")
_UNIT_SIGNS = set("%％‰℃°")
_WORD_CHAR_RE = re.compile(rf"[{HAN}A-Za-z0-9]")


# Applying them -------------------------------------------------------------------------------


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence, so a following line is not its continuation."""
    stripped = text.rstrip()
    if not stripped:
        return True
    if stripped.endswith(("——", "--")):
        return True
    last = stripped[-1]
    if last in _SENTENCE_END or last in _CLOSING or last in ":：":
        return True
    # (english_sentence_end needs a last "." or closing quote or bracket, all of _CLOSING.)
    return last == "." and (half_width_stop(stripped) or english_sentence_end(stripped))


def half_width_stop(text: str) -> bool:
    """True when ``text`` (stripped) ends with a half-width ``.`` right after a Han character, a
    closing quote or bracket, or a unit sign closing a figure (``…尽快解决.``, ``…说”.``,
    ``…（完）.``, ``…同比增长8%.``): a sentence's end, as ``。``. After a letter or a digit
    (``Co.``, ``1.``) the dot is an abbreviation's or a number's: False."""
    return (
        len(text) >= 2
        and text[-1] == "."
        and (
            text[-2] in _CLOSING
            or text[-2] in _UNIT_SIGNS
            or _HAN_CHAR_RE.match(text[-2]) is not None
        )
    )


HEADING_LIMIT = 60  # characters (stripped): no longer line is heading-like


def is_heading_like(text: str) -> bool:
    """A short line without sentence punctuation: a title line, crosshead, kicker or caption head."""
    t = text.strip()
    return len(t) <= HEADING_LIMIT and _heading_like(t)  # (remembered: many rules ask)


@functools.lru_cache(maxsize=4096)
def _heading_like(t: str) -> bool:
    # A numbered section head (一、… （三）…) may run longer than a headline (asked only then).
    if not t or len(t) > HEADING_LIMIT or "。" in t or t[-1] in "；;，,、" or fact_field(t):
        return False
    if len(t) > 40 and not NUMBERED_HEAD_RE.match(t):
        return False
    if _QUOTED_SENTENCE_END_RE.search(t):
        return False  # a quoted sentence: “我们一定要把家乡建设好！”
    if (t[-1] == "." and half_width_stop(t)) or english_sentence_end(t):
        return False  # a sentence with a half-width stop: 希望有关部门能尽快解决., …Sunday.
    if t.count("，") + t.count(",") >= 3:
        return False
    if (" " in t or "\u3000" in t) and SCORE_LINE_RE.match(t):
        return False  # a row of a results table: 西江 2：1 北港
    return _WORD_CHAR_RE.search(t) is not None


# What parts a score's two figures: a colon (2:1, 2：1, and the ratio sign 2∶1 that Chinese
# typesetting uses for scores), 比 (3比0), or a dash (2-1, 2－1, 2—1).
SCORE_SIGN = r"[:：∶︰﹕比\-－–—]"
# A row of a sports results table (two sides and the score between): 西江 2：1 北港, 甲队 3比0 乙队,
# 东湾队 0∶0 南港队, 北岭队 3-2 西峡队.
SCORE_LINE_RE = re.compile(
    rf"^\S{{1,10}}[ \t\u3000]+\d{{1,3}}\s*{SCORE_SIGN}\s*\d{{1,3}}[ \t\u3000]+\S{{1,10}}$"
)


# Cut text and paragraphs on one line (applied in :mod:`~articles.parsing.layout`) ----------------

GAP_RE = re.compile(r"[ \t\u3000]+")
GUTTER_RE = re.compile(r"\S[ \t\u3000]{6,}\S")  # two OCR'd columns side by side
COMMA_INSIDE_RE = re.compile(r"[，,].")
CLOSING_MARKS = frozenset(_CLOSING)
