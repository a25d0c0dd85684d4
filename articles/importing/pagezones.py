"""The zones of a page's printed parts, photos and teaser boxes (导读) on its PDF (:mod:`articles.pdfpages.zones`
does the matching on the layout; here the rows): which parts and photos still need an automatic
zone (not those an editor drew by hand), the text of each to look for, and the automatic zones
written back with the parts not found recorded on the page image.
"""

from __future__ import annotations

from articles import pdfpages
from articles.models import ArticlePart, Page, PageImage, Photo, Teaser, Zone, ZoneSource
from articles.zonechecks import owner, rects_kept


def _part_text(part: ArticlePart, printed: dict | None = None) -> str:
    """The text of ``part`` to find on the PDF: ``printed`` (its fields as the page printed
    them: :func:`~articles.importing.storedparse.printed_texts`) when given, else as stored."""
    if printed is None:
        printed = {
            "title_lines": part.title_lines,
            "blocks": part.blocks,
            "dateline": part.article.dateline,
            "byline": part.article.byline,
        }
    return story_text(printed, first=part.sequence == 0)


def story_text(printed: dict, *, first: bool) -> str:
    """The text to find on a PDF of a story's part whose fields are ``printed``
    (``title_lines``, ``blocks``, ``dateline``, ``byline``); ``first``: its story's first part
    (the one that prints its dateline and byline)."""
    lines = list(printed["title_lines"])
    if first:
        lines += [printed["dateline"], printed["byline"]]
    return "\n".join(lines + [b["text"] for b in printed["blocks"]])


def _photo_text(photo: Photo, printed: dict | None = None) -> str:
    """The text of ``photo`` to find on the PDF: its caption and credit line, as ``printed``
    when given (:func:`_part_text`)."""
    fields = printed or {"caption": photo.caption, "credit_line": photo.credit_line}
    return f"{fields['caption']}\n{fields['credit_line']}"


def _printed_of(obj, printed: dict) -> dict | None:
    """What ``printed`` holds for ``obj`` when an editor changed it (its text no longer what
    the PDF prints), else None (the stored text is the printed one)."""
    if isinstance(obj, ArticlePart):
        return printed.get(("part", obj.position)) if obj.article.edited_at else None
    return printed.get(("photo", obj.position)) if obj.edited_at else None


def _teaser_text(teaser: Teaser) -> str:
    """The text of a teaser box (导读) to find on the PDF: its title lines and what it printed."""
    return "\n".join([*teaser.title_lines, teaser.marker])


def _describe(obj) -> str:
    if isinstance(obj, Teaser):
        return f"导读：{' '.join(obj.title_lines) or obj.marker}"
    if isinstance(obj, ArticlePart):
        return (obj.article.title or obj.text()[:20]) + (
            f"（续，第 {obj.sequence + 1} 段）" if obj.sequence else ""
        )
    return f"图片：{obj}"


def zones_match(page: Page, layout: pdfpages.PageLayout, image: PageImage) -> tuple[int, list[str]]:
    """Match every part and photo of ``page`` without a hand-drawn zone on ``layout``; replace
    the automatic zones. Returns (zones made, descriptions of the parts not found) and records
    the latter on ``image``."""
    return zones_write(page, image, *zones_find(page, layout))


def zones_find(page: Page, layout: pdfpages.PageLayout) -> tuple[list, list]:
    """The parts and photos of ``page`` without a hand-drawn zone, and where each is on
    ``layout`` (a :class:`~articles.pdfpages.PartZone`, or None without a text layer). Reads
    rows, writes none."""
    items, texts = zone_items(page)
    found = pdfpages.match_parts(layout, texts) if layout.has_text else [None] * len(items)
    return items, found


def zone_texts(page: Page) -> list[tuple[str, int, str]]:
    """What the automatic zones of ``page`` are found by, as values to compare: for each part
    and photo without a hand-drawn zone (:func:`zone_items`, in order) its kind, id and the text
    looked for on the PDF. Equal before and after a write: matching again would find the same
    zones (a re-parse compares them, :mod:`articles.importing.reparse`)."""
    items, texts = zone_items(page)
    return [(type(obj).__name__, obj.pk, t.text) for obj, t in zip(items, texts, strict=True)]


def zone_items(page: Page, printed: dict | None = None) -> tuple[list, list[pdfpages.PartText]]:
    """The parts, photos and teasers (导读) of ``page`` without a hand-drawn zone, in order, and
    the text of each to find on the page (a teaser's: its title lines and the text it printed;
    rows read here, on the caller's thread; matching needs none).
    The photos of the PDF alone are not among them: no text finds them, the picture and its
    credit do (:mod:`articles.importing.pdfcredited`). ``printed``: what the page printed of
    the rows an editor changed (:func:`~articles.importing.storedparse.printed_texts`), looked
    for instead of their edited text; without it, every row by its stored text."""
    hand = Zone.objects.filter(page=page, source=ZoneSource.HAND)
    hand_parts = set(hand.values_list("part_id", flat=True))
    hand_photos = set(hand.values_list("photo_id", flat=True))
    hand_teasers = set(hand.values_list("teaser_id", flat=True))
    items: list = [
        p
        for p in ArticlePart.objects.filter(page=page)
        .select_related("article")
        .order_by("position")
        if p.pk not in hand_parts
    ]
    items += [
        p
        for p in Photo.objects.of_text().filter(page=page).order_by("position")
        if p.pk not in hand_photos
    ]
    items += [t for t in Teaser.objects.filter(page=page) if t.pk not in hand_teasers]
    printed = printed or {}
    texts = [
        pdfpages.PartText(
            n,
            _teaser_text(obj)
            if isinstance(obj, Teaser)
            else _part_text(obj, _printed_of(obj, printed))
            if isinstance(obj, ArticlePart)
            else _photo_text(obj, _printed_of(obj, printed)),
            images=isinstance(obj, Photo),
            story=getattr(obj, "article_id", None),
        )
        for n, obj in enumerate(items)
    ]
    return items, texts


def zones_write(page: Page, image: PageImage, items: list, found: list) -> tuple[int, list[str]]:
    """The automatic zones of ``page`` replaced by those :func:`zones_find` found; the parts
    not found recorded on ``image``. A rectangle found inside a hand zone is left out as
    :func:`articles.zonechecks.rects_kept` decides (its own story's, or a stray piece of another
    story that keeps a rectangle elsewhere; another story all inside it keeps its rectangles,
    drawn on top, and the desk warns); an item left with none is not found. A hand zone drawn
    on an older picture than ``image``
    (:mod:`articles.zonechecks`) claims nothing: the stories may have moved under it (a
    layout editor's re-sent A1: the photo's old hand rectangle lay over a story, which was
    said not found). Returns (zones made, descriptions of the parts not found)."""
    Zone.objects.filter(page=page, source=ZoneSource.AUTO).delete()
    claimed = [
        (owner(zone), rect)
        for zone in Zone.objects.filter(page=page).select_related("part")
        if zone.drawn_on in ("", image.picture_key)  # (one on the old picture claims nothing)
        for rect in zone.rects
    ]
    zones, unmatched = [], []
    for obj, zone in zip(items, found, strict=True):
        rects = [r.as_list() for r in zone.rects] if zone is not None and zone.found else []
        rects = rects_kept(rects, owner(obj), claimed)
        if not rects:
            unmatched.append(_describe(obj))
            continue
        zones.append(
            Zone(
                page=page,
                part=obj if isinstance(obj, ArticlePart) else None,
                photo=obj if isinstance(obj, Photo) else None,
                teaser=obj if isinstance(obj, Teaser) else None,
                rects=rects,
                coverage=round(zone.coverage, 3),
                source=ZoneSource.AUTO,
            )
        )
    Zone.objects.bulk_create(zones)
    image.unmatched = unmatched
    image.save(update_fields=["unmatched", "updated_at"])
    return len(zones), unmatched
