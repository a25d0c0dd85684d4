"""Heading lines inside an open story that start a new story all the same (used by
:mod:`~articles.parsing.bodies`), told by how the page prints its stories rather than by what
the lines say (INPUT.md, "Headlines": a one-line headline before a story that opens without a
dateline is still a new story; over-splitting a page is as wrong as missing a story):

* an editor's note stands at the head of what it introduces: one over a heading line is that
  feature's start (:func:`over_editor_note`), and one after a story's text starts a story of its
  own, whose headline is the heading line under it (:func:`editor_note`,
  :func:`head_under_editor_note`);
* on a page that sets every dated story's headline tight over its text and parts paragraphs by
  blank lines, a line printed the same way is a headline too (:func:`glued_headlines_page`,
  :func:`glued_headline`);
* a box's label over items that each open with a bullet (``外媒关注`` / ``●…。`` / ``●…。``) heads
  a story of its own (:func:`box_of_bullets`), and in a box of bulleted briefs each bulleted
  headline over one paragraph is the next brief (:func:`next_marked_item`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from articles.parsing.crossheads import crosshead_like, marked_head
from articles.parsing.datelines import dateline_match
from articles.parsing.lettersigners import LETTER_OPENING, letter_signers
from articles.parsing.names import looks_like_name, looks_like_signature
from articles.parsing.patterns import (
    APPENDIX_HEAD_RE,
    COMMA_RE,
    SALUTATION_OPENING_RE,
    editor_note,
)
from articles.parsing.units import Body, Heading, Para, Special
from articles.text import fold

ITEM_BULLETS = "●■◆▲★☆○□◇△•◎"  # marks that open the items of a box of briefs (◎ too)


# What an editor's note that introduces the text after it says: it prints, reprints or excerpts
# it (本报今天摘登…, 现予刊发, 特编发…) for the readers (供读者参考).
_INTRODUCING_NOTE_RE = re.compile(r"摘登|摘编|刊登|刊发|编发|选登|转载|转发|供读者参考|以飨读者")


def introducing_note(text: str) -> bool:
    """``text`` (an editor's note) says it introduces the text printed after it: it prints,
    reprints or excerpts it (``本报今天摘登英国一家周刊的文章，供读者参考``), so that text's
    headline and its source line (``【…网站3月1日文章】``, a dateline) follow the note, and the
    note belongs to that story, not to the one before it."""
    return _INTRODUCING_NOTE_RE.search(fold(text)) is not None


def over_editor_note(group: list[Heading], section) -> bool:
    """One heading line over a paragraph opening with an editor's note (``樱花节摄影作品选登``
    / ``编者按：四月初，…``; ``section``: the text under it, see ``bodies._Section``) is a new
    feature's headline, not a crosshead of the story before: an editor's note stands at the head
    of what it introduces, never inside another story. A note that ends the page (nothing
    after it) comments on the story before (``编者按：来信反映的问题已转…``), and the line over it
    signs that story."""
    return (
        len(group) == 1
        and len(group[0].lines) == 1
        and bool(section.paras)
        and editor_note(section.paras[0].text)
        and (len(section.paras) > 1 or section.end is not None)
    )


def head_under_editor_note(
    group: list[Heading], body: Body | None, section, segments: list
) -> bool:
    """Heading lines (one or two) right under a story ``body`` that so far holds only an
    editor's note printed right after another story's text or at the top of the page (no
    heading lines before it: the segment before it in ``segments`` is a body, or there is
    none), over more text (``section``), with no photo
    between: the headline of the feature the note introduces (``编者按：…本报今天摘登…`` /
    ``夜晚的城市属于谁`` / ``【…文章】题：…``), printed after its note; the caller makes it that
    story's deck."""
    return (
        body is not None
        and bool(segments)
        and segments[-1] is body
        and (len(segments) == 1 or isinstance(segments[-2], Body))
        and not group[0].after_photo
        and body.open
        and not body.deck
        and len(body.blocks) == 1
        and body.blocks[0].kind == "paragraph"
        and editor_note(body.blocks[0].text)
        and sum(len(heading.lines) for heading in group) <= 2
        and section is not None
        and bool(section.paras)
    )


def glued_headlines_page(flow: list) -> bool:
    """True on a page that prints every dated story's headline tight over its text (no blank
    line between the heading and the paragraph that opens with the dateline; at least two
    such) and parts its paragraphs by blank lines (at least as many pairs of paragraphs across
    a blank line as next to each other; on a page of items of one paragraph each, where no
    paragraph follows another, the tight headings alone tell: a 1909 paper's
    ``标题`` / ``text`` items with a blank line between them). One pass over the flow."""
    glued = parted = 0
    across = adjacent = 0
    for unit, after in pairwise(flow):
        if isinstance(unit, Heading) and isinstance(after, Para):
            if dateline_match(after.text[:40]) is not None:
                if after.line == unit.line + len(unit.lines):
                    glued += 1
                else:
                    parted += 1
        elif isinstance(unit, Para) and isinstance(after, Para):
            if after.line > unit.line + len(unit._parts):
                across += 1
            else:
                adjacent += 1
    return glued >= 2 and parted == 0 and across >= adjacent


def glued_headline(group: list[Heading], body: Body, section) -> bool:
    """On a :func:`glued_headlines_page`, one plain heading line inside a story, after a blank
    line and tight over the text under it (``section``), is printed as the page prints its
    headlines: a new story's headline (a story whose text opens without a dateline: ``据西班牙
    《南方观察》网站3月2日报道，…``), not a crosshead. Section heads by form, heads with a comma
    and a story's own appendix heads (链接) stay crossheads; so does a head in a story that
    already has crossheads. Flagged by the caller."""
    if len(group) != 1 or len(group[0].lines) != 1 or not group[0].after_blank:
        return False
    line = group[0].lines[0].strip()
    if crosshead_like(line) or COMMA_RE.search(line) or APPENDIX_HEAD_RE.match(fold(line)):
        return False
    if not section.paras or any(block.kind == "crosshead" for block in body.blocks):
        return False
    return section.paras[0].line == group[0].line + 1


_BOX_ITEMS = 2  # bulleted paragraphs under a box's label, at least


def box_of_bullets(group: list[Heading], body: Body, section) -> bool:
    """One plain heading line (no bullet of its own) over paragraphs that all open with a
    bullet (``外媒关注`` / ``●澳大利亚…。`` / ``●韩国…。``), a blank line under the label, with nothing under them but the
    page's end or another heading, after a story whose text has no bulleted paragraph: the
    label of a box of items, a story of its own, not a crosshead of the story before."""
    if len(group) != 1 or len(group[0].lines) != 1:
        return False
    line = group[0].lines[0].strip()
    if not line or line[0] in ITEM_BULLETS or crosshead_like(line) or COMMA_RE.search(line):
        return False
    paras = section.paras
    if len(paras) < _BOX_ITEMS or not all(para.text[:1] in ITEM_BULLETS for para in paras):
        return False
    if paras[0].line <= group[0].line + len(group[0].lines):
        return False  # set tight over its items: a crosshead over the story's own list
    if section.end is not None and not isinstance(section.end, Heading):
        return False
    return not any(block.text[:1] in ITEM_BULLETS for block in body.blocks)


def next_marked_item(group: list[Heading], body: Body | None, segments: list) -> bool:
    """One heading line opened by a bullet (``●江城图书馆暑期延时开放``) over the text of a
    story ``body`` of one paragraph whose one-line headline (the last run of heading lines in
    ``segments``, before it) opened with the same bullet: the next brief of a box of briefs,
    each a story of its own. The box's label may stand over the first brief's title, tight
    (``城事速递`` / ``●南湖公园新增夜跑道``): that headline's last line is the bulleted one. A story's own bulleted crossheads follow a headline without the
    bullet, or text of many paragraphs."""
    if body is None or len(group) != 1 or len(group[0].lines) != 1 or len(body.blocks) != 1:
        return False
    if len(segments) < 2 or isinstance(segments[-2], Body):
        return False
    before = segments[-2].headings[-1].lines
    mark = group[0].lines[0].lstrip()[:1]
    if _sections_under_headline(segments[-2].headings, group[0].lines[0]):
        return False
    return mark in ITEM_BULLETS and len(before) <= 2 and before[-1].lstrip()[:1] == mark


_HEADLINE_LENGTH = 8  # characters: a box's label (简讯, 城事速递) is shorter than a headline


def _sections_under_headline(headings: list[Heading], line: str) -> bool:
    """``line`` and the last of the run ``headings`` are section heads marked with a triangle
    (``▲原告陈述`` … ``▲被告答辩``: :func:`~articles.parsing.crossheads.marked_head`), and the
    first stands in a block of its own under a headline (a blank line between them; a headline
    longer than a box's label): one report's parts, not the briefs of a box."""
    if len(headings) < 2 or len(headings[-1].lines) != 1 or not marked_head(line):
        return False
    above = fold(headings[-2].lines[-1].strip())
    return marked_head(headings[-1].lines[0]) and len(above) >= _HEADLINE_LENGTH


def note_and_deck(body: Body) -> bool:
    """``body`` holds only the editor's note that introduces a feature, with that feature's deck
    printed under it or a note that says it introduces the text after it (:func:`introducing_note`,
    ``…这里摘要刊登一家周刊的文章，供读者参考``; the deck then stands over the note): the dated
    text that follows (its source line, ``【…网站3月1日文章】``) goes on the same story. A note
    that only comments (``编者按：来信反映的问题已转…``) does not hold the dated story after it."""
    return (
        len(body.blocks) == 1
        and editor_note(body.blocks[0].text)
        and (bool(body.deck) or introducing_note(body.blocks[0].text))
    )


def letter_signature(heading: Heading, body: Body, following) -> bool:
    """One heading line set tight under the last paragraph of a letter (``body``'s text opens
    with a salutation, ``编辑同志：…``), a blank line between it and the heading lines that
    follow (``following``): the letter's signature (``光明路部分居民``), which ends it (INPUT.md:
    what closes a text belongs to it), not the first line of the next story's deck, which the
    blank line parts from it."""
    if heading.after_blank or not isinstance(following, Heading) or not following.after_blank:
        return False
    first = next((block.text for block in body.blocks if block.kind == "paragraph"), "")
    return SALUTATION_OPENING_RE.match(fold(first[:12])) is not None


def is_pen_name(heading: Heading, body: Body | None, following, last) -> bool:
    """A name alone on a line after a story's last paragraph, with no text of its own after it,
    signs that story (a commentary's pen name, a letter's ``读者 周先生``), not the headline of
    the next."""
    if body is None or not body.has_paragraphs or last is not body or len(heading.lines) != 1:
        return False
    if isinstance(following, Para) or (
        isinstance(following, Special) and following.kind == "byline"
    ):
        return False
    line = heading.lines[0]
    return (
        looks_like_name(line)
        or looks_like_signature(line)
        or letter_signature(heading, body, following)
        or letter_signers(line, [block.text for block in body.blocks[:LETTER_OPENING]])
    )


def head_after_run_in_brief(group: list[Heading], body: Body | None, segments: list) -> bool:
    """One plain heading line (no bullet, no section head by form) over text, right after a
    box's brief of one paragraph whose bulleted title was run in before its text on one line
    (``▲電車出軌　昨日午後…``: the last run of heading lines in ``segments``, one line opened by
    a bullet, on the line where ``body``'s text starts): the next story's headline, never that
    brief's crosshead (a brief of a few sentences has no sections; INPUT.md, "Headlines": a
    one-line headline before a story that opens without a dateline is still a new story)."""
    if body is None or len(group) != 1 or len(group[0].lines) != 1 or len(body.blocks) != 1:
        return False
    line = group[0].lines[0].strip()
    if line[:1] in ITEM_BULLETS or crosshead_like(line):
        return False
    if len(segments) < 2 or isinstance(segments[-2], Body):
        return False
    title = segments[-2].headings[-1]
    return (
        len(title.lines) == 1
        and title.lines[0].lstrip()[:1] in ITEM_BULLETS
        and title.line == body.first_line
    )
