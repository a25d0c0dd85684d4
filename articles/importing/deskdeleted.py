"""Photos the desk deleted, left deleted when their page is imported again.

A story the desk withdrew stays withdrawn on a re-import, and a hand edit stays as the editor
saved it ("Hand edits win", README: Importing); a photo the desk deleted came back with the
page's next import (a corrections editor's retracted photo: its picture, caption and
photographer's page public again). The desk's 删除 is an editor's decision about the page as
printed, and is kept the same way: an import does not write the page's photo that the desk
deleted, says so (:func:`kept_line`: ``A1版：编辑删除的图片“…”未恢复…``) and how to bring it back
— ``--overwrite-edited`` (the desk's 覆盖人工修改), which gives the page text back as it does to a
hand edit (:func:`back_line`), or the photo's history at the desk (图片修改记录 → 恢复).

Nothing is stored for this: as for the stories an undo took out (:mod:`articles.importing.undone`)
the history is the memory. The desk's deletion record of a photo (``history_type`` ``-``, reason
:data:`DESK_DELETE_REASON`, written by :class:`articles.admin.photos.PhotoAdmin`) is the
tombstone; it stands while it is the newest record of any photo at its page and position (a
恢复 from history, or the photo written there again by ``--overwrite-edited``, ends it). A
photo an import dropped, or one gone with an undone page, has another reason (none, 撤销本版导入)
and is no tombstone.

Which printed photo it is: the import matches a page's photos by position
(:mod:`articles.importing.photowrite`), so a tombstone takes the page's photo at its position
when that one prints the caption or the credit the photo had (any of its versions: an editor
may have corrected the caption before deleting it), and otherwise a photo of the text printing
that caption elsewhere (a photo added before it moves it down); a photo of the PDF alone
(:mod:`articles.importing.pdfcredited`) its picture at the same number, or one printed with the
same credit. A photo printed otherwise at that place is another photo and is imported.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from articles.editlocks import person_name
from articles.models import Page, Photo
from articles.querysets import PDF_PICTURES_FROM
from articles.storynames import quoted
from articles.text import normalize_for_matching

#: The history reason of a photo the desk deleted (its deletion record): the tombstone.
DESK_DELETE_REASON = "编辑台删除了这张图片"


def folded(text: str) -> str:
    """``text`` as compared here: folded for matching, whitespace dropped."""
    return "".join(normalize_for_matching(text or "").split())


@dataclass(frozen=True)
class Deleted:
    """A photo the desk deleted that no import or restore has brought back: its id, page
    position, caption and credit line as deleted, the folded captions and credit lines of all
    its versions (:func:`folded`), and who deleted it when (``who`` "" when unknown)."""

    photo_id: int
    position: int
    caption: str
    credit_line: str
    captions: frozenset[str]
    credits: frozenset[str]
    who: str
    at: object  # (a datetime: the deletion record's)

    @property
    def of_pdf(self) -> bool:
        """Whether it was a photo of the PDF alone (a picture with its credit and no caption)."""
        return self.position >= PDF_PICTURES_FROM

    def name(self) -> str:
        """How the report names it: ``“caption”`` (its first 30 characters) or, for a photo of
        the PDF alone, ``（署名“…”，PDF 上第3张图）``."""
        if self.of_pdf or not self.caption:
            place = (
                f"PDF 上第{self.position - PDF_PICTURES_FROM + 1}张图"
                if self.of_pdf
                else f"第{self.position}张"
            )
            credit = f"署名“{self.credit_line}”，" if self.credit_line else ""
            return f"（{credit}{place}）"
        caption = " ".join(self.caption.split())
        return quoted(caption[:30] + ("…" if len(caption) > 30 else ""))

    def prints(self, caption: str, credit_line: str) -> bool:
        """Whether a photo printed with ``caption`` and ``credit_line`` is this one (at the same
        place): the same caption as one of its versions, or the same credit."""
        credit = folded(credit_line)
        return folded(caption) in self.captions or bool(credit and credit in self.credits)


class DeskDeleted:
    """The standing tombstones of one page (:class:`Deleted`), read once when first asked
    (two queries; none for a page whose photos are all still there: the writer asks only for a
    printed photo with no stored row). ``taken``: the ids matched so far, each matched once."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.taken: set[int] = set()
        self._standing: list[Deleted] | None = None

    @property
    def standing(self) -> list[Deleted]:
        if self._standing is None:
            self._standing = _standing(self.page.pk)
        return self._standing

    def of(self, position: int, caption: str, credit_line: str) -> Deleted | None:
        """The photo the desk deleted that the page's photo printed at ``position`` with
        ``caption`` and ``credit_line`` is, if any (the module docstring); it is then taken."""
        pdf = position >= PDF_PICTURES_FROM
        free = [d for d in self.standing if d.photo_id not in self.taken and d.of_pdf == pdf]
        same = [
            d for d in free if d.position == position and (pdf or d.prints(caption, credit_line))
        ]
        if not same:
            key = folded(credit_line) if pdf else folded(caption)
            same = [d for d in free if key and key in (d.credits if pdf else d.captions)]
        if not same:
            return None
        self.taken.add(same[0].photo_id)
        return same[0]

    def credits(self) -> set[str]:
        """The folded credit lines of the photos of the text the desk deleted here: a picture
        the PDF prints with one of them is that photo's, not a photo of the PDF alone."""
        return set().union(*(d.credits for d in self.standing if not d.of_pdf))


def _standing(page_id: int) -> list[Deleted]:
    """The desk's deletion records of photos of page ``page_id`` that are the newest record at
    their position, newest first, each with all its versions' captions and credits."""
    history = Photo.history.model._default_manager
    deleted = history.filter(
        page_id=page_id, history_type="-", history_change_reason=DESK_DELETE_REASON
    )
    positions = set(deleted.values_list("position", flat=True))
    if not positions:
        return []
    records = list(
        history.filter(page_id=page_id, position__in=positions)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
    )
    newest: dict[int, object] = {}
    for record in records:
        newest.setdefault(record.position, record)
    found = []
    for record in newest.values():
        if record.history_type != "-" or record.history_change_reason != DESK_DELETE_REASON:
            continue
        versions = [r for r in records if r.id == record.id]
        found.append(
            Deleted(
                photo_id=record.id,
                position=record.position,
                caption=record.caption,
                credit_line=record.credit_line,
                captions=frozenset(folded(r.caption) for r in versions),
                credits=frozenset(folded(r.credit_line) for r in versions) - {""},
                who=person_name(record.history_user) if record.history_user else "",
                at=record.history_date,
            )
        )
    return found


def history_address(photo_id: int) -> str:
    """The desk's address of a deleted photo's history (图片修改记录), where 恢复 brings it back."""
    return f"/admin/articles/photo/{photo_id}/history/"


def kept_line(page: Page, deleted: Deleted, *, dry_run: bool, overwrite: bool = True) -> str:
    """The report line of a printed photo not written because the desk deleted it:
    ``A1版：编辑删除的图片“…”（张三 12月7日 13:05 删除）未恢复…``, and how to bring it back
    (``overwrite``: ``--overwrite-edited`` can, as for a photo of the text; a photo of the PDF
    alone only from its history)."""
    at = timezone.localtime(deleted.at)
    by = " ".join(x for x in (deleted.who, f"{at.month}月{at.day}日 {at:%H:%M}") if x)
    again = (
        "确要恢复，加上 --overwrite-edited 再导入一次本版（编辑台上传时勾选“覆盖人工修改”），"
        "或在编辑台打开它的图片修改记录（"
        if overwrite
        else "确要恢复，在编辑台打开它的图片修改记录（"
    )
    return (
        f"{page.label}版：编辑删除的图片{deleted.name()}（{by} 删除）"
        f"{'不会恢复' if dry_run else '未恢复'}：{'版面 PDF 上' if deleted.of_pdf else '版面文本里'}仍有它，"
        "编辑台的删除照旧有效，"
        f"它的说明、署名和图片读者都看不到；{again}{history_address(deleted.photo_id)}），"
        "选删除前的版本点“恢复”"
    )


def back_line(page: Page, deleted: Deleted, *, dry_run: bool) -> str:
    """The report line of a photo the desk deleted that ``--overwrite-edited`` writes again (a
    new photo, the page text's), as the flag's other lines say what it replaced."""
    return (
        f"{page.label}版：编辑删除的图片{deleted.name()}"
        f"{'将按版面文本恢复' if dry_run else '已按版面文本恢复'}（按 --overwrite-edited），成为本版的一张新图片"
    )


def pictures_not_deleted(page: Page, pictures: list, credit_of) -> tuple[list, list[str]]:
    """``pictures`` (a page PDF's pictures printed with a credit and no caption, each with its
    ``number``: :func:`articles.importing.pdfcredited.credited_write`'s) less those the desk
    deleted as photos (a photo of the PDF alone at that number or with that credit, or a
    photo of the text printing that credit: its picture), and the report lines of the photos of
    the PDF alone left deleted (:func:`kept_line`; a photo of the text's is said by the text's
    import). ``credit_of(picture)``: the credit line its photo would store. One query when the
    page has pictures and the desk deleted none of its photos, none without pictures."""
    if not pictures:
        return pictures, []
    deleted = DeskDeleted(page)
    if not deleted.standing:
        return pictures, []
    of_text = deleted.credits()
    kept, lines = [], []
    for picture in pictures:
        credit = credit_of(picture)
        if folded(credit) in of_text:
            continue
        found = deleted.of(PDF_PICTURES_FROM + picture.number, "", credit)
        if found is None:
            kept.append(picture)
        else:
            lines.append(kept_line(page, found, dry_run=False, overwrite=False))
    return kept, lines
