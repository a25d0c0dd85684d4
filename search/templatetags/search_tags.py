"""Template tags for pages outside this app: a story's keyword tags and its related stories.

{% load search_tags %}
{% keyword_tags article %}       {# tags linking to /search/tag/<word>/ #}
{% related_stories article 5 %}  {# 相关报道: stories sharing keywords #}
{% search_max_length %}          {# the longest query, the search boxes' maxlength #}
{% hit article %}                {# a search result line (search.results.show, _mark) #}
{% hit_meta article.shown lang %} {# its paper, date, pages, people and tags; lang: the line's #}
"""

from html import escape

from django import template
from django.template.loader import get_template
from django.urls import get_script_prefix, get_urlconf
from django.utils.safestring import SafeData, SafeString, mark_safe
from django.utils.translation import get_language

from articles.language import SIMPLIFIED, TRADITIONAL, traditional_attribute
from articles.selectors import with_reader_names
from search.engine import MAX_QUERY_LENGTH
from search.related import keywords_for, related_articles

register = template.Library()

#: How many result lines' fixed parts a process keeps before it starts again (~1 KB each).
HIT_LINES_KEPT = 5_000
_hit_lines: dict[tuple, str] = {}


def _environment() -> tuple:
    """What a fragment's HTML follows from besides its values: the address prefix the site is
    served under, the URLconf and the language."""
    return (get_script_prefix(), get_urlconf(), get_language())


@register.simple_tag
def hit_meta(shown, within: str = "", environment: tuple | None = None) -> str:
    """``search/includes/hit_meta.html`` for ``shown`` (:class:`search.results.Shown`: what a
    result line shows of a story that no query changes) inside a line whose ``lang`` is
    ``within`` (``""``: the page's, zh-Hans; ``zh-Hant``, a traditional story's line: the meta
    line and the keyword tags say zh-Hans again, being the site's words and the keywords as
    stored, simplified; each name or word printed in traditional says so,
    :func:`articles.language.traditional_attribute`), rendered once per process for each
    set of values and :func:`_environment`, since the fragment follows from them alone; kept
    apart from the e-paper's ``{% remembered %}`` fragments so that readers' searches, each
    listing new stories, do not push those out."""
    key = (shown, within, environment or _environment())
    html = _hit_lines.get(key)
    if html is None:
        back = f' lang="{SIMPLIFIED}"' if within == TRADITIONAL else ""
        context = {"shown": shown, "back": mark_safe(back)}  # (a fixed attribute, no input)
        html = get_template("search/includes/hit_meta.html").render(context)
        if len(_hit_lines) >= HIT_LINES_KEPT:
            _hit_lines.clear()
        _hit_lines[key] = html
    return mark_safe(html)  # rendered by the template engine, which escapes


_ENVIRONMENT = object()  # its key in a render's context (asked once a page, not once a line)


def _escaped(value) -> str:
    """As ``{{ value }}`` shows text: escaped unless marked safe (``conditional_escape``, with
    the standard library's ``html.escape`` that Django's ``escape`` is)."""
    return value if isinstance(value, SafeData) else escape(str(value))


def _marked(article, name: str, printed: str) -> str:
    """``{{ article.<name>|default:printed }}``: the marked text if there is one, else the
    printed text (a keyword page marks nothing)."""
    return _escaped(getattr(article, name, "") or printed)


@register.simple_tag(takes_context=True)
def hit(context, article) -> SafeString:
    """A result line of the search and keyword pages: the story's kicker, headline (its link)
    and subheading, with the query's words marked where the view marked them (``hl_*``), its
    headline as printed when corrected since and found (``hl_printed``: 见报标题), the snippet, and its fixed part (:func:`hit_meta`). ``article`` as :func:`search.results.show`
    gives it. Written here rather than by an included template (a page of twenty results spent
    some 0.8 ms in the include); tests/search/test_hit_line.py compares it with that template."""
    lang = traditional_attribute(article.reader_name)
    out = [f'<article class="hit"{lang}>\n  ']
    if article.kicker:
        out.append(f'<p class="deck">{_marked(article, "hl_kicker", article.kicker)}</p>')
    out.append(
        f'\n  <h2><a href="{_escaped(article.get_absolute_url())}">'
        f"{_marked(article, 'hl_headline', article.reader_name)}</a></h2>\n  "
    )
    if article.subheadline:
        out.append(f'<p class="deck">{_marked(article, "hl_subheadline", article.subheadline)}</p>')
    printed = getattr(article, "hl_printed", "")
    if printed:
        out.append(f'\n  <p class="deck printed">见报标题：{_escaped(printed)}</p>')
    out.append("\n  ")
    snippet = getattr(article, "hl_snippet", "")
    if snippet:
        out.append(f'<p class="snippet">{_escaped(snippet)}</p>')
    environment = context.render_context.get(_ENVIRONMENT)
    if environment is None:
        environment = context.render_context[_ENVIRONMENT] = _environment()
    within = TRADITIONAL if lang else ""
    out.append(f"\n  {hit_meta(article.shown, within, environment)}\n</article>\n")
    return mark_safe("".join(out))  # every value escaped above


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
    """相关报道 by shared keywords, each by its ``reader_name`` (an untitled brief by its first
    words: :func:`articles.selectors.with_reader_names`, one query more only then)."""
    return {"related": with_reader_names(related_articles(article, limit=limit))}
