"""One plain heading line inside a story: its only crosshead, or the next story's headline.

INPUT.md, "Headlines": a one-line headline before a story that opens without a dateline is
still a new story, not a crosshead of the story before; and crossheads inside a long article
look like headlines too. Used by :mod:`~articles.parsing.bodies` for one heading line inside an
open story, over text without a dateline, that would be the story's only crosshead. What is
weighed: whether the line speaks of the story so far (its words), whether the text under it
goes on with the story's subject (the story's key words, :func:`goes_on`), whether that text is
a story's worth or a short piece set apart as one (an essay under its title, signed
``（作者系…）`` or followed by the next dated story: :func:`_piece_ends`), and who it opens with.
Both doubtful outcomes are flagged by the caller (请先核对).
"""

from __future__ import annotations

import re
from collections import Counter

from articles.parsing.crossheads import crosshead_like
from articles.parsing.cutlines import has_section_heads
from articles.parsing.englishheads import english_headline
from articles.parsing.letterspacing import dateline_read
from articles.parsing.listitems import list_number
from articles.parsing.names import looks_like_name
from articles.parsing.newsleads import story_worth
from articles.parsing.patterns import APPENDIX_HEAD_RE, AUTHOR_NOTE_RE, COMMA_RE
from articles.parsing.results import Flag
from articles.parsing.units import Para, Special
from articles.text import HAN, content_words, fold, overlap

LONE_SECTION = 60  # characters: the text under a lone headline is at least a short story
HEADLINE_IN_TEXT = 0.2  # share of a crosshead's words its story has already used, at least
OPENING, OPENING_BLOCKS = 3000, 40  # characters, blocks: the story so far that is looked at
_SUBJECT_SPAN = 12  # characters: where a paragraph's subject stands
_UNDER = 300  # characters of the text under the line weighed against the story so far
# Share of the words under the line (by characters) that are the story's key words (said at
# least twice in the story so far), at least: the text goes on with the story's subject. On the
# fidelity pages, the texts under lone headlines that are new stories say at most 0.10 of theirs
# in the story before's key words (a commentary on the news above it, ``种粮也要算细账``).
_SUBJECT_SHARE = 0.12
# Share of the words under the line that the story so far has used at all, below which a short
# piece under its own title speaks of something else.
_NOTHING_SHARED = 0.05

# Someone quoted by a pronoun alone (``他说``): a text that never named them goes on a story.
_PRONOUN_SAYS = re.compile(r"[他她]们?(?:说|表示|介绍|告诉|笑着说)")

# A new story's headline; a crosshead over text that goes on with the story (flagged); a
# crosshead over a short text that shares nothing with the story but is not set apart (flagged).
NEW, KEPT, SHORT = "new", "kept", "short"


def lone_head(group: list, body, section, blank_parts_blocks: bool = False) -> str | None:
    """For heading lines ``group`` inside the open story ``body`` (a
    :class:`~articles.parsing.units.Body`) over ``section`` (bodies' ``_Section``, or None: the open
    paragraphs under them, the unit ending them, ``more``: another crosshead of the story
    follows, ``brief_next``: a dated story follows): :data:`NEW` when one plain line is a new
    story's headline, :data:`KEPT` when it would be by its words but the text under it goes on
    with the story's subject (a crosshead, flagged), None otherwise (a crosshead).

    A new story's headline: it would be the story's only crosshead (no crosshead before it,
    none after), few of its words (jieba) are in the story so far (its first ``OPENING``
    characters), the text under it does not jump on (a forward marker ends its story), does not
    open with a person the story has named (:func:`_named_before`), and is a story's worth
    (``LONE_SECTION``, or shorter as a news lead: :func:`~articles.parsing.newsleads.
    story_worth`) or a short piece set apart as one that shares no word with the story so far
    (:func:`_set_apart` and :func:`_piece_ends`; :data:`SHORT` when it is not signed or
    followed by a dated story: a crosshead, flagged). In an English
    story (no Han character in it nor in the story's opening) its English words are weighed
    instead (:func:`~articles.parsing.englishheads.english_headline`). Section heads by form
    (numbered, questions), heads with a comma, a story's own appendix heads (记者手记, 相关链接)
    and a label over a numbered list stay crossheads. ``blank_parts_blocks``: the page prints
    no blank line between paragraphs (a blank line there says nothing of a piece's own)."""
    lines = [line for heading in group for line in heading.lines]
    if section is None or len(lines) != 1 or not section.paras:
        return None
    line = lines[0].strip()
    # (the story's opening, folded: cheaper than its normalised edges, and where its subject is)
    opening = fold("".join(block.text for block in body.blocks[:OPENING_BLOCKS])[:OPENING])
    if not re.search(f"[{HAN}]", line + opening[:400]):  # an English story: English words
        english = english_headline(line, section.paras[0].text, opening)  # (Night lights: no)
        return NEW if english else None
    if _crosshead_by_form(line, body, section):
        return None
    if overlap(content_words(line), opening) >= HEADLINE_IN_TEXT:
        return None
    if _named_before(section.paras[0].text, opening):
        return None
    under = content_words("".join(p.text for p in section.paras)[:_UNDER])
    if not story_worth(line, section.paras, LONE_SECTION):
        if blank_parts_blocks or not _set_apart(group, section):
            return None
        if overlap(under, opening) >= _NOTHING_SHARED:
            return None
        return NEW if _piece_ends(section) else SHORT
    text = "".join(p.text for p in section.paras)
    return KEPT if _stays(under, body, opening, text) else NEW


def _stays(under: list[str], body, opening: str, text: str) -> bool:
    """Whether the text ``text`` (its words ``under``) stays in the news story ``body`` (folded
    opening ``opening``): it goes on with its subject (:func:`goes_on`), or shares a word with
    it and quotes someone it never names (``…值了。”他说。`` under ``夜色里的坚守``, over
    ``…铺好路面…`` in a story of ``青石板路面``: the person is the story's). A commentary on
    the news above shares its words but names its own people, or none."""
    if goes_on(under, body, opening):
        return True
    if not _news_story(body) or overlap(under, opening) < _NOTHING_SHARED:
        return False
    said = _PRONOUN_SAYS.search(text)
    return said is not None and not any(
        looks_like_name(word) for word in content_words(text[: said.start()])
    )


def _crosshead_by_form(line: str, body, section) -> bool:
    """The heading line ``line`` over ``section`` in ``body`` stays a crosshead by its form or
    its story's: another crosshead follows, it is a section head, holds a comma or is an
    appendix head, the story has section heads, its text jumps on, or a list stands under it."""
    if section.more:
        return True
    if crosshead_like(line) or COMMA_RE.search(line) or APPENDIX_HEAD_RE.match(fold(line)):
        return True
    if has_section_heads(body.blocks, section.paras):  # (an interview's questions are none)
        return True
    end = section.end
    if isinstance(end, Para) and end.closed and end.forward is not None:
        return True
    # numbered items under a label: a list, not a story's prose
    return len(section.paras) >= 2 and all(list_number(p.text[:6]) for p in section.paras)


def goes_on(under: list[str], body, opening: str) -> bool:
    """Whether the text whose words (jieba) are ``under``, printed under a heading line inside
    the news story ``body`` (it opened with its dateline, or under its byline) whose folded
    opening is ``opening``, goes on with that story's subject: at least ``_SUBJECT_SHARE`` of
    its words (by characters) are the story's key words, those it said twice or more (``老街``
    under ``留住烟火气`` in a story of ``城南老街``'s renovation). A crosshead of a news story
    names no new dateline or byline; a commentary or essay after it speaks of other things."""
    if not _news_story(body):
        return False
    counts = Counter(content_words(opening))
    keys = {word for word, count in counts.items() if count >= 2}
    total = sum(len(word) for word in under)
    shared = sum(len(word) for word in under if word in keys)
    return bool(total) and shared / total >= _SUBJECT_SHARE


def _news_story(body) -> bool:
    """Whether ``body`` opened as a news story: under its byline, or with its dateline."""
    first = body.blocks[0].text if body.blocks else ""
    return bool(body.byline_lines) or dateline_read(first) is not None


def _set_apart(group: list, section) -> bool:
    """Whether the heading line ``group`` stands between blank lines, over its text."""
    heading = group[-1]
    return group[0].after_blank and section.paras[0].line > heading.line + len(heading.lines)


def _piece_ends(section) -> bool:
    """Whether the short text ``section`` under a heading line ends as a piece of its own: with
    an author's note (``（作者系东湾市第一中学教师）``: a signed essay), or the next dated story
    follows it."""
    end = section.end
    signed = isinstance(end, Special) and AUTHOR_NOTE_RE.match(fold(end.text)) is not None
    return signed or section.brief_next


def _named_before(text: str, opening: str) -> bool:
    """True when the paragraph ``text`` opens with a person the story so far (``opening``,
    folded) has already named (``钟明亮在老人的上衣口袋里…`` under a head, after ``外卖骑手钟明亮``
    above it): a new story introduces its people, so this text goes on the same story."""
    words = content_words(text[:_SUBJECT_SPAN])
    return bool(words) and looks_like_name(words[0]) and fold(words[0]) in opening


def lone_flag(line: int, text: str, verdict: str) -> Flag:
    """The 请先核对 flag for the heading line ``text`` (line ``line``) given ``verdict`` by
    :func:`lone_head`: read as a new story's headline (:data:`NEW`, to merge back if wrong),
    or kept as a crosshead although its words are not the story's (:data:`KEPT`,
    :data:`SHORT`: to split off if wrong)."""
    if verdict == NEW:
        return Flag(
            line,
            "heading-new-story",
            f"“{text}”按新稿件的标题处理：它是上面稿件里唯一的一行小标题，"
            "说的又不是上面正文里的事，下面的正文也没有电头；如果它是上一篇稿件的小标题，"
            "请把两篇合并。",
        )
    why = (
        "但它下面的正文接着说上面稿件的事"
        if verdict == KEPT
        else "它下面的短文和上面的正文也没有共同的字眼，但没有署名，后面也没有带电头的稿件"
    )
    return Flag(
        line,
        "heading-crosshead",
        f"“{text}”按上面稿件的小标题处理：它的字眼上面的正文没有说过，{why}；"
        "如果它是一篇新稿件的标题，请从这里拆开。",
    )
