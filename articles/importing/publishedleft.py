"""What a re-import says of the published photos and teasers (导读) a page's new text no longer
prints (:mod:`articles.importing.photowrite`, :mod:`articles.importing.teaserwrite`): kept, each a
conflict line, or removed by ``--overwrite-edited``, each a warning. The lines, their Chinese,
and which of a report's lines they are (the desk lists each kind under its own heading, the
page's line counts each kind: :func:`~articles.importing.reportlines.report_clauses`)."""

from __future__ import annotations

import re

# ``A1 photo #2 “…”: published and no longer in the page text; kept …``
PHOTO_KEPT = re.compile(
    r"^(\S+) photo #(\d+) (“.*”): published and no longer in the page text; kept.*$"
)
# ``A1 teaser #1 “看南通（A4版）”: published and no longer in the page text; kept …``
TEASER_KEPT = re.compile(
    r"^(\S+) teaser #(\d+) (“.*”): published and no longer in the page text; kept.*$"
)
_HOW = "确要删去，加上 --overwrite-edited 再导入一次本版"

#: Their Chinese (:func:`~articles.importing.reportlines.conflict_in_chinese`).
CONFLICTS = [
    (
        PHOTO_KEPT,
        rf"\1版 第\2位的图片\3：已经发布，新的版面文本里已没有它，已保留，读者仍能看到（{_HOW}）",
    ),
    (
        TEASER_KEPT,
        rf"\1版 第\2条导读\3：已经发布，新的版面文本里已没有它，已保留，读者仍能看到（{_HOW}）",
    ),
]

# The warnings of those ``--overwrite-edited`` removes (将删去 in a dry run, 已删去 in a real one).
_REMOVED = re.compile(
    r"^\S+版 第\d+(位的已发布图片|条已发布的导读)“.*”：新的版面文本里已没有它，"
    r"按 --overwrite-edited (?:将|已)删去"
)


def left_kept(conflicts: list[str]) -> tuple[list[str], list[str]]:
    """Of a report's ``conflicts``: the published photos kept, and the published teasers kept."""
    return (
        [line for line in conflicts if PHOTO_KEPT.match(line)],
        [line for line in conflicts if TEASER_KEPT.match(line)],
    )


def left_removed(warnings: list[str]) -> tuple[list[str], list[str]]:
    """Of a report's ``warnings``: the published photos removed, and the published teasers."""
    photos, teasers = [], []
    for line in warnings:
        found = _REMOVED.match(line)
        if found:
            (photos if "图片" in found[1] else teasers).append(line)
    return photos, teasers


def left_said(page, name: str, number: int, report, overwrite_edited: bool, *, kind: str) -> bool:
    """Whether a published photo or teaser (``kind``: ``"photo"`` / ``"teaser"``) the page's
    new text no longer prints stays: True (kept) with its conflict line (:data:`PHOTO_KEPT`,
    :data:`TEASER_KEPT`), or False (the caller removes it) with the warning saying so, when the
    desk's 删去版面文本里已没有的已发布稿件 asks (``report.remove_published``) or, when that is
    None, the command's ``overwrite_edited`` does. ``name``: the item quoted; ``number``: its
    place among the page's items of its kind (from 1)."""
    remove = overwrite_edited if report.remove_published is None else report.remove_published
    if not remove:
        report.conflicts.append(
            f"{page.label} {kind} #{number} {name}: published and no longer in the page text; "
            "kept (use --overwrite-edited to remove it)"
        )
        return True
    verb = "将删去" if report.dry_run else "已删去"
    what = "位的已发布图片" if kind == "photo" else "条已发布的导读"
    report.warnings.append(
        f"{page.label}版 第{number}{what}{name}：新的版面文本里已没有它，"
        f"按 --overwrite-edited {verb}（读者再看不到它）"
    )
    return False
