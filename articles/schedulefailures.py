"""定时发布 that failed and nobody has acted on since, for the desk's home to show first.

When ``publish_scheduled`` cannot publish an issue or a story at its time, it clears the time
and writes a history record ``定时发布未成功：…`` (:mod:`articles.scheduling`); cron mails the
command's stderr once. On the desk it was one line among the recent actions, and the issue
could be off the home's list altogether (README: The editors' desk, 编辑部首页). Here: each
issue or story whose latest history record is such a failure (nothing done to it since: not
published, no new time set), not published, failed within :data:`DAYS` days. Two queries on
the history tables' ``history_date`` index, one for the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from articles.models import Article, Issue, Status
from articles.scheduling import FAILED_REASON

#: How far back a failure is shown (a night's failure is seen the next evening too).
DAYS = 7
#: At most this many failures are listed.
SHOWN = 10


@dataclass(frozen=True)
class ScheduleFailure:
    """Issue or story ``row`` (``kind`` ``"issue"`` or ``"article"``) was not published at its
    time; ``reason`` is the history record's (``定时发布未成功：…``), ``at`` when."""

    kind: str
    row: Issue | Article
    reason: str
    at: datetime


def schedule_failures(*, now: datetime | None = None) -> list[ScheduleFailure]:
    """The failed 定时发布 still standing, newest first (at most :data:`SHOWN`)."""
    since = (now or timezone.now()) - timedelta(days=DAYS)
    failures = []
    for kind, model in (("issue", Issue), ("article", Article)):
        records = model.history.filter(
            history_date__gte=since, history_change_reason__startswith=FAILED_REASON
        ).order_by("-history_date", "-history_id")
        latest: dict[int, object] = {}
        for record in records[: SHOWN * 5]:
            latest.setdefault(record.id, record)
        if not latest:
            continue
        newer = set(  # acted on since: a newer record of the same row
            model.history.filter(id__in=latest, history_date__gte=since)
            .exclude(history_change_reason__startswith=FAILED_REASON)
            .values_list("id", "history_date")
        )
        acted = {pk for pk, at in newer if at > latest[pk].history_date}
        related = "publication" if model is Issue else "issue__publication"
        rows = model.objects.select_related(related).filter(
            pk__in=set(latest) - acted, publish_at__isnull=True
        )
        for row in rows.exclude(status=Status.PUBLISHED):
            record = latest[row.pk]
            failures.append(
                ScheduleFailure(kind, row, record.history_change_reason, record.history_date)
            )
    failures.sort(key=lambda f: f.at, reverse=True)
    return failures[:SHOWN]
