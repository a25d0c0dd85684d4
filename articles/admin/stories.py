"""Stories: every field editable, the body by printed part, photos, jumps, history.

Saving a story or any of its parts here marks it as edited by hand (``articles.editing.hand_edit``), so
re-importing its page leaves it alone and reports a conflict instead.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Prefetch
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from articles.admin.base import DeskAdmin, DeskGuards, Tool, admin_url
from articles.admin.display import edited_mark, jumps_html, thumbnail
from articles.admin.filters import (
    IssueDateFilter,
    JumpStateFilter,
    PageIssueDateFilter,
    PageLabelFilter,
)
from articles.admin.history import DiffHelper, part_history
from articles.editing import desk_reason, hand_edit
from articles.forms import (
    ArticleDeskForm,
    ArticlePartDeskForm,
    ArticlePartForm,
    BylineForm,
    PrintedTextForm,
)
from articles.models import Article, ArticlePart, Byline, Jump, JumpState, Photo
from articles.spreadsheets.stories import ArticleResource


class BylineInline(admin.TabularInline):
    model = Byline
    form = BylineForm
    extra = 0
    fields = ["person", "order"]
    autocomplete_fields = ["person"]
    verbose_name = "记者"
    verbose_name_plural = "记者（按署名顺序，顺序小的在前）"


class ArticlePartInline(admin.StackedInline):
    """The body as printed, one part per page the story ran on."""

    model = ArticlePart
    form = ArticlePartForm
    extra = 0
    can_delete = False
    fields = ["where", "title_lines", "blocks"]
    readonly_fields = ["where"]
    verbose_name = "正文分段"
    verbose_name_plural = "正文（每个版面上印出的一段）"

    def has_add_permission(self, request, obj=None):
        return False  # parts come from the printed pages; jumps join them

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("page").order_by("sequence")

    @admin.display(description="刊于")
    def where(self, part):
        text = f"{part.page.label}版 第{part.position}篇"
        if part.continued_from:
            text += f"（上接{part.continued_from}版）"
        return text


class PhotoOnArticleInline(admin.TabularInline):
    form = PrintedTextForm
    model = Photo
    fk_name = "article"
    extra = 0
    can_delete = False
    fields = ["preview", "image", "caption", "credit_line", "where"]
    readonly_fields = ["preview", "where"]
    show_change_link = True
    verbose_name_plural = "本稿图片"
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 50})}
    }

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="缩略图")
    def preview(self, photo):
        return thumbnail(photo)

    @admin.display(description="版面")
    def where(self, photo):
        return f"{photo.page.label}版 第{photo.position}张"


def _jumps_of(article):
    return (
        Jump.objects.filter(part__article=article)
        .select_related("part__page", "to_part__page")
        .prefetch_related("candidates__page", "candidates__article")
        .order_by("part__sequence", "direction")
    )


def desk_search(queryset, term):
    from search.engine import filter_articles

    return filter_articles(queryset, term, rank=False)


@admin.register(Article)
class ArticleAdmin(DeskAdmin):
    form = ArticleDeskForm
    resource_classes = [ArticleResource]
    list_display = [
        "__str__",
        "issue_date",
        "paper",
        "page_label",
        "position",
        "status",
        "is_edited",
        "jump_state",
        "printed_on",
    ]
    list_display_links = ["__str__"]
    list_filter = [
        IssueDateFilter,
        "issue__publication",
        PageLabelFilter,
        "status",
        JumpStateFilter,
    ]
    date_hierarchy = "issue__date"
    # The search box appears when search_fields is set; the search itself is search_function.
    search_fields = ["headline", "kicker", "subheadline", "byline"]
    search_help_text = "按标题、署名或正文里的词语查找，如：徐惠民"
    # The public site's engine (jieba words on the full-text index, substring fallback), unranked
    # so the change list keeps its own ordering.
    search_function = staticmethod(desk_search)
    fieldsets = [
        (
            "位置与状态",
            {
                "fields": [
                    "issue",
                    "page",
                    "position",
                    "printed_on",
                    "status",
                    "edited_at",
                    # The lost-update guard's hidden field: only what is rendered is sent.
                    "loaded_version",
                ]
            },
        ),
        ("标题", {"fields": ["kicker", "headline", "subheadline"]}),
        ("电头与署名", {"fields": ["dateline", "byline"]}),
        ("转版", {"fields": ["jump_panel"]}),
    ]
    readonly_fields = ["issue", "page", "position", "printed_on", "edited_at", "jump_panel"]
    inlines = [BylineInline, ArticlePartInline, PhotoOnArticleInline]
    object_history_template = "admin/articles/article/object_history.html"
    formfield_overrides = {
        models.CharField: {"widget": forms.TextInput(attrs={"style": "width: 40em"})}
    }

    def has_add_permission(self, request):
        return False  # stories come from imported pages

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("issue__publication", "page")
            .prefetch_related(
                Prefetch(
                    "parts",
                    queryset=ArticlePart.objects.select_related("page")
                    .prefetch_related("jumps")
                    .order_by("sequence"),
                ),
                Prefetch("bylines", queryset=Byline.objects.select_related("person")),
            )
        )

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return self.search_function(queryset, search_term), False

    @admin.display(description="日期", ordering="issue__date")
    def issue_date(self, article):
        return article.issue.date

    @admin.display(description="报纸", ordering="issue__publication__name")
    def paper(self, article):
        return article.issue.publication

    @admin.display(description="版次", ordering="page__sequence")
    def page_label(self, article):
        return article.page.label

    @admin.display(description="人工修改", ordering="edited_at")
    def is_edited(self, article):
        return edited_mark(article.is_edited)

    @admin.display(description="刊于")
    def printed_on(self, article):
        if article.pk is None:
            return "—"
        return "、".join(p.label for p in article.printed_pages()) + "版"

    @admin.display(description="转版")
    def jump_state(self, article):
        states = [
            (j.get_direction_display(), j.target_label, j.get_state_display(), j.state)
            for part in article.parts.all()
            for j in part.jumps.all()
        ]
        if not states:
            return "—"
        return format_html_join(
            mark_safe("<br>"),
            '<span class="jump-state jump-{3}">{0}{1} {2}</span>',
            states,
        )

    @admin.display(description="转版标记")
    def jump_panel(self, article):
        if article.pk is None:
            return "—"
        return jumps_html(_jumps_of(article))

    def get_object_tools(self, request, obj):
        tools = []
        ambiguous = Jump.objects.filter(part__article=obj, state=JumpState.AMBIGUOUS).first()
        if ambiguous and self.has_change_permission(request, obj):
            tools.append(Tool(admin_url("jump_fix", ambiguous.pk), "处理有歧义的转版"))
        tools.append(Tool(admin_url("page_change", obj.page_id), f"查看{obj.page.label}版"))
        return tools

    # Saving: every save is a hand edit -----------------------------------------------------

    def save_model(self, request, obj, form, change):
        if change:  # where the story sits is the importer's business (also on a history revert)
            current = Article.objects.filter(pk=obj.pk).values("issue_id", "page_id", "position")
            for key, value in current.first().items():
                setattr(obj, key, value)
        hand_edit([obj], reason=desk_reason(request))
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        hand_edit(instances, reason=desk_reason(request))
        for instance in instances:
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()

    # History -------------------------------------------------------------------------------

    def get_historical_record_context_helper(self, request, historical_record):
        return DiffHelper(self.model, historical_record)

    def history_view(self, request, object_id, extra_context=None):
        article = self.get_object(request, object_id)
        extra = {"part_history": part_history(article) if article else []}
        return super().history_view(request, object_id, {**(extra_context or {}), **extra})


@admin.register(ArticlePart)
class ArticlePartAdmin(DeskGuards, SimpleHistoryAdmin):
    """One printed part on its own: its body editor and its history (with revert). No
    spreadsheets: parts travel with their story (ArticleResource)."""

    object_history_list_template = "admin/articles/object_history_list.html"
    change_form_template = "admin/articles/change_form.html"
    object_history_form_template = "admin/articles/object_history_form.html"
    form = ArticlePartDeskForm
    list_display = ["__str__", "article", "page", "position", "sequence", "continued_from"]
    list_filter = [PageIssueDateFilter, PageLabelFilter]
    list_select_related = ["article", "page"]
    search_fields = ["article__headline", "article__kicker"]
    fields = [
        "article_link",
        "page",
        "position",
        "sequence",
        "continued_from",
        "title_lines",
        "blocks",
        "loaded_version",  # the lost-update guard's hidden field (ArticlePartDeskForm)
    ]
    readonly_fields = ["article_link", "page", "position", "sequence", "continued_from"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # removing printed text is done by re-importing the page

    @admin.display(description="稿件")
    def article_link(self, part):
        return format_html(
            '<a href="{}">{}</a>', admin_url("article_change", part.article_id), part.article
        )

    def save_model(self, request, obj, form, change):
        if change:  # a history revert restores the text, not where the part sits now
            current = ArticlePart.objects.filter(pk=obj.pk).values(
                "article_id", "page_id", "position", "sequence", "continued_from"
            )
            for key, value in current.first().items():
                setattr(obj, key, value)
        hand_edit([obj], reason=desk_reason(request))
        super().save_model(request, obj, form, change)
        article = obj.article
        hand_edit([article], reason=desk_reason(request), user=request.user)
        article.save(update_fields=["edited_at", "updated_at"])

    def get_historical_record_context_helper(self, request, historical_record):
        return DiffHelper(self.model, historical_record)
