"""A background import of pages uploaded at the desk (导入任务): who, when, which files, and how far
it got, page by page.

The run is written by the task worker (:mod:`articles.importing.runs`) and read by the desk's
progress page. ``items`` are the pages to import as the upload's preview left them (file names in
Django's default storage, paper, date and page; no bytes); ``results`` has one entry per item,
``None`` until that page is done (``{"ok": bool, "summary", "lines", "page_id", "error", ...}``).
A worker that dies leaves the run ``running`` with an old ``heartbeat_at``: :attr:`shown_state`
then says it was interrupted, and running it again finishes the pages not yet done. ``attempt``
counts the runs of it: a task for an older attempt stops at its next page. ``run_by`` is whose
permissions the pages are imported with: the uploader, then whoever clicked 重新运行 last.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


class ImportRunState(models.TextChoices):
    QUEUED = "queued", "排队中"
    RUNNING = "running", "导入中"
    DONE = "done", "已完成"
    FAILED = "failed", "有失败"


# Shown, never stored: a running run whose worker stopped reporting.
INTERRUPTED = "interrupted"
INTERRUPTED_LABEL = "已中断"


class ImportRun(models.Model):
    """One upload imported in the background; see the module docstring."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="上传人",
    )
    created_at = models.DateTimeField("上传时间", auto_now_add=True)
    # Whose permissions the run's pages are imported with: the uploader, then whoever clicked
    # 重新运行 last (an editor re-running a chief editor's run is held to an editor's rules).
    run_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="运行人",
    )
    state = models.CharField(
        "状态", max_length=10, choices=ImportRunState.choices, default=ImportRunState.QUEUED
    )
    items = models.JSONField("版面文件", default=list)
    results = models.JSONField("每版结果", default=list)
    overwrite_edited = models.BooleanField("覆盖人工修改", default=False)
    publish_new = models.BooleanField("一并发布新稿件", default=False)
    current = models.CharField("正在导入", max_length=255, blank=True)
    attempt = models.PositiveIntegerField("第几次运行", default=1)
    task_id = models.CharField("任务编号", max_length=64, blank=True)
    started_at = models.DateTimeField("开始时间", null=True, blank=True)
    heartbeat_at = models.DateTimeField("最近报告", null=True, blank=True)
    finished_at = models.DateTimeField("结束时间", null=True, blank=True)
    error = models.TextField("错误", blank=True)

    class Meta:
        verbose_name = "导入任务"
        verbose_name_plural = "导入任务"
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"导入任务 #{self.pk}（{len(self.items)} 个版面）"

    @property
    def pages_total(self) -> int:
        return len(self.items)

    @property
    def pages_done(self) -> int:
        """Pages finished, imported or failed."""
        return sum(1 for r in self.results if r is not None)

    @property
    def pages_failed(self) -> int:
        return sum(1 for r in self.results if r is not None and not r.get("ok"))

    @property
    def interrupted(self) -> bool:
        """Running, but its worker has not reported for ``NEWSROOM_IMPORT_RUN_STALE_SECONDS``."""
        if self.state != ImportRunState.RUNNING:
            return False
        last = self.heartbeat_at or self.started_at or self.created_at
        stale = timedelta(seconds=settings.NEWSROOM_IMPORT_RUN_STALE_SECONDS)
        return last is not None and timezone.now() - last > stale

    @property
    def shown_state(self) -> str:
        """The state the desk shows: the stored one, or ``interrupted``."""
        return INTERRUPTED if self.interrupted else self.state

    @property
    def shown_state_label(self) -> str:
        return INTERRUPTED_LABEL if self.interrupted else self.get_state_display()

    @property
    def finished(self) -> bool:
        return self.state in (ImportRunState.DONE, ImportRunState.FAILED)

    @property
    def may_rerun(self) -> bool:
        """Whether 重新运行 makes sense: interrupted, or finished with pages not imported."""
        return self.interrupted or (
            self.finished and (self.pages_failed > 0 or self.pages_done < self.pages_total)
        )
