"""The proofreading aid on the desk: the word list (校对词表) and the findings beside a story.

:class:`ProofreadingPanel` gives a story's change form a read-only field, 校对提示: every
finding of :func:`articles.proofing.story_findings`, computed from the story as saved, with
where it is, the words around it and the found part highlighted. It never changes the text.
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from articles.admin.base import DeskGuards, admin_url
from articles.admin.proofmarks import dismissed_of, finding_id, story_state_html, story_urls
from articles.forms import PrintedTextForm
from articles.models import ArticlePart, ProofreadingWord
from articles.models.stories import FIRST_PARTS
from articles.proofing import desk_findings, recheck_for_words
from articles.publishchecks import proofread_stories

PANEL_FIELDSET = ("校对提示（只提示，不改动原文）", {"fields": ["proofreading_panel"]})


class ProofreadingPanel:
    """Mixin for the story admin: the 校对提示 field and its fieldset, last on the form."""

    def get_readonly_fields(self, request, obj=None):
        if obj is not None:  # (the panel's buttons only for who may change the story)
            obj._proofread_may = self.has_change_permission(request, obj)
        return [*super().get_readonly_fields(request, obj), "proofreading_panel"]

    def get_urls(self):
        return [*story_urls(self), *super().get_urls()]

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None and PANEL_FIELDSET not in fieldsets:
            fieldsets.append(PANEL_FIELDSET)
        return fieldsets

    @admin.display(description="校对提示")
    def proofreading_panel(self, article):
        if article is None or article.pk is None:
            return "—"
        items = [
            {
                "id": finding_id(item),
                "kind": item.finding.kind,
                "label": item.finding.label,
                "where": item.where,
                "message": item.finding.message,
                "suggestion": item.finding.suggestion,
                "context": item.context(),
            }
            for item in desk_findings(article)
        ]
        context = {
            "findings": items,
            "dismissed": dismissed_of(article),
            "state": story_state_html(article),
            "may": getattr(article, "_proofread_may", False),
            "dismiss_url": admin_url("article_proofreading_dismiss", article.pk),
            "read_url": admin_url("article_proofread", article.pk),
        }
        return mark_safe(render_to_string("admin/articles/_proofreading.html", context))


def stories_found_html(stories) -> SafeString:
    """校对 of an issue's or a page's form: the stories of ``stories`` (an Article queryset)
    with proofreading findings as the last check stored them, in print order, each linked to
    its form (``A6版 第2篇“标题”：2 处校对提示（重复字1处、标点1处）``,
    :func:`articles.publishchecks.proofread_stories`), or that there are none. A fixed number
    of queries (four when some have findings), however many stories."""
    found = (
        stories.filter(proofreading__isnull=False)
        .distinct()
        .select_related("page")
        .prefetch_related(
            Prefetch(
                "parts",
                queryset=ArticlePart.objects.filter(sequence=0).only("article_id", "blocks"),
                to_attr=FIRST_PARTS,
            )
        )
    )
    listed = proofread_stories(list(found))
    if not listed:
        return format_html('<span class="desk-ok proofreading-clean">{}</span>', "没有校对提示")
    total = sum(story.findings for story in listed)
    return format_html(
        '<p class="desk-warning">{}</p><ol class="desk-list proofreading-stories">{}</ol>',
        f"{len(listed)} 篇稿件共 {total} 处校对提示（打开稿件看表单里的“校对提示”）：",
        format_html_join(
            "",
            '<li><a href="{}">{}</a></li>',
            ((admin_url("article_change", s.article_id), s.line) for s in listed),
        ),
    )


class ProofreadingWordForm(PrintedTextForm):
    class Meta:
        model = ProofreadingWord
        fields = ["kind", "word", "preferred", "inside_words", "note"]

    def clean(self):
        data = super().clean()
        word = (data.get("word") or "").strip()
        if word:
            data["word"] = word
        if data.get("kind") == "preferred" and not (data.get("preferred") or "").strip():
            self.add_error("preferred", "规范用语要写明规范的写法，例如“做好”的规范写法“作好”。")
        if word and (data.get("preferred") or "").strip() == word:
            self.add_error("preferred", "规范写法与词语相同，没有可提示的：请改写或留空。")
        return data


@admin.register(ProofreadingWord)
class ProofreadingWordAdmin(DeskGuards, admin.ModelAdmin):
    """The desk's word list. A change re-checks the stories it can concern."""

    form = ProofreadingWordForm
    list_display = ["word", "kind", "preferred", "inside_words", "note", "updated_at"]
    list_filter = ["kind", "inside_words"]
    search_fields = ["word", "preferred", "note"]
    fields = ["kind", "word", "preferred", "inside_words", "note"]

    def save_model(self, request, obj, form, change):
        old = form.initial.get("word", "") if change else ""
        super().save_model(request, obj, form, change)
        recheck_for_words(obj.word, old)

    def delete_model(self, request, obj):
        word = obj.word
        super().delete_model(request, obj)
        recheck_for_words(word)

    def delete_queryset(self, request, queryset):
        words = list(queryset.values_list("word", flat=True))
        super().delete_queryset(request, queryset)
        recheck_for_words(*words)
