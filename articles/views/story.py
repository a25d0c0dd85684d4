"""A story whole: its deck, every printed part in order across pages, photos, 上一篇/下一篇 on its
page and related stories."""

from __future__ import annotations

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404

from articles import caching
from articles.models import Article
from articles.public import news_article_ld, page_name, share_issue
from articles.related import shown_related
from articles.selectors import (
    moved_story,
    page_neighbours,
    story_photos,
    unfinished_parts,
)
from articles.views.base import PublicView, frame_pages
from articles.views.pictures import story_pictures


class ArticleView(PublicView):
    """``/<paper>/<date>/article/<pk>/``: a stitched story with its deck, every part in order,
    jump markers linking both pages, photos, 上一篇/下一篇 within its page and related stories."""

    template_name = "articles/article_detail.html"

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            # A continuation that was a story of its own before its jump was resolved.
            moved = moved_story(self.kwargs["pk"])
            if moved is not None:
                return HttpResponsePermanentRedirect(moved.get_absolute_url())
            raise

    def get_article(self) -> Article:
        if not hasattr(self, "_article"):
            self._article = get_object_or_404(
                Article.objects.public().with_parts(),
                issue__publication__slug=self.kwargs["paper"],
                issue__date=self.kwargs["date"],
                pk=self.kwargs["pk"],
            )
        return self._article

    def get_context_data(self, **kwargs):
        article = self.get_article()
        issue = article.issue
        parts = article.ordered_parts()
        share_issue(issue, [article.page, *(part.page for part in parts)])
        previous = None
        for part in parts:
            part.previous_page = previous
            previous = part.page
        previous_article, next_article = page_neighbours(article)
        pages = frame_pages(issue)
        photos = story_photos(article)
        continued_on = unfinished_parts(parts[-1:], pages).get(parts[-1].pk) if parts else None
        reporters = [b.person for b in article.bylines.all()]
        related = shown_related(article, limit=5)
        caching.depends_on(
            caching.story(article.pk),
            caching.layout(article.page_id),  # 上一篇/下一篇: which stories, and their titles
            *(caching.story(other.pk) for other in (previous_article, next_article) if other),
            caching.issue_frame(issue.pk),
            *(caching.person(person.pk) for person in reporters),
            *(caching.person(c.person_id) for photo in photos for c in photo.credits.all()),
            *(caching.story(other.pk) for other in related),
        )
        return super().get_context_data(
            article=article,
            issue=issue,
            publication=issue.publication,
            pages=pages,
            parts=parts,
            continued_on=continued_on,
            printed_pages=article.printed_pages(),
            reporters=reporters,
            section=page_name(article.page),
            photos=photos,
            previous_article=previous_article,
            next_article=next_article,
            related=related,
            json_ld=news_article_ld(article, self.request),
            ran_on=story_pictures(article, pages),
            canonical=article.get_absolute_url(),
            **kwargs,
        )
