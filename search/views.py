"""The public search page and the keyword (tag) page."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import render

from articles.models import Article, ArticlePart, Byline, Publication
from search.engine import parse_query, search
from search.forms import SearchForm
from search.highlight import highlight, snippet
from search.models import Keyword

PER_PAGE = 20


def _with_display(queryset):
    """What a result line shows, in a fixed number of queries per page."""
    return queryset.select_related("issue__publication", "page").prefetch_related(
        Prefetch("parts", queryset=ArticlePart.objects.select_related("page").order_by("sequence")),
        Prefetch("bylines", queryset=Byline.objects.select_related("person")),
        Prefetch("search_keywords", queryset=Keyword.objects.order_by("rank")),
    )


def _mark(articles, query) -> None:
    """Attach highlighted titles and a snippet to each story of a results page."""
    for article in articles:
        article.hl_kicker = highlight(article.kicker, query)
        article.hl_headline = highlight(article.headline or article.title, query)
        article.hl_subheadline = highlight(article.subheadline, query)
        article.hl_snippet = snippet(article.full_text(), query)


def search_view(request):
    form = SearchForm(request.GET or None)
    data = form.valid_data() if form.is_bound else {}
    query = parse_query(data.get("q", ""))
    stories = form.filter(Article.objects.published()) if form.is_bound else None
    result = None
    page = None
    if stories is not None and not query.is_empty:
        result = search(stories, query)
        result.queryset = _with_display(result.queryset)
        page = Paginator(result, PER_PAGE).get_page(request.GET.get("page"))
        page.object_list = list(page.object_list)
        _mark(page.object_list, query)
    elif stories is not None and form.has_filters():
        paginator = Paginator(
            _with_display(stories).order_by("-issue__date", "page__sequence", "position"), PER_PAGE
        )
        page = paginator.get_page(request.GET.get("page"))
    publication = (
        Publication.objects.filter(slug=data["paper"]).first() if data.get("paper") else None
    )
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "query": query,
            "result": result,
            "page_obj": page,
            "publication": publication,
        },
    )


def tag_view(request, word: str):
    stories = _with_display(
        Article.objects.published().filter(search_keywords__word=word)
    ).order_by("-issue__date", "page__sequence", "position")
    page = Paginator(stories, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "search/tag.html", {"word": word, "page_obj": page})
