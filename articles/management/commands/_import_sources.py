"""``import_pages``'s page sources, and the usage errors that stop a run before anything is
written: every file placed (paper, date, page: :mod:`articles.importing.sources`), paired with
its PDF (:mod:`articles.importing.pdfpairs`, ``--pdf-pages`` checked against the PDF's pages),
``--only-paper`` applied, a page given twice, a paper that does not exist."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from django.core.management.base import CommandError

from articles.importing import labelmix, pdfpairs, pdfs
from articles.importing.filenames import shown_path
from articles.importing.pagefiles import ARCHIVES
from articles.importing.papers import (
    ambiguous_paper,
    existing_paper,
    flag_paper_name,
    folded_new_papers,
    new_paper,
    papers_written,
)
from articles.importing.sources import SourceError, resolve_sources, same_page_twice
from articles.importing.stamps import LABEL_WRONG_FLAG
from articles.management.commands._json_refusals import refusal
from articles.parsing.decoding import ARCHIVE_HINT
from articles.pdfpages import PdfPageError
from articles.text import fold


def run_sources(
    options, *, passed_over: list[Path] | None = None, unread: list[str] | None = None
) -> tuple[list, list, int]:
    """The run's page sources, the PDF of each (a ``PdfRef`` or None: a ``.txt`` and the
    ``.pdf`` beside it are one source) and how many pages ``--only-paper`` left out. Every usage
    error (a file whose paper, date or page cannot be told, a page given twice, a file name's
    page that seems another name of a stored page: 01.txt beside A1, a paper that does not exist, no page of the ``--only-paper`` paper) is raised together as one
    :class:`CommandError`, before anything is written. ``passed_over``, when given, gets the
    folders' files that are no page files (:func:`passed_over_line` says them); ``unread``, what
    they hold under a page file's name that cannot be read as one (the run's failures, each
    ``PATH: why``: :func:`~articles.importing.pagefiles.find_page_files`). ``--paper`` is
    read as the other commands read it (:func:`~articles.importing.papers.flag_paper_name`:
    南通日報 is the existing 南通日报)."""
    try:
        sources, errors = resolve_sources(
            options["paths"],
            paper=options["paper"]
            and flag_paper_name(options["paper"], new_paper=options["new_paper"]),
            date_value=options["date"],
            page=options["page"] or pdfpairs.split_pdf_pages(options["pdf_pages"] or "")[0] or None,
            page_flag="--page" if options["page"] else "--pdf-pages",
            passed_over=passed_over,
            unread=unread,
            printed_date_wrong=options["printed_date_wrong"],
        )
        pdf_pages = pdfpairs.split_pdf_pages(options["pdf_pages"]) if options["pdf_pages"] else None
        if pdf_pages and errors:  # the one PDF was refused (its name, its paper or date)
            raise refusal("什么也没有导入：\n  " + "\n  ".join(errors), problems=errors)
        sources, pdf_refs = pdfpairs.pair_sources(
            sources, pdf_pages=pdf_pages, page_count=_pdf_page_count
        )
    except SourceError as exc:
        raise CommandError(str(exc)) from None
    skipped = 0
    if options["only_paper"]:
        sources, pdf_refs, skipped, problem = _only_paper(sources, pdf_refs, options["only_paper"])
        errors += [problem] if problem else []
    errors += same_page_twice(sources)
    errors += labelmix.source_problems(sources)  # 01.txt into an issue that has A1
    if options["printed_label_wrong"]:
        errors += [_label_read_from_page(source) for source in sources if source.label_printed]
    # --new-paper with 南通日報 while 南通日报 exists: refused, not folded into it silently.
    errors += folded_new_papers(sources) if options["new_paper"] else _new_paper_problems(sources)
    if errors:
        # Not knowing what a file is, is a usage error: stop before writing anything.
        raise refusal("什么也没有导入：\n  " + "\n  ".join(errors), problems=errors)
    return sources, pdf_refs, skipped


def _label_read_from_page(source) -> str:
    """Why ``--printed-label-wrong`` cannot go with a page whose label was read from what it
    prints (its name gives none, no ``--page``, no manifest): there is no other label to import
    it as."""
    return (
        f"{source.path}: 文件名里没有版次，版次 {source.label} 是从版面上印的读出的，"
        f"{LABEL_WRONG_FLAG} 无从按别的版次导入；请用 --page 给出这一版真正的版次"
        f"（或把文件按它命名，如 A3.txt），或去掉 {LABEL_WRONG_FLAG}"
    )


def _pdf_page_count(path: Path) -> int:
    """How many pages the PDF at ``path`` has, for ``--pdf-pages`` before anything is written;
    a PDF that cannot be read or opened is refused (:class:`SourceError`: the file and why)."""
    try:
        return pdfs.pdf_page_count(pdfs.read_pdf_file(path))
    except PdfPageError as exc:
        raise SourceError(f"{path}: {exc}") from None
    except OSError as exc:
        raise SourceError(
            f"{path}: 读不了这个文件（{exc.strerror or exc}）；请检查文件和权限"
        ) from None


def _only_paper(sources, pdf_refs, wanted: str) -> tuple[list, list, int, str]:
    """``--only-paper``: the sources (and their PDFs) of the paper ``wanted`` names, by printed
    name or slug (traditional and simplified alike, or the existing paper it names), how many
    other pages were skipped, and the usage error ("" if none): when none belongs to it, how
    many files and pages were found, that none is this paper's, which papers they are and how to
    go on (given with the run's other usage errors)."""
    wanted = wanted.strip()
    papers = papers_written(wanted)  # the name exactly first, as the spreadsheets read 报纸
    if len(papers) > 1:  # two papers fold to it, neither named exactly
        return [], [], len(sources), ambiguous_paper(wanted, papers, "请把 --only-paper 改成")
    paper = papers[0] if papers else None
    keys = {wanted, fold(wanted).lower()} if paper is None else {paper.name, paper.slug}
    folded = fold(paper.name).lower() if paper is not None else ""
    stored: dict = {}  # (name, slug) → the existing paper it names

    def names_none(source) -> bool:
        key = (source.paper_name, source.paper_slug)
        if key not in stored:
            stored[key] = existing_paper(*key)
        return stored[key] is None

    def belongs(source) -> bool:
        names = {source.paper_name, source.paper_slug}
        if paper is None:
            return bool((names | {fold(source.paper_name).lower()}) & keys)
        # The paper's pages, and those of a paper not made yet whose name folds to its name
        # (never another existing paper's: 晴川日报's pages are not 晴川日報's).
        return bool(names & keys) or (
            fold(source.paper_name).lower() == folded and names_none(source)
        )

    kept = [(s, r) for s, r in zip(sources, pdf_refs, strict=True) if belongs(s)]
    if not kept:
        found = Counter(
            f"{s.paper_name}（{s.paper_slug}）" if s.paper_slug else s.paper_name for s in sources
        )
        papers = "；".join(f"{name}：{n} 个版面" for name, n in found.most_common())
        files = len({s.path for s in sources} | {r.path for r in pdf_refs if r is not None})
        pages = f"（{len(sources)} 个版面）" if files != len(sources) else ""
        problem = (
            f"给出的路径里找到 {files} 个版面文件{pages}，没有一个属于报纸 {wanted!r}"
            f"（按报名或网址名比较）；找到的报纸是：{papers or '无'}。"
            "请把 --only-paper 改成其中一份的报名或网址名，或去掉 --only-paper 导入全部"
        )
        return [], [], len(sources), problem
    return [s for s, _ in kept], [r for _, r in kept], len(sources) - len(kept), ""


def _new_paper_problems(sources) -> list[str]:
    """Why the run must stop, before anything is written, because it would create a paper while
    others exist: a name that matches no paper is far more often a typo (南通日報 for 南通日报)
    than a new paper. One message per such name (``[]`` when none), naming the closest existing
    paper and both ways on; given together with the run's other usage errors."""
    problems = []
    for name, slug in dict.fromkeys((s.paper_name, s.paper_slug) for s in sources):
        found = new_paper(name, slug)
        if found is None or not found.others:
            continue  # an existing paper, or the first paper of an empty database
        closest = found.closest
        if closest is None:
            problems.append(
                f"报纸 {name!r} 还不存在，也没有名称相近的已有报纸；若要新建这份报纸，请加上 "
                "--new-paper；若要导入已有的报纸，请用 --paper 给出它的名称或网址名"
                "（或改正 paper.json / manifest.json 里的报名）"
            )
            continue
        how = (
            "两者只差繁体、简体的写法，多半是笔误"
            if found.same_when_folded
            else f"相差 {found.distance} 个字"
        )
        problems.append(
            f"报纸 {name!r} 还不存在；最接近的已有报纸是 {closest.name!r}（{closest.slug}，{how}）。"
            f"若要导入这份报纸，请用 --paper {closest.slug}（或改正 paper.json / manifest.json "
            f"里的报名）；若确是新报纸，请加上 --new-paper 新建 {name!r}"
        )
    return problems


def passed_over_line(files: list[Path]) -> str:
    """What the run says of the folders' files it did not read (``files``, none hidden:
    :func:`~articles.importing.pagefiles.find_page_files`): every one named, why (no page
    file: only ``.txt``, ``.text`` and ``.pdf`` are read in a folder) and how to bring a page
    among them in: an archive (:data:`ARCHIVES`: ``.zip``, which named on its own is refused as
    one too) unpacked and its folder imported, another file saved as ``.txt`` or named on its
    own. "" when there are none."""
    if not files:
        return ""
    names = "、".join(shown_path(file)[0] for file in files)
    archives = [file for file in files if file.suffix.lower() in ARCHIVES]
    hints = []
    if archives:
        hints.append(
            f"{'、'.join(shown_path(file)[0] for file in archives)} 是压缩包，导入不读压缩包"
            f"（单独给出也读不了）：{ARCHIVE_HINT}"
        )
    if len(archives) < len(files):
        hints.append(
            "其中若有版面，请把它另存为 .txt 再导入，或单独给出这个文件导入（单独给出的文件总会读入）"
        )
    return (
        f"未读入文件夹里的 {len(files)} 个文件：{names}。它们不是版面文件（文件夹里只读 .txt、"
        f".text 和 .pdf）；{'；'.join(hints)}"
    )
