"""The desk's page upload as a service: preview (a dry run of the whole batch), then confirm.

The upload form (:class:`articles.forms.PageUploadForm`) checks what the editor gave and turns
it into :class:`UploadItem` objects; :func:`upload_run` imports them with the pipeline, all or
nothing, and says in Chinese what happened (:func:`report_text`, the jump lines). Each page is
decoded and parsed once: the preview shows the parse the dry run wrote.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.db.models import Prefetch

from articles import parsing
from articles.importing.pipeline import page_import_parsed
from articles.importing.preparing import PageInput
from articles.importing.reports import PageImportError, PageImportReport
from articles.models import ArticlePart, Jump, JumpDirection, JumpState

_FLAG_NAMES = {
    "--date": "“出版日期”",
    "--page": "“版次”",
    "--paper": "“报纸”",
    "--overwrite-edited": "“覆盖人工修改”",
}


def for_editors(message: str) -> str:
    """A service message with the command-line flags it mentions named as the form's fields."""
    for flag, name in _FLAG_NAMES.items():
        message = message.replace(flag, name)
    return message


@dataclass(frozen=True)
class UploadItem:
    """One page to import: what the command would pass to ``page_import``."""

    name: str
    data: bytes
    paper_name: str
    paper_slug: str
    issue_date: date
    label: str

    def as_session(self) -> dict:
        return {
            "name": self.name,
            "data": base64.b64encode(self.data).decode("ascii"),
            "paper_name": self.paper_name,
            "paper_slug": self.paper_slug,
            "issue_date": self.issue_date.isoformat(),
            "label": self.label,
        }

    @classmethod
    def from_session(cls, data: dict) -> UploadItem:
        return cls(
            name=data["name"],
            data=base64.b64decode(data["data"]),
            paper_name=data["paper_name"],
            paper_slug=data["paper_slug"],
            issue_date=date.fromisoformat(data["issue_date"]),
            label=data["label"],
        )

    def as_input(self) -> PageInput:
        return PageInput(
            paper_name=self.paper_name,
            paper_slug=self.paper_slug,
            issue_date=self.issue_date,
            label=self.label,
            data=self.data,
            source_name=self.name,
        )


@dataclass
class UploadOutcome:
    item: UploadItem
    report: PageImportReport
    parsed: parsing.ParsedPage | None = None
    jumps: list[str] = field(default_factory=list)


class UploadError(Exception):
    """An upload that cannot be imported; nothing of it was written."""


class _Rollback(Exception):
    pass


def upload_run(
    items: list[UploadItem], *, dry_run: bool, overwrite_edited: bool = False
) -> list[UploadOutcome]:
    """Import ``items`` with the import service, all or nothing.

    A dry run imports the whole batch inside a transaction and rolls it back, so the preview
    shows what the batch would do together (a jump from A1 linked to A2 uploaded with it).
    """
    outcomes: list[UploadOutcome] = []
    try:
        with transaction.atomic():
            for item in items:
                try:
                    report, parsed = page_import_parsed(
                        item.as_input(), overwrite_edited=overwrite_edited
                    )
                except PageImportError as exc:
                    raise UploadError(f"无法导入 {item.name}：{for_editors(str(exc))}") from None
                outcomes.append(UploadOutcome(item=item, report=report, parsed=parsed))
            for outcome in outcomes:  # after the whole batch: jumps between its pages resolved
                outcome.jumps = _jump_lines(outcome.report.page_id)
            if dry_run:
                raise _Rollback
    except _Rollback:
        for outcome in outcomes:
            outcome.report.dry_run = True
    return outcomes


def _jump_lines(page_id: int | None) -> list[str]:
    lines = []
    jumps = (
        Jump.objects.filter(part__page_id=page_id)
        .select_related("part__article", "to_part__page")
        .defer("to_part__page__raw_text")  # a page's text is up to 2 MB: never once per jump
        .prefetch_related(
            Prefetch(
                "candidates",
                queryset=ArticlePart.objects.select_related("page").defer("page__raw_text"),
            )
        )
        .order_by("part__position", "direction")
    )
    for jump in jumps:
        text = f"第{jump.part.position}篇“{jump.part.article.title}” {jump.marker}：{jump.get_state_display()}"
        if jump.to_part_id and jump.direction == JumpDirection.FORWARD:
            text += f"（接 {jump.to_part.page.label}版 第{jump.to_part.position}篇）"
        if jump.state == JumpState.AMBIGUOUS:
            text += "（候选：" + "、".join(
                f"{c.page.label}版 第{c.position}篇" for c in jump.candidates.all()
            )
            text += "；确认后在“转版标记”中选定）"
        lines.append(text)
    return lines


_ACTIONS = {"created": "新建", "updated": "更新", "unchanged": "没有变化"}


def report_text(report: PageImportReport) -> str:
    """An import report in Chinese: ``南通日报 2020-07-09 A1版：新建；5 篇稿件、1 张图片、2 条导读``."""
    action = _ACTIONS.get(report.action, report.action)
    if report.dry_run:
        action = f"将{action}" if report.action != "unchanged" else action
    text = (
        f"{report.paper} {report.date} {report.label}版：{action}；{report.articles} 篇稿件、"
        f"{report.photos} 张图片、{report.teasers} 条导读"
    )
    if report.pending_jumps:
        text += f"；{len(report.pending_jumps)} 处转版待接"
    if report.conflicts:
        text += f"；{len(report.conflicts)} 处冲突（人工修改过的内容已保留）"
    return text
