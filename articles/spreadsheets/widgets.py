"""Editable columns: text, whole numbers, status and the names of people (记者 / 摄影), each
checked cell by cell with a Chinese error naming the column."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from import_export import fields, widgets

from articles.models import Person, Status
from articles.namechars import name_char_problem, person_key
from articles.people.namecells import cell_namesakes, name_and_note
from articles.spreadsheets.cells import (
    cell_text,
    check_text,
    column_range,
    formula_problem,
    from_cell,
)


class TextWidget(widgets.CharWidget):
    """Text cells: trimmed, the export's apostrophe taken off, no formula
    (:func:`~articles.spreadsheets.cells.formula_problem`), no control characters and no longer
    than the column allows (:func:`check_text`)."""

    def __init__(self, max_length: int | None = None, label: str = ""):
        super().__init__(coerce_to_string=True, allow_blank=True)
        self.max_length, self.label = max_length, label

    def clean(self, value, row=None, **kwargs):
        if problem := formula_problem(value, self.label):
            raise ValueError(problem)
        return check_text(from_cell(value), self.label, self.max_length)


_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


class WholeNumberWidget(widgets.IntegerWidget):
    """Whole-number cells, within the model field's column range on every database
    (:func:`column_range`); a blank cell is empty when the field may be null."""

    def __init__(self, model_field, label: str):
        super().__init__()
        self.low, self.high = column_range(model_field)
        self.label, self.nullable = label, model_field.null

    def clean(self, value, row=None, **kwargs):
        number = None
        if isinstance(value, float):
            number = int(value) if value.is_integer() else None
        elif isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            text = from_cell(value)
            if not text and self.nullable:
                return None
            if _WHOLE_NUMBER.fullmatch(text):
                number = int(text)
        if number is None or not self.low <= number <= self.high:
            blank = "，不知道可留空" if self.nullable else ""
            raise ValueError(
                f"{self.label}须为 {self.low} 到 {self.high} 之间的整数"
                f"（现为“{cell_text(value)[:20]}”）；请改正{blank}"
            )
        return number

    def render(self, value, obj=None, **kwargs):
        if kwargs.get("force_native_type"):
            return value
        return "" if value is None else str(value)


class StatusWidget(widgets.Widget):
    """草稿 / 待审 / 已签发 / 已发布 (the codes draft, review, signed_off, published too), and
    the export's 已撤回 / 定时发布 cells read as the state they stand for
    (:func:`articles.spreadsheets.ledger.status_cell_code`)."""

    def clean(self, value, row=None, **kwargs):
        from articles.spreadsheets.ledger import status_cell_code

        text = check_text(from_cell(value), "状态")
        if (code := status_cell_code(text)) is not None:
            return code
        for code, label in Status.choices:
            if text in (code, label):
                return code
        raise ValueError(f"状态“{text}”无效；请填写“草稿”“待审”“已签发”或“已发布”")

    def render(self, value, obj=None, **kwargs):
        return dict(Status.choices).get(value, value or "")


_NAME_SPLIT = re.compile(r"[、，,;；]+")
_SPACES = re.compile(r"\s+")
# A name written in letters (``Zoë Müller``, ``Elena Marchetti``): its spaces are inside it.
_LETTERED = re.compile(r"[^\W\d_\u2e80-\u2fdf\u3005-\u3007\u3400-\u9fff\uf900-\ufaff]")


def _names_of(piece: str) -> list[str]:
    """One piece between separators: a name in letters with its spaces (one space each), or
    Chinese names parted by spaces (``王刚 李明``), as editors type both; a bracketed 区分说明
    after a name stays with it, spaces and all (``王明（体育部 1990年代）``)."""
    if _LETTERED.search(name_and_note(piece)[0]):
        return [_SPACES.sub(" ", piece).strip()]
    return _outside_brackets(piece.strip(), _SPACES)


def _outside_brackets(text: str, separator: re.Pattern) -> list[str]:
    """``text`` split where ``separator`` matches outside brackets (``（）``, ``()``)."""
    pieces, start = [], 0
    for match in separator.finditer(text):
        before = text[: match.start()]
        if sum(c in "（(" for c in before) == sum(c in "）)" for c in before):
            pieces.append(text[start : match.start()])
            start = match.end()
    return [*pieces, text[start:]]


def split_names(value, column: str = "") -> list[str]:
    """The people named in a 记者 or 摄影 cell (separated by 、，, ; or, between Chinese names,
    spaces: ``Zoë Müller`` is one name), in order, each
    once, each as ``Person.name`` holds it (:func:`articles.namechars.person_key`: a
    decomposed ``Zoë`` is the ``Zoë`` who exists); a name namesakes bear written with the note
    of one, as the desk shows that person (``王明（体育部）``: :mod:`articles.people.namecells`).
    ValueError (in Chinese, naming ``column``) for control characters, a name longer
    than a person's name may be, or one holding a character no name holds (an emoji:
    :func:`articles.namechars.name_char_problem`, the rule ``Person.name`` validates), or a
    note none of a name's namesakes has."""
    text = check_text(from_cell(value), column)
    tokens = [n for p in _outside_brackets(text, _NAME_SPLIT) for n in _names_of(p) if n]
    limit = Person._meta.get_field("name").max_length
    chosen = cell_namesakes(tokens, column)  # (王明（体育部）: that namesake)
    for token in tokens:
        name = name_and_note(token)[0] if token in chosen else token
        if len(name) > limit:
            raise ValueError(f"{column}里的“{name[:10]}…”超过 {limit} 字：人名之间请用顿号“、”分开")
        problem = name_char_problem(
            person_key(name)
        )  # (a PDF's 王⼆明 is 王二明, as the 人员 form reads it)
        if problem:
            raise ValueError(f"{column}：{problem}")
    return list(dict.fromkeys(str(chosen[t]) if t in chosen else person_key(t) for t in tokens))


def names_from_row(row, column: str) -> list[str] | None:
    """:func:`split_names` of ``row[column]``; None when the file has no such column."""
    if column not in row:
        return None
    try:
        return split_names(row[column], column)
    except ValueError as exc:
        raise ValidationError({column: str(exc)}) from None


def text_field(model, attribute: str, column: str) -> fields.Field:
    """An editable text column, as long as the model field allows."""
    return fields.Field(
        attribute=attribute,
        column_name=column,
        widget=TextWidget(max_length=model._meta.get_field(attribute).max_length, label=column),
    )
