"""A page's PDF checked, then written: the stored page checked again inside the write's own
transaction, its row locked, so that a change made meanwhile is not written over.

Attaching a PDF decides from the stored page (:class:`articles.importing.pdfs.PdfAttacher`):
the picture it has (the same PDF again changes nothing), its zones (a PDF nothing can check
is refused where it would wipe them: :mod:`articles.importing.pdfunreadable`; one that prints
few of its stories: :mod:`articles.importing.pdfmismatch`). The PDF is read and rendered
between that look and the write, seconds on a large page, and another import of the same page
(or the desk drawing zones on it) could come in between; the write then replaced the other
import's picture, or wiped the zones just drawn, with the refusal checked against what was
there before. Now the write locks the page's row (``SELECT … FOR UPDATE``: a second import
waits for the first to finish), looks again, and refuses with :data:`CHANGED` when the picture
is no longer the one the check saw; the refusals are worked out again on the zones as they
are then."""

from __future__ import annotations

from articles import pdfpages
from articles.importing.pdfunreadable import WHY, attach_refusal, stored_zones
from articles.models import Page, PageImage

#: Why a write refuses a PDF when the page's picture changed after it was checked.
CHANGED = (
    "版面 PDF：检查这个 PDF 之后、写入之前，本版的版面图已被另一次导入换过；为免盖掉那次改动，"
    "没有挂上这个 PDF（本版现有的版面图和热区都没有改动）：请先在编辑台看看本版现在的版面图，"
    "确要换上这个 PDF 再重新导入"
)


def lock_page(page_pk: int) -> None:
    """Lock page ``page_pk``'s row until the caller's transaction ends (``SELECT … FOR
    UPDATE``; nothing on SQLite, which writes one transaction at a time): whoever locks it next
    (this PDF write, the desk's page form, matching the zones again) waits, then reads what the
    first one wrote."""
    list(Page.objects.select_for_update().filter(pk=page_pk).values_list("pk"))


def picture_seen(image: PageImage | None) -> tuple:
    """What a check saw of a page's stored picture ``image`` (None: none): its row and PDF."""
    return () if image is None else (image.pk, image.pdf_checksum, image.pdf_page)


class PictureChanged(pdfpages.PdfPageError):
    """:data:`CHANGED`: nothing to fix, the other import's picture is stored; ``then``: what
    ``import_pages`` adds after saying the page's text was written (not 改好后…: the file is
    not at fault)."""

    then = "不必修改文件：先看看本版现在的（另一次导入挂上的）版面图，确要换上这个 PDF 再导入一次"

    def __init__(self):
        super().__init__(CHANGED)


def write_rechecked(job, found: list) -> int:
    """Inside the write's transaction: lock page ``job.page``'s row, then raise a
    ``PdfPageError`` when its picture is no longer the one seen when its PDF was checked
    (``job.seen``: :func:`picture_seen`; :class:`PictureChanged`), or when the PDF is refused on
    the page as it is now (:func:`~articles.importing.pdfunreadable.attach_refusal`, ``found``:
    the zones matched). Returns how many zones the page has that go with its old picture when
    the PDF gives nothing to match them by (no text layer that can be read), else 0."""
    lock_page(job.page.pk)
    if picture_seen(PageImage.objects.filter(page=job.page).first()) != job.seen:
        raise PictureChanged()
    if refusal := attach_refusal(job, found):  # another page's PDF, or one not checked
        raise refusal
    return stored_zones(job.page.pk) if job.text_layer in WHY else 0
