"""``articles.queries.relater``: a foreign key's related object set for many rows with the
field's checks made once, as ``relate`` (and the field's descriptor) leave it."""

from __future__ import annotations

from articles.models import Article, ArticlePart, Issue, Page, PageImage
from articles.queries import relater


def test_a_plain_foreign_key_is_cached_as_the_descriptor_leaves_it(db):
    issue = Issue(pk=7)
    story = Article(pk=3, issue_id=7)
    part = ArticlePart(pk=5, article_id=3)
    relater(Article, "issue")(story, issue)
    relater(ArticlePart, "article")(part, story)
    assert story.issue is issue and part.article is story
    assert (story.issue_id, part.article_id) == (7, 3)


def test_a_one_to_one_field_goes_through_its_descriptor(db):
    page = Page(pk=4)
    picture = PageImage(pk=9, page_id=4)
    relater(PageImage, "page")(picture, page)
    # The descriptor of a one-to-one field also caches the picture on the page.
    assert picture.page is page and page.picture is picture
