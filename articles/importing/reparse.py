"""What :func:`~articles.importing.pipeline.page_reparse` needs besides the import itself.

A re-parse runs the current parser over the raw text a page keeps (README, Importing: "The raw
text is kept verbatim with its SHA-256, so a better parser can re-run over old pages"). Two
things set it apart from an import of a file:

* the page keeps what its file was: its encoding (原始编码: a GB18030 or Big5 file, INPUT.md
  "GB18030/GBK from older Windows tools") and the checksum of the file's bytes, which the next
  import of that file is recognised by (:mod:`articles.importing.unchanged`). Neither can be
  worked out again from the text (encoding it again need not give the same bytes), so both are
  taken from the page's row (:func:`~articles.importing.storedparse.stored_prepare`); so are the type sizes of its headline
  lines when its text was read from a PDF (``Page.line_sizes``), which the parser reads its
  decks by as the import did (a smaller line over a headline is its 引题);
* a page with a PDF stored whose parts the new parse changes has its zones matched again from
  that PDF (:mod:`articles.importing.rematch`): a story the new parse creates gets its zone;
* a photo the page's PDF prints apart from the story the text puts it next to (a picture item
  of its own, unlinked when the PDF's zones were matched: :mod:`articles.pdfpages.pictureitems`)
  is linked again by the text's parse; the PDF's reading is applied again before anything is
  compared (:func:`apart_positions`: the page is written again with those photos standing
  alone), so a re-parse with no new reading leaves it standing
  alone and the page ``unchanged`` (a fresh reviewer's re-parse of a PDF-only page attached a
  picture item to an unrelated published story and marked the story updated);
* it says which pages the parser reads otherwise than stored: a page whose rows the re-parse
  leaves as they were (:func:`page_state` the same before and after) is ``unchanged``, as an
  import of the same bytes is, not ``updated``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from django.db import transaction
from django.db.models import Q

from articles.importing.pagezones import zone_texts, zones_find
from articles.importing.pdfs import PDF_ERRORS, stored_layout
from articles.importing.preparing import Prepared
from articles.importing.rematch import stored_pdf_rezone
from articles.importing.reports import PageImportError, PageImportReport
from articles.importing.splitoffs import split_page
from articles.importing.storedparse import stored_prepare
from articles.models import (
    Article,
    ArticlePart,
    Byline,
    Jump,
    Page,
    PageImage,
    Photo,
    PhotoCredit,
    Teaser,
)


class _TrialRollback(Exception):
    pass


class _PdfNeeded(Exception):
    """The trial needs the characters of the page's stored PDF: it is rolled back, the PDF read
    with no transaction open, and the trial made again (:func:`reparse_compared`)."""


#: :func:`apart_positions`'s ``layout`` before the stored PDF was read.
NOT_READ = object()


def reparse_compared(
    page: Page,
    *,
    dry_run: bool,
    write: Callable[[Prepared], PageImportReport | PageImportError],
) -> PageImportReport:
    """Re-parse ``page``: its stored text prepared as its file (:func:`~articles.importing.storedparse.stored_prepare`), written
    by ``write`` (the pipeline's batch of one, without its own rollback: a dry run's writes are
    rolled back here, after the comparison), and its report's action ``unchanged`` when the
    page's rows (:func:`page_state`) are as they were before, else as ``write`` said
    (``updated``). A real run writes the page's parser version in any case, so the next import
    of its file is not parsed. A page with a PDF stored whose printed parts or photos changed
    (:func:`~articles.importing.pagezones.zone_texts`: one the new parse creates, one whose
    text it reads otherwise) has its automatic zones matched again from that PDF, or in a dry
    run its report says they would be (:func:`~articles.importing.rematch.stored_pdf_rezone`);
    a page whose parts are as they were keeps its zones. Raises :class:`PageImportError` as an
    import does.

    The text is parsed, and the stored PDF read, with no transaction open (on SQLite a
    transaction holds the one write lock from its start): a write that links a photo to
    another story needs the PDF's characters (:func:`apart_positions`), so it is rolled back,
    the PDF read, and the write made again with them (nothing half written)."""
    prepared = stored_prepare(page)
    before = page_state(page)
    # A page with a stored PDF: its zones are found by its parts' texts, compared after.
    image = PageImage.objects.filter(page=page).first()
    zoned = zone_texts(page) if image is not None else None
    links = _photo_links(page) if image is not None else None
    layout = NOT_READ
    while True:
        try:
            report, rezone = _trial(
                page, prepared, write, dry_run, image, links, layout, before=before, zoned=zoned
            )
            break
        except _PdfNeeded:  # (rolled back)
            layout = _stored_layout_or_none(image)  # no transaction open
    if rezone:  # its stories changed: zones matched again from its stored PDF (a dry run: said)
        stored_pdf_rezone(report)
    return report


def _trial(
    page, prepared, write, dry_run, image, links, layout, *, before, zoned
) -> tuple[PageImportReport, bool]:
    """:func:`reparse_compared`'s write, in one transaction (rolled back in a dry run): the
    page's report, and whether its zones are to be matched again. Raises :class:`_PdfNeeded`
    (rolled back) when the PDF's characters are needed and ``layout`` is :data:`NOT_READ`."""
    outcome = None
    try:
        with transaction.atomic():
            written = transaction.savepoint()
            report = _written(write, prepared)
            apart = apart_positions(page, image, links, layout) if image is not None else set()
            if apart:  # written again with those photos standing alone, as the PDF prints them
                transaction.savepoint_rollback(written)
                prepared.parsed = _standing_alone(prepared.parsed, apart, page)
                report = _written(write, prepared)
            if report.action == "updated" and page_state(page) == before:
                report.action = "unchanged"
            outcome = report, zoned is not None and zone_texts(page) != zoned
            if dry_run:
                raise _TrialRollback
    except _TrialRollback:
        pass
    return outcome


def _written(write, prepared: Prepared) -> PageImportReport:
    """``write(prepared)``'s report; its :class:`PageImportError` raised."""
    report = write(prepared)
    if isinstance(report, PageImportError):
        raise report
    return report


def _stored_layout_or_none(image: PageImage):
    """The characters of ``image``'s stored PDF (:func:`~articles.importing.pdfs.stored_layout`),
    or None when it cannot be read (the re-parse's rezoning says so)."""
    try:
        return stored_layout(image)
    except PDF_ERRORS:
        return None


def _photo_links(page: Page) -> dict[int, int | None]:
    """Each photo of ``page`` (id) and the story it is linked to (None: standing alone)."""
    return dict(Photo.objects.filter(page=page).values_list("pk", "article_id"))


def apart_positions(
    page: Page, image: PageImage, before: dict[int, int | None], layout=NOT_READ
) -> set[int]:
    """After a re-parse of ``page`` (which has a stored PDF, ``image``) was written: when it
    linked a photo to a story other than ``before`` (:func:`_photo_links` before the write)
    said, the positions of the photos that the PDF prints apart from the story they are now
    linked to (:attr:`~articles.pdfpages.PartZone.apart`, as the import that matched the PDF
    read them, :func:`~articles.importing.pdfphotos.photos_apart`; not a photo with hand
    edits), found on ``layout``: the stored PDF's characters, read before the transaction.
    Reads rows, writes nothing, opens no PDF. An empty set when no link changed, or when the
    stored PDF cannot be read (``layout`` None: the re-parse's rezoning says so); raises
    :class:`_PdfNeeded` when a link changed and ``layout`` is :data:`NOT_READ`."""
    now = _photo_links(page)
    if not any(story is not None and before.get(pk) != story for pk, story in now.items()):
        return set()
    if layout is NOT_READ:
        raise _PdfNeeded
    if layout is None:
        return set()
    items, found = zones_find(page, layout)
    return {
        obj.position
        for obj, zone in zip(items, found, strict=True)
        if isinstance(obj, Photo)
        and zone is not None
        and zone.apart
        and obj.article_id
        and obj.edited_at is None
    }


def _standing_alone(parsed, positions: set[int], page: Page):
    """``parsed`` (a :class:`~articles.parsing.ParsedPage`) with its photos at ``positions``
    (on ``page``, as written: a story an editor split off moved the later ones down,
    :func:`~articles.importing.splitoffs.split_page`) linked to no story."""
    shifted, _ = split_page(parsed, list(page.parts.select_related("article")), page.pk)
    printed = zip(shifted.photos, parsed.photos, strict=True)
    written = {photo.position: as_parsed.position for photo, as_parsed in printed}
    positions = {written[position] for position in positions if position in written}
    photos = tuple(
        replace(photo, article_position=None) if photo.position in positions else photo
        for photo in parsed.photos
    )
    return replace(parsed, photos=photos)


def page_state(page: Page) -> tuple:
    """What an import writes for ``page``, as values to compare: the page's own parse results
    (flags, warnings, section, its issue's number), and every column of its stories (those
    printed on it and those with a part on it), their parts on any page, bylines and jumps, and
    of its photos (with their credits) and teasers, each in id order. Two states are equal when
    a re-parse saved, created and deleted none of these rows (a story saved moves its
    ``updated_at``). Not in it: what says when and from what the page was read (``raw_text``,
    ``checksum``, ``parser_version``, ``source_name``, ``imported_at``)."""
    row = Page.objects.filter(pk=page.pk).values_list(
        "parser_flags", "import_warnings", "section", "issue__number"
    )
    stories = Article.objects.filter(Q(page=page) | Q(parts__page=page)).distinct()
    story_ids = sorted(stories.values_list("pk", flat=True))
    parts = ArticlePart.objects.filter(Q(article_id__in=story_ids) | Q(page=page))
    part_ids = sorted(parts.values_list("pk", flat=True))
    photos = Photo.objects.filter(page=page)

    def rows(queryset) -> list[tuple]:
        return list(queryset.order_by("pk").values_list())

    return (
        list(row),
        rows(Article.objects.filter(pk__in=story_ids)),
        rows(ArticlePart.objects.filter(pk__in=part_ids)),
        rows(Byline.objects.filter(article_id__in=story_ids)),
        rows(Jump.objects.filter(Q(part_id__in=part_ids) | Q(to_part_id__in=part_ids))),
        rows(photos),
        rows(PhotoCredit.objects.filter(photo__in=photos)),
        rows(Teaser.objects.filter(page=page)),
    )
