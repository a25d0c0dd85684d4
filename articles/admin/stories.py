"""Stories: every field editable, the body by printed part, photos, jumps, history.

Saving a story or any of its parts here marks it as edited by hand (``articles.editing.hand_edit``), so
re-importing its page leaves it alone and reports a conflict instead.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from articles.admin.audit import PERMISSION as AUDIT_PERMISSION
from articles.admin.base import (
    DeskAdmin,
    DeskGuards,
    DeskInputError,
    NamesStories,
    Tool,
    admin_url,
    answers_bad_input,
    parse_id,
)
from articles.admin.display import StoryJumpsColumn, edited_mark, jumps_html
from articles.admin.filters import (
    IssueDateFilter,
    JumpStateFilter,
    PageIssueDateFilter,
    PageLabelFilter,
    PageTextFilter,
)
from articles.admin.history import (
    DiffHelper,
    revert_keeps,
    revert_part_notes,
    revert_split_notes,
    story_changes,
    version_body_text,
    version_fields,
)
from articles.admin.notices import notice_tools
from articles.admin.ocrheads import OcrHeadPanel
from articles.admin.pagetext import PageTextPanel
from articles.admin.personfilters import ReporterFilter
from articles.admin.photorenditions import copies_follow
from articles.admin.photos import BylineInline
from articles.admin.proofmarks import ProofreadingFilter
from articles.admin.proofreading import ProofreadingPanel
from articles.admin.storyinlines import ArticlePartInline, PhotoOnArticleInline, refused_view
from articles.admin.storyjoin import storyjoin_tools, storyjoin_urls
from articles.admin.storysearch import StorySearch
from articles.admin.workflow import StoryWorkflow
from articles.correctionnotices import notices_find
from articles.editing import (
    PART_PLACE,
    StoryVersion,
    desk_reason,
    hand_edit,
    inline_rows_in_place,
    revert_outcome,
    split_offs_in,
    story_revert,
    story_snapshot,
    story_snapshot_refresh,
    story_versions,
)
from articles.forms import (
    ArticleDeskForm,
    ArticlePartDeskForm,
)
from articles.forms.confirm import StoryRevertForm
from articles.forms.desk import story_choice_label
from articles.forms.guards import form_changed
from articles.importing.phototext import pending_settled
from articles.models import Article, ArticlePart, Byline, Jump, JumpState, Photo
from articles.people.misspellings import credited_now, misspelling_undone, misspellings_recorded
from articles.people.typedlines import reporters_follow_byline
from articles.signoff import (
    EDITED_AFTER_SIGNOFF_REASON,
    SIGNOFF_FIELDS,
    published_edit_refusal,
    revert_status,
    status_after_edit,
)
from articles.spreadsheets.stories import ArticleResource


def _jumps_of(article):
    return (
        Jump.objects.filter(part__article=article)
        .select_related("part__page", "to_part__page")
        .prefetch_related("candidates__page", "candidates__article")
        .order_by("part__sequence", "direction")
    )


@admin.register(Article)
class ArticleAdmin(
    StorySearch,
    PageTextPanel,
    OcrHeadPanel,
    StoryJumpsColumn,
    ProofreadingPanel,
    StoryWorkflow,
    DeskAdmin,
):
    form = ArticleDeskForm
    resource_classes = [ArticleResource]

    def get_export_resource_kwargs(self, request, **kwargs):
        """The export's 网址 column with the site's own address (``https://host``)."""
        origin = f"{request.scheme}://{request.get_host()}"
        return {**super().get_export_resource_kwargs(request, **kwargs), "origin": origin}

    list_display = [
        "__str__",
        "issue_date",
        "paper",
        "page_label",
        "position",
        "status",
        "signed_off",
        "scheduled",
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
        PageTextFilter,
        ReporterFilter,  # (by id: namesakes each an entry with their 区分说明)
        ProofreadingFilter,  # 校对: findings, not proofread, changed since
    ]
    date_hierarchy = "issue__date"
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
                    "signed_off",
                    "scheduled",
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
    readonly_fields = [
        "issue",
        "page",
        "position",
        "printed_on",
        "signed_off",
        "scheduled",
        "edited_at",
        "jump_panel",
    ]
    inlines = [BylineInline, ArticlePartInline, PhotoOnArticleInline]
    actions = [
        "submit_selected",
        "sign_off_selected",
        "return_selected",
        "publish_selected",
        "schedule_selected",
        "unschedule_selected",
        "unpublish_selected",
    ]
    object_history_template = "admin/articles/article/object_history.html"
    formfield_overrides = {
        # 40em wide (articles/static/articles/desk.css: no style attribute under the CSP)
        models.CharField: {"widget": forms.TextInput(attrs={"class": "vTextField desk-wide"})}
    }

    def has_add_permission(self, request):
        return False  # stories come from imported pages

    def has_delete_permission(self, request, obj=None):
        return False  # a story goes with its page (撤销本版导入) or its issue (删除本期)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("issue__publication", "page", "signed_off_by", "publish_by")
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

    def autocomplete_label(self, article) -> str:
        """How the desk's story pickers (图片的所属稿件, 导读的指向稿件) name a story: with its
        date, paper and page (:func:`~articles.forms.desk.story_choice_label`)."""
        return story_choice_label(article)

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
        tools += notice_tools(obj)  # a printed 更正: its link, or why it has none
        return tools + storyjoin_tools(request, obj)  # 合并到上一篇, 从这里拆开

    def get_urls(self):
        return [*storyjoin_urls(self), *super().get_urls()]

    # Saving: every save is a hand edit (and keeps the sign-off in step, articles.signoff) -----------------------------------------------------

    def save_model(self, request, obj, form, change):
        """The story saved as a hand edit; not at all when the form changed nothing (saved
        later, by :meth:`save_formset`, if one of its parts or reporters changed): a 保存 that
        changes nothing leaves its 更新时间 (the feeds' ``<updated>``), history and
        ``edited_at`` alone."""
        if change and not form_changed(form):
            obj._desk_unsaved = True
            return
        self._story_save(request, obj, form, change)

    def _story_save(self, request, obj, form, change) -> None:
        obj._desk_unsaved = False
        if change:  # where the story sits is the importer's business (also on a history revert)
            current = Article.objects.filter(pk=obj.pk).values("issue_id", "page_id", "position")
            for key, value in current.first().items():
                setattr(obj, key, value)
            self.signoff_before_save(request, obj)
        hand_edit([obj], reason=desk_reason(request))
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        # (the story saved first when it was not: its history baseline holds the parts before)
        if getattr(form.instance, "_desk_unsaved", False) and formset.has_changed():
            self._story_save(request, form.instance, form, change)
        instances = inline_rows_in_place(formset.save(commit=False))
        hand_edit(instances, reason=desk_reason(request))
        for instance in instances:
            instance.save()
            if isinstance(instance, Photo):  # its page's text typed in: nothing left to take
                pending_settled(instance)
                copies_follow(self, request, instance)  # readers' copies of a new upload
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if getattr(article, "_desk_unsaved", False):
            return  # nothing changed: nothing saved
        # A corrected byline corrects who is credited, unless the editor set the reporters too.
        if "byline" in form.changed_data and not any(
            fs.model is Byline and fs.has_changed() for fs in formsets
        ):
            before = credited_now(article)
            undone = misspelling_undone(article, form.initial.get("byline") or "")
            names = reporters_follow_byline(article, form.initial.get("byline") or "")
            if names is not None:
                self.message_user(
                    request, f"署名已改，记者随之改为：{'、'.join(names) or '（无）'}"
                )
                for line in undone + misspellings_recorded(article, before):  # (错写 kept…)
                    self.message_user(request, line)
        self.signoff_after_save(request, article, form, formsets)
        story_snapshot_refresh(article)  # the version holds the parts just saved
        notices_find(articles=[article])  # a 更正 notice edited, or a story one names

    # History: whole versions of the story ----------------------------------------------------

    def _history_context(self, request, title, **kwargs):
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": title,
            **kwargs,
        }

    @answers_bad_input
    def history_view(self, request, object_id, extra_context=None):
        """Every version of the story, newest first, each with all that changed from the one
        before: deck, dateline, byline, reporters, status and the body by paragraph."""
        pk = parse_id(unquote(object_id))
        article = Article.objects.select_related("page").filter(pk=pk).first()
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        versions = story_versions(pk)
        if article is None and not versions:
            raise DeskInputError("没有这篇稿件，也没有它的修改记录。", status=404)
        rows, before = [], None
        for version in versions:
            rows.append(
                {
                    "version": version,
                    "changes": story_changes(before, version),
                    "url": admin_url("article_simple_history", pk, version.record.history_id),
                }
            )
            before = version
        rows.reverse()
        context = self._history_context(
            request,
            f"修改历史：{article or versions[-1].record.headline}",
            article=article,
            rows=rows,
            audit_object=f"article:{pk}" if request.user.has_perm(AUDIT_PERMISSION) else "",
        )
        return TemplateResponse(request, "admin/articles/article/object_history.html", context)

    @answers_bad_input
    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """One version of the story, whole (deck, reporters, every part's text), what reverting
        to it would change, and (with the change permission) “恢复到此版本”."""
        record = self.history_record(request, object_id, version_id)
        article = Article.objects.select_related("page").filter(pk=record.id).first()
        if article is None:
            raise DeskInputError("这篇稿件已不存在，无法恢复到它的历史版本。", status=404)
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        form = StoryRevertForm(
            request.POST if request.method == "POST" else None, article_pk=article.pk
        )
        if request.method == "POST" and not self.has_change_permission(request, article):
            raise PermissionDenied(published_edit_refusal(article, request.user) or None)
        if request.method == "POST" and form.is_valid():
            report = story_revert(
                article=article, record=record, user=request.user, status_rule=revert_status
            )
            article.refresh_from_db()
            when = f"{timezone.localtime(record.history_date):%Y-%m-%d %H:%M}"
            self.log_change(request, article, f"恢复到 {when} 的版本")
            self.message_user(
                request,
                f"已恢复到 {when} 的版本的内容（标题、电头、署名、记者和正文）；"
                f"状态保持“{article.get_status_display()}”。",
                messages.SUCCESS,
            )
            if report.status_note:
                self.message_user(request, report.status_note, messages.WARNING)
            newer = [part.page.label for part in report.newer_parts]
            gone = [p["page"] for p in report.gone_parts]
            split_offs = [s.name for s in report.split_offs]
            for note in revert_part_notes(newer, gone, done=True) + revert_split_notes(
                split_offs, done=True
            ):
                self.message_user(request, note, messages.WARNING)
            return HttpResponseRedirect(admin_url("article_change", article.pk))
        version = next(v for v in story_versions(article.pk) if v.record.pk == record.pk)
        now = StoryVersion(record=article, story=story_snapshot(article.pk))
        outcome, newer, gone = revert_outcome(now, version)
        changes = story_changes(now, outcome, with_status=False)
        context = self._history_context(
            request,
            f"{timezone.localtime(record.history_date):%Y-%m-%d %H:%M} 的版本："
            f"{record.headline or article}",
            article=article,
            version=version,
            fields=version_fields(version),
            parts=version_body_text(version),
            changes=changes,
            keeps=revert_keeps(article, version, user=request.user, text_changes=bool(changes)),
            parts_kept=revert_part_notes(
                [p["page"] for p in newer], [p["page"] for p in gone], done=False
            )
            + revert_split_notes([s.name for s in split_offs_in(version)], done=False),
            form=form,
            may_revert=self.has_change_permission(request, article),
            history_url=admin_url("article_history", article.pk),
        )
        return TemplateResponse(request, "admin/articles/article/version.html", context)


@admin.register(ArticlePart)
class ArticlePartAdmin(NamesStories, DeskGuards, SimpleHistoryAdmin):
    """One printed part on its own: its body editor and its history (with revert). No
    spreadsheets: parts travel with their story (ArticleResource)."""

    object_history_list_template = "admin/articles/object_history_list.html"
    change_form_template = "admin/articles/change_form.html"
    object_history_form_template = "admin/articles/object_history_form.html"
    form = ArticlePartDeskForm
    list_display = ["__str__", "article", "page", "position", "sequence", "continued_from"]
    list_filter = [PageIssueDateFilter, PageLabelFilter]
    list_select_related = ["article", "page__issue__publication"]
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

    def has_change_permission(self, request, obj=None):
        """As its story's (``StoryWorkflow.has_change_permission``): a part of a published
        story of a paper that requires sign-off is changed only by one who may sign off."""
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or not published_edit_refusal(obj.article, request.user)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The part's form; read-only, saying why, when its story may not be changed now."""
        part = self.get_object(request, object_id)
        refusal = published_edit_refusal(part.article, request.user) if part else ""
        if (refused := refused_view(self, request, refusal)) is not None:
            return refused
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description="稿件")
    def article_link(self, part):
        return format_html(
            '<a href="{}">{}</a>', admin_url("article_change", part.article_id), part.article
        )

    def save_model(self, request, obj, form, change):
        if change:  # a history revert restores the text, not where the part sits now
            current = ArticlePart.objects.filter(pk=obj.pk).values(*PART_PLACE)
            for key, value in current.first().items():
                setattr(obj, key, value)
        if change and not form_changed(form):
            return  # (a 保存 that changes nothing moves no 更新时间)
        # (its story's imported version too, before the part changes it: else it held the new text)
        hand_edit([obj, obj.article], reason=desk_reason(request))
        super().save_model(request, obj, form, change)
        article = obj.article
        hand_edit([article], reason=desk_reason(request), user=request.user)
        # Its story's sign-off follows the text as from the story's form (articles.signoff).
        if message := status_after_edit(
            article, before=article.status, user=request.user, content_changed=True
        ):
            article._change_reason = EDITED_AFTER_SIGNOFF_REASON
            self.message_user(request, message, messages.WARNING)
        article.save(update_fields=["edited_at", "updated_at", *SIGNOFF_FIELDS])

    def get_historical_record_context_helper(self, request, historical_record):
        return DiffHelper(self.model, historical_record)
