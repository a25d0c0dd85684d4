"""A page's desk form (版名, and through its inlines the page's photos and zones, 热区), refused
when what it was opened on changed: checked with the page's row locked, inside the save's own
transaction.

The zone editor draws on the page's picture. A save used to compare the stored 版名, photos and
zones with those the form was opened on, unlocked, and not the picture: a new PDF attached
meanwhile (a page whose zones are all drawn by hand keeps them through it) left the version as
it was, so rectangles drawn on the old picture were saved over the new one without a word; and
an import or another editor's save coming in between the check and the write was written over.
Now the check first locks the page's row (``SELECT … FOR UPDATE``, held until the admin's
transaction ends: the PDF write (:mod:`articles.importing.pdfrecheck`), a text import and
matching the zones again lock it too and wait), and the version covers the picture; a refusal
says what changed (:data:`CHANGED_PIECES`), nothing is written.
"""

from __future__ import annotations

from articles.forms.guards import RowVersionGuard, fingerprint, rows_version, stale_form_message
from articles.importing.pdfrecheck import lock_page, picture_seen
from articles.models import Page, PageImage

#: What a stale page form says changed, by piece of its version, in its order.
CHANGED_PIECES = (
    "版名已被改过",
    "版面图已被另一次导入换过（您划的热区是对着旧的版面图划的）",
    "热区已被重新匹配、重新导入或其他编辑改过",
    "本版图片已被重新导入或其他编辑改过",
)

#: A stale page form's refusal: ``{changed}`` from :data:`CHANGED_PIECES`.
PAGE_STALE_MESSAGE = (
    "这个版面在您打开之后已被修改：{changed}。为免覆盖那次修改，本次没有保存（版名、图片和热区"
    "都保持现在的样子）。请先复制您的改动，点“打开最新内容”，在最新的版面图和热区上重新改一次。"
)


def page_version(page: Page) -> str:
    """The version of what a page's desk form shows, as stored now: one fingerprint each of its
    版名, its picture (:func:`~articles.importing.pdfrecheck.picture_seen`), its zones and its
    photos, joined by dots (four queries)."""
    pieces = [
        rows_version(page, ["section"]),
        fingerprint(picture_seen(PageImage.objects.filter(page=page).first())),
        rows_version(page, ["pk"], ("zones",)),
        rows_version(page, ["pk"], ("photos",)),
    ]
    return ".".join(pieces)


class PageDeskForm(RowVersionGuard):
    """A page's desk form: refused when its 版名, its picture, or a photo or zone its inlines
    edit, changed after it was opened (a re-import, a new PDF, a re-match of zones, another
    editor), checked with the page's row locked (module docstring)."""

    what = "这个版面"

    class Meta:
        model = Page
        fields = ["section", "loaded_version"]

    def current_version(self) -> str:
        return page_version(self.instance)

    def clean(self):
        """Lock the page's row (the admin's save runs in one transaction: the lock holds until
        the zones and photos are written), then compare (:class:`RowVersionGuard`)."""
        if self.instance.pk:
            lock_page(self.instance.pk)
        return super().clean()

    def stale_message(self, loaded: str, current: str) -> str:
        """What changed (:data:`PAGE_STALE_MESSAGE`); a form without a version, or one opened
        before versions had pieces, in the guard's general words."""
        before, now = loaded.split("."), current.split(".")
        if len(before) != len(now):
            return stale_form_message(loaded, current, what=self.what)
        changed = [say for say, a, b in zip(CHANGED_PIECES, before, now, strict=True) if a != b]
        return PAGE_STALE_MESSAGE.format(changed="；".join(changed))
