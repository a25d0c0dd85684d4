"""Scheduled publishing (定时发布): an issue or a story becomes public at a set time, nobody present.

**How.** Setting a time (:func:`issue_schedule`, :func:`stories_schedule`) runs every check that
publishing now would (broken chains, sign-off, who may publish: ``articles.publishing``), so an
editor learns at once what would stop it, and stores the time with who set it (and, for an issue,
what they accepted: the broken chains acknowledged, the reason for publishing stories not signed
off). ``python manage.py publish_scheduled`` (cron, every minute) calls :func:`publish_due`,
which publishes everything due through the ordinary publishing service — the same history
records, the same ``content_changed()`` that bumps the public cache version and so refreshes
pages and feeds on every worker — and clears the schedule.

**Why the command flips the state rather than ``public()`` comparing ``publish_at`` with the
clock.** Comparing in the queryset would make content public with no write at all, so no cache
would know it had to expire: every cached page, ETag and feed would need a lifetime bounded by the
next scheduled time. Flipping the state keeps one rule for readers (published means public) and
one way caches learn about changes. A scheduled story is simply not published yet, so nothing
shows early even if the command never runs; it shows up to one cron interval late.

**Twice at once.** Each due row is taken in its own transaction with ``SELECT … FOR UPDATE SKIP
LOCKED`` (PostgreSQL): a second run at the same moment skips what the first holds, and finds it
done (no longer scheduled) afterwards. SQLite runs one writer at a time (``IMMEDIATE``
transactions) and the row is read again inside the transaction, so the second run finds nothing.
Publishing an issue that is already public changes nothing either. Times are stored in UTC and
shown and typed in ``TIME_ZONE`` (Asia/Shanghai).

**When it cannot publish** (a story's sign-off was withdrawn, the scheduling user lost the right,
a chain broke that was not acknowledged, a page re-sent with a correction a story edited by hand
did not take, 版面文本有改动未采用, not among those ticked 已核对), the row's schedule is cleared with a history record
saying why (``定时发布未成功：…``), and the command lists it and exits 1, so cron mails it once.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from articles.continuations import held_jumps_resolve
from articles.dates import cn_day, local_text
from articles.editing import history_baseline
from articles.models import Article, Issue, Status
from articles.pendingtext import (
    PENDING_TEXT,
    Pending,
    acknowledged_record,
    issues_pending,
    pending_key,
    stories_pending,
)
from articles.publishing import (
    ISSUE_SCHEDULE_FIELDS,
    SCHEDULED_REASON,
    IssuePublishError,
    StoriesPublishError,
    chain_key,
    clear_issue_schedule,
    history_reason,
    issue_publish,
    issue_publish_check,
    scheduled_later,
    stories_publish,
)
from articles.signoff import stories_publish_refusals

__all__ = [  # local_text (articles.dates) and SCHEDULED_REASON (publishing's), here for the desk
    "FAILED_REASON",
    "SCHEDULED_REASON",
    "UNSCHEDULE_REASON",
    "ScheduleError",
    "ScheduledRun",
    "issue_schedule",
    "issue_unschedule",
    "local_text",
    "publish_due",
    "stories_schedule",
    "stories_unschedule",
]

UNSCHEDULE_REASON = "取消定时发布"
FAILED_REASON = "定时发布未成功"


class ScheduleError(Exception):
    """The time cannot be set; the message (Chinese) says why and what to do."""


#: How far ahead a publication may be scheduled: a year (a time further off is a mistyped year,
#: ``9999-12-31``, ``2062`` for ``2026``, which would otherwise wait unseen on the story).
MOST_AHEAD = timedelta(days=366)


def _check_time(at: datetime, now: datetime | None) -> None:
    """Refuse a time before the current minute, or more than :data:`MOST_AHEAD` after it
    (:class:`ScheduleError`). The desk's time field is to the minute: a time in the minute now
    running is due at once, published by the next run of ``publish_scheduled`` (a reviewer's
    ``08:56`` at 08:56:30 was refused as past)."""
    now = now or timezone.now()
    if at < now.replace(second=0, microsecond=0):
        raise ScheduleError(
            f"定时发布时间 {local_text(at)} 已过（现在是 {local_text(now)}）；"
            "请填写将来的时间，或直接发布。"
        )
    if at > now + MOST_AHEAD:  # the latest said to the minute, as the field takes it
        raise ScheduleError(
            f"定时发布的时间太远了（{_day_and_minute(at)}）：请检查年份。"
            f"定时发布最多提前一年设定（最晚到 {_day_and_minute(now + MOST_AHEAD)}）。"
        )


def _day_and_minute(when: datetime) -> str:
    """``2027年12月7日 14:00`` in the site's time zone, seconds dropped: the latest time
    :func:`_check_time` takes, said as the desk's field takes it (a day alone contradicted the
    refusal of 14:01 that day while 13:50 was taken)."""
    local = timezone.localtime(when)
    return f"{cn_day(local.date())} {local:%H:%M}"


@transaction.atomic
def issue_schedule(
    *,
    issue: Issue,
    at: datetime,
    user=None,
    acknowledge_broken: bool = False,
    override_reason: str = "",
    chains_shown: Collection[str] | None = None,
    texts_acknowledged: Collection[str] = (),
    now: datetime | None = None,
) -> str:
    """Have ``issue`` published at ``at`` (aware) by :func:`publish_due`. Raises
    :class:`ScheduleError` for a past time or a published issue, :class:`IssuePublishError` for
    what would stop publishing now (nothing written either way). ``chains_shown``: the desk's,
    the broken chains its confirmation page listed (by ``chain_key``); with
    ``acknowledge_broken`` only those are acknowledged and remembered, and a chain broken after
    the page was opened is refused by name, as publishing now refuses it
    (:func:`articles.publishchecks.issue_publish_check`). ``texts_acknowledged``: the stories
    whose page text was not taken over that the editor ticked 已核对 for (the desk's
    keys, :func:`articles.pendingtext.pending_key`), remembered: any other at the time stops it
    (:func:`publish_due`). Returns the message for the editor."""
    issue = Issue.objects.select_for_update().select_related("publication").get(pk=issue.pk)
    _check_time(at, now)
    if issue.status == Status.PUBLISHED:
        raise ScheduleError(f"{issue} 已经发布，无需定时发布。")
    articles = list(issue.articles.select_related("page"))
    problems, _ = issue_publish_check(
        issue,
        articles,
        user=user,
        acknowledge_broken=acknowledge_broken,
        override_reason=override_reason,
        chains_shown=chains_shown,
        at=at,
    )
    issue.publish_at, issue.publish_by = at, user
    issue.publish_acknowledged_chains = sorted({chain_key(p) for p in problems})
    issue.publish_override = override_reason.strip()[:80]
    issue.publish_acknowledged_texts = sorted(texts_acknowledged)
    if user is not None:
        issue._history_user = user
    issue._change_reason = history_reason(f"设定定时发布：{local_text(at)}")
    issue.save(update_fields=[*ISSUE_SCHEDULE_FIELDS, "updated_at"])
    text = f"{issue} 将于 {local_text(at)} 自动发布"
    if problems:
        text += f"；已知悉的 {len(problems)} 处未接好的转版已记下，到时再有别的转版断开则不发布"
    later = sorted(
        (a for a in articles if a.pk in scheduled_later(articles, at)), key=lambda a: a.publish_at
    )
    if later:
        shown = "、".join(f"“{a}”（{local_text(a.publish_at)}）" for a in later[:5])
        text += f"；{len(later)} 篇稿件定时在这之后，到时再自动发布（{shown}{'等' if len(later) > 5 else ''}）"
    return text + "。"


@transaction.atomic
def issue_unschedule(*, issue: Issue, user=None) -> str:
    """Cancel ``issue``'s scheduled publication (nothing happens when there is none)."""
    issue = Issue.objects.select_for_update().get(pk=issue.pk)
    if issue.publish_at is None:
        return f"{issue} 没有设定定时发布。"
    clear_issue_schedule(issue)
    if user is not None:
        issue._history_user = user
    issue._change_reason = UNSCHEDULE_REASON
    issue.save(update_fields=[*ISSUE_SCHEDULE_FIELDS, "updated_at"])
    return f"已取消 {issue} 的定时发布。"


def _set_story_schedule(rows: list[Article], at, user, reason: str, texts=()) -> None:
    history_baseline(rows)
    for article in rows:
        article.publish_at, article.publish_by = at, (user if at else None)
        article.publish_acknowledged_texts = sorted(texts)
    fields = ["publish_at", "publish_by", "publish_acknowledged_texts"]
    bulk_update_with_history(rows, Article, fields, default_user=user, default_change_reason=reason)


@transaction.atomic
def stories_schedule(
    *,
    articles,
    at: datetime,
    user=None,
    texts_acknowledged: Collection[str] = (),
    now: datetime | None = None,
) -> str:
    """Have single stories published at ``at`` (already published ones are left alone). Raises
    :class:`ScheduleError` for a past time and :class:`StoriesPublishError` when sign-off stands
    in the way now (``articles.signoff.stories_publish_refusals``); nothing written then.
    ``texts_acknowledged``: the stories and photos whose page text was not taken over that the
    editor ticked 已核对 for (the desk's keys, :func:`articles.pendingtext.pending_key`),
    remembered on each story: any other of its own at its time stops it (:func:`publish_due`),
    as an issue's (:func:`issue_schedule`)."""
    _check_time(at, now)
    rows = list(
        Article.objects.select_for_update()
        .filter(pk__in=[a.pk for a in articles])
        .select_related("issue__publication")
    )
    if refusals := stories_publish_refusals(rows, user):
        raise StoriesPublishError("没有设定定时发布：" + "".join(refusals))
    waiting = [a for a in rows if a.status != Status.PUBLISHED]
    if waiting:
        reason = history_reason(f"设定定时发布：{local_text(at)}")
        _set_story_schedule(waiting, at, user, reason, texts_acknowledged)
    text = f"{len(waiting)} 篇稿件将于 {local_text(at)} 自动发布"
    if len(waiting) < len(rows):
        text += f"；{len(rows) - len(waiting)} 篇已经发布，未改动"
    drafts = sorted({str(a.issue) for a in waiting if a.issue.status != Status.PUBLISHED})
    if drafts:
        text += (
            f"；所在的期（{'、'.join(drafts)}）还是草稿：读者要等这一期发布、且到了这个时间才能看到"
            "（先发布这一期，这些稿件仍等到时自动发布）"
        )
    return text + "。"


@transaction.atomic
def stories_unschedule(*, articles, user=None) -> str:
    """Cancel the scheduled publication of single stories (a link held apart because one was
    scheduled is decided again: ``held_jumps_resolve``). Returns the message for the editor."""
    rows = list(
        Article.objects.select_for_update().filter(
            pk__in=[a.pk for a in articles], publish_at__isnull=False
        )
    )
    if rows:
        _set_story_schedule(rows, None, user, UNSCHEDULE_REASON)
        # A link held because one of them was scheduled (articles.continuations.schedules) is
        # decided again: with no time, they join as the unscheduled stories do.
        held_jumps_resolve(a.pk for a in rows)
    return f"已取消 {len(rows)} 篇稿件的定时发布。"


@dataclass
class ScheduledRun:
    """What one :func:`publish_due` did: one line per issue or story published or failed."""

    published: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def publish_due(*, now: datetime | None = None) -> ScheduledRun:
    """Publish every issue and story whose ``publish_at`` is at or before ``now`` (default: the
    clock), each in its own transaction (see the module docstring for running it twice at once),
    issues first so their stories go public with them."""
    now = now or timezone.now()
    run = ScheduledRun()
    due = Issue.objects.filter(publish_at__lte=now).order_by("publish_at", "pk")
    # (the page texts not taken over, now: their pages parsed before each transaction opens)
    for pk in list(due.values_list("pk", flat=True)):
        _publish_issue_due(pk, now, run, issues_pending(Issue.objects.filter(pk=pk)))
    due = Article.objects.filter(publish_at__lte=now).order_by("publish_at", "pk")
    for pk in list(due.values_list("pk", flat=True)):
        stories = Article.objects.filter(pk=pk).select_related("page", "issue__publication")
        _publish_story_due(pk, now, run, stories_pending(stories))
    return run


def _unacknowledged_texts(acknowledged: list[str], pending: list[Pending], where: str) -> str:
    """Why a scheduled publication may not go ahead at its time for the page texts ``pending``
    (:func:`~articles.pendingtext.issues_pending`, ``stories_pending``, now): those the
    scheduling editor did not tick 已核对 for (``acknowledged``: their
    :func:`~articles.pendingtext.pending_key` keys; re-sent, or edited, since), named; ``""``
    when none. ``where``: the desk page to check them on (``发布本期页``)."""
    unseen = [p.name for p in pending if pending_key(p) not in acknowledged]
    if not unseen:
        return ""
    names = "、".join(dict.fromkeys(unseen))
    return (
        f"没有发布：设定定时发布之后，{names}的版面文本或编辑保存的内容又有了改动（{PENDING_TEXT}），"
        f"没有人核对过。请在{where}核对后再发布，或重新设定定时发布。"
    )


@transaction.atomic
def _publish_issue_due(pk: int, now: datetime, run: ScheduledRun, pending: list[Pending]) -> None:
    issue = (
        Issue.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("publication", "publish_by")
        .filter(pk=pk, publish_at__lte=now)
        .first()
    )
    if issue is None:
        return  # another run holds it, or has done it
    try:
        if refusal := _unacknowledged_texts(
            issue.publish_acknowledged_texts, pending, "发布本期页"
        ):
            raise IssuePublishError(refusal)
        with transaction.atomic():
            report = issue_publish(
                issue=issue,
                user=issue.publish_by,
                acknowledged_chains=frozenset(issue.publish_acknowledged_chains or ()),
                override_reason=issue.publish_override,
                reason=SCHEDULED_REASON,
                now=now,
            )
    except IssuePublishError as exc:
        clear_issue_schedule(issue)
        issue._change_reason = history_reason(f"{FAILED_REASON}：{exc}")
        issue.save(update_fields=[*ISSUE_SCHEDULE_FIELDS, "updated_at"])
        run.failed.append(f"{issue}：{exc}")
    else:
        acknowledged_record(pending, user=issue.publish_by, what="定时发布")  # (all ticked)
        run.published.append(f"定时发布：{report.summary}")


@transaction.atomic
def _publish_story_due(pk: int, now: datetime, run: ScheduledRun, pending: list[Pending]) -> None:
    article = (
        Article.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("publish_by")
        .filter(pk=pk, publish_at__lte=now)
        .first()
    )
    if article is None:
        return
    try:
        acknowledged = article.publish_acknowledged_texts
        if refusal := _unacknowledged_texts(acknowledged, pending, "稿件页"):
            raise StoriesPublishError(refusal)
        with transaction.atomic():
            report = stories_publish(
                articles=[article],
                user=article.publish_by,
                reason=SCHEDULED_REASON,
                scheduled=True,
            )
    except StoriesPublishError as exc:
        _set_story_schedule([article], None, None, history_reason(f"{FAILED_REASON}：{exc}"))
        run.failed.append(f"“{article}”：{exc}")
    else:
        acknowledged_record(pending, user=article.publish_by, what="定时发布")  # (all ticked)
        run.published.append(f"定时发布“{article}”：{report.summary}")
