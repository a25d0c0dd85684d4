"""修改记录导出: every recorded change, one row each, for a lawyer or a corrections editor.

Who changed what and when was kept only as per-object history pages: a story's versions
(django-simple-history: ``Article.history``), its printed parts' own (``ArticlePart.history``,
正文修改记录: a body edited in a part's own form, each paragraph diffed by character and named
by its page, ``A2版正文第3段``; listed with the story's when one story is exported), an issue's and
a photo's, and Django's admin log
(``LogEntry``: form saves and list actions on pages, papers, people, teasers, the 撤销本版导入
of a page, and 版面图与撤回的稿件's release of a withdrawn story and its taking back, logged on
the story: :func:`articles.pagepictures.picture_release_set`), the import runs (``ImportRun``: each upload at the desk) and the pages' import
times (``Page.imported_at``: ``import_pages`` writes no history record). A reviewer asked for
them as one file in a date range, or for one story. :func:`audit_rows` reads them all and gives
:class:`AuditRow`\\ s, oldest first: time (Asia/Shanghai, ISO 8601 with its offset), who, the
object's kind and id, its title as it was then, the action (新建 / 修改 / 删除, or the record's
reason: 发布, 撤回发布, 设定定时发布…, 表格导入, 重新导入A1.txt…) and the fields changed (old → new,
a long text shortened around what changed: :func:`change_lines`), and which record it comes
from (the history of stories, issues or photos, the admin log, the import runs: a form save of a
story is in its history and in the admin log, two rows; a save of a part's own form is logged on
the part, and one story's export lists its parts' entries with its own: :func:`_part_ids`).

Bounded: a range holding more than :data:`AUDIT_MAX_ROWS` records is refused before anything is
read but counts (:class:`AuditTooLarge`, saying how many and to choose a shorter range); the
records are read model by model with ``iterator()``, each record's previous one (to compare)
in the same query's pass, and those before the range in one query a model.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from django.contrib.admin.models import LogEntry
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from articles.activity import importers_name, run_page_said
from articles.admin.changelog import log_message, logged_action, logged_kind
from articles.admin.history import body_changes, char_diff, history_actor, story_changes
from articles.editing import StoryVersion
from articles.editlocks import person_name
from articles.models import Article, ArticlePart, ImportRun, Issue, Page, Photo

#: The file's columns, in order.
AUDIT_COLUMNS = (
    "时间",
    "操作人",
    "对象类型",
    "对象编号",
    "标题（当时）",
    "操作",
    "改动",
    "记录来源",
)
#: The most rows one file holds (a month of a busy desk is a few thousand).
AUDIT_MAX_ROWS = 20000
#: A changed value longer than this is shortened around what changed.
SHORT = 60
#: The history tables read, the kind each row says and where it comes from.
HISTORIES = (
    (Article, "稿件", "稿件修改记录"),
    (ArticlePart, "稿件分段", "正文修改记录"),
    (Issue, "期", "期的修改记录"),
    (Photo, "图片", "图片修改记录"),
)
#: The kinds one object is chosen by (``?object=article:12``), and the model each names.
OBJECT_KINDS = {"article": Article, "issue": Issue, "photo": Photo}
_TAG = re.compile(r"<[^>]+>")
#: Record fields never listed as a change: what every save touches, and the copy's own.
_UNLISTED = {"updated_at", "edited_at", "resolved_at", "story", "publish_acknowledged_texts"}
#: A part's fields compared as text (:func:`_part_lines`), not as values.
_PART_TEXT = {"title_lines", "blocks"}


class AuditTooLarge(Exception):
    """The range holds more than :data:`AUDIT_MAX_ROWS` records; the message says how many and
    what to do."""


@dataclass(frozen=True)
class AuditRow:
    """One recorded change (see the module docstring); ``at`` is aware."""

    at: datetime
    user: str
    kind: str
    object_id: str
    title: str
    action: str
    changes: str
    source: str

    def cells(self) -> list[str]:
        """The row as the file writes it, in :data:`AUDIT_COLUMNS`' order."""
        at = timezone.localtime(self.at).isoformat(timespec="seconds")
        return [
            at,
            self.user,
            self.kind,
            self.object_id,
            self.title,
            self.action,
            self.changes,
            self.source,
        ]


#: A short value replaced whole (``articles.admin.history._replaced``): old → new.
_WHOLE = re.compile(r'^<del class="diff-del">(.*)</del> → <ins class="diff-ins">(.*)</ins>$', re.S)


def _plain(value) -> str:
    """A change's value as text: a value replaced whole as ``旧 → 新`` (shortened), a
    character diff as ``…［删：…］［增：…］…``, ``（空）`` for none."""
    text = str(value if value is not None else "")
    if whole := _WHOLE.match(text):
        old, new = (html.unescape(_TAG.sub("", part)) for part in whole.groups())
        return f"{_short(old)} → {_short(new)}"
    text = text.replace('<del class="diff-del">', "［删：").replace("</del>", "］")
    text = text.replace('<ins class="diff-ins">', "［增：").replace("</ins>", "］")
    text = html.unescape(_TAG.sub("", text))
    return text if text else "（空）"


def _short(text: str) -> str:
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def change_lines(items: list[dict]) -> str:
    """``story_changes``' items (``{"field", "html"}``) as lines ``主题：旧 → 新``; a body
    paragraph as its character diff (``正文第3段：…王晖［删：指出］［增：强调］…``), shortened."""
    return "\n".join(f"{item['field']}：{_plain(item['html'])}" for item in items)


def _part_lines(new, old) -> str:
    """What differs between two history records of a story's printed part (its own
    正文修改记录): its printed title lines and each changed paragraph by character, named by
    the part's page and the paragraph's number in the part (``A2版正文第3段：…［删：指出］
    ［增：强调］…``), then any other field (``版内位置：#3 → #4``) as :func:`_field_lines`."""
    label = f"{new.page.label}版" if new.page is not None else f"版面 #{new.page_id} "
    lines = []
    if old.title_lines != new.title_lines:
        titles = char_diff(" / ".join(old.title_lines or []), " / ".join(new.title_lines or []))
        lines.append(f"{label}印刷标题行：{_plain(titles)}")
    body = body_changes([{"blocks": old.blocks or []}], [{"blocks": new.blocks or []}])
    lines.extend(f"{label}{item['field']}：{_plain(item['html'])}" for item in body)
    others = _field_lines(ArticlePart, new, old, skip=_PART_TEXT)
    return "\n".join(lines + ([others] if others else []))


def _field_lines(model, new, old, skip=frozenset()) -> str:
    """What differs between two history records of ``model`` (not a story), field by field:
    ``说明：“旧” → “新”``; choices by their label, times in Beijing time, long text shortened;
    the fields ``skip`` left out."""
    lines = []
    for field in type(new)._meta.fields:
        name = field.attname
        if field.name in _UNLISTED or name == "id" or field.name.startswith("history_"):
            continue
        if field.name in skip:
            continue
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        lines.append(f"{field.verbose_name}：{_value(field, before)} → {_value(field, after)}")
    return "\n".join(lines)


def _value(field, value) -> str:
    if value is None or value == "":
        return "（空）"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat(timespec="minutes")
    if field.is_relation:
        return f"#{value}"
    return f"“{_short(str(value))}”"


def _action(record) -> str:
    reason = record.history_change_reason or ""
    verb = {"+": "新建", "-": "删除"}.get(record.history_type, "修改")
    if record.history_type == "~":
        return reason or verb
    return f"{verb}（{reason}）" if reason else verb


def _title(model, record) -> str:
    if model is Article:
        deck = [record.kicker, record.headline, record.subheadline]
        return " ".join(part for part in deck if part) or "（无标题）"
    if model is Issue:
        return f"{record.publication} {record.date:%Y-%m-%d}"
    if model is ArticlePart:  # (the story as it is now: a part's record keeps no deck)
        story = f"“{record.article}”" if record.article is not None else "（已删除的稿件）"
        where = f"{record.page.label}版" if record.page is not None else "版面已删除"
        return f"稿件 #{record.article_id}{story}的{where}第{record.position}篇"
    return _short(str(record.caption or "")) or "（无说明）"


def _range(field: str, start, end) -> Q:
    q = Q()
    if start is not None:
        q &= Q(**{f"{field}__gte": start})
    if end is not None:
        q &= Q(**{f"{field}__lt": end})
    return q


def _history_rows(model, kind, source, chosen: Q, start, end) -> Iterator[AuditRow]:
    """The records of ``model`` in the range (and ``chosen``), oldest first by object, each
    compared with the one before it (a story as a whole version: :func:`story_changes`)."""
    records = model.history.filter(chosen, _range("history_date", start, end))
    before = model.history.filter(id=OuterRef("id"), history_date__lt=OuterRef("history_date"))
    earlier_ids = records.annotate(
        earlier=Subquery(before.order_by("-history_date", "-history_id").values("history_id")[:1])
    ).values("earlier")
    earlier = {}
    if start is not None:  # (records before the range: the first in range compares with them)
        for record in model.history.filter(history_id__in=earlier_ids, history_date__lt=start):
            earlier[record.id] = record
    joined = {Issue: ["publication"], ArticlePart: ["article", "page"]}.get(model, [])
    related = ["history_user", *joined]
    last, carried = None, None
    ordered = records.select_related(*related).order_by("id", "history_date", "history_id")
    for record in ordered.iterator(chunk_size=2000):
        if last is None or last.id != record.id:
            last = earlier.get(record.id)
            carried = last.story if last is not None and model is Article else None
        yield AuditRow(
            at=record.history_date,
            user=history_actor(record),
            kind=kind,
            object_id=str(record.id),
            title=_title(model, record),
            action=_action(record),
            changes=_changes(model, record, last, carried),
            source=source,
        )
        if model is Article and record.story is not None:
            carried = record.story
        last = record


def _changes(model, record, last, carried) -> str:
    if last is None or record.history_type == "-":
        return ""
    if model is ArticlePart:
        return _part_lines(record, last)
    if model is not Article:
        return _field_lines(model, record, last)
    story = record.story if record.story is not None else carried
    items = story_changes(StoryVersion(last, carried), StoryVersion(record, story))
    return change_lines(items)


def _log_rows(chosen: Q, start, end) -> Iterator[AuditRow]:
    entries = LogEntry.objects.filter(chosen, _range("action_time", start, end))
    for entry in entries.select_related("user", "content_type").order_by("action_time", "pk"):
        said = log_message(entry)
        yield AuditRow(
            at=entry.action_time,
            user=person_name(entry.user),
            kind=logged_kind(entry) or "（已删除的表）",
            object_id=str(entry.object_id or ""),
            title=entry.object_repr,
            action=logged_action(entry).split("“")[0],
            changes=said,
            source="管理日志",
        )


def _run_rows(start, end) -> Iterator[AuditRow]:
    runs = ImportRun.objects.filter(_range("created_at", start, end))
    for run in runs.select_related("created_by", "run_by").order_by("created_at", "pk"):
        pages = "、".join(run_page_said(run, n, item) for n, item in enumerate(run.items))
        rerun = f"；重新运行：{person_name(run.run_by)}" if run.run_by_id else ""
        yield AuditRow(
            at=run.created_at,
            user=person_name(run.created_by) if run.created_by_id else "（系统）",
            kind="导入任务",
            object_id=str(run.pk),
            title=str(run),
            action=f"上传版面（{run.get_state_display()}）",
            changes=f"{pages}{rerun}",
            source="导入任务",
        )


def _page_rows(start, end) -> Iterator[AuditRow]:
    """Each page whose text was last imported in the range (``Page.imported_at``): an import by
    ``import_pages`` writes no history record of its stories, so this is where it shows; who
    imported it at the desk when a recent import run says so
    (:func:`articles.activity.importers_name`), else ``（导入）``. A page imported again keeps
    only its latest time: earlier ones are in the import runs or nowhere."""
    pages = list(
        Page.objects.filter(_range("imported_at", start, end))
        .select_related("issue__publication")
        .order_by("imported_at", "pk")
    )
    importers_name(pages)
    for page in pages:
        yield AuditRow(
            at=page.imported_at,
            user=page.imported_by or "（导入）",
            kind="版面",
            object_id=str(page.pk),
            title=f"{page.issue} {page.label}版",
            action="导入版面文本（最近一次）",
            changes=f"来源文件：{page.source_name}" if page.source_name else "",
            source="版面导入时间",
        )


def _one(kind: str | None, object_id: int | None):
    """The filters for one object (``kind`` a key of :data:`OBJECT_KINDS`), or for all."""
    if kind is None:
        return {model: Q() for model, _, _ in HISTORIES}, Q(), True
    model = OBJECT_KINDS[kind]
    chosen = {m: (Q(id=object_id) if m is model else None) for m, _, _ in HISTORIES}
    logged = Q(
        content_type__app_label="articles", content_type__model=kind, object_id=str(object_id)
    )
    if model is Article:  # (its parts' own records too: a body edited in a part's form)
        chosen[ArticlePart] = Q(article_id=object_id)
        logged |= Q(
            content_type__app_label="articles",
            content_type__model="articlepart",
            object_id__in=_part_ids(object_id),
        )
    return chosen, logged, False


def _part_ids(article_id: int) -> list[str]:
    """The ids (as the admin log writes them: text) of the story's printed parts, those it has
    and those its parts' history names (a part gone since, or once another story's: a join);
    two queries. A part's own form logs its saves on the part, not on the story."""
    now = ArticlePart.objects.filter(article_id=article_id).values_list("id", flat=True)
    once = ArticlePart.history.filter(article_id=article_id).values_list("id", flat=True)
    return sorted({str(pk) for pk in [*now, *once]})


def audit_count(*, start=None, end=None, kind=None, object_id=None) -> int:
    """How many rows :func:`audit_rows` gives for these arguments. One query a source."""
    chosen, logged, runs = _one(kind, object_id)
    total = sum(
        model.history.filter(q, _range("history_date", start, end)).count()
        for model, q in chosen.items()
        if q is not None
    )
    total += LogEntry.objects.filter(logged, _range("action_time", start, end)).count()
    if runs:
        total += ImportRun.objects.filter(_range("created_at", start, end)).count()
        total += Page.objects.filter(_range("imported_at", start, end)).count()
    return total


def audit_rows(*, start=None, end=None, kind=None, object_id=None) -> list[AuditRow]:
    """Every recorded change from ``start`` (aware, included) to ``end`` (excluded; None: no
    bound), of every story, issue, photo and admin-logged table and every import run, or of
    one object (``kind`` in :data:`OBJECT_KINDS` and its ``object_id``: its history and its
    admin log entries), oldest first. Raises :class:`AuditTooLarge` past
    :data:`AUDIT_MAX_ROWS`."""
    count = audit_count(start=start, end=end, kind=kind, object_id=object_id)
    if count > AUDIT_MAX_ROWS:
        raise AuditTooLarge(
            f"这段时间里有 {count} 条修改记录，一个文件最多导出 {AUDIT_MAX_ROWS} 条："
            "请缩短起止日期，分几次导出。"
        )
    chosen, logged, runs = _one(kind, object_id)
    rows: list[AuditRow] = []
    for model, label, source in HISTORIES:
        if chosen[model] is not None:
            rows.extend(_history_rows(model, label, source, chosen[model], start, end))
    rows.extend(_log_rows(logged, start, end))
    if runs:
        rows.extend(_run_rows(start, end))
        rows.extend(_page_rows(start, end))
    rows.sort(key=lambda row: row.at)
    return rows
