"""How a change reads in the history pages: a story's whole version, bodies diffed by character.

History itself is django-simple-history (see the ``articles.models`` docstring for why): each
save writes a copy of the row with who and when. A story's copy also keeps its body and reporters
(``articles.editing``), so one record is one whole version of the story: its history page lists
the versions with everything that changed from the one before (deck, dateline, byline, reporters,
status, each paragraph of the body), and reverting restores its content (everything but its
state: :func:`articles.editing.story_revert`). Other models list their copies with simple-history's
field-by-field differences (:class:`DiffHelper`).

Bodies are Chinese: a changed paragraph is diffed by character (a word is not delimited by
spaces), and paragraphs are named by their number in the whole story (``正文第3段``), counted over
every printed part in order, as a reader reads them.
"""

from __future__ import annotations

import difflib
import posixpath
from datetime import datetime

from django.db.models import FileField
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from simple_history.models import ModelChange
from simple_history.template_utils import HistoricalRecordContextHelper

from articles.editing import BASELINE_REASON, StoryVersion
from articles.editlocks import person_name
from articles.forms import text_from_blocks
from articles.models import Article, Block, Status
from articles.publishing import COMMAND_ACKNOWLEDGED_WHAT, COMMAND_PUBLISH_REASON
from articles.signoff import may_sign_off

# Fields every save touches or that only the importer and resolver manage.
HIDDEN_FIELDS = {"edited_at", "resolved_at", "updated_at"}

#: The story fields a version shows, in the form's order, with their labels.
STORY_FIELDS = [
    (name, Article._meta.get_field(name).verbose_name)
    for name in ("kicker", "headline", "subheadline", "dateline", "byline", "status")
]

# An unchanged stretch longer than this inside a changed paragraph is shortened to its ends.
_CONTEXT = 14


def char_diff(old: str, new: str) -> SafeString:
    """``old`` → ``new`` marked character by character: ``<del class="diff-del">`` for what went,
    ``<ins class="diff-ins">`` for what came; long unchanged stretches are shortened with ``…``."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    pieces: list[SafeString] = []
    opcodes = matcher.get_opcodes()
    for index, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            pieces.append(format_html("{}", _shorten(old[i1:i2], index, len(opcodes))))
            continue
        if i2 > i1:
            pieces.append(format_html('<del class="diff-del">{}</del>', old[i1:i2]))
        if j2 > j1:
            pieces.append(format_html('<ins class="diff-ins">{}</ins>', new[j1:j2]))
    return mark_safe("".join(pieces))


def _shorten(text: str, index: int, count: int) -> str:
    if len(text) <= 2 * _CONTEXT:
        return text
    if index == 0:
        return "…" + text[-_CONTEXT:]
    if index == count - 1:
        return text[:_CONTEXT] + "…"
    return text[:_CONTEXT] + "…" + text[-_CONTEXT:]


def _blocks_of(parts: list[dict]) -> list[tuple[str, str]]:
    return [(b.get("kind", Block.PARAGRAPH), b.get("text", "")) for p in parts for b in p["blocks"]]


def _block_name(number: int, kind: str) -> str:
    return f"正文第{number}段" + ("（小标题）" if kind == Block.CROSSHEAD else "")


def body_changes(old_parts: list[dict], new_parts: list[dict]) -> list[dict]:
    """The paragraphs that differ between two bodies (lists of parts as in a story version),
    each ``{"field": "正文第3段", "html": …}``: a changed paragraph diffed by character, an added
    or removed one whole. Numbers are positions in the whole story (the new one's, or the old
    one's for a paragraph that went)."""
    old, new = _blocks_of(old_parts), _blocks_of(new_parts)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    items = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        for i, j in _pair_blocks(old, new, range(i1, i2), range(j1, j2)):
            if i is not None and j is not None:
                kind, after = new[j]
                items.append(
                    {"field": _block_name(j + 1, kind), "html": char_diff(old[i][1], after)}
                )
            elif i is not None:
                kind, text = old[i]
                items.append(
                    {
                        "field": "删去" + _block_name(i + 1, kind),
                        "html": format_html('<del class="diff-del">{}</del>', text),
                    }
                )
            else:
                kind, text = new[j]
                items.append(
                    {
                        "field": "新增" + _block_name(j + 1, kind),
                        "html": format_html('<ins class="diff-ins">{}</ins>', text),
                    }
                )
    return items


def _pair_blocks(old, new, old_range: range, new_range: range):
    """Within a changed stretch, pair each new block with the old one it was edited from (same
    kind, at least half alike, in order): ``(i, j)`` pairs, ``(i, None)`` for a block that went,
    ``(None, j)`` for one that came."""
    pending = list(old_range)
    for j in new_range:
        best, best_ratio = None, 0.5
        for k, i in enumerate(pending):
            if old[i][0] != new[j][0]:
                continue
            matcher = difflib.SequenceMatcher(None, old[i][1], new[j][1], autojunk=False)
            if matcher.quick_ratio() >= best_ratio and matcher.ratio() >= best_ratio:
                best, best_ratio = k, matcher.ratio()
        if best is None:
            yield None, j
            continue
        for i in pending[:best]:
            yield i, None
        yield pending[best], j
        pending = pending[best + 1 :]
    for i in pending:
        yield i, None


def _field_value(record, name: str) -> str:
    value = getattr(record, name)
    if name == "status":
        return Status(value).label if value in Status.values else value
    return value


def story_changes(
    before: StoryVersion | None, after: StoryVersion, *, with_status: bool = True
) -> list[dict]:
    """Everything that differs from version ``before`` to version ``after`` of a story: its
    fields (its 状态 too unless ``with_status`` is false: what a revert changes, which keeps
    the state), its reporters, its printed title lines and its body (:func:`body_changes`), each
    ``{"field": label, "html": …}``. Nothing before: nothing to compare (an empty list)."""
    if before is None:
        return []
    items = []
    for name, label in STORY_FIELDS:
        if name == "status" and not with_status:
            continue
        old, new = _field_value(before.record, name), _field_value(after.record, name)
        if old != new:
            items.append({"field": label, "html": _replaced(old, new)})
    if before.story is not None and after.story is not None:
        old, new = before.credited, after.credited  # (namesakes told apart, when both kept)
        if old is None or new is None:
            old, new = before.reporters, after.reporters
        if old != new:
            items.append({"field": "记者", "html": _replaced("、".join(old), "、".join(new))})
        old_parts = _moved_taken_as_new(before.parts, after.parts)
        titles_before = {p["id"]: p["title_lines"] for p in old_parts}
        for part in after.parts:
            old_lines = titles_before.get(part["id"])
            if old_lines is not None and old_lines != part["title_lines"]:
                items.append(
                    {
                        "field": f"{part['page']}版印刷标题行",
                        "html": char_diff(" / ".join(old_lines), " / ".join(part["title_lines"])),
                    }
                )
        items.extend(body_changes(old_parts, after.parts))
    return items


def _printed(part: dict) -> str:
    """A part's printed characters in order, its title lines then its blocks, with no breaks."""
    return "".join(part["title_lines"]) + "".join(b.get("text", "") for b in part["blocks"])


def _moved_taken_as_new(old_parts: list[dict], new_parts: list[dict]) -> list[dict]:
    """``old_parts`` with each part whose printed characters only moved between its title lines
    and its first paragraph by ``new_parts``' version taken as the new one: a continuation's
    repeated headline taken off its text once its story was known
    (:func:`articles.continuations.headlines.titles_follow`, ``（上接A1版）千企联千村、共走振兴路``
    read first as the paragraph ``千企联千村、共走振兴路据悉，…``) is no change of anyone's, and
    listing it showed an editor who changed only 主题 a ``A2版印刷标题行`` and a paragraph glued
    to the headline. A version recorded before that move (a late page's join, written before
    its title lines were taken off) compares so with every version after it."""
    new_by_id = {p["id"]: p for p in new_parts}
    taken = []
    for part in old_parts:
        new = new_by_id.get(part["id"])
        moved = (
            new is not None
            and new["title_lines"] != part["title_lines"]
            and _printed(new) == _printed(part)
        )
        taken.append(
            {**part, "title_lines": new["title_lines"], "blocks": new["blocks"]} if moved else part
        )
    return taken


def _replaced(old: str, new: str) -> SafeString:
    """A short value (a headline, a status) shown whole, old then new."""
    return format_html(
        '<del class="diff-del">{}</del> → <ins class="diff-ins">{}</ins>',
        old or "（空）",
        new or "（空）",
    )


def revert_keeps(article: Article, version: StoryVersion, *, user, text_changes: bool) -> str:
    """What the version page says a revert by ``user`` leaves alone: ``article``'s state as it
    is now (:data:`~articles.editing.PUBLICATION_FIELDS`), and that ``version``'s own state,
    when it differs, is not brought back. A signed-off story whose text the revert changes
    (``text_changes``) by a user who may not sign off goes back to 待审
    (:func:`articles.signoff.revert_status`): said instead of "sign-off unchanged"."""
    sends_back = article.status == Status.SIGNED_OFF and text_changes and not may_sign_off(user)
    now = article.get_status_display()
    then = _field_value(version.record, "status")
    text = f"恢复只改回内容（标题、电头、署名、记者和正文），稿件的状态保持现在的“{now}”不变"
    if then != now:
        text += f"（这个版本当时是“{then}”，不会改回）"
    if sends_back:
        return text + "；但这篇稿件已签发，恢复后文字变了，会改回“待审”，须由总编辑重新签发。"
    return text + "；是否发布、发布时间、定时发布和签发都不变。"


def revert_part_notes(newer: list[str], gone: list[str], *, done: bool) -> list[str]:
    """What a revert leaves of the story's parts, said before it (``done`` false: the version
    page) and after it (the message) alike: the pages (labels) of the parts it gained since,
    kept as they are, and of the version's parts it no longer has, not brought back
    (:func:`articles.editing.revert_outcome`)."""
    notes = [
        f"{label}版的续文是在那个版本之后接上的，{'保持现状' if done else '恢复后保持现状'}。"
        for label in newer
    ]
    if gone:
        where = "、".join(f"{label}版" for label in gone)
        notes.append(
            f"那个版本里{where}的那段正文已不在这篇稿件里（那一版后来撤销导入、重新导入，或转版断开），"
            f"{'没有恢复' if done else '不会恢复'}：其中的改动请对照这个版本手工改回。"
        )
    return notes


def revert_split_notes(names: list[str], *, done: bool) -> list[str]:
    """What a revert leaves out, said before it (``done`` false) and after it alike: the text
    of the stories split off the story since (``names``: theirs, :func:`articles.editing.split_offs_in`),
    which the version, from before the split, still holds."""
    return [
        f"这个版本里还有后来拆成稿件“{name}”的文字，它现在在那篇稿件里，"
        f"{'没有恢复到这篇' if done else '恢复时不带回这篇'}（否则同一段文字会印两遍）；"
        f"要恢复拆开前的整篇，请先在“{name}”的编辑页点“合并到上一篇”把它合并回来，再来恢复。"
        for name in names
    ]


def version_fields(version: StoryVersion) -> list[tuple[str, str]]:
    """A version's fields and reporters for reading: ``[(label, value), …]``."""
    fields = [(label, _field_value(version.record, name)) for name, label in STORY_FIELDS]
    if version.story is not None:
        credited = version.credited
        fields.append(("记者", "、".join(version.reporters if credited is None else credited)))
    return fields


def version_body_text(version: StoryVersion) -> list[dict]:
    """A version's parts for reading: ``{"where": "A1版 第2篇", "title": …, "text": …}``."""
    return [
        {
            "where": f"{p['page']}版 第{p['position']}篇",
            "title": " / ".join(p["title_lines"]),
            "text": text_from_blocks(p["blocks"]),
        }
        for p in version.parts
    ]


class DiffHelper(HistoricalRecordContextHelper):
    """Longer excerpts; bodies and title lines diffed by character; choices (状态) by their
    Chinese labels; fields every save touches left out; other values as the desk reads them
    (:meth:`prepare_delta_change_value`). For models other than stories (a story's history is
    :func:`story_changes`)."""

    def __init__(self, model, record):
        super().__init__(model, record, max_displayed_delta_change_chars=300)

    def context_for_delta_changes(self, delta):
        items = []
        for change in delta.changes:
            if change.field in HIDDEN_FIELDS:
                continue
            formatted = self.format_delta_change(change)
            items.append({"field": formatted.field, "old": formatted.old, "new": formatted.new})
        return items

    def format_delta_change(self, change: ModelChange) -> ModelChange:
        field = self.model._meta.get_field(change.field)
        if change.field == "blocks":
            old = [{"id": 0, "blocks": change.old or []}]
            new = [{"id": 0, "blocks": change.new or []}]
            lines = format_html_join(
                "", "<div>{}：{}</div>", ((i["field"], i["html"]) for i in body_changes(old, new))
            )
            return ModelChange(field=field.verbose_name, old="", new=lines)
        if change.field == "title_lines":
            text = char_diff(" / ".join(change.old or []), " / ".join(change.new or []))
            return ModelChange(field=field.verbose_name, old="", new=text)
        if field.choices:
            labels = dict(field.flatchoices)
            return ModelChange(
                field=field.verbose_name,
                old=labels.get(change.old, change.old),
                new=labels.get(change.new, change.new),
            )
        return super().format_delta_change(change)

    def prepare_delta_change_value(self, change: ModelChange, value):
        """Nothing as ``（空）`` (not ``None``), a time in Beijing time to the minute (not UTC
        with microseconds), a file by its file name (``big.png``, not ``photos/2026/12/…``)."""
        if isinstance(self.model._meta.get_field(change.field), FileField):
            value = posixpath.basename(str(value or ""))  # (the record holds its stored name)
        if value is None or value == "":
            return "（空）"
        if isinstance(value, datetime):
            return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
        return super().prepare_delta_change_value(change, value)


def history_actor(record) -> str:
    """Who made a history record, as the history lists say it: the user, or for a record with
    none, what did it: ``（导入）`` for the version an import wrote (its reason is
    :data:`~articles.editing.BASELINE_REASON`, or none: the import gives none),
    ``（命令行发布）`` for ``manage.py publish_issue`` run without ``--user`` (its publication,
    one 未签发破例 too, and its ``--keep-edited-text`` 已核对 records), and ``（系统）`` for the rest
    (定时发布, a script): the reason column says what happened. The user as the desk names
    them everywhere (:func:`articles.editlocks.person_name`: 姓名, else the login), so the
    audit export's history rows and its admin-log rows name one person one way."""
    if record.history_user_id:
        return person_name(record.history_user)
    reason = record.history_change_reason or ""
    if not reason or reason.startswith(BASELINE_REASON):
        return "（导入）"
    if reason.startswith(COMMAND_PUBLISH_REASON) or COMMAND_ACKNOWLEDGED_WHAT in reason:
        return "（命令行发布）"
    return "（系统）"
