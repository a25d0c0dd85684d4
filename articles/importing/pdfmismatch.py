"""A page's PDF on which none or few of the page's stories are found: most likely another page's
or another day's PDF (a reviewer's second page uploaded as ``A1.pdf`` passed the preview as
``检查通过，将更新`` and replaced the published front page's picture, its 4 zones gone, the warning
coming only afterwards).

The preview (the desk's, the command's ``--dry-run``) reads the PDF's text layer and matches the
page's stories on it, as attaching does, and says so (a dry run fails the page as the real run
will: :mod:`articles.importing.pdfdryrun`); a real run refuses such a PDF beside a
text before anything of the page is written (:mod:`articles.importing.pdfbefore`), and one whose
page keeps its text when attaching it (nothing of it written;
:class:`~articles.importing.pdfs.PdfAttacher`), unless told it is meant
(``import_pages --attach-unmatched-pdf``, the desk's tick box), as a text sharing no story with
the page is refused (:mod:`articles.importing.unrelated`).

The threshold is the matcher's own: a story is found when at least half of its text is on the
page (:func:`articles.pdfpages.match_parts`' ``min_coverage``, a zone with rectangles); a PDF
is questioned when fewer than half of the page's stories are found (:data:`AT_LEAST_FOUND`).
Measured on the builder's pages (``tests/pdfpages/builder.py``): the right PDF finds 3 of 3,
the second page's PDF 0 of 3. Photos are not counted (a caption is a line or two: a wrong page
may well print one like it); a page with no stories is not questioned. A PDF without a text
layer (a scan) is not questioned either: it gives the image with its own warning.

A story's continuation (``上接第1版``) is not counted when the page has stories of its own: its
words are printed on the page it jumps from as well (the characters are matched in any order),
so the page it jumps from's PDF "found" it and 1 of 2 passed (a reviewer's swapped PDFs).
Exactly half found passes only when the found stories' text is really there (each found with
at least :data:`HALF_NEEDS_COVERAGE` of its text), not merely half of it.
"""

from __future__ import annotations

from dataclasses import replace

from articles import pdfpages
from articles.importing.pagezones import story_text, zone_items
from articles.importing.rows import StoryRows
from articles.models import ArticlePart, Page, PageImage

#: The command's flag that attaches such a PDF anyway; the desk ticks a box instead.
FLAG = "--attach-unmatched-pdf"
#: The desk's tick box (the confirm form's ``attach_unmatched_pdf``), as its messages name it.
BOX = "确是本版的 PDF，照样挂上"
#: The share of the page's stories that must be found on its PDF (fewer: questioned).
AT_LEAST_FOUND = 0.5
#: At exactly half found, the share of each found story's text that must be on the PDF.
HALF_NEEDS_COVERAGE = 0.9


def _counted(pairs: list[tuple]) -> list[tuple]:
    """``pairs`` (a part or its story's flag ``continuation`` first) without the continuations
    when any is a story's own first part (see the module's note); all of them otherwise."""
    own = [pair for pair in pairs if not pair[0]]
    return own or pairs


def stories_found(items: list, found: list) -> tuple[int, int, int]:
    """(stories found, stories, continuations left out) of a page's ``items`` (its parts and
    photos without a hand zone: :func:`~articles.importing.pagezones.zone_items`) by their
    zones ``found`` (:class:`~articles.pdfpages.PartZone` or None, in the same order); photos
    not counted."""
    parts = [
        (item.is_continuation, zone)
        for item, zone in zip(items, found, strict=True)
        if isinstance(item, ArticlePart)
    ]
    pairs = _counted(parts)
    return _found([zone for _, zone in pairs]), len(pairs), len(parts) - len(pairs)


def _found(zones: list) -> int:
    """How many of ``zones`` (``PartZone`` or None) count as found: at exactly half found,
    none unless each found one has :data:`HALF_NEEDS_COVERAGE` of its text on the PDF."""
    hits = [zone for zone in zones if zone is not None and zone.found]
    if 2 * len(hits) == len(zones) and any(z.coverage < HALF_NEEDS_COVERAGE for z in hits):
        return len(hits) - 1
    return len(hits)


def is_mismatch(found: int, total: int) -> bool:
    """Whether ``found`` of ``total`` stories are too few for the PDF to be the page's."""
    return total > 0 and found < total * AT_LEAST_FOUND


def texts_found(layout, texts: list[pdfpages.PartText]) -> int:
    """How many of ``texts`` (stories' texts) are found on ``layout`` (a ``PageLayout``),
    matched as attaching matches them (:func:`_found`)."""
    return _found(pdfpages.match_parts(layout, texts))


def mismatch_line(label: str, found: int, total: int, jumps: int = 0, *, other: str = "") -> str:
    """What the preview and the refusal say first (Chinese): how many of the page's stories
    the PDF prints (``jumps``: the page's continuations of stories from other pages, not
    counted: see the module's note), and what that likely means (``other``: the label of
    another page of the run whose stories it prints: :mod:`articles.importing.pdfbefore`)."""
    some = "一篇也没有" if not found else f"只有 {found} 篇"
    left = f"（另有 {jumps} 段转版接续不算）" if jumps else ""
    likely = (
        f"它印的是本次导入的{other}版的稿件，多半是{other}版的 PDF（{label}版和{other}版的 PDF "
        "是不是放反了？）"
        if other
        else "它多半是别的版或别的日期的 PDF"
    )
    return (
        f"版面 PDF：{label}版的 {total} 篇稿件{left}{some}在这个 PDF 上找到（找到一篇，要有它一半"
        f"以上的文字在 PDF 的文字层里），{likely}"
    )


def mismatch_warning(label: str, found: int, total: int, jumps: int = 0) -> str:
    """The preview's warning (the desk's; it names its box instead of the flag)."""
    return (
        mismatch_line(label, found, total, jumps)
        + f"：请换上本版的 PDF；确是本版的，请加上 {FLAG} 再导入，否则不导入本版（文字和 PDF 都不写入）"
    )


def mismatch_allowed_line(label: str, found: int, total: int, jumps: int, done: str) -> str:
    """A dry run's PDF line for such a PDF given with :data:`FLAG`: it does not match, and the
    real run attaches it all the same (``done``: ``将新建``, ``将更新``)."""
    return mismatch_line(label, found, total, jumps) + f"；已加上 {FLAG}，照样挂上（{done}）"


def mismatch_refusal(
    label: str, found: int, total: int, jumps: int = 0, *, page: Page | None = None
) -> pdfpages.PdfPageError:
    """The error that fails a real run's PDF at attaching (nothing of it written; the page keeps
    its picture, zones and photos' pictures, said only when ``page`` had a picture: one query).
    A PDF beside a text is refused before the text is written
    (:mod:`articles.importing.pdfbefore`): this is what a PDF meets whose page keeps its text
    (a PDF alone for a page whose text came from a text file, the same text file again)."""
    had_picture = page is None or PageImage.objects.filter(page=page).exists()
    kept = "，本版原有的版面图、热区和图片都没有改动" if had_picture else ""
    return pdfpages.PdfPageError(
        mismatch_line(label, found, total, jumps)
        + f"。没有挂上这个 PDF{kept}；请换上本版的 PDF，确是本版的，请加上 {FLAG} 再导入"
    )


def mismatch_labels(outcomes) -> list[str]:
    """The labels of a desk preview's pages (``outcomes``: the upload's, each with its
    ``item`` and ``report``) whose PDF the preview questioned."""
    return [outcome.item.label for outcome in outcomes if outcome.report.pdf_mismatch]


def unchecked_pdfs(outcomes) -> dict[str, str]:
    """Of a desk preview's questioned pages (:func:`mismatch_labels`), those whose PDF has no
    text layer that can be read: label → why (``report.pdf_unchecked``, set by
    :func:`articles.importing.pdfunreadable.unreadable_said`)."""
    return {o.item.label: o.report.pdf_unchecked for o in outcomes if o.report.pdf_unchecked}


def questioned_pdfs(labels: list[str], unchecked: dict[str, str] | None = None) -> str:
    """Why the desk asks for the box, page by page (``labels``; ``unchecked``:
    :func:`unchecked_pdfs`): ``A1版的稿件在上传的 PDF 上找不到或找到的很少``, ``1版的 PDF
    没有文字层（…），无法核对``."""
    unchecked = unchecked or {}
    few = [f"{label}版" for label in labels if label not in unchecked]
    said = [f"{'、'.join(few)}的稿件在上传的 PDF 上找不到或找到的很少"] if few else []
    for why in dict.fromkeys(unchecked[label] for label in labels if label in unchecked):
        pages = "、".join(f"{label}版" for label in labels if unchecked.get(label) == why)
        said.append(f"{pages}的 PDF {why}，无法核对是不是本版的")
    return "；".join(said)


def mismatch_desk_refusal(labels: list[str], unchecked: dict[str, str] | None = None) -> str:
    """The desk's message when such pages (``labels``; ``unchecked``: :func:`unchecked_pdfs`)
    are confirmed without the tick box."""
    return (
        f"没有导入：{questioned_pdfs(labels, unchecked)}（是不是选错了 PDF？）。"
        f"确是本版的 PDF，请勾选“{BOX}”再确认；只要导入文字，请重新选择文件，不选这个 PDF。"
        "什么都没有写入。"
    )


def page_story_texts(page: Page) -> tuple[list[pdfpages.PartText], int]:
    """The texts of ``page``'s stored stories (parts without a hand zone), as attaching
    matches them (:func:`~articles.importing.pagezones.zone_items`), and how many of its
    continuations are left out (see the module's note)."""
    items, texts = zone_items(page)
    pairs = [
        (item.is_continuation, text)
        for item, text in zip(items, texts, strict=True)
        if isinstance(item, ArticlePart)
    ]
    counted = [text for _, text in _counted(pairs)]
    return counted, len(pairs) - len(counted)


def parsed_story_texts(parsed) -> tuple[list[pdfpages.PartText], int]:
    """The texts of a parsed page's stories (``parsed``: a ``ParsedPage``) and the number of
    its continuations left out, as :func:`page_story_texts` gives them once written (a dry
    run's page is rolled back)."""
    pairs = []
    for n, article in enumerate(parsed.articles):
        rows = StoryRows.of(article)
        printed = {**rows.part, "dateline": article.dateline, "byline": article.byline}
        first = not rows.part["continued_from"]
        pairs.append((not first, pdfpages.PartText(n, story_text(printed, first=first))))
    counted = [text for _, text in _counted(pairs)]
    return counted, len(pairs) - len(counted)


def questioned(layout, texts: list[pdfpages.PartText], jumps: int = 0) -> tuple | None:
    """(stories found, stories, ``jumps``) when too few of a page's stories (``texts``, with
    ``jumps`` continuations left out: :func:`page_story_texts`) are found on ``layout``, its
    PDF's characters (:func:`is_mismatch`); None when enough are, or when the PDF has no text
    layer that can be read (a scan: :func:`articles.pdfpages.textlayer.text_layer`)."""
    if not layout.has_text or not texts:
        return None
    found, total = texts_found(layout, texts), len(texts)
    return (found, total, jumps) if is_mismatch(found, total) else None


def pdf_questioned(report, layout, stories: tuple, *, desk: bool = False) -> None:
    """A preview's page (``report``, a ``PageImportReport``) with its PDF's characters
    ``layout`` and its ``stories`` (:func:`page_story_texts`): when too few are found
    (:func:`questioned`), marked and said (:func:`mismatch_said`)."""
    if verdict := questioned(layout, *stories):
        mismatch_said(report, *verdict, desk=desk)


def mismatch_said(report, found: int, total: int, jumps: int = 0, *, desk: bool = False) -> None:
    """A preview's page (``report``) whose PDF prints ``found`` of its ``total`` stories:
    marked (``report.pdf_mismatch``), its PDF line saying so instead of 检查通过 (``desk``:
    naming the box, not the flag)."""
    report.pdf_mismatch = True
    report.pdf_line = mismatch_warning(report.label, found, total, jumps)
    if desk:
        report.pdf_line = report.pdf_line.replace(
            f"请加上 {FLAG} 再导入", f"请在预览下方勾选“{BOX}”再确认"
        )


def mismatch_allowed(items: list, pending: dict) -> list:
    """The desk's upload ``items`` (``UploadItem``), those whose PDF its preview questioned
    (``pending["attach_unmatched_pdf"]``, labels) allowed to attach it (the box was ticked)."""
    labels = set(pending.get("attach_unmatched_pdf", []))
    return [replace(i, attach_unmatched_pdf=True) if i.label in labels else i for i in items]
