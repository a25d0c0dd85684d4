"""Pages: what each printed, the raw text as imported, upload with preview, re-parse."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html

from articles.admin.base import (
    DeskAdmin,
    ReadOnlyInline,
    Tool,
    admin_url,
    answers_bad_input,
    count_of,
    parse_id,
)
from articles.admin.display import edited_mark, thumbnail
from articles.admin.filters import IssueDateFilter
from articles.admin.importnotes import import_notes_html
from articles.admin.pagetext import page_text_url
from articles.admin.pagezones import ZoneInline, picture_preview, rematch_selected, save_zones
from articles.admin.photorenditions import copies_follow
from articles.admin.phototext import pending_html
from articles.admin.picturerelease import picture_release_view
from articles.admin.proofmarks import page_panel_html, page_urls
from articles.admin.proofreading import stories_found_html
from articles.admin.published import FollowsIssue
from articles.admin.relabel import relabel_view
from articles.admin.removal import may_undo_imports, removal_view
from articles.admin.storyinlines import refusing_locked_stories
from articles.admin.storyjoin import flag_actions, flag_actions_for, rendered
from articles.admin.upload import PageUploadMixin
from articles.continuations import cross_page_copies
from articles.editing import desk_reason, hand_edit
from articles.forms import PageDeskForm, PageReparseForm, PrintedTextForm
from articles.forms.photoupload import PHOTO_IMAGE_OVERRIDES
from articles.importing import (
    PageImportError,
    conflict_text,
    page_reparse,
    report_text,
)
from articles.importing.reports import encoding_label, flags_for_editors
from articles.joinflags import flags_done
from articles.models import Article, ArticlePart, Page, PageImage, Photo, Teaser, Zone
from articles.pageactivity import page_activity
from articles.pagepictures import PICTURE_WITHDRAWN, desk_notes
from articles.pendingtext import PENDING_TEXT, pending_ids
from articles.spreadsheets.pages import PageResource
from articles.storynames import opening_text, story_label


class PartOnPageInline(ReadOnlyInline, admin.TabularInline):
    """What the page printed, in print order: story starts and continuations alike."""

    model = ArticlePart
    fk_name = "page"
    verbose_name = "稿件"
    verbose_name_plural = "本版稿件（按印刷顺序）"
    fields = ["position", "story", "kind", "title", "status", "edited"]
    readonly_fields = fields
    show_change_link = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article").order_by("position")

    @admin.display(description="稿件")
    def story(self, part):
        return format_html(
            '<a href="{}">{}</a>', admin_url("article_change", part.article_id), part.article
        )

    @admin.display(description="类型")
    def kind(self, part):
        if part.sequence == 0:
            return "首发"
        return f"续版（上接{part.continued_from or '前版'}）"

    @admin.display(description="标题")
    def title(self, part):
        """The story's deck, as readers see it: a continuation's printed (repeated, shortened)
        title lines are kept on the part as printed, never listed in its place. An untitled
        story by what this part prints first (:func:`articles.storynames.story_label`): the
        briefs of one box read apart. No query."""
        return story_label(
            part.article.title, opening=opening_text(part.blocks), dateline=part.article.dateline
        )

    @admin.display(description="状态")
    def status(self, part):
        """The story's state; a story whose page was re-sent with other text its hand edit kept
        out (版面文本有改动未采用: :func:`~articles.pendingtext.pending_ids`) says it waits for
        已核对, linked to its 查看改动, so a page of stories signed off never looks ready while
        one does. The page's stories are asked once (a query; a parse of each edited story on a
        re-sent page)."""
        state = part.article.get_status_display()
        if part.article_id not in self._waiting(part.page_id):
            return state
        return format_html(
            '{} <a class="desk-warning page-text-waiting" href="{}">{}，待核对</a>',
            state,
            page_text_url(part.article_id),
            PENDING_TEXT,
        )

    def _waiting(self, page_id: int) -> set[int]:
        """The ids of the page's stories whose page text is pending (asked once: an inline is
        made for each request)."""
        if getattr(self, "_waiting_of", (None,))[0] != page_id:
            stories = Article.objects.filter(parts__page_id=page_id).distinct()
            self._waiting_of = (page_id, pending_ids(stories))
        return self._waiting_of[1]

    @admin.display(description="人工修改")
    def edited(self, part):
        return edited_mark(part.article.is_edited)


class PhotoOnPageInline(admin.TabularInline):
    form = PrintedTextForm
    model = Photo
    fk_name = "page"
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["where", "preview", "image", "caption", "credit_line", "article", "page_text"]
    readonly_fields = ["where", "preview", "article", "page_text"]
    verbose_name_plural = "本版图片"
    # Narrow enough that the page form fits a 1366-pixel screen beside the desk's menu.
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 36})},
        models.CharField: {"widget": forms.TextInput(attrs={"size": 16})},
        **PHOTO_IMAGE_OVERRIDES,  # the upload's limits, said on the field
    }

    def has_add_permission(self, request, obj=None):
        return False

    def get_formset(self, request, obj=None, **kwargs):
        """Each row refused when it changes a photo of a story this editor may not change now
        (:func:`~articles.admin.storyinlines.refusing_locked_stories`)."""
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = refusing_locked_stories(formset.form, request.user)
        return formset

    @admin.display(description="缩略图")
    def preview(self, photo):
        return thumbnail(photo)

    @admin.display(description="版内位置")
    def where(self, photo):
        """``第4张``, or ``PDF 上第3张图`` (:attr:`~articles.models.Photo.place`)."""
        return photo.place

    @admin.display(description="版面文本")
    def page_text(self, photo):
        """A re-import's text of the photo not taken yet (:mod:`articles.admin.phototext`)."""
        return pending_html(photo)


class TeaserInline(ReadOnlyInline, admin.TabularInline):
    model = Teaser
    verbose_name_plural = "本版导读"
    fields = ["position", "title", "marker", "target_label", "target_article"]
    readonly_fields = fields

    @admin.display(description="标题")
    def title(self, teaser):
        return " / ".join(teaser.title_lines)


@admin.register(Page)
class PageAdmin(FollowsIssue, PageUploadMixin, DeskAdmin):
    """Pages; on a published issue of a paper that requires sign-off, their 版名, photos and
    zones are the chief editor's (:class:`~articles.admin.published.FollowsIssue`)."""

    issue_path = "issue"

    def issue_of(self, page):
        return page.issue

    form = PageDeskForm  # its 版名, photos and zones: a stale save is refused (RowVersionGuard)
    resource_classes = [PageResource]
    list_display = [
        "__str__",
        "label",
        "section",
        "part_count",
        "photo_count",
        "teaser_count",
        "parser_version",
        "imported_at",
        "source_name",
    ]
    list_filter = ["issue__publication", IssueDateFilter]
    search_fields = ["label", "section", "source_name", "issue__publication__name"]
    list_select_related = ["issue__publication"]
    fields = [
        "checks",
        "import_notes",
        "proofreading",
        "reader_view",
        "issue",
        "label",
        "section",
        "page_picture",
        "raw",
        "encoding_shown",
        "checksum",
        "parser_version",
        "source_name",
        "imported_at",
        "loaded_version",  # the lost-update guard's hidden field (PageDeskForm)
    ]
    readonly_fields = [
        "checks",
        "import_notes",
        "proofreading",
        "reader_view",
        "issue",
        "label",
        "page_picture",
        "raw",
        "encoding_shown",
        "checksum",
        "parser_version",
        "source_name",
        "imported_at",
    ]
    inlines = [PartOnPageInline, PhotoOnPageInline, TeaserInline]
    actions = ["reparse_selected", "rematch_zones_selected"]

    def has_add_permission(self, request):
        return False  # pages come in through 导入版面文件

    def has_delete_permission(self, request, obj=None):
        return False  # Django's delete would cut stories in half: 撤销本版导入 instead

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_parts=count_of(ArticlePart.objects, "page"),
                n_photos=count_of(Photo.objects, "page"),
                n_teasers=count_of(Teaser.objects, "page"),
            )
        )

    @admin.display(description="稿件", ordering="n_parts")
    def part_count(self, page):
        return page.n_parts

    @admin.display(description="图片", ordering="n_photos")
    def photo_count(self, page):
        return page.n_photos

    @admin.display(description="导读", ordering="n_teasers")
    def teaser_count(self, page):
        return page.n_teasers

    @admin.display(description="原始编码")
    def encoding_shown(self, page):
        """How the page's text was read, in editors' words (``unicode``: given as text, from a
        PDF's text layer or pasted)."""
        return encoding_label(page.raw_encoding, source_name=page.source_name)

    @admin.display(description="请先核对")
    def checks(self, page):
        """What the parser was unsure of on this page (stored by the import), by line, and the
        stories it gave whole that another page gave too: templates/admin/articles/_parser_flags.html."""
        cross_page = [c.message for c in cross_page_copies(pages=[page.pk])] if page.pk else []
        if not (page.parser_flags or cross_page):
            return "没有拿不准的行"
        return render_to_string(
            "admin/articles/_parser_flags.html",
            {
                "flags": flag_actions(page, flags_done(page, flags_for_editors(page.parser_flags))),
                "cross_page": cross_page,
            },
        )

    @admin.display(description="导入提示")
    def import_notes(self, page):
        return import_notes_html(page)  # (a printed date said wrong, another issue number…)

    @admin.display(description="校对")
    def proofreading(self, page):
        """The stories printed on the page (begun or continued there) with proofreading
        findings, each linked (README, Proofreading)."""
        if page.pk is None:
            return "—"
        found = stories_found_html(Article.objects.filter(parts__page=page))
        return format_html("{}{}", page_panel_html(page), found)

    def get_readonly_fields(self, request, obj=None):
        if obj is not None:  # (the 本版校对完毕 button only for who may change the page)
            obj._proofread_may = self.has_change_permission(request, obj)
        return super().get_readonly_fields(request, obj)

    @admin.display(description="读者看到的")
    def reader_view(self, page):
        """What readers see of the page beyond its stories (:func:`articles.pagepictures.desk_notes`):
        nothing of a page whose stories are all unpublished, no picture while one is."""
        notes = desk_notes(page) if page.pk else []
        if not notes:
            return "与编辑看到的一致"
        if PICTURE_WITHDRAWN not in notes[0]:
            return format_html('<p class="errornote">{}</p>', notes[0])
        return format_html(
            '<p class="errornote">{}</p><p><a id="picture-release-link" href="{}">'
            "版面图与撤回的稿件：决定是否照常公开版面图</a></p>",
            notes[0],
            admin_url("page_picture_release", page.pk),
        )

    @admin.display(description="原始文本（只读，导入时原样保存）")
    def raw(self, page):
        return format_html(
            '<pre class="raw-text">{}</pre>',  # its look: articles/static/articles/desk.css
            page.raw_text,
        )

    def get_inlines(self, request, obj):
        """The zones only for a page that came with a PDF (no image, no zones)."""
        with_zones = obj is not None and PageImage.objects.filter(page=obj).exists()
        return [*self.inlines, ZoneInline] if with_zones else self.inlines

    @admin.display(description="版面图与热区")
    def page_picture(self, page):
        return picture_preview(page)

    @admin.action(
        description="重新匹配所选版面的热区（保留人工指定的热区）", permissions=["change"]
    )
    def rematch_zones_selected(self, request, queryset):
        rematch_selected(self, request, self.open_rows(request, queryset))

    def save_formset(self, request, form, formset, change):
        """Photos changed here are marked as edited by hand (re-import then leaves them); zones
        saved here are hand zones."""
        if formset.model is Zone:
            save_zones(formset)
            return
        instances = formset.save(commit=False)
        hand_edit(instances, reason=desk_reason(request))
        for instance in instances:
            instance.save()
            if isinstance(instance, Photo):
                copies_follow(self, request, instance)  # readers' copies of a new upload
        formset.save_m2m()

    # Object tools and views ----------------------------------------------------------------

    def get_list_tools(self, request):
        if not self.has_change_permission(request):
            return []
        return [Tool(admin_url("page_upload"), "导入版面文件")]

    @answers_bad_input
    def history_view(self, request, object_id, extra_context=None):
        """The desk's log of the page (its 版名, photos and zones saved here, 撤销本版导入), and
        above it its imports and re-sends, newest first (:func:`articles.pageactivity.page_activity`:
        when, who, 首次导入 / 重发 / 重发，无变化 / 重发，保留人工修改, what the report said
        changed, links to the stories), which the issue's 历史 and the desk's activity say too."""
        pk = parse_id(unquote(object_id), what="版面")
        page = Page.objects.select_related("issue__publication").filter(pk=pk).first()
        extra = extra_context or {}
        if page is not None and self.has_view_or_change_permission(request, page):
            extra = {"page_activity": page_activity(page), **extra}
        return super().history_view(request, object_id, extra)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        with flag_actions_for(request):  # 请先核对's 合并/拆开 links, for who may use them
            return rendered(super().change_view(request, object_id, form_url, extra_context))

    def get_object_tools(self, request, obj):
        tools = []
        if self.has_change_permission(request, obj):
            tools.append(Tool(admin_url("page_reparse", obj.pk), "重新解析本版"))
            tools.append(Tool(admin_url("page_relabel", obj.pk), "改版次"))
        if may_undo_imports(request.user):
            tools.append(Tool(admin_url("page_undo_import", obj.pk), "撤销本版导入"))
        return tools

    def get_urls(self):
        return [
            *page_urls(self),
            path(
                "<path:object_id>/reparse/",
                self.admin_site.admin_view(self.reparse_view),
                name="articles_page_reparse",
            ),
            path(
                "<path:object_id>/picture/",
                self.admin_site.admin_view(self.picture_release_view),
                name="articles_page_picture_release",
            ),
            path(
                "<path:object_id>/relabel/",
                self.admin_site.admin_view(self.relabel_view),
                name="articles_page_relabel",
            ),
            path(
                "<path:object_id>/undo-import/",
                self.admin_site.admin_view(self.undo_import_view),
                name="articles_page_undo_import",
            ),
            *super().get_urls(),
        ]

    def _context(self, request, **kwargs):
        return {**self.admin_site.each_context(request), "opts": self.opts, **kwargs}

    @answers_bad_input
    def picture_release_view(self, request, object_id):
        """版面图与撤回的稿件 (:mod:`articles.admin.picturerelease`)."""
        return picture_release_view(self, request, object_id)

    @answers_bad_input
    def undo_import_view(self, request, object_id):
        """撤销本版导入: what goes, then all of it (``articles.admin.removal``)."""
        page = get_object_or_404(
            Page.objects.select_related("issue__publication"), pk=parse_id(object_id, what="版面")
        )
        return removal_view(self, request, page)

    @answers_bad_input
    def relabel_view(self, request, object_id):
        """改版次 (:mod:`articles.admin.relabel`)."""
        page = get_object_or_404(
            Page.objects.select_related("issue__publication"), pk=parse_id(object_id, what="版面")
        )
        return relabel_view(self, request, page)

    @answers_bad_input
    def reparse_view(self, request, object_id):
        """Re-run the parser over the stored text: a dry run first, then for real."""
        page = get_object_or_404(
            Page.objects.select_related("issue__publication"), pk=parse_id(object_id, what="版面")
        )
        if refusal := self.issue_refusal(request, page):
            self.message_user(request, refusal, messages.ERROR)
            return HttpResponseRedirect(admin_url("page_change", page.pk))
        if not self.has_change_permission(request, page):
            raise PermissionDenied
        form = PageReparseForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            try:
                report = page_reparse(
                    page=page, overwrite_edited=form.cleaned_data["overwrite_edited"]
                )
            except PageImportError as exc:
                form.add_error(None, f"无法重新解析：{exc}")
            else:
                self._report(request, report)
                return HttpResponseRedirect(admin_url("page_change", page.pk))
        try:
            dry = page_reparse(page=page, dry_run=True)
            problem = ""
        except PageImportError as exc:
            dry, problem = None, f"无法重新解析：{exc}"
        context = self._context(
            request,
            title=f"重新解析 {page}",
            page=page,
            form=form,
            dry=dry,
            dry_summary=report_text(dry) if dry else "",
            problem=problem,
        )
        return TemplateResponse(request, "admin/articles/page/reparse.html", context)

    def _report(self, request, report) -> None:
        self.message_user(request, report_text(report), messages.SUCCESS)
        for conflict in report.conflicts:
            self.message_user(request, f"冲突：{conflict_text(conflict)}", messages.WARNING)

    @admin.action(description="重新解析所选版面（保留人工修改）", permissions=["change"])
    def reparse_selected(self, request, queryset):
        for page in self.open_rows(request, queryset):
            try:
                report = page_reparse(page=page)
            except PageImportError as exc:
                self.message_user(request, f"无法重新解析 {page}：{exc}", messages.ERROR)
            else:
                self._report(request, report)
