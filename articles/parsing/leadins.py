"""Lead-in lines of a story's text that look like a kicker: short, no sentence punctuation,
ending with a colon (INPUT.md, "Headlines": lead-in lines ending in ``——`` or ``如下：`` are not
new articles). Used by :class:`~articles.parsing.reader.Reader` when it tells heading lines.
"""

from __future__ import annotations

import functools
import re

from articles.parsing.datelines import dateline_match
from articles.parsing.englishlines import english_text_line
from articles.parsing.layout import cut_from_text, is_indented, paragraph_wraps
from articles.parsing.lettersigners import closing_over_signature
from articles.parsing.names import looks_like_name
from articles.parsing.pagerows import PageRows
from articles.parsing.patterns import (
    HEADING_LIMIT,
    LEAD_IN_RE,
    ROLE_WORD_RE,
    SALUTATION_OPENING_RE,
    SALUTATION_RE,
    is_heading_like,
)
from articles.parsing.rolls import clause_lead_in, roll_under
from articles.parsing.units import Heading, Para
from articles.text import fold, folding_to

# A lead-in that introduces a quote or the paragraph after it by a verb of saying (他说：,
# 会议强调：, 张明告诉记者：): text when text follows it (:func:`speech_lead_in`).
_SPEECH_LEAD_IN_RE = re.compile(
    r"(?:说道?|表示|指出|强调|要求|提出|认为|呼吁|宣布|透露|声称|称|介绍|坦言|直言|提醒|建议|"
    r"回忆|解释|补充|感慨|写道|谈到|问道|答道|重申|证实|承认|说明|提到|告诉[^：:，,。]{0,8})"
    r"\s*[:：]$"
)


def speech_lead_in(folded: str, following: list[str]) -> bool:
    """True when ``folded`` (a folded line, :func:`~articles.text.fold`) ends with a verb of
    saying and a colon (``他说：``, ``新区管委会主任说：``, ``会议强调：``, ``张明告诉记者：``) and
    text goes on under it: a lead-in to the quote, points or paragraph under it, so a line of its
    story, not a new story's kicker (INPUT.md, "Headlines": lead-in lines are not new articles).

    ``following`` is the next lines (stripped, in order, blank ones as ``""``; a few non-blank
    ones are enough, ``[]`` when none). What follows tells a lead-in from a kicker: the short title-like lines right under it
    (a quoted motto ``“绿水青山就是金山银山”``, points ``一是…``, or a quoted exclamation
    ``“家乡的明天一定会更好！”``, :func:`_title_candidate`) are a headline when a story's dateline
    opens right after them (``本报讯（记者…）``: a kicker, headline and dated story, INPUT.md
    "Bylines, datelines") and the lead-in's words when text goes on after them. With nothing
    but title lines under it (the page ends) the line is left to the deck."""
    if not folded.endswith(("：", ":")) or not following:
        return False
    if _SPEECH_LEAD_IN_RE.search(folded[-12:]) is None:
        return False
    lines = [line for line in following if line]
    if not lines:
        return False
    titles = 0
    for line in lines[:_TITLE_RUN]:
        if not _title_candidate(line):
            break
        titles += 1
    after = lines[titles] if titles < len(lines) else None
    if after is None:
        return titles == 0
    if dateline_match(after) is not None:
        return False  # a dated story under the title lines: a kicker over its headline
    # Text set off from the title lines by a blank line: a headline over a story opening
    # without a dateline (INPUT.md "Headlines"); right under them, the lead-in's words.
    return titles == 0 or not _blank_before(following, after)


def _blank_before(following: list[str], line: str) -> bool:
    """True when a blank line (``""``) stands right before the first ``line`` in ``following``."""
    index = following.index(line)
    return index > 0 and not following[index - 1]


# Title lines (kicker's headline and subheadline, or the lead-in's quote or points) looked at
# under a speech lead-in, at most.
_TITLE_RUN = 3


def _title_candidate(line: str) -> bool:
    """True when ``line`` (stripped) may be a headline: a title-like line
    (:func:`~articles.parsing.patterns.is_heading_like`) or a short quoted exclamation or question
    (``“家乡的明天一定会更好！”``), as headlines are printed; not a piece of a sentence cut by the
    column (``“龙口夺粮，一天也``: a quote left open, :func:`~articles.parsing.layout.cut_from_text`)."""
    if len(line) > HEADING_LIMIT and len(line.strip()) > HEADING_LIMIT:
        return False  # (is_heading_like is False beyond the limit, the quoted cry ≤ 40 long)
    return _short_title_candidate(line)


@functools.lru_cache(maxsize=4096)
def _short_title_candidate(line: str) -> bool:
    """:func:`_title_candidate` of a line at most :data:`HEADING_LIMIT` long (stripped), remembered:
    :func:`lead_in_words` asks it of the dozen lines over each line of a page."""
    if cut_from_text(line):
        return False
    return is_heading_like(line) or (
        len(line) <= 40 and "。" not in line and _QUOTED_CRY_RE.fullmatch(line) is not None
    )


# Every character whose fold is a colon (``：`` or ``:``; :func:`~articles.text.folding_to`).
_FOLDS_TO_COLON = frozenset(folding_to("：") + folding_to(":"))
_QUOTED_CRY_RE = re.compile(r"[“「『\"][^“”「」『』\"]+[！？!?…]+[”」』\"]")


def quoted_headline(heading: list[str], text: str, following: str | None) -> bool:
    """True when ``text`` (stripped), a short quoted exclamation or question
    (``“家乡的明天一定会更好！”``) printed right under the heading lines ``heading`` whose last
    ends with a colon (a speaker's kicker, ``返乡创业青年李明说：``), is that deck's headline: the
    next line ``following`` (stripped; None when there is none) opens a story with its dateline
    (``本报讯（记者…）``). Alone, such a line is a quoted sentence (a paragraph of text, see
    :func:`~articles.parsing.patterns.is_heading_like`); INPUT.md "Headlines": a kicker often
    ends with ``：``, the 主题 under it."""
    return (
        bool(heading)
        and heading[-1].rstrip().endswith(("：", ":"))
        and following is not None
        and _QUOTED_CRY_RE.fullmatch(text) is not None
        and len(text) <= 40
        and "。" not in text
        and dateline_match(following) is not None
    )


def lead_in_words(lines: list[str], number: int) -> bool:
    """True when line ``number`` (1-based) of ``lines`` is one of the short title-like lines
    right under a :func:`speech_lead_in` that is text (its quote or points: ``李明说：`` /
    ``“绿水青山就是金山银山”``, ``村支书介绍：`` / ``一是扩大种植面积`` / ``二是…``), or the first
    line of the text going on after them: each opens a paragraph of the story, none is a
    heading (INPUT.md, "Headlines": lead-in lines are not new articles). Looks back over at
    most :data:`_TITLE_RUN` such lines (blank lines skipped, 12 lines at most)."""
    current = lines[number - 1].strip()  # (whether it is a title candidate: asked when needed)
    seen = 0
    for index in range(number - 2, max(-1, number - 14), -1):
        raw = lines[index].strip()
        if not raw:
            continue
        # (Folding is character for character, so the folded line ends with a colon only if
        # the line ends with a character that folds to one: the others are never folded here.)
        if raw[-1] in _FOLDS_TO_COLON and _SPEECH_LEAD_IN_RE.search((folded := fold(raw))[-12:]):
            if seen == 0 and not _title_candidate(current):
                return False  # text right under the lead-in: a paragraph as any
            return lead_in_line(folded, lines, index + 1)
        if not _title_candidate(raw):
            return False
        seen += 1
        # (at most _TITLE_RUN title lines over a candidate, one more over a line of text)
        if seen >= _TITLE_RUN and (seen > _TITLE_RUN or _title_candidate(current)):
            return False
    return False


def lead_in_line(folded: str, lines: list[str], number: int) -> bool:
    """True when ``folded`` (line ``number``, 1-based, of ``lines``, folded) is a lead-in line
    of text: one that announces what follows (``声明如下：``, ``LEAD_IN_RE``) or a
    :func:`speech_lead_in` with text going on under it (the next non-blank lines of the next
    50)."""
    if LEAD_IN_RE.search(folded):
        return True
    if not folded.endswith(("：", ":")):
        return False
    following, seen = [], 0
    for raw in lines[number : number + 50]:
        following.append(raw.strip())
        seen += bool(raw.strip())
        if seen > _TITLE_RUN:
            break
    return speech_lead_in(folded, following)


def title_like(lines: list[str], number: int, text: str, last, block_start: bool) -> bool:
    """True when ``text`` (line ``number``, 1-based, of ``lines``, stripped) is title-like
    (:func:`~articles.parsing.patterns.is_heading_like`), or a quoted exclamation right under a
    kicker (``last``, the flow's last unit, a Heading in the same block: ``block_start`` False)
    and over a dated story: the headline (:func:`quoted_headline`). A row of four words or more
    parted by wide gaps (``九月初七日　撫憲傳見　藩司　臬司``, a record's row), right under a
    title printed whole or under text in the same block, is no title: a headline is printed
    whole or in two halves (INPUT.md, "Headlines"); an advert's or a box's rows stand alone or
    under a gapped label, and stay as they were read."""
    if is_heading_like(text):
        return block_start or not _gapped_row(text) or not _under_text_or_title(last)
    if not isinstance(last, Heading) or block_start:
        return False
    following = lines[number].strip() if number < len(lines) else None
    return quoted_headline(last.lines, text, following)


def opens_text(
    lines: list[str],
    number: int,
    text: str,
    folded: str,
    indented: bool,
    under_text: bool = False,
    width: int | None = None,
) -> bool:
    """True when a title-like line ``text`` (line ``number``, 1-based, of ``lines``; ``folded``
    its folded form; ``indented`` when printed indented) opens text, not a heading: a lead-in
    (``声明如下：``, :func:`lead_in_line`; under a story's paragraph that ends a sentence,
    ``under_text``, also one over the rows of data it announces, :func:`rows_lead_in`; ``width``
    the page's column width when it is set in cut lines; under a headline, a sentence's lead-in
    over a roll of names, :mod:`~articles.parsing.rolls`), a letter's closing exclamation over
    its signature (:func:`~articles.parsing.lettersigners.closing_over_signature`), a
    letter's salutation (``编辑同志：…``; alone on its line when printed indented, as a
    paragraph: ``　　编辑同志：``, whether or not the page's indents part paragraphs), an indented paragraph's first line wrapping onto
    the unindented line under it (:func:`~articles.parsing.layout.paragraph_wraps`), or a line
    of an English sentence cut by the column (:func:`~articles.parsing.englishlines.
    english_text_line`)."""
    return bool(
        lead_in_line(folded, lines, number)
        or SALUTATION_OPENING_RE.match(folded)
        or (SALUTATION_RE.match(folded.strip()) and is_indented(lines[number - 1]))
        or (indented and paragraph_wraps(lines, number, text))
        or (under_text and rows_lead_in(lines, number, folded, width))
        or (under_text and closing_over_signature(lines, number, text))
        or (clause_lead_in(folded) and roll_under(lines, number))
        or english_text_line(lines, number, text)
    )


def rows_lead_in(lines: list[str], number: int, folded: str, width: int | None = None) -> bool:
    """True when ``folded`` (line ``number``, 1-based, of ``lines``, folded), a short line
    ending with a colon, stands over rows of data that are its story's text: the run of rows
    right under it (one blank line between at most) that
    :meth:`~articles.parsing.pagerows.PageRows.in_story` takes under a paragraph announcing them
    (``第十轮其他比赛结果：`` / ``东湾队 0∶0 南港队`` / ``北岭队 3∶2 西峡队`` then more text; a price
    list under ``今日菜价：``; ``width``: the page's column width when it is set in cut lines, as
    the reader's). Such a line is a lead-in of text, as INPUT.md ("Headlines") says
    of lines ending in ``如下：``; the same line over like rows over a dated story stays that
    story's kicker (in_story leaves rows over a dateline to the deck). Looks at the run once
    (linear in it); the caller asks only of a line under a story's text."""
    if not folded.endswith(("：", ":")):
        return False
    first = number + 1
    if first <= len(lines) and not lines[first - 1].strip():
        first += 1
    if first > len(lines):
        return False
    return PageRows(lines, width).in_story(first, folded) is not None


# The gaps of a row of words: a full-width space or two spaces and more.
_ROW_GAP_RE = re.compile(r"\u3000+[ \u3000]*| {2,}")
_ROW_WORDS = 4  # words at least: a row, never a headline (whole, or two halves)


def _under_text_or_title(last) -> bool:
    """``last`` (the flow's last unit) is text, or a heading whose last line has no wide gap."""
    if isinstance(last, Heading):
        return len(_ROW_GAP_RE.split(last.lines[-1].strip())) == 1
    return isinstance(last, Para)


def _gapped_row(text: str) -> bool:
    """``text`` (stripped) holds :data:`_ROW_WORDS` words or more parted by wide gaps, each two
    to twelve characters (a letter-spaced line's one-character pieces are no words), two of
    them at most three (a record names offices and people: 藩司, 陳文瀚; a subheadline's
    phrases, 按质论价　资金到位, are longer)."""
    words = _ROW_GAP_RE.split(text)
    if len(words) < _ROW_WORDS or not all(2 <= len(word) <= 12 for word in words):
        return False
    if any(ch.isdigit() for ch in text):
        return False  # (美元　1.0220　　港元　0.1310: a box's figures, left to the data boxes)
    if ROLE_WORD_RE.search(fold(text)) or all(looks_like_name(word) for word in words):
        return False  # (■本报记者　蔡一鸣　通讯员　邹立平, 许文龙　王大明…: the byline's line)
    return sum(1 for word in words if len(word) <= 3) >= 2
