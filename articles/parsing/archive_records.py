"""A web archive's record fields: the labelled lines each item of a digitised paper's archive
prints (``【引题】…``, ``【标题】…``, ``【副题】…``, ``【作者】…``, ``【版次】第1版``,
``【日期】1986-07-14``, ``【正文】本报讯…``; also ``标题:…`` with a colon), one field a line.

INPUT.md, "Page furniture" (web-archive separators and meta lines): the label is the archive's,
never printed on the page, and is set aside; the value of a deck field is the deck line as
printed, of the author field the byline, of the text field the story's text (its dateline
first). The page and date fields are the record's metadata, set aside like ``版面:``. A field
left empty (``【作者】`` with nothing after it) is set aside whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The labels an archive's record prints, by what their value is.
_DECK_LABELS = "引题|肩题|眉题|标题|主题|副题|副标题"
_META_LABELS = "版次|版面|日期|栏目|专栏|来源"
_FIELD_RE = re.compile(
    rf"^【\s*(?P<label>{_DECK_LABELS}|作者|正文|{_META_LABELS})\s*】\s*"
    # the colon form only for the deck and text fields (作者:, 版面: are read elsewhere)
    rf"|^(?P<colon>{_DECK_LABELS}|正文)\s*[:：]\s*"
)
_DECKS = frozenset(_DECK_LABELS.split("|"))
# A record's date field: 1986-07-14, 1986.7.14, 1986年7月14日.
RECORD_DATE_RE = re.compile(r"(?P<y>\d{4})\s*[-./年]\s*(?P<m>\d{1,2})\s*[-./月]\s*(?P<d>\d{1,2})")


@dataclass(frozen=True)
class RecordField:
    """One field of an archive's record: ``kind`` is ``deck`` (the value is a deck line),
    ``author`` (a byline), ``text`` (the story's text) or ``meta`` (page, date, column: set
    aside); ``label`` the printed label with its brackets or colon; ``value`` what follows it,
    stripped (may be empty)."""

    kind: str
    label: str
    value: str


def record_field(text: str) -> RecordField | None:
    """The record field a line of a web archive is (:class:`RecordField`), or None when the line
    does not open with one of the archive's field labels. ``text`` is the stripped line."""
    if not text or text[0] not in "【引肩眉标主副正":
        return None
    match = _FIELD_RE.match(text)
    if not match:
        return None
    name = match.group("label") or match.group("colon")
    if name in _DECKS:
        kind = "deck"
    elif name == "作者":
        kind = "author"
    elif name == "正文":
        kind = "text"
    else:
        kind = "meta"
    return RecordField(kind, text[: match.end()].strip(), text[match.end() :].strip())


def is_empty_text(text: str) -> bool:
    """Text with no letter or digit in it (``…``, ``……``): what an archive prints in a record
    whose story it did not keep."""
    return not any(ch.isalnum() for ch in text)
