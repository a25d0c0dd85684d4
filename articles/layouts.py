"""Which changes move a story on or off a page (its *layout*), and the cache tags that follow.

Part of :mod:`articles.changes`: a row saved or deleted whose :data:`LAYOUT_FIELDS` changed
touches, besides its scope, the layout of each page in it (上一篇/下一篇), the photographers'
lists, and the frame of each issue and the calendar of each paper in it (whether readers see a
page and its picture: ``Page.objects.public()``)."""

from __future__ import annotations

from articles import caching
from articles.models import Article, ArticlePart

#: The fields that decide which stories a page prints and in which order (上一篇/下一篇): a change
#: to one of them changes the layout of the pages in the change's scope (:func:`caching.layout`).
#: A layout change also decides whether readers see a page and its picture (a page of drafts
#: only is hidden, a page's picture is shown only while every story printed on it is
#: published: ``Page.objects.public()``), so it refreshes its issues' frames and its papers'
#: calendars too (:func:`with_layout`).
LAYOUT_FIELDS = {
    Article: ("status", "issue_id", "page_id", "position"),
    ArticlePart: ("article_id", "page_id", "position", "sequence"),
}


def layout_changed(instance, old, deleted: bool) -> bool:
    fields = LAYOUT_FIELDS.get(type(instance), ())
    if not fields:
        return False
    if deleted or old is None:
        return True
    return any(getattr(old, name) != getattr(instance, name) for name in fields)


def with_layout(scope: set[str]) -> set[str]:
    """``scope`` with the layout of each page it names (:data:`LAYOUT_FIELDS`), and the
    photographers' lists: a story published, withdrawn or moved shows or hides its photos
    (``Photo.objects.public()``); and the frame of each issue it names and the calendar of each
    paper whose section it names: a story published, withdrawn or moved shows or hides a page
    (``Page.objects.public()``: the issue's 版面导航, 上一版/下一版, the paper's sections) and
    its picture (each frame page's ``picture_public``). No query."""
    tags = {caching.PHOTOS}
    for tag in scope:
        if tag.startswith("p") and tag != caching.PHOTOS:
            tags.add(caching.layout(tag[1:]))
        elif tag.startswith("i"):
            tags.add(caching.issue_frame(tag[1:]))
        elif tag.startswith("S"):  # S<paper>-<digest>
            tags.add(caching.calendar(tag[1:].split("-", 1)[0]))
    return scope | tags
