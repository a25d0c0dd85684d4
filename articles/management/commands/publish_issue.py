"""Publish one issue: ``python manage.py publish_issue --paper SLUG --date YYYY-MM-DD``."""

from django.core.management.base import BaseCommand, CommandError

from articles.importing.sources import SourceError, parse_date
from articles.models import Issue, Status
from articles.publishing import COMMAND_PUBLISH_REASON, IssuePublishError, issue_publish


class Command(BaseCommand):
    help = (
        "在一个事务里发布一期及其稿件；已发布的一期再发布时，只发布之后新加的稿件，"
        "发布后被编辑撤回的稿件仍是草稿（在稿件列表里逐篇重新发布）。"
        "有没接好的下转/上接时拒绝发布并列出它们，除非给出 --acknowledge-broken。"
    )

    def add_arguments(self, parser):
        parser.add_argument("--paper", required=True, help="报纸的 slug 或名称")
        parser.add_argument("--date", required=True, help="这一期的日期，YYYY-MM-DD")
        parser.add_argument(
            "--acknowledge-broken",
            action="store_true",
            help="即使有没接好的转版也发布（已知悉）",
        )
        parser.add_argument(
            "--unless-published",
            action="store_true",
            help="这一期已经发布时什么也不做（不会把之后导入的草稿一并发布；供重复运行的脚本用）",
        )

    def handle(self, *args, paper, date, acknowledge_broken, unless_published=False, **options):
        try:
            when = parse_date(date, where="--date")
        except SourceError as exc:
            raise CommandError(str(exc)) from None
        issue = (
            Issue.objects.select_related("publication")
            .filter(date=when, publication__slug=paper)
            .first()
        ) or Issue.objects.filter(date=when, publication__name=paper).first()
        if issue is None:
            raise CommandError(
                f"报纸 {paper!r} 在 {when.isoformat()} 没有一期：请先导入这一期的版面"
                "（manage.py import_pages），或检查 --paper（slug 或报名）和 --date"
            )
        if unless_published and issue.status == Status.PUBLISHED:
            self.stdout.write(
                f"{issue.publication.name} {issue.date.isoformat()} 已经发布，这次什么也没做"
                "（草稿稿件仍是草稿，请在编辑后台逐篇发布）"
            )
            return
        try:
            report = issue_publish(
                issue=issue, acknowledge_broken=acknowledge_broken, reason=COMMAND_PUBLISH_REASON
            )
        except IssuePublishError as exc:
            hint = "\n（知悉这些问题仍要发布：加 --acknowledge-broken）"
            raise CommandError(str(exc) + (hint if exc.problems else "")) from None
        self.stdout.write(self.style.SUCCESS(report.summary))
        for line in report.acknowledged:
            self.stdout.write(self.style.WARNING(f"  已知悉：{line}"))
