"""Continuations and scheduled publishing (定时发布): a join never shows text before its time and
never drops an editor's schedule.

**The rule.** Joining a continuation to its story makes the two one story with one 状态 and one
定时发布 time, so what the two had must be reconciled:

* one published and the other scheduled for later (not published, ``publish_at`` set): they are
  **not joined yet** (:func:`schedule_merge_refusal`; the resolver holds the link,
  ``articles.continuations.merging.jump_hold``, and an editor's hand link is refused). Joined,
  either the scheduled text would go public early, or the published text would go offline until
  the schedule — and readers never lose a published text to a link. Once the scheduled story is
  published (by ``publish_scheduled`` at its time, or by an editor first), or its schedule is
  cancelled, the link is decided again and made (``held_jumps_resolve``).
* neither published: they join, and the joined story is scheduled for the **later** of their
  times (:func:`schedules_follow`; a story with no time counts for nothing): no part of it goes
  public before the time an editor set for it, and the schedule is not lost with the emptied
  story. Its history record says so (:data:`SCHEDULE_JOIN_REASON`).
* both published, or neither scheduled: nothing here (``articles.continuations.merging``).

This module imports models only: ``articles.publishing`` imports this package.
"""

from __future__ import annotations

from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from articles.editing import history_baseline
from articles.models import Article, Status
from articles.queries import Prepared

#: The history reason of a story whose schedule a join moved (followed by the new time).
SCHEDULE_JOIN_REASON = "并入定时发布的续文，定时发布改为"


def is_scheduled(article: Article) -> bool:
    """Whether ``article`` waits for a scheduled publication (not published, a time set)."""
    return article.status != Status.PUBLISHED and article.publish_at is not None


def schedule_merge_refusal(source: Article, moved: Article, *, home: str, label: str) -> str:
    """Why ``moved`` (the continuation's story, printed on page ``label``) may not join
    ``source`` (the jumping story, on page ``home``) now, or ``""``: one of them is published
    and the other scheduled for later (see the module docstring). No query."""
    stories = {home: source, label: moved}
    published = [page for page, a in stories.items() if a.status == Status.PUBLISHED]
    waiting = [page for page, a in stories.items() if is_scheduled(a)]
    if not (published and waiting):
        return ""
    at = f"{timezone.localtime(stories[waiting[0]].publish_at):%Y-%m-%d %H:%M}"
    return (
        f"{waiting[0]}版的稿件定时于 {at} 发布，{published[0]}版的已经发布：定时发布，先不接上"
        "（接上后要么定时的文字提前上线，要么已发布的文字下线）；到时发布后自动接上，"
        "要现在接上，请先发布定时的那篇或取消它的定时发布"
    )


# Read by every merge of an import's batches: built once (articles.queries).
_STATES = Prepared(
    Article,
    (list,),
    lambda ids: Article.objects.filter(pk__in=ids).values_list(
        "pk", "status", "publish_at", "publish_by"
    ),
    primary=True,
)


def story_states(article_ids) -> dict[int, tuple]:
    """{story id: (status, publish_at, publish_by_id)} of the stories ``article_ids`` (one
    query: what a merge reads of the stories it joins)."""
    return {pk: row for pk, *row in _STATES.rows(list(set(article_ids)))[1]}


def schedules_follow(final: dict[int, int], rows: dict[int, tuple]) -> list[int]:
    """Before the stories emptied by links are deleted (``final``: {emptied story id: the story
    it ended up in}; ``rows``: their :func:`story_states`):
    each story not published that scheduled stories joined takes the latest of their times and
    its own, with who set it, and a history record (:data:`SCHEDULE_JOIN_REASON`). Returns the
    ids of the stories changed; no query when no emptied story was scheduled."""
    latest: dict[int, tuple] = {}
    for old, new in final.items():
        status, at, by = rows.get(old, (None, None, None))
        if (
            at is None
            or status == Status.PUBLISHED
            or rows.get(new, ("",))[0] in ("", Status.PUBLISHED)
        ):
            continue
        own = latest.get(new) or rows[new][1:]
        if own[0] is None or at > own[0]:
            latest[new] = (at, by)
    changed = [pk for pk, (at, _) in latest.items() if at != rows[pk][1]]
    if not changed:
        return []
    articles = list(Article.objects.filter(pk__in=changed))
    history_baseline(articles)
    for article in articles:
        article.publish_at, article.publish_by_id = latest[article.pk]
        local = f"{timezone.localtime(article.publish_at):%Y-%m-%d %H:%M}"
        article._change_reason = f"{SCHEDULE_JOIN_REASON} {local}"
    bulk_update_with_history(articles, Article, ["publish_at", "publish_by"])
    return changed
