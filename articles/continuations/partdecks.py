"""A stitched continuation's story as the repeated-headline rule reads it: its deck and the title
lines printed over its parts (:mod:`articles.continuations.headlines`)."""

from __future__ import annotations

from collections.abc import Iterable

from articles.models import Article, ArticlePart


def story_decks(article_ids: Iterable[int]) -> tuple[dict[int, Article], dict[int, list[tuple]]]:
    """The stories (deck and whether an editor changed them) and each one's parts' (sequence,
    title lines): two queries."""
    ids = set(article_ids)
    articles = {
        a.pk: a
        for a in Article.objects.filter(pk__in=ids)
        .only("pk", "kicker", "headline", "subheadline", "edited_at")
        .order_by()
    }
    titles: dict[int, list[tuple]] = {pk: [] for pk in ids}
    rows = ArticlePart.objects.filter(article_id__in=ids).order_by()
    for article_id, sequence, lines in rows.values_list("article_id", "sequence", "title_lines"):
        titles[article_id].append((sequence, lines or []))
    return articles, titles


def deck_before(article: Article, titles: list[tuple], before: int) -> list[str]:
    """The lines a part at ``before`` in ``article`` may repeat: the title lines printed over
    the story's earlier parts, and its kicker, headline and subheadline."""
    lines = [line for sequence, tl in sorted(titles) if sequence < before for line in tl]
    return [*lines, article.kicker, article.headline, article.subheadline]
