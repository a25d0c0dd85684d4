"""Poems under a title and their poet's name: short lines in stanzas are the poem's text.

Literary pages (副刊) print a poem so: its title, the poet's name on the next line, then
stanzas of short lines without sentence punctuation between blank lines. INPUT.md
("Encoding and layout"): a short line is not a headline because it is short; the name under
the title is the byline ("Headlines"). The reader makes each short line a heading; here
:func:`verse_end` finds where the poem's stanzas end (the next story's deck or prose after
them), and :func:`poet_over_verse` reads a bare two-to-four-character name over such stanzas as
the poet even when it is no name by its form (a pen name such as ``岚山`` reads as a place to
the dictionary): its place between a title and a poem says what it is. Used by
:func:`~articles.parsing.bylines.authors_split_off`.
"""

from __future__ import annotations

import itertools
import re

from articles.parsing.patterns import SPACE_RUN_RE
from articles.parsing.units import Heading, Para, Special
from articles.text import HAN

# What a column's name ends with: the genre of the column (市民来信, 百姓茶座, 一线观察, 法治时评).
# A short first line ending so over a longer title names the column, whatever the lengths.
_GENRES = (  # two characters each
    "来信来函论坛时评快评短评观察视点视角随笔杂谈漫谈札记手记笔记纪事关注"
    "聚焦链接热线信箱茶座广角写真直击追踪之窗之声讲堂访谈说法看台漫笔"
    "园地门诊课堂故事顾问"  # (读者园地, 专家门诊, 健康课堂, 科学家的故事: a series' name; 生活顾问)
    "问答知识文苑"  # (农业技术问答, 彩票小知识: a column answering readers; 矿山文苑, a 副刊 page)
    "译要摘译选译译丛"  # (西报译要, 外电摘译: a column of items translated from foreign papers)
    "开篇介绍档案讲评"  # (弹词开篇, 书目介绍, 名医档案, 安全讲评: a genre's or a series' name)
)
COLUMN_GENRES = tuple(_GENRES[i : i + 2] for i in range(0, len(_GENRES), 2))
_COLUMN_LABEL_MAX = 6  # characters: a column's name is short (读书札记, 法院以案释法)

_VERSE_LINE = 25  # characters: a poem's line is at most this long
_VERSE_LINES = 3  # a poem has at least this many lines
_VERSE_BLOCKS = 60  # stanzas: a longer run of heading blocks is no poem (and the look is bounded)
# A poet's bare name over stanzas: two to four Han characters, maybe spaced out (岚  山).
_BARE_NAME_RE = re.compile(rf"^[{HAN}](?:\s*[{HAN}]){{1,3}}$")
_POEM_TITLE = 16  # characters: a poem's title is one short line
_STANZA_LINES = 4  # a bare name is a poet's only over this many verse lines at least


# A verse line's end: a comma or a stop; none of them inside the line.
_VERSE_MARKS = "，,；;。！？!?、"
_STANZA_SKEW = 1  # characters: the lines of a stanza set line by line differ by this at most


def stanza_lines(lines: list[str]) -> frozenset[str]:
    """The lines (stripped) of ``lines`` that are a poem's verse set line by line: runs of at
    least :data:`_VERSE_LINES` lines one under another, each an indented verse line
    (:func:`_verse_line`), of one length (to :data:`_STANZA_SKEW` characters): ``红旗飘飘靶场上，``
    / ``枪口对准那前方；`` / ``三点一线稳稳瞄，``. A column that cuts prose ends a line on a mark now
    and then, never line after line at one length with none inside; so these are no cut lines
    for :func:`~articles.parsing.layout.column_width`. Linear in the page's lines."""
    found: set[str] = set()
    run: list[str] = []
    for raw in [*lines, ""]:
        text = raw.strip()
        verse = _verse_line(raw, text)
        if verse and run and abs(len(text) - len(run[0])) <= _STANZA_SKEW:
            run.append(text)
            continue
        if len(run) >= _VERSE_LINES:
            found.update(run)
        run = [text] if verse else []
    return frozenset(found)


def _verse_line(raw: str, text: str) -> bool:
    """The printed line ``raw`` (``text``: stripped) may be a line of verse set line by line:
    indented (two spaces or more, as each verse line is; a column's cut line is not), at most
    :data:`_VERSE_LINE` characters, ending with a comma or a stop (:data:`_VERSE_MARKS`) and
    holding none inside."""
    return (
        0 < len(text) <= _VERSE_LINE
        and raw[:1] in ("\u3000", " ", "\t")
        and len(raw) - len(raw.lstrip()) >= 2
        and text[-1] in _VERSE_MARKS
        and not any(mark in _VERSE_MARKS for mark in text[:-1])
    )


def next_flow(flow: list, index: int):
    return flow[index + 1] if index + 1 < len(flow) else None


def verse_end(flow: list, start: int, names) -> int:
    """Where the poem that starts at ``flow[start]`` (heading blocks under a title and its
    author) ends: the index of the first unit after it, ``start`` when there is no poem. The
    poem's stanzas are the heading blocks up to the next story's deck: a block whose last line
    is an author's (a title with its author), a block followed by one that is only an author's
    line, or the last block before prose text. ``names`` answers ``author(line)`` (bylines'
    name checks, which bound the jieba readings per page)."""
    index = start
    while index < len(flow) and isinstance(flow[index], Heading):
        if index - start >= _VERSE_BLOCKS:
            return start  # no poem runs on so long: heading lines of something else
        block, after = flow[index], next_flow(flow, index)
        if index > start and (
            (len(block.lines) >= 2 and names.author(block.lines[-1]))
            or (
                isinstance(after, Heading)
                and len(after.lines) == 1
                and names.author(after.lines[0])
            )
        ):
            break  # the next story's title and author
        if isinstance(after, Para | Special):
            break  # the last block before prose text is the next story's headline
        index += 1
    titled = index < len(flow) and isinstance(flow[index], Heading)
    if titled and index > start + 1 and column_label(flow[index - 1]):
        index -= 1  # a column's name over the next title (读书札记) is its kicker, not verse
    lines = [line for block in flow[start:index] for line in block.lines]
    if len(lines) < _VERSE_LINES or any(len(line.strip()) > _VERSE_LINE for line in lines):
        return start
    return index


def poet_over_verse(name: str, deck: list[str], flow: list, start: int, names) -> bool:
    """``name`` (a heading line under the title lines ``deck``) is the poet's: a bare name of
    two to four Han characters under a one-line short title, over stanzas (:func:`verse_end`
    from ``flow[start]``) of :data:`_STANZA_LINES` lines at least, one block of two lines or
    more among them, under a title that is no column's name (``诗  页``) and over no author's
    line (the author is named there: ``name`` is the title's). A news story's decks do not stand so (a short headline with four deck
    lines under it and yet another headline before the text); a title of a poem with no poet
    named has no such line."""
    if len(deck) != 1 or len(deck[0].strip()) > _POEM_TITLE:
        return False
    if _BARE_NAME_RE.match(name.strip()) is None or start >= len(flow):
        return False
    first = flow[start]
    if not isinstance(first, Heading) or column_label(Heading(0, deck)):
        return (
            False  # (诗  页 / 江南的桂: a column's name over the title, not a title over its poet)
        )
    if len(first.lines) == 1 and names.author(first.lines[0]):
        return False  # the author's line comes next: ``name`` is a line of the title
    end = verse_end(flow, start, names)
    blocks = flow[start:end]
    return sum(len(block.lines) for block in blocks) >= _STANZA_LINES and any(
        len(block.lines) >= 2 for block in blocks
    )


def column_label(unit: object) -> bool:
    """A heading of one short line naming a column's genre (``读书札记``, ``诗  页``)."""
    if not isinstance(unit, Heading) or len(unit.lines) != 1:
        return False
    label = SPACE_RUN_RE.sub("", unit.lines[0].strip()).replace(" ", "")
    return 0 < len(label) <= _COLUMN_LABEL_MAX and label.endswith(COLUMN_GENRES)


_STANZA_HEAD_LINES = 8  # lines: a stanza printed without punctuation between verse paragraphs
_VERSE_MARKS = "，。！？；、,.!?;"  # what a verse line printed with punctuation ends with
_VERSE_AROUND = 2  # verse lines at least above the stanza and under it


def _verse_lines(unit) -> list[str] | None:
    """The lines of ``unit`` when it is a paragraph of verse as printed: two lines or more
    (a couplet; one short sentence alone on its line is prose's, an interview's ``问：…？``),
    each at most :data:`_VERSE_LINE` characters and ending with a mark of :data:`_VERSE_MARKS`
    (``春风吹过江南岸，`` / ``柳枝轻拂小石桥。``); None otherwise."""
    if not isinstance(unit, Para) or unit.markers or len(unit._parts) < 2:
        return None
    lines = [part.strip() for part in unit._parts]
    if all(0 < len(line) <= _VERSE_LINE and line[-1] in _VERSE_MARKS for line in lines):
        return lines
    return None


def stanzas_between_verse(flow: list, names) -> list:
    """``flow`` with each heading block that stands between paragraphs of verse (at least
    :data:`_VERSE_AROUND` verse lines right above it and right under it, :func:`_verse_lines`)
    read as a stanza of the same poem, one paragraph a line as :func:`~articles.parsing.
    bylines._stanzas_taken` makes them (``雨后山青`` / ``水自流`` between punctuated stanzas): a
    poem's stanza printed without punctuation, never a new story's headline and subheadline
    (INPUT.md, "Encoding and layout": a short line is not a headline because it is short).
    Blocks of more than :data:`_STANZA_HEAD_LINES` lines, of a line longer than a verse's, or
    holding an author's line (``names.author``: the next poem's title and poet) stay as they
    are."""
    result: list = []
    for index, unit in enumerate(flow):
        if isinstance(unit, Heading) and result and index + 1 < len(flow):
            above = _verse_run(reversed(result))
            under = _verse_run(itertools.islice(flow, index + 1, None))
            if (
                len(unit.lines) <= _STANZA_HEAD_LINES
                and all(len(line.strip()) <= _VERSE_LINE for line in unit.lines)
                and min(above, under) >= _VERSE_AROUND
                and not any(names.author(line) for line in unit.lines)
            ):
                result.extend(Para(unit.line + at, text) for at, text in enumerate(unit.lines))
                continue
        result.append(unit)
    return result


def _verse_run(units) -> int:
    """How many verse lines the paragraphs at the start of ``units`` hold, up to
    :data:`_VERSE_AROUND` (the look is bounded: a page of verse costs linear time)."""
    count = 0
    for unit in units:
        lines = _verse_lines(unit)
        if lines is None:
            break
        count += len(lines)
        if count >= _VERSE_AROUND:
            break
    return count
