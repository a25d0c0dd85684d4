"""What an import says: one report per page, and a run's totals over all of them.

A :class:`PageImportReport` is what one page did (created, updated or unchanged; its counts, its
open jumps, its conflicts with hand edits). An :class:`ImportRun` gathers a whole run, the pages
written and the files that failed, and says its totals: the command prints it (text or JSON)
instead of adding anything up itself.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field


class PageImportError(Exception):
    """A page that cannot be imported; the message says why and what to do."""


@dataclass
class PageImportReport:
    source: str
    paper: str
    date: str
    label: str
    action: str = ""  # created | updated | unchanged
    dry_run: bool = False
    encoding: str = ""  # the page's bytes were read as this (``unicode``: given as text)
    articles: int = 0
    photos: int = 0
    teasers: int = 0
    pending_jumps: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    page_id: int | None = None

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def summary(self) -> str:
        verb = f"{self.action} (dry run, rolled back)" if self.dry_run else self.action
        text = (
            f"{self.paper} {self.date} {self.label}: {verb}; {self.articles} articles, "
            f"{self.photos} photos, {self.teasers} teasers"
        )
        if self.pending_jumps:
            text += f", {len(self.pending_jumps)} jumps pending"
        if self.conflicts:
            text += f", {len(self.conflicts)} conflicts"
        if self.encoding not in ("", "utf-8", "unicode"):
            text += f"; read as {self.encoding}"
        return text


@dataclass
class ImportRun:
    """A run of many pages: their reports in the order given, the failures (one line each, the
    file named), and the totals. ``files``: how many files the run was given."""

    files: int
    dry_run: bool = False
    reports: list[PageImportReport] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def add(self, result: PageImportReport | PageImportError) -> None:
        if isinstance(result, PageImportError):
            self.failures.append(str(result))
        else:
            self.reports.append(result)

    def has_errors(self) -> bool:
        return bool(self.failures)

    @property
    def totals(self) -> dict[str, int]:
        """Pages per action (``created``, ``updated``, ``unchanged``), in name order."""
        return dict(sorted(Counter(report.action for report in self.reports).items()))

    @property
    def summary(self) -> str:
        """``3 of 4 pages imported: 2 created, 1 unchanged``."""
        done = ", ".join(f"{n} {action}" for action, n in self.totals.items()) or "none"
        suffix = " (dry run: nothing written)" if self.dry_run else ""
        return f"{len(self.reports)} of {self.files} pages imported: {done}{suffix}"

    @property
    def failure_summary(self) -> str:
        return f"{len(self.failures)} of {self.files} files failed (listed above)"

    def as_dict(self) -> dict:
        return {"pages": [r.as_dict() for r in self.reports], "failures": self.failures}
