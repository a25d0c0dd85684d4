"""Getting printed pages in: from files or the desk's upload to rows, a batch per transaction.

One module per concept, in the order a page travels:

* :mod:`~articles.importing.sources`: which paper, date and page a file is (paths, ``paper.json``,
  ``manifest.json``, flags, and the upload's file names), checked before any query;
* :mod:`~articles.importing.papers`: which paper a name means, and the closest existing paper
  to a name that matches none (a typo must not make a second paper);
* :mod:`~articles.importing.preparing`: one page to import (:class:`PageInput`), decoded once,
  parsed and checked (no database); batches;
* :mod:`~articles.importing.workers`: parsing a batch ahead of the writer, in worker processes;
* :mod:`~articles.importing.spool`: batches parsed before the transaction that writes them (a
  dry run's all first, kept in a temporary file): no write lock held while pages are parsed;
* :mod:`~articles.importing.pipeline`: the batch pipeline (:func:`pages_import`,
  :func:`page_import`, :func:`page_reparse`): pages, issues and papers, jumps, the search index;
* :mod:`~articles.importing.rows`: the one mapping from a parsed story (photo, teaser) to rows;
* :mod:`~articles.importing.writer`: writing a page's stories, photos, teasers and jumps, new or
  again (hand edits kept as conflicts);
* :mod:`~articles.importing.reports`: a page's report; :mod:`~articles.importing.runtotals` a
  run's totals (:class:`ImportRun`);
* :mod:`~articles.importing.upload`: the desk's upload with preview (:func:`upload_run`); its
  pages and their files waiting in storage: :mod:`~articles.importing.uploaditems`.

The names below are the public ones; import them from here.
"""

from articles.importing.pipeline import (
    BATCH_PAGES,
    page_import,
    page_reparse,
    pages_import,
    publication_get_or_create,
)
from articles.importing.preparing import PageInput
from articles.importing.reports import PageImportError, PageImportReport
from articles.importing.runtotals import ImportRun
from articles.importing.sources import SourceError
from articles.importing.upload import (
    UploadError,
    UploadOutcome,
    conflict_text,
    for_editors,
    report_text,
    upload_run,
    warning_text,
)
from articles.importing.uploaditems import UploadItem

__all__ = [
    "BATCH_PAGES",
    "ImportRun",
    "PageImportError",
    "PageImportReport",
    "PageInput",
    "SourceError",
    "UploadError",
    "UploadItem",
    "UploadOutcome",
    "conflict_text",
    "for_editors",
    "page_import",
    "page_reparse",
    "pages_import",
    "publication_get_or_create",
    "report_text",
    "upload_run",
    "warning_text",
]
