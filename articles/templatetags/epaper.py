"""Template helpers for the public e-paper (``{% load epaper %}``)."""

from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe

from articles import addresses, public
from articles.params import encode_segment

register = template.Library()


@register.simple_tag
def address(viewname, **kwargs):
    """``{% url %}`` for the links every page repeats (masthead, footer, calendar), each worked
    out once per process (:func:`articles.addresses.address`)."""
    return addresses.address(viewname, **kwargs)


@register.simple_tag
def section_url(publication, section):
    """The section page's URL, or "" when the section has no page (no name, or a slash in it)."""
    return public.section_url(publication, section)


@register.simple_tag
def person_url(name):
    return public.person_url(name)


@register.simple_tag
def tag_url(word):
    """The keyword page's URL (``/search/tag/<word>/``) with a safe segment, whatever the word
    (``..`` too: :func:`articles.params.encode_segment`)."""
    return reverse("search:tag", kwargs={"word": encode_segment(word)})


@register.filter
def json_ld(data):
    """Structured data for ``<script type="application/ld+json">``, escaped for a script element."""
    return mark_safe(public.json_for_script(data))


@register.filter
def page_name(page):
    return public.page_name(page)


@register.filter
def cn_date(day):
    """``2020年7月9日``."""
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


WEEKDAYS = "一二三四五六日"


@register.filter
def cn_weekday(day):
    """``星期四``."""
    return f"星期{WEEKDAYS[day.weekday()]}" if day else ""


@register.simple_tag(takes_context=True)
def absolute(context, path):
    """``path`` as an absolute URL on the host the reader asked for."""
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None and path else path


@register.simple_tag(takes_context=True)
def masthead_paper(context):
    """The paper a page's masthead and footer name: the page's own (``publication``), else the
    site's paper (``site_paper``, :mod:`articles.context_processors`) on pages of no paper
    (search, people); None when neither is there (a page rendered without a request)."""
    return context.get("publication") or context.get("site_paper") or None
