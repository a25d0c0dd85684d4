"""Lines into units: the second stage of reading a page.

:class:`Reader` goes through a page's lines once. Page furniture (page labels, page stamps,
source lines, staff lines, mastheads and paper names, weather) is set aside, recording date,
label and paper where a stamp gives them; teaser targets (``■A4看南通·要闻``) take the title lines
above them; photo credits (``记者 许丛军摄``) take the paragraph above them as the caption; byline
lines, desk signatures (``本报评论员``), end datelines and author notes are :class:`Special`
units; short lines without sentence punctuation become :class:`Heading` blocks; the rest
:class:`Para` units. A line holding several paragraphs (and a headline glued to its dateline)
is cut by :mod:`~articles.parsing.runs`; a results table after a story is its text
(:mod:`~articles.parsing.tables`). A paragraph that ends without closing punctuation is joined
with the next text line, also across a blank line (a column break); on a page of cut lines
(:mod:`~articles.parsing.layout`, :mod:`~articles.parsing.ocrprose`) prose lines are text.
Indentation starts a paragraph only on pages that wrap lines without indenting them; heading
lines over a paragraph's wrapped tail (``…就能见到`` / ``绿地。``) are that paragraph
(:mod:`~articles.parsing.sentencetails`). Continuation markers are cut out of the text and
kept, also when an OCR line break cuts one in two (:mod:`~articles.parsing.readmarkers`).
"""

from __future__ import annotations

from articles.parsing.creditreading import CreditReadingMixin
from articles.parsing.cutlines import (
    layout_headlines,
    letter_head,
    next_source_brief,
    runs_on,
    speck_lines,
)
from articles.parsing.datelines import dateline_match, dateline_only
from articles.parsing.deskends import end_note, end_special
from articles.parsing.englishbylines import credentials_under_byline
from articles.parsing.followers import closing_dateline
from articles.parsing.headcuts import rejoin_cut_heading_pieces, vertical_joined
from articles.parsing.headframes import head_cut_at_comma
from articles.parsing.itemmarks import dated_item_text
from articles.parsing.kickerheads import under_kicker
from articles.parsing.layout import (
    blank_lines_part_blocks,
    column_width,
    cut_across,
    cut_from_text,
    cut_text_in_head,
    headings_cut_from_text,
    indent_is_signal,
    is_indented,
    joins_lead_in,
    list_item,
    list_line,
    next_text,
    over_dateline,
    prose_lines,
    results_under_text,
    subheadline_over_body,
)
from articles.parsing.leadins import lead_in_words, opens_text, title_like
from articles.parsing.letterspacing import dateline_read
from articles.parsing.listitems import (
    column_line,
    indent_lost,
    list_item_title,
    list_title_goes_on,
)
from articles.parsing.names import parse_names
from articles.parsing.ocrprose import cut_prose_lines, deck_over_dateline, head_over_prose
from articles.parsing.patterns import (
    APPENDIX_HEAD_RE,
    AUTHOR_NOTE_RE,
    BYLINE_LINE_RE,
    COMMENTATOR_RE,
    CONTACT_RE,
    END_DATELINE_RE,
    QA_LINE_RE,
    SHORT_LINE,
    find_markers,
    is_heading_like,
    open_bracket_at_end,
)
from articles.parsing.photostories import take_numbered_captions
from articles.parsing.picturegroups import photo_label
from articles.parsing.pictures import PhotoPlace, PicturesMixin
from articles.parsing.quotedverse import quoted_verse, verse_introduced
from articles.parsing.readfurniture import FurnitureMixin
from articles.parsing.readmarkers import MarkersMixin
from articles.parsing.readshortcuts import colon_above, colon_counts, cut_at_end, labelled_byline
from articles.parsing.reportlines import role_glued_to_word
from articles.parsing.results import Flag, Marker, SetAside
from articles.parsing.runs import split_paragraph_runs
from articles.parsing.sentencetails import join_sentence_tail
from articles.parsing.spacing import double_spaced, join_spaced_headings, short_lined
from articles.parsing.strayspaces import goes_on_over_blank
from articles.parsing.tables import TablesMixin
from articles.parsing.teaserrows import closing_list
from articles.parsing.units import FoundPhoto, FoundTeaser, Heading, Para, Special
from articles.text import fold

# Furniture that heads a page: a short name alone under it is the page's section (see
# :func:`~articles.parsing.furniture.is_section_label`).
_DATA_BOX_LINES = 12  # lines a data box holds at most (a page without blank lines: it ends)
_HEAD_REASONS = frozenset({"page-header", "page-stamp", "page-label", "masthead", "staff"})


class Reader(FurnitureMixin, PicturesMixin, TablesMixin, CreditReadingMixin, MarkersMixin):
    """Turns lines into flow units (paragraphs, headings, specials), photos, teasers, set-asides."""

    def __init__(self, lines: list[str], page_label: str = ""):
        self.lines = lines
        self.page_label = page_label  # the page's own label when the caller knows it, else ""
        self.flow: list[object] = []
        self.photos: list[FoundPhoto] = []
        self.teasers: list[FoundTeaser] = []
        self.set_aside: list[SetAside] = []
        self.warnings: list[str] = []
        self.meta: dict = {}
        self.pending_backward: Marker | None = None
        self.pending_extra: list[Marker] = []  # more backward markers before the text they head
        self.pending_lines: list[int] = []  # the lines of pending_backward and pending_extra
        self.merge_open = False  # a merged 下转/上接 pair: the next text goes on the same story
        self.forward_line = 0  # the line of the last forward marker that ended a text
        self.seen_body = False
        self.flags: list[Flag] = []
        self.headers: list[tuple[str, str]] = []  # (label, section) of running heads at the top
        self.masthead_from: int | None = None  # the first masthead line at the top of the page
        self.under_head = False  # a header, masthead or stamp has been set aside
        self.section_taken = False  # a section name alone at the top has been set aside
        self.flow_at_photo = -1  # the flow's length when the last photo was found
        # Where each photo stands in the flow, in the order of ``photos`` (see PicturesMixin).
        self.photo_places: list[PhotoPlace] = []
        self.photo_label_at = -1  # the flow's length when the last photo label was set aside
        self.list_at = -1  # the flow's length when the last item of a list was read
        self.table_open = False  # a table of figures is being set aside
        self.table_state = ""  # a story's table being read: "title", "rows" (TablesMixin)
        self.box_lines = 0  # lines of a data box (【数据】) still to set aside; 0: none open
        self.taken_to = 0  # lines up to this number were read ahead (a caption under its credit)
        self.joined: dict[int, int] = {}  # a line cut in two (cut_at_end): its last line's number
        self.width = column_width(lines)
        self.cut_prose = not self.width and cut_prose_lines(lines)  # (ocrprose)
        self.specks = speck_lines(lines)  # no text: the lines around them stand together
        self.set_aside.extend(SetAside(n, lines[n - 1].strip(), r) for n, r in self.specks.items())
        self.blank_parts_blocks = blank_lines_part_blocks(lines)
        self.cut_heads: set[int] = set()  # headings over a text whose last line may be cut
        self.list_titles: set[int] = set()  # lines of numbered items' titles (listitems)
        self.headlines = layout_headlines(lines, self.width, self.specks)
        self.lead_ins: dict[int, bool] = {}  # line number: lead_in_words (pieces share a line)
        self.colons = colon_counts(lines)  # lines ending with a colon, counted (readshortcuts)
        self.verses = verse_introduced(lines)  # a line introduces a verse (quotedverse)
        self.parted: bool | None = None  # blank lines part paragraphs (readmarkers), read once

    # -- entry --------------------------------------------------------------------------
    def read(self) -> None:
        block_start = True
        signal = indent_is_signal(self.lines)
        lines = self.lines
        index = 0
        while index < len(lines):
            number, raw = index + 1, lines[index]
            index += 1
            stripped = raw.strip()
            if not stripped:
                block_start = True
                continue
            if number <= self.taken_to or number in self.specks:  # (specks: set aside)
                continue
            indented = signal and is_indented(raw)
            # OCR breaks lines anywhere, also inside a marker (（下轉第 / 四版）) or a note.
            while index < len(lines) and cut_at_end(stripped, lines[index], self.width):
                stripped += lines[index].strip()
                index += 1
                self.joined[number] = index
            self._line(number, stripped, indented, block_start)
            block_start = False
        self._header_metadata()
        self._box_labels()
        if self.width or short_lined(self.lines) or self.cut_prose:
            headings_cut_from_text(self.flow, self.headlines)
        if self.width and double_spaced(self.lines):
            join_spaced_headings(self.flow, self.width)
        for unit in self.flow:
            if isinstance(unit, Heading):
                unit.lines = vertical_joined(unit.lines)  # (a headline set one character a line)
            # a headline cut across short lines by the column is one headline
            if isinstance(unit, Heading) and (
                unit.line in self.headlines or unit.line in self.cut_heads
            ):
                unit.lines, pieces = rejoin_cut_heading_pieces(unit.lines, self.width)
                unit.width_pieces = pieces
        take_numbered_captions(self.flow, self.photos, self.photo_places)
        self._backward_without_text()

    # -- one line -----------------------------------------------------------------------
    def _line(self, number: int, text: str, indented: bool, block_start: bool) -> None:
        text = self._archive_separator(number, text)
        text = dated_item_text(number, text, self.flow, self.set_aside)  # ■本报讯 …: an item
        if not text or self._table_or_box(number, text, block_start):
            return
        if len(text) <= SHORT_LINE:
            # Furniture, credits, bylines, teasers are short; a long line is text (never matched).
            folded = fold(text)
            if self._signature(number, text, folded) or self._teaser_row(number, text):
                return
            in_frame = self._in_header_frame(number)
            furniture = self._line_furniture(number, text, folded, not self.seen_body or in_frame)
            if furniture:
                self._set_aside_furniture(number, text, furniture)
                return
            if self._slogan_under_masthead(number, text):
                return
            if self._teaser_line(number, text, folded, block_start):
                return
            if self._page_header(number, text, folded):
                return
            if self._section_label(number, text, folded) or (
                in_frame and self._section_in_frame(number, text, folded)
            ):
                return
            if photo_label(self.lines, number, folded):
                self.set_aside.append(SetAside(number, text, "photo-label"))
                self.photo_label_at = len(self.flow)
                return
            if self._briefs_label(number, folded):
                # 简讯: the box's label, not a story's crosshead; the story before it ends, and
                # each item of the box is a story of its own (its sign-off ends it).
                self.set_aside.append(SetAside(number, text, "briefs-label"))
                self.flow.append(Special(number, "break", ""))
                return
            if self._caption_with_credit(number, text, folded):
                return
        pieces = split_paragraph_runs(text)
        for index, piece in enumerate(pieces):
            first = index == 0
            self._piece(number, piece, indented and first, block_start and first)

    def _piece(self, number: int, text: str, indented: bool, block_start: bool) -> None:
        """One paragraph's worth of a line: a credit, byline, end dateline, or text."""
        if len(text) > SHORT_LINE:
            self._text(number, text, indented, block_start)
            return
        folded = fold(text)
        if self._parts_byline_under_title(text):  # 本报记者 张帆/文 李响/图
            self.flow.append(Special(number, "byline", text))
            return
        if self._credit_under_crosshead(number, text, folded):  # (a picture, no caption)
            return self._photo(number, text, "", number)
        if self._credit_line(number, text, folded):
            self._caption_cut_in_two()
            self._photo(number, text)
            return
        if self._artwork_credit(number, text, folded) or self._drawn_credit(number, text, folded):
            return
        if (
            END_DATELINE_RE.match(folded)
            or closing_dateline(text)
            or AUTHOR_NOTE_RE.match(folded)
            or end_note(folded, self.flow)
        ):
            # (a translator's note, （刘  敏译）, ends its text as an author note; under a title: a byline)
            self.flow.append(end_special(number, text, folded, self.flow))
            return
        if self._sign_off(number, text, folded):
            return
        if (
            (
                len(text) <= 40
                and BYLINE_LINE_RE.match(folded)
                and parse_names(text)
                and not APPENDIX_HEAD_RE.match(folded)  # 记者手记 is a head, not 记者 手记
                and not role_glued_to_word(text)  # 记者连线: a column's name
                and not runs_on(self.lines, number, text)  # cut text
            )
            or COMMENTATOR_RE.match(folded)
            or labelled_byline(text, folded)
        ):
            self.flow.append(Special(number, "byline", text))
            return
        self._text(number, text, indented, block_start)

    def _text(self, number: int, text: str, indented: bool, block_start: bool) -> None:
        if self.flow_at_photo == len(self.flow) > 0 and isinstance(self.flow[-1], Heading):
            block_start = True  # a photo stands between: the heading above has ended
        markers = find_markers(text)
        if not markers:
            self._plain(number, text, indented, block_start)
            return
        cursor = 0
        for start, end, marker in markers:
            before = text[cursor:start]
            if before.strip():
                self._plain(number, before.strip(), indented if cursor == 0 else False, block_start)
                block_start = False
            cursor = end
            if marker.direction == "forward":
                self._forward(number, marker)
            else:
                self._backward(number, marker)
        rest = text[cursor:]
        if rest.strip():
            self._plain(number, rest.strip(), False, block_start)

    def _plain(self, number: int, text: str, indented: bool, block_start: bool) -> None:
        last = self.flow[-1] if self.flow else None
        if self._glued_credit(number, text) or joins_lead_in(last, text, block_start):
            return
        if self._after_merged_pair(last, number, text, indented):
            return
        if self._repeated_title(number, text, block_start):
            return
        if self._own_paragraph(number, text, indented):
            return
        if self.width and list_item_title(self.flow, text, block_start, self.list_titles):
            self.flow.append(Heading(number, [text], block_start))
            self.list_titles.add(number)
            self.cut_heads.add(number)  # its title, cut by the column, is one line
            return
        if list_title_goes_on(self.lines, number, last, block_start, self.list_titles):
            last.lines.append(text)
            return
        if number not in self.headlines and self._continues(
            last, text, indented, block_start, number
        ):
            # A column break (or a wrapped line) cut this paragraph: join the halves.
            last.add(text)
            self._credit_closes_para(number)
            return
        if self.pending_backward is None and self._is_heading(
            number, text, last, block_start, indented
        ):
            if isinstance(last, Heading) and not block_start:
                last.lines.append(text)
                if subheadline_over_body(self.lines, number, last.lines):
                    # one subheadline cut by the column: joined with the headline lines
                    self.cut_heads.add(last.line)
                elif prose_lines(last.lines[-3:]) or cut_text_in_head(last.lines[-2], text):
                    # lines with commas inside, one after another, or a line opening with a
                    # mark that goes on a sentence (、退役军人…): cut text, not a deck
                    self.flow[-1] = Para(last.line, "".join(last.lines))
                    self.seen_body = True
            else:
                after_photo = bool(self.photos) and self.flow_at_photo == len(self.flow)
                self.flow.append(Heading(number, [text], block_start, after_photo))
            return
        self._new_para(number, text, indented)

    def _own_paragraph(self, number: int, text: str, indented: bool) -> bool:
        """Opens a paragraph with ``text`` (line ``number``) and says True when it is a line of a
        list in the text (:func:`~articles.parsing.layout.list_line`), of a quoted verse
        (:func:`~articles.parsing.quotedverse.quoted_verse`) or a speech lead-in's quote or points
        or the text after them (:func:`~articles.parsing.leadins.lead_in_words`): each its own."""
        if self.pending_backward is not None:
            return False
        if list_line(self.lines, self.flow, number, text) or closing_list(
            self.lines, self.flow, number
        ):
            self._new_para(number, text, indented)
            self.list_at = len(self.flow)  # a list item: a blank line after it ends it
            return True
        if number not in self.lead_ins:  # once a line: markers may cut it into many pieces
            # (no colon in the 12 lines above: lead_in_words says False, see colon_above)
            self.lead_ins[number] = colon_above(self.colons, number) and lead_in_words(
                self.lines, number
            )
        if self.lead_ins[number] or (self.verses and quoted_verse(self.lines, number)):
            self._new_para(number, text, indented)
            return True
        return False

    def _after_merged_pair(self, last, number: int, text: str, indented: bool) -> bool:
        """The first line after a merged 下转/上接 pair goes on the paragraph before it (or
        starts the next one when that ended a sentence): the same story goes on."""
        merged, self.merge_open = self.merge_open, False
        if not (merged and isinstance(last, Para)):
            return False
        if last.terminated:
            self.flow.append(Para(number, text, indented))
        else:
            last.add(text)
        return True

    def _is_heading(
        self, number: int, text: str, last, block_start: bool, indented: bool = False
    ) -> bool:
        """A title-like line: short, no sentence punctuation; not a dateline, not an answer
        (答：…), not a question (问：…？) printed under a crosshead (an interview's section:
        the crosshead, then the question and answers as its text), not a lead-in (声明如下：)
        nor a letter's salutation with its text after it (编辑同志：我们…),
        and on a page of cut lines not a full-width line, indent included (that is cut text: a
        short line is a headline only when the layout says so), unless a dateline opens the next line (a
        story starts there, so the line before it is its headline)."""
        if under_kicker(self.lines, self.flow, number, text):
            return True  # (社区微改造： / its headline / its subheadline, a comma in it)
        if (
            not title_like(self.lines, number, text, last, block_start)
            or dateline_read(text)
            or results_under_text(last, text)
        ):
            return False
        if self._text_all_the_same(number, text):
            return False
        folded = fold(text)
        if CONTACT_RE.search(folded):
            return False  # 联系人：钱老师  电话：0515-…: a notice's text
        qa = QA_LINE_RE.match(folded)
        if qa and (folded.startswith("答") or isinstance(last, Heading)):
            return False
        under_text = isinstance(last, Para) and last.terminated
        if opens_text(self.lines, number, text, folded, indented, under_text, self.width):
            return False
        return number in self.headlines or self._heading_at_width(number, text, last, block_start)

    def _heading_at_width(self, number: int, text: str, last, block_start: bool) -> bool:
        """On a page of cut lines (``self.width``), whether the title-like line ``text`` is a
        heading by the layout: not a line of text the column cut (see :meth:`_is_heading`)."""
        if self.width and self._cut_text_line(number, text, last, block_start):
            return False
        if self.width and column_line(self.lines, self.width, number, text):
            if isinstance(last, Heading) and not block_start:
                # (a line opening with —— under the headline is its subheadline at any width)
                return text.startswith(("——", "──")) or subheadline_over_body(
                    self.lines, number, [*last.lines, text]
                )
            following = next_text(self.lines, number)
            return following is not None and dateline_match(following) is not None
        return True

    def _text_all_the_same(self, number: int, text: str) -> bool:
        """The title-like line ``text`` (line ``number``) is text: cut from text
        (:func:`cut_from_text`), or on a page of cut prose lines a line that reads as prose
        (under text, over no dated story: :mod:`~articles.parsing.ocrprose`)."""
        prose = self.cut_prose and self.seen_body and not deck_over_dateline(self.lines, number)
        return cut_from_text(text, prose)

    def _cut_text_line(self, number: int, text: str, last, block_start: bool) -> bool:
        """On a page of cut lines, a title-like line that is a line of text the column cut: a
        word runs on into it from the open paragraph before (:func:`cut_across`), or it is a
        paragraph's first line whose indent the OCR lost (:func:`indent_lost`)."""
        if isinstance(last, Para) and not last.closed and cut_across(last.tail, text):
            return True
        return not block_start and indent_lost(
            self.lines, self.width, self.headlines, number, text, last
        )

    def _continues(
        self, last, text: str, indented: bool, block_start: bool, number: int = 0
    ) -> bool:
        """True when ``text`` goes on the paragraph ``last`` (which does not end a sentence).
        A paragraph cut inside a bracket (``本报讯（记者 何`` / ``芳）6月7日…``) or holding only
        its dateline (``本报讯（记者 苏明）``) always goes on."""
        if not isinstance(last, Para) or self.pending_backward is not None or last.closed:
            return False
        if letter_head(self.lines, self.flow, text) or credentials_under_byline(
            self.flow, last, block_start
        ):
            return False  # a letter's salutation opens its text; By … / Class of …: a byline
        if dateline_read(text) or (
            self.list_at == len(self.flow)
            and (
                block_start
                or self.row_at == self.list_at
                or (list_item(last.text) and not self._cut_line(last, text))
            )
        ):
            return False  # (▶ 秸秆不得露天焚烧: a list's line ends its paragraph unless cut)
        tail = last._parts[-1]
        if (len(last._parts) == 1 and dateline_only(tail)) or open_bracket_at_end(tail):
            return True
        # (indented, or after a finished sentence: not joined whatever over_dateline says)
        if indented or last.terminated or over_dateline(self.lines, number, text, tail):
            return False
        return not block_start or not is_heading_like(text) or self._cut_line(last, text)

    def _cut_line(self, para: Para, text: str) -> bool:
        """A paragraph cut mid-sentence goes on: on a page of cut lines, one whose last line is
        full width or cut across a word (:func:`cut_across`); after a blank line, one whose
        words OCR cut apart (:func:`goes_on_over_blank`: 经理在会上 / 他說 放假 三天)."""
        width, tail = self.width, para.tail
        cut = bool(width) and (len(tail) >= width - 1 or cut_across(tail, text))
        return cut or goes_on_over_blank(tail, text)

    def _new_para(self, number: int, text: str, indented: bool) -> None:
        if not (indented or self.pending_backward) and (
            join_sentence_tail(self.flow, number, text, self.headlines)
            or (self.cut_prose and head_over_prose(self.flow, number, text))
        ):
            return  # heading lines over a paragraph's wrapped tail (or first line) are its own
        last = self.flow[-1] if self.flow else None
        if isinstance(last, Para) and len(last._parts) > 1 and dateline_match(text):
            heading = head_cut_at_comma(self.lines, last)
            if heading is not None:  # a headline cut after its comma, over this story
                self.flow[-1] = heading
        if next_source_brief(self.flow, text):  # the next brief in a box of briefs
            self.flow.append(Special(number, "break", ""))
        para = Para(number, text, indented)
        if self.pending_backward is not None:
            para.backward = self.pending_backward
            para.markers.append(self.pending_backward)
            para.markers.extend(self.pending_extra)
            self.pending_backward = None
            self.pending_extra = []
            self.pending_lines = []
        self.flow.append(para)
        self.seen_body = True
