"""A page file sent under a label its page was relabelled from (改版次: A3 printed as A4, and
then ``A3.txt`` sent again with a word corrected) is refused, not made a new page.

Before this the importer found no page ``(issue, A3)`` and created one: a duplicate of the
published A4 (``A3版：新建；2 篇稿件…``), its stories new drafts, the stories of an A3 undone
earlier brought back (:mod:`articles.importing.undone`), and the correction never reached A4.
Now :func:`relabelled_refuse`, called by :func:`articles.importing.pipeline._find_pages` before
it creates a batch's missing pages, reads the batch's issues' :class:`~articles.models.PageRedirect`
rows once a batch (one query, whatever the batch holds, built once per connection:
:class:`articles.queries.Prepared`, as the ORM built it anew every batch for ≈ 1 ms of CPU against
some 20 µs of SQL that almost never finds a row; bench/HISTORY.md, stop 70) and raises
:class:`~articles.importing.reports.PageImportError` for a page whose label has one and that the
issue has no page of: ``A3版已改版次为A4版（编辑 张三 于 2026-11-20 10:05），请按A4版重发…``.
Nothing of the page is written; the batch is written again page by page (the pipeline's rule), so
the other pages go in. The dry run and the desk's upload preview say the same (they run the
same pipeline). A page of that label that exists (one imported before this check) is updated
as any. To have an A3 again, relabel the page back (which removes the redirect) or send the
file as A4."""

from __future__ import annotations

from articles.importing.reports import PageImportError
from articles.models import PageRedirect
from articles.queries import Prepared
from articles.relabel import relabel_said

_REDIRECTS = Prepared(
    PageRedirect,
    (list,),
    lambda issues: PageRedirect.objects.filter(issue_id__in=issues).values_list(
        "pk", "issue_id", "old_label", "page__label"
    ),
    primary=True,
)


def relabelled_refuse(prepared: list, existing) -> None:
    """Raise :class:`PageImportError` for the first page of ``prepared`` (each with ``issue``
    and ``label`` set) whose label its issue's page was relabelled from (a
    :class:`PageRedirect`) while the issue has no page of that label; ``existing``: called with
    the ``(issue id, label)`` keys so redirected, gives the ``(issue id, label, id)`` of the
    pages that exist (:func:`articles.importing.foundrows.pages_of`). One query when the
    batch's issues have no redirect."""
    issues = {p.issue.pk for p in prepared if p.issue.pk is not None}
    redirects = {
        (issue_id, old): (pk, new) for pk, issue_id, old, new in _REDIRECTS.rows(issues)[1]
    }
    if not redirects:
        return
    meant = {(p.issue.pk, p.label) for p in prepared} & redirects.keys()
    if not meant:
        return
    found = {row[:2] for row in existing(meant)}
    for p in prepared:
        key = (p.issue.pk, p.label)
        if key in meant and key not in found:
            raise PageImportError(relabelled_message(p, *redirects[key]))


def relabelled_message(p, redirect_id: int, new: str) -> str:
    """``A3.txt: A3版已改版次为A4版（编辑 张三 于 2026-11-20 10:05），请按A4版重发…``: who
    and when from the issue's history record of the relabel (the redirect's own time when the
    record is gone)."""
    old = p.label
    redirect = PageRedirect.objects.get(pk=redirect_id)
    said = relabel_said(p.issue.pk, old, new, fallback=redirect.created_at)
    return (
        f"{p.report.source or p.item.source_name or old}: "
        f"{old}版已改版次为{new}版（{said}），没有导入本版：请按{new}版重发"
        f"（文件名改成{new}，或 import_pages 加 --page {new}，或在上传页的版次填{new}）。"
        f"如果当初改版次改错了，请先在{new}版上“改版次”改回{old}版，再导入"
    )
