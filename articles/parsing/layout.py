"""What a page's layout says about its lines, measured over the whole page before reading it.

Used by :mod:`~articles.parsing.reader`: whether the page is set in short cut lines (PDF text
layers, OCR, narrow columns) and how wide they are, and whether a blank line parts paragraphs or
larger blocks (stories); and, line by line, whether a title-like line is cut running text (OCR,
narrow columns: :func:`cut_from_text`, :func:`prose_lines`); a line holding several paragraphs is
cut by :mod:`~articles.parsing.runs`. See INPUT.md, "Encoding and layout" and
"Headlines".
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.factfields import fact_field
from articles.parsing.ocrprose import comma_inside, cut_lines, prose_line
from articles.parsing.patterns import (
    BARE_NUMERAL_RE,
    COMMA_INSIDE_RE,
    GUTTER_RE,
    LEAD_IN_RE,
    NUMBERED_HEAD_RE,
    SCORE_SIGN,
    SHORT_LINE,
    ends_sentence,
    is_heading_like,
)
from articles.parsing.units import Heading, Para
from articles.parsing.verses import stanza_lines
from articles.text import fold, get_jieba

_PARAGRAPH_LINE = 10  # characters: a line at least this long that ends a sentence is a paragraph
_STOP_RE = re.compile(r"[。！？.!?．]")  # a sentence's stop, in either width


def column_width(lines: list[str]) -> int | None:
    """The width of a page set in short cut lines (PDF text layers, OCR, narrow columns), or None.

    Such a page is mostly lines of about the same length, 4 to 30 characters, that end without
    sentence punctuation (cut mid-sentence), one in five of those about the width with a comma
    (prose, not a list of titles
    or page furniture; a poem's lines set line by line, :func:`~articles.parsing.verses.
    stanza_lines`, are not counted). The width is the most common length among them; a line about that long
    that ends without punctuation is cut text, never a headline."""
    counts: dict[int, int] = {}
    commas: dict[int, int] = {}  # of those lines, how many have a comma inside, by length
    total, cut_texts = cut_lines(lines)
    verse = stanza_lines(lines)  # (a poem's lines: set line by line, not cut)
    for text in cut_texts:
        if text in verse:
            continue
        counts[len(text)] = counts.get(len(text), 0) + 1
        if comma_inside(text, len(text)):  # (not an item's number: 一、…)
            commas[len(text)] = commas.get(len(text), 0) + 1
    cut = sum(counts.values())
    if cut < 4 or cut * 2 < total:
        return None
    width = max(counts, key=lambda n: (counts[n], n))
    near = sum(c for n, c in counts.items() if abs(n - width) <= 2)
    prose = sum(c for n, c in commas.items() if abs(n - width) <= 2)
    return width if near >= 4 and near * 5 >= cut * 3 and prose * 5 >= near else None


def blank_lines_part_blocks(lines: list[str]) -> bool:
    """True on a page that prints paragraphs one a line with no blank line between them, so a
    blank line parts larger blocks (stories), not paragraphs: more than twice as many pairs of
    paragraph lines follow each other directly as across a blank line, and at least two."""
    adjacent, parted = _paragraph_pairs(lines)
    return adjacent >= 2 and adjacent > 2 * parted


def blank_lines_part_paragraphs(lines: list[str]) -> bool:
    """True on a page whose blank lines part its paragraphs (the seed's layout, a column break
    printed as a blank line too): the opposite of :func:`blank_lines_part_blocks`, more than
    twice as many pairs of paragraph lines across a blank line as directly after each other,
    and at least two. Linear in the page's lines."""
    adjacent, parted = _paragraph_pairs(lines)
    return parted >= 2 and parted > 2 * adjacent


def _paragraph_pairs(lines: list[str]) -> tuple[int, int]:
    """How many pairs of paragraph lines (a line of :data:`_PARAGRAPH_LINE` characters or more
    ending a sentence, then another that long) follow each other directly, and how many across
    a blank line. On a page printing ``、`` as its only punctuation, no sentence stop anywhere
    (typed from a late-Qing paper's microfilm: 禁煙之令下已三年矣、…), a paragraph line ends
    where its line does."""
    adjacent = parted = 0
    previous, blank = "", False
    unstopped = not any(_STOP_RE.search(raw) for raw in lines) and any("、" in raw for raw in lines)
    for raw in lines:
        text = raw.strip()
        if not text:
            blank = True
            continue
        if (
            previous
            and len(previous) >= _PARAGRAPH_LINE
            and (unstopped or ends_sentence(previous))
            and len(text) >= _PARAGRAPH_LINE
        ):
            if blank:
                parted += 1
            else:
                adjacent += 1
        previous, blank = text, False
    return adjacent, parted


def is_indented(raw: str) -> bool:
    """True when the printed line ``raw`` starts with an indent of two spaces or more."""
    return raw[:1] in ("\u3000", " ", "\t") and len(raw) - len(raw.lstrip()) >= 2


def printed_size(lines: list[str], number: int, text: str) -> int:
    """How wide ``text`` (on line ``number``, 1-based, or a piece of it) is printed: with its
    indent when it is the whole line (a paragraph's first line is indented, so an indented
    line short by its indent is still full width: cut text); a line read with the next printed
    line joined to it (a headline cut inside a 《title》) as wide as its own printed line."""
    raw = lines[number - 1] if 0 < number <= len(lines) else text
    whole = raw.strip() == text or (
        len(text) > len(raw.strip()) > 0 and text.startswith(raw.strip())
    )
    return len(raw.rstrip()) if whole else len(text)


def over_dateline(lines: list[str], number: int, text: str, tail: str) -> bool:
    """A title-like line (``text``, on line ``number``, 1-based) right above a line that opens
    with a dateline (no blank line between) is that story's headline, not the end of the text
    before it (``tail``, that text's last line): a dateline starts a story, so the text before
    it has ended (INPUT.md, "Headlines"); unless a word runs on across the break
    (:func:`cut_across`: cut text)."""
    following = lines[number].strip() if 0 < number < len(lines) else ""
    return (
        bool(following)
        and is_heading_like(text)  # (remembered: the cheaper test first)
        and dateline_match(following) is not None
        and not cut_across(tail, text)
    )


_LIST_ITEMS = 30  # numbered lines of a list in a story's text, at most
#: Bullets that open a line of a list or a row of a teaser box (``▶ 收割后及时晾晒``, ``■``, ``→``):
#: no headline's first character. ``-`` and ``·`` count only with a space after them
#: (:data:`_LIST_ITEM_RE`; ``·史密斯`` is a name cut by the column).
LIST_BULLETS = "◆◇■□●○★☆•▲△►▶▷▸▹➤➢→⇒※√"
_LIST_ITEM_RE = re.compile(
    rf"^(?:[0-9０-９]{{1,2}}[.．、]|[①-⑳]|[{LIST_BULLETS}]+|[-·・－]\s)\s*[^\s{LIST_BULLETS}]"
)


def bulleted(text: str) -> bool:
    """Whether the stripped line ``text`` opens with a bullet (:data:`LIST_BULLETS`, ``-`` or
    ``·`` and a space) and text after it: a line of a list, each its own paragraph, or a row
    of a teaser box."""
    return text[:1] in LIST_BULLETS_SET and _LIST_ITEM_RE.match(text) is not None


LIST_BULLETS_SET = frozenset(LIST_BULLETS + "-·・－")


def list_item(text: str) -> bool:
    """Whether ``text`` opens as a line of a list: numbered in digits (``1.``, ``①``) or
    bulleted (:func:`bulleted`)."""
    return _LIST_ITEM_RE.match(text) is not None


def list_line(lines: list[str], flow: list, number: int, text: str) -> bool:
    """A story's list in its text, each line a paragraph (INPUT.md, "Headlines": lead-in
    lines are text): a line ``text`` (on line ``number``) ending with a colon right after an
    open paragraph (the last unit of ``flow``), over a line numbered in digits or bulleted
    (``本轮其他比赛结果：`` / ``1.铁路队0比0电力队``, ``县农业局提醒广大农户：`` / ``▶ 秸秆不得露天焚烧``:
    :data:`LIST_BULLETS`), and the numbered or bulleted lines under it. A
    document's ``如下：`` announces its sections (crossheads), not a list. Looks back at most
    :data:`_LIST_ITEMS` units. A fact's field line under another (``团费：1680元/人`` /
    ``出团日期：10月1日``: :func:`~articles.parsing.factfields.fact_field`) is a line of its own too."""
    last = flow[-1] if flow else None
    if not isinstance(last, Para) or last.closed:
        return False
    if fact_field(fold(text)) and fact_field(fold(last._parts[-1])):
        return True
    if text.endswith(("：", ":")):
        following = next_text(lines, number)
        return (
            following is not None
            and _LIST_ITEM_RE.match(following) is not None
            and not LEAD_IN_RE.search(fold(text))
        )
    if not _LIST_ITEM_RE.match(text):
        return False
    for unit in flow[-1 : -_LIST_ITEMS - 1 : -1]:
        if not isinstance(unit, Para):
            return False
        if unit.text.endswith(("：", ":")):
            return not LEAD_IN_RE.search(fold(unit.text[-20:]))
        if not _LIST_ITEM_RE.match(unit.text):
            return False
    return False


def next_text(lines: list[str], number: int) -> str | None:
    """The next line after line ``number`` (1-based) that is not blank, stripped; None when the
    next 50 lines are blank (a look ahead, bounded)."""
    for raw in lines[number : number + 50]:
        if raw.strip():
            return raw.strip()
    return None


_PAIRS = ("“”", "「」", "『』", "《》", "（）", "【】")


def cut_from_text(text: str, prose: bool = False) -> bool:
    """True when a title-like line is a piece of running text all the same (OCR and cut
    columns): it opens a quote or bracket it does not close, or closes one it did not open
    (headlines close their quotes), or it holds a gutter of six spaces or more (two columns
    OCR'd side by side); on a page of cut prose lines (``prose``: :func:`~articles.parsing.
    ocrprose.cut_prose_lines`), also a line that reads as prose (:func:`~articles.parsing.
    ocrprose.prose_line`). A numbered head (``1）…``) is not looked at for brackets."""
    if GUTTER_RE.search(text) or (prose and prose_line(text)):
        return True
    if NUMBERED_HEAD_RE.match(text):
        return False
    # (A text holding none of the pairs' marks has every count 0: balanced. The rest counted.)
    if _PAIR_MARK_RE.search(text) is None:
        return False
    return any(text.count(opening) != text.count(closing) for opening, closing in _PAIRS)


_PAIR_MARK_RE = re.compile("[" + re.escape("".join(_PAIRS)) + "]")


_PROSE_LINE = 12  # characters: two deck lines this long, each with a comma inside, are text


def prose_lines(lines: list[str]) -> bool:
    """True when title-like lines printed one after another (``lines``: a block's first two, or
    its last three) are text cut into short lines (a column of OCR or a PDF text layer), not a
    deck: at least two of three lines have a comma inside, or two long lines both have one (deck
    lines are phrases; a head with a comma stands alone)."""
    commas = [COMMA_INSIDE_RE.search(line.rstrip()) is not None for line in lines]
    if len(lines) == 2:
        return all(commas) and all(len(line.strip()) >= _PROSE_LINE for line in lines)
    return len(lines) >= 3 and sum(commas) >= 2


def subheadline_over_body(lines: list[str], number: int, block: list[str]) -> bool:
    """True when the line ``number`` (1-based) read under a heading ``block`` (its lines so far,
    that line among them) is a subheadline the column cut across lines, not cut text
    (``各地加强工地管理，抓紧`` / ``安全检查，确保按期完工``): the block opens with a line with no
    comma (the headline above), the line and the lines after it down to a blank line are
    title-like (no sentence end; two at most), and the text after that blank line opens with a
    dateline (a story starts there; its heading ends at the blank line). Constant time."""
    if COMMA_INSIDE_RE.search(block[0]) or not 0 < number <= len(lines):
        return False
    index = number
    while index < len(lines) and lines[index].strip():
        if index - number >= 2 or not is_heading_like(lines[index].strip()):
            return False
        index += 1
    if index >= len(lines):
        return False
    following = next_text(lines, index)
    return following is not None and dateline_match(following) is not None


# Short cut lines (e-paper and app text layers, 4 to 10 characters a line) ------------------------

CONTINUING_MARKS = set("，、；：。！？）」』”》,;:!?)…")  # a line opening with one goes on the text
_WORD_WINDOW = 4  # characters each side of a line break looked at for a word that spans it


def cut_text_in_head(before: str, text: str) -> bool:
    """True when the line ``text``, read under a heading line ``before``, shows the two are cut
    text, not deck lines: it opens with a mark that goes on a sentence (``、退役军人…``), or it
    has a comma inside and a word runs on into it across the break (``…在岚州举`` / ``行，设…``;
    ``青枫至临江一级`` / ``公路全线通车`` stays a deck). jieba only for a line with a comma."""
    if text[:1] in CONTINUING_MARKS:
        return True
    return COMMA_INSIDE_RE.search(text) is not None and cut_across(before, text)


def cut_across(before: str, after: str) -> bool:
    """True when the line ``after`` goes on the text ``before`` (its last line) across a line
    break cut mid-sentence, so ``after`` is never a headline (INPUT.md, "Encoding and layout"):
    ``before`` ends without sentence punctuation and ``after`` opens with punctuation that goes
    on a sentence (``，`` ``）`` ``”``), or a dictionary word spans the break (``海州湾跨海`` /
    ``大桥主体``: no; ``人介绍，大`` / ``桥将进入桥``: 大桥). jieba, dictionary words only (no
    guessed new words), on four characters each side: constant time per line. The words are
    looked up folded (:func:`~articles.text.fold`: traditional characters read simplified, as
    jieba's dictionary holds them): read unfolded, ``新跨海大橋動工興建`` / ``有市民表示`` cut a
    false 建有 across the break (jieba knows no 興建), so a traditional page's repeated title was
    glued into its text while the same page in simplified characters had it taken off."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after or ends_sentence(before):
        return False
    if after[0] in CONTINUING_MARKS:
        return True
    left, right = fold(before[-_WORD_WINDOW:]), fold(after[:_WORD_WINDOW])
    if not ("\u4e00" <= left[-1] <= "\u9fff" and "\u4e00" <= right[0] <= "\u9fff"):
        return False
    if not _dictionary_word_across(left, right):
        return False  # (jieba can cut no word across the break: no need to segment)
    position = 0
    for word in get_jieba().cut(left + right, HMM=False):
        end = position + len(word)
        if position < len(left) < end:
            return True
        position = end
    return False


def _dictionary_word_across(left: str, right: str) -> bool:
    """Whether jieba's dictionary (with the words added to it) holds a word made of the end of
    ``left`` and the start of ``right``: without one, jieba's cut of the two (dictionary words
    only) cannot cross the break, as each word it gives is a dictionary word or one character.

    jieba's dictionary holds every prefix of its words (at frequency 0: ``gen_pfdict`` and
    ``add_word`` put them in), so once a text is not in it no longer text that opens with it is
    a word: the search stops there."""
    frequencies = get_jieba().dt.FREQ
    for start in range(len(left)):
        end = left[start:]
        if end not in frequencies:
            continue  # (no word opens with it)
        for size in range(1, len(right) + 1):
            found = frequencies.get(end + right[:size])
            if found:
                return True
            if found is None:
                break  # (no word opens with it)
    return False


DECK_LINE_MAX = 24  # characters: a line longer than this under a lead-in is its text


def deck_line_after_lead_in(heading: list[str], text: str) -> bool:
    """True when ``text``, printed right under the heading lines ``heading`` (no blank line
    between), is a line of the same deck because the heading's last line is a kicker that ends
    in a dash (``从代课老师到“最美教师”——``): the dash leads into the headline, so the short
    line under it is the headline's first even when it is cut at a comma (``三十年，``), unless
    it ends a sentence or is text-long (``DECK_LINE_MAX``)."""
    last, text = heading[-1].rstrip(), text.strip()
    return (
        last.endswith("——")
        and 0 < len(text) <= DECK_LINE_MAX
        and not ends_sentence(text)
        and "。" not in text
        and dateline_match(text) is None
    )


def joins_lead_in(last, text: str, block_start: bool) -> bool:
    """Adds ``text`` to the heading ``last`` and says True when it is printed right under it
    (no blank line: ``block_start`` False) and :func:`deck_line_after_lead_in` makes it a line of
    the same deck."""
    if isinstance(last, Heading) and not block_start and deck_line_after_lead_in(last.lines, text):
        last.lines.append(text)
        return True
    return False


# A line of scores after its label: 各节比分：18:22　17:21　21:23　25:11, 局分 11:9, 8:11, 11:6,
# 局分 11-9 8-11 (any :data:`~articles.parsing.patterns.SCORE_SIGN`).
_RESULTS_LINE_RE = re.compile(
    rf"^(?:[^\d:：]{{1,12}}(?:[:：]|\s))?\s*(?:\d{{1,3}}\s*{SCORE_SIGN}\s*\d{{1,3}}[\s，,、;；]*){{2,}}$"
)


def results_line(text: str) -> bool:
    """True when ``text`` is two or more scores after a label (``各节比分：18:22　17:21　21:23
    25:11``, a set-by-set line): under a story's text, a results line of that text, never a
    headline, so a headline after it still starts the next story."""
    return _RESULTS_LINE_RE.match(text.strip()) is not None


def results_under_text(last, text: str) -> bool:
    """:func:`results_line` printed under a paragraph ``last`` (the flow's last unit)."""
    return isinstance(last, Para) and results_line(text)


_BYLINE_CUT_RE = re.compile(
    r"^(?:本报|特约)?(?:记者|通讯员|特约记者)(?:[\s\u3000]+[\u4e00-\u9fff]{2,4})*[\s\u3000]+[\u4e00-\u9fff]$"
)
_NAME_REST_RE = re.compile(r"^[\u4e00-\u9fff]{1,3}$")


def byline_cut(text: str, following: str) -> bool:
    """True when a reporter's line is cut inside its last name on a page of short cut lines
    (``本报记者 方`` / ``晓雪``): the line ends with a role word and one character of a name, and
    the next line is one to three characters and nothing else. The two lines are one byline.
    Constant time (the line is looked at only when it is 20 characters or shorter)."""
    text, following = text.strip(), following.strip()
    return (
        len(text) <= 20
        and _BYLINE_CUT_RE.match(text) is not None
        and _NAME_REST_RE.match(following) is not None
    )


def headings_cut_from_text(flow: list, headlines: frozenset[int]) -> None:
    """On a page cut into short lines, in the ``flow`` read (changed in place; ``headlines``: the
    lines :func:`~articles.parsing.headframes.headline_lines` set): a heading the layout did not set as a headline whose
    last line is cut mid-word from the paragraph after it (``桥采用了多`` / ``项新工艺，``:
    多项) is the start of that paragraph (INPUT.md, "Encoding and layout": a short line is a
    headline only when the layout says so). A paragraph opening with a dateline is a story's
    start, never the rest of a line before it; a numeral alone on its line (``二`` over
    ``十一点，…``) is a section head by its form, never a word cut from the text."""
    index = 0
    while index + 1 < len(flow):
        unit, after = flow[index], flow[index + 1]
        if (
            isinstance(unit, Heading)
            and isinstance(after, Para)
            and unit.line not in headlines
            and not dateline_match(after._parts[0])
            and not BARE_NUMERAL_RE.match(unit.lines[-1].strip())
            and cut_across(unit.lines[-1], after._parts[0])
        ):
            after._parts[:0] = unit.lines
            after._text = None
            after.line = unit.line
            del flow[index]
            continue
        index += 1


def paragraph_wraps(lines: list[str], number: int, text: str) -> bool:
    """On a page whose paragraphs open with an indent and wrap without one
    (:func:`indent_is_signal`), the indented line ``text`` (line ``number``, 1-based) that does
    not end a sentence, with an unindented line right under it (no blank line between), is a
    paragraph's first line that wraps onto the next: text, not a headline (INPUT.md, "Encoding
    and layout": a short line is not a headline because it is short) when the two read as prose:
    the line under it is no title (sentence punctuation inside, ``作。地委…``), either line holds
    a comma inside (``为了保证工程质量，各县都``), or a word spans the break (:func:`cut_across`).
    Not when the line under it is a dateline or a subheadline (``——…``): then the indented line
    heads that story; nor an indented label over a title line (``读者来信`` / ``公社渡口…``)."""
    if ends_sentence(text) or not 0 < number < len(lines):
        return False
    below = lines[number]
    following = below.strip()
    if (
        not following
        or is_indented(below)
        or following.startswith(("——", "--", "──"))
        or dateline_match(following) is not None
    ):
        return False
    return (
        not is_heading_like(following)
        or any(mark in text + following for mark in "，,、；")
        or cut_across(text, following)
    )


def indent_is_signal(lines: list[str]) -> bool:
    """Indentation starts a paragraph only where the page wraps lines inside a paragraph
    without indenting them (an indented line that does not end a sentence, followed by one
    that is not indented). Where every line is indented, it tells nothing, and a line cut
    by a column break is joined to the next like anywhere else. The indented line must be
    about as long as the page's long indented lines (:data:`_WRAPPED_SHARE` of their upper
    quartile's length): a paragraph wraps where it fills its column, and a short indented line that ends
    no sentence (``　　指导老师：陈　红`` over the next piece's unindented title, on a page printing
    each paragraph on one line) wraps nothing."""
    indented = sorted(len(raw.strip()) for raw in lines if raw.strip() and is_indented(raw))
    if not indented:
        return False
    wrapped = indented[len(indented) * 3 // 4] * _WRAPPED_SHARE
    previous = ""
    for raw in lines:
        if not raw.strip():
            previous = ""
            continue
        if (
            previous
            and not is_indented(raw)
            and not ends_sentence(previous[-SHORT_LINE:])
            and len(previous.strip()) >= wrapped
        ):
            return True
        previous = raw if is_indented(raw) else ""
    return False


_WRAPPED_SHARE = 0.6  # of the indented lines' upper quartile: a line that wrapped is no shorter
