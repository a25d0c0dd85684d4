"""``{{ text|script_lang }}``: the ``lang`` attribute a link or line naming a story or a paper
printed in traditional characters carries inside a page (:func:`articles.language.
traditional_attribute`); nothing for simplified text."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe

from articles.language import traditional_attribute

register = template.Library()


@register.filter
def script_lang(text) -> SafeString:
    """`` lang="zh-Hant"`` for traditional ``text`` (to follow an element's name, inside its
    tag), else ""."""
    return mark_safe(traditional_attribute(str(text or "")))  # a fixed attribute, no input
