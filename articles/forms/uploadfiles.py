"""One uploaded page file at a time, for the desk's upload form
(:class:`articles.forms.upload.PageUploadForm`): its bytes, or what is wrong with them; a page
PDF's item, or what is wrong with the PDF.

What is wrong with one file's content (empty, not a page file, too large, unreadable, a PDF
that is none or has several pages) is that file's problem alone: the form leaves the file out
and says why, and the other files are previewed, as ``import_pages`` goes on past a bad file
(its ``failed:`` list). What places a page (its file name's date and page, the form's fields)
stops the upload before anything is previewed, as it stops the command's run.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from django.conf import settings

from articles import parsing
from articles.importing.pagefiles import ARCHIVES
from articles.importing.pdfs import PdfPage, pdf_check, pdf_page_count
from articles.importing.pdfsources import pdf_text_sizes
from articles.importing.textkept import stored_text_kept
from articles.importing.uploaditems import UploadItem
from articles.pdfpages import PdfPageError


def is_pdf(name: str) -> bool:
    """Whether an uploaded file's name (``A1.pdf``, ``A1.PDF``) makes it a page PDF."""
    return name.lower().endswith(".pdf")


def upload_bytes(upload) -> tuple[bytes, str | None]:
    """An uploaded page file's bytes (read, not decoded: the importer decodes each page once),
    or ``b""`` and what is wrong with it, in Chinese, naming the file: empty (0 bytes), neither
    ``.txt``/``.text`` nor ``.pdf``, over ``NEWSROOM_MAX_PAGE_BYTES`` (a PDF:
    ``NEWSROOM_PDF_MAX_BYTES``), or unreadable."""
    if getattr(upload, "size", None) == 0:
        what = "版面 PDF" if is_pdf(upload.name) else "版面文本"
        return b"", (
            f"文件“{upload.name}”是空的（0 字节）：请检查{what}是否导出成功，"
            "重新导出后再上传，或不选这个文件。"
        )
    limit = settings.NEWSROOM_MAX_PAGE_BYTES
    suffix = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if suffix == "pdf":
        limit = settings.NEWSROOM_PDF_MAX_BYTES
    elif f".{suffix}" in ARCHIVES:
        return b"", (
            f"{upload.name}：这是压缩包，这里不读压缩包：请先解压，再把里面的版面文件"
            "（.txt 和 .pdf）一起选中上传（可以一次选多个）。"
        )
    elif suffix not in ("txt", "text", ""):
        return b"", (
            f"{upload.name}：只接受纯文本的版面文件（.txt）和版面 PDF（.pdf），"
            "请把版面导出为纯文本（UTF-8、GB18030/GBK、Big5 或 UTF-16），或上传排版系统导出的 PDF。"
        )
    if upload.size > limit and suffix == "pdf":
        return b"", (
            f"{upload.name}：PDF 有 {upload.size:,} 字节，超过上限 {limit:,} 字节"
            "（NEWSROOM_PDF_MAX_BYTES）；一个版面的 PDF 通常只有 1–5 MB，请确认选的是单个版面。"
        )
    if upload.size > limit:
        return b"", (
            f"{upload.name}：文件有 {upload.size:,} 字节，超过上限 {limit:,} 字节；"
            "一个版面的文本远小于此，请确认选的是单个版面的文本文件。"
        )
    try:
        data = upload.read()
    except OSError as exc:
        return b"", f"{upload.name}：无法读取（{exc}），请重新选择该文件。"
    if suffix != "pdf" and data.startswith(b"%PDF"):
        return b"", pdf_named_as_text(upload.name)
    return data, None


def pdf_named_as_text(name: str) -> str:
    """What the desk says of a PDF whose name says text (``A1.txt``). The name decides how a
    page file is read, here as by ``import_pages``, so the desk does not take it as a PDF by its
    bytes (the command would refuse the same file, and a PDF named ``.txt`` is as often the
    wrong file exported as the right one misnamed): it says to rename it, since the desk takes
    PDFs."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return (
        f"{name}：这是一个 PDF 文件，只是文件名不以 .pdf 结尾。上传版面也收版面 PDF："
        f"如果它是这一版的 PDF，请把文件名改为“{stem}.pdf”后再上传；"
        "如果要上传的是版面文本，请换成从排版系统导出的纯文本文件。"
    )


def text_content_problem(name: str, raw: bytes) -> str:
    """What is wrong with the content of a page text file the form refuses for its name anyway
    (binary, undecodable: the importer's rule, :func:`articles.parsing.decode_page`), said as
    a second problem of the same file, so renaming it is not the editor's only fix; ``""`` for a
    ``.pdf`` (its pages are checked once placed) or text that reads."""
    if is_pdf(name):
        return ""
    try:
        parsing.decode_page(raw, max_bytes=settings.NEWSROOM_MAX_PAGE_BYTES)
    except parsing.ParseError as exc:
        return f"而且它的内容也不是可导入的版面文本：{str(exc).rstrip('。')}。改名不能解决这一点，请换成正确的文件。"
    return ""


def unreadable_texts(items: list[UploadItem]) -> list[str]:
    """What is wrong with each page text in ``items`` that the importer could not read (binary,
    undecodable: :func:`articles.parsing.decode_page`), naming the file, for the form to list
    with the upload's other bad files when something else stops it (otherwise the preview
    says it); PDF pages (text from the text layer) are not looked at."""
    problems = []
    for item in items:
        if is_pdf(item.name):
            continue
        try:
            parsing.decode_page(item.data, max_bytes=settings.NEWSROOM_MAX_PAGE_BYTES)
        except parsing.ParseError as exc:
            problems.append(f"{item.name}：{exc}")
    return problems


def pdf_item(
    name: str, raw: bytes, items: list, paper: tuple[str, str], when: date, label: str
) -> tuple[UploadItem | None, str | None]:
    """A page PDF: given to the text file of the same date and page (``items`` changed in
    place), or a page of its own with the text of its text layer and its headline lines' type
    sizes (``UploadItem.line_sizes``); or what is wrong with it.

    A bad PDF given to a text file fails the page: the text file is taken out of ``items`` too
    and the message says so, as ``import_pages`` fails a page whose PDF it cannot use (its
    text and its PDF are one page)."""
    pdf = PdfPage(raw, 0, name)
    twin = next(
        (n for n, i in enumerate(items) if (i.issue_date, i.label) == (when, label) and not i.pdf),
        None,
    )
    try:
        if pdf_page_count(raw) > 1:
            problem = (
                f"{name}：这个 PDF 有多页；上传时每个 PDF 只能是一个版面（多页的 PDF 请按版拆开，"
                "或在服务器上用 import_pages --pdf-pages 导入）。"
            )
            return None, problem + _twin_left_out(items, twin)
        if twin is not None:
            pdf_check(pdf)
            items[twin] = dataclasses.replace(items[twin], pdf=raw, pdf_name=name)
            return None, None
        text, sizes = pdf_text_sizes(pdf, lambda: stored_text_kept(*paper[:2], when, label))
    except PdfPageError as exc:
        return None, f"{name}：{exc}" + _twin_left_out(items, twin)
    item = UploadItem(name, text.encode("utf-8"), *paper, when, label, raw, name, sizes or None)
    return item, None


def _twin_left_out(items: list, twin: int | None) -> str:
    """The text file of a bad PDF's page taken out of ``items`` (one page: text and PDF go in
    together), said as a clause of the PDF's message; ``""`` when the PDF came alone."""
    if twin is None:
        return ""
    text = items.pop(twin)
    return (
        f"（{text.name} 与它同是 {text.label} 版，也不导入：这一版的文字和 PDF 一起导入；"
        f"换上好的 PDF 与 {text.name} 一起再上传，或只上传 {text.name}）"
    )
