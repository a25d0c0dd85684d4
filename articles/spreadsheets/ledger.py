"""The story spreadsheet's columns for a lawyer: who changed a story last and when, when and by
whom it was withdrawn (撤回), when it is set to publish itself (定时发布), and a 状态 that says
已撤回 / 定时发布 where that is the truth, not 草稿.

What the model records: ``Article.status`` (草稿 for a story never published and for one taken
down after publication alike), ``Article.publish_at`` (a story's own 定时发布) and
``Issue.publish_at`` (its issue's, which publishes its drafts). A withdrawal is not stored on the
story: it is read from its history (django-simple-history), as publishing an issue again reads it
(:func:`articles.publishchecks.withdrawn_ids`): the first record after the story's last record as
已发布, if it is not published now. A corrections editor's reviewer found a withdrawn story
exported as ``状态 草稿, 发布时间 …`` and an embargoed one (scheduled 18:00) as ``草稿``.

Export only but for 状态: each other column's name ends in （只读） and the import reads none of
them. 状态 is imported as before: ``已撤回`` reads as 草稿, ``已撤回（待审）`` as 待审,
``定时发布（已签发）`` as 已签发 (:func:`status_cell_code`), so an export imported back changes
nothing. Read once for the whole export (:func:`ledger_read`: two queries, whatever the number of
rows); a row imported is read on its own (:meth:`Ledger.of`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from articles.editlocks import person_name
from articles.models import Article, Status
from articles.spreadsheets.cells import from_cell

LAST_EDITOR = "最后修改人（只读）"
LAST_EDITED_AT = "最后修改时间（只读）"
WITHDRAWN_AT = "撤回时间（只读）"
WITHDRAWN_BY = "撤回人（只读）"
SCHEDULED_AT = "定时发布时间（只读）"
#: The columns, in the order exported.
LEDGER_COLUMNS = (LAST_EDITOR, LAST_EDITED_AT, WITHDRAWN_AT, WITHDRAWN_BY, SCHEDULED_AT)
#: Who a history record written with no user names: ``import_pages``, a shell, the system.
NO_USER = "系统（命令行或后台任务）"
WITHDRAWN = "已撤回"
SCHEDULED = "定时发布"


@dataclass(frozen=True)
class StoryLedger:
    """One story's: its latest history record (``last_by``, ``last_at``; without one, a story
    ``import_pages`` imported and nobody changed since: :data:`NO_USER` and its 更新时间),
    its withdrawal (``withdrawn_at``, ``withdrawn_by``: None unless withdrawn now) and when it
    publishes itself (``scheduled_at``: its own time, else its issue's while it waits for it)."""

    last_by: str = ""
    last_at: datetime | None = None
    withdrawn_at: datetime | None = None
    withdrawn_by: str = ""
    scheduled_at: datetime | None = None


def _name(record) -> str:
    return person_name(record.history_user) if record.history_user_id else NO_USER


def ledger_read(articles: Iterable[Article]) -> dict[int, StoryLedger]:
    """Each of ``articles``' (with their ``issue``) :class:`StoryLedger`, by id. Two queries:
    the latest record of each story, and the records of those not published now that were once
    (their withdrawal is the first record after their last as 已发布)."""
    articles = list(articles)
    ids = [a.pk for a in articles]
    if not ids:
        return {}
    history = Article.history.select_related("history_user")
    latest: dict = {}
    for record in history.filter(id__in=ids).order_by("id", "-history_date", "-history_id"):
        latest.setdefault(record.id, record)
    waiting = [a.pk for a in articles if a.status != Status.PUBLISHED]
    withdrawal: dict = {}
    if waiting:
        once = Article.history.filter(id__in=waiting, status=Status.PUBLISHED).values("id")
        records = history.filter(id__in=waiting).filter(id__in=once)
        last_published: dict = {}
        for record in records.order_by("id", "history_date", "history_id"):
            if record.status == Status.PUBLISHED:
                last_published[record.id] = record
                withdrawal.pop(record.id, None)
            elif record.id in last_published and record.id not in withdrawal:
                withdrawal[record.id] = record
    ledgers = {}
    for article in articles:
        last, down = latest.get(article.pk), withdrawal.get(article.pk)
        ledgers[article.pk] = StoryLedger(
            # (no record: imported by import_pages and not changed since)
            last_by=_name(last) if last else NO_USER,
            last_at=last.history_date if last else article.updated_at,
            withdrawn_at=down.history_date if down else None,
            withdrawn_by=_name(down) if down else "",
            scheduled_at=_scheduled(article, withdrawn=down is not None),
        )
    return ledgers


def _scheduled(article: Article, *, withdrawn: bool) -> datetime | None:
    """When ``article`` publishes itself: its own 定时发布, else, not published nor withdrawn
    (an issue's publication leaves a withdrawn story down), its issue's while that waits."""
    if article.status == Status.PUBLISHED:
        return None
    if article.publish_at:
        return article.publish_at
    issue = article.issue
    if withdrawn or issue.status == Status.PUBLISHED:
        return None
    return issue.publish_at


class Ledger:
    """The ledgers of an export, read once (:meth:`read`), and of a row imported, read when asked
    (:meth:`of`)."""

    def __init__(self) -> None:
        self._read: dict[int, StoryLedger] = {}

    def read(self, articles: Iterable[Article]) -> None:
        self._read = ledger_read(articles)

    def of(self, article: Article) -> StoryLedger:
        if article.pk is None:
            return StoryLedger()
        if article.pk not in self._read:
            self._read.update(ledger_read([article]))
        return self._read[article.pk]


def status_cell(article: Article, ledger: StoryLedger) -> str:
    """The 状态 cell: ``已撤回`` / ``定时发布`` for a draft withdrawn or waiting for its time,
    ``已撤回（待审）`` / ``定时发布（已签发）`` for one in another state, else the state's name."""
    label = Status(article.status).label if article.status else ""
    said = WITHDRAWN if ledger.withdrawn_at else SCHEDULED if ledger.scheduled_at else ""
    if not said:
        return label
    return said if article.status == Status.DRAFT else f"{said}（{label}）"


def status_cell_code(text: str) -> str | None:
    """What a 状态 cell written by :func:`status_cell` stores: ``已撤回`` → ``draft``,
    ``定时发布（已签发）`` → ``signed_off``; None for any other text (the plain states)."""
    for said in (WITHDRAWN, SCHEDULED):
        if text == said:
            return Status.DRAFT
        if text.startswith(f"{said}（") and text.endswith("）"):
            inner = text[len(said) + 1 : -1]
            for code, label in Status.choices:
                if inner in (code, label):
                    return code
    return None


def scheduling_refusal(cell) -> str:
    """Why a 状态 cell ``定时发布`` (or ``定时发布（…）``) may not change a story's state: a row
    cannot set a time (the export writes it for a story that waits for one; left so, it changes
    nothing), and read as 草稿 it would take a published story down. ``""`` for any other cell."""
    if not from_cell(cell).startswith(SCHEDULED):
        return ""
    return (
        "表格不能设定定时发布：要定时发布，请在稿件列表里选中这篇稿件，用“定时发布所选稿件…”；"
        "这一格请填“草稿”“待审”“已签发”或“已发布”，或改回导出时的内容"
    )


def unscheduling_refusal(cell, scheduled_at: datetime | None, *, own: bool) -> str:
    """Why a plain 状态 cell (``草稿``…) typed over ``定时发布`` may not stand, for a story that
    publishes itself at ``scheduled_at`` (``own``: its own 定时发布, else its issue's); ``""``
    when it is not scheduled or the cell still says 定时发布. Refused, not taken as a cancel:
    an issue's time is every story's of it (one row cannot take one story out of it), and a
    row sets no time (:func:`scheduling_refusal`), so it takes none away either; but left as
    ``忽略`` the story published itself after the editor wrote it was a draft. The preview says
    where the desk cancels it (取消定时发布), and the file goes in once the cell is put back."""
    text = from_cell(cell)
    if scheduled_at is None or not text or text.startswith(SCHEDULED):
        return ""
    when = timezone.localtime(scheduled_at).strftime("%Y-%m-%d %H:%M")
    where = (
        "请在稿件列表里选中这篇稿件，用“取消定时发布”"
        if own
        else "它随本期定时发布，请在这一期的编辑页清空“定时发布”一栏（全期稿件都不再定时）"
    )
    return (
        f"这篇稿件定于 {when} 自动发布，表格里改成“{text}”不能取消定时发布：要取消，{where}；"
        "这一格请改回“定时发布”后再导入"
    )
