"""What a page's text changed in a story an editor edited by hand: the import's conflict line
says it, and the desk offers to take it (:mod:`articles.importing.pagetake`).

A re-import leaves a story edited by hand as the editor saved it (README: Importing, “Hand edits
win”). What the page text now says of it is compared with what the story held as *last
imported* (:func:`imported_version`: its newest history record written by an import — the
baseline recorded before its first hand edit, a re-import's correction, a creation by a
re-import, or the page text taken at the desk), never with the editor's version: the editor
wants to see the page's correction (``第2段“…昨天…”→“…前天…”``), not their own edits undone.
Pure comparisons over values, plus one history query.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable

from articles.continuations.published import (
    HAND_EDITED_JOIN_REASON,
    MERGE_SIGNOFF_WHY,
    MERGE_WHOLE_REASON,
)
from articles.continuations.restoring import own_reporters
from articles.continuations.schedules import SCHEDULE_JOIN_REASON
from articles.editing import BASELINE_REASON, story_versions
from articles.splitcuts import MADE_BY_SPLIT

#: The history reason of a story given its page's text at the desk (``采用版面文本（A1版）``).
TAKE_REASON = "采用版面文本（{label}版）"
_TAKE_PREFIX = "采用版面文本（"
#: How a history reason written by an import (or by taking the page text) starts.
#: How a re-import's history reason starts (:data:`~articles.importing.reports.REIMPORT_REASON`).
_REIMPORT = "重新导入"
_IMPORT_REASONS = (BASELINE_REASON, _REIMPORT)
#: How the history reason of a story a continuation joined starts (a late page's, published or
#: signed off: :mod:`articles.continuations.published`; a scheduled one's,
#: :mod:`articles.continuations.schedules`; a continuation an editor edited before it joined,
#: :mod:`articles.continuations.handedits`): the part it brought is as its import wrote it.
_JOIN_REASONS = (
    MERGE_WHOLE_REASON,
    MERGE_SIGNOFF_WHY,
    SCHEDULE_JOIN_REASON,
    HAND_EDITED_JOIN_REASON,
)
#: A split-off's first history record (its reason starts with :data:`MADE_BY_SPLIT`) holds the
#: story as the split cut it from the page's text, so it is the story's baseline, and the
#: editor's typed headline (its reason ends with this) none.
_TYPED_HEADLINE = "，标题为编辑所拟"
#: A story's printed fields, in the form's order, as the desk names them.
PRINTED_FIELDS = (
    ("kicker", "引题"),
    ("headline", "主题"),
    ("subheadline", "副题"),
    ("dateline", "电头"),
    ("byline", "署名"),
)
#: The changes a line names; the rest are counted.
SHOWN = 3
# Characters of unchanged text shown on either side of a change, and of a change itself.
_CONTEXT = 4
_CHANGE = 16
# Unchanged characters fewer than this between two changes join them into one stretch (their
# context would overlap).
_GAP = 2 * _CONTEXT + 1


class PageTextRefused(Exception):
    """Why the page text was not taken, for a story or a photo (in Chinese; nothing was
    written): :mod:`articles.importing.pagetake`, :mod:`articles.importing.phototext`."""


def printed_of_rows(rows, *, is_home: bool) -> dict:
    """What a parsed story (:class:`~articles.importing.rows.StoryRows`) prints on its page, as
    :func:`changes` compares it: ``title_lines``, ``blocks`` (``[{"kind", "text"}]``) and, when
    the page is the story's home (``is_home``), its printed fields and ``reporters`` (names)."""
    printed = {"title_lines": list(rows.part["title_lines"]), "blocks": list(rows.part["blocks"])}
    if is_home:
        printed.update({name: rows.article[name] for name, _ in PRINTED_FIELDS})
        printed["reporters"] = list(rows.byline_names)
    return printed


def imported_version(article_id: int, part_id: int, *, is_home: bool) -> dict | None:
    """What story ``article_id`` held of its part ``part_id`` (and of its printed fields and
    reporters, ``is_home``) as last imported, in :func:`printed_of_rows`'s shape: read from its
    newest history record written by an import (:data:`_IMPORT_REASONS`, a split-off's first
    record, :data:`MADE_BY_SPLIT`, the join that brought the part, :func:`_joined_in`, or one
    with no reason of a story not edited by hand: the importer's and the jump resolver's saves give none, a
    desk edit gives one and marks the story edited) whose body holds the part. None when no such record has it (a story never edited
    at the desk has no history, and needs none: the import updates it). One query."""
    versions = story_versions(article_id)
    at = imported_at(versions, part_id)
    return None if at is None else version_printed(versions, at, part_id, is_home=is_home)


def imported_at(versions: list, part_id: int) -> int | None:
    """Where in ``versions`` (:func:`~articles.editing.story_versions`') the newest one an
    import wrote of part ``part_id`` is (:func:`imported_version`'s rule); None if none."""
    for at in range(len(versions) - 1, -1, -1):
        part = next((p for p in versions[at].parts if p["id"] == part_id), None)
        if part is None:
            continue
        if _from_import(versions[at].record, part) or _joined_in(versions, at, part_id):
            return at
    return None


def version_printed(versions: list, at: int, part_id: int, *, is_home: bool) -> dict:
    """What ``versions[at]`` holds of part ``part_id`` (and of the printed fields and
    reporters, ``is_home``), in :func:`printed_of_rows`'s shape; a split-off's typed headline
    left out (:func:`imported_version`). The part must be in it."""
    made = [v.record for v in versions if v.record.history_type == "+"]  # (newest last)
    typed = bool(made) and _TYPED_HEADLINE in (made[-1].history_change_reason or "")
    version = versions[at]
    record = version.record
    part = next(p for p in version.parts if p["id"] == part_id)
    printed = {"title_lines": list(part["title_lines"]), "blocks": list(part["blocks"])}
    if is_home:
        printed.update({name: getattr(record, name) for name, _ in PRINTED_FIELDS})
        printed["reporters"] = list(version.reporters)
    if typed:  # (split off with a headline the editor typed, kept by 采用版面文本 since:
        # never printed, it is not a change of the page's to say)
        printed.pop("headline", None)
        printed["title_lines"] = [t for t in printed["title_lines"] if t != record.headline]
    return printed


def _joined_in(versions: list, at: int, part_id: int) -> bool:
    """Whether ``versions[at]`` is a join's record (:data:`_JOIN_REASONS`) that brought part
    ``part_id`` into the story: the part, a continuation joined as its page's import wrote it,
    was in no version before. A late page's continuation joining a published story is recorded
    so (``接上续文（读者看到的正文变长了）``), not by an import: without this its part had no
    baseline and a corrected re-send of that page said nothing (a night editor's A2)."""
    reason = versions[at].record.history_change_reason or ""
    if not reason.startswith(_JOIN_REASONS):
        return False
    return at == 0 or all(p["id"] != part_id for p in versions[at - 1].parts)


def _from_import(record, part: dict) -> bool:
    """Whether history ``record`` holds ``part`` (a part of its body) as an import wrote it
    (:func:`written_by_import` on the part's page, or a split-off as the split cut it)."""
    reason = record.history_change_reason or ""
    if reason.startswith(MADE_BY_SPLIT):
        return record.history_type == "+"  # (the split-off as cut from the page's text)
    if reason.startswith(_REIMPORT) and record.edited_at is not None:
        # A re-import's save of a story edited by hand holds the editor's text, kept (its photo
        # or its place changed): not the page's; taken as the base, the page's change to a
        # paragraph the editor had changed too was no longer pending (session 68).
        return False
    return written_by_import(record, part["page"])


def written_by_import(record, label: str) -> bool:
    """Whether history ``record`` (a story's or a photo's) holds the row as an import of page
    ``label`` wrote it: a record of an import, of the page text taken at the desk for that page
    (a story's other parts, in the same record, are as the editor left them), or one with no
    reason made while the row was not edited by hand (the importer's and resolver's saves)."""
    reason = record.history_change_reason or ""
    if reason.startswith(_TAKE_PREFIX):
        return reason.startswith(TAKE_REASON.format(label=label))
    if reason.startswith(_IMPORT_REASONS):
        return True
    return not reason and record.edited_at is None


def changes(before: dict, after: dict) -> list[str]:
    """What differs from ``before`` to ``after`` (both :func:`printed_of_rows`'s shape), one
    short line each, in printed order: ``主题“…”→“…”``, ``记者“张三”→“李四”``, ``标题行“…”→“…”``,
    ``第2段“…昨天…”→“…前天…”``, ``新增第5段“…”``, ``删去第3段“…”`` (paragraphs numbered in the
    page's part, the new text's numbers; a removed one by its old number). ``[]``: the same."""
    lines = field_changes(before, after, PRINTED_FIELDS)
    fields_changed = any(not line.startswith("电头") for line in lines)
    reporters = before.get("reporters"), after.get("reporters")
    if None not in reporters and reporters[0] != reporters[1]:
        lines.append(f"记者“{'、'.join(reporters[0])}”→“{'、'.join(reporters[1])}”")
    if before["title_lines"] != after["title_lines"] and not fields_changed:
        lines.append(
            f"标题行{_pair(' / '.join(before['title_lines']), ' / '.join(after['title_lines']))}"
        )
    lines += _block_changes(before["blocks"], after["blocks"])
    return lines


def field_changes(before: dict, after: dict, fields) -> list[str]:
    """``主题“…”→“…”``: each of ``fields`` (``(name, label)`` pairs, printed order) that both
    dicts hold and that differs, a story's printed fields or a photo's caption and credit."""
    return [
        f"{label}{_pair(before[name], after[name])}"
        for name, label in fields
        if name in before and name in after and before[name] != after[name]
    ]


def changes_line(lines: list[str]) -> str:
    """``lines`` (:func:`changes`) as a conflict line says them: ``版面文本有改动：A；B；C
    等，另有 2 处``; ``""`` for none."""
    if not lines:
        return ""
    more = len(lines) - SHOWN
    return (
        "版面文本有改动：" + "；".join(lines[:SHOWN]) + (f" 等，另有 {more} 处" if more > 0 else "")
    )


def _block_changes(old_blocks: list[dict], new_blocks: list[dict]) -> list[str]:
    return block_lines(old_blocks, new_blocks)


def block_lines(
    old_blocks: list[dict], new_blocks: list[dict], old_at: int = 0, new_at: int = 0
) -> list[str]:
    """What differs from paragraphs ``old_blocks`` to ``new_blocks``, as :func:`changes` says
    it; ``old_at``/``new_at``: where they start in their whole texts (the lines' numbers)."""
    old = [b.get("text", "") for b in old_blocks]
    new = [b.get("text", "") for b in new_blocks]
    lines = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        paired = min(i2 - i1, j2 - j1)
        for k in range(paired):
            lines.append(f"第{new_at + j1 + k + 1}段{_pair(old[i1 + k], new[j1 + k])}")
        for i in range(i1 + paired, i2):
            lines.append(f"删去第{old_at + i + 1}段“{_clip(old[i])}”")
        for j in range(j1 + paired, j2):
            lines.append(f"新增第{new_at + j + 1}段“{_clip(new[j])}”")
    return lines


def pair_said(old: str, new: str) -> str:
    """``“…昨天…”→“…前天…”`` (:func:`_pair`), for :mod:`articles.importing.textmerge`."""
    return _pair(old, new)


def _pair(old: str, new: str) -> str:
    """``“…昨天…”→“…前天…”``: each changed stretch of ``old`` and ``new`` with a few characters
    of the text around it (``…`` where more is left out), so what goes and what comes are both
    seen: ``“游客乘船夜游…”→“游客在南大街码头乘船夜游…”、“…欣赏两岸璀璨灯光。”→“…欣赏两岸灯光。”``
    (one span from the first change to the last hid 璀璨's removal behind a clipped new text).
    At most :data:`SHOWN` stretches, then ``等 N 处``."""
    hunks = _hunks(old, new)
    said = [
        f"“{_around(old, i1, i2)}”→“{_around(new, j1, j2)}”" for i1, i2, j1, j2 in hunks[:SHOWN]
    ]
    return "、".join(said) + (f" 等 {len(hunks)} 处" if len(hunks) > SHOWN else "")


def _hunks(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """The changed stretches ``(i1, i2, j1, j2)`` (``old[i1:i2]`` became ``new[j1:j2]``), by
    character; two with fewer than :data:`_GAP` unchanged characters between are one (their
    context would overlap; a stray shared character inside a rewrite does not split it)."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    hunks: list[list[int]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if hunks and i1 - hunks[-1][1] < _GAP:
            hunks[-1][1], hunks[-1][3] = i2, j2
        else:
            hunks.append([i1, i2, j1, j2])
    return [tuple(h) for h in hunks] or [(0, len(old), 0, len(new))]


def _around(text: str, start: int, stop: int) -> str:
    """``text[start:stop]`` (longer than :data:`_CHANGE`: its start and end, ``…`` between)
    with :data:`_CONTEXT` characters either side."""
    middle = text[start:stop]
    if len(middle) > _CHANGE:
        half = _CHANGE // 2
        middle = middle[:half] + "…" + middle[-(half - 1) :]
    before = text[max(0, start - _CONTEXT) : start]
    after = text[stop : stop + _CONTEXT]
    head = "…" if start > _CONTEXT else ""
    tail = "…" if len(text) - stop > _CONTEXT else ""
    return f"{head}{before}{middle}{after}{tail}"


def _clip(text: str) -> str:
    limit = 2 * _CONTEXT + _CHANGE
    return text if len(text) <= limit else text[: limit - 1] + "…"


def page_text_changes(
    article_id: int, part_id: int, rows, *, is_home: bool, cut: Callable | None = None
) -> list[str]:
    """What the page text (``rows``, the story as parsed from it now) changed in part
    ``part_id`` of story ``article_id`` since the story was last imported (:func:`changes`);
    ``[]`` when nothing, or when no import of it is recorded. ``cut``: the blocks as last
    imported to the part ``rows`` holds of them (a story an editor split: its part before the
    split, :func:`articles.importing.splitoffs.head_blocks`). One query."""
    before = imported_version(article_id, part_id, is_home=is_home)
    if before is None:
        return []
    if cut is not None:
        before["blocks"] = cut(before["blocks"])
    if is_home:  # (a reporter a continuation's page signed is not this page's to change)
        before["reporters"] = own_reporters(article_id, before["reporters"], rows.byline_names)
    return changes(before, printed_of_rows(rows, is_home=is_home))
