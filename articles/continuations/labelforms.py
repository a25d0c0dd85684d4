"""Jumps that cannot link because the issue's page labels are written two ways: A1 prints
``（下转A2版）``, and the page that continues it was imported as ``2`` (from ``2.txt``), not A2.

The resolver rightly links nothing: a lettered marker names a lettered page (an unlettered one,
``下转第二版``, finds A2 by its number: :func:`~articles.continuations.matching.page_find`). But
said as usual, the open jumps point the wrong way: A1 reads "A2 not imported yet", and 2's
``（上接A1版）`` reads "A1 leads nowhere here". This module finds such a gap (a marker naming a
lettered page the issue lacks while it has the page of that number without letters) and says
the real situation and how to fix it, for the import report (its open jumps' clause and a
warning on both pages: :mod:`articles.importing.settling`) and for ``check_jumps`` and the desk
(:mod:`articles.continuations.problems`).

An import that would make such a mix from file names alone is refused before anything is
written (:mod:`articles.importing.labelforms`); a mix arrives here when a label was given
(``--page``, a manifest, a printed stamp, the desk's 版次) or was stored before that rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from articles.continuations.matching import page_find
from articles.labels import LabelError, label_parts
from articles.models import Jump, JumpDirection, JumpState, Page
from articles.queries import Prepared

# The states of a jump that is linked or decided by an editor: no gap to tell.
_CLOSED = (JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED)


@dataclass(frozen=True)
class LabelGap:
    """A jump marker (``marker``, printed on page ``page``, ``direction`` a ``JumpDirection``)
    naming the lettered page ``target`` that its issue lacks, while the issue has ``twin``, the
    same number without letters, imported from the file ``file`` (its name; ``""`` for none)."""

    page: str
    marker: str
    direction: str
    target: str
    twin: str
    file: str


def unlettered_twin(target: str, labels: Iterable[str]) -> str | None:
    """The page among ``labels`` (an issue's page labels, normalised) that the lettered page
    ``target`` a marker names (``A2``) would be without its letters (``2``), when ``target`` is
    not among them; ``None`` otherwise (``target`` unlettered, present or no page label, or no
    such page)."""
    labels = set(labels)
    if target in labels:
        return None
    try:
        letters, number = label_parts(target)
    except LabelError:
        return None
    return str(number) if letters and str(number) in labels else None


# The open jumps of issues, in print order (:func:`label_gaps`, every batch of an import).
_OPEN_JUMPS = Prepared(
    Jump,
    (list,),
    lambda issue_ids: (
        Jump.objects.filter(part__page__issue_id__in=issue_ids)
        .exclude(state__in=_CLOSED)
        .order_by("part__page__sequence", "part__position", "direction")
        .values_list(
            "part__page__issue_id", "part__page__label", "marker", "direction", "target_label"
        )
    ),
    primary=True,
)


def label_gaps(
    issues: Iterable[int], *, pages: dict[int, dict[str, str]] | None = None
) -> dict[int, list[LabelGap]]:
    """The :class:`LabelGap` of the open jumps of ``issues`` (ids), by issue id, in print
    order (two queries; one when ``pages`` gives the issues' pages already: by issue id, each
    page's file name by label, in print order, as :func:`issue_files` reads them)."""
    pages = issue_files(issues) if pages is None else pages
    if not pages:
        return {}
    gaps: dict[int, list[LabelGap]] = {}
    jumps = _OPEN_JUMPS.rows(pages)[1]
    for issue_id, page, marker, direction, target in jumps:
        labels = pages[issue_id]
        twin = None if page_find(labels, target) else unlettered_twin(target, labels)
        if twin:
            file = _file_name(labels[twin])
            gaps.setdefault(issue_id, []).append(
                LabelGap(page, marker, direction, target, twin, file)
            )
    return gaps


def issue_files(issues: Iterable[int]) -> dict[int, dict[str, str]]:
    """The imported pages of ``issues`` (ids): by issue id, each page's file name (``""`` when
    none) by label, in print order (one query)."""
    pages: dict[int, dict[str, str]] = {}
    for issue_id, label, source in Page.objects.filter(issue_id__in=list(issues)).values_list(
        "issue_id", "label", "source_name"
    ):
        pages.setdefault(issue_id, {})[label] = source or ""
    return pages


def gap_of(page: str, direction: str, target: str, gaps: list[LabelGap]) -> LabelGap | None:
    """The gap (of ``gaps``, its issue's) that keeps an open jump on ``page`` naming ``target``
    from linking: its own (it names a lettered page the issue has only without letters), or,
    for a 上接 whose page is imported, the gap of a 下转 on that page whose unlettered twin is
    this page (A1's ``下转A2版`` beside this page 2); ``None`` when none does."""
    for gap in gaps:
        if gap.page == page and gap.target == target and gap.direction == direction:
            return gap
    if direction != JumpDirection.BACKWARD:
        return None
    for gap in gaps:
        if gap.page == target and gap.twin == page and gap.direction == JumpDirection.FORWARD:
            return gap
    return None


def gap_state(page: str, gap: LabelGap) -> str:
    """The open jump on ``page`` kept apart by ``gap`` (:func:`gap_of`) in a few words, as the
    import report's open-jumps clause says it: ``本期没有A2版，却有2版：版次写法不一`` for the
    marker that names the missing page, ``A1版的“下转”转到A2版，本版却是2版：版次写法不一``
    for the 上接 on the twin page."""
    if gap.page == page:
        return f"本期没有{gap.target}版，却有{gap.twin}版：版次写法不一"
    return f"{gap.page}版的“下转”转到{gap.target}版，本版却是{gap.twin}版：版次写法不一"


def gap_fix(gap: LabelGap) -> str:
    """What to do about ``gap``: if the twin page is the page the marker names, undo its
    import and import its file again under the lettered label (renamed, or with the label
    given: ``--page``, which the desk says as its 版次); if it really is another page, the page
    named links when it is imported."""
    file = gap.file or f"{gap.twin}版的文件"
    return (
        f"若{gap.twin}版就是{gap.target}版，请在{gap.twin}版的版面页“撤销本版导入”，再把 {file} "
        f"改名为 {renamed_file(gap.file, gap.target)} 重新导入（或不改名，导入时把 --page 设为 "
        f"{gap.target}），转版就会接上；若{gap.twin}版确是另一版，{gap.target}版导入后会自动接上"
    )


def gap_warning(gap: LabelGap) -> str:
    """The import report's warning on both pages of ``gap`` (the marker's and the twin's): the
    situation in full, then :func:`gap_fix`."""
    shown = f"（{gap.file}）" if gap.file else ""
    return (
        f"版次写法不一：{gap.page}版的{gap.marker}指向{gap.target}版，本期没有{gap.target}版，"
        f"却有{gap.twin}版{shown}；一期的版次有的带叠号、有的不带，多半是文件名写错了。"
        + gap_fix(gap)
    )


def gap_problem(page: str, gap: LabelGap) -> str:
    """``check_jumps``' message (and the desk's) for an open jump on ``page`` kept apart by
    ``gap``: :func:`gap_state`'s situation with the twin's file, then :func:`gap_fix`."""
    shown = f"（{gap.file}）" if gap.file else ""
    if gap.page == page:
        said = f"本期没有{gap.target}版，却有{gap.twin}版{shown}"
    else:
        said = f"有“上接”却找不到对应的“下转”：{gap.page}版的“下转”转到{gap.target}版，本版却是{gap.twin}版{shown}"
    return f"{said}；一期的版次有的带叠号、有的不带，多半是文件名写错了。{gap_fix(gap)}"


def is_gap_warning(line: str) -> bool:
    """Whether a report warning is a :func:`gap_warning` (worked out again on every settling)."""
    return line.startswith("版次写法不一：") and "本期没有" in line


# A file name whose page part is a number alone at its end: ``2.txt``, ``2020-07-09_02.txt``.
_NUMBER_AT_END = re.compile(r"^(?P<head>.*?)(?<![A-Za-z0-9])(?P<number>\d{1,4})$")


def renamed_file(name: str, label: str) -> str:
    """``name`` (a page file's name whose page part is a number alone at its end) with that
    number written as ``label`` (``2020-07-09_02.txt`` → ``2020-07-09_A2.txt``), or
    ``<label>.txt`` for a name of another shape (or none)."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, "txt"
    match = _NUMBER_AT_END.match(stem)
    if not match or not name:
        return f"{label}.txt"
    return f"{match['head']}{label}.{suffix}"


def _file_name(source: str) -> str:
    """A page's source file as editors know it: its name without the folders."""
    return source.replace("\\", "/").rsplit("/", 1)[-1]
