"""One cell's text: trimmed (:func:`cell_text`), inert on export (:func:`inert`) and back
(:func:`from_cell`), checked before the database (:func:`check_text`, :func:`column_range`)."""

from __future__ import annotations

import re
from datetime import date, datetime

from django.db.backends.base.operations import BaseDatabaseOperations

from articles.text import CONTROL_CHARACTERS


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


#: What makes Excel, WPS or LibreOffice read a cell as a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_CONTROL = CONTROL_CHARACTERS


def inert(value):
    """``value`` as a cell no spreadsheet program will run as a formula.

    Text whose first character after any leading apostrophes is one of :data:`FORMULA_STARTS`
    gets one more apostrophe in front (the mark Excel and WPS use for "this is text"); anything
    else is returned unchanged. :func:`from_cell` takes exactly that apostrophe off again.

    django-import-export's ``IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT`` is not used: it looks at
    ``=`` only, deletes it (the text would come back changed on import) and turns every cell,
    empty ones included, into text."""
    if isinstance(value, str) and value.lstrip(QUOTE)[:1] in FORMULA_STARTS:
        return QUOTE + value
    return value


def from_cell(value) -> str:
    """A cell's text as the editor meant it: trimmed, the apostrophe :func:`inert` adds removed."""
    text = cell_text(value)
    if text.startswith(QUOTE) and text.lstrip(QUOTE)[:1] in FORMULA_STARTS:
        return text[1:]
    return text


#: A cell an editor typed as a formula: ``=`` then a function, a cell reference or a bracket
#: (``=HYPERLINK("http://…")``, ``=A1``, ``=(…)``). A spreadsheet keeps such a cell as its
#: formula and the import would publish the formula itself; a printed line never starts so.
_FORMULA = re.compile(r"=\s*[A-Za-z_(]")


def formula_problem(value, column: str) -> str | None:
    """What is wrong with a cell that is a formula (:data:`_FORMULA`, before :func:`from_cell`:
    the export's apostrophe marks text, ``'=…`` is not one), in Chinese with what to do; None
    for any other cell."""
    text = cell_text(value)
    if not _FORMULA.match(text):
        return None
    shown = text if len(text) <= 30 else text[:30] + "…"
    return (
        f"{column}“{shown}”是表格公式，不是要印出的文字（导入后读者会看到公式本身）；"
        "请改成文字后再导入；确要以“=”开头，请在前面加一个英文单引号 '"
    )


def check_text(text: str, column: str, max_length: int | None = None) -> str:
    """``text`` if the column ``column`` can hold it on every database, else ValueError.

    Refused, with a Chinese message naming the column and what to do: control characters
    (:data:`_CONTROL`) and more than ``max_length`` characters (the model field's)."""
    bad = _CONTROL.search(text)
    if bad:
        raise ValueError(
            f"{column}含有不可见的控制字符（第 {bad.start() + 1} 个字符，"
            f"U+{ord(bad.group()):04X}）；请删去这个字符后再导入"
        )
    if max_length and len(text) > max_length:
        raise ValueError(f"{column}超过 {max_length} 字（现有 {len(text)} 字），请删短")
    return text


def column_range(model_field) -> tuple[int, int]:
    """The whole numbers an integer model field holds on every database we run on: PostgreSQL's
    column range (SQLite would store more and PostgreSQL then refuse the same file)."""
    return BaseDatabaseOperations.integer_field_ranges[model_field.get_internal_type()]
