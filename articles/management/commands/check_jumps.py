"""Report broken continuation chains; exit 0 only when every jump is whole (a publishing gate).

Stories an e-paper served whole on two pages, kept as one story, are listed too (one line each,
``跨版整篇重复：…``); they are not broken and do not change the exit status."""

import json
from dataclasses import asdict

from django.core.management.base import BaseCommand, CommandError

from articles.continuations import cross_page_copies, jump_problems
from articles.importing.sources import SourceError, parse_date
from articles.models import Issue


class Command(BaseCommand):
    help = (
        "List every broken 下转/上接 chain: missing target pages, markers nothing matches, "
        "ambiguous matches with their candidates, orphan continuations, loops. "
        "Exits 1 when anything is broken."
    )

    def add_arguments(self, parser):
        parser.add_argument("--paper", help="paper slug or name (default: all papers)")
        when = parser.add_mutually_exclusive_group()
        when.add_argument("--date", help="one issue date, YYYY-MM-DD")
        when.add_argument("--since", help="every issue on or after this date, YYYY-MM-DD")
        parser.add_argument("--json", action="store_true", help="print the problems as JSON")

    def handle(self, *args, **options):
        issues = Issue.objects.select_related("publication").order_by("date")
        try:
            if options["paper"]:
                issues = issues.of_paper_named(options["paper"])
                if not issues.exists():
                    raise CommandError(f"--paper: no paper {options['paper']!r} has any issue")
            if options["date"]:
                issues = issues.filter(date=parse_date(options["date"], where="--date"))
            if options["since"]:
                issues = issues.filter(date__gte=parse_date(options["since"], where="--since"))
        except SourceError as exc:
            raise CommandError(str(exc)) from None
        issues = list(issues)
        if not issues:
            raise CommandError("no issue matches; check --paper, --date and --since")
        problems = jump_problems(issues)
        copies = cross_page_copies(issues=issues)
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "issues": len(issues),
                        "problems": [asdict(p) for p in problems],
                        "cross_page_copies": [{**asdict(c), "message": c.message} for c in copies],
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            for problem in problems:
                self.stdout.write(problem.line)
            for copy in copies:
                self.stdout.write(f"跨版整篇重复：{copy.line}")
            if not problems:
                self.stdout.write(f"{len(issues)} issue(s) checked: every jump is whole")
        if problems:
            raise CommandError(
                f"{len(problems)} broken jump(s) in {len(issues)} issue(s)", returncode=1
            )
