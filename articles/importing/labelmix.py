"""A page whose file name gives a label of another kind than the issue's pages: ``01.txt`` (page
1) into an issue that already has ``A1``, or ``A1.txt`` into one numbered 1, 2, 3 without
section letters. Both name the same printed page far more often than two: the file was saved
under the page's number alone (or the layout's letter was added). Imported as it is, the page
becomes a second page of the issue ("1版" beside "A1版"), the re-import matches the stories it
shares with A1 and moves their home to the new page without a word. So such a label, when it
comes from the file's name alone, is refused before anything is written, naming both labels and
both ways on: rename the file (or give the page: ``--page A1``; at the desk, 版次) when it is the
same page, or give the label explicitly when it really is another section's page.

A label given (``--page``, a manifest's ``"pages"``, the desk's 版次) is never refused here: it
says which page is meant. Pages of the same label (a re-import) and pages of another section
(``B1`` beside ``A1``) are no mix. Same rule for ``import_pages`` (:func:`source_problems`) and
the desk's upload (:func:`upload_problems`); the message is :func:`mix_message`'s.

Both also refuse the wider mix, a page whose label's form is not its issue's (``2.txt`` beside
``A1.txt``, in one run or two): :mod:`articles.importing.labelforms`.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from articles.importing.filenames import name_split
from articles.importing.labelforms import IssuePage, form_message, form_refusals, suggested
from articles.importing.papers import existing_paper
from articles.labels import LabelError, label_parts
from articles.models import Page


def mixed_with(label: str, existing: list[str]) -> str | None:
    """The existing page label (of ``existing``, the issue's labels, normalised) that ``label``
    (normalised, read from a file's name) seems to be another name of: the same number, one of
    the two with section letters and the other without (``1`` and ``A1``; ``A1`` and ``1``).
    ``None`` when ``label`` is one of them already (a re-import) or none is such a page. When
    several sections have that number (``A1``, ``B1``), the first in ``existing``'s order."""
    if label in existing:
        return None
    try:
        letters, number = label_parts(label)
    except LabelError:
        return None
    for other in existing:
        try:
            other_letters, other_number = label_parts(other)
        except LabelError:
            continue
        if other_number == number and bool(letters) != bool(other_letters):
            return other
    return None


def mix_message(name: str, label: str, existing: str, *, desk: bool = False) -> str:
    """Why the file ``name`` (its label ``label`` read from the name) is refused beside the
    issue's page ``existing`` (:func:`mixed_with`), and both ways on: for ``import_pages``
    (rename the file or ``--page``) or, with ``desk``, the upload form (rename or 版次)."""
    letters, number = label_parts(label)
    other = f"{letters}叠的第{number}版" if letters else f"另一叠的第{number}版"
    renamed = _renamed(name, existing)
    said = f"本期已有{existing}版；文件 {name} 的版次“{label}”像是同一版。"
    if desk:
        return (
            f"{said}若是{existing}版，请把文件改名为 {renamed}，或只选这一个文件并在“版次”里填 "
            f"{existing}；若确是{other}，请只选这一个文件并在“版次”里填 {label}。"
        )
    return f"{said}若是{existing}版，请改名为 {renamed} 或加 --page {existing}；若确是{other}，请加 --page {label}"


def _renamed(name: str, label: str) -> str:
    """``name`` with the page part of it written as ``label`` (``2020-07-09_01.txt`` →
    ``2020-07-09_A1.txt``; ``01.txt`` → ``A1.txt``)."""
    stem, _ = name_split(name)
    suffix = name[name.rfind(".") :] if "." in name else ".txt"
    base = name[: len(name) - len(suffix)] if "." in name else name
    if stem and base.count(stem) == 1:
        return base.replace(stem, label) + suffix
    return f"{label}{suffix}"


def issue_labels(paper_name: str, paper_slug: str, when: date) -> list[str]:
    """The labels of the pages stored for the paper ``(paper_name, paper_slug)`` names
    (:func:`~articles.importing.papers.existing_paper`) on ``when``, in page order; ``[]`` for
    a paper or issue not there yet."""
    return [label for label, _ in issue_pages(paper_name, paper_slug, when)]


def issue_pages(paper_name: str, paper_slug: str, when: date) -> list[tuple[str, str]]:
    """The pages stored for the paper ``(paper_name, paper_slug)`` names on ``when``, in page
    order: (label, the name of the file it was imported from, ``""`` for none), as
    :func:`issue_labels`."""
    paper = existing_paper(paper_name, paper_slug)
    if paper is None:
        return []
    return [
        (label, _file_name(source))
        for label, source in Page.objects.filter(issue__publication=paper, issue__date=when)
        .order_by("sequence")
        .values_list("label", "source_name")
    ]


def _file_name(source: str) -> str:
    """A stored page's source as editors know it: the file's name without its folders."""
    return (source or "").replace("\\", "/").rsplit("/", 1)[-1]


def source_problems(sources) -> list[str]:
    """One refusal message (``PATH: …``, Chinese) for each of ``import_pages``' ``sources``
    whose label was read from its file's name (``label_from_name``) and is another name of a
    stored page of its issue (:func:`mixed_with`), or whose label's form (with or without
    section letters) is not its issue's (:mod:`articles.importing.labelforms`: the issue's
    stored pages and the run's other pages count)."""
    problems, refused = [], set()
    stored: dict[tuple, list[tuple[str, str]]] = {}
    run: dict[tuple, list[IssuePage]] = defaultdict(list)
    for source in sources:
        key = (source.paper_name, source.paper_slug, source.date)
        if key not in stored:
            stored[key] = issue_pages(*key)
        from_name = bool(getattr(source, "label_from_name", False))
        run[key].append(
            IssuePage(source.label, source.path.name, str(source.path), from_name=from_name)
        )
        existing = mixed_with(source.label, [label for label, _ in stored[key]])
        if from_name and existing:
            refused.add(str(source.path))
            problems.append(
                f"{source.path}: {mix_message(source.path.name, source.label, existing)}"
            )
    return problems + _form_problems(stored, run, refused, desk=False)


def upload_problems(items) -> list[str]:
    """The desk's :func:`source_problems`: one message for each upload item (``name``,
    ``paper_name``, ``paper_slug``, ``issue_date``, ``label``; its label read from its file's
    name: the caller passes only those) that is another name of a stored page of its issue, or
    whose label's form is not its issue's."""
    problems, refused = [], set()
    stored: dict[tuple, list[tuple[str, str]]] = {}
    run: dict[tuple, list[IssuePage]] = defaultdict(list)
    for item in items:
        key = (item.paper_name, item.paper_slug, item.issue_date)
        if key not in stored:
            stored[key] = issue_pages(*key)
        run[key].append(IssuePage(item.label, item.name, item.name, from_name=True))
        existing = mixed_with(item.label, [label for label, _ in stored[key]])
        if existing:
            refused.add(item.name)
            problems.append(
                f"{item.name}：{mix_message(item.name, item.label, existing, desk=True)}"
            )
    return problems + _form_problems(stored, run, refused, desk=True)


def _form_problems(stored: dict, run: dict, refused: set[str], *, desk: bool) -> list[str]:
    """:func:`~articles.importing.labelforms.form_refusals`' messages for each issue of ``run``
    (its pages in the run, by issue) with its ``stored`` pages (label, file), leaving out the
    pages ``refused`` already names (by path)."""
    problems = []
    for key, pages in run.items():
        labels = {label for label, _ in stored[key]}
        issue = [IssuePage(label, name, stored=True) for label, name in stored[key]]
        issue += [page for page in pages if page.label not in labels]
        for page, others in form_refusals(issue):
            if page.path in refused:
                continue
            renamed = _renamed(page.name, suggested(page.label, others))
            problems.append(form_message(page, others, renamed, desk=desk))
    return problems
