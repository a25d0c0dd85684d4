"""Photos a page's PDF alone gives: a picture printed with its credit and no caption.

A page's photos are its text's (a caption, a credit: :mod:`articles.importing.writer`), each
given its picture from the PDF by the image its caption is next to
(:mod:`articles.importing.pdfphotos`). A picture printed with only its credit (``陈维连/摄``
over its corner, ``新华社发`` under it) has no caption for the text to give, and was lost with
its photographer. When a page's zones are matched on its PDF, each such picture
(:func:`articles.pdfpages.credited_pictures`: an image no photo of the text took, with a credit
on it or on the line under it, large enough to be a photo) is a ``Photo`` of the page:

* an empty caption, the credit as printed (``credit_line``, as the text's photos keep it) and
  its photographers read from it as the parser reads a credit
  (:func:`articles.parsing.creditpeople.credit_photographers`: none for an agency, ``新华社发``);
  no story (an editor links it);
* at ``position`` :data:`~articles.querysets.PDF_PICTURES_FROM` plus the picture's number among
  the page's images: the text's import never writes it (``Photo.objects.of_text()``), matching
  the zones on the same PDF again finds the same row, and the page shows it after what its text
  prints;
* an automatic zone around the picture and its credit, and the picture cut from the page as
  the text's photos' are (:func:`~articles.importing.pdfphotos.photos_cut`).

Matching again (a changed PDF, new text, 重新匹配热区) keeps these rows as the PDF has them: a
picture that a caption of the text now takes, or that is printed no more, loses its row (and
its cut picture, once unused); a row an editor changed (``edited_at``, an uploaded picture) is
kept as it is. Nothing is made twice: a picture under a photo's hand-drawn zone, and one whose
credit a photo of the text prints without taking a picture (its caption not found near an
image), are that photo's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from articles import pdfpages
from articles.crediting import (
    credits_kept,
    people_get_or_create,
    photo_credits_set,
    photos_credited_now,
)
from articles.importing.deskdeleted import pictures_not_deleted
from articles.importing.pdfphotos import remove_unused_cuts
from articles.importing.rows import clip, credit_unwrapped
from articles.models import Page, Photo, Zone, ZoneSource
from articles.namechars import person_key
from articles.parsing.creditpeople import credit_photographers
from articles.pdfpages.document import POINTS_PER_INCH
from articles.pdfpages.photos import MIN_SIDE
from articles.people.namesakes import PHOTO_ROWS
from articles.querysets import PDF_PICTURES_FROM
from articles.text import normalize_for_matching


def zones_matched(layout, texts: list, limits: pdfpages.PdfLimits) -> tuple[list, list]:
    """The zones of ``texts`` on ``layout`` (a ``PageLayout`` or one packed:
    :func:`articles.pdfpages.match_parts`) and the pictures printed with a credit and no
    caption that no zone took (:func:`articles.pdfpages.credited_pictures`; a picture at least
    :data:`~articles.pdfpages.photos.MIN_SIDE` pixels across and down at ``limits.dpi``, what
    can be cut). Pure: what the importer's worker thread does."""
    zones = pdfpages.match_parts(layout, texts)
    smallest = MIN_SIDE * POINTS_PER_INCH / limits.dpi
    return zones, pdfpages.credited_pictures(layout, texts, zones, min_side=smallest)


@dataclass
class Credited:
    """What :func:`credited_write` wrote: the photos of the PDF alone (``photos``) with the zone
    each took (``zones``, :class:`~articles.pdfpages.PartZone`: for
    :func:`~articles.importing.pdfphotos.photos_cut`), how many automatic zones it made
    (``zone_rows``: not those with a hand-drawn zone) and the report lines (Chinese) of the
    photos it made."""

    photos: list = field(default_factory=list)
    zones: list = field(default_factory=list)
    zone_rows: int = 0
    lines: list[str] = field(default_factory=list)


def credited_write(page: Page, items: list, found: list, pictures: list) -> Credited:
    """The photos of the PDF alone of ``page`` written as ``pictures`` (what
    :func:`zones_matched` found beside ``found``, the zones of ``items``) has them (see the
    module docstring): rows, credits and automatic zones, those no longer printed deleted.
    Call it in the transaction that writes the page's zones, after
    :func:`~articles.importing.pagezones.zones_write` (which deletes the page's automatic
    zones)."""
    pictures = _not_the_text_s(page, items, found, pictures)
    # (the desk's deletions stand: articles.importing.deskdeleted)
    pictures, deleted_lines = pictures_not_deleted(
        page, pictures, lambda p: _fields(p)["credit_line"]
    )
    wanted = {PDF_PICTURES_FROM + p.number: p for p in pictures}
    existing = {p.position: p for p in Photo.objects.of_pdf().filter(page=page)}
    _follow_renumbered(existing, wanted)
    gone = [p for n, p in existing.items() if n not in wanted and not _kept(p)]
    for photo in gone:
        photo.delete()
    names = {p.image.name for p in gone if p.image}
    if names:
        transaction.on_commit(lambda: remove_unused_cuts(names))
    done, unsure = Credited(lines=deleted_lines), {}
    people = people_get_or_create(  # (a name two people bear: the paper's, unsure ones said)
        (n for p in pictures for n in _names(p.credit)),
        paper_id=page.issue.publication_id,
        on=page.issue.date,
        unsure=unsure,
        rows=PHOTO_ROWS,
    )
    kept, said = photos_credited_now(existing.values()), []
    hand = set(
        Zone.objects.filter(page=page, source=ZoneSource.HAND).values_list("photo_id", flat=True)
    )
    rows = []
    for position, picture in wanted.items():
        photo = existing.get(position)
        if photo is None:
            photo = Photo.objects.create(page=page, position=position, **_fields(picture))
            done.lines.append(_made_line(page, picture))
        elif not _kept(photo):
            _update(photo, _fields(picture))
        if not photo.edited_at:  # (a name namesakes bear: the one it credits, else the rule's)
            credits, unsure_here = credits_kept(
                _names(picture.credit), kept.get(photo.pk, {}), people, unsure
            )
            photo_credits_set(photo, credits)
            said += unsure_here
        zone = pdfpages.PartZone(position, rects=[picture.zone], coverage=1.0, image=picture.image)
        done.photos.append(photo)
        done.zones.append(zone)
        if photo.pk not in hand:
            rows.append(_zone_row(page, photo, zone))
    Zone.objects.bulk_create(rows)
    done.zone_rows = len(rows)
    done.lines.extend(dict.fromkeys(said))
    return done


def _follow_renumbered(existing: dict, wanted: dict) -> None:
    """A row an editor changed (:func:`_kept`) whose picture the new PDF numbers otherwise (an
    image added or taken away before it, a re-exported page) follows its picture: moved, in
    ``existing`` and in the database, to the position of the picture printed with the same
    credit that no row has. Without it the edited row kept its old number, lost its zone, and
    a second row was made for the same picture (a reviewer's page showed it twice). A row
    whose credit the editor changed stays where it is."""
    free = {n: p for n, p in wanted.items() if n not in existing}
    for position, photo in sorted(existing.items()):
        if position in wanted or not _kept(photo) or not free:
            continue
        credit = _folded(photo.credit_line)
        match = next((n for n, p in sorted(free.items()) if _folded(p.credit) == credit), None)
        if match is None:
            continue
        del free[match], existing[position]
        Photo.objects.filter(pk=photo.pk).update(position=match)
        photo.position = match
        existing[match] = photo


def _not_the_text_s(page: Page, items: list, found: list, pictures: list) -> list:
    """``pictures`` without those that are a photo of the text's: under the hand-drawn zone of
    a photo of the text, or credited as a photo of the text that took no picture in ``found``
    prints it."""
    if not pictures:
        return []
    hand = Zone.objects.filter(
        page=page, source=ZoneSource.HAND, photo__position__lt=PDF_PICTURES_FROM
    )
    drawn = [pdfpages.Box(*r) for rects in hand.values_list("rects", flat=True) for r in rects]
    took = {
        obj.pk
        for obj, zone in zip(items, found, strict=True)
        if isinstance(obj, Photo) and zone is not None and zone.found and zone.image
    }
    credits = {
        _folded(credit)
        for pk, credit in Photo.objects.of_text().filter(page=page).values_list("pk", "credit_line")
        if pk not in took and credit
    }
    return [
        p
        for p in pictures
        if not any(_centre_in(p.image, box) for box in drawn) and _folded(p.credit) not in credits
    ]


def _centre_in(image: pdfpages.Box, box: pdfpages.Box) -> bool:
    x, y = (image.x0 + image.x1) / 2, (image.y0 + image.y1) / 2
    return box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1


def _folded(credit: str) -> str:
    return "".join(normalize_for_matching(credit_unwrapped(credit)).split())


def _kept(photo: Photo) -> bool:
    """What an editor did to a photo of the PDF alone: it is kept as it is."""
    return bool(photo.edited_at) or photo.uploaded


def _names(credit: str) -> list[str]:
    """The ``Person`` names a credit reads as (the parser's reading), in order, each once."""
    return list(dict.fromkeys(person_key(n) for n in credit_photographers(credit) if n))


def _fields(picture) -> dict:
    return {"caption": "", "credit_line": clip(credit_unwrapped(picture.credit), 200)}


def _update(photo: Photo, values: dict) -> None:
    if any(getattr(photo, key) != value for key, value in values.items()):
        for key, value in values.items():
            setattr(photo, key, value)
        photo.save()


def _zone_row(page: Page, photo: Photo, zone) -> Zone:
    return Zone(
        page=page,
        photo=photo,
        rects=[r.as_list() for r in zone.rects],
        coverage=1.0,
        source=ZoneSource.AUTO,
    )


def _made_line(page: Page, picture) -> str:
    """The report line of a photo made from a picture with its credit alone (Chinese)."""
    return (
        f"{page.label}版有一张图片只印了署名“{picture.credit}”、没有说明，已作为图片收进本版"
        "（说明为空）；请在编辑台补上说明，或把它归到所配的稿件"
    )
