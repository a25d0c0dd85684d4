"""Keywords of a story and stories related to it by shared keywords.

Keywords are computed when a story is indexed (TF-IDF over its jieba words with jieba.analyse's
IDF table, see :mod:`search.text`) and stored as :class:`~search.models.Keyword` rows. A related
story shares keywords: its score is the sum, over shared keywords, of the two weights multiplied,
so a rare word both stories are about counts most. Ties go to the newer story.
"""

from __future__ import annotations

from django.db.models import Case, F, FloatField, Sum, Value, When

from articles.dates import issue_date_range
from articles.models import Article, Status
from search.models import Keyword


def keywords_for(article: Article) -> list[str]:
    """The story's keywords, best first (one query, or none when prefetched as
    ``search_keywords``)."""
    cache = getattr(article, "_prefetched_objects_cache", {})
    if "search_keywords" in cache:
        return [k.word for k in sorted(cache["search_keywords"], key=lambda k: k.rank)]
    return list(
        Keyword.objects.filter(article=article).order_by("rank").values_list("word", flat=True)
    )


def related_articles(article: Article, limit: int = 5) -> list[Article]:
    """Up to ``limit`` stories readers may see (published, in an issue dated inside
    :func:`articles.dates.issue_date_range`) sharing the most keyword weight with ``article``
    (never ``article`` itself), best first, then newest. Two queries."""
    mine = dict(Keyword.objects.filter(article=article).values_list("word", "weight"))
    if not mine or limit <= 0:
        return []
    weight_of_mine = Case(
        *[When(word=word, then=Value(weight)) for word, weight in mine.items()],
        default=Value(0.0),
        output_field=FloatField(),
    )
    scored = (
        Keyword.objects.filter(
            word__in=list(mine),
            article__status=Status.PUBLISHED,
            article__issue__status=Status.PUBLISHED,
            article__issue__date__range=issue_date_range(),
        )
        .exclude(article_id=article.pk)
        .values("article_id")
        .annotate(score=Sum(F("weight") * weight_of_mine), newest=F("article__issue__date"))
        .order_by("-score", "-newest", "-article_id")[:limit]
    )
    ranked = [(row["article_id"], row["score"]) for row in scored]
    articles = Article.objects.filter(pk__in=[pk for pk, _ in ranked]).select_related(
        "issue__publication", "page"
    )
    by_pk = {a.pk: a for a in articles}
    result = []
    for pk, score in ranked:
        if pk in by_pk:
            by_pk[pk].related_score = score
            result.append(by_pk[pk])
    return result
