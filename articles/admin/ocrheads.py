"""请先核对 on a story's form: its kicker, headline or subheadline reads as OCR debris.

The import flags such a story among its page's 请先核对 (:mod:`articles.importing.ocrheads`);
the story's own form says it too, first under 标题, computed from the story as saved: once an
editor has put the printed headline in, the notice is gone.
"""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html

from articles.importing.ocrheads import story_message

PANEL_FIELDSET = ("请先核对", {"fields": ["ocr_head_panel"]})


def _message(article) -> str:
    """:func:`~articles.importing.ocrheads.story_message` of the story as saved (its first
    printed part's paragraphs as the body), kept on the object for the request."""
    if not hasattr(article, "_ocr_head_message"):
        parts = sorted(article.parts.all(), key=lambda part: part.sequence) if article.pk else []
        story = _Story(article, parts[0].blocks if parts else [])
        article._ocr_head_message = story_message(story)
    return article._ocr_head_message


class _Story:
    """The fields :func:`story_message` reads, of a stored story."""

    def __init__(self, article, blocks) -> None:
        self.kicker = article.kicker
        self.headline = article.headline
        self.subheadline = article.subheadline
        self.blocks = blocks or []


class OcrHeadPanel:
    """Mixin for the story admin: the 请先核对 notice, before 标题, when a title reads as OCR
    debris."""

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "ocr_head_panel"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None and obj.pk and _message(obj) and PANEL_FIELDSET not in fieldsets:
            titles = next((i for i, (name, _) in enumerate(fieldsets) if name == "标题"), 0)
            fieldsets.insert(titles, PANEL_FIELDSET)
        return fieldsets

    @admin.display(description="标题像识别错误")
    def ocr_head_panel(self, article):
        message = _message(article) if article is not None else ""
        return (
            format_html('<p class="desk-warning ocr-headline">{}</p>', message) if message else "—"
        )
