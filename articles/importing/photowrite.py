"""A page imported before: its photos brought in line with its new parse, and the small writes
the page writer shares with it (:func:`assign`, :func:`to_save`; a photo's credits: :mod:`articles.crediting`).

A photo is matched by its position among the page's photos of the text (those of the PDF
alone are :mod:`articles.importing.pdfcredited`'s). One an editor changed (``edited_at``) or
gave a picture (``uploaded``) is kept as the editor saved it, and the report says so when the
page text prints it otherwise; with ``--overwrite-edited`` (the command's, the desk's 覆盖人工修改)
it is given the page text again, as an edited story is, and the report says that. A photo an
editor changed that the page no longer prints is kept either way (its picture may be an
upload: README, Importing). A photo readers see (:func:`photo_published`: its issue published,
printed in no story or in a published one) that the page no longer prints is kept too, and
the report lists it as a conflict (:func:`published_left`); ``--overwrite-edited`` removes it,
said in the warnings (将删去/已删去). A draft issue's photo goes, as before. A photo the desk
deleted that the page still prints is not written again, unless ``--overwrite-edited``
(:mod:`articles.importing.deskdeleted`).
"""

from __future__ import annotations

from articles.crediting import (
    credits_kept,
    people_get_or_create,
    photo_credits_set,
    photos_credited_now,
)
from articles.editing import EDIT_REASON
from articles.importing.deskdeleted import DeskDeleted, back_line, kept_line
from articles.importing.phototext import pending_clear, pending_keep
from articles.importing.publishedleft import left_said
from articles.importing.reports import PageImportReport
from articles.importing.rows import credit_names, photo_fields
from articles.models import Page, Photo, Status
from articles.people.namesakes import PHOTO_ROWS
from articles.storynames import quoted


def assign(row, values: dict) -> bool:
    """Set ``values`` on ``row``; True when any differed. A page parsed again the same way
    (``reparse_pages``, a new parser that reads this page as before) saves nothing, so its
    stories keep their 更新时间 and history, and feeds and sitemaps do not call them updated."""
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def to_save(saves: dict, story_ids) -> None:
    """These stories (ids, None skipped) to be saved once the page is written, if not yet."""
    for pk in filter(None, story_ids):
        saves.setdefault(pk, None)


def photos_write(
    page: Page,
    parsed,
    part_by_position: dict,
    report: PageImportReport,
    saves: dict,
    *,
    overwrite_edited: bool = False,
) -> None:
    """The page's photos as printed (one as stored is not saved); their stories, when changed,
    into ``saves`` (:func:`articles.importing.writer.page_content_update`). ``part_by_position``:
    the page's story parts by their position, as written. Edited photos: the module docstring."""
    existing = {p.position: p for p in page.photos.of_text()}  # not those of the PDF alone
    wanted = {p.position: p for p in parsed.photos}
    numbers = {position: n for n, position in enumerate(sorted(existing), start=1)}
    for position, photo in existing.items():
        if position not in wanted:
            _left(page, photo, numbers[position], report, saves, overwrite_edited)
    people, unsure, kept = _people_of(page, parsed, existing.values())
    deleted = DeskDeleted(page)
    for position, pp in wanted.items():
        photo = existing.get(position)
        article_part = part_by_position.get(pp.article_position) if pp.article_position else None
        story_id = article_part.article_id if article_part else None
        values = {**photo_fields(pp), "article_id": story_id}
        if _desk_deleted(page, deleted, photo, position, values, report, overwrite_edited):
            continue
        if photo is not None and photo.edited_at:
            if not _printed_otherwise(photo, values):
                pending_clear(photo)  # (printed as the editor has it: nothing left to take)
                continue
            if not overwrite_edited:
                _kept(
                    page,
                    photo,
                    numbers[position],
                    pending_keep(photo, values, credit_names(pp)),
                    report,
                )
                continue
            values.update(edited_at=None, page_text_pending=None)
            report.overwritten.append(
                f"{page.label}版 第{numbers[position]}位的图片：编辑改过的说明和署名"
                f"{'将换成' if report.dry_run else '已换成'}版面文本（按 --overwrite-edited）"
            )
        now = kept.get(getattr(photo, "pk", None), {})  # (a namesake it credits: kept)
        credits, said = credits_kept(credit_names(pp), now, people, unsure)
        to_save(saves, _photo_write(page, position, photo, values, credits))
        report.warnings.extend(w for w in said if w not in report.warnings)


def _desk_deleted(
    page: Page,
    deleted: DeskDeleted,
    photo: Photo | None,
    position: int,
    values: dict,
    report: PageImportReport,
    overwrite_edited: bool,
) -> bool:
    """Whether the page's photo at ``position`` (``values`` its fields), with no stored row
    there (``photo`` None), is one the desk deleted, left deleted (True; a conflict line says
    so and how to bring it back) unless ``overwrite_edited`` (False: written again, said with
    what the flag replaced): :mod:`articles.importing.deskdeleted`."""
    if photo is not None:
        return False
    found = deleted.of(position, values["caption"], values["credit_line"])
    if found is None:
        return False
    if overwrite_edited:
        report.overwritten.append(back_line(page, found, dry_run=report.dry_run))
        return False
    report.conflicts.append(kept_line(page, found, dry_run=report.dry_run))
    return True


def _people_of(page: Page, parsed, photos) -> tuple[dict, dict, dict]:
    """The people the photos of ``parsed`` (a parse of ``page``) name, by name
    (:func:`~articles.crediting.people_get_or_create`, the page's paper and date), the
    warnings of the names it was unsure of (同名记者: ``{name: warning}``, said as a story's
    byline is) and whom each of the stored ``photos`` credits now (a namesake kept:
    :func:`~articles.crediting.photos_credited_now`)."""
    unsure: dict[str, str] = {}
    people = people_get_or_create(
        {n for p in parsed.photos for n in credit_names(p)},
        paper_id=page.issue.publication_id,
        on=page.issue.date,
        unsure=unsure,
        rows=PHOTO_ROWS,
    )
    return people, unsure, photos_credited_now(photos)


def _kept(page: Page, photo: Photo, number: int, said: str, report: PageImportReport) -> None:
    """The conflict line of an edited photo kept as the editor saved it, going on to say what
    the page text changed in it (``said``, :func:`~articles.importing.phototext.pending_keep`),
    which the desk then offers to take (linked: :meth:`PageImportReport.photo_text_said`)."""
    line = (
        f"{page.label} photo #{number}: edited by hand, left as the editor saved it "
        "(use --overwrite-edited to replace it with the page text)"
    )
    if said:
        line += f"；{said}"
        report.photo_text_said(line, photo.pk)
    report.conflicts.append(line)


def _left(
    page: Page, photo: Photo, number: int, report: PageImportReport, saves, overwrite_edited
) -> None:
    """A stored ``photo`` (the ``number``-th of ``page``'s) the page's new text no longer
    prints: kept with a conflict line when uploaded or edited (unsaid when the desk added it:
    :func:`desk_added`), kept when readers see it (:func:`published_left`), else deleted."""
    if photo.uploaded or photo.edited_at:
        if not desk_added(photo):  # (one the desk added never was the page's: unsaid)
            _left_kept(page, photo, number, report)
        return
    if published_left(page, photo, number, report, overwrite_edited):
        return
    photo.delete()
    to_save(saves, [photo.article_id])


def desk_added(photo: Photo) -> bool:
    """Whether ``photo`` was added at the desk (增加图片, :mod:`articles.admin.photoadd`: its
    history's first record is its creation by an editor's save, :data:`~articles.editing.EDIT_REASON`),
    not written by an import: the page text never printed it, so its absence from a re-sent
    page is no conflict (a reviewer, session 68, was told on every re-import to delete a
    caption-only photo they had added). One query."""
    first = Photo.history.filter(id=photo.pk).order_by("history_date", "history_id").first()
    return (
        first is not None
        and first.history_type == "+"
        and (first.history_change_reason == EDIT_REASON)
    )


def _left_kept(page: Page, photo: Photo, number: int, report: PageImportReport) -> None:
    """The conflict line of a photo with an upload or hand edits the page no longer prints:
    kept (no import removes an editor's picture), named, and recorded for the desk, which links
    the line to the photo's 删除 (:meth:`PageImportReport.photo_left_said`): the way to drop
    it, or every later re-import says it again."""
    line = (
        f"{page.label} photo #{number} {quoted(str(photo))}: has an uploaded image or hand edits "
        "and is no longer in the page text; kept (delete it at the desk if it is not wanted)"
    )
    report.conflicts.append(line)
    report.photo_left_said(line, photo.pk)


def photo_published(page: Page, photo: Photo) -> bool:
    """Whether readers see ``photo`` of ``page`` (``page.issue`` at hand): its issue is
    published and it is printed in no story or in a published one (as
    :meth:`~articles.querysets.PhotoQuerySet.public`, without the page's own gate)."""
    if page.issue.status != Status.PUBLISHED:
        return False
    return photo.article_id is None or photo.article.status == Status.PUBLISHED


def published_left(
    page: Page, photo: Photo, number: int, report: PageImportReport, overwrite_edited: bool
) -> bool:
    """A photo readers see that the page's new text no longer prints: True (kept, a conflict
    naming it, ``number`` its place among the page's photos) unless ``overwrite_edited``; with
    it the report's warnings say it goes (False: the caller removes it). False for a photo
    readers do not see (a draft issue's): it goes unsaid, as before."""
    if not photo_published(page, photo):
        return False
    return left_said(page, quoted(str(photo)), number, report, overwrite_edited, kind="photo")


def _printed_otherwise(photo: Photo, values: dict) -> bool:
    """Whether the page text prints ``photo`` otherwise than it is stored: its caption or
    credit line (its story link is the editor's to keep)."""
    return any(getattr(photo, key) != values[key] for key in ("caption", "credit_line"))


def _photo_write(page: Page, position: int, photo, values: dict, credits: list) -> set:
    """Create or update the photo at ``position``; the ids of the stories it changed."""
    stories = {values["article_id"]}
    if photo is None:
        photo = Photo.objects.create(page=page, position=position, **values)
    else:
        stories.add(photo.article_id)  # the story it leaves, if it moves
        if assign(photo, values):
            photo.save()
        else:
            stories = set()
    if photo_credits_set(photo, credits):
        stories.add(photo.article_id)
    return stories
