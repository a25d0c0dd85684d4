"""Lines printed among a title's lines that are not deck lines: a byline (``■本报记者  牛  犇``,
``报导：林美玲``) goes to the story's byline, a salutation (``各位居民朋友们：``) opens its text.
Used by :mod:`~articles.parsing.decks` once each body has its heading lines."""

from __future__ import annotations

import re

from articles.parsing.names import looks_like_deck_byline, looks_like_name
from articles.parsing.results import Block
from articles.parsing.units import Body


def byline_out_of_deck(body: Body) -> None:
    """A byline printed with the title lines (``■本报记者  牛  犇``, ``□本报评论员　何　言``, also
    at the end of the last title line after a space) is the story's byline, not a deck line: it
    is moved to ``body.byline_lines`` (INPUT.md, "Headlines")."""
    while body.deck and body.deck[-1]:
        last = body.deck[-1][-1]
        count = sum(len(block) for block in body.deck)
        if count > 1 and looks_like_deck_byline(last):
            body.deck[-1].pop()
            body.byline_lines.insert(0, last)
            if not body.deck[-1]:
                body.deck.pop()
            continue
        if count > 1 and _labelled_byline(last):
            body.deck[-1].pop()
            body.byline_lines.insert(0, last)
            if not body.deck[-1]:
                body.deck.pop()
            continue
        glued = _GLUED_BYLINE_RE.search(last)
        if glued and glued.start() > 0 and looks_like_deck_byline(last[glued.start() :]):
            body.deck[-1][-1] = last[: glued.start()].rstrip()
            body.byline_lines.insert(0, last[glued.start() :].strip())
        break


# A reporter's role and a colon before one name: 报导：林美玲, 记者：顾川, 撰文：程雪.
_LABELLED_BYLINE_RE = re.compile(r"^(?:报导|报道|记者|撰文|采写|文)\s*[：:]\s*(?P<name>\S+)$")


def _labelled_byline(line: str) -> bool:
    """Whether ``line``, last under a title, is a byline written as a role, a colon and a
    person's name (``报导：林美玲``): a title does not end on a name (INPUT.md, "Headlines")."""
    match = _LABELLED_BYLINE_RE.match(line.strip())
    return bool(match) and looks_like_name(match.group("name"))


# An author's mark after a space at the end of a title line: 机构资金悄然入场 □本报评论员 何言.
_GLUED_BYLINE_RE = re.compile(r"\s+(?=[□■◎●◇◆☆★▲△]\s*\S)")


def salutation_out_of_deck(body: Body) -> None:
    """A line ending with a colon printed last under a title (``全体居民朋友们：``, a letter's or an
    appeal's salutation) addresses the readers and leads into the text under it: no title line
    leads into nothing, so it is the body's first paragraph, not a subheadline."""
    if sum(len(block) for block in body.deck) < 2 or not body.deck[-1]:
        return
    last = body.deck[-1][-1].strip()
    if not last.endswith(("：", ":")) or len(last) < 3:
        return
    body.deck[-1].pop()
    if not body.deck[-1]:
        body.deck.pop()
    body.blocks.insert(0, Block("paragraph", last))


# A document's number (发文字号): the issuer's short name, the year in brackets, the serial number,
# 号: 某政办发〔2026〕3号, 国发〔2024〕5号, 某府函[2025]12号.
_DOCUMENT_NUMBER_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,12}\s*[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*第?\s*\d{1,5}\s*号$"
)


def document_number_out_of_deck(body: Body) -> None:
    """A document's number (``某政办发〔2026〕3号``) printed alone, a blank line under the title
    of a document printed on a page, heads the document's text the way it heads the document:
    it is the body's first paragraph, not a subheadline (GB/T 9704 sets it apart from the
    title). Printed right under the title in one block with it, it stays the title's last line
    (the subheadline), as a notice's deck sets it."""
    if len(body.deck) < 2 or len(body.deck[-1]) != 1:
        return
    last = body.deck[-1][0].strip()
    if not _DOCUMENT_NUMBER_RE.match(last):
        return
    body.deck.pop()
    body.blocks.insert(0, Block("paragraph", last))


# Someone's question put to the page, then its words: 读者林女士问：…, 网友“小雨”问：….
_ASKED_RE = re.compile(r"^[^\s：:，。？！]{1,12}问\s*[：:]\s*\S.{4,}$")


def question_out_of_deck(body: Body) -> None:
    """A reader's question printed last under a title (``读者某女士问：孩子……？``), someone
    named and ``问：`` then the question, opens a question-and-answer text: it is the body's
    first paragraph, as the answer under it is, not a subheadline (a subheadline says nothing
    in one person's words with their name before a colon and 问)."""
    if sum(len(block) for block in body.deck) < 2 or not body.deck[-1]:
        return
    last = body.deck[-1][-1].strip()
    if not _ASKED_RE.match(last):
        return
    body.deck[-1].pop()
    if not body.deck[-1]:
        body.deck.pop()
    body.blocks.insert(0, Block("paragraph", last))


# A letter to the paper's salutation, alone after the words before it: 编辑同志：, 编辑部：.
_LETTER_OPENING_RE = re.compile(
    r"^(?P<title>[^\s，。；！？：:,;!?]{4,20})(?P<salutation>(?:编辑|記者|记者)(?:同志|部|们)?\s*[：:])$"
)
_LETTER_COLUMN_MAX = 6  # characters: a letters column's name over its letters (读者来信)


def letter_title_out_of_text(body: Body) -> None:
    """A letter printed under a letters column's name alone (``读者来信``), whose text opens with
    its title glued to the salutation (``供销社送货上门好编辑同志：``, the title joined to the text
    by a narrow column's cut lines): a letter to the paper is addressed to its editors
    (编辑同志, 编辑部), so the words before that salutation in a first paragraph made of nothing
    else are the letter's title, printed under the column's name; the title is moved to the deck
    (under the column's name, its kicker) and the salutation stays the text's first line."""
    if len(body.deck) != 1 or len(body.deck[0]) != 1 or not body.blocks:
        return
    label = body.deck[0][0].strip()
    if len(label) > _LETTER_COLUMN_MAX or not label.endswith(("来信", "来函", "信箱")):
        return
    first = body.blocks[0]
    match = _LETTER_OPENING_RE.match(first.text.strip()) if first.kind == "paragraph" else None
    if match is None:
        return
    body.deck[0].append(match.group("title"))
    body.blocks[0] = Block("paragraph", match.group("salutation"))
