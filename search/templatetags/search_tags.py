"""Template tags for pages outside this app: a story's keyword tags and its related stories.

{% load search_tags %}
{% keyword_tags article %}       {# tags linking to /search/tag/<word>/ #}
{% related_stories article 5 %}  {# 相关报道: stories sharing keywords #}
"""

from django import template

from search.related import keywords_for, related_articles

register = template.Library()


@register.inclusion_tag("search/includes/keyword_tags.html")
def keyword_tags(article):
    return {"keywords": keywords_for(article)}


@register.inclusion_tag("search/includes/related.html")
def related_stories(article, limit=5):
    return {"related": related_articles(article, limit=limit)}
