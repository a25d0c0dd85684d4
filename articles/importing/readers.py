"""What readers see of the pages a run imported into issues already published, for
``import_pages``: the desk's rule and wording (:func:`articles.importing.visibility.page_visibility`,
:class:`~articles.importing.visibility.Visibility`), never a second copy. A page imported late into
a published issue is public at once in part: its continuations of published stories, its photos
and teasers."""

from __future__ import annotations

from articles.importing.handedits import issue_of
from articles.importing.reports import PageImportReport
from articles.importing.settling import SETTLE_PAGES
from articles.importing.visibility import Visibility, page_visibility, seen_before
from articles.models import Issue, Page, Status


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


class SeenBefore:
    """What readers saw of each page a run imports into an issue already published, before the
    run wrote it (:func:`~articles.importing.visibility.seen_before`: its photos' pictures by
    what is in them, :mod:`articles.importing.previewpictures`), by page id: given to
    :func:`reports_readers`, each page's line says what the run changed of what readers saw
    (``读者已看到改动：1 张图片``: a photo's caption, credit or picture) and what stays (照旧), as
    the desk's preview does. :meth:`add` each page's input before it is handed to the import;
    one query an issue, and ``seen_before``'s few for a page of a published one."""

    def __init__(self, *, since):
        self.since = since
        self.pages: dict[int, Visibility] = {}
        self._published: dict[tuple, bool] = {}  # (paper name, slug, date) → published?

    def add(self, item) -> None:
        """What readers see now of the page ``item`` (``paper_name``, ``paper_slug``,
        ``issue_date``, ``label``) goes to, kept when its issue is published."""
        key = (item.paper_name, item.paper_slug, item.issue_date)
        if key not in self._published:
            published = Issue.objects.filter(issue_of(item), status=Status.PUBLISHED)
            self._published[key] = published.exists()
        if self._published[key] and (seen := seen_before(item, since=self.since)) is not None:
            self.pages.setdefault(seen.page_id, seen)  # (the first: before the run wrote it)


def reports_readers(
    reports: list[PageImportReport], *, since, before: SeenBefore | None = None
) -> None:
    """What readers see now of each page of ``reports`` that is in an issue already published,
    in its ``readers`` (:func:`visibility_values` of the desk's :func:`page_visibility`);
    ``since``: stories created at or after it are the run's new ones. Other reports (an issue
    not published, a dry run's, a page that failed, a page the run left as it was: its
    :attr:`~articles.importing.reports.PageImportReport.outcome` ``unchanged``, nothing new for
    readers) are left alone (``{}``). ``before``: what readers saw of the pages before the
    run (:class:`SeenBefore`): what the run changed of it is said apart. One query per
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
            seen = before.pages.get(page_id) if before is not None else None
            pictures = {} if seen is not None else None  # (compared by what is in them)
            visibility = page_visibility(page_id, since=since, before=seen, pictures=pictures)
            by_page[page_id].readers = visibility_values(visibility)


def readers_line(report: PageImportReport) -> str:
    """A page's ``readers`` (:func:`reports_readers`) as ``import_pages`` prints it, the desk
    preview's words: ``A2版 读者能看到什么：南通日报 2020-07-09 已发布：读者现在看到 “…”（上接A1版）…``."""
    return f"{report.label}版 读者能看到什么：{report.readers['summary']}"
