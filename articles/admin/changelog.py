"""What the desk writes in Django's admin log (编辑部最近的操作, a page's or a paper's history):
in Chinese, and only what an editor changed.

* A form's hidden fields are no change: the stale-form guard's ``loaded_version`` is posted
  with every save (its initial value is not bound to the posted form) and was logged as
  ``已修改打开时的版本`` (:func:`change_message`).
* A save that changed nothing logs nothing (:data:`NOTHING_CHANGED`: an editor saving the
  报纸 form with no field they may change was logged as a change).
* django-import-export logs its rows as ``update through import_export``: the desk says
  ``表格导入：修改`` (:data:`SPREADSHEET_MESSAGES`), and entries written so before are shown so
  too (:func:`log_message`).
"""

from __future__ import annotations

import json

from django.contrib.admin.utils import construct_change_message

#: django-import-export's row kinds, as the desk's log says each.
SPREADSHEET_MESSAGES = {
    "new": "表格导入：新增",
    "update": "表格导入：修改",
    "delete": "表格导入：删除",
    "skip": "表格导入：未变",
}
_IMPORT_EXPORT_SUFFIX = " through import_export"
#: The message of a save that changed nothing (Django's, built from the form and formsets).
NOTHING_CHANGED: list = []


class _ShownChanges:
    """A form as :func:`django.contrib.admin.utils.construct_change_message` reads it, its
    hidden fields left out of what changed."""

    def __init__(self, form):
        self.fields = form.fields
        self.changed_data = [
            name
            for name in form.changed_data
            if not (name in form.fields and form.fields[name].widget.is_hidden)
        ]


def change_message(form, formsets, add: bool) -> list:
    """Django's change message for a desk form (``[{"changed": {"fields": [...]}}, …]``),
    without the form's hidden fields; ``[]`` (:data:`NOTHING_CHANGED`) when nothing else
    changed."""
    return construct_change_message(_ShownChanges(form), formsets, add)


def renamed_message(message: list, before: str, after: str) -> str:
    """The log's message of a 人员 save that renamed the person: ``改名：王明 → 王明远`` (the
    desk's activity line said only ``已修改姓名``: from what to what was lost), then what else
    the save changed (``message``'s inline rows, as Django says them: a former name deleted)."""
    from django.contrib.admin.models import LogEntry

    rows = [m for m in message if "object" in next(iter(m.values()), {})]
    rest = LogEntry(change_message=json.dumps(rows)).get_change_message() if rows else ""
    return f"改名：{before} → {after}" + (f"；{rest}" if rest else "")


def spreadsheet_message(import_type: str) -> str:
    """How the log names a spreadsheet row of ``import_type`` (``new``, ``update``…)."""
    return SPREADSHEET_MESSAGES.get(import_type, f"表格导入：{import_type}")


def log_message(entry) -> str:
    """A log entry's message as the desk shows it: django-import-export's English of entries
    logged before the desk wrote its own (``update through import_export``) in Chinese, any
    other as Django gives it (``LogEntry.get_change_message``)."""
    text = entry.get_change_message()
    if text.endswith(_IMPORT_EXPORT_SUFFIX):
        return spreadsheet_message(text.removesuffix(_IMPORT_EXPORT_SUFFIX))
    return text


#: What each kind of admin log entry did (``LogEntry.action_flag``: 1 added, 2 changed, 3
#: deleted), as the desk's lines and the audit export (``articles.audit``) say it.
LOG_ACTIONS = {1: "新建", 2: "修改", 3: "删除"}


def logged_kind(entry) -> str:
    """The kind of thing ``entry`` names, in the desk's words (its model's verbose name:
    ``图片``, ``人员``), ``""`` for a table gone since. No query (``content_type`` selected)."""
    model = entry.content_type.model_class() if entry.content_type_id else None
    return str(model._meta.verbose_name) if model is not None else ""


def logged_action(entry) -> str:
    """``entry``'s action, its kind and its object as it was named then:
    ``删除图片“昨晚，观众在…”``. A deletion's log has no message: without this line's start
    编辑部最近的操作 listed a deleted photo as its bare caption, as if it had been edited."""
    verb = LOG_ACTIONS.get(entry.action_flag, "")
    return f"{verb}{logged_kind(entry)}“{entry.object_repr}”"


def desk_recent(limit: int = 15, *, user=None, activity: bool = True) -> list:
    """编辑部最近的操作 on the desk's home: the admin log's latest entries (form saves, list
    actions) and the night's decisions from the history and the import runs
    (:func:`articles.activity.desk_activity`: 签发, 发布本期 and its 未签发破例, 撤回, 定时发布,
    imports and re-sent pages), as one list of :class:`articles.activity.Activity`, newest
    first. ``user``: only the log's entries of tables that user may view (Django's view or
    change permission); ``activity``: False leaves the decisions out (a user who may not view
    the stories, pages and issues they name; a 改版次 is then its issue's record alone, the page's
    log entry, which says it again at length, left out). Five queries."""
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    from articles.activity import Activity, desk_activity
    from articles.editlocks import person_name
    from articles.relabel import RELABEL_REASON

    entries = LogEntry.objects.select_related("user", "content_type").order_by("-action_time")
    if activity:  # a 改版次 once: its issue's record (articles.activity), not also the page's log
        entries = entries.exclude(change_message__startswith=f"{RELABEL_REASON}（")
    if user is not None and not user.is_superuser:
        entries = entries.filter(
            content_type__in=[
                kind
                for kind in ContentType.objects.all()
                if user.has_perm(f"{kind.app_label}.view_{kind.model}")
                or user.has_perm(f"{kind.app_label}.change_{kind.model}")
            ]
        )
    logged = []
    for entry in entries[:limit]:
        said = log_message(entry)
        text = logged_action(entry) + (f"：{said[:60]}" if said else "")
        url = "" if entry.is_deletion() else (entry.get_admin_url() or "")
        logged.append(Activity(text, person_name(entry.user), entry.action_time, url))
    lines = logged + (desk_activity(limit) if activity else [])
    return sorted(lines, key=lambda line: line.at, reverse=True)[:limit]
