"""A page's header line made of pieces in any order (the date, the weekday, the page, its section,
the desk's staff, a hotline, the price, the paper's name in Chinese or Latin letters): told by
:func:`header_line_reason`, which records what the line says about the page. Applied in
:func:`~articles.parsing.furniture.furniture_reason` (INPUT.md, "Page furniture").
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field

from articles.labels import LabelError, normalize_label
from articles.parsing.eraphrases import ERA_WORDS, HEADER_ERA_RE
from articles.parsing.header_patterns import (
    HEADER_CURRENCY_RE,
    HEADER_DATE_RE,
    HEADER_DOLLAR_RE,
    HEADER_ENGLISH_DATE_RE,
    HEADER_FOLLOW_RE,
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
    OCR_LABEL_RE,
    PUBLISHER_RE,
    STAFF_MARK_RE,
)
from articles.parsing.mastheadfacts import CIRCULATION_WORD_RE, header_date, issue_number
from articles.parsing.patterns import (
    HEADER_RE,
    PAPER_NAME_RE,
    SECTION_LABEL_RE,
    SECTION_NAME_RE,
    SPACE_RUN_RE,
)
from articles.parsing.postags import folded_tags
from articles.parsing.separated_heads import spaced_head
from articles.text import HAN, get_jieba

_HEADER_PIECES = (
    HEADER_LABELLED_SECTION_RE,
    HEADER_HOTLINE_RE,
    HEADER_PRICE_RE,  # (before the currency: 零售新台幣15元 is one price)
    HEADER_CURRENCY_RE,
    HEADER_DOLLAR_RE,
    HEADER_REGISTRATION_RE,
    HEADER_LUNAR_RE,
    HEADER_ISSUE_RE,
    HEADER_STAFF_RE,
    HEADER_ENGLISH_DATE_RE,
    HEADER_DATE_RE,
    HEADER_ERA_RE,  # (after the date: 中华人民共和国成立后第八年 glued to it is left whole)
    HEADER_WEEKDAY_RE,
    HEADER_PUBLISHER_RE,
    HEADER_FOLLOW_RE,
)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July")
_MONTH_NAMES += ("August", "September", "October", "November", "December")
_HEADER_WORDS = 3  # a header line names at most the paper, the section and one more word
# Words one of which each of these pieces cannot match without (its pattern's own words): a
# line holding none of them is not searched for the piece.
_PIECE_WORDS: dict[re.Pattern, tuple[str, ...]] = {
    HEADER_LABELLED_SECTION_RE: ("版",),
    HEADER_HOTLINE_RE: ("热线", "电话", "传真"),
    HEADER_CURRENCY_RE: ("币",),
    HEADER_DOLLAR_RE: ("$",),
    HEADER_PRICE_RE: ("每份", "零售", "定价", "售价"),
    HEADER_REGISTRATION_RE: ("刊号", "准印证", "登记证", "代号"),
    HEADER_LUNAR_RE: ("年", "月"),
    HEADER_ISSUE_RE: ("期", "号", "版", "张"),
    HEADER_WEEKDAY_RE: ("星期", "礼拜", "曜"),
    HEADER_PUBLISHER_RE: ("主管", "主办", "出版"),
    HEADER_FOLLOW_RE: ("扫码", "扫描二维码", "扫一扫", "长按识别二维码", "关注"),
    # (a date in figures with 年, or in figures parted by dots, dashes or slashes: 2025.7.22)
    HEADER_DATE_RE: ("年", ".", "-", "/"),
    HEADER_ERA_RE: ERA_WORDS,
    # (the month's name: January … December)
    HEADER_ENGLISH_DATE_RE: _MONTH_NAMES,
}
# The same, each piece's words as one pattern (one search, not a look for each word).
_PIECE_WORD_RES = {
    pattern: re.compile("|".join(map(re.escape, words))) for pattern, words in _PIECE_WORDS.items()
}
# Each of _HEADER_PIECES with its words' pattern (None: it has none), in order: looked up once
# here, not a line at a time (a compiled pattern is hashed anew at each dictionary look-up, its
# whole code read: up to 8 µs for these long ones).
_PIECES_AND_WORDS = tuple((pattern, _PIECE_WORD_RES.get(pattern)) for pattern in _HEADER_PIECES)


def header_line_reason(printed: str, folded: str, meta: dict, *, top: bool) -> str | None:
    """``page-header`` when the line is a page's header made of pieces in any order (INPUT.md, "Page
    furniture": running heads, staff lines, mastheads): the date (also of the Republic calendar,
    中華民國114年10月3日 or 民國五十七年五月二十日; an era or anniversary phrase beside it,
    中华人民共和国成立后第八年: :mod:`~articles.parsing.eraphrases`), the weekday, the page (``A1``, ``第三版``, ``16``), the desk's
    staff (``责编/王 芳``, ``责任编辑 吴 磊``), a hotline (``广告热线：0571-…``), the price (``每份1.00元``), a call
    to follow the paper online (``扫码关注某某晚报微信公众号``), and
    at most three short words (the paper, the section: ``要聞``, ``地方新聞``). At least two pieces of
    date, weekday, page, staff, hotline or paper name are wanted, not all of them staff (that is
    a staff line), so that a title with a date in it is not one; anything else in the line (a
    comma, a word with a colon, a long phrase) makes it no header. Records the date (a Republic
    year plus 1911; in figures or Chinese numerals, wherever the line stands), and at the top of the page
    its label, section, paper and issue number. A running head :data:`~articles.parsing.patterns.HEADER_RE` reads (``A2 要闻``) is
    left to the reader, which tells a page's own head from an e-paper's list of pages. A line of
    the desk's staff alone (``责编/王 芳 美编/李 强``) is ``staff``."""
    # (the cheap tests first, as every short line comes here: a sentence is no header, and a
    # header has a date, weekday, page, staff entry, hotline or price)
    # (folding has made a printed ， a ",": the test is on the folded character, so that it
    # holds for both widths; the commas of an English date, "Tuesday, June 18, 2019", are that
    # piece's own, in either width, and the pieces refuse any other comma)
    if len(folded) > 100 or "。" in folded or not HEADER_HINT_RE.search(folded):
        return None
    if "," in folded and not HEADER_ENGLISH_DATE_RE.search(folded):
        return None
    if HEADER_RE.match(folded):
        # (below the page's first text, a head naming the paper after the page's number and
        # section, 2  综合新闻  青岚县报, is the page's running head where a text layer put it)
        return "page-header" if not top and _head_with_paper(folded) else None
    pieces = _header_pieces(folded)
    if pieces is None and (spaced := spaced_head(folded)) is not None:
        pieces = _header_pieces(spaced)  # 南通日报·2020年7月9日·A1: its pieces parted so
    if pieces is None or not _latin_name_fits(pieces, top):
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


def _head_with_paper(folded: str) -> bool:
    """A running head read by :data:`~articles.parsing.patterns.HEADER_RE` whose last word is a
    paper's name (``2  综合新闻  青岚县报``): three words at least, the page's number, its
    section, then the paper (:data:`~articles.parsing.patterns.PAPER_NAME_RE`)."""
    words = folded.split()
    return len(words) >= 3 and PAPER_NAME_RE.match(words[-1]) is not None


def _staff_line(printed: str, meta: dict, pieces: _HeaderPieces, top: bool) -> str | None:
    """``staff`` for a header line whose pieces are the desk's staff only: alone
    (责编/王  芳  美编/李  强), when it is plainly one (two entries, a ``/`` or ``：`` after the
    role, the page's own editor: 本版编辑　陶　然, or at the top of the page a desk's title no
    other line opens with: 责任编辑  甘  露, :data:`_DESK_TITLE_RE`); or two entries or more after one word,
    the page's section (生活·美食  编辑 田小禾  美编 高远), recorded at the top of the page.
    None otherwise."""
    staff = pieces.found[HEADER_STAFF_RE.pattern]
    if not pieces.words:
        entry = staff[0].group()
        plain = (
            len(staff) >= 2 or STAFF_MARK_RE.search(entry) or (top and _DESK_TITLE_RE.match(entry))
        )
        # 本版编辑　陶　然: the page's own editor, named so, is the page's staff line too
        return "staff" if plain or entry.startswith("本版") else None
    if len(staff) < 2 or len(pieces.words) > 1 or pieces.papers:
        return None
    if top:
        word = pieces.words[0]
        meta.setdefault("section", SPACE_RUN_RE.sub("", printed[slice(*word.span())]))
    return "staff"


# The title of a desk's staff that only a staff line opens with (a plain 编辑 or 设计 may open a
# title: 编辑 部分稿件; 责任编辑, 美编, 责任校对 never do).
_DESK_TITLE_RE = re.compile(r"^(?:责任编辑|责编|美编|美术编辑|责任校对|值班编辑|图片编辑)")


@dataclass
class _HeaderPieces:
    """A candidate header line cut into pieces: the matches of each of :data:`_HEADER_PIECES`
    (by pattern), then what is left: page labels, short words, and words naming a paper."""

    found: dict[str, list[re.Match]]
    labels: list[str] = field(default_factory=list)
    words: list[re.Match] = field(default_factory=list)
    papers: list[re.Match] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)  # 中共清河县委主办, 某某地委机关报
    latin: int = 0  # words in Latin letters (the paper's name, beside a Chinese one)
    lower_latin: int = 0  # of them, words not in capitals (Sin Chew Morning Post)


def _header_pieces(folded: str) -> _HeaderPieces | None:
    """The pieces of a candidate header line, or None when something in it is no header's
    piece (a comma, a word with a colon, a long phrase). Capitalised Latin words are the
    paper's name in Latin letters when the line names the paper in Chinese too. Square brackets
    part pieces as spaces do (【2024年09月09日】第05版：社会); the page's label in round brackets
    (``岚城日报 1983.6.14 (4)``, ``（第四版）``) is a label beside a date only."""
    pieces = _HeaderPieces(found={})
    bracketed: list[str] = []
    rest = _found_pieces(pieces, folded.translate(_BRACKETS_AS_SPACES))
    for match in HEADER_PIECE_RE.finditer(rest):
        piece = SPACE_RUN_RE.sub("", match.group())  # 江 北 日 報: one word, letter-spaced
        if HEADER_SEPARATOR_RE.match(piece):
            continue  # the dots between pieces: 2025年7月22日．星期二．乙巳年六月廿八
        if HEADER_LABEL_RE.match(piece):
            pieces.labels.append(piece)
        elif piece[:1] == "(" and _BRACKETED_LABEL_RE.match(piece):
            bracketed.append(piece[1:-1])  # 岚城日报 1983.6.14 (4): the page, in brackets
        elif len(piece) <= _PUBLISHER_WORD and PUBLISHER_RE.match(piece):
            pieces.publishers.append(piece)  # 明湖大学党委宣传部主办: who publishes the paper
        elif _LATIN_WORD_RE.match(piece):
            pieces.latin += 1
            pieces.lower_latin += not piece.isupper()
        elif HEADER_WORD_RE.match(piece) and len(piece) <= 10:
            is_paper = piece.endswith("报") and len(piece) >= 3
            (pieces.papers if is_paper else pieces.words).append(match)
        else:
            return None
    if pieces.latin > _LATIN_NAME_WORDS:
        return None  # Latin words name the paper (or the page's section), nothing longer
    if bracketed:
        # the page in brackets beside the date only: a title's (4) is its series' part
        if not pieces.found.get(HEADER_DATE_RE.pattern):
            return None
        pieces.labels.extend(bracketed)
    return pieces


def _found_pieces(pieces: _HeaderPieces, rest: str) -> str:
    """Find each of :data:`_HEADER_PIECES` in ``rest`` (into ``pieces.found``); returns ``rest``
    with them blanked out, keeping the offsets."""
    for pattern, words in _PIECES_AND_WORDS:
        if words is not None and words.search(rest) is None:
            continue
        matches = list(pattern.finditer(rest))
        if matches:
            pieces.found[pattern.pattern] = matches
            for match in matches:  # blank it out, keeping the offsets
                rest = (
                    rest[: match.start()]
                    + " " * (match.end() - match.start())
                    + rest[match.end() :]
                )
    return rest


def _latin_name_fits(pieces: _HeaderPieces, top: bool) -> bool:
    """Latin words in a header line name the paper: beside its Chinese name (星洲晨报 Sin Chew
    Morning Post | 2023年2月21日), or at the top of the page beside the date, as a masthead's
    romanised name (MINSHIN DAILY NEWS 中華民國一〇八年…) or its English section line (Tuesday,
    September 12, 2017  OVERSEAS CHINESE) prints them, in capitals (2023年5月2日 Open Day
    Today is no masthead's line); a line naming the desk's staff is the page's staff line,
    whatever Latin word stands in it (left to the staff patterns)."""
    if not pieces.latin or pieces.papers:
        return True
    found = pieces.found
    return (
        top
        and not pieces.lower_latin
        and not found.get(HEADER_STAFF_RE.pattern)
        and bool(found.get(HEADER_DATE_RE.pattern) or found.get(HEADER_ENGLISH_DATE_RE.pattern))
    )


_BRACKETS_AS_SPACES = str.maketrans("【】〔〕[]", "      ")
# The page's label in round brackets after a running head's date ((4), (第四版), folded).
_BRACKETED_LABEL_RE = re.compile(
    r"^\((?:第?[A-Za-z]{0,2}[0-9]{1,3}版?|第[〇零一二两三四五六七八九十百]{1,4}版)\)$"
)
# A word of a paper's name in Latin letters beside its Chinese name in a masthead's header line
# (星洲晨报 Sin Chew Morning Post | 2023年2月21日): capitalised, at most five of them.
# (Letters with accents too, and the short joining words between them: Diário do Golfo, a
# Portuguese name beside a Chinese one.)
_LATIN_WORD_RE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'&.\-]{0,15}|of|the|and|de|do|da|dos|das|du|des|la|le)$"
)
_LATIN_NAME_WORDS = 5
_PUBLISHER_WORD = 16  # characters: who publishes the paper, as one word of a header line


def _header_count(pieces: _HeaderPieces, top: bool) -> int:
    """How many pieces of a header the line holds (two at least make a header)."""
    found = pieces.found
    count = sum(len(m) for m in found.values()) + len(pieces.labels) + len(pieces.papers)
    if pieces.latin and not pieces.papers:
        count += 1  # the paper's name in Latin letters alone (checked by _latin_name_fits)
    if not top:
        # who publishes the paper is a masthead's piece, at the top of a page only (主办单位：…
        # in a notice's text is the notice's)
        count -= len(found.get(HEADER_PUBLISHER_RE.pattern, []))
    count -= _lone_issue_numbers(pieces)
    # a lunar date with its month is a date and a year in one (农历戊午年十一月二十八日 alone)
    count += sum(
        1 for m in found.get(HEADER_LUNAR_RE.pattern, []) if "月" in m.group() and "年" in m.group()
    )
    if top and count == 1 and _section_beside_one_piece(pieces):
        count = 2
    if count:
        # who publishes the paper (某某县委主办, 某某地委机关报) is a masthead's piece beside
        # another (a line of publishers alone is a publisher line); at the top of a page only,
        # but for an organ's name (…机关报), which no notice's line prints
        count += sum(1 for word in pieces.publishers if top or word.endswith("报"))
    return count


# characters: a section's name beside the page's label (要闻, 地方新聞, 国际国内新闻; the dots of
# 经济·产业 not counted). A longer phrase beside a page is a teaser's title (小记者走进消防站　3版,
# in a front page's 本期看点 box), not the page's own stamp.
_SECTION_WORD = 6


def _section_beside_one_piece(pieces: _HeaderPieces) -> bool:
    """At the top of a page, a line of one header piece (the only one counted) and the page's
    section: the page with its section (國內 A6, 第A8版 地方新聞: one or two words beside the
    label, one of them at most :data:`_SECTION_WORD` characters), or the section with its hotline
    (民生·热线  热线电话：96801234: one word)."""
    if pieces.papers:
        return False
    if len(pieces.labels) == 1:
        return 1 <= len(pieces.words) <= 2 and any(
            len(SPACE_RUN_RE.sub("", w.group()).replace("·", "")) <= _SECTION_WORD
            for w in pieces.words
        )
    hotlines = pieces.found.get(HEADER_HOTLINE_RE.pattern, [])
    return not pieces.labels and len(pieces.words) == 1 and len(hotlines) == 1


def _lone_issue_numbers(pieces: _HeaderPieces) -> int:
    """The issue numbers of a line that count for nothing: an issue number counts beside a
    date, weekday, page, price or publisher only (今日出版八版 每份人民币四分, 中共某某地委机关报
    本期四版: a masthead line), or beside the page count (第 412 期 (共四版): the issue and how
    many pages it has, a masthead's line); 港口物流第3期工作简报 is a title."""
    found = pieces.found
    issues = found.get(HEADER_ISSUE_RE.pattern, [])
    if (
        _issue_and_count(issues)
        or pieces.labels
        or pieces.publishers
        or found.get(HEADER_DATE_RE.pattern)
        or found.get(HEADER_WEEKDAY_RE.pattern)
        or found.get(HEADER_PRICE_RE.pattern)
    ):
        return 0
    return len(issues)


def _issue_and_count(issues: list[re.Match]) -> bool:
    """An issue number (第412期) and a page count in brackets ((共四版)) among a line's issue
    pieces. (第23456期 今日16版 is left to the masthead's issue line, which records the
    number.)"""
    if len(issues) < 2:
        return False
    texts = [m.group() for m in issues]
    return any(t[-1:] in "期号）)" and "第" in t for t in texts) and any(
        t[:1] in "(（" and ("版" in t or "张" in t) for t in texts
    )


def _header_metadata(printed: str, meta: dict, pieces: _HeaderPieces, top: bool) -> None:
    """Record what a header line says: its date, and at the top of a page its label, section,
    paper and issue number (first value wins; :mod:`~articles.parsing.mastheadfacts`)."""
    for match in pieces.found.get(HEADER_DATE_RE.pattern, []):
        if header_date(match, meta):
            break
    if not top:
        return
    for labelled in pieces.found.get(HEADER_LABELLED_SECTION_RE.pattern, []):
        # 第05版：社会: the page and its section in one piece
        with contextlib.suppress(LabelError):
            meta.setdefault("label", normalize_label(labelled.group("label")))
        meta.setdefault("section", printed[slice(*labelled.span("section"))])
    if pieces.labels and not OCR_LABEL_RE.match(pieces.labels[0]):
        with contextlib.suppress(LabelError):
            meta.setdefault("label", normalize_label(pieces.labels[0]))
    sections = [w for w in pieces.words if not PUBLISHER_RE.match(w.group())]
    if sections:
        meta.setdefault("section", SPACE_RUN_RE.sub("", printed[slice(*sections[0].span())]))
    issues = " ".join(m.group() for m in pieces.found.get(HEADER_ISSUE_RE.pattern, []))
    named = [w for w in sections if not CIRCULATION_WORD_RE.match(SPACE_RUN_RE.sub("", w.group()))]
    number = issue_number(issues) if issues and not named else None
    if number:  # (beside a section's name, the number is its own count: 读书周刊 第386期)
        meta.setdefault("issue_number", number)
    # (who publishes the paper, 中共某某市委机关报, is not its name)
    papers = [w for w in pieces.papers if not PUBLISHER_RE.match(w.group())]
    if papers:
        meta.setdefault("paper", SPACE_RUN_RE.sub("", printed[slice(*papers[0].span())]))


# A running head whose label has letters after 第 (第A1版：要闻, 第B3版 文体), as e-paper pages
# print it: HEADER_RE's form with 第 before a lettered label.
_LETTERED_HEAD_RE = re.compile(
    rf"^第\s*(?P<page>[A-Za-z]{{1,2}}\s*[0-9]{{1,3}})\s*版\s*[:：·|]?"
    rf"\s*(?P<section>(?![期号])[{HAN}][{HAN}·・\s]{{0,15}}?)"
    rf"(?:\s+\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:\s*星期[一二三四五六日天])?)?$"
)
# What parts a label from its section in a running head mid-page: a separator or a space.
_HEAD_SEPARATOR_RE = re.compile(r"[:：·|\s]$")
_PAGE_WORD_SPAN = 4  # characters from a label's 版 that jieba cuts: 版面, 版块, 版本 are two


def running_head_match(folded: str) -> re.Match | None:
    """A running head (``A2 要闻``, ``第4版：要闻``, ``第A1版：要闻``): :data:`~articles.parsing.
    patterns.HEADER_RE` or :data:`_LETTERED_HEAD_RE`, with the groups ``section`` and one of
    ``page``, ``page2``, ``page3`` (see :func:`head_label`)."""
    return HEADER_RE.match(folded) or _LETTERED_HEAD_RE.match(folded)


def head_label(header: re.Match) -> str:
    """The page label a running head's match (:func:`running_head_match`) holds."""
    groups = header.groupdict()
    return groups.get("page") or groups.get("page2") or groups.get("page3") or ""


def mid_page_head(header: re.Match, folded: str) -> bool:
    """A running head met after the page's text has begun (a PDF's text comes in frame order,
    so the head need not be the page's first line: INPUT.md, "Page PDFs") is a running head
    still, never a kicker, when its label says ``版`` (``A4版 要闻``, ``第4版：要闻``: no story's
    kicker names a page), or is a letter and digits over a usual page name (``A4 要闻``). A
    bare number's label (``3 报名须知``: a notice's numbered item) is none, nor one glued to
    what follows it without 第 or a letter (``5版块联动``).

    What follows the label is a page's name (:func:`_page_name_after_label`): a usual one
    (``第4版要闻``), or, set apart from the label, any short name that says nothing
    (``第15版　书评``). A headline that opens with a page word is none: ``A4版面改版了`` (版面
    is one word, jieba's dictionary says) or ``第九版防控方案发布`` (a statement glued to it)."""
    groups = header.groupdict()
    prefix = folded[: header.start("section")]
    section = SPACE_RUN_RE.sub("", header.group("section"))
    if groups.get("page"):
        apart = bool(_HEAD_SEPARATOR_RE.search(prefix))
        return (
            ("第" in prefix or bool(re.search("[A-Za-z]", prefix)) or apart)
            and _page_word_alone(folded, prefix)
            and _page_name_after_label(section, apart)
        )
    return bool(groups.get("page2")) and SECTION_LABEL_RE.match(section) is not None


def page_head(folded: str) -> re.Match | None:
    """:func:`running_head_match` of ``folded``, unless the line is a headline that opens with
    a page word (:func:`_headline_after_label`): the running head a page's reader sets aside."""
    header = running_head_match(folded)
    return None if header and _headline_after_label(header, folded) else header


def _headline_after_label(header: re.Match, folded: str) -> bool:
    """A running head's match (:func:`running_head_match`) that is a headline opening with a
    page word wherever it stands, even at a page's top: its ``版`` runs into a longer word
    (``A4版面改版了``: :func:`_page_word_alone`), or what follows the label says something
    (``第九版防控方案发布``: a verb after its first word, see :func:`_page_name_after_label`)
    and is no usual page name."""
    if not header.groupdict().get("page"):
        return False
    prefix = folded[: header.start("section")]
    section = SPACE_RUN_RE.sub("", header.group("section"))
    if not _page_word_alone(folded, prefix):
        return True
    return SECTION_NAME_RE.match(section) is not None and not _page_name_after_label(
        section, apart=True
    )


def _page_word_alone(folded: str, prefix: str) -> bool:
    """The label's ``版`` (the last one in ``prefix``) is a word of its own in jieba's dictionary
    cut of the line from it (``版|要闻``, ``版|：|要闻``), not the head of a longer word that runs
    into what follows (``版面|改版|了``, ``版块|联动``)."""
    at = prefix.rfind("版")
    if at < 0:
        return True
    words = get_jieba().lcut(folded[at : at + _PAGE_WORD_SPAN], HMM=False)
    return bool(words) and words[0] == "版"


def _page_name_after_label(section: str, apart: bool) -> bool:
    """``section`` (unspaced) is a page's name after its label: a usual page name
    (:data:`~articles.parsing.patterns.SECTION_LABEL_RE`: 要闻, 国际新闻, 读书周刊), or, when a
    separator or a space sets it ``apart`` from the label, a short Han name
    (:data:`~articles.parsing.patterns.SECTION_NAME_RE`: 书评, 夜光杯, 看南通) in which jieba
    reads no verb after its first word: a column may open with a call (看南通, 走基层), but
    ``防控方案发布`` is a statement, something and what happened to it (a headline's words)."""
    if SECTION_LABEL_RE.match(section):
        return True
    if not apart or not SECTION_NAME_RE.match(section):
        return False
    tags = [tag for tag in folded_tags(section) if tag != "x"]
    return not any(tag.startswith("v") and tag != "vn" for tag in tags[1:])
