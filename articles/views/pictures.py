"""The printed page as a picture in the public views: the page image with its zones (an inline
SVG of links over the image, no JavaScript), the issue's thumbnails (版面导航) and, on a story,
where it ran. Pages without a PDF give nothing here, and their views look as before.

Zones are drawn in the image's own pixel space (``view_box``), so the SVG scales with the image.

A page's picture is the whole page as printed, every story legible on it: it is shown, linked
and given in JSON only while every story printed on the page is published
(:func:`articles.querysets.picture_public`, :func:`shown_picture`); otherwise a page shown for
its published stories says why its picture is missing
(:func:`articles.pagepictures.withheld_text`: a story not yet published, or one withdrawn). The files are
served by their content-hash names, which no page gives out meanwhile.
"""

from __future__ import annotations

from articles.models import Article, Page, Teaser, Zone
from articles.pagepictures import withheld_text
from articles.public import part_url
from articles.queries import relate
from articles.selectors import (
    page_teasers,
    page_zones,
    picture_of,
    story_zones,
    untitled_names,
)
from articles.selectors.pages import shown_picture
from articles.storynames import UNTITLED
from articles.views.base import frame_pages
from articles.views.pagefiles import pdf_name, pdf_url


def zone_title(
    zone: Zone, names: dict[int, str] | None = None, teasers: dict[int, Teaser] | None = None
) -> str:
    """A zone's accessible name: the story's current headline (an editor's correction included,
    as the page's list shows it; the title lines printed there only for a story without one;
    an untitled brief by its first words, ``names[story id]``:
    :func:`articles.selectors.untitled_names`, so that a 简讯 box's zones read apart), the
    photo's caption, or a teaser's (导读) title and the page it points to (``teasers``: the
    page's, by id, :func:`_teasers`)."""
    if zone.teaser_id:
        teaser = (teasers or {})[zone.teaser_id]
        return f"导读：{' '.join(teaser.title_lines) or teaser.marker}（{teaser.target_label}版）"
    if zone.part_id:
        article = zone.part.article
        return (
            article.title
            or " ".join(zone.part.title_lines)
            or (names or {}).get(article.pk)
            or UNTITLED
        )
    return f"图片：{zone.photo}"


def zone_url(zone: Zone, teasers: dict[int, Teaser] | None = None) -> str:
    """Where a zone links: its story (at its part), its photo, or for a teaser (导读) the story
    it points to when readers may see it, else the page it names when the issue has it, else
    "" (no link: :func:`articles.selectors.page_teasers`)."""
    if zone.teaser_id:
        return (teasers or {})[zone.teaser_id].url
    if zone.part_id:
        return part_url(zone.part.article, zone.part)
    return zone.photo.get_absolute_url()


def page_picture(page: Page) -> dict:
    """Context for a page's picture: ``picture`` (or None: no PDF, or not public), ``zones``
    (title, url, kind: story, photo or teaser, SVG path, rects, the id of the story it links,
    None for a photo; a teaser's zone only when it links somewhere), ``view_box``,
    ``pdf_url`` (its PDF's address naming this page, :func:`articles.views.pagefiles.pdf_url`),
    ``pdf_download`` (what its PDF is saved as: ``南通日报-2020-07-09-A2.pdf``,
    :func:`articles.views.pagefiles.pdf_name`) and ``picture_withheld`` (what the page says
    instead of a picture readers may not see,
    :func:`articles.pagepictures.withheld_text`; "" otherwise)."""
    picture = shown_picture(page)
    if picture is None:
        withheld = withheld_text(page) if picture_of(page) is not None else ""
        return {"picture": None, "zones": [], "view_box": "", "picture_withheld": withheld}
    found = page_zones(page)
    share_page(page, found)
    teasers = _teasers(page, found)
    found = [zone for zone in found if not zone.teaser_id or teasers[zone.teaser_id].url]
    # Untitled briefs by their first words (one query, only when the page has such a zone).
    names = untitled_names(
        zone.part.article_id
        for zone in found
        if zone.part_id and not zone.part.article.title and not zone.part.title_lines
    )
    zones = [
        {
            "title": zone_title(zone, names, teasers),
            "url": zone_url(zone, teasers),
            "kind": "story" if zone.part_id else "photo" if zone.photo_id else "teaser",
            "story": zone.part.article_id
            if zone.part_id
            else teasers[zone.teaser_id].target_article_id
            if zone.teaser_id
            else None,
            "path": zone.svg_path(picture.width, picture.height),
            "rects": zone.rects,
        }
        for zone in found
    ]
    issue = page.issue
    return {
        "picture": picture,
        "zones": zones,
        "view_box": f"0 0 {picture.width} {picture.height}",
        "picture_withheld": "",
        "pdf_url": pdf_url(picture, page),
        "pdf_download": pdf_name(issue.publication.name, issue.date, [page.label]),
    }


def _teasers(page: Page, zones: list[Zone]) -> dict[int, Teaser]:
    """The page's teasers (导读) by id, each with its ``url``
    (:func:`articles.selectors.page_teasers`), when a zone is a teaser's; else {} (no query)."""
    if not any(zone.teaser_id for zone in zones):
        return {}
    issue = page.issue
    by_label = {p.label: p for p in frame_pages(issue)}
    return {t.pk: t for t in page_teasers(page, by_label, issue)}


def share_page(page: Page, zones: list[Zone]) -> None:
    """Hand the zones' stories ``page``'s issue and their photos ``page`` itself, when ``page``
    holds its issue already (:func:`articles.views.base.frame_pages`): a zone's address is its
    story's or its photo's, which name the issue and its paper; a story printed on the page is
    of the page's issue (a story never leaves its issue) and a photo's zone is on the photo's
    page, each checked by its key. Without them each zone cost two queries (the issue, the
    paper)."""
    if not Page._meta.get_field("issue").is_cached(page):
        return
    issue = page.issue
    for zone in zones:
        if zone.part_id:
            article = zone.part.article
            if article.issue_id == issue.pk:
                relate(article, "issue", issue)
        elif zone.photo_id and zone.photo.page_id == page.pk:
            relate(zone.photo, "page", page)


def issue_thumbnails(pages: list[Page]) -> None:
    """Give each page (from :func:`~articles.selectors.issue_pages`) its ``thumbnail_picture``
    (or None: no PDF, or not public, :func:`shown_picture`): no query."""
    for page in pages:
        page.thumbnail_picture = shown_picture(page)


def story_pictures(article: Article, pages: list[Page]) -> list[dict]:
    """Where a story ran: for each part with a zone, its page, the page's thumbnail and the
    zone drawn over it, on the pages whose picture readers may see (:func:`shown_picture`).
    ``pages``: the issue's pages (:func:`~articles.selectors.issue_pages`); no query when none
    of the story's pages has a picture."""
    with_picture = {page.pk for page in pages if shown_picture(page)}
    if not any(part.page_id in with_picture for part in article.ordered_parts()):
        return []
    out = []
    for zone in story_zones(article):
        if zone.page_id not in with_picture:
            continue
        picture = zone.page.picture
        out.append(
            {
                "page": zone.page,
                "picture": picture,
                "view_box": f"0 0 {picture.width} {picture.height}",
                "path": zone.svg_path(picture.width, picture.height),
                "rects": zone.rects,
            }
        )
    return out
