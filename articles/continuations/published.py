"""Continuations: what a link does to published stories.

A published story that joins a story not yet published publishes it (:func:`published_follow`:
readers never lose a text they could read); a published story a link makes longer is updated
(:func:`published_longer`: its 更新时间 and a history record with its whole text). Used by
:meth:`articles.continuations.merging.MergeContext.flush`.
"""

from __future__ import annotations

from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from articles.changes import content_changed
from articles.continuations.schedules import story_states
from articles.editing import history_baseline, snapshots_fill
from articles.models import Article, Status

# The history reason of a story published because a published story joined it (a continuation
# readers could already read, linked to the head that came later).
MERGE_PUBLISH_REASON = "发布（并入了已发布的续文）"
# The history reason of a published story a link made longer (a late page's continuation, or an
# editor's link): its 更新时间 moves with it, so feeds, sitemaps and dateModified say so.
MERGE_WHOLE_REASON = "接上续文（读者看到的正文变长了）"


def published_follow(final: dict[int, int], rows: dict[int, tuple] | None = None) -> list[int]:
    """Publish each story a published story joined (``final``: {emptied story id: the story it
    ended up in}; ``rows``: their ``story_states``, read when not given) when that story is not
    published nor scheduled (``articles.continuations.schedules``) and its paper does not
    require sign-off, so the old URL leads to a public story (one history record each, reason
    :data:`MERGE_PUBLISH_REASON`), unless that story was published before and withdrawn (a
    history record says so): an import never publishes again what editors withdrew. Returns
    their ids. Two queries when nothing is published, as in every import of an issue not yet
    public."""
    rows = story_states({*final, *final.values()}) if rows is None else rows
    none = ("", None, None)
    wanted = {
        new
        for old, new in final.items()
        if rows.get(old, none)[0] == Status.PUBLISHED
        and rows.get(new, none)[0] != Status.PUBLISHED
        and rows.get(new, none)[1] is None
    }
    if not wanted:
        return []
    # A story published once and now a draft was withdrawn by its editors: an import never
    # publishes it again (its published continuation joins it and is withdrawn with it). The
    # rule of articles.publishing.withdrawn_ids, which imports this package.
    withdrawn = set(
        Article.history.filter(id__in=wanted, status=Status.PUBLISHED).values_list("id", flat=True)
    )
    articles = list(
        Article.objects.filter(pk__in=wanted - withdrawn, issue__publication__review_required=False)
    )
    if not articles:
        return []
    history_baseline(articles)
    for article in articles:
        article.status = Status.PUBLISHED
    bulk_update_with_history(
        articles, Article, ["status"], default_change_reason=MERGE_PUBLISH_REASON
    )
    content_changed(article_ids=[a.pk for a in articles])  # bulk_update sends no post_save
    return [a.pk for a in articles]


def published_longer(article_ids: list[int]) -> None:
    """Each published story in ``article_ids`` that a link just gave more parts (a late page's
    continuation joined it, or an editor linked one): its 更新时间 moves, so the sitemap's
    lastmod, the feeds' updated and the page's dateModified tell readers and crawlers it changed,
    and one history record (reason :data:`MERGE_WHOLE_REASON`) keeps its whole text. Written in
    bulk, without the save signals: the link itself already said what changed."""
    articles = list(Article.objects.filter(pk__in=article_ids))
    now = timezone.now()
    for article in articles:
        article.updated_at = now
    bulk_update_with_history(
        articles, Article, ["updated_at"], default_change_reason=MERGE_WHOLE_REASON
    )
    snapshots_fill(
        Article.history.filter(
            id__in=article_ids, history_change_reason=MERGE_WHOLE_REASON, history_date__gte=now
        )
    )
