"""Read the stories already stored for printed 更正 notices and link each to the story it
corrects (``articles.correctionnotices.notices_find``, what every import does for its pages).

Run once after upgrading to a version that links notices (migration ``articles.0021``): pages
imported before were never read for them. Safe to run again: a notice linked or decided by an
editor stays as it is."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from articles.correctionnotices import notices_find
from articles.management.commands._chinese_help import ChineseHelpMixin
from articles.management.issue_options import add_issue_options, chosen_issues
from articles.models import CorrectionNotice, NoticeState, Page
from articles.progress import progress_bar

BATCH_PAGES = 200  # pages read at a time (one transaction each)


class Command(ChineseHelpMixin, BaseCommand):
    help = (
        "在已导入的版面里查找更正启事，并接上它所更正的稿件（升级后运行一次；可重复运行）。"
        "找不到或有歧义的列在编辑后台的“更正启事”里。"
    )

    def add_arguments(self, parser):
        add_issue_options(parser, since=True)
        parser.add_argument("--no-progress", action="store_true", help="不显示进度条")

    def handle(self, *args, **options):
        issues = chosen_issues(options)
        page_ids = list(
            Page.objects.filter(issue__in=issues)
            .order_by("issue__date", "issue__publication_id", "sequence", "pk")
            .values_list("pk", flat=True)
        )
        bar = progress_bar(len(page_ids), unit="版", quiet=options["no_progress"])
        seen = set()
        with bar:
            for start in range(0, len(page_ids), BATCH_PAGES):
                batch = page_ids[start : start + BATCH_PAGES]
                found = notices_find(pages=Page.objects.filter(pk__in=batch))
                seen |= set(found.linked) | set(found.open)
                bar.update(len(batch))
        # A notice is linked when every story it names is (a notice may name several).
        rows = CorrectionNotice.objects.filter(notice__in=seen)
        still_open = set(
            rows.filter(corrected__isnull=True)
            .exclude(state=NoticeState.DISMISSED)
            .values_list("notice_id", flat=True)
        )
        linked = set(rows.filter(corrected__isnull=False).values_list("notice_id", flat=True))
        self.stdout.write(
            f"共查看 {len(issues)} 期、{len(page_ids)} 个版面：已接上 {len(linked - still_open)} 篇更正启事；"
            f"{len(still_open)} 篇没有接上，见编辑后台“更正启事”（待处理）"
        )
