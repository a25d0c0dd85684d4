"""A reader's letter signed over the editor's note printed after it.

A 读者来信 column prints the letter (``编辑同志：…``), the reader's signature on its own line
(``东关乡社员　赵德山``, often who the writer is and then the name) and then the paper's
``编者按：…`` answering it. The note belongs to the letter's item (INPUT.md, "Headlines": what
closes a text belongs to it; an editor's note stands with what it answers), so the signature
line is the letter's last line of text, never the headline of a story made of the note; the
reader who signs is the letter's author (:func:`~articles.parsing.signoffs.signed_last_paragraph`).
"""

from __future__ import annotations

import re

from articles.parsing.editornotes import letter_reply
from articles.parsing.names import looks_like_name
from articles.parsing.patterns import SALUTATION_OPENING_RE, SALUTATION_RE, editor_note
from articles.parsing.results import Block
from articles.parsing.signoffs import unit_signature_name
from articles.parsing.storyheads import head_under_editor_note
from articles.parsing.units import Body, Heading
from articles.text import fold

_SALUTATION_LOOK = 40  # characters of a paragraph where a letter's salutation stands
# A signature that says the writer is a reader (folded: 讀者　何錦泉): a letter's, salutation or not.
_READER_SIGN_RE = re.compile(r"^(?:读者|听众|观众|网友)[ \u3000]+[^ \u3000]")


def heads_taken_by_note(group: list[Heading], body: Body, section, segments: list) -> bool:
    """Heading lines right under ``body`` (the last of ``segments``) that an editor's note
    reads, taken into ``body``: the headline of the feature the note opens, printed under it
    (:func:`~articles.parsing.storyheads.head_under_editor_note`: its deck), or a letter's
    signature over the note that answers it (:func:`signature_over_note`: the letter's last
    paragraph). Returns whether they were taken."""
    if head_under_editor_note(group, body, section, segments):
        body.deck.extend(list(heading.lines) for heading in group)
        body.deck_line = group[0].line
        return True
    if signature_over_note(group, body, section, segments) or salutation_under_note(group, body):
        body.blocks.append(Block("paragraph", group[0].lines[0]))
        body.units.add(id(group[0]))
        return True
    return False


def salutation_under_note(group: list[Heading], body: Body | None) -> bool:
    """Whether ``group`` is a letter's salutation alone on its line (``编辑同志：``:
    :data:`~articles.parsing.patterns.SALUTATION_RE`) right under the editor's note that opens
    ``body`` (``编者按：…``, nothing else in it yet): the letter the note introduces begins
    there, in the same item, never a story of its own headed ``编辑同志：``."""
    if body is None or not body.open or len(group) != 1 or len(group[0].lines) != 1:
        return False
    if not SALUTATION_RE.match(fold(group[0].lines[0].strip())):
        return False
    return bool(body.blocks) and all(
        block.kind == "paragraph" and editor_note(block.text) for block in body.blocks
    )


def signature_over_note(group: list[Heading], body: Body | None, section, segments: list) -> bool:
    """Whether ``group`` (heading blocks after ``body``'s text) is one line signing a letter
    (:func:`_letter`) by a name, alone or after who the writer is
    (:func:`unit_signature_name`), with an editor's note or the reply of the office it writes
    to right under it (``section``: the text under it, see ``bodies._Section``;
    :func:`~articles.parsing.editornotes.letter_reply`): the line is the letter's last
    paragraph and the note goes on in the same story. A letter opens with a salutation
    (:func:`_letter`) or is signed by a reader as such (``讀者　何錦泉``: :data:`_READER_SIGN_RE`).
    ``segments``: the stories and runs of heading lines so far,
    ``body`` the last. Constant time but for jieba's reading of the name."""
    if body is None or not body.open or len(group) != 1 or len(group[0].lines) != 1:
        return False
    if section is None or not section.paras:
        return False
    answer = section.paras[0].text
    if not editor_note(answer) and not letter_reply(answer):
        return False
    line = group[0].lines[0].strip()
    if not (_letter(body, segments) or _READER_SIGN_RE.match(fold(line))):
        return False
    return bool(unit_signature_name(line)) or looks_like_name(line)


def _letter(body: Body, segments: list) -> bool:
    """Whether ``body`` is a letter: its first paragraph opens with a salutation (``编辑同志：``,
    alone or with the text run on), or its title lines (the run of heading lines right before
    it in ``segments``) end with one, not yet made its text."""
    first = next((block.text for block in body.blocks if block.kind == "paragraph"), "")
    heads = [first]
    if len(segments) >= 2 and segments[-1] is body and hasattr(segments[-2], "headings"):
        titles = segments[-2].headings
        if titles and titles[-1].lines:
            heads.append(titles[-1].lines[-1])
    for text in heads:
        head = fold(text.strip()[:_SALUTATION_LOOK])
        if SALUTATION_RE.match(head) or SALUTATION_OPENING_RE.match(head):
            return True
    return False
