"""``{{ text|script_lang }}``: the ``lang`` attribute a link or line naming a story or a paper
printed in traditional characters carries inside a page (:func:`articles.language.
traditional_attribute`); nothing for simplified text."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe

from articles.language import SIMPLIFIED, language_attribute, traditional_attribute

register = template.Library()


@register.filter
def script_lang(text) -> SafeString:
    """`` lang="zh-Hant"`` for traditional ``text`` (to follow an element's name, inside its
    tag), else ""."""
    return mark_safe(traditional_attribute(str(text or "")))  # a fixed attribute, no input


@register.filter
def lang_in(text, within) -> SafeString:
    """``{{ title|lang_in:page_language }}``: the ``lang`` attribute ``text`` carries inside an
    element whose language is ``within`` (``zh-Hans`` when empty) when its script differs
    (:func:`articles.language.language_attribute`), else ""."""
    attribute = language_attribute(str(text or ""), str(within or SIMPLIFIED))
    return mark_safe(attribute)  # a fixed attribute, no input
