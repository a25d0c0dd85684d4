"""Continuations: the stories the e-paper served whole on several pages and kept as one story
(:mod:`~articles.continuations.copies` makes them): not a problem of a chain, but what an editor
should know (``check_jumps`` prints them, the page form lists them, an import's settling reads
those of its pages)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, Q

from articles.models import Article, ArticlePart
from articles.queries import Prepared


@dataclass(frozen=True)
class CrossPageCopy:
    """A story printed (or served by the e-paper) whole on several pages, kept as one story.

    ``pages``: the labels it ran on, its home (where the text is held) first; ``page_ids`` the
    same pages' ids; ``position`` its place on the home page."""

    issue: str
    pages: tuple[str, ...]
    position: int
    title: str
    article_id: int
    page_ids: tuple[int, ...]

    @property
    def message(self) -> str:
        labels = "、".join(f"{label}版" for label in self.pages)
        return (
            f"“{self.title}”全文同时见于{labels}（电子版在每一版都给出整篇稿件）："
            f"已作为一篇跨版稿件保存，正文只存一份（{self.pages[0]}版），各版都列出它"
        )

    @property
    def line(self) -> str:
        return f"{self.issue} {self.message}"


def _copies_on(pages) -> Q:
    """Parts of stories printed on ``pages`` (ids) or at home there (the stories at home there a
    subquery: joined, the two conditions' OR made SQLite read every part of the archive)."""
    return Q(page_id__in=pages) | Q(article__in=Article.objects.filter(page_id__in=pages))


_COPIES_ON = Prepared(
    ArticlePart,
    (list,),
    lambda pages: ArticlePart.objects.filter(_copies_on(pages), whole_copy=True).values_list(
        "article_id"
    ),
    primary=True,
)


def copied_on(pages: Iterable[int]) -> set[int]:
    """The stories printed on ``pages`` (ids) or at home there that have a whole copy (one
    statement, built once)."""
    return {row[0] for row in _COPIES_ON.rows(list(pages))[1]}


def cross_page_copies(*, issues=None, pages=None) -> list[CrossPageCopy]:
    """The stories of ``issues`` (or printed on ``pages``, ids) that ran whole on more than one
    page and are kept as one, in print order of their home page (two queries)."""
    if issues is None and pages is not None:  # (as an import's settling asks, every batch)
        article_ids = copied_on(pages)
    else:
        copies = ArticlePart.objects.filter(whole_copy=True)
        if issues is not None:
            copies = copies.filter(page__issue__in=list(issues))
        if pages is not None:
            copies = copies.filter(_copies_on(pages))
        article_ids = set(copies.values_list("article_id", flat=True))
    if not article_ids:
        return []
    articles = (
        Article.objects.filter(pk__in=article_ids)
        .select_related("issue__publication", "page")
        .defer("page__raw_text", "page__parser_flags")
        .prefetch_related(
            Prefetch(
                "parts",
                queryset=ArticlePart.objects.select_related("page")
                .defer("page__raw_text", "page__parser_flags", "blocks")
                .order_by("sequence"),
            )
        )
        .order_by("issue__date", "issue__publication__name", "page__sequence", "position")
    )
    result = []
    for article in articles:
        home = [p for p in article.parts.all() if not p.whole_copy][:1]
        # The copies in page order (1版、2版、10版), however the pages arrived.
        copies_of = sorted(
            (p for p in article.parts.all() if p.whole_copy), key=lambda p: p.page.sequence
        )
        printed = home + copies_of
        issue = article.issue
        result.append(
            CrossPageCopy(
                issue=f"{issue.publication.name} {issue.date.isoformat()}",
                pages=tuple(dict.fromkeys(p.page.label for p in printed)),
                position=article.position,
                title=article.title,
                article_id=article.pk,
                page_ids=tuple(p.page_id for p in printed),
            )
        )
    return result
