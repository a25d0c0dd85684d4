"""Poems in one block of lines with no blank line between them (a literary page's PDF text
layer, or a page typed one line a line): a poem's title, its poet's name under it, its verse
lines, then the next item's title (with its author's line) straight under the last verse line.

Literary pages (副刊) print a poem so (INPUT.md, "Headlines": the name under the title is the
byline; "Encoding and layout": a short line is not a headline because it is short). Where the
page has blank lines between stanzas, :mod:`~articles.parsing.verses` finds the poem by them;
here the reader has read every short line of the frame into one heading block, so the poem's
shape tells its parts apart:

* its title, one short line, maybe under one short line naming a column (a kicker);
* its poet's name on the next line (:func:`poet_line`: a name by its form or mark, or two to six
  Han characters with none of the small words a verse line is made of: ``宝音德力格尔``), or no
  poet named;
* at least :data:`_VERSES` verse lines (:func:`_verse_line`: short, no sentence of prose);
* the next item's head at the block's end: its title over its author's line, or its title
  alone right over a text (a brief's ``本报讯…``); or, after a blank line, in a heading of its
  own (the block a whole poem, its poet named: :func:`_next_head`).

A further title over a poet's line among the verses starts a second poem. A poem with no poet
is read only over the next item's head (a block of short lines alone proves nothing). Used by
:func:`~articles.parsing.bylines.authors_split_off`.
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.markers import find_markers
from articles.parsing.names import looks_like_author_line, spaced_name
from articles.parsing.patterns import SPACE_RUN_RE
from articles.parsing.units import Heading, Para, Special
from articles.parsing.verses import column_label
from articles.text import HAN

_VERSES = 4  # a poem in a block has at least this many verse lines
_BLOCK = 6  # lines: a title, four verse lines and the next item's title at least
_BLOCK_MAX = 120  # lines: a longer block is no page's poems (and the look is bounded)
_VERSE_LINE = 25  # characters: a verse line is at most this long
_TITLE = 16  # characters: a poem's title is one short line
_KICKER = 8  # characters: a column's name over a poem's title is short
# A poet's bare name: two to six Han characters (a Mongolian or Tibetan name runs to six),
# maybe spaced out (林  舒) or with a middle dot (额尔敦·其其格).
_BARE_POET_RE = re.compile(rf"^[{HAN}](?:[\s·・]*[{HAN}]){{1,5}}$")
# The small words a verse line is made of and a name is not.
# A reporter's byline under a title: a news story's, whose deck lines are no verse.
_REPORTER_RE = re.compile(r"记者|通讯员|特约|报道|摄影?$")
_VERSE_WORDS = frozenset(
    "的地得了着过把被在是和与给向从往我你他她它们这不也都就还又很上下里中来去有个吗呢吧啊"
)


def poet_line(text: str, names) -> bool:
    """``text`` (a line right under a poem's title) is its poet's name: an author's line by its
    form or mark (``names.author``, :class:`~articles.parsing.bylines._NameChecks`), or a bare
    name of two to six Han characters holding none of :data:`_VERSE_WORDS` (``宝音德力格尔``;
    ``那是额吉`` is a verse line)."""
    stripped = text.strip()
    if _BARE_POET_RE.match(stripped) and not _VERSE_WORDS & set(stripped):
        return True
    return _author(stripped, names)


def poem_under(lines: list[str], number: int) -> bool:
    """Line ``number`` (1-based) of ``lines`` stands right over a poem: the next line a title,
    the one under it its poet's name by its form or mark (no dictionary reading), then
    :data:`_VERSES` verse lines, no blank line between. (A column's or page's name printed
    straight over a poem, never a kicker: a poem's title stands alone.)"""
    below = lines[number : number + 2 + _VERSES]
    if len(below) < 2 + _VERSES or not _title_line(below[0]):
        return False
    return poet_line(below[1], _FormOnly) and all(_verse_line(line) for line in below[2:])


class _FormOnly:
    """Author checks by a line's form or mark alone (no jieba reading)."""

    @staticmethod
    def author(text: str) -> bool:
        return looks_like_author_line(text, plain=False)


def _author(text: str, names) -> bool:
    """An author's line: by its form or mark (``names.author``) or a spaced-out pair
    (``石  匠``: :func:`~articles.parsing.names.spaced_name`)."""
    stripped = text.strip()
    return len(stripped) <= _TITLE and (spaced_name(stripped) or names.author(stripped))


def _title_line(text: str) -> bool:
    stripped = text.strip()
    return (
        2 <= len(stripped) <= _TITLE
        and stripped[-1] not in "。；;，,：:"
        and dateline_match(stripped) is None
    )


def _verse_line(text: str) -> bool:
    """A verse line: two to :data:`_VERSE_LINE` characters with Han in it, no colon at its end
    (a lead-in), no dateline, no jump marker, no columns of figures."""
    stripped = text.strip()
    return (
        2 <= len(stripped) <= _VERSE_LINE
        and re.search(f"[{HAN}]", stripped) is not None
        and not stripped.endswith(("：", ":"))
        and not any(ch.isdigit() for ch in stripped)
        and dateline_match(stripped) is None
        and not find_markers(stripped)
    )


def _next_head_start(lines: list[str], names) -> int:
    """Where the next item's head begins at the end of a block over a text: its title over its
    author's line (a subheadline ``——…`` and a column's name over the title with it), or the
    block's last line alone (a brief's title over its ``本报讯``)."""
    end = len(lines) - 1
    if _author(lines[-1], names):
        end -= 1
    if end > 0 and lines[end].strip().startswith("——"):
        end -= 1
    if end > 0 and column_label(Heading(0, [lines[end - 1]])):
        end -= 1
    return end


def _poem_start(lines: list[str], end: int, names) -> tuple[int, int | None]:
    """(the index of the poem's title, the index of its poet's line or None) at the block's
    top: title and poet, or a column's name over them; a title alone over its verse lines."""
    for title in (0, 1):
        if title + 1 >= end or not _title_line(lines[title]):
            continue
        if title and len(SPACE_RUN_RE.sub("", lines[0])) > _KICKER:
            break
        if poet_line(lines[title + 1], names):
            return title, title + 1
    return 0, None


def _poems(lines: list[str], end: int, names) -> list[tuple[int, int | None, int]]:
    """The poems from the block's top to index ``end`` (the next item's head):
    (title, poet or None, first verse line) for each; a title over a poet's line (by form or
    mark: ``names.author``) with :data:`_VERSES` verse lines on either side opens the next."""
    title, poet = _poem_start(lines, end, names)
    poems = [(title, poet, (poet if poet is not None else title) + 1)]
    index = poems[0][2] + _VERSES
    while index + 1 + _VERSES <= end:
        if _title_line(lines[index]) and _author(lines[index + 1], names):
            poems.append((index, index + 1, index + 2))
            index += 2 + _VERSES
            continue
        index += 1
    return poems


def poem_units(unit: Heading, following, names, after=None) -> tuple[list, Heading | None] | None:
    """The poems at the top of the heading block ``unit`` as the flow's units (each its title
    heading, its poet's byline, one paragraph a verse line, a break after it) and the next
    item's head after them (a heading of the block's last lines, read on as any title), or
    None when the block holds no poem so. ``following``: the flow's unit after the block; a
    paragraph (the next item's text), the next item's head after a blank line
    (:func:`_next_head`; ``after``: the unit under it) or nothing (the page's end): with the
    last two the block ends with its poem's last verse line; under any other unit the block
    is left as it is."""
    lines = unit.lines
    before_text = isinstance(following, Para)
    ends_poem = following is None or _next_head(following, after, names)
    if not _BLOCK <= len(lines) <= _BLOCK_MAX or not (before_text or ends_poem):
        return None
    end = _next_head_start(lines, names) if before_text else len(lines)
    poems = _poems(lines, end, names)
    if not _poems_hold(lines, poems, end, names):
        return None
    rest = Heading(unit.line + end, lines[end:]) if end < len(lines) else None
    return _units(unit, poems, end), rest


def _next_head(unit, after, names) -> bool:
    """``unit`` (a heading after a blank line under a block of short lines) is the next item's
    head, the block above it a whole poem: its last line an author's (``老街的豆腐坊`` /
    ``□ 沈青禾``) or a text under it (a brief's title over its ``本报讯…``), and no reporter's
    byline in it (``本报记者　王小川``: the block above is a news story's deck). A heading of
    verse lines over another heading (the poem's next stanza) is none."""
    if not isinstance(unit, Heading) or any(_REPORTER_RE.search(line) for line in unit.lines):
        return False
    return isinstance(after, Para) or _author(unit.lines[-1], names)


def _poems_hold(lines: list[str], poems: list, end: int, names) -> bool:
    """The poems found (:func:`_poems`) before index ``end`` are poems: :data:`_VERSES` verse
    lines each at least, every line between the first title and ``end`` a verse line; a poem
    with no poet only over a next title and its author's line; no reporter's byline under them
    (``本报记者　王小川``: a news story's deck lines, no verse)."""
    bounds = [*(poem[0] for poem in poems[1:]), end]
    if any(stop - start < _VERSES for (_, _, start), stop in zip(poems, bounds, strict=True)):
        return False
    if poems[0][1] is None and (end == len(lines) or not _author(lines[-1], names)):
        return False  # no poet and no next title and author: short lines prove no poem
    if end < len(lines) and _REPORTER_RE.search(lines[-1]):
        return False
    return all(_verse_line(line) for line in lines[poems[0][2] : end])


def _units(unit: Heading, poems: list, end: int) -> list:
    """The flow's units for ``poems`` (title, poet or None, first verse) in the block ``unit``
    down to index ``end``; the first title keeps the block's lines above it (a column's name:
    its kicker)."""
    lines = unit.lines
    bounds = [*(poem[0] for poem in poems[1:]), end]
    units: list = []
    for (title, poet, start), stop in zip(poems, bounds, strict=True):
        if units:
            units.append(Heading(unit.line + title, [lines[title]]))
        else:
            units.append(Heading(unit.line, lines[: title + 1], unit.after_blank, unit.after_photo))
        if poet is not None:
            units.append(Special(unit.line + poet, "byline", lines[poet]))
        units.extend(Para(unit.line + i, lines[i].strip()) for i in range(start, stop))
        units.append(Special(unit.line + stop - 1, "break", ""))
    return units


def poems_taken(unit, following, flow: list, index: int, result: list, names) -> int:
    """The index in ``flow`` to read on from after ``unit`` (read at ``index - 1``, the unit
    ``following`` after it, an author note there read as text): poems at its top
    (:func:`poem_units`) put in ``result`` and the next item's head after them set back at
    ``index - 1`` to be read as any title; ``-1`` when ``unit`` holds no poems (nothing
    changed)."""
    if not isinstance(unit, Heading) or len(unit.lines) < _BLOCK:
        return -1
    stanzas = _stanzas_after(flow, index, names)
    if stanzas:  # (the block a poem's first stanza: read as a whole poem over its stanzas)
        poems = poem_units(unit, None, names)
        if poems and poems[1] is None:
            result.extend(poems[0][:-1])  # (its break after the last stanza)
            for stanza in stanzas:
                result.extend(
                    Para(stanza.line + i, line.strip()) for i, line in enumerate(stanza.lines)
                )
            result.append(Special(stanzas[-1].line + len(stanzas[-1].lines) - 1, "break", ""))
            return index + len(stanzas)
    after = flow[index + 1] if index + 1 < len(flow) else None
    poems = poem_units(unit, following, names, after)
    if not poems:
        return -1
    result.extend(poems[0])
    if poems[1] is None:
        return index
    flow[index - 1] = poems[1]
    return index - 1


_STANZA_MAX = 12  # lines: a stanza after a poem's first one is short


def _stanzas_after(flow: list, index: int, names) -> list[Heading]:
    """The heading blocks from ``flow[index]`` that are the next stanzas of a poem printed
    with a blank line between stanzas (``风吹芦花`` / ``月照渔船``): each of verse lines only
    (:func:`_verse_line`), at most :data:`_STANZA_MAX` lines, and no next item's head
    (:func:`_next_head`: a title over its author's line or over a text), nor the next poem's
    title over its poet (:func:`_titled`); ``[]`` when the unit there is none such, or when the
    run ends otherwise than at such a head or the page's end (``本报记者　王小川`` under a title:
    the block is a news story's deck)."""
    stanzas: list[Heading] = []
    at = index
    while at < len(flow) and isinstance(flow[at], Heading):
        unit = flow[at]
        after = flow[at + 1] if at + 1 < len(flow) else None
        if len(unit.lines) > _STANZA_MAX or not all(_verse_line(line) for line in unit.lines):
            break
        if _next_head(unit, after, names) or _titled(unit.lines, names):
            return stanzas
        stanzas.append(unit)
        at += 1
    return stanzas if at == len(flow) else []  # (ended by anything else: no poem's end)


def _titled(lines: list[str], names) -> bool:
    """``lines`` open with a title over its author's line (``山里的灯`` / ``苏禾``): the next
    poem, not a stanza of this one."""
    return len(lines) >= 2 and _title_line(lines[0]) and _author(lines[1], names)
