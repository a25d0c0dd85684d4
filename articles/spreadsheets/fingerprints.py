"""导出指纹: what each exported row's editable cells held, so that an import tells the editor's
edits apart from changes made in the database since the export (a re-import's correction, another
editor's save).

README (Spreadsheets): "exactly the edited rows change". Matching rows by natural key is not
enough for that: a file exported before a re-import holds the old text in every row, and
importing it back would write that old text over the re-import's corrections on rows the editor
never touched. So every export carries one read-only column, :data:`FINGERPRINT_COLUMN`, with a
short digest of each editable cell as exported (:func:`fingerprint`); on import each editable
cell is one of:

* **as exported** (its digest matches): the editor left it; the database's value stays, whatever
  it is now;
* **edited, and the database still holds what was exported**: the editor's value is written;
* **edited, and the database changed since the export** (to something else than the editor
  wrote): a conflict: the row is refused (and with it the whole import, as any refused row
  refuses it), naming the column, the value it has now and how to fix it (export again, redo the
  edit).

A file without the column (an export from before it existed, a sheet made by hand) or a row whose
cell is blank is imported as before: every cell that differs from the database is written.

A digest is 24 bits (6 hex digits) of BLAKE2s over the cell's text as the export writes it
(``Resource.export_field``, then :func:`~articles.spreadsheets.cells.cell_text`): an edit is
taken for "left as exported" only by a 1-in-16-million chance. The cell starts with a version
so a later format can be told apart, and so that no spreadsheet program reads it as a number.

``v2`` (session 63) first digests the row's key cells (报纸, 日期, 版次, 位置: the row it was
exported from), then the editable ones: a row whose key cell was changed names another row than
the one it was exported from, and is refused whatever its other cells hold
(:mod:`~articles.spreadsheets.moved`). A ``v1`` cell (older exports) has no key digests.

``v3`` (session 70) digests, after the key cells, the page the row was exported from (its id: a
page's row, a story's or a photo's), so that a row exported before its page was relabelled
(改版次: A3 printed as A4) is told from the page its 版次 names now
(:mod:`~articles.spreadsheets.relabelled`). An issue's row, which names no page, stays ``v2``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from articles.spreadsheets.cells import cell_text, from_cell

FINGERPRINT_COLUMN = "导出指纹（只读）"
VERSION = "v2"
PAGE_VERSION = "v3"  # v2 and the digest of the row's page
_OLD_VERSION = "v1"  # no key digests
_DIGEST = re.compile(r"[0-9a-f]{6}")


def cell_digest(text: str) -> str:
    """Six hex digits standing for ``text`` (a cell as the export writes it)."""
    return hashlib.blake2s(text.encode("utf-8"), digest_size=3).hexdigest()


@dataclass(frozen=True)
class Exported:
    """A row's fingerprint read back: ``keys``, its key cells' digests (None in a ``v1`` cell,
    which has none), and ``cells``, its editable cells' digests, each in column order."""

    keys: list[str] | None
    cells: list[str]
    page: str | None = None  # the digest of the page it was exported from (v3: page_token)


def page_token(page_id: int) -> str:
    """What a ``v3`` fingerprint digests for the page a row was exported from."""
    return f"page:{page_id}"


def fingerprint(texts: list[str], keys: list[str], page_id: int | None = None) -> str:
    """The fingerprint cell of a row whose key cells are ``keys`` and editable cells ``texts``,
    in column order: ``v2.<keys>.<texts>``, each six hex digits (``v2.3fa2c1.9b0e22…``); with
    ``page_id`` (the page the row is of) ``v3.<keys>.<page>.<texts>``."""
    if page_id is None:
        return ".".join([VERSION, *(cell_digest(text) for text in [*keys, *texts])])
    cells = [*keys, page_token(page_id), *texts]
    return ".".join([PAGE_VERSION, *(cell_digest(text) for text in cells)])


def read_fingerprint(value, count: int, keys: int) -> Exported | None:
    """The digests of a fingerprint cell of ``keys`` key cells and ``count`` editable ones
    (a ``v1`` cell: the editable ones only; a ``v3`` one: its page's too); None for a blank
    cell. ValueError (in Chinese, with what to do) for a cell that is not an export's
    fingerprint."""
    text = from_cell(value)
    if not text:
        return None
    version, *digests = text.split(".")
    wanted = {VERSION: count + keys, PAGE_VERSION: count + keys + 1, _OLD_VERSION: count}
    if len(digests) == wanted.get(version) and all(map(_DIGEST.fullmatch, digests)):
        if version == _OLD_VERSION:
            return Exported(keys=None, cells=digests)
        if version == PAGE_VERSION:
            return Exported(keys=digests[:keys], cells=digests[keys + 1 :], page=digests[keys])
        return Exported(keys=digests[:keys], cells=digests[keys:])
    raise ValueError(
        f"{FINGERPRINT_COLUMN}“{text[:20]}”不是本系统导出时写的指纹（这一列不能修改）；"
        "请重新导出表格，在新表格里修改后再导入（或清空这一格：这一行按表格的值全部写入）"
    )


CONFLICT = (
    "导出这份表格之后，{column}已被改为“{now}”（重新导入版面或有人修改过），表格里又改成了"
    "“{new}”；为免覆盖导出之后的修改，整个表格没有导入。请重新导出表格，"
    "在新表格里重做这一处修改后再导入"
)


def conflict_message(column: str, now: str, new: str) -> str:
    """What to tell the editor of a cell edited in the file and changed since the export."""
    return CONFLICT.format(column=column, now=_short(now), new=_short(new))


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def row_texts(resource, instance, names: list[str] | None = None) -> list[str]:
    """The editable cells of ``instance``'s row as the export writes them (the fingerprinted
    cells: ``resource.tracked_fields()``), with ``names`` (a names column read from a file) in
    place of the stored people when given."""
    texts = []
    for field in resource.tracked_fields():
        if names is not None and field.column_name == resource.names_column:
            texts.append("、".join(names))
        else:
            texts.append(cell_text(resource.export_field(field, instance)))
    return texts
