"""Re-run the current parser over the raw text stored for pages.

Each page's report is printed as ``import_pages`` prints it: the page's line, then what needs an
editor — each conflict (a hand edit or a published story kept, 将保留 in a trial run), each hand
edit ``--overwrite-edited`` replaced (覆盖), each continuation removed (续文), each warning
(注意: a published story removed is named there), new drafts and the parser's doubts. The page's
line only counts them; these lines name them."""

from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from articles.importing import PageImportError, page_reparse
from articles.importing.reportlines import ACTION_WORDS, DRY_RUN_ACTION_WORDS
from articles.importing.reports import PageImportReport
from articles.importing.sources import SourceError, parse_date, parse_label
from articles.management.commands._chinese_help import ChineseHelpMixin
from articles.management.commands.import_pages import report_print
from articles.models import Issue, Page
from articles.progress import advance, progress_bar


class Command(ChineseHelpMixin, BaseCommand):
    help = (
        "按新的解析器重新解析已保存的版面文本（解析器改进之后），人工改过的稿件按导入的规则保留。"
    )

    def add_arguments(self, parser):
        parser.add_argument("--paper", help="报纸的代号或报名")
        parser.add_argument("--date", help="出版日期，YYYY-MM-DD")
        parser.add_argument("--page", help="版次，如 A1")
        parser.add_argument(
            "--dry-run", action="store_true", help="只列出会改动的版面，什么都不写入"
        )
        parser.add_argument(
            "--overwrite-edited",
            action="store_true",
            help="人工改过的稿件也按新的解析结果改写（默认保留人工修改）",
        )

    def handle(self, *args, **options):
        # A total order: papers of one date in a known order, so two runs print the same lines
        # (PostgreSQL returns ties in any order).
        pages = Page.objects.select_related("issue__publication").order_by(
            "issue__date", "issue__publication__slug", "sequence", "pk"
        )
        try:
            if options["paper"]:
                pages = pages.filter(issue__in=Issue.objects.of_paper_named(options["paper"]))
            if options["date"]:
                pages = pages.filter(issue__date=parse_date(options["date"], where="--date"))
            if options["page"]:
                pages = pages.filter(label=parse_label(options["page"], where="--page"))
        except SourceError as exc:
            raise CommandError(str(exc)) from None
        pages = list(pages)
        if not pages:
            raise CommandError(
                "没有符合条件的已导入版面；请检查 --paper（报名或网址名）、--date 和 --page"
            )
        failures = []
        outcomes: Counter[str] = Counter()
        progress = progress_bar(len(pages), stream=self.stderr, unit="page")
        for page in pages:
            try:
                report = page_reparse(
                    page=page,
                    dry_run=options["dry_run"],
                    overwrite_edited=options["overwrite_edited"],
                )
            except PageImportError as exc:
                failures.append(str(exc))
            else:
                progress.clear()
                self._print_report(report)
                outcomes[report.outcome] += 1
            advance(progress, str(page))
        progress.close()
        self.stdout.write(totals_line(outcomes, dry_run=options["dry_run"]))
        if failures:
            for failure in failures:
                self.stderr.write(f"重新解析失败：{failure}")
            raise CommandError(
                f"{len(pages)} 个版面中有 {len(failures)} 个重新解析失败（见上面所列）"
            )

    def _print_report(self, report: PageImportReport) -> None:
        """The page's line and the lines naming what it counts, as ``import_pages`` prints them."""
        report_print(self, report)


def totals_line(outcomes: Counter[str], *, dry_run: bool) -> str:
    """The run's last line: the pages re-parsed by outcome (``outcomes``: counts by
    :attr:`~articles.importing.reports.PageImportReport.outcome`), those the parser reads
    otherwise first, both always (``重新解析了 3 个版面：更新 1，未变 2``; a trial run ``…：将更新 1，
    未变 2（试运行：什么也没有写入）``)."""
    words = DRY_RUN_ACTION_WORDS if dry_run else ACTION_WORDS
    shown = ["updated", "unchanged", *sorted(set(outcomes) - {"updated", "unchanged"})]
    counts = "，".join(f"{words.get(outcome, outcome)} {outcomes[outcome]}" for outcome in shown)
    suffix = "（试运行：什么也没有写入）" if dry_run else ""
    return f"重新解析了 {sum(outcomes.values())} 个版面：{counts}{suffix}"
