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
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from articles.importing.filenames import name_split
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
    paper = existing_paper(paper_name, paper_slug)
    if paper is None:
        return []
    return list(
        Page.objects.filter(issue__publication=paper, issue__date=when)
        .order_by("sequence")
        .values_list("label", flat=True)
    )


def source_problems(sources) -> list[str]:
    """One refusal message (``PATH: …``, Chinese) for each of ``import_pages``' ``sources``
    whose label was read from its file's name (``label_from_name``) and is another name of a
    stored page of its issue (:func:`mixed_with`)."""
    problems = []
    labels: dict[tuple, list[str]] = defaultdict(list)
    for source in sources:
        if not getattr(source, "label_from_name", False):
            continue
        key = (source.paper_name, source.paper_slug, source.date)
        if key not in labels:
            labels[key] = issue_labels(*key)
        existing = mixed_with(source.label, labels[key])
        if existing:
            problems.append(
                f"{source.path}: {mix_message(source.path.name, source.label, existing)}"
            )
    return problems


def upload_problems(items) -> list[str]:
    """The desk's :func:`source_problems`: one message for each upload item (``name``,
    ``paper_name``, ``paper_slug``, ``issue_date``, ``label``; its label read from its file's
    name: the caller passes only those) that is another name of a stored page of its issue."""
    problems = []
    for item in items:
        existing = mixed_with(
            item.label, issue_labels(item.paper_name, item.paper_slug, item.issue_date)
        )
        if existing:
            problems.append(
                f"{item.name}：{mix_message(item.name, item.label, existing, desk=True)}"
            )
    return problems
