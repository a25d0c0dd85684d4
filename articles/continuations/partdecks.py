"""A stitched continuation's story as the repeated-headline rule reads it: its deck and the title
lines printed over its parts (:mod:`articles.continuations.headlines`)."""

from __future__ import annotations

from collections.abc import Iterable

from articles.continuations.titlereads import decks, parts_titles
from articles.models import Article


def story_decks(article_ids: Iterable[int]) -> tuple[dict[int, Article], dict[int, list[tuple]]]:
    """The stories (deck and whether an editor changed them) and each one's parts' (sequence,
    title lines): two queries."""
    ids = set(article_ids)
    articles = {a.pk: a for a in decks(ids)}
    titles: dict[int, list[tuple]] = {pk: [] for pk in ids}
    for article_id, sequence, lines in parts_titles(ids):
        titles[article_id].append((sequence, lines or []))
    return articles, titles


def deck_before(article: Article, titles: list[tuple], before: int) -> list[str]:
    """The lines a part at ``before`` in ``article`` may repeat: the title lines printed over
    the story's earlier parts, and its kicker, headline and subheadline."""
    lines = [line for sequence, tl in sorted(titles) if sequence < before for line in tl]
    return [*lines, article.kicker, article.headline, article.subheadline]
