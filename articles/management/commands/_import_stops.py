"""How ``import_pages`` ends when it cannot finish: Ctrl-C (SIGINT), or a full disk. One line in
Chinese each, saying what is in the database and how to go on, instead of a traceback; exit
status 130 after Ctrl-C (as a shell reports a command SIGINT ended), 1 after a full disk. The
database is consistent either way: each batch is one transaction, so the one being written
when the run stopped is rolled back whole and the batches before it stay
(``articles.importing.pipeline``); the same command run again imports what is missing (the pages
written already are ``unchanged``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from django.core.management.base import CommandError
from django.db import DatabaseError

from articles.models import Page
from newsroom.dbcheck import is_disk_full

#: The exit status after Ctrl-C: 128 + SIGINT, as a shell says of a command the signal ended.
INTERRUPTED_STATUS = 130


@dataclass
class RunProgress:
    """Where a run is: ``started``, when it began writing (None: not yet); ``given``, the pages
    handed to the import in order (their files), of which the first ``reported`` have their
    results, so ``given[reported]`` is in the batch being written; ``dry_run``: nothing is
    written at all."""

    dry_run: bool = False
    started: datetime | None = None
    reported: int = 0
    given: list = field(default_factory=list)

    def writing(self) -> str:
        """The file of the first page whose batch is being written, ``""`` when none is."""
        return str(self.given[self.reported].path) if self.reported < len(self.given) else ""

    def written(self) -> int:
        """How many pages the run has written: the pages imported since it started (a batch's
        rows are all written, or none; its reports come after, so they may not all be said
        yet). A database that cannot be read just now (a connection Ctrl-C broke) gives the
        pages reported."""
        if self.dry_run or self.started is None:
            return 0
        try:
            return Page.objects.filter(imported_at__gte=self.started).count()
        except DatabaseError:
            return self.reported


@contextmanager
def stops_said(progress: RunProgress) -> Iterator[None]:
    """Inside the block, Ctrl-C and a full disk end the run with a :class:`CommandError` saying
    so in one line (:func:`interrupted_line`, :func:`disk_full_line`); other errors pass."""
    try:
        yield
    except KeyboardInterrupt:
        raise CommandError(interrupted_line(progress), returncode=INTERRUPTED_STATUS) from None
    except (DatabaseError, OSError) as exc:
        if not is_disk_full(exc):
            raise
        raise CommandError(disk_full_line(progress, exc)) from None


def interrupted_line(progress: RunProgress) -> str:
    """``已中断：已导入 3 个版面，其余没有写入；再运行同一命令即可接着导入`` (a dry run: nothing written)."""
    if progress.dry_run:
        return "已中断：试运行，什么也没有写入；要看完整的结果，请再运行同一命令"
    return (
        f"已中断：已导入 {progress.written()} 个版面，其余没有写入（正在写入的那一批已全部撤回）；"
        "再运行同一命令即可接着导入（已导入的版面记为未变）"
    )


def disk_full_line(progress: RunProgress, exc: BaseException) -> str:
    """``磁盘已满：…（正在导入 X 时）；腾出空间后再运行同一命令即可接着导入``: what could not be
    written (the database, or a temporary file the system names), the page being written, what
    stays."""
    filename = getattr(exc, "filename", None)
    what = f"写不进文件 {filename}" if filename else "数据库写不进去了"
    where = f"（正在导入 {progress.writing()} 时）" if progress.writing() else ""
    kept = (
        "试运行，什么也没有写入"
        if progress.dry_run
        else f"已导入的 {progress.written()} 个版面保留，正在写入的那一批已全部撤回"
    )
    return f"磁盘已满：{what}{where}，{kept}；腾出空间后再运行同一命令即可接着导入"
