"""Template tags for pages outside this app: a story's keyword tags and its related stories.

{% load search_tags %}
{% keyword_tags article %}       {# tags linking to /search/tag/<word>/ #}
{% related_stories article 5 %}  {# 相关报道: stories sharing keywords #}
{% search_max_length %}          {# the longest query, the search boxes' maxlength #}
"""

from django import template

from search.engine import MAX_QUERY_LENGTH
from search.related import keywords_for, related_articles

register = template.Library()


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
