"""Whether heading lines inside a story are its crossheads or a new story's deck (see
:mod:`articles.parsing.bodies`): section heads by form, bracketed labels, a story's own box
heads, and the signs that one plain line starts a new story after all (a photo before it, its
own dateline at its text's end, a blank line on a page that prints none between paragraphs).
"""

from __future__ import annotations

import re

from articles.parsing.bylines import is_column_name
from articles.parsing.factfields import day_head
from articles.parsing.letterspacing import dateline_read
from articles.parsing.patterns import (
    APPENDIX_HEAD_RE,
    AUTHOR_NOTE_RE,
    BARE_NUMERAL_RE,
    NUMBERED_HEAD_RE,
    QA_LINE_RE,
    is_heading_like,
)
from articles.parsing.reader import Heading, Para, Special
from articles.parsing.results import Block, Flag
from articles.parsing.units import Body
from articles.text import HAN, fold


def crosshead_like(line: str) -> bool:
    """A section head by its form: numbered, a question, 问：/答：, a lead-in ending in ——, a
    short label after a triangle (``▲原告陈述``: :func:`marked_head`)."""
    t = line.strip()
    return (
        bool(NUMBERED_HEAD_RE.match(t))
        or bool(BARE_NUMERAL_RE.match(t))
        or t.endswith(("？", "?", "——"))
        or marked_head(t)
        or day_head(t)
    )


# A triangle, then a short label of Han characters and nothing else (folded).
_MARKED_HEAD_RE = re.compile(rf"^[▲△]\s*[{HAN}]{{2,8}}$")


def marked_head(line: str) -> bool:
    """A section head marked with a triangle (``▲原告陈述``, ``△被告答辩``: a court or meeting
    report's parts, as old papers set them): a label of two to eight Han characters after the
    mark, nothing more. A caption under ▲ says a sentence (``▲开工仪式现场。``), a headless brief
    under △ opens with its dateline or text; neither is a label alone."""
    return bool(_MARKED_HEAD_RE.match(fold(line.strip())))


# A label alone on its line in square brackets: 【案情】, 〔审理〕, [说法].
_BRACKETED_LABEL_RE = re.compile(r"^[【〔\[]\s*[^\W\d_]{2,8}\s*[】〕\]]$")


def _bracketed_crosshead(lines: list[str]) -> bool:
    """One label in square brackets alone on its line, between paragraphs of a story whose text
    goes on under it without a dateline (a case report's 【案情】 / 【审理】 / 【说法】): that
    story's section head, as 【背景】 heads its box; a column's label (【社论】) is printed over
    a headline of its own, on the same line or the next."""
    return len(lines) == 1 and bool(_BRACKETED_LABEL_RE.match(fold(lines[0].strip())))


_BOX_MARKS = "■□●◆▲★☆◇△"  # marks a box's label may open with (■小贴士)
# A box of facts for the story above (links, background, tips, a profile), not a piece of its
# own: a reporter's notes (记者手记) or a comment (编后, 短评) over a title is an item.
_BOX_LABEL_RE = re.compile(
    r"^[【\[（(〔]?\s*(?:(?:相关|新闻|知识|背景)?链接|背景(?:资料)?|延伸阅读|名词解释|小资料|"
    r"(?:人物)?简介|(?:人物|小)?档案|(?:小|温馨)?贴士|温馨提示)\s*[】\]）)〕]?$"
)


def _box_label(line: str) -> bool:
    """A story's own box label (``链接``, ``■小贴士``, ``【背景】``: :data:`_BOX_LABEL_RE`, a box
    mark before it or not). Over
    a title set tight over the box's text it heads a box of the story before; set apart from
    its text by a blank line (``■记者手记`` / title / blank / text) it heads an item of its own."""
    return bool(_BOX_LABEL_RE.match(fold(line.strip().lstrip(_BOX_MARKS).strip())))


def _labelled_head(lines: list[str], group: list[Heading], following) -> bool:
    """Two heading lines that are one section head of the story: ``一`` alone over the
    section's title (``一`` / ``蓝军“不按套路出牌”``), or a box label over the box's title set
    tight over its text (``链接`` / ``什么是城市更新单元``: the story's own box)."""
    if BARE_NUMERAL_RE.match(lines[0].strip()):
        return True
    return _box_label(lines[0]) and _tight(group, following)


def _tight(group: list[Heading], following) -> bool:
    """The text ``following`` the heading lines ``group`` stands on the next line, no blank
    line between."""
    return following.line == group[-1].line + len(group[-1].lines)


def _new_story_after(heading: Heading, body: Body, section_end) -> bool:
    """One plain heading line inside a story that is a new story's headline all the same: it is
    printed right after a photo (the story before ends with its picture; not when the story is a
    sectioned feature and the line reads as its next section's head: :func:`_like_its_crossheads`),
    or the story before
    opened with its dateline and the text under this line ends with a dateline of its own
    (``（新华社惠灵顿3月11日电）``): a story has one dateline."""
    if heading.after_photo:
        return not _like_its_crossheads(heading.lines, body)
    if not (isinstance(section_end, Special) and section_end.kind == "end"):
        return False
    if AUTHOR_NOTE_RE.match(fold(section_end.text)):
        return False
    first = next((b.text for b in body.blocks if b.kind == "paragraph"), "")
    return dateline_read(first) is not None


_SECTION_HEADS = (
    2  # crossheads a story has printed before a picture, at least, to be read as sectioned
)


def _like_its_crossheads(lines: list[str], body: Body) -> bool:
    """``lines`` (one heading line, printed right after a picture inside ``body``) read as the
    story's next section head: the story has printed :data:`_SECTION_HEADS` crossheads or more
    before it, and the line is set like them: a quotation, as one of them at least is
    (``“带出一支过硬的队伍”`` after ``“焊缝就是我的脸面”``). A feature's pictures stand between its
    sections; a new story after a picture is set like a headline (a plain line about as long
    as a section head may be one: ``东川换流站首台换流变压器就位``), not quoted like the feature's
    sections nor worded in parallel with them (:func:`_parallel_heads`)."""
    heads = [b.text.strip() for b in body.blocks if b.kind == "crosshead"]
    if len(lines) != 1 or len(heads) < _SECTION_HEADS:
        return False
    line = lines[0].strip()
    quoted = [head for head in heads if head[:1] == "“" and head[-1:] == "”"]
    if line[:1] == "“" and line[-1:] == "”" and len(quoted) >= _SECTION_HEADS - 1:
        return True
    return _parallel_heads(line, heads)


def _parallel_heads(line: str, heads: list[str]) -> bool:
    """``line`` is set as the story's earlier section ``heads`` are, in parallel: each the same
    length (a character either way) and all opening with the same character or all closing
    with it (``算清“草场账”`` / ``算活“牲畜账”`` → ``算好“收入账”``; ``春播的变化`` / ``夏管的变化``), as
    a feature words its sections alike; a new story's headline is worded for itself."""
    every = [*heads, line]
    if max(map(len, every)) - min(map(len, every)) > 1:
        return False
    return len({h[0] for h in every}) == 1 or len({h[-1] for h in every}) == 1


def inside_open_story_text(following) -> bool:
    """``following`` is text that goes on a story: a paragraph with no backward marker and no
    dateline."""
    return isinstance(following, Para) and not (following.backward or dateline_read(following.text))


def _inside_open_story(body: Body | None, following, last) -> bool:
    """Heading lines stand inside ``body`` (open, with text, the last segment) when text of the
    same story follows them: no backward marker, no dateline."""
    if body is None or not body.open or not body.has_paragraphs or last is not body:
        return False
    if not isinstance(following, Para):
        return False
    return not (following.backward or dateline_read(following.text))


def _one_line_new_story(group: list[Heading], lines: list[str], body: Body, section_end) -> bool:
    """One plain heading line that :func:`_new_story_after` makes a new story's headline; not
    a story's own box head (人物档案, 相关链接), which stays with it after its photo too."""
    return (
        len(lines) == 1
        and _new_story_after(group[0], body, section_end)
        and not crosshead_like(lines[0])
        and not APPENDIX_HEAD_RE.match(fold(lines[0].strip()))
    )


# A Q&A column's title: what it ends with (农业技术问答, 政策答问, 读者信箱, 法律释疑; folded).
_QA_COLUMN_RE = re.compile(rf"[{HAN}]{{2,10}}(?:问答|答问|答疑|释疑|问与答|信箱)$")


def _qa_column_title(line: str, body: Body, following) -> bool:
    """A heading line naming a Q&A column (:data:`_QA_COLUMN_RE`) over a question (``问：…``)
    after a story that asked none: the title of a Q&A piece of its own, never a section head of
    the story before (an interview's heads name a topic, not the column)."""
    if not isinstance(following, Para) or not _QA_COLUMN_RE.match(fold(line.strip())):
        return False
    if not QA_LINE_RE.match(fold(following.text)):
        return False
    return not any(QA_LINE_RE.match(fold(block.text)) for block in body.blocks)


def _interview_goes_on(body: Body, following) -> bool:
    """The paragraph ``following`` a heading line opens with a question or an answer
    (``问：…``): an interview's section head over its next question, unless ``body``, the
    story so far, is one of prose sections and no questions (a feature under its crossheads,
    then ``僑務政策問答`` / ``問：…``): then the line heads a Q&A piece of its own. An
    interview's first head follows its lead, no crosshead before it. Linear in the blocks."""
    if not QA_LINE_RE.match(fold(following.text)):
        return False
    kinds = {block.kind for block in body.blocks if not QA_LINE_RE.match(fold(block.text))}
    asked = any(QA_LINE_RE.match(fold(block.text)) for block in body.blocks)
    return asked or "crosshead" not in kinds


def is_crosshead(
    group: list[Heading],
    body: Body | None,
    following,
    last,
    blank_parts_blocks: bool = False,
    section_end=None,
    signs: bool = False,
) -> bool:
    """Heading lines inside an open story, followed by more of its text, are its section heads:
    one line of any kind, or several that are all section heads by form (numbered, questions).
    Several plain lines are a headline deck: a new story starts. On a page whose paragraphs
    follow each other without blank lines, one plain line after a blank line is a one-line
    headline of a new story (a commentary, a feature), unless it is a section head by form; so
    is one plain line after a photo, or over a text that ends with its own dateline
    (``section_end``: the first unit after the paragraphs under the heading), when ``signs``."""
    if not _inside_open_story(body, following, last):
        return False
    lines = [line for heading in group for line in heading.lines]
    if any(is_column_name(line) for line in lines) and not _bracketed_crosshead(lines):
        return False  # （人民论坛）: a column's headline, so a new story
    if signs and _one_line_new_story(group, lines, body, section_end):
        return False
    if len(lines) == 1:
        if _qa_column_title(lines[0], body, following):
            return False  # (工会工作问答 / 问：…: a Q&A column's title after a story)
        # An interview's section head is followed by its first question (问：…).
        return not (
            blank_parts_blocks
            and group[0].after_blank
            and not crosshead_like(lines[0])
            and not _interview_goes_on(body, following)
        )
    if len(lines) <= 3 and NUMBERED_HEAD_RE.match(lines[0]):
        return True  # 一、 on its own line, or a numbered head printed on two lines
    if len(lines) == 2 and _labelled_head(lines, group, following):
        return True
    return all(crosshead_like(line) for line in lines)


_JOINED_HEAD = 20  # characters: a numbered head joined with the text under it, at most


def joined_numbered_heads(flow: list, lines: list[str]) -> list[Flag]:
    """Flags for the paragraphs of ``flow`` (the reader's units) that open with a whole line
    shaped like a numbered section head (``一、及时补充水分``: :data:`NUMBERED_HEAD_RE`, short,
    no sentence end: :func:`~articles.parsing.patterns.is_heading_like`) that a blank line
    parts from the text joined to it (``lines``: the lines the reader read, 1-based
    ``Para.line``). The reader joined them as one sentence a column cut (a page read as cut
    lines); a crosshead glued to its section's first paragraph reads the same, so the desk
    checks it first. (Any title-like line so joined is not flagged: on a PDF text layer that
    prints a blank line after every line, most cut lines are.) Linear in the flow."""
    flags = []
    for unit in flow:
        if not isinstance(unit, Para) or len(unit._parts) < 2 or unit.line >= len(lines):
            continue
        head = unit._parts[0]
        if (
            len(head) <= _JOINED_HEAD
            and lines[unit.line - 1].strip() == head
            and not lines[unit.line].strip()
            and NUMBERED_HEAD_RE.match(head)
            and is_heading_like(head)
        ):
            message = (
                f"编号小标题样的“{head}”与空行下面的文字连成了一段；请先核对：如果它是小标题，"
                "请把它单独成行。"
            )
            flags.append(Flag(unit.line, "numbered-head-joined", message))
    return flags


def first_day_heads_into_bodies(segments: list) -> None:
    """Moves an itinerary's first day head from the deck over it into its text: the last line of
    a run of heading lines (``武夷山双飞四日游`` / ``D1　省城—武夷山``) that is a day head
    (:func:`day_head`) over a story whose text holds another day head as a crosshead (``D2``):
    the story's first section head, not its subheadline. In place, on :func:`~articles.
    parsing.bodies.segment`'s bodies and runs."""
    for index in range(len(segments) - 1):
        run, body = segments[index], segments[index + 1]
        if not isinstance(body, Body) or isinstance(run, Body) or len(run.headings) < 2:
            continue
        last = run.headings[-1]
        if len(last.lines) != 1 or not day_head(last.lines[0]):
            continue
        if not any(b.kind == "crosshead" and day_head(b.text) for b in body.blocks):
            continue
        run.headings.pop()
        body.blocks.insert(0, Block("crosshead", last.lines[0]))
        body.units.add(id(last))
