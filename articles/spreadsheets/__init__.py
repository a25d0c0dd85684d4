"""Spreadsheet round trips (django-import-export): stories, issues, pages and photos.

Rows are matched by their natural keys — paper + date (+ page (+ position)) — never by database
ids, so a spreadsheet exported here, edited in Excel or WPS and imported back updates exactly
the rows whose values changed (``skip_unchanged``); the rest are reported as skipped. Each
export carries a 导出指纹 column (:mod:`~articles.spreadsheets.fingerprints`), so a cell the
editor left as exported never writes over a change made since the export (a re-import's
correction), and an edit made over such a change is refused. Rows are
never created or deleted by a spreadsheet: stories come from page imports. A row whose keys do
not name an existing row (a bad date, an unknown page) is rejected with its row number, and the
import writes nothing (the whole import runs in one transaction, rolled back on any error).

A changed story or photo is marked as edited by hand, so re-importing its page leaves it alone.
Column headers are Chinese; CSV is written as UTF-8 with a BOM (so Excel shows Chinese) and read
as UTF-8 with or without BOM, or GB18030 (what Excel on Chinese Windows saves).

Trust (issue 12):

- Exports are inert: text a spreadsheet would run as a formula (starting with ``= + - @``, tab
  or CR) is written behind one apostrophe, in every format (:func:`inert`); the import takes that
  apostrophe off again (:func:`from_cell`), so a file exported and imported back changes nothing.
- Every row is checked here, before the database and the same way on SQLite and PostgreSQL:
  no control characters (:func:`check_text`), every text within its column's ``max_length``,
  whole numbers within the column's range on PostgreSQL (:class:`WholeNumberWidget`), then the
  model's own validators (``clean_model_instances``) on the columns the spreadsheet writes. Two
  rows naming the same story (issue, page, photo) are refused with both row numbers. Errors are
  in Chinese, listed under the column they are about.

One module per concept: :mod:`~articles.spreadsheets.cells` (one cell: inert, from_cell, the
checks), :mod:`~articles.spreadsheets.widgets` (editable columns),
:mod:`~articles.spreadsheets.keys` (natural keys to rows),
:mod:`~articles.spreadsheets.fingerprints` (what each exported row held),
:mod:`~articles.spreadsheets.base`
(the resource they share), one module per model's resource (``stories``, ``issues``, ``pages``,
``photos``) and :mod:`~articles.spreadsheets.formats` (file formats, the upload between preview
and confirm).
"""

from articles.spreadsheets.base import NaturalKeyResource
from articles.spreadsheets.cells import check_text, from_cell, inert
from articles.spreadsheets.formats import FORMATS, ExcelCSV, KeptUpload
from articles.spreadsheets.issues import IssueResource
from articles.spreadsheets.pages import PageResource
from articles.spreadsheets.photos import PhotoResource
from articles.spreadsheets.stories import ArticleResource

__all__ = [
    "FORMATS",
    "ArticleResource",
    "ExcelCSV",
    "IssueResource",
    "KeptUpload",
    "NaturalKeyResource",
    "PageResource",
    "PhotoResource",
    "check_text",
    "from_cell",
    "inert",
]
