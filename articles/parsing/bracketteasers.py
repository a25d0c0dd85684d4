"""A teaser printed as one marked row with its page bare in brackets: ``■江畔人家（6）``.

A front page's 导读 rows may print the page they point to as a bare number in brackets after the
title, with no 版 (INPUT.md, "Teasers": title lines and the page they point to). A bracketed number
after a title is as often the title's own (a series' episode, ``（3）``) or a footnote's, so the row
is a teaser only where a teaser stands: among the front page's furniture, the line above it (blank
lines between allowed) set aside as furniture (the masthead, its issue line, the weather, a page
stamp) or another teaser, on a page the caller does not name as an inner one, and only when the
number names a page of the edition: not the page itself (1, a front page's own), and no more than
the pages the masthead says the edition has (``今日8版``, ``本期共四版``) where it says so. A row
in a story's text (a list item ending in a footnote's number, under the story's paragraphs) stays
text: the line above it is no furniture.
"""

from __future__ import annotations

import re

from articles.labels import LabelError, normalize_label
from articles.parsing.mastheadfacts import chinese_number
from articles.parsing.results import SetAside
from articles.parsing.units import FoundTeaser
from articles.text import HAN, fold

# The row: a teaser's mark, a title (a headline's words: no sentence punctuation, no gap), the page
# in brackets, nothing after (folded: full-width digits are ASCII).
_ROW_RE = re.compile(
    rf"^[■□▲△●○◆◇★☆▶►]\s*(?P<title>[{HAN}][^\s。，,！？!?；;：:、（）()]{{1,19}})"
    r"\s*[（(]\s*(?P<page>[0-9]{1,2})\s*[)）]$"
)
_HEADLINE_MAX = 30  # characters: a headline under the row is no longer; a text's line may be
# How many pages the edition has, as the masthead prints it (今日8版, 本期共四版, 今日出版十二版).
_PAGE_COUNT_RE = re.compile(
    r"(?:今日|本期)(?:出版|出刊)?\s*共?\s*(?P<count>[一二三四五六七八九十\d]{1,3})\s*[版张]"
)
# What the line above must have been set aside as: a front page's furniture (its masthead, issue
# line, stamp, section, weather, slogan, website, contents), not a box's label over stories
# (briefs, pictures) nor a line left unplaced.
_FURNITURE = frozenset(
    {
        "masthead",
        "page-header",
        "page-stamp",
        "page-label",
        "page-section",
        "page-list",
        "staff",
        "weather",
        "slogan",
        "english-date",
        "website",
        "contents",
        "copyright",
    }
)


def bracketed_page_row(folded: str) -> re.Match | None:
    """The row ``■title（N）`` on the folded, stripped line, else None (cheap: a mark first)."""
    if folded[:1] not in "■□▲△●○◆◇★☆▶►" or folded[-1:] not in "）)":
        return None
    return _ROW_RE.match(folded)


def among_front_furniture(
    lines: list[str], number: int, set_aside: list[SetAside], teaser_lines: set[int]
) -> bool:
    """Whether line ``number`` (1-based) stands under the page's furniture: the nearest line above
    it that is not blank was set aside as furniture (:data:`_FURNITURE`) or belongs to a teaser
    (``teaser_lines``: the lines the teasers found so far start on or point from)."""
    above = number - 1
    while above >= 1 and not lines[above - 1].strip():
        above -= 1
    if above < 1:
        return False
    if above in teaser_lines:
        return True
    return any(item.line == above and item.reason in _FURNITURE for item in set_aside)


def _over_text(lines: list[str], number: int) -> bool:
    """Whether the nearest line under line ``number`` that is not blank is a text's (a sentence,
    or longer than a headline): the row is then that text's title (a serial's episode, ``■江畔
    人家（6）`` over its first paragraph), not a teaser over the next story's headline."""
    below = number
    while below < len(lines) and not lines[below].strip():
        below += 1
    if below >= len(lines):
        return False
    text = lines[below].strip()
    return len(text) > _HEADLINE_MAX or text[-1:] in "。！？!?…”"


def names_an_edition_page(page: str, lines: list[str], number: int) -> str:
    """The label of page ``page`` (digits) when it can be a page of the edition the front page at
    hand belongs to, else "": not page 1 (the front page's own), and within the page count a line
    above ``number`` prints."""
    value = int(page)
    if value < 2:
        return ""
    try:
        label = normalize_label(str(value))
    except LabelError:
        return ""
    for text in lines[: number - 1]:
        found = _PAGE_COUNT_RE.search(fold(text))
        if found is None:
            continue
        count = found.group("count")
        total = int(count) if count.isdigit() else chinese_number(count)
        if total is not None and value > total:
            return ""
        break
    return label


def inner_page(own_label: str) -> bool:
    """Whether the caller named the page an inner one (``A3``, ``5``): no front page's teasers."""
    digits = own_label.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return digits.isdigit() and int(digits) > 1


def front_row_teaser(reader, number: int, folded: str) -> FoundTeaser | None:
    """The teaser on line ``number`` when it is such a row (:func:`bracketed_page_row` of its
    ``folded`` copy) standing among the front page's furniture (``reader``: the page's
    :class:`~articles.parsing.reader.Reader`, its lines, set-asides, teasers and the page's own
    label, the caller's or one a stamp above printed: none of an inner page's), its
    number a page of the edition; else None (the line is read as usual)."""
    match = bracketed_page_row(folded.strip())
    own = reader.page_label or reader.meta.get("label", "")  # (the caller's, else a stamp's)
    if match is None or inner_page(own):
        return None
    teaser_lines = {t.line for t in reader.teasers}
    teaser_lines |= {t.line + len(t.title_lines) for t in reader.teasers}
    if not among_front_furniture(reader.lines, number, reader.set_aside, teaser_lines):
        return None
    if _over_text(reader.lines, number):
        return None
    label = names_an_edition_page(match.group("page"), reader.lines, number)
    if not label:
        return None
    printed = reader.lines[number - 1].strip()
    title = printed[slice(*match.span("title"))]
    return FoundTeaser(number, [title], label, "", printed)
