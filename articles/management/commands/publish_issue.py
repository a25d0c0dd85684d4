"""Publish one issue: ``python manage.py publish_issue --paper SLUG --date YYYY-MM-DD``."""

from django.core.management.base import BaseCommand, CommandError

from articles.importing.sources import SourceError, parse_date
from articles.models import Issue
from articles.publishing import COMMAND_PUBLISH_REASON, IssuePublishError, issue_publish


class Command(BaseCommand):
    help = (
        "Publish an issue and all its stories in one transaction. Refuses while 下转/上接 chains "
        "are broken (listing them) unless --acknowledge-broken is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--paper", required=True, help="the paper's slug or name")
        parser.add_argument("--date", required=True, help="the issue date, YYYY-MM-DD")
        parser.add_argument(
            "--acknowledge-broken",
            action="store_true",
            help="publish even though some continuation chains are broken",
        )

    def handle(self, *args, paper, date, acknowledge_broken, **options):
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
                f"no issue of paper {paper!r} on {when.isoformat()}; import its pages first "
                "(manage.py import_pages) or check --paper (slug or name) and --date"
            )
        try:
            report = issue_publish(
                issue=issue, acknowledge_broken=acknowledge_broken, reason=COMMAND_PUBLISH_REASON
            )
        except IssuePublishError as exc:
            hint = "\n(to publish anyway, acknowledging them: --acknowledge-broken)"
            raise CommandError(str(exc) + (hint if exc.problems else "")) from None
        self.stdout.write(self.style.SUCCESS(report.summary))
        for line in report.acknowledged:
            self.stdout.write(self.style.WARNING(f"  已知悉：{line}"))
