"""What readers see of the pages a run imported into issues already published, for
``import_pages``: the desk's rule and wording (:func:`articles.importing.visibility.page_visibility`,
:class:`~articles.importing.visibility.Visibility`), never a second copy. A page imported late into
a published issue is public at once in part: its continuations of published stories, its photos
and teasers."""

from __future__ import annotations

from articles.importing.reports import PageImportReport
from articles.importing.settling import SETTLE_PAGES
from articles.importing.visibility import Visibility, page_visibility
from articles.models import Page, Status


def visibility_values(visibility: Visibility) -> dict:
    """``visibility`` as JSON-ready values, with its line (:attr:`Visibility.summary`) as
    ``summary``: ``{"issue_published", "public", "drafts": [{"id", "title"}],
    "published_now", "waiting", "summary"}``."""
    return {
        "issue_published": visibility.issue_published,
        "public": list(visibility.public),
        "drafts": [{"id": pk, "title": title} for pk, title in visibility.drafts],
        "published_now": list(visibility.published_now),
        "waiting": list(visibility.waiting),
        "summary": visibility.summary,
    }


def reports_readers(reports: list[PageImportReport], *, since) -> None:
    """What readers see now of each page of ``reports`` that is in an issue already published,
    in its ``readers`` (:func:`visibility_values` of the desk's :func:`page_visibility`);
    ``since``: stories created at or after it are the run's new ones. Other reports (an issue
    not published, a dry run's, a page that failed, a page the run left as it was: its
    :attr:`~articles.importing.reports.PageImportReport.outcome` ``unchanged``, nothing new for
    readers) are left alone (``{}``). One query per
    :data:`~articles.importing.settling.SETTLE_PAGES` pages, and :func:`page_visibility`'s few
    for each page of a published issue (pages imported late: few)."""
    by_page = {
        r.page_id: r
        for r in reports
        if r.page_id is not None and not r.dry_run and r.outcome != "unchanged"
    }
    ids = list(by_page)
    for start in range(0, len(ids), SETTLE_PAGES):
        published = Page.objects.filter(
            pk__in=ids[start : start + SETTLE_PAGES], issue__status=Status.PUBLISHED
        ).values_list("pk", flat=True)
        for page_id in published:
            by_page[page_id].readers = visibility_values(page_visibility(page_id, since=since))


def readers_line(report: PageImportReport) -> str:
    """A page's ``readers`` (:func:`reports_readers`) as ``import_pages`` prints it, the desk
    preview's words: ``A2版 读者能看到什么：南通日报 2020-07-09 已发布：读者现在看到 “…”（上接A1版）…``."""
    return f"{report.label}版 读者能看到什么：{report.readers['summary']}"
