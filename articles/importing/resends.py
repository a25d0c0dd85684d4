"""Pages sent again unchanged, recorded (:class:`articles.models.PageResend`): an import whose
page is ``unchanged`` (the same bytes, read by the same parser) writes nothing of the page, so
without this row a re-send by ``import_pages`` would leave no trace for the page's 历史
(:mod:`articles.pageactivity`; a desk upload's is its run's result as well)."""

from __future__ import annotations

from articles.models import PageResend


def resends_record(prepared, *, at) -> None:
    """One :class:`~articles.models.PageResend` (``at``: the batch's time) for each page of
    ``prepared`` (a batch's pages, each ``Prepared`` with its found ``page`` and its ``report``)
    that the import left ``unchanged``. Inside the batch's transaction: one statement, none when
    every page changed (a first import); no read."""
    rows = [
        PageResend(page_id=p.page.pk, at=at, source_name=p.item.source_name[:255])
        for p in prepared
        if p.report.action == "unchanged"
    ]
    if rows:
        PageResend.objects.bulk_create(rows)
