"""Teasers found while reading a page's lines (:class:`TeasersMixin`, part of
:class:`~articles.parsing.reader.Reader` through :class:`~articles.parsing.pictures.PicturesMixin`).

A front page's 导读 box prints, per teaser, a title and the page it points to (INPUT.md,
"Teasers"). Papers print the two in either order:

* title first: ``冬储蔬菜货足价稳`` then ``（第四版）``, or the title lines above ``■A4看南通·要闻``;
* target first: ``■A5 海港新区`` then the title ``首批企业入驻`` on the next line.

The order is decided per box by where its first target stands: a target with no title line
just above it (the line before is set aside as page furniture) takes the line under it, and
so does every target of the box that follows right after such a teaser's title.
"""

from __future__ import annotations

import re

from articles.labels import LabelError, normalize_label
from articles.parsing.bilingual import without_english_echo
from articles.parsing.bracketteasers import bracketed_page_row, front_row_teaser
from articles.parsing.emoji import leading_emoji_as_mark
from articles.parsing.layout import bulleted
from articles.parsing.linegates import Gate
from articles.parsing.names import looks_like_name
from articles.parsing.patterns import HAN_RUN_RE, TEASER_RE, find_markers
from articles.parsing.results import SetAside
from articles.parsing.teaserpages import (
    BARE_NUMBER_TARGET_RE,
    BRACKETED_TARGET_RE,
    LEADING_TARGET_RE,
    PAGE_FIRST,
    page_first_row,
)
from articles.parsing.teaserrows import ROW_MARKS, TRAILING_TARGET_RE, list_row, trailing_target
from articles.parsing.units import FoundTeaser, Heading, Para
from articles.text import fold

_TITLE_MAX = 30  # characters: a teaser title is a headline, never a sentence
# A masthead's registration or postal number (统一刊号CN33-0000, 邮发代号32-1): no teaser title.
_REGISTRATION_RE = re.compile(r"刊号|准印证|登记证|邮发代号|CN\s*\d{2}\s*-\s*\w{3,4}")


# A teaser's target alone on its line, pointed by 详见 / 请看 / 参见 / 见 without a mark before it
# (详见A2版, 详见第2版, （详见A2版）, 见A2版, 见第二版: the whole line, the page and 版): the title lines
# above it are the teaser's. (TEASER_RE wants a mark, ■A4, or a bracket; the pointing word alone
# says as much.)
_SEE_PAGE_RE = re.compile(
    r"^(?P<open>[（(])?\s*(?:详见|请看|参见|见)\s*(?P<page>(?:第\s*)?[A-Za-zＡ-Ｚａ-ｚ]{0,2}\s*[0-9０-９]{1,3}"
    r"|第[〇零一二两三四五六七八九十百]{1,4})\s*版(?P<section>)\s*(?(open)[)）])$"
)


# A teaser's target pointed by ASCII arrows, alone on its line, before the page (>>>第2版, >>A2,
# >> A6 城事) or after it (第2版>>): the title lines above it are the teaser's. The page is named
# by a letter and number, by 第, or by a number with 版 after it, never a bare number.
_ARROW_PAGE = (
    r"(?P<page>第\s*[0-9]{1,3}|[A-Za-z]{1,2}\s*[0-9]{1,3}|第[〇零一二两三四五六七八九十百]{1,4}"
    r"|[0-9]{1,3}(?=\s*版))(?![0-9]|\s*[年月日号时点])"
)
_ARROW_BEFORE_RE = re.compile(
    rf"^[>》]{{2,}}\s*(?:详见|请看|参见|见)?\s*{_ARROW_PAGE}\s*版?\s*[:：·]?\s*"
    r"(?P<section>[^\s。，,！？!?>》]{0,12})$"
)
_ARROW_AFTER_RE = re.compile(rf"^{_ARROW_PAGE}\s*版?(?P<section>)\s*[>》]{{2,}}$")


def _arrow_target(folded: str) -> re.Match | None:
    """The ASCII-arrow target on a line (``folded``: its folded copy, stripped):
    :data:`_ARROW_BEFORE_RE` or :data:`_ARROW_AFTER_RE`; None for any other line (the cheap
    test first: an arrow at either end)."""
    if folded[:2] in (">>", "》》"):
        return _ARROW_BEFORE_RE.match(folded)
    if folded[-2:] in (">>", "》》"):
        return _ARROW_AFTER_RE.match(folded)
    return None


# A teaser box's label: 今日导读, 本期导航, 要目, 本报今日要目, 本日要目 (as the 1930s dailies
# printed it), 内容提要, 今日看点, 今日关注, 本周导读, 要闻导读 (folded: 導讀), 本报今日要闻索引;
# 本期还有 (a 1950s county paper's, over its indented rows); 本期内容, 今日内容 (a weekly's);
# maybe with its English name after it (本期导读　IN THIS ISSUE: read without it,
# :func:`_label_line`) or an emoji (今日导读👇).
_BOX_LABEL_RE = re.compile(
    r"^\W{0,3}(?:本报)?(?:(?:今日|本日|本期|本版|本周|本刊)?(?:要闻)?"
    r"(?:导读|导视|导航|要目|提要|看点|索引)|(?:今日|本期|本周)(?:关注|推荐)"
    r"|[\u4e00-\u9fff]{2}导读|(?:今日|本期|本版|本周)(?:还有|内容))\W{0,3}$"
)


# characters: a section's name after a teaser's target (■A05 城事, ■A3 公司·产业) is at most this
# long; a longer phrase there is the teaser's title (■2版　锻压分厂“五小”创新见成效).
_SECTION_AFTER_TARGET = 6
# A column's label before the title, parted by a colon (一线风采：焊花里的青春).
_COLUMN_THEN_TITLE_RE = re.compile(r"^(?P<column>[^：:\s]{2,6})\s*[：:]\s*(?P<title>\S.*)$")


def _row_title(title: str) -> tuple[str, str]:
    """A one-line teaser's title and the column it runs in, from the text before its target
    (``title``, as printed): without the row's bullet (:data:`ROW_MARKS`, ``◎``) and a column's label
    and colon before it (``长篇连载：江畔人家（四十八）`` → ``江畔人家（四十八）`` in ``长篇连载``,
    as :func:`_title_after_target` reads one after a target); ``(title, "")`` when no label opens
    it. A person's name before the colon speaks a quoting title (``王建国：把实事办到…``): kept."""
    title = title.lstrip(ROW_MARKS + "◎").strip()  # (◎: a row's mark, as no title opens)
    column = _COLUMN_THEN_TITLE_RE.match(title)
    if (
        column is not None
        and len(column.group("title")) >= 4
        and not looks_like_name(column.group("column"))
    ):
        return column.group("title").strip(), column.group("column")
    return title, ""


def _title_after_target(section: str) -> str:
    """The teaser's title when what follows its target on the same line (``section``, as
    :data:`~articles.parsing.patterns.TEASER_RE` reads it) is a title, not a section's name:
    longer than :data:`_SECTION_AFTER_TARGET` characters (spaces and the dots of 公司·产业 not
    counted), or quoting (“五小”) or a column's label and a colon before it (一线风采：焊花里的青春
    → 焊花里的青春); else ``""``."""
    column = _COLUMN_THEN_TITLE_RE.match(section)
    if column is not None and len(column.group("title")) >= 4:
        return column.group("title").strip()
    bare = "".join(section.split()).replace("·", "").replace("・", "")
    if len(bare) > _SECTION_AFTER_TARGET or any(mark in bare for mark in '“”"《》'):
        return section
    return ""


def teaser_box_label(text: str) -> bool:
    """Whether ``text`` (one line, as printed) is a teaser box's label (:data:`_BOX_LABEL_RE`:
    ``本期看点``, ``今日导读``, ``☆本报今日要目☆``): the lines under it are teasers (``小记者走进消防站
    3版``), never a table of figures nor the page's stamp."""
    label = _label_line(text)
    return len(label) <= 12 and _BOX_LABEL_RE.search(label) is not None


def _label_line(text: str) -> str:
    """A label's line as :data:`_BOX_LABEL_RE` reads it: folded, stripped, without the English
    name a bilingual page prints after it (``本期导读　IN THIS ISSUE`` → ``本期导读``:
    :func:`~articles.parsing.bilingual.without_english_echo`)."""
    return fold(without_english_echo(text))


# An item of a contents box opened by its number or bullet (1. 标题, 1．, 2、, （3）, ①, ◆标题,
# ·标题): the mark, then the title.
_CONTENTS_ITEM_RE = re.compile(
    r"^(?:[0-9]{1,2}\s*[.、]|[（(][0-9]{1,2}[)）]|[①-⑳]|[◆◇■□●○★☆·•▲△►▶-])\s*(?=\S)"
)
_CONTENTS_MARKS = frozenset("0123456789（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳◆◇■□●○★☆·•▲△►▶-")
_CONTENTS_MAX = 12  # items a contents box holds at most


def contents_items(lines: list[str], number: int) -> int:
    """How many lines from line ``number`` (1-based) on are the items of a contents box whose
    label (:data:`_BOX_LABEL_RE`: ``本期导读``, ``今日关注``, ``今日要目``) stands right above
    them (no blank line between): two or more lines in a row, each a numbered or bulleted title
    (:data:`_CONTENTS_ITEM_RE`; short, no sentence, no page it points to), then a blank line or
    the page's end, or on a page without blank lines a headline (a title-like line, no
    item). 0 when they are not: a box with any line that names a page (``■A4看青石·要闻``
    under a title) is read as teasers (INPUT.md, "Page furniture": ``本期导读`` boxes are page
    metadata, never a story's deck)."""
    if number < 2 or not _BOX_LABEL_RE.match(_label_line(lines[number - 2])):
        return 0
    count = numbered = 0
    for line in lines[number - 1 : number - 1 + _CONTENTS_MAX + 1]:
        text = fold(line.strip())
        if not text:
            break
        if _points_to_page(text):
            return 0  # (a box naming its pages, ■A4看青石·要闻: teasers)
        item = _CONTENTS_ITEM_RE.match(text)
        if not item and count >= 2 and _title_like(text) and not any(m in text for m in "，,；;"):
            break  # (a page without blank lines: the headline under the box ends it)
        if not item or not _contents_title(text[item.end() :]):
            return 0
        count += 1
        numbered += BARE_NUMBER_TARGET_RE.match(text[item.end() :]) is not None
    if numbered == count:
        return 0  # (☆标题（3） on every row: the box's pages, teasers: teaserpages)
    return count if 2 <= count <= _CONTENTS_MAX else 0


def _contents_title(title: str) -> bool:
    """Whether ``title`` (an item's text after its number or bullet, folded) is a contents
    box's title: title-like, Han, no sentence, no page it points to."""
    return not (
        not _title_like(title)
        or not HAN_RUN_RE.search(title)
        or any(mark in title for mark in "，,；;！!")
        or _SEE_PAGE_RE.match(title)
        or _arrow_target(title)
        or TRAILING_TARGET_RE.match(title)
    )


def _points_to_page(text: str) -> bool:
    """Whether the folded line ``text`` is a teaser's page pointer as a whole (``■A4看青石·要闻``,
    ``详见A3版``, ``→A5``): the target line under a teaser's title (INPUT.md, "Teasers")."""
    return bool(TEASER_RE.match(text) or _SEE_PAGE_RE.match(text) or _arrow_target(text))


def _title_like(text: str) -> bool:
    """Whether a line can be a teaser's title: short, no full stop, not a target itself."""
    text = text.strip()
    return 0 < len(text) <= _TITLE_MAX and "。" not in text and not TEASER_RE.match(text)


# A page named the English way, P for page (P2, p.4, P 12): the page's number.
_ENGLISH_PAGE_RE = re.compile(r"^[Pp]\.?\s*(?P<number>[0-9]{1,3})$")


def teaser_label(page: str) -> str:
    """The page label a teaser's target names (``page``, as printed: ``A4``, ``第三``, ``3``),
    normalised (:func:`~articles.labels.normalize_label`); a page named the English way, ``P2``
    or ``p.4`` (a bilingual paper's 导读 box), is its number. Raises
    :class:`~articles.labels.LabelError` when it is no page."""
    folded = fold(page).strip()
    english = _ENGLISH_PAGE_RE.match(folded)
    return normalize_label(english.group("number") if english else folded)


def _emoji_bullet_target(folded: str) -> re.Match | None:
    """The teaser target on a line opened by an emoji as its bullet (``🔸3版｜春茶开采``, as a
    WeChat post prints a 导读 box: :func:`~articles.parsing.emoji.leading_emoji_as_mark`), as
    :data:`~articles.parsing.patterns.TEASER_RE` reads it behind a ``■``; only when the page is
    said as one (``3版``, ``A3``, or the number parted from the title by a bar or colon): an
    emoji before a figure opens a list's line as often (``✅3项措施落地``)."""
    marked = leading_emoji_as_mark(folded)
    if marked is folded:
        return None
    match = TEASER_RE.match(marked)
    if match is None or match.group("open"):
        return None
    page, after = match.group("page"), marked[match.end("page") :].lstrip()
    if page[:1].isdigit() and after[:1] not in ("版", "|", ":", "："):
        return None
    return match


# The line gate of a teaser's target (:mod:`~articles.parsing.linegates`) from every pattern
# TeasersMixin._teaser_line reads a target with after the contents box (a leading emoji read as
# ``■``): a line it shuts out matches none. A new target form's pattern goes in here.
_TARGET_GATE = Gate(
    TEASER_RE,
    _SEE_PAGE_RE,
    TRAILING_TARGET_RE.pattern,
    LEADING_TARGET_RE,
    BRACKETED_TARGET_RE,
    BARE_NUMBER_TARGET_RE,
    _ARROW_BEFORE_RE,
    _ARROW_AFTER_RE,
    inserted="■",
)


class TeasersMixin:
    """The teaser steps of the reader (uses its ``lines``, ``flow``, ``teasers``,
    ``set_aside`` and ``warnings``)."""

    pending_teaser: FoundTeaser | None = None  # a target-first teaser awaiting its title line
    teaser_title_at = -1  # the line of the last target-first teaser's title

    def _teaser_line(self, number: int, text: str, folded: str, block_start: bool) -> bool:
        """Whether line ``number`` (its ``text``, and ``folded`` for matching) is a teaser's
        target or the title under a target-first teaser (then it is taken)."""
        if self._teaser_title(number, text):
            return True
        if text[0] in _CONTENTS_MARKS and self._contents_box(number):
            return True
        if bracketed_page_row(folded) and (teaser := front_row_teaser(self, number, folded)):
            self.teasers.append(teaser)
            return True
        if _TARGET_GATE.open(folded) is None:
            return False  # no page target on the line: none of the forms below can match
        match = TEASER_RE.match(folded) or _SEE_PAGE_RE.match(folded.strip())
        if match is not None and match.group("section") and self._pointed_row(number, text):
            return True  # ◆312次列车员…（见三版）: the page is the one pointed at the end
        if match is None:
            match = _emoji_bullet_target(folded)
        if match is None and (">" in folded or "》" in folded):
            match = _arrow_target(folded.strip())
        if match is None:
            return self._one_line_teaser(number, text)
        return self._teaser(number, text, match, block_start)

    def _pointed_row(self, number: int, text: str) -> bool:
        """A bulleted row that ends by pointing at its page (``◆312次列车员拾金不昧（见三版）``,
        ``■3号线今日试运行→A5``): a one-line teaser to that page (:meth:`_one_line_teaser`), the
        number after the bullet the title's own (a train's, a line's), not its page."""
        match = trailing_target(text.strip()) if len(text) <= 40 else None
        return (
            match is not None
            and match.group("arrow") is not None
            and self._one_line_teaser(number, text)
        )

    def _contents_box(self, number: int) -> bool:
        """Set aside the items of a contents box whose first item is line ``number``
        (:func:`contents_items`) as ``contents``, and its label as ``box-label`` when it was read
        as a heading (``今日关注``; ``本期导读`` is set aside as the masthead's already): the
        lines are read ahead, up to the box's last item."""
        count = contents_items(self.lines, number)
        if not count:
            return False
        last = self.flow[-1] if self.flow else None
        if isinstance(last, Heading) and last.line == number - 1 and len(last.lines) == 1:
            self.flow.pop()
            self.set_aside.append(SetAside(last.line, last.lines[0], "box-label"))
        for item in range(number, number + count):
            self.set_aside.append(SetAside(item, self.lines[item - 1].strip(), "contents"))
        self.taken_to = max(self.taken_to, number + count - 1)
        return True

    def _one_line_teaser(self, number: int, text: str, in_box: bool = False) -> bool:
        """A title and its page on one line (``本地新闻一览→A6``, ``…　A9``, past a bullet:
        ``▶ 标题　详见第5版``): a teaser whose title is the text before the target
        (:data:`TRAILING_TARGET_RE`), or after it in a contents box (``A3 标题``, ``【2版】标题``), read as a headline (Han characters, no sentence); a page
        after a gap alone, or in brackets (``（第二版）``), counts only inside a teaser box
        (:meth:`_in_teaser_box`; ``in_box``: the caller has found it). A line ending in a jump
        marker (``沿线设站十八个，（续见第2版）``: :func:`find_markers`) is a story's text cut off.
        The pointing word may be traditional (``絲廠工潮昨日解決（見第三版）``: read folded); a row
        opening with its page may print its title's English name after it (``P4　我在岚湾的第一个
        秋天　My First Autumn``: :func:`~articles.parsing.bilingual.without_english_echo`)."""
        printed = text.strip()
        printed = printed.lstrip(ROW_MARKS).lstrip() if bulleted(printed) else printed
        match = trailing_target(printed) if len(text) <= 40 else None
        if match is None and len(text) <= 40:
            # (A3 标题: only in a contents box; the pattern first, which fails at once on most
            # lines, then where the line stands: neither changes anything)
            match = page_first_row(text, printed)
            if match is not None and not self._under_box_label(number):
                match = None
        if match is None or len(HAN_RUN_RE.findall(match.group("title"))) == 0:
            return False
        if any(marker.direction == "forward" for _, _, marker in find_markers(text)):
            return False
        if printed != text.strip() and self._in_story_list(number):
            return False  # 县农业局提醒广大农户： / ▶ 收割后及时晾晒　详见第5版: the story's list
        arrow = match.re in PAGE_FIRST or match.group("arrow") is not None
        if not arrow and not (in_box or self._in_teaser_box(number)):
            return False  # a gap alone (地下车库　B2) points to a page only inside a teaser box
        try:
            label = teaser_label(match.group("page"))
        except LabelError:
            return False
        title = printed[slice(*match.span("title"))].strip()  # (printed, if read folded)
        title, column = _row_title(title)
        self._box_label_above(number)
        self.teasers.append(FoundTeaser(number, [title], label, column, text))
        return True

    def _in_story_list(self, number: int) -> bool:
        """Whether the bulleted line ``number`` is a line of a list in a story's text
        (:func:`~articles.parsing.teaserrows.list_row`), not a row under a teaser box's label
        or another teaser (:meth:`_under_box_label`)."""
        return not self._under_box_label(number) and list_row(self.lines, number)

    def _box_label_above(self, number: int) -> None:
        """The teaser box's label read as a one-line heading right above its first row on line
        ``number`` (``要闻导读``): set aside as ``box-label``, never a story's headline."""
        last = self.flow[-1] if self.flow else None
        if (
            isinstance(last, Heading)
            and last.line == number - 1
            and len(last.lines) == 1
            and teaser_box_label(last.lines[0])
        ):
            self.flow.pop()
            self.set_aside.append(SetAside(last.line, last.lines[0], "box-label"))

    def _teaser_row(self, number: int, text: str) -> bool:
        """A row of a teaser box ending in its page (``猜谜语赢书签　　4版``), under the box's label
        or another teaser: taken as a teaser before the page-stamp rules see it (a short title
        beside a page reads as a section beside it). The cheap test first: every short line
        comes here."""
        if text[-1] != "版" and text[:1] not in "【［[":
            return False  # (【2版】标题: the page first, in brackets)
        if self._under_box_label(number):
            return self._one_line_teaser(number, text)
        # the first of two rows or more without a label over them (小队员学做消防员　　3版 /
        # 猜谜语赢书签　　4版): a page has one stamp, and a stamp names no title
        below = self.lines[number].strip() if number < len(self.lines) else ""
        below = below.lstrip(ROW_MARKS).lstrip() if bulleted(below) else below  # (▶▶ 标题　3版)
        return (
            below[-1:] == "版"
            and TRAILING_TARGET_RE.match(below) is not None
            and self._one_line_teaser(number, text, in_box=True)
        )

    def _under_box_label(self, number: int) -> bool:
        """Whether line ``number`` (1-based) is a row of a contents box: under the box's label
        (:data:`_BOX_LABEL_RE`) or under a teaser, blank lines between them allowed (a box may
        print a blank line under its label and between its rows)."""
        above = number - 1
        while above >= 1 and not self.lines[above - 1].strip():
            above -= 1
        if above < 1:
            return False
        if self.teasers and self.teasers[-1].line == above:
            return True
        return bool(_BOX_LABEL_RE.search(_label_line(self.lines[above - 1])))

    def _in_teaser_box(self, number: int) -> bool:
        """Whether line ``number`` (1-based) stands in a teaser box: right under a teaser, or
        under the box's label (``☆今日导读☆``, :data:`_BOX_LABEL_RE`) or a line set aside."""
        if self._under_box_label(number):
            return True
        return any(item.line == number - 1 for item in self.set_aside[-3:])

    def _teaser(self, number: int, text: str, match: re.Match, block_start: bool) -> bool:
        """Record the teaser whose target ``match`` (of ``TEASER_RE``) is on line ``number``.

        Returns False when the target is no page label (the line is read as text then)."""
        if match.group("page")[:1] == "第" and text[match.end("page") :].lstrip()[:1] != "版":
            return False  # ●第二人民医院…, ■第三届…: an ordinal in a title, no page without 版
        try:
            label = teaser_label(match.group("page"))
        except LabelError:
            return False
        section = match.group("section").strip()
        printed = text[slice(*match.span("section"))].strip()  # (fold keeps offsets)
        title = _title_after_target(printed)
        if title:  # ■2版　锻压分厂“五小”创新见成效: the title on the target's line
            column = printed[: -len(title)].rstrip("：:　 ")
            # (the title is kept once: its line's; cut where it is printed, not by its length
            # from the line's end: a format character after it, U+FEFF, is no space to strip)
            target = text[: text.rfind(title, 0, match.end("section"))].rstrip()
            self._box_label_above(number)
            self.teasers.append(FoundTeaser(number, [title], label, column, target))
            return True
        if self._target_first(number):
            teaser = FoundTeaser(number, [], label, section, text)
            self.teasers.append(teaser)
            self.pending_teaser = teaser
            return True
        titles: list[str] = []
        first_line = number
        if self.flow and isinstance(self.flow[-1], Heading):
            heading = self.flow.pop()
            titles, first_line = heading.lines, heading.line
        elif self.flow and isinstance(self.flow[-1], Para) and not block_start:
            para = self.flow[-1]
            if para.size <= 80 and not para.markers and "。" not in para.text:
                self.flow.pop()
                titles, first_line = [para.text], para.line
        if not titles:
            # (a teaser needs a title, INPUT.md: a target alone, ■A4 on a page of markers only,
            # is set aside as printed, never a teaser pointing nowhere)
            said = f"line {number}: teaser {text} has no title lines above it; set aside"
            self.warnings.append(said)
            self.set_aside.append(SetAside(number, text.strip(), "teaser-untitled"))
            return True
        self.teasers.append(FoundTeaser(first_line, titles, label, section, text))
        return True

    def _target_first(self, number: int) -> bool:
        """Whether the target on line ``number`` (1-based) takes the title line under it: the
        line above is the title of a target-first teaser of the same box, or page furniture set
        aside or a registration number (no title above), and the line under it can be a title."""
        if number >= len(self.lines) or not _title_like(self.lines[number]):
            return False
        above = number - 1
        if above >= 1 and above == self.teaser_title_at:
            return True
        if above >= 1 and _REGISTRATION_RE.search(self.lines[above - 1]):
            last = self.flow[-1] if self.flow else None
            one_line = (isinstance(last, Para) and not last.markers) or (
                isinstance(last, Heading) and len(last.lines) == 1
            )
            if one_line and last.line == above:
                # the masthead's number read as text: set it aside, as furniture is
                self.flow.pop()
                self.set_aside.append(SetAside(above, self.lines[above - 1].strip(), "masthead"))
            return True
        return any(item.line == above for item in self.set_aside[-3:])

    def _teaser_title(self, number: int, text: str) -> bool:
        """Take line ``number`` as the title of the target-first teaser on the line above it;
        False (and the line is read as usual) when no teaser waits for it."""
        teaser, self.pending_teaser = self.pending_teaser, None
        if teaser is None:
            return False
        if number != teaser.line + 1 or not _title_like(text):
            # (no title under it after all: set aside, as a target with no title above is)
            said = f"line {teaser.line}: teaser {teaser.text} has no title line; set aside"
            self.warnings.append(said)
            self.teasers.remove(teaser)
            self.set_aside.append(SetAside(teaser.line, teaser.text.strip(), "teaser-untitled"))
            return False
        teaser.title_lines.append(text.strip())
        self.teaser_title_at = number
        return True
