"""Template tags for pages outside this app: a story's keyword tags and its related stories.

{% load search_tags %}
{% keyword_tags article %}       {# tags linking to /search/tag/<word>/ #}
{% related_stories article 5 %}  {# 相关报道: stories sharing keywords #}
{% search_max_length %}          {# the longest query, the search boxes' maxlength #}
{% hit_meta article.shown %}     {# a result line's paper, date, pages, people and tags #}
"""

from django import template
from django.template.loader import get_template
from django.urls import get_script_prefix, get_urlconf
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from search.engine import MAX_QUERY_LENGTH
from search.related import keywords_for, related_articles

register = template.Library()

#: How many result lines' fixed parts a process keeps before it starts again (~1 KB each).
HIT_LINES_KEPT = 5_000
_hit_lines: dict[tuple, str] = {}


@register.simple_tag
def hit_meta(shown) -> str:
    """``search/includes/hit_meta.html`` for ``shown`` (:class:`search.results.Shown`: what a
    result line shows of a story that no query changes), rendered once per process for each
    set of values, address prefix, URLconf and language, since the fragment follows from them
    alone; kept apart from the e-paper's ``{% remembered %}`` fragments so that readers'
    searches, each listing new stories, do not push those out."""
    key = (shown, get_script_prefix(), get_urlconf(), get_language())
    html = _hit_lines.get(key)
    if html is None:
        html = get_template("search/includes/hit_meta.html").render({"shown": shown})
        if len(_hit_lines) >= HIT_LINES_KEPT:
            _hit_lines.clear()
        _hit_lines[key] = html
    return mark_safe(html)  # rendered by the template engine, which escapes


@register.simple_tag
def search_max_length() -> int:
    """The longest query searched (:data:`search.engine.MAX_QUERY_LENGTH`): every search box's
    ``maxlength``, so that the top bar and the search form agree."""
    return MAX_QUERY_LENGTH


@register.inclusion_tag("search/includes/keyword_tags.html")
def keyword_tags(article):
    return {"keywords": keywords_for(article)}


@register.inclusion_tag("search/includes/related.html")
def related_stories(article, limit=5):
    return {"related": related_articles(article, limit=limit)}
