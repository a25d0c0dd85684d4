"""The public search page and the keyword (tag) page."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpResponseBadRequest
from django.shortcuts import render

from articles.models import Article, ArticlePart, Byline, Publication
from search.engine import parse_query, search
from search.forms import MAX_QUERY_LENGTH, SearchForm
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


def _bad_page(request) -> bool:
    """``?page=`` that is not a page number (-1, abc, 10 KB of digits)."""
    value = request.GET.get("page")
    return (
        value is not None
        and value != "last"
        and not (value.isdigit() and 0 < len(value) <= 6 and int(value) > 0)
    )


def search_view(request):
    form = SearchForm(request.GET or None)
    too_long = len(request.GET.get("q", "")) > MAX_QUERY_LENGTH
    if too_long or _bad_page(request):
        # Absurd input (a 10 KB query, page -1): say what is wrong, with a 400, and search
        # nothing. (A filter that does not parse is only reported: the rest still searches.)
        return render(
            request,
            "search/search.html",
            {
                "form": form,
                "query": parse_query(""),
                "result": None,
                "page_obj": None,
                "bad_page": _bad_page(request),
                "publication": None,
            },
            status=400,
        )
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
    if _bad_page(request) or len(word) > 50:
        return HttpResponseBadRequest("?page= must be a page number and a tag a word")
    stories = _with_display(
        Article.objects.published().filter(search_keywords__word=word)
    ).order_by("-issue__date", "page__sequence", "position")
    page = Paginator(stories, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "search/tag.html", {"word": word, "page_obj": page})
