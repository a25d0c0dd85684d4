"""Fixtures for the search tests: the seed issue (A1 + its A2 continuations), published, and
stories built directly in the database for cases the seed does not cover."""

from datetime import date

import pytest

from articles.models import Article, ArticlePart, Issue, Page, Publication
from search.indexing import index_articles
from search.text import normalize
from tests.conftest import DATA
from tests.factories import import_seed, import_text

# First words of the seed's five stories (headline) → a short name for tests.
SEED_STORIES = {
    "以重大项目支撑": "projects",
    "推进重点工程": "works",
    "全市打好污染防治攻坚战": "pollution",
    "千企联千村": "villages",
    "用党建品牌": "party",
}


def publish() -> None:
    Issue.objects.update(status="published")
    Article.objects.update(status="published")


def seed_stories() -> dict[str, Article]:
    stories = {}
    for article in Article.objects.all():
        for prefix, name in SEED_STORIES.items():
            if article.headline.startswith(prefix):
                stories[name] = article
    return stories


@pytest.fixture
def seed(db) -> dict[str, Article]:
    """The seed front page and its continuations on A2, stitched and published: name → story."""
    import_seed()
    import_text((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")
    publish()
    stories = seed_stories()
    assert len(stories) == 5
    return stories


def make_story(
    headline: str,
    *paragraphs: str,
    day: date = date(2021, 3, 1),
    paper: str = "测试日报",
    slug: str = "test-daily",
    label: str = "A1",
    section: str = "",
    kicker: str = "",
    published: bool = True,
    index: bool = True,
) -> Article:
    """A one-part story written straight to the database (and indexed), no parser involved."""
    publication, _ = Publication.objects.get_or_create(slug=slug, defaults={"name": paper})
    status = "published" if published else "draft"
    issue, _ = Issue.objects.get_or_create(
        publication=publication, date=day, defaults={"status": status}
    )
    page, _ = Page.objects.get_or_create(issue=issue, label=label, defaults={"section": section})
    position = page.articles.count() + 1
    article = Article.objects.create(
        issue=issue, page=page, position=position, kicker=kicker, headline=headline, status=status
    )
    ArticlePart.objects.create(
        article=article,
        page=page,
        position=position,
        blocks=[{"kind": "paragraph", "text": p} for p in paragraphs],
    )
    if index:
        index_articles([article.pk])
    return article


def contains(article: Article, part: str) -> bool:
    entry = article.search_entry
    return part in entry.title or part in entry.body


__all__ = ["contains", "make_story", "normalize", "publish", "seed_stories"]
