"""Page furniture: the lines of a page that are not a story, and what they say about the page.

:func:`furniture_reason` tells why a line is furniture (``page-label``, ``page-stamp``,
``archive-separator``, ``page-list``, ``navigation``, ``page-header``, ``masthead``, ``website``,
``english-date``, ``copyright``, ``source``, ``staff``, ``weather``, ``scan-noise``,
``photo-label``), or None; on the way it records in ``meta`` the page's date, label, section,
paper and issue number where the line says them. What is furniture is INPUT.md's "Page
furniture" and the web-archive, e-paper and masthead lines of "Encoding and layout"; the
patterns are in :mod:`~articles.parsing.patterns`.
"""

from __future__ import annotations

import contextlib
import re

from articles.labels import LabelError, normalize_label
from articles.parsing.datelines import dateline_match, story_line
from articles.parsing.header_lines import header_line_reason
from articles.parsing.header_patterns import (
    CELEBRATION_RE,
    COPYRIGHT_HINTED,
    HEADER_CURRENCY_RE,
    HEADER_FOLLOW_RE,
    HEADER_HOTLINE_RE,
    LATIN_AND_PAPER_RE,
    MASTHEAD_HINTED,
    MASTHEAD_PRICE_RE,
    OCR_LABEL_RE,
    PAPER_EDITION_RE,
    PAPER_SECTION_RE,
    PICTURE_LABEL_RE,
    PUBLISHER_RE,
    QR_PROMPT_RE,
    SCAN_NOISE_HINTED,
    TEASER_BOX_LABEL_RE,
    WEBSITE_HINTED,
    internal_issue_line,
    masthead_price,
    paper_contact_line,
    publisher_line,
    stray_marks,
)
from articles.parsing.imprints import masthead_top_line, paper_imprint_line, shop_advert_line
from articles.parsing.mastheadfacts import issue_line, issue_number, masthead_facts
from articles.parsing.otherscripts import other_script_line
from articles.parsing.patterns import (
    ARCHIVE_META_RE,
    CN_DATE_LINE_RE,
    DATE_IN_LINE_RE,
    DOTTED_DATE_RE,
    ENGLISH_DATE_RE,
    GENERIC_PAPER_RE,
    NAV_HEADER_RE,
    PAGE_LABEL_RE,
    PAGE_LIST_RE,
    PAPER_NAME_RE,
    PRICE_RE,
    RUNNING_HEAD_RE,
    SECTION_LABEL_RE,
    SECTION_NAME_RE,
    SLOGAN_RE,
    SOURCE_RE,
    SPACE_RUN_RE,
    STAFF_IN_LINE_RE,
    STAFF_RE,
    STAMP_RES,
    WEATHER_RE,
    find_markers,
    is_heading_like,
)
from articles.parsing.stafflines import imprint_line, review_staff_line
from articles.parsing.webfurniture import APP_COUNTS_RE as APP_COUNTS_RE
from articles.parsing.webfurniture import EMPTY_FIELD_RE as EMPTY_FIELD_RE
from articles.parsing.webfurniture import (
    LABEL_LIST_RE,
    PICTURE_PLACEHOLDER_RE,
    article_meta_line,
    epaper_masthead,
    epaper_name,
    navigation_line,
)
from articles.parsing.wechat import wechat_chrome
from articles.text import HAN

# Furniture that makes the title-like lines between it and the page's first masthead line
# furniture too (a slogan, an advert strip): the masthead zone at the top of a page.
# (A header line of pieces, page-header, counts: 外电参考 over 2025年2月14日 星期五 第1版 每份1.00元
# is the paper's name over its dated masthead line.)
MASTHEAD_REASONS = frozenset(
    {"masthead", "page-stamp", "navigation", "website", "english-date", "page-list", "page-header"}
)


# A dot alone on a line (·, •): an OCR's speck or a rule's dot, never text (a sentence ends
# with 。, which may stand alone when a column pushed it onto a line of its own).
_LONE_DOTS = frozenset("·•・")
_PROSE_LINE = 60  # characters: a longer line with two finished sentences is running text
_RECORD_OPENERS = (
    "第专專版栏欄来來（([【〔<"  # how an archive's record fields and source lines open
)


def furniture_reason(
    printed: str, folded: str, meta: dict, *, top: bool, first: bool = False
) -> str | None:
    """Why the line ``printed`` (``folded``: its folded copy) is page furniture, or None.
    ``top``: no story text has been read yet on the page (labels and slogans count only there);
    ``first``: nor any heading (a folio, ``—4—``, counts only there: under a headline it is a
    feature's numbered part). Records what the line says about the page in ``meta`` (first
    value wins).

    A line of running text (over :data:`_PROSE_LINE` characters holding two finished sentences
    or more) is answered at once: furniture is labels, stamps, navigation, masthead and staff
    pieces, none of which prints sentences. (Most of a page's lines are such text; a web
    archive's record fields and source lines glued to a story's text, opening with 第, 专, 版,
    栏, 来 or a bracket, are still read.)"""
    if len(folded) > _PROSE_LINE and folded.count("。") >= 2 and folded[:1] not in _RECORD_OPENERS:
        return None
    if SCAN_NOISE_HINTED.match(folded) or stray_marks(folded) or folded.strip() in _LONE_DOTS:
        return "scan-noise"  # an OCR's blobs and dots on a line of their own (· · ·1 ■ ■■)
    if first and folio_label(folded):
        meta.setdefault("label", folio_label(folded))
        return "page-label"
    reason = (
        _label_or_stamp(printed, folded, meta, top)
        or header_line_reason(printed, folded, meta, top=top)
        or _site_furniture(printed, folded, meta)
        or ("navigation" if wechat_chrome(folded, top=top) else None)  # 原创  某某发布  2024-…
        or _masthead(printed, folded, meta, top)
        or _masthead_by_place(folded, top=top, first=first)
    )
    if top and reason in _MASTHEAD_FACTS:  # (a header line's: header_line_reason records them)
        masthead_facts(folded, meta)
    return reason


def _masthead_by_place(folded: str, *, top: bool, first: bool) -> str | None:
    """``masthead`` for a line that is the masthead's by where it stands: an issue line in
    Chinese numerals heading the page (``第六三七号``), or at its top the paper's name in a
    minority script beside the Chinese one (``ᠲᠠᠯᠢᠩ ᠭᠣᠣᠯ…``: :func:`other_script_line`)."""
    if first and top and issue_line(folded.strip()):
        return "masthead"
    return "masthead" if top and other_script_line(folded) else None


# The furniture at the top of a page whose issue number and date are the issue's (the page's
# masthead, its stamp, the line with its website): :func:`~articles.parsing.mastheadfacts.
# masthead_facts`. A 第六三七号 alone at the head of a page, before anything else, is the masthead's.
_MASTHEAD_FACTS = frozenset({"masthead", "page-stamp", "website"})


def _label_or_stamp(printed: str, text: str, meta: dict, top: bool) -> str | None:
    if PAGE_LABEL_RE.match(text):
        if top and not OCR_LABEL_RE.match(text.strip()):
            with contextlib.suppress(LabelError):
                meta.setdefault("label", normalize_label(text))
        return "page-label"
    for pattern in STAMP_RES:
        match = pattern.match(text)
        if match:
            set_date(meta, match)
            with contextlib.suppress(LabelError):
                if "page" in pattern.groupindex and match.group("page"):
                    meta.setdefault("label", normalize_label(match.group("page")))
            if "paper" in pattern.groupindex and match.group("paper"):
                meta.setdefault("paper", printed[slice(*match.span("paper"))])
            return "page-stamp"
    if text[:1] == "【" and _BRIEFS_BOX_RE.match(text):
        return "box-label"  # a briefs box's name, printed once over the briefs it holds
    if CN_DATE_LINE_RE.match(text):
        return "page-stamp"  # the date in Chinese numerals (read at the top: masthead_facts)
    if (
        "口" in text
        and len(text) <= _OCR_DATE_LINE
        and CN_DATE_LINE_RE.match(_OCR_DAY_RE.sub(r"\1日", text))
    ):
        return "page-stamp"  # the same with an OCR's 口 for 日: 一九六八年十一月十六口 星期六
    if top and _WEEKDAY_ALONE_RE.fullmatch(text.strip()):
        return "page-stamp"  # the weekday on a line of its own under the date (e-paper headers)
    return None


# A folio: the page's number between dashes or dots, as books, magazines and many old papers
# print it (—4—, - 4 -, ·4·, －4－ folded -4-), the same mark on both sides.
_FOLIO_RE = re.compile(r"^(?P<mark>[-—–~～·・•])(?P=mark)?\s*(?P<n>[0-9]{1,3})\s*(?P=mark){1,2}$")


def folio_label(folded: str) -> str:
    """The page label a folio line (``folded``, stripped of nothing) prints (``—4—`` → ``4``),
    or ``""`` when it is none (:data:`_FOLIO_RE`; a page number 0 is none). Where it counts is
    the caller's: at a page's top before any heading, or left over at its foot; between a
    feature's parts, ``—2—`` is the part's number."""
    match = _FOLIO_RE.match(folded.strip())
    if match is None or int(match.group("n")) == 0:
        return ""
    return str(int(match.group("n")))


# An OCR's 口 read for the 日 after a day in Chinese numerals (十一月十六口).
_OCR_DAY_RE = re.compile(r"(月\s*[一二三四五六七八九十廿卅〇零]{1,3}\s*)口")
_OCR_DATE_LINE = 30  # characters: a date line is at most this long

# A briefs box's name in brackets alone on its line (【城区快讯】, 【本地速览】): the box's label
# over several briefs, never the first brief's kicker.
_BRIEFS_BOX_RE = re.compile(
    r"^【\s*[^【】。，]{0,6}(?:速览|快讯|简讯|短讯|速递|播报|集锦|简报)\s*】$"
)
# A weekday alone on a line (``星期五``, ``週五``, ``礼拜天``), as an e-paper's header cuts its date
# line into short lines; at the top of a page only, where no story has begun.
_WEEKDAY_ALONE_RE = re.compile(r"(?:星期|礼拜|周|週)[一二三四五六日天]")


# A digest's translator line closing a translated item (编译：龚  岚, 翻译：林 楠): the desk's
# credit, like its editor's, never the next item's kicker nor a reporter of the item.
_TRANSLATOR_LINE_RE = re.compile(
    rf"^(?:编译|翻译|译者|编译整理)\s*[:：]\s*[{HAN}·]\s*[{HAN}·]{{1,6}}"
    rf"(?:\s*[、，,]\s*[{HAN}·]\s*[{HAN}·]{{1,6}}){{0,2}}$"
)


# A digest page's note where all its items come from, at its foot (（本版稿件均摘自新华社《参考资料》）,
# （本版文章据外电编译）): the page's source, never a story.
_PAGE_SOURCE_RE = re.compile(
    r"^[（(]\s*本版(?:稿件|文章|内容|消息|资料)?\s*(?:均|皆|全部|都)?\s*(?:摘自|选自|转自|摘编自|据|来自|引自)"
    r"[^（）()。]{1,30}[）)]$"
)
_PAGE_SOURCE_OPENERS = frozenset({"（本版", "(本版"})


# _PAPER_WORD_HINT: every match of RUNNING_HEAD_RE, PAPER_NAME_RE and EPAPER_NAME_RE holds the
# paper's kind (PAPER_KIND: 日报, 晚报, …, 电讯) or a name ending in 报, so 报 or 讯: a line holding
# neither is not matched. (The hint of header_patterns' RUNNING_HEAD_HINTED and its kin, tested
# as two ``in`` tests instead of their search: every short line of a page comes here.)


def _site_furniture(printed: str, text: str, meta: dict) -> str | None:
    """Web-archive and e-paper furniture: separators, page lists, navigation, running heads."""
    if (
        ARCHIVE_META_RE.match(text)
        or EMPTY_FIELD_RE.match(text)
        or (article_meta_line(text) and not SOURCE_RE.match(text))  # (来源：… first: a source)
    ):
        return "archive-separator"
    if text[:1] in "[【(<〔" and PICTURE_PLACEHOLDER_RE.match(text):
        return "picture-placeholder"  # [图片], 【图片】, (图片): where a site's picture stood
    if PAGE_LIST_RE.match(text) or (text[:1].isupper() and LABEL_LIST_RE.match(text)):
        return "page-list"
    if navigation_line(text):
        _navigation_metadata(text, meta)
        return "navigation"
    if (
        ("报" in text or "讯" in text)  # (_PAPER_WORD_HINT)
        and RUNNING_HEAD_RE.match(text)
        and _running_head(text, printed, meta)
    ):
        return "page-header"
    if SOURCE_RE.match(text) or (text[:3] in _PAGE_SOURCE_OPENERS and _PAGE_SOURCE_RE.match(text)):
        return "source"  # (each of its forms is anchored at the start)
    return _staff_line(text, meta)


def _staff_line(text: str, meta: dict) -> str | None:
    """``staff`` for the desk's staff lines (INPUT.md, "Page furniture that is not a story"):
    editors and proofreaders, translators, the review chain, a header line with the staff in it
    (its date recorded in ``meta``)."""
    if (
        STAFF_RE.match(text)
        or (text[:1] in "编翻译" and _TRANSLATOR_LINE_RE.match(text))
        or review_staff_line(text)  # 一审：… 二审：… 三审：…, 审读：…, 值班总编：…, 本版统筹：…
    ):
        return "staff"
    if len(text) <= 100 and "。" not in text and STAFF_IN_LINE_RE.search(text):
        # a header line with the staff in it: its date is the page's
        date = DATE_IN_LINE_RE.search(text) or DOTTED_DATE_RE.search(text)
        if date:
            set_date(meta, date)
        return "staff"
    return None


def _masthead(printed: str, text: str, meta: dict, top: bool) -> str | None:
    """Masthead lines: the paper's name or e-paper name, website, price and barcode, the date
    in English, a slogan at the top, issue numbers and registration lines; and the weather."""
    # (folded, a ， is a ,; the printed line is asked only when folding changed it: asked again,
    # the same line would get the same answer; a story's sentence is no masthead, but a forecast
    # may read as one: 明日天气：多云转晴，…。)
    if story_line(text) or (printed != text and story_line(printed)):
        return _weather_line(text)
    return (
        epaper_masthead(printed, text, meta, top)
        or _masthead_line(text, top)
        or _masthead_notice(text, top)
        or _paper_line(printed, text, meta, top)
        or _weather_line(text)
    )


def _masthead_notice(text: str, top: bool) -> str | None:
    """The paper's name in Latin and Chinese letters at the top (PACIFIC CHINESE HERALD 太平洋华报)
    or its price per copy or its address there (每份铜元四枚　社址…), an internal paper's publisher
    line, a line of the paper's publishers or its telephone lines (本报热线：…); a shop's advert."""
    top_line = top and (LATIN_AND_PAPER_RE.match(text) or masthead_top_line(text))
    if top_line or internal_issue_line(text):
        return "masthead"
    if shop_advert_line(text):
        return "advert"  # (新到夏季绸缎　花色繁多　价格公道　云城同昌绸缎庄)
    if publisher_line(text) or imprint_line(text) or paper_imprint_line(text):
        return "masthead"  # (the imprint's address at a page's foot: 社址：…　邮编：…)
    if _CONTACT_WORDS_RE.search(text) and paper_contact_line(text):
        return "masthead"  # the paper's telephone lines and address at a page's foot
    if (
        ("拨" in text or "致电" in text)
        and len(text) <= _READER_CALL_LINE
        and _READER_CALL_RE.match(text.strip())
    ):
        return "masthead"  # the paper's call to its readers: 市民有话请拨96811, 新闻线索请拨…
    return None


# The paper's call to its readers to ring its hotline, alone on a line (市民有话请拨96811, 读者有事
# 请拨打本报热线 96000000): a box of the paper's, never a story's title.
# Also the page's call for news tips (本版新闻线索 请拨打…, 新闻报料请拨…), maybe with the paper's
# account to write to after it (或关注“某某晚报”微信公众号留言).
_READER_CALL_RE = re.compile(
    r"^(?:(?:市民|读者|您)?(?:有话|有事|有困难|有问题|有线索|有新闻|有料|有诉求)"
    r"|(?:本版|本报)?(?:新闻)?(?:线索|报料))[^\d。，]{0,6}?"
    r"(?:请拨打?|请打|拨打|请致电|致电)\s*(?:本报)?(?:热线|电话)?\s*[:：]?\s*\d[\d\-－ ]{3,}\d"
    r"(?:\s*[（(][^）)]{1,10}[）)])?"
    r"(?:\s*或\s*(?:关注|登录)[^。，,]{0,16}?(?:公众号|微博|客户端)(?:留言|报料)?)?$"
)
_READER_CALL_LINE = 50  # characters
_CONTACT_WORDS_RE = re.compile("热线|电话|投诉|专线|部")  # (a cheap look before paper_contact_line)


def _masthead_line(text: str, top: bool) -> str | None:
    """A masthead's own lines that say nothing about the page: prices, publisher, slogans,
    the website, an English date."""
    if epaper_name(text) or PRICE_RE.match(text) or (SLOGAN_RE.match(text) and top):
        return "masthead"
    label = _price_or_label(text)
    if label:
        return label
    if top and _UNDER_MASTHEAD_RE.fullmatch(text.strip()):
        return "masthead"  # its hotline (广告热线：0571-…), the days it covers (本期节目时间：…)
    if len(text) <= 16 and PUBLISHER_RE.match(text):
        return "masthead"  # who publishes the paper: 中共清河县委主办, 中央军委机关报
    if top and (PAPER_SECTION_RE.match(text) or CELEBRATION_RE.match(text)):
        return "masthead"  # 西湖晨报 · 副刊; 热烈庆祝建军96周年 under the masthead
    if len(text) <= 60 and "。" not in text and WEBSITE_HINTED.search(text):
        return "website"
    if len(text) <= _COPYRIGHT_LINE and "。" not in text[:-1] and COPYRIGHT_HINTED.search(text):
        return "copyright"  # 某某报社版权所有  未经授权禁止转载, at a page's foot
    if ENGLISH_DATE_RE.match(text):
        return "english-date"
    return None


_COPYRIGHT_LINE = 60  # characters: a copyright notice's line is at most this long
# Lines under a masthead: its hotline (广告热线：0571-…), the days an issue covers (本期节目时间：…).
_UNDER_MASTHEAD_RE = re.compile(
    rf"{HEADER_HOTLINE_RE.pattern}"
    r"|\S{2,8}(?:时间|日期)\s*[:：]\s*\d{1,2}月\d{1,2}日\s*[—–~～至-]+\s*(?:\d{1,2}月)?\d{1,2}日"
)


def _price_or_label(text: str) -> str | None:
    """``masthead`` for the price in a named currency (马币1.70令吉(东马2.00令吉)) or abroad
    with its tax note and the barcode ($2.00 (inc GST) 9 770312 448006), a front page's teaser
    box label (今日看点) and a call to follow the paper online (扫码关注某某晚报微信公众号): the
    masthead's, never a story's kicker; ``photo-label`` for a picture item's label naming the
    caption (图片说明). None otherwise."""
    # (the cheap tests first: every short line comes here; each pattern wants one character)
    stripped = text.strip()
    if ("币" in text and HEADER_CURRENCY_RE.fullmatch(stripped)) or (
        ("$" in text or "￥" in text or "¥" in text) and MASTHEAD_PRICE_RE.match(text)
    ):
        return "masthead"
    if len(stripped) > 30:
        return None
    if len(stripped) <= 6 and PICTURE_LABEL_RE.match(stripped):
        return "photo-label"
    if (len(stripped) <= 6 and TEASER_BOX_LABEL_RE.match(stripped)) or (
        ("扫" in text or "关注" in text) and HEADER_FOLLOW_RE.fullmatch(stripped)
    ):
        return "masthead"
    if ("码" in text or "扫" in text) and QR_PROMPT_RE.match(stripped):
        return "masthead"  # a prompt to scan a QR code: 长按识别二维码, 更多精彩内容请扫描二维码
    return None


def _paper_line(printed: str, text: str, meta: dict, top: bool) -> str | None:
    """The paper's name, or a masthead line with its issue number (recorded in ``meta``)."""
    if len(text) <= 20 and (
        (("报" in text or "讯" in text) and PAPER_NAME_RE.match(text))  # (_PAPER_WORD_HINT)
        or (top and (GENERIC_PAPER_RE.match(text) or PAPER_EDITION_RE.match(text)))
    ):
        meta.setdefault("paper", SPACE_RUN_RE.sub("", printed))
        return "masthead"
    if len(text) <= 60 and (MASTHEAD_HINTED.search(text) or masthead_price(text, top)):
        number = issue_number(text)
        if number:
            meta.setdefault("issue_number", number)
        return "masthead"
    return None


def _weather_line(text: str) -> str | None:
    """A weather box's line (``多云转晴 18~26℃``, ``天气：…``, ``今日天气：多云 12℃～19℃``, ``明日天气：晴，…。``)."""
    labelled = len(text) <= 60 and _WEATHER_LABEL_RE.match(text)
    if (len(text) <= 30 or labelled) and (
        "。" not in (text[:-1] if labelled and ("：" in text or ":" in text) else text)
        and _WEATHER_HINT_RE.search(text)  # (the cheap test first: every short line comes here)
        and (WEATHER_RE.search(text) or _WEATHER_MORE_RE.search(text))
    ):
        return "weather"
    return None


# A character every match of the weather patterns holds (WEATHER_RE: ℃, 天气预报, 风力, 气温, a
# wind's 风, a sky's 晴 云 阴 雨 雪 雾 霾 沙; _WEATHER_MORE_RE: 天气, ℃, 风): a line holding none
# is no weather line, and is not searched (the patterns, searched, try every position).
_WEATHER_HINT_RE = re.compile("[℃天风气晴云阴雨雪雾霾沙]")


# A weather box's label at the start of its line: 天气：, 今日天气：, 明天天气预报.
_WEATHER_LABEL_RE = re.compile(r"^(?:今日|今天|明日|明天|本市|全市)?天气")
# More of a weather box's forms: the label (今日天气：), both ends of the range in degrees
# (12℃～19℃), the wind's force in Chinese numerals (东南风二到三级).
# (The box's label alone on its line: 本週天氣, 天气预报, 本市天气, 未来三天天气.)
_WEATHER_MORE_RE = re.compile(
    r"^(?:今日|今天|明日|明天|本周|一周|周末|本市|全市|本港|本地|本县|本区"
    r"|未来[一二三两四五六七0-9]{1,2}[天日])?天气(?:预报|概况)?$"
    r"|^(?:今日|今天|明日|明天)天气\s*[:：]|-?\d{1,2}\s*℃\s*[~～至\-—]\s*-?\d{1,2}\s*℃"
    r"|(?:[东南西北]{1,2}|偏[东南西北])风\s*[一二三四五六七八九]\s*(?:[到至~～\-—]\s*[一二三四五六七八九十])?\s*级"
)


def _navigation_metadata(text: str, meta: dict) -> None:
    """An e-paper's navigation line may say the page (第07版:城市生活) and the date."""
    header = NAV_HEADER_RE.search(text)
    if header:
        with contextlib.suppress(LabelError):
            meta.setdefault("label", normalize_label(header.group("page")))
            meta.setdefault("section", header.group("section"))
    date = DATE_IN_LINE_RE.search(text)
    if date:
        set_date(meta, date)


def is_section_label(
    folded: str, following: str | None, blank_after: bool, *, under_head: bool = False
) -> bool:
    """A section name printed alone at the top of a page (``要闻``, ``看青州·民生``, ``文化周末``:
    INPUT.md, "Encoding and layout") is the page's section, not a headline: a usual page name
    or a dotted name (``folded``, the line's folded copy, at the top of the page, before any
    text or heading), standing alone in its block (``blank_after``), with a headline or a
    continued text (``（上接第一版）``) on the next line (``following``, stripped). Right under
    the page's header line (``under_head``: a running head, masthead or page stamp was set
    aside and nothing else read yet), any short name will do (a supplement's own name: 湖光,
    夜光杯), when the headline under it is set apart from it by a blank line and is not a
    subheadline (``——…``): a kicker is printed with its headline, not a blank line above it.
    A usual page name right under the header over a text opening with a dateline is the
    section too (a text layer that puts the story's headline frame after its text)."""
    if following is None or not blank_after:
        return False
    if not SECTION_LABEL_RE.match(folded) and not (
        under_head
        and SECTION_NAME_RE.match(folded.strip())
        and not following.startswith(("——", "—", "--"))
    ):
        return False
    markers = find_markers(following)
    if markers and markers[0][0] == 0 and markers[0][2].direction == "backward":
        return True
    if under_head and SECTION_LABEL_RE.match(folded) and dateline_match(following) is not None:
        return True  # a story's text, its headline frame printed after it (PDF text layers)
    return is_heading_like(following) and dateline_match(following) is None


def set_date(meta: dict, match: re.Match) -> None:
    """Record in ``meta`` the date a match with groups ``y``, ``m``, ``d`` says (first wins)."""
    year, month, day = int(match.group("y")), int(match.group("m")), int(match.group("d"))
    if 1 <= month <= 12 and 1 <= day <= 31:
        meta.setdefault("date", f"{year:04d}-{month:02d}-{day:02d}")


def _running_head(text: str, printed: str, meta: dict) -> bool:
    """红星县报  第二版: the paper's name and the page label."""
    match = RUNNING_HEAD_RE.match(text)
    paper_group = "paper" if match.group("paper") else "paper2"
    page = match.group("page") or match.group("page2")
    try:
        label = normalize_label(page)
    except LabelError:
        return False
    if not OCR_LABEL_RE.match(page):  # (红星县报 l7: an OCR's digits, no page said)
        meta.setdefault("label", label)
    meta.setdefault("paper", SPACE_RUN_RE.sub("", printed[slice(*match.span(paper_group))]))
    return True
