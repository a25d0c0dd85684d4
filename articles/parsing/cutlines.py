"""Lines that are not what they look like on pages of cut lines and OCR (used by
:mod:`~articles.parsing.reader`).

INPUT.md, "Encoding and layout": OCR and PDF text layers cut lines mid-word and mid-sentence,
interleave what stands side by side on the page, and read specks as marks. Here:

* :func:`runs_on`: a short line the next line goes on (``记者从省粮食和物资储备局获`` /
  ``悉，截至…``) was cut mid-sentence: it is text, whatever its first words look like;
* :func:`speck_lines`: lines that are no text of any story: an OCR speck read as one mark alone
  on a line (``'``, ``·``). They are set aside, and the lines around them are read as if they
  stood next to each other (a headline's two lines stay one heading, ``县农机厂试制成功`` /
  ``'`` / ``手扶式插秧机``);
* :func:`next_source_brief`: in a box of headless briefs each opened by a dateline, a
  paragraph opened by its source (``据韩国《东海日报》2月7日报道，``) is the next brief;
* :func:`close_before_break`: a line left between a story's text and a web archive's item
  separator (a letter's signature, ``合城市第三中学教员  孙  敏``) is that story's end line,
  never the next item's deck (the separator heads the next item);
* :func:`has_section_heads`: an interview's questions (``问：…？``) read as crossheads are no
  section heads of the story;
* :func:`letter_head`: a letter's salutation opens its text; the short lines right over it
  that were read as a paragraph are its headline.
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.headframes import furniture_lines, headline_lines
from articles.parsing.layout import cut_across, next_text
from articles.parsing.patterns import QA_LINE_RE, SALUTATION_OPENING_RE
from articles.parsing.reportlines import filed_from_end
from articles.parsing.units import Heading, Para, Special
from articles.text import fold

# Marks an OCR reads out of specks, alone on a line: never a line of text (a full stop or a
# closing quote alone may end a paragraph a column pushed onto a line of its own: not here).
_SPECKS = frozenset("'`‘·•・^~_|¦")


def runs_on(lines: list[str], number: int, text: str) -> bool:
    """True when the line ``number`` (1-based), ending in ``text``, is cut mid-sentence: the
    next line that is not blank goes on it (:func:`~articles.parsing.layout.cut_across`:
    opens with punctuation that goes on a sentence, or a word spans the break: ``…储备局获`` /
    ``悉，截至…``). jieba on a few characters: call it only for a line about to be read as
    something other than text. A byline ending with the place it was filed from (``记者 王刚
    发自北京``) is whole: nothing runs on from the place's name (:func:`filed_from_end`)."""
    following = next_text(lines, number)
    return (
        following is not None
        and not filed_from_end(text)
        and lines[number - 1].rstrip().endswith(text)
        and cut_across(text, following)
    )


_ONE_CHARACTER_RAW = 12  # characters: a longer raw line holds more than one printed character


def speck_lines(lines: list[str]) -> dict[int, str]:
    """Line numbers (1-based) of lines that are no story's text, with the set-aside reason
    (``scan-noise``): a speck mark alone on a line (:data:`_SPECKS`). (A vertical slogan's
    characters, one a line, are :mod:`~articles.parsing.slogans`'.) Linear in the page's
    lines."""
    found: dict[int, str] = {}
    for index, raw in enumerate(lines):
        # (the line's only printed character; most lines are long text)
        if len(raw) <= _ONE_CHARACTER_RAW and raw.strip() in _SPECKS:
            found[index + 1] = "scan-noise"
    return found


def layout_headlines(lines: list[str], width: int | None, specks: dict[int, str]) -> frozenset[int]:
    """:func:`~articles.parsing.headframes.headline_lines` of the page read without its
    ``specks`` (:func:`speck_lines`): a speck between a headline's two lines (``县农机厂试制成功``
    / ``'`` / ``手扶式插秧机``) parts nothing. Line numbers (1-based) of the page as printed."""
    if not specks:
        return headline_lines(lines, width, furniture_lines(lines, width))
    kept = [number for number in range(1, len(lines) + 1) if number not in specks]
    clean = [lines[number - 1] for number in kept]
    found = headline_lines(clean, width, furniture_lines(clean, width))
    return frozenset(kept[number - 1] for number in found)


def has_section_heads(blocks: list, paras: list) -> bool:
    """Whether a story (its ``blocks`` so far) has section heads, so that one more heading
    line over ``paras`` is one of them: a crosshead that is no interview question
    (``问：…？``), or ``paras`` go on the interview (they open with ``问：`` or ``答：``). A
    one-line title after an interview of questions and answers, over prose, may head a story
    of its own (``种粮也要算细账`` after ``问：…`` / ``答：…``). Linear in the blocks."""
    if paras and QA_LINE_RE.match(paras[0].text):
        return True
    return any(block.kind == "crosshead" and not QA_LINE_RE.match(block.text) for block in blocks)


# A brief's source named in its first clause: 据韩国《东海日报》2月7日报道， / 据路透社6日消息，
_SOURCE_OPENING_RE = re.compile(r"^据[^，。,\s]{2,30}?(?:报道|消息|电|報道|電)[，,]")
_BRIEFS_BACK = 30  # units looked back over for the box's label


def next_source_brief(flow: list, text: str) -> bool:
    """True when the paragraph ``text``, opened by its source (``据…报道，``), is the next
    brief of a box of headless briefs: the paragraphs since the box's label (a ``break`` in
    ``flow``, :mod:`~articles.parsing.boxlabels`) each opened with a dateline, so each was a
    brief of its own; a brief opened by its source instead is one more (INPUT.md,
    "Headlines": a story that opens without a dateline is still a new story). Bounded look
    back (:data:`_BRIEFS_BACK` units)."""
    if text[:1] != "据" or not _SOURCE_OPENING_RE.match(text):  # (the cheap test first)
        return False
    for unit in reversed(flow[-_BRIEFS_BACK:]):
        if isinstance(unit, Special) and unit.kind == "break":
            return unit is not flow[-1]
        if not (isinstance(unit, Para) and dateline_match(unit.text)):
            return False
    return False


_SIGNATURE_LINE = 30  # characters: a signature left over a separator is at most this long
# A numbered title (2. 读者来信) over a separator heads the item after it (a list of titles).
_LIST_TITLE_RE = re.compile(r"^[0-9０-９]{1,3}[.、．]")


def close_before_break(body, segments: list) -> None:
    """At a web archive's item separator: the story ``body`` before it ends; one short
    heading line printed between its text and the separator (the last run of heading lines in
    ``segments``, right after ``body``) is its signature, one of its end and byline lines: a
    separator heads the next item, so nothing before it is that item's deck (INPUT.md,
    "Encoding and layout": archive separators before each item); a numbered title
    (``2. 读者来信``) is the next item's, as in a list of titles. Constant time."""
    if body is None:
        return
    body.open = False
    if len(segments) < 2 or segments[-2] is not body or not body.has_paragraphs:
        return
    headings = getattr(segments[-1], "headings", None)  # (a run of heading lines)
    if headings is None or len(headings) != 1 or len(headings[0].lines) != 1:
        return
    line = headings[0].lines[0]
    if len(line.strip()) <= _SIGNATURE_LINE and not _LIST_TITLE_RE.match(line.strip()):
        body.end_lines.append(line)
        body.byline_lines.append(line)
        body.units.add(id(headings[0]))
        segments.pop()


_LETTER_TITLE_LINE = 20  # characters: a line of a letter's headline is at most this long
_SENTENCE_MARKS = frozenset("，。；！？,;!?")


def letter_head(lines: list[str], flow: list, text: str) -> bool:
    """True when ``text`` opens with a letter's salutation (``编辑同志：我们…``): it opens the
    letter's text, never goes on the paragraph before. When that paragraph, read from short
    lines (``读者来信`` / ``请把乡间小路修一修``, ``读者来信：请把路灯修一修``) without sentence
    punctuation, stands alone after other text, it was the letter's headline all along (OCR and
    cut lines: a short line is a headline when the layout says so, and a salutation opens a
    letter under its title); it is turned into a :class:`Heading` in ``flow``, in place."""
    if not SALUTATION_OPENING_RE.match(fold(text)):
        return False
    last = flow[-1] if flow else None
    if not isinstance(last, Para) or last.terminated or last.markers or len(flow) < 2:
        return True
    parts = last._parts
    if len(parts) > 3 or any(len(part.strip()) > _LETTER_TITLE_LINE for part in parts):
        return True
    if _SENTENCE_MARKS.intersection(last.text) or dateline_match(last.text):
        return True
    before = flow[-2]
    if isinstance(before, Para) and not before.terminated:
        return True
    blank = last.line >= 2 and not lines[last.line - 2].strip()
    flow[-1] = Heading(last.line, [part.strip() for part in parts], blank)
    return True
