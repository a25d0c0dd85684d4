"""A page PDF whose text layer cannot be read (:data:`articles.pdfpages.textlayer.UNREADABLE`:
its fonts without a Unicode map), or that has none at all (:data:`~articles.pdfpages.textlayer.NO_TEXT`:
a true scan), given for a page whose stored picture has zones.

Such a PDF is taken as a scan (:mod:`articles.pdfpages.textlayer`): no story can be looked for
on it, so nothing tells whether it is this page's at all. A third reviewer's second page,
unreadable, sent as ``1.pdf`` replaced the front page's correctly matched picture and wiped its
4 zones without a word, and the dry run and the desk's preview said ``检查通过，将更新`` (only the
real run warned 读不出文字). Now:

* the preview (the desk's, ``import_pages --dry-run``) gives the real run's warning for any
  such PDF, a new page's too (:func:`unreadable_said`);
* a stored page whose picture has zones keeps them: the PDF is not attached unless told it is
  the page's (``--attach-unmatched-pdf``, the desk's box: :mod:`articles.importing.pdfmismatch`'s
  FLAG and BOX), the preview asking for it and the real run refusing it
  (:func:`unreadable_refusal`; ``import_pages`` refuses the page whole before writing
  anything of it, :class:`UnreadableRefusal`, as it does another page's PDF);
* a new page, or a page with no zones, imports it as a scan, as before.

A true scan follows the same rule (it too gives nothing to check it by); before, it replaced
the picture and wiped its zones, its warning given by the real run only."""

from __future__ import annotations

from articles import pdfpages
from articles.importing.pdfmismatch import (
    BOX,
    FLAG,
    is_mismatch,
    mismatch_refusal,
    stories_found,
)
from articles.importing.reports import PageImportError
from articles.models import Zone
from articles.pdfpages.textlayer import NO_TEXT, UNREADABLE

#: Why such a PDF cannot be checked, by its text layer (:func:`articles.pdfpages.textlayer.text_layer`).
WHY = {
    UNREADABLE: "这个 PDF 的文字读不出",
    NO_TEXT: "这个 PDF 没有文字层（扫描件，或文字已转成曲线）",
}
#: The same, short, as the desk's box and its refusal name a page's PDF (``1版的 PDF …，无法核对``).
SHORT = {UNREADABLE: "文字读不出", NO_TEXT: "没有文字层（扫描件，或文字已转成曲线）"}
#: What the preview and the refusal say first (``why``: :data:`WHY`; ``zones``: the page's
#: stored zones).
KEPT = "版面 PDF：{why}，无法核对它是不是本版的；本版原有的版面图和 {zones} 个热区"
#: Why it matters, and the ways on (``{yes}``: the flag, or at the desk the box).
WAYS = (
    "（挂上它，版面图就换成它的，热区都要在编辑台上手工重划）：确是本版的 PDF，{yes}；否则请换上"
    "文字读得出的 PDF（重新导出时请选嵌入字体并保留可复制的文字），或不带 PDF 只导入文字"
)


def stored_zones(page: int | dict | None) -> int:
    """How many zones a stored page has (0 for none, or no page): ``page`` its id, or filter
    keywords naming it by its natural key
    (:meth:`articles.importing.pdfprepare.PdfPreparer.stored_page`), or None."""
    if page is None:
        return 0
    return Zone.objects.filter(**(page if isinstance(page, dict) else {"page_id": page})).count()


def is_unreadable(layout) -> bool:
    """Whether ``layout`` (a ``PageLayout`` or its packed form) has no text layer that can be
    read: none at all (a scan) or one that cannot be read
    (:func:`articles.pdfpages.textlayer.text_layer`)."""
    return layout.text_layer in WHY


def kept(layer: str, zones: int) -> str:
    """:data:`KEPT` for a PDF whose text layer is ``layer`` (:data:`WHY`'s keys) and a page with
    ``zones`` zones."""
    return KEPT.format(why=WHY[layer], zones=zones)


def unreadable_refusal(zones: int, layer: str = UNREADABLE) -> pdfpages.PdfPageError:
    """A real run's refusal of such a PDF (its text layer ``layer``) for a page with ``zones``
    zones (nothing of the PDF written; the page's text is imported as ever): :data:`KEPT`, then
    :data:`WAYS`."""
    yes = f"请加上 {FLAG} 再导入"
    return pdfpages.PdfPageError(
        kept(layer, zones) + "都没有改动，没有挂上这个 PDF" + WAYS.format(yes=yes)
    )


def unreadable_said(report, layout, *, allowed: bool = False, desk: bool = False) -> int:
    """A preview's page (``report``, its ``pdf_action`` worked out) with its PDF's characters
    ``layout``: when the text layer cannot be read, the real run's warning in its warnings;
    when the PDF would replace a stored picture with zones, the number of them (0 otherwise),
    its PDF line saying so: attached all the same when ``allowed`` (the flag given), else
    waiting for the flag or (``desk``) the box, marked as a questioned PDF
    (``report.pdf_mismatch``: the desk asks for :data:`~articles.importing.pdfmismatch.BOX`)."""
    if not is_unreadable(layout):
        return 0
    report.warnings.extend(f"版面 PDF：{line}" for line in layout.warnings)
    zones = stored_zones(report.page_id) if report.pdf_action == "updated" else 0
    if not zones:
        return 0
    said = kept(layout.text_layer, zones)
    if allowed:
        report.pdf_line = said + f"将被换掉；已加上 {FLAG}，照样挂上（将更新）"
        return zones
    yes = f"请在预览下方勾选“{BOX}”再确认" if desk else f"请加上 {FLAG} 再导入"
    report.pdf_mismatch = True
    report.pdf_unchecked = SHORT[layout.text_layer]
    unless = "不勾选就都保留" if desk else f"不加 {FLAG} 就都保留"
    report.pdf_line = f"{said}{unless}，不挂上这个 PDF{WAYS.format(yes=yes)}"
    return zones


class UnreadableRefusal(PageImportError):
    """Why a run does not import a page (text nor PDF) whose new PDF's text layer cannot be read
    while its stored picture has ``zones`` zones (Chinese; ``dry_run``: said as what the real run
    will do). Raised before anything of the page is written
    (:class:`articles.importing.pdfbefore.PdfsBeforeWrite`), as another page's PDF is: the two
    files may not be one page's, and nothing can check it."""

    def __init__(self, source: str, zones: int, *, dry_run: bool = False, layer: str = UNREADABLE):
        super().__init__(source, zones)
        self.source, self.zones, self.dry_run, self.layer = source, zones, dry_run, layer

    def __str__(self) -> str:
        done = "试运行：真正导入时本版不会导入" if self.dry_run else "本版没有导入"
        return (
            f"{self.source}: {kept(self.layer, self.zones)}都没有改动。{done}"
            f"（文字和 PDF 都{'不会' if self.dry_run else '没有'}写入）"
            + WAYS.format(yes=f"请加上 {FLAG} 再导入")
        )


def attach_refusal(job, found: list) -> pdfpages.PdfPageError | None:
    """Why attaching refuses a page's new PDF (``job``: ``articles.importing.pdfs._Job``, its
    page, items, text layer (``has_text``, ``text_layer``) and ``unmatched_ok``; ``found``: its items' zones), or None: few
    of the page's stories found on it (:func:`~articles.importing.pdfmismatch.mismatch_refusal`);
    its text layer cannot be read while the page has zones (:func:`unreadable_refusal`). Not
    when told the PDF is the page's (``unmatched_ok``)."""
    if job.unmatched_ok:
        return None
    stories = stories_found(job.items, found)
    if job.has_text and is_mismatch(*stories[:2]):
        return mismatch_refusal(job.page.label, *stories, page=job.page)
    if job.text_layer in WHY and (zones := job.page.zones.count()):
        return unreadable_refusal(zones, job.text_layer)
    return None
