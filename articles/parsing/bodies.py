"""Units into story bodies: the third stage of reading a page.

A dateline (``本报讯…``), a byline line, a backward marker or a closed previous story starts a
new body; a forward marker closes one (unless a backward marker to another page follows at once:
the source already merged the story). Heading lines inside an open body, followed by more of its
text, are crossheads: one line of any kind, or several that are all section heads by form
(numbered, questions); several plain lines, or a column name (``（人民论坛）``), are a new story's
deck; so is one plain line that would be its story's only crosshead and shares no word with the
story so far, over a text without a dateline that does not go on with the story's subject (a
commentary after a dispatch, a story after a continuation: flagged; see
:mod:`~articles.parsing.loneheads`). An author's line under a title (``杨德清``, ``□ 张三``, ``[美]丹尼尔·格林``)
is the byline, and a poem under them (short lines in stanzas) the text. End datelines, author
and translator notes, pen names and bylines after the last paragraph belong to the story before
them. What is left between bodies are :class:`Run` s of heading lines, which
:mod:`articles.parsing.decks` hands to the bodies around them.
"""

from __future__ import annotations

from dataclasses import dataclass

from articles.parsing.bylines import authors_split_off, next_flow
from articles.parsing.crossheads import (
    crosshead_like,
    first_day_heads_into_bodies,
    inside_open_story_text,
    is_crosshead,
)
from articles.parsing.cutlines import close_before_break
from articles.parsing.deskends import closes_story, dated_between
from articles.parsing.followers import may_follow
from articles.parsing.layout import cut_across
from articles.parsing.lettersigners import LETTER_OPENING, signer_over_reply
from articles.parsing.lettersigns import heads_taken_by_note
from articles.parsing.letterspacing import dateline_read
from articles.parsing.listitems import list_number
from articles.parsing.loneheads import HEADLINE_IN_TEXT, NEW, OPENING, lone_flag, lone_head
from articles.parsing.notices import notice_head
from articles.parsing.patterns import AUTHOR_NOTE_RE, COMMA_RE, editor_note
from articles.parsing.reader import Heading, Para, Special
from articles.parsing.results import Block, Flag
from articles.parsing.scriptswitch import other_script_head
from articles.parsing.storyends import credit_split
from articles.parsing.storyheads import (
    box_of_bullets,
    glued_headline,
    glued_headlines_page,
    head_after_run_in_brief,
    introducing_note,
    is_pen_name,
    next_marked_item,
    note_and_deck,
    over_editor_note,
)
from articles.parsing.units import Body
from articles.text import content_words, fold, overlap


@dataclass
class Run:
    headings: list[Heading]


@dataclass
class _Section:
    """The text under heading lines: its open paragraphs, the unit that ends them (a closed
    paragraph, a heading, a special, or None at the end), and whether that unit starts another
    crosshead of the same story (``more``)."""

    paras: list
    end: object
    more: bool
    brief_next: bool = False  # heading lines over a paragraph with a dateline follow the text
    item_next: bool = False  # the page ends, or one heading line over one paragraph follows


def _dated_story_at(flow: list, index: int) -> bool:
    """``flow[index]`` starts heading lines over a paragraph that opens with a dateline: the
    next story, headline and all."""
    if index >= len(flow) or not isinstance(flow[index], Heading):
        return False
    while index < len(flow) and isinstance(flow[index], Heading):
        index += 1
    following = flow[index] if index < len(flow) else None
    return isinstance(following, Para) and dateline_read(following.text) is not None


def _item_at(flow: list, index: int) -> bool:
    """The page ends at ``index``, or ``flow[index]`` is one heading line over one paragraph
    (then the page ends, or another heading follows): the next item of a run of briefs."""
    if index >= len(flow):
        return True
    unit = flow[index]
    if not isinstance(unit, Heading) or len(unit.lines) != 1 or index + 1 >= len(flow):
        return False
    para = flow[index + 1]
    after = flow[index + 2] if index + 2 < len(flow) else None
    return isinstance(para, Para) and (after is None or isinstance(after, Heading))


def _brief_between_briefs(group: list[Heading], body: Body, section: _Section | None) -> bool:
    """One plain heading line over one paragraph, between a story of one paragraph that
    opened with a dateline and heading lines over another dated paragraph, is a brief of its
    own (INPUT.md, "Headlines": a one-line headline before a story that opens without a
    dateline is still a new story): in a run of briefs, each is a headline and one paragraph,
    while a crosshead stands in a story of many paragraphs. Between briefs without datelines
    (a story of one paragraph before, one heading line over one paragraph or the page's end
    after), the line must follow a blank line, stand right over its paragraph (a blank line
    before an item and none inside it: where blank lines stand everywhere they tell nothing)
    and share few words with the brief before it (as :func:`~articles.parsing.loneheads.lone_head` wants). A line with a comma, or one a word
    runs on from into the paragraph (:func:`~articles.parsing.layout.cut_across`), is cut text."""
    if section is None or len(section.paras) != 1 or len(body.blocks) != 1:
        return False
    lines = [line for heading in group for line in heading.lines]
    if len(lines) != 1 or crosshead_like(lines[0]) or COMMA_RE.search(lines[0]):
        return False
    if cut_across(lines[0], section.paras[0].text) or body.blocks[0].kind != "paragraph":
        return False  # an OCR line cut from the paragraph under it (把播种任 / 务包到…)
    text = body.blocks[0].text
    if section.brief_next and dateline_read(text) is not None:
        return True
    # Briefs without datelines: each item set apart by a blank line, on another subject.
    return (
        section.item_next
        and group[0].after_blank
        and section.paras[0].line == group[-1].line + len(group[-1].lines)
        and overlap(content_words(lines[0]), fold(text[:OPENING])) < HEADLINE_IN_TEXT
    )


def _crosshead_at(flow: list, index: int, dated: bool = False) -> bool:
    """``flow[index]`` starts heading lines followed by text of the same story (no dateline,
    no backward marker): another crosshead, if the story has sections. ``dated``: the text may
    open with a dateline (a feature under the editor's note that introduces it may open with
    its source line)."""
    if index >= len(flow) or not isinstance(flow[index], Heading):
        return False
    while index < len(flow) and isinstance(flow[index], Heading):
        index += 1
    following = flow[index] if index < len(flow) else None
    return (
        isinstance(following, Para)
        and following.backward is None
        and (dated or dateline_read(following.text) is None)
    )


class _Segmenter:
    """Cuts the flow of units into story bodies and the runs of heading lines between them."""

    def __init__(self, blank_parts_blocks: bool = False) -> None:
        self.segments: list[Body | Run] = []
        self.flow: list = []
        self.glued_heads: bool | None = None
        self.body: Body | None = None
        self.blank_parts_blocks = blank_parts_blocks
        self.flags: list[Flag] = []
        self.at = 0  # the index in the flow of the unit after the one being cut

    def cut(self, flow: list) -> list[Body | Run]:
        self.flow = flow
        self.glued_heads = None  # glued_headlines_page(flow), when first asked
        index = 0
        while index < len(flow):
            unit = flow[index]
            following = next_flow(flow, index)
            last = self.segments[-1] if self.segments else None
            index += 1
            self.at = index  # (following's index)
            if isinstance(unit, Heading):
                group = [unit]
                while index < len(flow) and isinstance(flow[index], Heading):
                    group.append(flow[index])
                    index += 1
                after = flow[index] if index < len(flow) else None
                end = index
                while end < len(flow) and isinstance(flow[end], Para) and not flow[end].closed:
                    end += 1
                section_end = flow[end] if end < len(flow) else None
                section = _Section(
                    flow[index:end],
                    section_end,
                    _crosshead_at(flow, end),
                    _dated_story_at(flow, end),
                    _item_at(flow, end),
                )
                self._headings(group, following, after, last, section)
            elif isinstance(unit, Special):
                self._special(unit, following, last)
            else:
                notes = editor_note(unit.text) and (
                    _crosshead_at(flow, index)
                    or (introducing_note(unit.text) and _crosshead_at(flow, index, dated=True))
                )
                self._paragraph(unit, last, notes)
        return self.segments

    def _new_body(self, line: int) -> Body:
        if self.body is not None:
            self.body.open = False
        self.body = Body(line)
        self.segments.append(self.body)
        return self.body

    def _headings(self, group: list[Heading], following, after, last, section=None) -> None:
        """Heading blocks printed one after another: crossheads, a pen name, or a run."""
        body = self.body
        if last is body and self._taken_by_story(group, section, following):
            return
        if self._head_under_byline(group, body, after, last):
            body.blocks.extend(Block("crosshead", line) for line in group[0].lines)
            return
        section_end = section.end if section is not None else None
        if is_crosshead(group, body, after, last, self.blank_parts_blocks, section_end, True):
            if section is not None and self._next_item(group, body, section):
                self._run(group)
                return
            split = section and (
                credit_split(group, body, section.paras, section.end)
                or other_script_head(group, body, section.paras)
            )
            if split:  # (…。（记者 赵敏） / head / signed text, no dateline; a head in letters)
                self.flags.append(split)
                self._run(group)
                return
            lone = lone_head(group, body, section, self.blank_parts_blocks)
            if lone:  # (flagged either way)
                self.flags.append(lone_flag(group[0].line, group[0].lines[0], lone))
            if lone == NEW:
                self._run(group)
                return
            for heading in group:
                body.blocks.extend(Block("crosshead", line) for line in heading.lines)
                body.units.add(id(heading))
            return
        if is_crosshead(group, body, after, last):
            # Only the layout (a blank line on a page that prints none between paragraphs, a
            # photo before it, a dateline at the end of its text) made this a new story's
            # headline.
            self.flags.append(
                Flag(
                    group[0].line,
                    "heading-new-story",
                    f"“{group[0].lines[0]}”按新稿件的标题处理（它前有空行、紧跟在图片后，或它下面的正文"
                    "以自己的电头结束）；如果它是上一篇稿件的小标题，请把两篇合并。",
                )
            )
        unit = group[0]
        if is_pen_name(unit, body, following, last):
            body.end_lines.append(unit.lines[0])
            body.byline_lines.append(unit.lines[0])
            body.units.add(id(unit))
            body.open = False
            group = group[1:]
        if group and body is not None:
            body.open = False
        self._run(group)

    def _taken_by_story(self, group: list[Heading], section, following) -> bool:
        """Heading lines right after the open story's text that it takes: a feature's headline
        under its note, or a letter's signer over one (:func:`heads_taken_by_note`), or a
        letter's signature over the paper's answer (``觀塘讀者　鄧志偉`` / ``編者答：…``:
        :meth:`_signer_over_reply`)."""
        return heads_taken_by_note(
            group, self.body, section, self.segments
        ) or self._signer_over_reply(group, following)

    def _signer_over_reply(self, group: list[Heading], following) -> bool:
        """A letter's signature over the paper's answer to it (:func:`~articles.parsing.
        lettersigners.signer_over_reply`) made the story's byline; True when it was."""
        body = self.body
        if body is None or len(group) != 1 or len(group[0].lines) != 1:
            return False
        if not isinstance(following, Para):
            return False
        line = group[0].lines[0]
        opening = [block.text for block in body.blocks[:LETTER_OPENING]]
        if not signer_over_reply(line, opening, following.text):
            return False
        body.byline_lines.append(line)
        body.units.add(id(group[0]))
        return True

    def _next_item(self, group: list[Heading], body: Body, section: _Section) -> bool:
        """Heading lines that look like a crosshead of ``body`` but head the next item: a
        brief between briefs, the next numbered or bulleted item, a feature under (or over) its
        editor's note, a line printed as the page prints its headlines, or a notice's title."""
        return (
            _brief_between_briefs(group, body, section)
            or self._next_list_item(group, body)
            or next_marked_item(group, body, self.segments)
            or head_after_run_in_brief(group, body, self.segments)  # (▲題　text / 標題)
            or over_editor_note(group, section)  # an editor's note opens a feature of its own
            or self._printed_as_headline(group, body, section)
            or notice_head(group, body)  # 更正, 严正声明: a notice of its own after the story
        )

    def _glued_heads(self) -> bool:
        """:func:`~articles.parsing.storyheads.glued_headlines_page` of the page, read once."""
        if self.glued_heads is None:
            self.glued_heads = glued_headlines_page(self.flow)
        return self.glued_heads

    def _printed_as_headline(self, group: list[Heading], body: Body, section: _Section) -> bool:
        """One heading line inside a story printed as this page prints its headlines
        (:func:`~articles.parsing.storyheads.glued_headline`) or as the label of a box of
        bulleted items (:func:`~articles.parsing.storyheads.box_of_bullets`): a new story's
        headline, flagged."""
        if not (
            box_of_bullets(group, body, section)
            or (glued_headline(group, body, section) and self._glued_heads())
        ):
            return False
        self.flags.append(
            Flag(
                group[0].line,
                "heading-new-story",
                f"“{group[0].lines[0]}”按新稿件的标题处理：它像本版的标题一样排（前有空行、"
                "紧贴下面的正文），或是下面一组“●”条目的栏名；如果它是上一篇稿件的小标题，"
                "请把两篇合并。",
            )
        )
        return True

    def _head_under_byline(self, group: list[Heading], body: Body | None, after, last) -> bool:
        """One heading line right under a title and its author's line, over text without a
        dateline (``河边的小路`` / ``□ 周晓东`` / ``一`` / text): the story's first section head."""
        return (
            len(group) == 1
            and len(group[0].lines) == 1
            and body is not None
            and body.open
            and last is body
            and not body.blocks
            and bool(body.byline_lines)
            and len(self.segments) >= 2
            and isinstance(self.segments[-2], Run)
            and inside_open_story_text(after)
        )

    def _next_list_item(self, group: list[Heading], body: Body | None) -> bool:
        """One heading numbered ``2. 标题`` (its title on one line, or cut over two) over the
        text of a story of one paragraph headed ``1. 标题``: the next item of a numbered list of
        titles, each a story of its own (INPUT.md, "Headlines": a page's list of titles heads
        one story an item)."""
        if body is None or len(group) != 1 or len(group[0].lines) > 2 or len(body.blocks) != 1:
            return False
        if len(self.segments) < 2 or not isinstance(self.segments[-2], Run):
            return False
        number = list_number(group[0].lines[0])
        before = list_number(self.segments[-2].headings[-1].lines[0])
        return number is not None and before is not None and number == before + 1

    def _run(self, group: list[Heading]) -> None:
        """Heading blocks that are no crossheads: the story before ends; they go to the run of
        heading lines between two bodies."""
        if group and self.body is not None:
            self.body.open = False
        for heading in group:
            if self.segments and isinstance(self.segments[-1], Run):
                self.segments[-1].headings.append(heading)
            else:
                self.segments.append(Run([heading]))

    def _special(self, unit: Special, following, last) -> None:
        body = self.body
        if unit.kind == "break":  # an archive's item separator: the story before ends
            close_before_break(body, self.segments)  # (with its signature left over it)
            return
        story_before = body is not None and body.has_paragraphs and last is body
        if unit.kind == "signoff" and story_before:
            # （陈玲玲林娟） under a brief: its byline; the brief ends here.
            body.byline_lines.append(unit.text)
            body.units.add(id(unit))
            body.open = False
            return
        if unit.kind in ("byline", "signoff"):
            self._byline(unit, following, last, story_before)
        elif _opens_story(unit, following, story_before and body.open):
            # A dateline alone on a line with no open story before it opens the next one.
            if body is None or body.has_paragraphs or last is not body:
                body = self._new_body(unit.line)
            body.open = True
            body.blocks.append(Block("paragraph", unit.text))
            body.units.add(id(unit))
        else:  # an end-of-story dateline or author note closes the story before it
            if body is None:
                body = self._new_body(unit.line)
            body.blocks.append(Block("paragraph", unit.text))
            body.units.add(id(unit))
            between = dated_between(unit, following)  # （2004年6月3日） between two paragraphs
            body.end_lines.extend([] if between else [unit.text])
            body.open = between

    def _byline(self, unit: Special, following, last, story_before: bool) -> None:
        body = self.body
        after = self.flow[self.at + 1] if self.at + 1 < len(self.flow) else None
        if story_before and (
            not isinstance(following, Para | Special)
            or closes_story(following, after)
            or (isinstance(following, Para) and following.backward is not None)
        ):
            # A byline after the last paragraph, with no text of its own (or only an end
            # dateline under it: 本报评论员 / （本报北京6月3日电）, or a continuation of another
            # story opening under it: （上接A1版）…): it signs the story before it.
            body.byline_lines.append(unit.text)
            body.units.add(id(unit))
            body.open = False
            return
        if body is None or not body.open or body.has_paragraphs or last is not body:
            body = self._new_body(unit.line)
        body.byline_lines.append(unit.text)
        body.units.add(id(unit))

    def _paragraph(self, unit: Para, last, heads_text: bool = False) -> None:
        """A paragraph: on the open story, or the start of a new one. ``heads_text``: it is an
        editor's note and heading lines over more text follow it (it introduces that feature;
        a note at a story's end comments on it and stays with it)."""
        body = self.body
        starts = (
            body is None
            or not body.open
            or last is not body
            or (
                body.has_paragraphs
                and (
                    unit.backward is not None
                    or (dateline_read(unit.text) is not None and not note_and_deck(body))
                    or heads_text  # an editor's note heads what it introduces
                )
            )
        )
        before = body if starts and body is not None and last is body and body.open else None
        if starts:
            body = self._new_body(unit.line)
            if before is not None and before.has_paragraphs and unit.backward is None:
                body.follows_text_of = may_follow(unit, before, self.flags)
        body.blocks.append(Block("paragraph", unit.text))
        body.units.add(id(unit))
        body.markers.extend(unit.markers)
        if unit.closed:
            body.open = False


def _opens_story(unit: Special, following, story_open: bool) -> bool:
    """A dateline line (not an author note) followed by text, with no story open before it."""
    return (
        not story_open
        and isinstance(following, Para)
        and dateline_read(unit.text)
        and not AUTHOR_NOTE_RE.match(fold(unit.text))
    )


def segment(
    flow: list, blank_parts_blocks: bool = False, flags: list[Flag] | None = None
) -> list[Body | Run]:
    """The flow of units in print order as story bodies and runs of heading lines.
    ``blank_parts_blocks``: the page prints no blank line between paragraphs (see
    :func:`articles.parsing.reader._blank_lines_part_blocks`). Unsure decisions go to ``flags``."""
    segmenter = _Segmenter(blank_parts_blocks)
    segments = segmenter.cut(authors_split_off(flow, flags))
    first_day_heads_into_bodies(segments)  # (an itinerary's D1 under its title: its first head)
    if flags is not None:
        flags.extend(segmenter.flags)
    return segments
