"""The admin's story search: a simple stand-in until the ``search`` app's jieba engine arrives.

Every word of the query (split on spaces) must occur, case-insensitively, in the kicker,
headline, subheadline, byline, or a printed part's title lines or body. Chinese has no spaces, so
a query such as ``徐惠民`` is matched as a substring — no segmentation, no ranking. To swap in the
full-text engine, point :attr:`articles.admin.stories.ArticleAdmin.search_function` at a
function with the same signature: ``(queryset, term) -> queryset``.
"""

from __future__ import annotations

import json

from django.db.models import Exists, OuterRef, Q, QuerySet

from articles.models import ArticlePart


def _json_contains(field: str, word: str) -> Q:
    """``word`` inside a JSON column. SQLite stores JSON with non-ASCII characters escaped
    (``\\u5f90``), PostgreSQL's ``jsonb::text`` does not: look for both spellings."""
    q = Q(**{f"{field}__icontains": word})
    escaped = json.dumps(word)[1:-1]
    if escaped != word:
        q |= Q(**{f"{field}__icontains": escaped})
    return q


def search_articles(queryset: QuerySet, term: str) -> QuerySet:
    """Stories in ``queryset`` containing every word of ``term``."""
    for word in term.split():
        in_parts = ArticlePart.objects.filter(article=OuterRef("pk")).filter(
            _json_contains("blocks", word) | _json_contains("title_lines", word)
        )
        queryset = queryset.filter(
            Q(kicker__icontains=word)
            | Q(headline__icontains=word)
            | Q(subheadline__icontains=word)
            | Q(byline__icontains=word)
            | Q(Exists(in_parts))
        )
    return queryset
