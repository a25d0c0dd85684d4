"""找不到这个页面 (404) with the masthead of the paper whose address was asked.

A 404 is drawn with ``base.html``'s masthead, which names the page's paper (``publication``) or,
on a page of no paper (search, people), the site's (``NEWSROOM_DEFAULT_PAPER``). A 404 has no
view to give it a paper, so without this a missing page of 新三门 showed 南通日报's masthead.
:func:`masthead_of` reads the paper from the address instead: its first segment when that is a
paper readers may see (``/sanmen/2020-07-09/Z9/`` → 新三门); the site's paper, as on their other
pages, on the site's own addresses (``/``, ``/search/…``, ``/people/…``, ``/sitemap-x.xml``: a first
segment in :data:`~articles.models.RESERVED_SLUGS` or an address matching a pattern of no paper);
and the site's neutral masthead (数字报, no paper named) on every other address, whose first
segment stands where a paper's slug would though no paper readers may see has it (``/nosuch/``,
``/nosuch/x/``, ``/neibu/2021-03-01/A1/`` of a paper not yet public): a reader who mistyped a
paper's slug is not shown 南通日报 as if it were the paper asked for, and a paper not yet public
is not named. Whether the rest of the address matched a pattern does not change that
(``/nosuch/x/`` matches none, ``/nosuch/2020-07-09/`` does; both are neutral)."""

from __future__ import annotations

from datetime import date

from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse

from articles.dates import cn_day
from articles.labels import LabelError, address_label, numbered_alike
from articles.models import RESERVED_SLUGS, Issue
from articles.public import public_paper
from articles.selectors import issue_pages, public_issue_on


def masthead_of(request) -> dict:
    """The context a 404 page's masthead needs for ``request``'s address (module docstring):
    ``{"publication": paper}``, ``{"neutral_masthead": True}`` or ``{}`` (the site's paper)."""
    first = request.path_info.strip("/").split("/", 1)[0]
    paper = public_paper(first) if first.isascii() and first else None
    if paper is not None:
        return {"publication": paper}
    if not first or first.lower() in RESERVED_SLUGS or _of_no_paper(request.path_info):
        return {}
    return {"neutral_masthead": True}


def _of_no_paper(path: str) -> bool:
    """Whether ``path`` matched one of the site's patterns that names no paper (say
    ``/sitemap-x.xml``, whose first segment is not a reserved slug)."""
    try:
        return "paper" not in resolve(path).kwargs
    except Resolver404:
        return False


def not_found(
    request,
    *,
    message: str = "",
    link: tuple[str, str] | None = None,
    links: list[tuple[str, str]] | None = None,
):
    """The 404 page (``templates/404.html``) with :func:`masthead_of`'s masthead, ``message``
    saying what is missing (``""``: the general words), ``link`` (address, words) a way on,
    ``links`` more of them (the issues around a missing date, the pages of an issue), and
    往期回顾 linked: the archive month of the paper's latest issue (:func:`archive_of`)."""
    masthead = masthead_of(request)
    context = {
        "message": message,
        "link": link,
        "links": links or [],
        "archive": archive_of(masthead.get("publication")),
        **masthead,
    }
    return render(request, "404.html", context, status=404)


def archive_of(paper) -> str:
    """往期回顾 for a 404: the month of ``paper``'s latest public issue (as its masthead's
    往期回顾 links it), or "" without a paper or an issue (the page then says 首页 and
    全文检索 only). One query."""
    if paper is None:
        return ""
    latest = Issue.objects.public().filter(publication=paper).order_by("-date").first()
    if latest is None:
        return ""
    return reverse(
        "articles:month",
        kwargs={"paper": paper.slug, "year": latest.date.year, "month": latest.date.month},
    )


def page_not_found(request, exception=None):
    """``handler404``: :func:`not_found`, saying what is missing where the address names an
    issue or a page of a paper readers may see (:func:`missing_edition`), else the general
    words."""
    return not_found(request, **missing_edition(request))


def missing_edition(request) -> dict:
    """What a 404 at an issue's or a page's address (``/<paper>/<date>/``,
    ``/<paper>/<date>/<label>/``) of a public paper says: for a date without a public issue,
    the paper's nearest issues before and after it, linked; for a page the issue lacks, which
    pages it has (本期共3个版面（A1–A3版）, 本期只有A1版), each linked. ``{}`` for any other address (the general
    words). Two or three queries, on a 404 only."""
    try:
        found = resolve(request.path_info)
    except Resolver404:
        return {}
    kwargs = found.kwargs
    if found.url_name not in ("issue", "page") or not isinstance(kwargs.get("date"), date):
        return {}
    paper = public_paper(kwargs["paper"])
    if paper is None:
        return {}
    day = kwargs["date"]
    issue = public_issue_on(paper.slug, day)
    if issue is None:
        return _issues_around(paper, day)
    label = _label_read(kwargs.get("label"))
    pages = issue_pages(issue)
    if label is None or not pages or any(p.label == label for p in pages):
        return {}  # (a story's page or an issue that is there: the general words)
    labels = [p.label for p in pages]
    has = (
        f"本期只有{labels[0]}版"
        if len(labels) == 1
        else f"本期共{len(labels)}个版面（{labels[0]}–{labels[-1]}版）"
    )
    return {
        "message": f"{paper.name}{cn_day(day)}这一期没有{_page_named(label)}{_which(label, labels)}：{has}，"
        "可从下面进入。",
        "links": [(p.get_absolute_url(), f"{p.label}版{p.name and ' ' + p.name}") for p in pages],
    }


def _label_read(label: str | None) -> str | None:
    """The address's page label as the issue's pages are labelled (``第四版``, ``4版`` → ``4``,
    ``A04`` → ``A4``: :func:`~articles.labels.address_label`), as it is when it reads as none
    (``两版``, ``零一``: a malformed Chinese numeral)."""
    if label is None:
        return None
    try:
        return address_label(label)
    except LabelError:
        return label


def _page_named(label: str) -> str:
    """``label`` (:func:`_label_read`) as a page is named in a sentence: ``A9`` → ``A9版``; one
    that could not be read is kept as typed, and one typed with 版 (``第零版``, ``第百版``) is
    not given a second."""
    return label if label.endswith("版") else f"{label}版"


def _which(label: str, labels: list[str]) -> str:
    """``（有A4版和B4版，请选一版）`` for a number alone that several of the issue's pages
    (``labels``) bear (:func:`~articles.labels.numbered_alike`), else ``""`` (one that only
    one bears was redirected to it: :func:`articles.selectors.page_meant`)."""
    alike = numbered_alike(label, labels)
    return f"（有{'和'.join(f'{other}版' for other in alike)}，请选一版）" if len(alike) > 1 else ""


def _issues_around(paper, day: date) -> dict:
    """What a 404 says for a date ``paper`` has no public issue on: the issues nearest before
    and after it, linked (``‹ 前一期：2024年3月4日``), or that it has none on either side."""
    published = Issue.objects.public().filter(publication=paper)
    before = published.filter(date__lt=day).order_by("-date").first()
    after = published.filter(date__gt=day).order_by("date").first()
    links = []
    if before is not None:
        links.append((before.get_absolute_url(), f"‹ 前一期：{cn_day(before.date)}"))
    if after is not None:
        links.append((after.get_absolute_url(), f"后一期：{cn_day(after.date)} ›"))
    near = "离它最近的几期在下面" if links else "这份报纸还没有其他已发布的一期"
    return {
        "message": f"{paper.name}没有{cn_day(day)}这一期（那天没有出版，或尚未发布）：{near}。",
        "links": links,
    }
