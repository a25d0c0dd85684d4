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

from articles.parsing.furniture import set_date
from articles.parsing.results import Flag, SetAside
from articles.parsing.units import Heading, Para, Special

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


class ArchiveRecordsMixin:
    """The reader's handling of an archive's record fields and of records that kept no story
    (mixed into :class:`~articles.parsing.readfurniture.FurnitureMixin`)."""

    def _record_field(self, number: int, text: str) -> str:
        """A field of an archive's record (:func:`~articles.parsing.archive_records.record_field`):
        its label is set aside and its value read on as the line (a deck line, the byline, the
        text); a page or date field, or a field left empty, is set aside whole, its date kept as
        the page's. Returns what is left of the line."""
        field = record_field(text)
        if field is None:
            return text
        if field.kind == "meta" or not field.value:
            self.set_aside.append(SetAside(number, text, "archive-separator"))
            date = RECORD_DATE_RE.match(field.value) if "日期" in field.label else None
            if date:
                set_date(self.meta, date)
            return ""
        self.set_aside.append(SetAside(number, field.label, "archive-separator"))
        if field.kind != "deck":
            return field.value
        # The label says it is a deck line, whatever it looks like (a dateline, a sentence).
        last = self.flow[-1] if self.flow else None
        if isinstance(last, Heading) and last.line + len(last.lines) == number:
            last.lines.append(field.value)
        else:
            after_blank = number > 1 and not self.lines[number - 2].strip()
            self.flow.append(Heading(number, [field.value], after_blank))
        return ""

    def _empty_record(self, number: int) -> None:
        """An archive's record that kept no story (only a title over ``…``, no photo), ended by
        the next separator at line ``number``: its lines are set aside, not made a story."""
        start = len(self.flow)
        while start and not (
            isinstance(self.flow[start - 1], Special) and self.flow[start - 1].kind == "break"
        ):
            start -= 1
        units = self.flow[start:]
        if not start or not units or self.flow_at_photo > start:
            return
        if not all(
            isinstance(u, Heading) or (isinstance(u, Para) and is_empty_text(u.text)) for u in units
        ):
            return
        del self.flow[start:]
        for unit in units:
            lines = unit.lines if isinstance(unit, Heading) else [unit.text]
            for offset, line in enumerate(lines):
                self.set_aside.append(SetAside(unit.line + offset, line, "archive-separator"))
        self.flags.append(
            Flag(
                units[0].line,
                "archive-empty-record",
                "这一条存档记录没有正文（只有标题或省略号），已作为存档分隔放在一边；"
                "如果它是一篇稿件，请补上正文。",
            )
        )
