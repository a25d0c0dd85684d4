"""The ``--paper`` / ``--date`` / ``--since`` options that commands reporting on issues share
(``check_jumps``, ``proofread``): how they are declared and which issues they choose."""

from __future__ import annotations

from django.core.management.base import CommandError

from articles.importing.sources import SourceError, parse_date
from articles.models import Issue


def add_issue_options(parser, *, since: bool = False) -> None:
    """Declare ``--paper`` (slug or name), ``--date`` (one issue) and, with ``since``, ``--since``
    (every issue on or after a date; exclusive with ``--date``)."""
    parser.add_argument("--paper", help="报纸的 slug 或名称（默认：所有报纸）")
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--date", help="某一期的日期，YYYY-MM-DD（默认：所有期）")
    if since:
        when.add_argument("--since", help="这一天及以后的每一期，YYYY-MM-DD")


def chosen_issues(options: dict) -> list[Issue]:
    """The issues ``options`` (a command's parsed options) choose, oldest first, with their
    papers.

    Raises ``CommandError`` in Chinese when the paper is unknown or has no issue, a date is not
    a date, or nothing matches, naming the option to change."""
    issues = Issue.objects.select_related("publication").order_by("date", "publication__name")
    try:
        if options.get("paper"):
            issues = issues.of_paper_named(options["paper"])
            if not issues.exists():
                raise CommandError(
                    f"--paper：没有名为 {options['paper']!r} 的报纸或它还没有任何一期"
                    "（slug 或报名都可以，见编辑后台的“报纸”）"
                )
        if options.get("date"):
            issues = issues.filter(date=parse_date(options["date"], where="--date"))
        if options.get("since"):
            issues = issues.filter(date__gte=parse_date(options["since"], where="--since"))
    except SourceError as exc:
        raise CommandError(str(exc)) from None
    issues = list(issues)
    if not issues:
        asked = [f"--{name}" for name in ("paper", "date", "since") if options.get(name)]
        raise CommandError(
            "没有符合条件的期"
            + (f"：请检查 {'、'.join(asked)}" if asked else "：还没有导入任何一期")
        )
    return issues
