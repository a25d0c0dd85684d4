"""The reader's page furniture: mastheads, page headers and section labels at the top of a page,
archive separators, data boxes, notices' signatures and sign-offs, each set aside with its reason
(:data:`~articles.importing.reports.SET_ASIDE_REASONS`) and what it says about the page recorded
(INPUT.md, "Page furniture"); with the mixins of box labels (:mod:`~articles.parsing.boxlabels`),
slogans (:mod:`~articles.parsing.slogans`), sign-offs (:mod:`~articles.parsing.readsignoffs`),
boxes, meta lines and archive records. Mixed into
:class:`~articles.parsing.reader.Reader`.
"""

from __future__ import annotations

import contextlib

from articles.labels import LabelError, normalize_label
from articles.parsing.archive_records import ArchiveRecordsMixin
from articles.parsing.boxlabels import BoxLabelsMixin
from articles.parsing.forecasts import take_forecast
from articles.parsing.furniture import (
    MASTHEAD_REASONS,
    furniture_reason,
    is_section_label,
    set_date,
)
from articles.parsing.header_lines import head_label, mid_page_head, page_head, running_head_match
from articles.parsing.header_patterns import HEADER_WORD_RE, OCR_LABEL_RE, unspaced_name
from articles.parsing.headsections import second_section, section_named_by_head
from articles.parsing.layout import next_text
from articles.parsing.mastheadfacts import masthead_facts
from articles.parsing.meta_lines import MetaLinesMixin
from articles.parsing.midsections import section_over_deck
from articles.parsing.names import looks_like_author_line
from articles.parsing.navheadlines import title_under_navigation
from articles.parsing.officesigns import dated_under_office
from articles.parsing.patterns import (
    ARCHIVE_SEPARATOR_RE,
    DATE_IN_LINE_RE,
    LIST_NUMBER_RE,
    SECTION_LABEL_RE,
    SECTION_NAME_RE,
    SHORT_LINE,
    SPACE_RUN_RE,
)
from articles.parsing.pinyinlines import pinyin_above
from articles.parsing.poemblocks import poem_under
from articles.parsing.readboxes import BoxesMixin
from articles.parsing.readsignoffs import SignOffsMixin
from articles.parsing.results import Flag, SetAside
from articles.parsing.signatures import blank_between, closing_call, signature_date, signer_line
from articles.parsing.signingdates import signed_notice_end
from articles.parsing.slogans import SlogansMixin, vertical_slogan_lines
from articles.parsing.stafflines import cut_staff_credit
from articles.parsing.units import Heading, Para, Special
from articles.parsing.webfurniture import story_chrome
from articles.parsing.wechat import post_links_end
from articles.text import fold, folding_to

# Furniture that heads a page: a short name alone under it is the page's section (see
# :func:`~articles.parsing.furniture.is_section_label`).
_COLUMN_FIELD = 10  # characters: a column's name in an archive's 专栏: field, at most
_PAPER_NAME = 10  # characters: a paper's or supplement's name over its running head, at most
_HEAD_REASONS = frozenset({"page-header", "page-stamp", "page-label", "masthead", "staff"})
# Furniture of a page's header frame (its label, its date): the lines right under it are the
# frame's too (see :meth:`FurnitureMixin._in_header_frame`).
_FRAME_REASONS = frozenset({"page-label", "page-stamp", "page-header", "page-section"})
# The characters that fold to the first character of an archive's separator (第, 专: 專 too),
# as :data:`~articles.parsing.patterns.ARCHIVE_SEPARATOR_RE` opens (folding maps a character
# to one character: a line's first character folds to 第 or 专 only if it is one of these).
_SEPARATOR_OPENERS = frozenset(folding_to("第") + folding_to("专"))


class FurnitureMixin(
    ArchiveRecordsMixin, BoxesMixin, BoxLabelsMixin, MetaLinesMixin, SlogansMixin, SignOffsMixin
):
    """Reader methods that set page furniture aside (see the module docstring)."""

    _blankless: bool | None = None  # the page prints no blank line (:meth:`_blankless_top`)

    def _signature(self, number: int, text: str, folded: str) -> bool:
        """A notice's or letter's signature after its text: organisations on their own lines
        (``东林市交通运输局``, ``某某监狱教育科``), then the date alone (``2021年9月8日``, ``一九九六年四月``:
        :func:`~articles.parsing.signatures.signature_date`). Both end the text before them (as its last lines, kept in it), so the organisation is not the next notice's kicker
        and the date not the page's. Wanted: the date line right under the organisation lines
        (blank lines between them, on a page that parts its lines so, count as none),
        which follow a paragraph (or an appeal's closing call after it, :func:`~articles.parsing.signatures.closing_call`)."""
        if not self.seen_body or len(text) > 20 or not signature_date(folded.strip()):
            return False
        last = self.flow[-1] if self.flow else None
        if dated_under_office(last, number):  # (本报编辑部 / 2026年12月3日: the notice's)
            self.flow.append(Special(number, "end", text))
            return True
        before = self.flow[-2] if len(self.flow) > 1 else None
        call = closing_call(before, self.flow[-3] if len(self.flow) > 2 else None)
        if call is not None:
            before = self.flow[-3]
        if not (
            isinstance(last, Heading)
            and blank_between(self.lines, last.line + len(last.lines), number)
            and isinstance(before, Para)
            and all(signer_line(line, before.terminated) for line in last.lines)
        ):
            return signed_notice_end(self.flow, self.lines, number, text, folded)
        self.flow.pop()
        if call is not None:
            self.flow.pop()
            self.flow.append(Special(call.line, "end", call.lines[0]))
        for offset, line in enumerate(last.lines):
            self.flow.append(Special(last.line + offset, "end", line))
        self.flow.append(Special(number, "end", text))
        return True

    def _archive_separator(self, number: int, text: str) -> str:
        """A web archive's separator and record fields (:meth:`_separator`,
        :meth:`_record_field`) set aside, and an e-paper's page field after the author field
        (:meth:`_trailing_page_field`), and the author field among a record's meta lines over its
        title (:meth:`_author_field`); a sender's dateline printed alone over a headline
        (:meth:`_dateline_over_headline`) is set aside whole, and so is a character of a slogan
        printed down the margin (:meth:`_vertical_slogan`); HTML line breaks inside the line
        (:meth:`_html_breaks`) part it. Returns what is left of the line
        to read."""
        text = cut_staff_credit(number, self._html_breaks(number, text), self.set_aside)
        if (
            not text
            or self._dateline_over_headline(number, text)
            or self._english_jump(number, text)
        ):
            return ""
        if self._block_after_slogan and self._block_after_slogan < number:
            self._pass_block_start()
        if len(text) == 1 and number in self._vertical_slogan():
            self.set_aside.append(SetAside(number, text, "slogan"))
            if number > 1 and not self.lines[number - 2].strip():
                self._block_after_slogan = number + 1  # (see _pass_block_start)
            return ""  # a character of a slogan printed down the margin
        self._place_record_byline(text)
        rest = self._separator(number, text)
        rest = self._record_field(number, rest) if rest else rest
        rest = self._trailing_page_field(number, rest) if rest else rest
        return self._author_field(number, rest) if rest else rest

    _vertical: frozenset[int] | None = None
    _block_after_slogan = 0  # the line right under a slogan's character that opened a block

    def _pass_block_start(self) -> None:
        """A slogan's character set aside where a block starts (after a blank line) passes the
        block's start to the line under it: a heading read there was printed after the blank
        line (a one-line headline, not a crosshead)."""
        last = self.flow[-1] if self.flow else None
        if isinstance(last, Heading) and last.line == self._block_after_slogan:
            last.after_blank = True
        self._block_after_slogan = 0

    def _vertical_slogan(self) -> frozenset[int]:
        """The lines of a slogan printed down the margin (:func:`~articles.parsing.slogans.
        vertical_slogan_lines`), found once a page, when a one-character line is first read."""
        if self._vertical is None:
            self._vertical = vertical_slogan_lines(self.lines)
        return self._vertical

    def _separator(self, number: int, text: str) -> str:
        """A web archive's separator (``第1版()``, ``专栏:``) is set aside; so is the item's title
        repeated right after it (``第1版()专栏: 标题 本报讯…``), and the column's name filled in
        after ``专栏:`` when nothing else follows on the line (``专栏:短评``: a field of the
        archive's record, as 版面: is) or when the repeated title follows it
        (``专栏:海外视角 标题 作者：…``: :func:`_column_field_before_title`). Returns what is
        left of the line."""
        if len(text) > 6 and text[0] not in _SEPARATOR_OPENERS:
            return text  # (專欄: in traditional script is the same separator)
        match = ARCHIVE_SEPARATOR_RE.match(fold(text[:40]))
        if not match:
            return text
        prefix, rest = text[: match.end()], text[match.end() :]
        field = rest.strip()
        column = "专" in fold(prefix)
        if column and 0 < len(field) <= _COLUMN_FIELD and " " not in field:
            # 专栏:短评 alone on its line: the record's column field, meta like 版面:, not a
            # kicker printed over the title (INPUT.md: archive separators, meta lines).
            prefix, rest = text, ""
        last = self.flow[-1] if self.flow else None
        heading = last
        if isinstance(last, Special) and last.kind == "break" and len(self.flow) > 1:
            heading = self.flow[-2]  # 第1版() then 专栏: 标题: the title is before both
        title = _record_title(heading) if rest else ""
        if title and column:
            prefix, rest = _column_field_before_title(prefix, rest, title)
        self.set_aside.append(SetAside(number, prefix.strip(), "archive-separator"))
        after = rest[len(title) : len(title) + 1]
        if title and rest.startswith(title) and (not after or after.isspace()):
            self.set_aside.append(SetAside(number, title, "repeated-title"))
            rest = rest[len(title) :].strip()
        # Each item of an archive is a record of its own: the separator ends the one before.
        if not (isinstance(last, Special) and last.kind == "break"):
            self._empty_record(number)
            self.flow.append(Special(number, "break", ""))
        return rest

    def _set_aside_furniture(self, number: int, text: str, reason: str) -> None:
        self.set_aside.append(SetAside(number, text, reason))
        if reason == "weather":
            # (the forecast in sentences under the box's label, 天气 / 今日天晴，…。: the page's)
            self.taken_to = max(self.taken_to, take_forecast(self.lines, number, self.set_aside))
            self._weather_in_story(number, text)
        if reason == "photo-label":
            self.photo_label_at = len(self.flow)  # the picture under it is an item of its own
        self.under_head = self.under_head or reason in _HEAD_REASONS
        if reason not in MASTHEAD_REASONS or self.seen_body or story_chrome(fold(text)):
            return  # (an app's counts, a page's tools under a headline are the story's: no zone)
        if reason == "page-stamp" and title_under_navigation(
            self.lines, self.flow, self.set_aside, number
        ):
            return  # (an e-paper's story page: its headline, then its date; no masthead zone)
        first = self.masthead_from
        if first is None:
            self.masthead_from = first = number
            # A header line of pieces (date, page, price) with one line right above it at the
            # top of the page: that line is the paper's name (外电参考 over its dated line).
            if reason != "page-header" or not self._paper_name_above(first):
                return
        # Title-like lines between two masthead lines at the top of the page (a slogan, an
        # advert strip) are the masthead's, not a deck; so is one line printed right above the
        # first of them as the first thing on the page (the paper's name: 参考消息).
        while (
            self.flow
            and isinstance(self.flow[-1], Heading)
            and (self.flow[-1].line > first or self._paper_name_above(first))
        ):
            heading = self.flow.pop()
            for offset, line in enumerate(heading.lines):
                self.set_aside.append(SetAside(heading.line + offset, line, "masthead"))
                masthead_facts(fold(line), self.meta)  # (主办：某某集团　第684期　2015年8月28日)
                self.flags.append(
                    Flag(
                        heading.line + offset,
                        "masthead-zone",
                        f"“{line}”印在报头区（页首的报头、日期、导航行之间），已作为版面杂项放在一边；"
                        "如果它其实是标题，请改回稿件。",
                    )
                )

    def _post_links(self, number: int) -> bool:
        """Line ``number`` and the lines under it set aside as ``navigation`` when they are a
        WeChat post's links to older posts under their label (``往期推荐`` / ``👉…``:
        :func:`~articles.parsing.wechat.post_links_end`): the account's, not teasers (they
        name no page) and never a story."""
        end = post_links_end(self.lines, number)
        for line in range(number, end + 1):
            self.set_aside.append(SetAside(line, self.lines[line - 1].strip(), "navigation"))
        self.taken_to = max(self.taken_to, end)
        return end > 0

    def _paper_name_above(self, first: int) -> bool:
        """The flow holds only one one-line heading, printed on the line right above the first
        masthead line ``first`` (no blank line between): the paper's name over its masthead."""
        if len(self.flow) != 1:
            return False
        heading = self.flow[0]
        first -= pinyin_above(self.set_aside, first)  # (its pinyin line between: pinyinlines)
        return (
            isinstance(heading, Heading) and len(heading.lines) == 1 and heading.line == first - 1
        )

    def _paper_name_over_head(self, number: int, folded: str) -> bool:
        """The page's first line, a short name (:data:`_PAPER_NAME` characters at most, no
        punctuation: the paper's, a weekly's, or the page's section), printed right above its
        running head on line ``number`` (书城周刊 / 第15版　书评　2005年6月30日): the paper's or
        supplement's name over the head (INPUT.md, "Page furniture": running heads), not a
        headline. The head (``folded``) must say ``版`` or a date: ``1 报名时间`` under ``通知``
        is a notice's numbered item, not a running head."""
        if not self._paper_name_above(number) or self.set_aside:
            return False
        if "版" not in folded and not DATE_IN_LINE_RE.search(folded):
            return False
        name = self.flow[0].lines[0].strip()
        return (
            len(name) <= _PAPER_NAME
            and HEADER_WORD_RE.match(SPACE_RUN_RE.sub("", fold(name))) is not None
            and not any(line.strip() for line in self.lines[: number - 2])
        )

    def _page_header(self, number: int, text: str, folded: str) -> bool:
        """A running head (``A2 要闻``) above the first text: set aside, its label and section kept.
        Under the masthead's dated line, the paper's name printed alone above that line
        (``环球参考`` / ``2026年4月22日 星期三`` / ``第3版 国际``) is set aside with it. After
        the page's text has begun, see :meth:`_head_mid_page`."""
        header = page_head(folded)  # (not A4版面改版了, 第九版防控方案发布: headlines)
        masthead = self.masthead_from
        if header and (
            (masthead is not None and masthead == number - 1 and self._paper_name_above(masthead))
            or (masthead is None and self._paper_name_over_head(number, folded))
        ):
            name = self.flow.pop()
            self.set_aside.append(SetAside(name.line, name.lines[0], "masthead"))
        if header and (self.seen_body or self.flow):
            return self._head_mid_page(number, text, header, folded)
        if header:
            try:
                page_label = head_label(header)
                # (a bare label whose letters are an OCR's digits, l7, says no page)
                label = "" if OCR_LABEL_RE.match(page_label) else normalize_label(page_label)
            except LabelError:
                return False
            self.headers.append((label, text[slice(*header.span("section"))].strip()))
            self.under_head = True
            self.set_aside.append(SetAside(number, text, "page-header"))
            date = DATE_IN_LINE_RE.search(folded, header.end("section"))
            if date:
                set_date(self.meta, date)
            return True
        return False

    def _head_mid_page(self, number: int, text: str, header, folded: str) -> bool:
        """A running head after the page's text has begun (:func:`~articles.parsing.header_lines.
        mid_page_head`: a PDF's frame order) standing apart from the text (a blank line on
        either side, or after a finished paragraph): set aside as ``page-header``, never the
        next story's kicker; its label is the page's when no head was read before it and no
        head stands right above or under it (an e-paper's list of its pages, one a line, says
        nothing of this page)."""
        before = self.lines[number - 2].strip() if number > 1 else ""
        after = self.lines[number].strip() if number < len(self.lines) else ""
        last = self.flow[-1] if self.flow else None
        apart = not before or not after or (isinstance(last, Para) and last.terminated)
        if not apart or not mid_page_head(header, folded):
            return False
        listed = any(running_head_match(fold(line)) for line in (before, after) if line)
        if not self.headers and not listed:
            with contextlib.suppress(LabelError):
                label = head_label(header)
                label = "" if OCR_LABEL_RE.match(label) else normalize_label(label)
                self.headers.append((label, text[slice(*header.span("section"))].strip()))
        self.set_aside.append(SetAside(number, text, "page-header"))
        return True

    def _section_label(self, number: int, text: str, folded: str) -> bool:
        """A section name printed alone at the top of a page is the page's section: set aside,
        recorded and flagged (see :func:`~articles.parsing.furniture.is_section_label`)."""
        if self.seen_body or self.flow:  # (mid-page, between a box and a deck: 國際要聞)
            return section_over_deck(self.lines, number, text, self.set_aside)
        blank_after = number < len(self.lines) and not self.lines[number].strip()
        if self.under_head and not blank_after and poem_under(self.lines, number):
            blank_after = True  # (草原风 / a poem's title / its poet / verse: the page's name)
        blank_after = blank_after or self._closes_unblanked_head(number)
        following = next_text(self.lines, number)
        name = unspaced_name(folded)  # 港  聞: a section's name is often set letter-spaced
        taken = self.section_taken and not second_section(self.set_aside, name)  # one a page
        if taken or section_named_by_head(self.headers, self.set_aside, number, name):
            return False  # (A2　要闻 / 寒潮来袭: headsections, the story's repeated headline)
        if not blank_after and self._blankless_top(number, name):
            blank_after = True  # (no blank line on the page: none could set it apart)
        if not is_section_label(
            name, following, blank_after, under_head=self.under_head
        ) and not self._usual_section_in_head(name, following, blank_after):
            return False
        if not SECTION_LABEL_RE.match(name) and looks_like_author_line(following or ""):
            return False  # a title over its author's name (副刊: 外婆的蟹壳黄 / 陈望舒)
        spaced = name != folded.strip()
        self.meta.setdefault("section", SPACE_RUN_RE.sub("", text) if spaced else text.strip())
        self.set_aside.append(SetAside(number, text, "page-section"))
        self.section_taken = True
        self.flags.append(
            Flag(
                number,
                "page-section",
                f"页首单独一行的“{text}”按本版的栏目名处理，没有算作标题；如果它是稿件的引题，请加回标题。",
            )
        )
        return True

    def _blankless_top(self, number: int, name: str) -> bool:
        """Line ``number``, a usual or dotted section name (``name``, unspaced and folded:
        :data:`~articles.parsing.patterns.SECTION_LABEL_RE`) at the top of a page that prints no
        blank line between its first and last lines of text (a text layer or web dump of one
        line a paragraph): there it stands alone in its block as it can (``城市·生活`` /
        ``防暑降温这些事要知道``), without the blank line other pages print under it. Not right
        under the page's label set aside (``3`` / ``综合新闻``), which the header frame's own rule
        reads (:meth:`_section_in_frame`). The page's lines are read once a page."""
        if not SECTION_LABEL_RE.match(name):
            return False
        last = self.set_aside[-1] if self.set_aside else None
        if last is not None and last.line == number - 1 and last.reason == "page-label":
            return False
        if self._blankless is None:
            texts = [bool(line.strip()) for line in self.lines]
            first = texts.index(True) if True in texts else 0
            end = len(texts) - texts[::-1].index(True) if True in texts else 0
            self._blankless = all(texts[first:end])
        return self._blankless

    def _closes_unblanked_head(self, number: int) -> bool:
        """Line ``number`` closes a running head printed in lines of its own on a page that
        prints no blank line above it (a PDF text layer: ``2008年5月13日 星期二 编辑：…`` /
        ``A3`` / ``内河航运``): the line right above it was set aside as the page's label alone
        (a header line naming the page, ``第5版  综合``, may stand right over a headline), so a
        blank line, which such a page never prints, is not needed to set the
        section's name apart from the headline under it."""
        last = self.set_aside[-1] if self.set_aside else None
        if last is None or last.line != number - 1 or last.reason != "page-label":
            return False
        following = self.lines[number].strip() if number < len(self.lines) else ""
        if SECTION_LABEL_RE.match(unspaced_name(fold(self.lines[number - 1]))) or (
            not following or furniture_reason(following, fold(following), {}, top=True)
        ):
            return False  # (a usual page name, or one inside the header frame: _section_in_frame's)
        return all(line.strip() for line in self.lines[:number])

    def _usual_section_in_head(self, folded: str, following: str | None, blank_after: bool) -> bool:
        """A usual page name (:data:`~articles.parsing.patterns.SECTION_LABEL_RE`: 要闻, 文体)
        in the page's head is its section whatever story follows: over the page's header line
        (its label, date or staff: ``要闻`` / ``A02``), or alone in its block right under it
        (``A02`` / blank / ``要闻`` / blank / the first story's text)."""
        if not SECTION_LABEL_RE.match(folded) or following is None:
            return False
        if self.under_head and blank_after:
            return True
        return len(following) <= SHORT_LINE and bool(
            furniture_reason(following, fold(following), {}, top=True)
        )

    def _in_header_frame(self, number: int) -> bool:
        """Line ``number`` stands right under a page label or date set aside (no blank line
        between): a line of the page's header frame, which a PDF text layer prints where its
        frame comes (INPUT.md, "Page PDFs": frame order, not reading order), also after the
        page's text has begun; its lines are read as at the top of the page."""
        if not self.set_aside:
            return False
        last = self.set_aside[-1]
        return last.line == number - 1 and last.reason in _FRAME_REASONS

    def _section_in_frame(self, number: int, text: str, folded: str) -> bool:
        """A short name between two lines of a header frame (:meth:`_in_header_frame`: a page
        label above it, the date or staff line right under it) is the page's section, as a
        section name alone at the top of a page is. A usual page name (``要闻``: see
        :data:`~articles.parsing.patterns.SECTION_LABEL_RE`) right under the page's label
        (``A02``) is its section whatever follows: a PDF text layer prints the label, then the
        section, before the page's stories. Its letters may be spaced out (``溪  畔``). A name
        over a story's meta line (:func:`~articles.parsing.webfurniture.story_chrome`) is the
        story's headline."""
        following = self.lines[number].strip() if number < len(self.lines) else ""
        under_label = self.set_aside[-1].reason == "page-label"
        name = unspaced_name(folded)  # 溪  畔: a supplement's name is often set letter-spaced
        if self.section_taken or not SECTION_NAME_RE.match(name) or story_chrome(following):
            return False  # (over a story's meta line, 来源：… 2015-06-12, it is the headline)
        if not (under_label and SECTION_LABEL_RE.match(name)) and (
            not following
            or len(following) > SHORT_LINE
            or not furniture_reason(following, fold(following), {}, top=True)
        ):
            return False
        self.meta.setdefault("section", text.strip())
        self.set_aside.append(SetAside(number, text, "page-section"))
        self.section_taken = True
        return True

    def _header_metadata(self) -> None:
        """The page's label and section from its running head. Several heads at the top are an
        e-paper's page list (01版:要闻 02版:要闻 …); the page's own head is the one printed again
        after the list. With no repeat, the list says nothing about this page."""
        if not self.headers:
            return
        label, section = self.headers[-1]
        if len(self.headers) > 1 and label not in {lab for lab, _ in self.headers[:-1]}:
            return
        if label:
            self.meta.setdefault("label", label)
        self.meta.setdefault("section", section)

    # -- text ---------------------------------------------------------------------------


def _record_title(heading) -> str:
    """The title an archive's record was listed under (the heading read before its separator,
    its list number cut: ``5. 标题`` → ``标题``), or "" when no heading stands there."""
    if not isinstance(heading, Heading):
        return ""
    title = heading.lines[-1]
    number_match = LIST_NUMBER_RE.match(title)
    return title[number_match.end() :] if number_match else title


def _column_field_before_title(prefix: str, rest: str, title: str) -> tuple[str, str]:
    """An archive's ``专栏:`` field filled with the column's name and then the item's title
    repeated on the same line (``专栏:海外视角 一位外国学者眼中的“慢城” 作者：…``): the name (at
    most :data:`_COLUMN_FIELD` characters, no space) is the record's field, set aside with the
    separator (``prefix``), and what is left of the line (``rest``) starts with the title.
    Unchanged when the title does not follow the name."""
    field = rest.lstrip()
    name = field.split(None, 1)[0] if field else ""
    after = field[len(name) :].lstrip()
    if not (title and 0 < len(name) <= _COLUMN_FIELD and after.startswith(title)):
        return prefix, rest
    cut = len(rest) - len(field) + len(name)
    return prefix + rest[:cut], rest[cut:].lstrip()
