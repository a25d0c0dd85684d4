"""Patterns of a page's header and masthead lines and of the boxes beside stories: a header line
made of pieces in any order (date, weekday, page, section, staff, hotline, price, issue number,
lunar date, registration number), a publisher's line, a paper's supplement, celebratory slogans,
scan noise and data boxes. Applied in :mod:`~articles.parsing.furniture` and
:mod:`~articles.parsing.reader` (INPUT.md, "Page furniture").
"""

from __future__ import annotations

import re

from articles.parsing.hanfigures import han_figure_end
from articles.parsing.hinted import Hinted
from articles.parsing.patterns import (
    EPAPER_NAME_RE,
    ISSUE_TOKEN,
    MASTHEAD_RE,
    NAVIGATION_RE,
    PAPER_KIND,
    PAPER_NAME_RE,
    RUNNING_HEAD_RE,
    WEBSITE_RE,
)
from articles.parsing.publishers import PUBLISHER_RE, publisher_line  # noqa: F401 (read here)
from articles.text import HAN

# A page's header line made of pieces in any order (the paper, the date, the weekday, the page,
# its section, the desk's staff, a hotline): 中華民國114年10月3日 星期五 A1 要聞; 东湖晚报
# 2024年3月16日 星期六 12 责编/王  芳 美编/李  强; 12 公告 2025年7月22日 广告热线：0571-8888.
# (Applied in :func:`articles.parsing.header_lines.header_line_reason`; the date of the Republic
# calendar, 民國114年, counts from 1912; one in Chinese numerals, 一九七八年…, 民國一〇八年…, with
# ○ for 〇 as PDFs give it, is read as the one in figures is: mastheadfacts.header_date.)
HEADER_DATE_RE = re.compile(
    r"(?:(?:中华)?民国\s*(?:(?P<roc>\d{1,3})|[〇零○◯一二三四五六七八九十百]{1,5})"
    r"|(?:光绪|宣统)[元一二三四五六七八九十]{1,3}(?=年)"  # (a Qing reign's year: 宣統元年九月初八日)
    r"|西历[〇零一二三四五六七八九十百千]{2,8}(?=年)"  # (the Western year beside it: 西曆一千九百零九年)
    r"|(?P<y>(?:1[89]|20)\d{2})|[〇零○◯一二三四五六七八九]{4})\s*年\s*"
    r"(?P<m>\d{1,2}|[正一二三四五六七八九十]{1,3})\s*月\s*(?P<d>\d{1,2}|初?[一二三四五六七八九十廿卅]{1,3})\s*日"
    r"|(?<!\d)(?P<y2>(?:19|20)\d{2})[.\-/](?P<m2>\d{1,2})[.\-/](?P<d2>\d{1,2})(?!\d)"
    # (a date as an OCR reads it, a digit read as the letter like it and 日 as 口: l968年5月2O日,
    # 1968年5月20口; one letter at least, or the 口; a piece of the line, no date taken)
    r"|(?<![0-9A-Za-z])(?=[0-9lIOo年月\s]{6,16}[日口])(?=[^日口]*[lIOo口]|.*口)"
    r"[1lI][89][0-9lIOo]{2}\s*年\s*[0-9lIOo]{1,2}\s*月\s*[0-9lIOo]{1,2}\s*[日口]"
)
_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# The date in English beside the Chinese one in an overseas paper's masthead line (Monday,
# February 14, 2011; 14 February 2011): one piece of the line, its commas included.
HEADER_ENGLISH_DATE_RE = re.compile(
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_EN_MONTH},?\s+\d{{4}}|{_EN_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
)
# (also in Japanese, as a Chinese paper printed in Japan dates itself: 2008年11月20日（木曜日）)
HEADER_WEEKDAY_RE = re.compile(
    r"[（(]?(?:(?:星期|礼拜)[一二三四五六日天]|[月火水木金土日]曜日?)[）)]?"
)
_STAFF_ROLE = (
    r"(?:本版责任编辑|本版编辑|本版责编|责任编辑|责任校对|文字校对|美术编辑|版式设计|图片编辑|值班编辑|主编|责编|美编|校对|"
    r"版式|编辑|组版|制图|设计|排版)"
)
# A staff entry in a header line: the role, then a name of two to four characters (spaced out or
# not), with ``：``, ``/`` or only spaces between them: 责编/王  芳, 责任编辑  吴  磊, 美编：李强.
HEADER_STAFF_RE = re.compile(
    rf"{_STAFF_ROLE}\s*[:：/／]?\s*[{HAN}](?:[ \u3000]{{0,3}}(?!{_STAFF_ROLE})[{HAN}]){{1,3}}"
)
# A hotline printed in a header line: 广告热线：0571-88888888, 新闻热线 96111, 订报电话：…; its
# last digits may be printed masked (0571-8888XXXX), as pages kept for the public often are.
HEADER_HOTLINE_RE = re.compile(
    rf"[{HAN}]{{0,4}}(?:热线|电话|传真)\s*[:：]?\s*\d[\d\-－ ]{{3,}}(?:\d|[Xx×*＊]{{2,6}})"
)
# The price a masthead prints: 每份1.00元, 零售价 2元, 零售十五元, 定价：1.50元; also in Chinese
# numerals and the old units, as mastheads of the 1950s print it (每份人民币四分, 每份人民币四百元).
HEADER_PRICE_RE = re.compile(
    # (the currency may be named: 零售新台幣15元, 每份港币8元)
    rf"(?:每份|零售价?|定价|售价|本期定价)\s*[:：]?\s*(?:[{HAN}]{{1,3}}[币幣]\s*)?(?:\d{{1,3}}(?:\.\d{{1,2}})?\s*元"
    r"|(?:人民币)?\s*[一二三四五六七八九十两\d]{1,3}\s*[元角分](?:[一二三四五六七八九\d][角分])?"
    # (the old yuan before 1955's currency reform, in hundreds: 每份人民币四百元, 八百五十元)
    r"|(?:人民币)?\s*[一二三四五六七八九](?:百[零一二三四五六七八九]?十?|千[零一二三四五六七八九]?百?)\s*[元])"
)
# The paper's own price after 零售价 (零售价1.00元, 零售价：人民币1.50元); a commodity's price by
# the unit (零售价26元/斤) is a story's, never the paper's.
_RETAIL_PRICE_RE = re.compile(
    rf"零售价\s*[:：]?\s*(?:人民币|[{HAN}]{{1,3}}[币幣])?\s*[\d一二三四五六七八九十两]"
)
_PER_UNIT_RE = re.compile(r"[元角分]\s*[/／每]")
# A line holding nothing but the masthead's price and issue pieces (零售价1.00元, 第28611期  零售价：1.50元).
_PRICE_PIECE = rf"(?:{HEADER_PRICE_RE.pattern}|{ISSUE_TOKEN})"
_PRICE_LINE_RE = re.compile(rf"{_PRICE_PIECE}(?:[\s,，/]{{0,4}}{_PRICE_PIECE})*")
# The other words of a masthead's line at a page's foot beside its price: who publishes the paper
# (某某日报社出版) and its address (地址：锦官市人民南路18号, 邮编：610000).
_IMPRINT_WORD_RE = re.compile(
    rf"[{HAN}]{{2,14}}(?:主办|主管|出版|编印)|(?:本报|社)?地址\s*[:：]\S{{2,30}}|邮编\s*[:：]?\s*\d{{6}}"
)


def masthead_price(text: str, top: bool) -> bool:
    """True when ``text`` (a short line, folded) is the masthead's price line by its 零售价 and the
    price after it (``零售价1.00元``; INPUT.md, "Encoding and layout": a masthead carries its
    price), where masthead furniture can be: at the page's head (``top``: before its first
    story) or, anywhere, on a line of nothing but the masthead's price, issue number, publisher
    and address (``某某日报社出版  地址：…  零售价：2元``, at a page's foot). A price by
    the unit (``猪肉 零售价26元/斤``) is a commodity's, and a line inside a story's run of
    paragraphs holding anything else is that story's (a market story's prices), never the
    masthead's."""
    if "零售价" not in text or not _RETAIL_PRICE_RE.search(text) or _PER_UNIT_RE.search(text):
        return False
    if top:
        return True
    rest = " ".join(word for word in text.split() if not _IMPRINT_WORD_RE.fullmatch(word))
    return _PRICE_LINE_RE.fullmatch(rest) is not None


# An issue number in a header line: 第19874期, 第23号, 总第21990号, （总第5678期）, also in Chinese
# numerals as old county papers print it (第二一七期), or as an OCR reads it, a digit taken for
# the letter like it (第1I2期: l, I for 1, O, o for 0; one real digit at least), or counted within
# its year as a quarterly prints it (2009年第2期); the page count beside it: 今日12版, 共16版,
# 今日出版八版, 本期四版.
HEADER_ISSUE_RE = re.compile(
    r"[（(]?(?:(?:1[89]|20)\d{2}\s*年\s*)?(?:总\s*)?第\s*(?:\d(?: ?\d){0,5}|[〇零○◯一二三四五六七八九十百千万]{1,8}"
    # (an OCR's reading of the number: a digit read as the letter like it, 第1I2期, 第2O5期)
    # (spaces inside, as an OCR reads a wide-set number: 第 l7 期)
    r"|(?=[0-9lIOo](?: ?[0-9lIOo]){1,5}\s*[期号])[0-9lIOo ]*\d[0-9lIOo ]*)\s*[期号][）)]?"
    r"|(?:本期|今日)?共?\s*(?<=[日期共])\s*\d{1,3}\s*版"
    r"|(?:今日|本期)(?:出版|出刊)?\s*共?\s*[一二三四五六七八九十\d]{1,3}\s*[版张]"
    # (the page count in brackets beside the issue number: 第412期 (共四版))
    r"|[（(]共\s*[一二三四五六七八九十\d]{1,3}\s*[版张][）)]"
)
# A date of the lunar calendar a masthead prints beside the solar one: 农历戊午年十一月二十八日,
# 乙巳年六月廿八 (a year of the sixty-year cycle, then the month and day in Chinese numerals); also
# the month and day alone (四月初四), never a solar date's (no 年 before, no 日 after), unless the
# calendar is named (农历二月初七日, 夏历八月十五, 阴历, 旧历: eraphrases).
_LUNAR_CALENDAR = r"(?:[农夏阴旧]历\s*)"
_LUNAR_MONTH = r"闰?[正一二三四五六七八九十冬腊]{1,2}月"
_LUNAR_DAY = (
    r"(?:初[一二三四五六七八九十]|二十[一二三四五六七八九]?|三十|[十廿卅][一二三四五六七八九]?)"
)
HEADER_LUNAR_RE = re.compile(
    rf"{_LUNAR_CALENDAR}?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
    rf"(?:\s*{_LUNAR_MONTH}(?:\s*{_LUNAR_DAY}日?)?)?"
    rf"|{_LUNAR_CALENDAR}{_LUNAR_MONTH}\s*{_LUNAR_DAY}日?"
    rf"|(?<![年\d〇零一二三四五六七八九十]){_LUNAR_MONTH}{_LUNAR_DAY}(?![日号])"
)
# A call to follow the paper online, printed in its masthead beside the hotline: 扫码关注江城晚报
# 微信公众号, 扫描二维码下载客户端, 扫一扫  下载某某晚报客户端, 关注本报视频号 (one piece of a
# header line, or a line alone). After the call to scan, a verb of following (关注, 下载…) or
# nothing: 扫码看病不用排长队 is a headline.
HEADER_FOLLOW_RE = re.compile(
    rf"(?:扫码|扫描二维码|扫一扫|长按识别二维码)"
    rf"(?:[ \u3000]{{0,3}}(?:关注|下载|订阅|添加|加入|进入|登录|安装|收看|观看|阅读)"
    rf"[{HAN}A-Za-z]{{0,18}})?"
    rf"|关注[{HAN}A-Za-z]{{0,12}}(?:微信公众号|公众号|客户端|视频号|官方微博|抖音号)"
)
# A prompt to scan a QR code printed by a story or between stories (更多精彩内容请扫描二维码,
# 长按识别二维码, 手机扫一扫 看现场视频, 扫描下方二维码观看视频): a short lead from a closed list
# (更多精彩内容, 详情, 手机), the call to scan, then nothing or what the code gives (看…, 阅读…,
# 下载…). Never a headline that speaks of QR codes (我市推出扫描二维码挪车服务: its lead and tail
# are no prompt's).
# What a bare 看 after the call to scan shows (看视频, 看现场, 看全文…): 看 with any other word is
# a headline's verb (扫码看病, to see a doctor by scanning a code), not a prompt's.
_QR_SEEN = "视频|直播|现场|全文|详情|更多|原文|报道|新闻|图集|大图|组图|专题|回放|精彩|完整|高清|动画|[HV]5|VR"
_QR_TAIL = rf"[{HAN}A-Za-z0-9]{{0,10}}"
# What the code gives named at the END of the prompt, after what it shows (扫码看老街改造效果图,
# 扫码看某某唱戏视频): a thing to look at (视频, 效果图, 全景…); the words before it may hold
# quotation marks and digits (扫码进入本报“高考专题”专区, 扫码看3号线站点效果图).
_QR_SHOWN_END = (
    "视频|直播|全文|详情|原文|图集|大图|组图|专题|回放|效果图|示意图|全景图?|实况|[HV]5|VR"
)
_QR_WORDS = rf"[{HAN}A-Za-z0-9“”‘’《》\"]"
QR_PROMPT_RE = re.compile(
    r"^(?:(?:更多精彩内容|更多精彩|更多内容|更多|欲知详情|详情|精彩视频|手机|微信|打开微信)"
    r"[,，]?[ \u3000]*)?(?:请|敬请)?[ \u3000]*"
    r"(?:扫码|扫一扫|(?:扫描|扫|长按识别|长按|识别)(?:下方|右侧|左侧|上方|图中|本版|此)?二维码)"
    rf"(?:[ \u3000,，]*(?:(?:观看|收看|阅读|了解|获取|下载|关注|查看|进入|参与|收听|浏览)"
    rf"{_QR_WORDS}{{0,16}}|看(?:{_QR_SEEN}){_QR_TAIL}|看{_QR_WORDS}{{1,14}}(?:{_QR_SHOWN_END})))?[!！]?$"
)
# A picture item's label that names the caption (图片说明, 照片说明, 图片故事), or the bare word
# (图片, 照片, as a web archive labels a picture's record over its caption): the picture's,
# never a story's kicker (the usual labels, 图片新闻, are
# :data:`~articles.parsing.patterns.PHOTO_LABEL_RE`).
PICTURE_LABEL_RE = re.compile(r"^(?:图片|照片|新闻照片)(?:说明|故事)?$|^今日图说$")
# The label of a front page's box of teasers to the pages inside (本期导读, 今日看点, 本期要目; a TV
# weekly's 本期导视, its viewing guide), also with the paper named before it (本报今日要目, as the
# 1950s dailies printed it).
TEASER_BOX_LABEL_RE = re.compile(
    r"^(?:本报)?(?:本期|今日|本版)?(?:导读|导视)$|^(?:本报)?(?:本期|今日)(?:看点|要目|提要|内容)$"
)
# A price abroad with its tax note and the issue's barcode after it, as a masthead prints them:
# $2.00 (inc GST) 9 770312 448006, NZ$2.50 (GST incl.), HK$10（含税）.
MASTHEAD_PRICE_RE = re.compile(
    rf"^(?:[A-Z]{{1,3}}\s?)?[$￥¥]\s*\d{{1,4}}(?:\.\d{{1,2}})?"
    rf"\s*[（(](?:[A-Za-z][A-Za-z .]{{1,15}}|[{HAN}]{{1,6}})[)）](?:\s+\d[\d ]{{7,}})?$"
)
# A price in a named currency, as papers abroad print it: 马币1.70令吉(东马2.00令吉), 港币10元.
HEADER_CURRENCY_RE = re.compile(
    rf"[{HAN}]{{1,2}}币\s*\d{{1,3}}(?:\.\d{{1,2}})?\s*[{HAN}]{{1,2}}"
    rf"(?:\s*[（(][{HAN}]{{1,4}}\s*\d{{1,3}}(?:\.\d{{1,2}})?\s*[{HAN}]{{1,2}}[）)])?"
)
# A price in dollars in a header line: HK$9.00, NT$15, $1.50.
HEADER_DOLLAR_RE = re.compile(r"(?<![A-Za-z])(?:[A-Z]{1,3})?\$\s*\d{1,3}(?:\.\d{1,2})?(?![\d.])")
# A registration number in a masthead line: 县内统一刊号：YT-0012, 准印证号：(粤)0123, 内部准印证（94）第017号.
# Also the post office's distribution code: 邮发代号25-7, 代号 25-7; in an OCR's reading a digit
# may come out as the letter like it (代号 3l-58: l, I for 1, O, o for 0), one real digit at least.
_CODE_DIGIT = "[0-9lIOo]"
HEADER_REGISTRATION_RE = re.compile(
    rf"[{HAN}]{{0,6}}(?:刊号|准印证号?|登记证号?)\s*[:：]\s*[A-Za-z0-9\-－（）()]{{2,20}}"
    rf"|[{HAN}]{{0,6}}准印证号?\s*[（(]\d{{2,4}}[）)]\s*第?\s*\d{{1,5}}\s*号"  # 内部准印证（94）第017号
    rf"|(?:邮发)?代号\s*[:：]?\s*(?={_CODE_DIGIT}{{0,2}}\d){_CODE_DIGIT}{{1,3}}\s*[-－]\s*"
    rf"(?={_CODE_DIGIT}{{0,3}}\d){_CODE_DIGIT}{{1,4}}(?![A-Za-z0-9])"
)
# A data box's label alone on its line (【数据】, 【数读】): the figures under it, down to the next
# blank line or their source line, are a box beside the stories, never a deck.
# Also behind a box mark (■今日数据, ●市场数据): a data word, with up to four characters before it.
DATA_BOX_LABEL_RE = re.compile(
    r"^[【\[〔]\s*(?:数据|数读|数说|数览|数字|数据速览|数据链接)\s*[】\]〕]$"
    rf"|^[■□●◆◇▲▼★☆]\s*[{HAN}]{{0,4}}(?:数据|数读|数说|数览|行情)$"
)
# A line of a table of figures: short columns parted by two spaces or more (or a full-width one),
# a digit among them, no sentence punctuation: 东川雷霆  2：1  青港海狮, 上证指数　3385.61　+0.24%.
_COLUMN_GAP_RE = re.compile(r" {2,}|\u3000+|\t+")
_FIGURE_COLUMN = 12  # characters: a column of a table is at most this wide
_FIGURE_LINE = 48  # characters: a line of a table is at most this long


def figure_line(text: str) -> bool:
    """True when ``text`` is a line of a table of figures (scores, standings, market data):
    two columns or more of at most :data:`_FIGURE_COLUMN` characters, a digit or Chinese numerals
    ending it (``六〇〇元``: :func:`han_figure_end`), no sentence punctuation. Linear in the line."""
    t = text.strip()
    if len(t) > _FIGURE_LINE or any(c in t for c in "。，！？"):
        return False  # (the punctuation first: four searches in C rule out most lines of text)
    columns = _COLUMN_GAP_RE.split(t)
    figure = any(map(str.isdigit, t)) or han_figure_end(t)
    return figure and len(columns) >= 2 and all(0 < len(c) <= _FIGURE_COLUMN for c in columns)


def column_heads(text: str) -> bool:
    """True when ``text`` is the row of column heads over a table's figures (队名　胜　负　积分):
    two columns or more parted as in :func:`figure_line`, each one to four Han characters (two
    names parted by a slash for a column of two figures: 进/失球), no digit. Only right under a table's label and over its figures is it taken as one."""
    columns = _COLUMN_GAP_RE.split(text.strip())
    return len(columns) >= 2 and all(_COLUMN_HEAD_RE.fullmatch(c) for c in columns)


# (a column of two figures names both, parted by a slash: 进/失球, 胜/负)
_COLUMN_HEAD_RE = re.compile(rf"[{HAN}]{{1,4}}(?:[/／][{HAN}]{{1,3}})?")
# An entry of a schedule (TV or radio listings, a timetable): a clock time, then what is on.
_SCHEDULE_ENTRY_RE = re.compile(r"^[0-2]?\d[:：][0-5]\d\s*[^\d\s:：]")
_SCHEDULE_LINE = 80  # characters: a row of a schedule is at most this long


def schedule_row(text: str) -> bool:
    """True when ``text`` is a row of a schedule (``06:30 早安东湖　　07:30 新闻早班车``): one
    entry or more parted by wide gaps, each a clock time and what is on then
    (:data:`_SCHEDULE_ENTRY_RE`), no sentence's full stop. Linear in the line."""
    t = text.strip()
    if len(t) > _SCHEDULE_LINE or not t[:1].isdigit() or "。" in t:
        return False
    return all(_SCHEDULE_ENTRY_RE.match(entry) for entry in _COLUMN_GAP_RE.split(t))


def timed_row(text: str) -> bool:
    """True when ``text`` is a listing's row with its time in a column apart from what is on
    (``20:05　电视连续剧：石榴巷（1、2）``): a clock time, a wide gap, then one column of words
    that holds no sentence's punctuation. Under a table's rows of times (``7:00　早间新闻``,
    :func:`figure_line`) it is one more row, however long the programme's name."""
    t = text.strip()
    if len(t) > _SCHEDULE_LINE or not t[:1].isdigit() or any(c in t for c in "。，！？"):
        return False
    columns = _COLUMN_GAP_RE.split(t)
    return len(columns) == 2 and _TIME_RE.fullmatch(columns[0]) is not None


_TIME_RE = re.compile(r"[0-2]?\d[:：][0-5]\d")


# A boxed quotation's label alone on its line (毛主席语录, 【语录】, 最高指示; spaces taken out):
# the quote under it is a box beside the stories, never a deck (INPUT.md, "Page furniture").
QUOTATION_LABEL_RE = re.compile(rf"^[【〔\[]?(?:[{HAN}]{{0,5}}语录|最高指示)[】〕\]]?$")
DATA_SOURCE_LINE_RE = re.compile(r"^[（(]?\s*(?:数据)?来源\s*[:：]")
# A slogan of parallel phrases parted by spaces (听党指挥　能打胜仗　作风优良): three or more
# phrases of two to five characters; :func:`parallel_phrases` checks they are of one length.
SPACED_SLOGAN_RE = re.compile(rf"^[{HAN}]{{2,5}}(?:[ \u3000]+[{HAN}]{{2,5}}){{2,5}}$")


# A slogan strip: two to five short phrases (two to five characters each) parted by spaces, no
# punctuation (抓革命  促生产, 学习大寨  赶大寨, 誠信 公正 服務僑社); :func:`slogan_strip` tells it
# from a headline by where it stands.
SLOGAN_STRIP_RE = re.compile(rf"^[{HAN}]{{2,5}}(?:[ \u3000]+[{HAN}]{{2,5}}){{1,4}}$")


def parallel_phrases(text: str) -> bool:
    """True when ``text`` is three or more phrases of one length (two to five characters)
    parted by spaces: a slogan's form (:data:`SPACED_SLOGAN_RE`), not a headline's."""
    t = text.strip()
    if not SPACED_SLOGAN_RE.match(t):
        return False
    return len({len(phrase) for phrase in t.split()}) == 1


# A copyright notice, as an e-paper or app page prints it at its foot (某某报社版权所有  未经授权
# 禁止转载, Copyright © 2024, 版权归某某所有): the site's, never a story's line. (版权所有人 and
# 版权所有者 are words of a story's sentence.)
COPYRIGHT_RE = re.compile(
    r"版权所有(?![人者权])|版权归\S{1,16}所有|未经(?:书面)?(?:授权|许可|同意)\S{0,6}[，,\s]{0,3}"
    r"(?:禁止|不得|严禁|请勿)\S{0,4}(?:转载|复制|使用|镜像)|(?i:copyright)|©"
)
# A paper's name in Latin letters (English or pinyin: Huanan Economic Journal, Kaiyuan Ribao) alone
# on a line: capitalised words, short joining words between them, no digit but in a word after
# the first (SHANCHENG NO.2 HOSPITAL: a numbered hospital, school or works).
# Also with the edition's name in brackets after it: SHENZHOU DAILY (OVERSEAS EDITION).
LATIN_NAME_RE = re.compile(
    r"^[A-Z][A-Za-z'.\-]{0,15}"
    r"(?:[ \u3000]+(?:[A-Z][A-Za-z0-9'.\-]{0,15}|of|the|and|&|de|du|des|la|le|el|for|in)){0,6}"
    r"(?:[ \u3000]*\([A-Z][A-Za-z'.\-]{0,15}(?:[ \u3000]+[A-Z][A-Za-z'.\-]{0,15}){0,3}\))?$"
)
# The dots and bars some mastheads print between a header line's pieces: 2025年7月22日．星期二.
HEADER_SEPARATOR_RE = re.compile(r"^[.·・•|｜/]+$")
# A paper's edition named after the paper (某某日报海外版, 某某日报农村版): the masthead's name.
PAPER_EDITION_RE = re.compile(rf"^(?:[{HAN}]\s*){{1,8}}(?:{PAPER_KIND}|报)\s*[{HAN}]{{2}}版$")
# Who publishes the paper, as a masthead's header line names it beside its hotline or date
# (主办：东林日报社  新闻热线 96111, 主管单位：某某市委宣传部): a piece of a header at the top only.
HEADER_PUBLISHER_RE = re.compile(
    rf"(?:主管|主办|出版)(?:单位)?\s*[:：]\s*[{HAN}]{{2,16}}?(?:报社|报业集团|出版社|委员会|宣传部|社)(?![{HAN}])"
)
# The marks an OCR reads out of specks and rules between columns: quotes, commas, dots, a stroke,
# a column rule's bar (丨, |).
_STRAY_MARKS = frozenset("'`\"‘’“”,，.．。·・、;；_~-－—一丨|｜•")
_STRAY_MARKS_AT_MOST = 4
_STRAY_LINE = 40  # characters, spaces included: a line of stray marks is at most this long


def stray_marks(text: str) -> bool:
    """True when ``text`` holds only two to :data:`_STRAY_MARKS_AT_MOST` single marks parted by
    spaces (``　　　'　　　，``, ``，　．``, ``一　　　·``): what an OCR reads out of specks and
    rules between columns, never printed text; at least one of them is no stroke. (One mark
    alone may be a paragraph's last ``。`` that a column pushed onto a line of its own.)
    Linear in the line."""
    stripped = text.strip()
    if len(stripped) > _STRAY_LINE or stripped[:1] not in _STRAY_MARKS:
        return False  # (the cheap test first: every short line comes here)
    marks = stripped.split()
    return (
        2 <= len(marks) <= _STRAY_MARKS_AT_MOST
        and all(len(mark) == 1 and mark in _STRAY_MARKS for mark in marks)
        and any(mark != "一" for mark in marks)
    )


# The paper's own lines for readers to call or write, at a page's foot: 本报热线：96000000,
# 新闻投诉：…, 广告热线：0597-…, 订报专线：…, a desk by its name (本报广告部：…), the area code
# maybe in brackets before the number ((212) 555-0100, as overseas papers print it), with its
# address and post code beside them (地址：…, 邮编：412600).
# (A notice's 联系电话：… is the notice's: only the paper's own desks are named here.)
_PAPER_CONTACT_RE = re.compile(
    rf"(?:本报|新闻|广告|发行|订报|报社)[{HAN}]{{0,4}}(?:热线|电话|投诉|传真|专线|部)\s*[:：]?\s*"
    r"(?:[（(]\d{2,4}[）)]\s*)?\d[\d\-－ ]{3,}(?:\d|[Xx×*＊]{2,6})(?:\s*[（(][^（）()]{1,8}[）)])?"
)
# The paper's accounts and mailbox beside its hotline on that line (微信公众号：某某晚报, 报料邮箱：
# bl@…): pieces of the paper's contact line, never its only piece.
_PAPER_ACCOUNT_RE = re.compile(
    rf"(?:微信公众号|公众号|官方微博|微博|抖音号|视频号)\s*[:：]\s*[{HAN}A-Za-z0-9_\-]{{2,20}}"
    rf"|[{HAN}]{{0,4}}(?:邮箱|信箱|[Ee]-?mail)\s*[:：]\s*[\w.\-]+@[\w.\-]+"
)
# The paper's line for readers' complaints beside its desks' lines (投诉维权：0999-…, 维权热线
# 12315…): one of the line's pieces, never the only desk named (a notice prints its own).
_COMPLAINT_CONTACT_RE = re.compile(
    rf"(?:投诉|维权|报料|爆料)[{HAN}]{{0,4}}\s*[:：]?\s*\d[\d\-－ ]{{3,}}\d"
)
_PAPER_ADDRESS_RE = re.compile(
    rf"(?:本报|报社)?地址\s*[:：]\s*[{HAN}\d\-－]{{4,30}}|邮编\s*[:：]?\s*\d{{6}}"
)
_CONTACT_HINT_RE = re.compile(r"热线|电话|投诉|传真|专线|部")
# What parts the contact line's pieces: a column gap, or one space (a full-width one, folded)
# between a number and the next desk's name (96000000　新闻投诉：…).
_CONTACT_GAP_RE = re.compile(rf"{_COLUMN_GAP_RE.pattern}|(?<=\d) (?=[{HAN}])")
_CONTACT_LINE = 80  # characters: the paper's contact line is at most this long


def paper_contact_line(text: str) -> bool:
    """True when ``text`` holds only the paper's own contact pieces, parted by wide gaps: its
    desks' telephone lines (:data:`_PAPER_CONTACT_RE`: 本报热线：96000000  新闻投诉：96000001),
    one at least, and its address or post code (广告热线：0597-…　地址：某某路56号报社一楼) or
    its line for readers' complaints (新闻热线：96118　投诉维权：0999-…): the
    paper's line at a page's foot, never a story's. Linear in the line."""
    if len(text) > _CONTACT_LINE or not _CONTACT_HINT_RE.search(text):
        return False
    t = text.strip()
    pieces = _CONTACT_GAP_RE.split(t)
    return any(_PAPER_CONTACT_RE.fullmatch(p) for p in pieces) and all(
        _PAPER_CONTACT_RE.fullmatch(p)
        or _PAPER_ADDRESS_RE.fullmatch(p)
        or _COMPLAINT_CONTACT_RE.fullmatch(p)
        or _PAPER_ACCOUNT_RE.fullmatch(p)
        for p in pieces
    )


# A paper's name and its supplement's or section's name, joined by a dot: 西湖晨报 · 副刊.
PAPER_SECTION_RE = re.compile(
    rf"^(?:[{HAN}]\s*){{1,8}}(?:{PAPER_KIND}|报)\s*[·・|｜]\s*[{HAN}]{{2,6}}$"
)
# A celebratory slogan under a masthead: 热烈庆祝中国人民解放军建军96周年 (top of a page only).
CELEBRATION_RE = re.compile(rf"^热烈(?:庆祝|祝贺|欢迎|欢庆)[{HAN}\d\s“”]{{2,30}}$")
# Scan noise an OCR leaves on a line of its own: blobs and dots, maybe a stray digit (· · ·1 ■ ■■).
SCAN_NOISE_RE = re.compile(r"^(?=.*[■□█▓▒]|(?:\s*[·•]){3})[\s■□█▓▒▪▫·•.\-_~|0-9]+$")
# A page's label joined to its section by a colon or dot, as an e-paper's dated page line prints
# it (2024年09月09日  第05版：社会; 05版:社会; 第A3版·要闻): one piece of a header line that says
# both the page and its section.
HEADER_LABELLED_SECTION_RE = re.compile(
    r"(?<!\S)(?P<label>(?:第\s*)?[A-Za-z]{0,2}\s*[0-9]{1,3}\s*版|第[〇零一二两三四五六七八九十百]{1,4}版)"
    rf"\s*[:：·・|｜]\s*(?P<section>[{HAN}][{HAN}·・]{{0,7}})(?!\S)"
)
# A word printed letter-spaced in a header line (江　北　日　報, 要　闻, as an OCR reads a masthead's
# wide type): single Han characters parted by equal runs of spaces, read as one word (a wider gap
# parts two words: 江 北 日 報   要 闻).
_SPACED_WORD = rf"(?<!\S)[{HAN}](?P<gap>[ \u3000]{{1,3}})[{HAN}](?:(?P=gap)[{HAN}]){{0,8}}(?!\S)"
HEADER_LABEL_RE = re.compile(
    r"^(?:第\s*)?[A-Za-z]{0,2}\s*[0-9]{1,3}\s*版?$|^第[〇零一二两三四五六七八九十百]{1,4}[版页]$"
)  # (第二頁: a page, as the Qing papers print it)
# A bare page label whose letters are what an OCR makes of digits (l7, O3, Il: l, I for 1, O, o
# for 0), with no 版 or 第 to say it is a page: an issue number's or a date's digits misread, no
# label to take for the page (a page is refused when its printed label disagrees).
OCR_LABEL_RE = re.compile(r"^[lIOo]{1,2}\s*[0-9]{1,3}$")
HEADER_WORD_RE = re.compile(rf"^[{HAN}][{HAN}·・‧]{{0,9}}$")  # (‧: 教會‧社團, a Big5 font's dot)
# A piece of a header line: a letter-spaced word (its spaces kept), else a run without spaces.
HEADER_PIECE_RE = re.compile(rf"{_SPACED_WORD}|\S+")
# A short word alone on its line, printed letter-spaced (港  聞, 副　刊, 数　据): two to six
# characters parted by equal gaps, as a section's or column's name is set in wide type.
SPACED_NAME_RE = re.compile(rf"^[{HAN}](?P<gap>[ \u3000]{{1,4}})[{HAN}](?:(?P=gap)[{HAN}]){{0,4}}$")


def unspaced_name(folded: str) -> str:
    """``folded`` (stripped) without its letter-spacing when it is a :data:`SPACED_NAME_RE`
    (``港  闻`` → ``港闻``), else ``folded`` stripped. Constant time (a short line's test)."""
    text = folded.strip()
    if len(text) > 30 or not SPACED_NAME_RE.match(text):
        return text
    return "".join(text.split())


# What every piece of a header line holds one of (a digit, 年, 星期, 版, a staff role's 编 校 设 图).
HEADER_HINT_RE = re.compile(r"[0-9年期号版编校设图份]")  # (份: a price in numerals, 每份二分)
STAFF_MARK_RE = re.compile(r"[:：/／]")


# A paper's name in Latin letters beside its Chinese name, on a masthead line of its own (an
# overseas paper's: PACIFIC CHINESE HERALD  太平洋华报, 太平洋华报 Pacific Chinese Herald).
_LATIN_NAME = r"(?:[A-Z][A-Za-z'&.\-]{0,15}\s+){0,4}[A-Z][A-Za-z'&.\-]{0,15}"
_CHINESE_NAME = rf"(?:[{HAN}]\s*){{1,8}}[报報]"
LATIN_AND_PAPER_RE = re.compile(
    rf"^(?:{_LATIN_NAME}\s+{_CHINESE_NAME}|{_CHINESE_NAME}\s+{_LATIN_NAME})\s*$"
)
# The notice an internal paper prints in its masthead (内部资料  免费交流, （内部刊物　注意保存）):
# one word of a line.
_INTERNAL_ISSUE_WORDS = frozenset(
    {"内部资料", "免费交流", "内部交流", "免费赠阅", "内部发行", "内部刊物", "内部读物", "注意保存"}
)


def internal_issue_line(text: str) -> bool:
    """A masthead line of words parted by spaces, one of them the notice an internal paper
    (内部资料性出版物) prints there: ``内部资料``, ``免费交流`` (with its publisher beside it).
    ``text`` is folded (:func:`articles.text.fold`): a printed ``，`` is ``,`` in it, and a line
    with a comma is a sentence (``内部资料  免费交流，欢迎投稿`` is none). The notice may stand in
    brackets beside the date and issue (``1975年8月16日 星期六 第412期 (内部发行)``), or alone in
    them on a line of its own (``（内部刊物　注意保存）``)."""
    if len(text) > 40 or "。" in text or "," in text:
        return False
    words = text.split()
    return len(words) >= 2 and any(word.strip("()") in _INTERNAL_ISSUE_WORDS for word in words)


# The unanchored searches of :mod:`~articles.parsing.furniture`, each tried only on a line
# holding a character or word every match of it holds (:class:`~articles.parsing.hinted.Hinted`).
# MASTHEAD_RE: CN, ISSN, 统一刊号, 邮发代号, 国内/国际…出版物号, 总第, an issue count's 期 号 版 张,
# 广告经营许可证, 本报地址, 定价, 导读, 印刷, 发行, a line of capitals (零售价: masthead_price).
MASTHEAD_HINTED = Hinted(MASTHEAD_RE, "[A-Z统邮国总期号版张广本定导印发]")
# NAVIGATION_RE: the first character of each of its words, and a breadcrumb's >.
NAVIGATION_HINTED = Hinted(NAVIGATION_RE, "[上下版标语返放往朋分本网>]")
# WEBSITE_RE: a dot (www., .com), a slash (http://) or the word's w (no other letter is read as w
# or W when case is ignored).
WEBSITE_HINTED = Hinted(WEBSITE_RE, "[./Ww]")
# COPYRIGHT_RE: 版权, 未经, ©, or the word's c (no other letter is read as c or C when case is ignored).
COPYRIGHT_HINTED = Hinted(COPYRIGHT_RE, "[版未©Cc]")
# RUNNING_HEAD_RE, PAPER_NAME_RE, EPAPER_NAME_RE: the paper's name, which ends in 报 or 电讯.
RUNNING_HEAD_HINTED = Hinted(RUNNING_HEAD_RE, "[报讯]")
PAPER_NAME_HINTED = Hinted(PAPER_NAME_RE, "[报讯]")
EPAPER_NAME_HINTED = Hinted(EPAPER_NAME_RE, "[报讯]")
# SCAN_NOISE_RE: its first character, one of the marks and digits the whole line is made of.
SCAN_NOISE_HINTED = Hinted(SCAN_NOISE_RE, r"^[\s■□█▓▒▪▫·•.\-_~|0-9]")
