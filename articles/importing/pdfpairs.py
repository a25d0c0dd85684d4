"""Which page PDF goes with which page source: ``A1.pdf`` beside ``A1.txt`` of the same paper,
date and page gives that page's image and zones; a PDF alone is a source of its own; a
multi-page PDF is split by a list of labels (``import_pages edition.pdf --pdf-pages A1,A2``).
Reading and checking the PDFs: :mod:`articles.importing.pdfs`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PdfRef:
    """Where a page's PDF is: the file and the page's index in it. ``split``: one page of a
    multi-page PDF split by ``--pdf-pages``; otherwise the file must be one page (a page's own
    PDF with more pages is refused, not cut to its first:
    :func:`articles.importing.pdfsources.source_data`)."""

    path: Path
    index: int = 0
    split: bool = False


def pair_sources(
    sources: list,
    *,
    pdf_pages: list[str] | None = None,
    page_count: Callable[[Path], int] | None = None,
) -> tuple[list, list]:
    """The page sources to import and, for each, its PDF (a :class:`PdfRef`) or None.

    ``A1.pdf`` with an ``A1.txt`` of the same paper, date and page goes with it (the text from
    the ``.txt``); a PDF alone is a source of its own (its text from the PDF). ``pdf_pages``:
    the labels of a multi-page PDF's pages, in order (one PDF source); ``page_count(path)``,
    when given, says how many pages that PDF has, and labels that are not one a page are
    refused (:class:`SourceError` naming both counts and ``--pdf-pages``) before anything is
    written: fewer would leave printed pages out without a word, more would fail half done."""
    from articles.importing.sources import PageSource, SourceError, parse_label

    if pdf_pages:
        if len(sources) != 1 or sources[0].path.suffix.lower() != ".pdf":
            given = "、".join(s.path.name for s in sources[:6]) + ("等" if len(sources) > 6 else "")
            raise SourceError(
                f"--pdf-pages 列的是一个 PDF 文件的各页，给出的却是 {len(sources)} 个文件"
                f"（{given}）；请只给一个 .pdf"
            )
        (one,) = sources
        labels = [parse_label(label, where="--pdf-pages") for label in pdf_pages]
        twice = _listed_twice(labels, typed=pdf_pages)
        if twice:
            raise SourceError(twice)
        pages = page_count(one.path) if page_count is not None else len(labels)
        if pages != len(labels):
            raise SourceError(_count_mismatch(one.path, pages, labels))
        return (
            [
                PageSource(one.path, one.paper_name, one.paper_slug, one.date, label)
                for label in labels
            ],
            [PdfRef(one.path, n, split=True) for n in range(len(labels))],
        )
    texts = {
        (s.paper_name, s.paper_slug, s.date, s.label): n
        for n, s in enumerate(sources)
        if s.path.suffix.lower() != ".pdf"
    }
    out, refs = [], []
    beside: dict[int, PdfRef] = {}
    for s in sources:
        if s.path.suffix.lower() == ".pdf":
            twin = texts.get((s.paper_name, s.paper_slug, s.date, s.label))
            if twin is not None:
                beside[twin] = PdfRef(s.path)
                continue
            out.append(s)
            refs.append(PdfRef(s.path))
        else:
            out.append(s)
            refs.append(None)
    for n, s in enumerate(out):
        if refs[n] is None:
            key = texts.get((s.paper_name, s.paper_slug, s.date, s.label))
            refs[n] = beside.get(key) if key is not None else None
    return out, refs


def one_page_only(pages: int) -> str:
    """Why a page's own PDF of ``pages`` pages (more than one) is refused, and what to do."""
    return (
        f"这个 PDF 有 {pages} 页，一个版面的 PDF 只能有一页；多页的 PDF 请按版拆开，"
        "或单独导入它并用 --pdf-pages 列出各页的版次（如 --pdf-pages A1,A2）"
    )


def _count_mismatch(path: Path, pages: int, labels: list[str]) -> str:
    """Why ``--pdf-pages`` with ``labels`` is refused for the PDF ``path`` of ``pages`` pages,
    and how to fix the flag."""
    listed = ",".join(labels)
    if len(labels) < pages:
        fix = f"少列了 {pages - len(labels)} 页的版次"
    else:
        fix = f"多列了 {len(labels) - pages} 个版次，PDF 里没有这些页"
    example = ",".join(f"A{n}" for n in range(1, min(pages, 4) + 1)) + (",…" if pages > 4 else "")
    return (
        f"{path} (--pdf-pages): 这个 PDF 有 {pages} 页，--pdf-pages 却列了 {len(labels)} 个版次"
        f"（{listed}），{fix}；请按页序为每一页列一个版次，共 {pages} 个，用逗号隔开"
        f"（如 --pdf-pages {example}）"
    )


def split_pdf_pages(value: str) -> list[str]:
    """``--pdf-pages``' value as its labels, as typed: split at commas, half- or full-width
    (``1，2``: a Chinese keyboard's comma)."""
    return value.replace("，", ",").split(",")


def _listed_twice(labels: list[str], *, typed: list[str]) -> str:
    """Why ``--pdf-pages`` listing a label more than once (``1,1``; read as labels, so ``A01``
    is ``A1``) is refused, or ``""``: each page of the PDF is its own page (else the refusal
    was two pages of one file "both page 1", naming the same file twice). ``typed``: the
    labels as typed (``A1,a1``), echoed as they were."""
    counts = Counter(labels)
    repeated = [label for label in counts if counts[label] > 1]
    if not repeated:
        return ""
    said = "、".join(f"{label}（{counts[label]} 次）" for label in repeated)
    return (
        f"--pdf-pages 把同一个版次列了不止一次：{said}（列的是 {','.join(typed)}）；"
        "PDF 的每一页是不同的一版，请按页序为每一页列一个不同的版次，用逗号隔开"
    )
