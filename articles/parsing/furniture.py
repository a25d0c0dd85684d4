"""Page furniture: the lines of a page that are not a story, and what they say about the page.

:func:`furniture_reason` tells why a line is furniture (``page-label``, ``page-stamp``,
``archive-separator``, ``page-list``, ``navigation``, ``page-header``, ``masthead``, ``website``,
``english-date``, ``copyright``, ``source``, ``staff``, ``weather``, ``scan-noise``), or None; on
the way it records in ``meta`` the page's date, label, section, paper and issue number where the
line says them. What is
furniture is INPUT.md's "Page furniture" and the web-archive, e-paper and masthead lines of
"Encoding and layout"; the patterns are in :mod:`~articles.parsing.patterns`.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field

from articles.labels import LabelError, normalize_label
from articles.parsing.datelines import dateline_match
from articles.parsing.header_patterns import (
    CELEBRATION_RE,
    COPYRIGHT_RE,
    HEADER_CURRENCY_RE,
    HEADER_DATE_RE,
    HEADER_DOLLAR_RE,
    HEADER_ENGLISH_DATE_RE,
    HEADER_HINT_RE,
    HEADER_HOTLINE_RE,
    HEADER_ISSUE_RE,
    HEADER_LABEL_RE,
    HEADER_LABELLED_SECTION_RE,
    HEADER_LUNAR_RE,
    HEADER_PIECE_RE,
    HEADER_PRICE_RE,
    HEADER_PUBLISHER_RE,
    HEADER_REGISTRATION_RE,
    HEADER_SEPARATOR_RE,
    HEADER_STAFF_RE,
    HEADER_WEEKDAY_RE,
    HEADER_WORD_RE,
    LATIN_AND_PAPER_RE,
    PAPER_SECTION_RE,
    PUBLISHER_RE,
    SCAN_NOISE_RE,
    STAFF_MARK_RE,
    internal_issue_line,
    stray_marks,
)
from articles.parsing.patterns import (
    ARCHIVE_META_RE,
    CN_DATE_LINE_RE,
    DATE_IN_LINE_RE,
    DOTTED_DATE_RE,
    ENGLISH_DATE_RE,
    EPAPER_NAME_RE,
    GENERIC_PAPER_RE,
    HEADER_RE,
    ISSUE_NUMBER_RE,
    MASTHEAD_RE,
    NAV_HEADER_RE,
    NAVIGATION_RE,
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
    WEBSITE_RE,
    find_markers,
    is_heading_like,
)

# Furniture that makes the title-like lines between it and the page's first masthead line
# furniture too (a slogan, an advert strip): the masthead zone at the top of a page.
# (A header line of pieces, page-header, counts: 外电参考 over 2025年2月14日 星期五 第1版 每份1.00元
# is the paper's name over its dated masthead line.)
MASTHEAD_REASONS = frozenset(
    {"masthead", "page-stamp", "navigation", "website", "english-date", "page-list", "page-header"}
)


def furniture_reason(printed: str, folded: str, meta: dict, *, top: bool) -> str | None:
    """Why the line ``printed`` (``folded``: its folded copy) is page furniture, or None.
    ``top``: no story text has been read yet on the page (labels and slogans count only there).
    Records what the line says about the page in ``meta`` (first value wins)."""
    if SCAN_NOISE_RE.match(folded) or stray_marks(folded):
        return "scan-noise"  # an OCR's blobs and dots on a line of their own (· · ·1 ■ ■■)
    return (
        _label_or_stamp(printed, folded, meta, top)
        or header_line_reason(printed, folded, meta, top=top)
        or _site_furniture(printed, folded, meta)
        or _masthead(printed, folded, meta, top)
    )


def _label_or_stamp(printed: str, text: str, meta: dict, top: bool) -> str | None:
    if PAGE_LABEL_RE.match(text):
        if top:
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
    if CN_DATE_LINE_RE.match(text):
        return "page-stamp"  # the date in Chinese numerals (no date taken: the era may differ)
    if top and _WEEKDAY_ALONE_RE.fullmatch(text.strip()):
        return "page-stamp"  # the weekday on a line of its own under the date (e-paper headers)
    return None


# A weekday alone on a line (``星期五``, ``週五``, ``礼拜天``), as an e-paper's header cuts its date
# line into short lines; at the top of a page only, where no story has begun.
_WEEKDAY_ALONE_RE = re.compile(r"(?:星期|礼拜|周|週)[一二三四五六日天]")


_HEADER_PIECES = (
    HEADER_LABELLED_SECTION_RE,
    HEADER_HOTLINE_RE,
    HEADER_CURRENCY_RE,
    HEADER_DOLLAR_RE,
    HEADER_PRICE_RE,
    HEADER_REGISTRATION_RE,
    HEADER_LUNAR_RE,
    HEADER_ISSUE_RE,
    HEADER_STAFF_RE,
    HEADER_ENGLISH_DATE_RE,
    HEADER_DATE_RE,
    HEADER_WEEKDAY_RE,
    HEADER_PUBLISHER_RE,
)
_HEADER_WORDS = 3  # a header line names at most the paper, the section and one more word


def header_line_reason(printed: str, folded: str, meta: dict, *, top: bool) -> str | None:
    """``page-header`` when the line is a page's header made of pieces in any order (INPUT.md, "Page
    furniture": running heads, staff lines, mastheads): the date (also of the Republic calendar,
    中華民國114年10月3日 or 民國五十七年五月二十日), the weekday, the page (``A1``, ``第三版``, ``16``), the desk's
    staff (``责编/王 芳``, ``责任编辑 吴 磊``), a hotline (``广告热线：0571-…``), the price (``每份1.00元``), and
    at most three short words (the paper, the section: ``要聞``, ``地方新聞``). At least two pieces of
    date, weekday, page, staff, hotline or paper name are wanted, not all of them staff (that is
    a staff line), so that a title with a date in it is not one; anything else in the line (a
    comma, a word with a colon, a long phrase) makes it no header. Records the date (a Republic
    year plus 1911; none from Chinese numerals), and at the top of the page its label, section
    and paper. A running head :data:`~articles.parsing.patterns.HEADER_RE` reads (``A2 要闻``) is
    left to the reader, which tells a page's own head from an e-paper's list of pages. A line of
    the desk's staff alone (``责编/王 芳 美编/李 强``) is ``staff``."""
    # (the cheap tests first, as every short line comes here: a sentence is no header, and a
    # header has a date, weekday, page, staff entry, hotline or price)
    if len(folded) > 100 or "。" in folded or "，" in folded or not HEADER_HINT_RE.search(folded):
        return None
    if HEADER_RE.match(folded):
        return None
    pieces = _header_pieces(folded)
    if pieces is None:
        return None
    staff = pieces.found.get(HEADER_STAFF_RE.pattern, [])
    count = _header_count(pieces, top)
    if staff and count == len(staff):
        return _staff_line(printed, meta, pieces, top)
    if count < 2 or count == len(staff) or len(pieces.words) + len(pieces.papers) > _HEADER_WORDS:
        return None
    if len(pieces.labels) + len(pieces.found.get(HEADER_LABELLED_SECTION_RE.pattern, [])) > 1:
        # a header names one page: 01版:要闻  02版:要闻 is an e-paper's list of pages, and
        # 兰山  2  0  4 a row of a table of figures
        return None
    _header_metadata(printed, meta, pieces, top)
    return "page-header"


def _staff_line(printed: str, meta: dict, pieces: _HeaderPieces, top: bool) -> str | None:
    """``staff`` for a header line whose pieces are the desk's staff only: alone
    (责编/王  芳  美编/李  强), when it is plainly one (two entries, or a ``/`` or ``：`` after the
    role); or two entries or more after one word, the page's section (生活·美食  编辑 田小禾
    美编 高远), recorded at the top of the page. None otherwise."""
    staff = pieces.found[HEADER_STAFF_RE.pattern]
    if not pieces.words:
        return "staff" if len(staff) >= 2 or STAFF_MARK_RE.search(staff[0].group()) else None
    if len(staff) < 2 or len(pieces.words) > 1 or pieces.papers:
        return None
    if top:
        word = pieces.words[0]
        meta.setdefault("section", SPACE_RUN_RE.sub("", printed[slice(*word.span())]))
    return "staff"


@dataclass
class _HeaderPieces:
    """A candidate header line cut into pieces: the matches of each of :data:`_HEADER_PIECES`
    (by pattern), then what is left: page labels, short words, and words naming a paper."""

    found: dict[str, list[re.Match]]
    labels: list[str] = field(default_factory=list)
    words: list[re.Match] = field(default_factory=list)
    papers: list[re.Match] = field(default_factory=list)
    latin: int = 0  # words in Latin letters (the paper's name, beside a Chinese one)


def _header_pieces(folded: str) -> _HeaderPieces | None:
    """The pieces of a candidate header line, or None when something in it is no header's
    piece (a comma, a word with a colon, a long phrase). Capitalised Latin words are the
    paper's name in Latin letters when the line names the paper in Chinese too. Square brackets
    part pieces as spaces do (【2024年09月09日】第05版：社会)."""
    pieces = _HeaderPieces(found={})
    rest = folded.translate(_BRACKETS_AS_SPACES)
    for pattern in _HEADER_PIECES:
        matches = list(pattern.finditer(rest))
        if matches:
            pieces.found[pattern.pattern] = matches
            for match in matches:  # blank it out, keeping the offsets
                rest = (
                    rest[: match.start()]
                    + " " * (match.end() - match.start())
                    + rest[match.end() :]
                )
    for match in HEADER_PIECE_RE.finditer(rest):
        piece = SPACE_RUN_RE.sub("", match.group())  # 江 北 日 報: one word, letter-spaced
        if HEADER_SEPARATOR_RE.match(piece):
            continue  # the dots between pieces: 2025年7月22日．星期二．乙巳年六月廿八
        if HEADER_LABEL_RE.match(piece):
            pieces.labels.append(piece)
        elif _LATIN_WORD_RE.match(piece):
            pieces.latin += 1
        elif HEADER_WORD_RE.match(piece) and len(piece) <= 10:
            is_paper = piece.endswith("报") and len(piece) >= 3
            (pieces.papers if is_paper else pieces.words).append(match)
        else:
            return None
    if pieces.latin and (not pieces.papers or pieces.latin > _LATIN_NAME_WORDS):
        return None  # Latin words name the paper beside its Chinese name, nothing else
    return pieces


_BRACKETS_AS_SPACES = str.maketrans("【】〔〕[]", "      ")
# A word of a paper's name in Latin letters beside its Chinese name in a masthead's header line
# (星洲晨报 Sin Chew Morning Post | 2023年2月21日): capitalised, at most five of them.
_LATIN_WORD_RE = re.compile(r"^[A-Z][A-Za-z'&.\-]{0,15}$")
_LATIN_NAME_WORDS = 5


def _header_count(pieces: _HeaderPieces, top: bool) -> int:
    """How many pieces of a header the line holds (two at least make a header)."""
    found = pieces.found
    count = sum(len(m) for m in found.values()) + len(pieces.labels) + len(pieces.papers)
    if not top:
        # who publishes the paper is a masthead's piece, at the top of a page only (主办单位：…
        # in a notice's text is the notice's)
        count -= len(found.get(HEADER_PUBLISHER_RE.pattern, []))
    if not (
        pieces.labels
        or found.get(HEADER_DATE_RE.pattern)
        or found.get(HEADER_WEEKDAY_RE.pattern)
        or found.get(HEADER_PRICE_RE.pattern)
    ):
        # an issue number counts beside a date, weekday, page or price only (今日出版八版 每份
        # 人民币四分: a masthead line): 港口物流第3期工作简报 is a title
        count -= len(found.get(HEADER_ISSUE_RE.pattern, []))
    # a lunar date with its month is a date and a year in one (农历戊午年十一月二十八日 alone)
    count += sum(
        1 for m in found.get(HEADER_LUNAR_RE.pattern, []) if "月" in m.group() and "年" in m.group()
    )
    if (
        top
        and count == len(pieces.labels) == 1
        and 1 <= len(pieces.words) <= 2
        and not pieces.papers
    ):
        count = 2  # the page and its section at the top of a page: 國內 A6, 第A8版 地方新聞
    return count


def _header_metadata(printed: str, meta: dict, pieces: _HeaderPieces, top: bool) -> None:
    """Record what a header line says: its date, and at the top of a page its label, section
    and paper (first value wins)."""
    dates = pieces.found.get(HEADER_DATE_RE.pattern)
    if dates:
        _header_date(meta, dates[0])
    if not top:
        return
    for labelled in pieces.found.get(HEADER_LABELLED_SECTION_RE.pattern, []):
        # 第05版：社会: the page and its section in one piece
        with contextlib.suppress(LabelError):
            meta.setdefault("label", normalize_label(labelled.group("label")))
        meta.setdefault("section", printed[slice(*labelled.span("section"))])
    if pieces.labels:
        with contextlib.suppress(LabelError):
            meta.setdefault("label", normalize_label(pieces.labels[0]))
    sections = [w for w in pieces.words if not PUBLISHER_RE.match(w.group())]
    if sections:
        meta.setdefault("section", SPACE_RUN_RE.sub("", printed[slice(*sections[0].span())]))
    # (who publishes the paper, 中共某某市委机关报, is not its name)
    papers = [w for w in pieces.papers if not PUBLISHER_RE.match(w.group())]
    if papers:
        meta.setdefault("paper", SPACE_RUN_RE.sub("", printed[slice(*papers[0].span())]))


def _header_date(meta: dict, match: re.Match) -> None:
    """The date a :data:`~articles.parsing.patterns.HEADER_DATE_RE` match says, when written in
    Arabic digits (a Republic year counts from 1912)."""
    year, month, day = match.group("y") or match.group("y2"), match.group("m"), match.group("d")
    if match.group("roc"):
        year = str(int(match.group("roc")) + 1911)
    month, day = month or match.group("m2"), day or match.group("d2")
    if year and month.isdigit() and day.isdigit():
        y, m, d = int(year), int(month), int(day)
        if 1 <= m <= 12 and 1 <= d <= 31:
            meta.setdefault("date", f"{y:04d}-{m:02d}-{d:02d}")


def _site_furniture(printed: str, text: str, meta: dict) -> str | None:
    """Web-archive and e-paper furniture: separators, page lists, navigation, running heads."""
    if ARCHIVE_META_RE.match(text) or EMPTY_FIELD_RE.match(text):
        return "archive-separator"
    if PAGE_LIST_RE.match(text):
        return "page-list"
    # (a line that ends a sentence is text, whatever word of a site's menu it holds: 本站比赛…。)
    navigation = NAVIGATION_RE.search(text) and not text.rstrip().endswith("。")
    if navigation or _MENU_BAR_RE.match(text) or _CURRENT_PAGE_RE.match(text):
        _navigation_metadata(text, meta)
        return "navigation"
    if RUNNING_HEAD_RE.match(text) and _running_head(text, printed, meta):
        return "page-header"
    if SOURCE_RE.search(text):
        return "source"
    if STAFF_RE.match(text):
        return "staff"
    if len(text) <= 100 and "。" not in text and STAFF_IN_LINE_RE.search(text):
        # a header line with the staff in it: its date is the page's
        date = DATE_IN_LINE_RE.search(text) or DOTTED_DATE_RE.search(text)
        if date:
            set_date(meta, date)
        return "staff"
    return None


# A website's menu bar: three or more pieces parted by bars, 首页 one of them after the site's
# name (图文数据库 | 首页 | 检索 | 帮助).
_MENU_BAR_RE = re.compile(
    r"^(?=(?:[^|｜]*[|｜])*?\s*首页\s*(?:[|｜]|$))[^。，|｜]{1,30}(?:[|｜][^。，|｜]{1,12}){2,}$"
)
# An e-paper's line naming the page shown (当前版面：A05版:城事, 当前版次：第3版): navigation, its
# page and section the page's.
_CURRENT_PAGE_RE = re.compile(r"^(?:当前|本)(?:版面|版次)\s*[:：]\s*\S{1,20}$")
# A web archive's record field left empty (作者: with no name after it): the record's, never a
# headline's line.
EMPTY_FIELD_RE = re.compile(r"^(?:作者|来源|专栏|栏目|版面|版次|编辑|责任编辑|日期)\s*[:：]\s*$")


def _masthead(printed: str, text: str, meta: dict, top: bool) -> str | None:
    """Masthead lines: the paper's name or e-paper name, website, price and barcode, the date
    in English, a slogan at the top, issue numbers and registration lines; and the weather."""
    return (
        _masthead_line(text, top)
        or _masthead_notice(text, top)
        or _paper_line(printed, text, meta, top)
        or _weather_line(text)
    )


def _masthead_notice(text: str, top: bool) -> str | None:
    """The paper's name in Latin and Chinese letters at the top (PACIFIC CHINESE HERALD
    太平洋华报), or an internal paper's publisher line (县委宣传部  某某报社出版  内部资料  免费交流)."""
    if (top and LATIN_AND_PAPER_RE.match(text)) or internal_issue_line(text):
        return "masthead"
    return None


def _masthead_line(text: str, top: bool) -> str | None:
    """A masthead's own lines that say nothing about the page: prices, publisher, slogans,
    the website, an English date."""
    if EPAPER_NAME_RE.match(text) or PRICE_RE.match(text) or (SLOGAN_RE.match(text) and top):
        return "masthead"
    if HEADER_CURRENCY_RE.fullmatch(text.strip()):
        return "masthead"  # the price in a named currency: 马币1.70令吉(东马2.00令吉)
    if top and HEADER_HOTLINE_RE.fullmatch(text.strip()):
        return "masthead"  # the paper's hotline alone under its masthead: 广告热线：0571-…
    if len(text) <= 16 and PUBLISHER_RE.match(text):
        return "masthead"  # who publishes the paper: 中共清河县委主办, 中央军委机关报
    if top and (PAPER_SECTION_RE.match(text) or CELEBRATION_RE.match(text)):
        return "masthead"  # 西湖晨报 · 副刊; 热烈庆祝建军96周年 under the masthead
    if WEBSITE_RE.search(text) and len(text) <= 60 and "。" not in text:
        return "website"
    if len(text) <= _COPYRIGHT_LINE and "。" not in text[:-1] and COPYRIGHT_RE.search(text):
        return "copyright"  # 某某报社版权所有  未经授权禁止转载, at a page's foot
    if ENGLISH_DATE_RE.match(text):
        return "english-date"
    return None


_COPYRIGHT_LINE = 60  # characters: a copyright notice's line is at most this long


def _paper_line(printed: str, text: str, meta: dict, top: bool) -> str | None:
    """The paper's name, or a masthead line with its issue number (recorded in ``meta``)."""
    if len(text) <= 20 and (PAPER_NAME_RE.match(text) or (top and GENERIC_PAPER_RE.match(text))):
        meta.setdefault("paper", SPACE_RUN_RE.sub("", printed))
        return "masthead"
    if len(text) <= 60 and MASTHEAD_RE.search(text):
        number = ISSUE_NUMBER_RE.search(text)
        if number:
            meta.setdefault("issue_number", int(number.group(1)))
        return "masthead"
    return None


def _weather_line(text: str) -> str | None:
    """A weather box's line (``多云转晴 18~26℃``, ``天气：…``)."""
    if (len(text) <= 30 or (len(text) <= 60 and text.startswith("天气"))) and (
        "。" not in text and WEATHER_RE.search(text)
    ):
        return "weather"
    return None


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
    try:
        meta.setdefault("label", normalize_label(match.group("page") or match.group("page2")))
    except LabelError:
        return False
    meta.setdefault("paper", SPACE_RUN_RE.sub("", printed[slice(*match.span(paper_group))]))
    return True
