"""A run's totals: an :class:`ImportRun` gathers a whole run of ``import_pages``, the pages
written (their :class:`~articles.importing.reports.PageImportReport`) and the files that failed,
and says its totals: the command prints it (text or JSON) instead of adding anything up itself.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from articles.importing.reportlines import DRY_RUN_TOTAL_WORDS, TOTAL_WORDS, new_paper_line
from articles.importing.reports import PageImportError, PageImportReport


@dataclass
class ImportRun:
    """A run of many pages: their reports in the order given, the failures (one line each, the
    file named), and the totals. ``pages``: how many pages the run was given (a ``.txt`` and
    the ``.pdf`` beside it are one page); ``files``: how many files they came from (0: one a
    page); ``with_pdf``: how many of the pages have a PDF (beside their text, alone, or one page
    of a multi-page PDF), ``pdf_alone`` of them given no text file; ``skipped``: pages left out
    as another paper's (``--only-paper``)."""

    pages: int
    dry_run: bool = False
    reports: list[PageImportReport] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    files: int = 0
    with_pdf: int = 0
    pdf_alone: int = 0
    skipped: int = 0

    def add(self, result: PageImportReport | PageImportError) -> None:
        """A page's outcome: a page imported (its report; one whose PDF failed after its text
        was written, ``pdf_failure``, is both imported and failed), or failed (the error)."""
        if isinstance(result, PageImportError):
            self.failures.append(str(result))
            return
        self.reports.append(result)
        if result.pdf_failure:
            self.failures.append(result.pdf_failure)

    @property
    def pdf_failures(self) -> list[str]:
        """The failures that are pages imported without their PDF (:attr:`PageImportReport.pdf_failure`)."""
        return [report.pdf_failure for report in self.reports if report.pdf_failure]

    def has_errors(self) -> bool:
        return bool(self.failures)

    @property
    def totals(self) -> dict[str, int]:
        """Pages per outcome (``created``, ``updated``, ``unchanged``, ``pdf-created``,
        ``pdf-updated``: :attr:`PageImportReport.outcome`), in name order."""
        return dict(sorted(Counter(report.outcome for report in self.reports).items()))

    @property
    def given(self) -> str:
        """What the run was given: ``4 个文件`` (one a page), or ``2 个版面（3 个文件，1 个版面附有
        PDF）`` when some pages have a PDF, a text and its PDF being one page; a page given its
        PDF alone is said so, ``2 个版面（2 个文件，1 个版面只给了 PDF）``: nothing was attached."""
        if not self.with_pdf:
            return f"{self.pages} 个文件"
        beside = self.with_pdf - self.pdf_alone
        said = [f"{beside} 个版面附有 PDF"] * bool(beside)
        said += [f"{self.pdf_alone} 个版面只给了 PDF"] * bool(self.pdf_alone)
        return f"{self.pages} 个版面（{self.files or self.pages} 个文件，{'，'.join(said)}）"

    @property
    def summary(self) -> str:
        """``4 个文件中导入了 3 个版面：新建 2，未变 1``; with PDFs ``2 个版面（3 个文件，1 个版面附有
        PDF）中导入了 2 个版面：更新版面图 1，未变 1``; a dry run's in the future tense, as its
        page lines (``1 个文件中将导入 1 个版面：将新建 1（试运行：什么也没有写入）``)."""
        words = DRY_RUN_TOTAL_WORDS if self.dry_run else TOTAL_WORDS
        done = (
            "，".join(f"{words.get(outcome, outcome)} {n}" for outcome, n in self.totals.items())
            or "无"
        )
        suffix = "（试运行：什么也没有写入）" if self.dry_run else ""
        if self.skipped:
            suffix += f"；另有 {self.skipped} 个版面属于别的报纸，按 --only-paper 跳过"
        imported = "中将导入" if self.dry_run else "中导入了"
        return f"{self.given}{imported} {len(self.reports)} 个版面：{done}{suffix}"

    @property
    def new_papers(self) -> list[dict]:
        """The papers the run made, once each: ``[{"name", "slug", "line"}]`` (:func:`new_paper_line`)."""
        return self._papers_said(created=True)

    @property
    def renamed_papers(self) -> list[dict]:
        """The papers the run named that were there (their name was only their slug), once each:
        ``[{"name", "slug", "line"}]``, ``name`` the new one (:func:`new_paper_line`)."""
        return self._papers_said(created=False)

    def _papers_said(self, *, created: bool) -> list[dict]:
        made: dict[str, dict] = {}
        for report in self.reports:
            said = new_paper_line(report)
            named = report.paper_created or report.paper_renamed  # (not a name kept)
            if said and named and report.paper_created == created and report.paper_slug not in made:
                made[report.paper_slug] = {
                    "name": report.paper,
                    "slug": report.paper_slug,
                    "line": said,
                }
        return list(made.values())

    @property
    def failure_summary(self) -> str:
        """``…中有 2 个导入失败（见上面所列）``; pages whose text is in but whose PDF is not said apart
        (``…中有 1 个版面的文字已导入，但版面 PDF 未能附上（见上面所列）``)."""
        without_pdf = len(self.pdf_failures)
        failed = len(self.failures) - without_pdf
        said = [f"{failed} 个导入失败"] if failed else []
        if without_pdf:
            said.append(f"{without_pdf} 个版面的文字已导入，但版面 PDF 未能附上")
        return f"{self.given}中有 {'，'.join(said)}（见上面所列）"

    def as_dict(self) -> dict:
        """``import_pages --json``: the pages' reports, the failures and the run's counts."""
        return {
            "pages": [r.as_dict() for r in self.reports],
            "new_papers": self.new_papers,
            "renamed_papers": self.renamed_papers,
            "failures": self.failures,
            "counts": {
                "pages": self.pages,
                "files": self.files or self.pages,
                "with_pdf": self.with_pdf,
                "imported": len(self.reports),
                "failed": len(self.failures),
                "skipped": self.skipped,
                "totals": self.totals,
            },
        }
