"""A 定时发布 whose time has passed with nothing published: what the desk says where the time
shows (the issue list and form, the publish page, the desk's home, the story list).

``publish_scheduled`` (cron, every minute: :mod:`articles.scheduling`) publishes what is due and
clears its time, or clears it and records why it could not (:mod:`articles.schedulefailures`).
So a time still set minutes after it passed means the command is not running (cron not set up,
failing before it starts): a fresh reviewer's issue said ``… 自动发布`` an hour after its time,
with no hint that nothing would publish it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.html import format_html

from articles.dates import local_text

#: How long past its time a schedule may still be waiting for the next run of the command (cron
#: runs it every minute; a run may take a while) before the desk calls it overdue.
OVERDUE_AFTER = timedelta(minutes=3)

#: What to do about it (after ``逾期未发布``).
OVERDUE_HINT = (
    "定时发布的时间已过，还没有发布：定时发布要靠 python manage.py publish_scheduled "
    "每分钟运行一次（cron，见 README“Deploying”），请检查它是否在运行、有没有报错；"
    "也可以在“发布”页现在发布"
)


def is_overdue(at: datetime | None, now: datetime | None = None) -> bool:
    """Whether a 定时发布 set for ``at`` is overdue: more than :data:`OVERDUE_AFTER` past."""
    return at is not None and at + OVERDUE_AFTER < (now or timezone.now())


def schedule_html(at: datetime, after: str = "") -> str:
    """A set time as the desk shows it: ``2026-12-07 06:00 自动发布`` and ``after`` (who set
    it), or, when overdue, ``2026-12-07 06:00 逾期未发布`` in the desk's warning colour with
    :data:`OVERDUE_HINT`. HTML, escaped."""
    if not is_overdue(at):
        return format_html("{} 自动发布{}", local_text(at), after)
    return format_html(
        '<span class="desk-warning schedule-overdue">{} 逾期未发布{}：{}</span>',
        local_text(at),
        after,
        OVERDUE_HINT,
    )
