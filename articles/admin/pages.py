"""Pages: what each printed, the raw text as imported, upload with preview, re-parse."""

from __future__ import annotations

from uuid import uuid4

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
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
from articles.admin.display import thumbnail
from articles.admin.filters import IssueDateFilter
from articles.admin.pagezones import ZoneInline, picture_preview, rematch_selected, save_zones
from articles.editing import desk_reason, hand_edit
from articles.forms import PageReparseForm, PageUploadForm, PrintedTextForm
from articles.importing import (
    PageImportError,
    UploadError,
    UploadItem,
    page_reparse,
    report_text,
    upload_run,
)
from articles.models import ArticlePart, Page, PageImage, Photo, Teaser, Zone
from articles.spreadsheets.pages import PageResource

UPLOAD_SESSION_KEY = "articles:page-upload"


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

    @admin.display(description="本版标题行")
    def title(self, part):
        return " / ".join(part.title_lines)

    @admin.display(description="状态")
    def status(self, part):
        return part.article.get_status_display()

    @admin.display(description="人工修改", boolean=True)
    def edited(self, part):
        return part.article.is_edited


class PhotoOnPageInline(admin.TabularInline):
    form = PrintedTextForm
    model = Photo
    fk_name = "page"
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["position", "preview", "image", "caption", "credit_line", "article"]
    readonly_fields = ["position", "preview", "article"]
    verbose_name_plural = "本版图片"
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 50})}
    }

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="缩略图")
    def preview(self, photo):
        return thumbnail(photo)


class TeaserInline(ReadOnlyInline, admin.TabularInline):
    model = Teaser
    verbose_name_plural = "本版导读"
    fields = ["position", "title", "marker", "target_label", "target_article"]
    readonly_fields = fields

    @admin.display(description="标题")
    def title(self, teaser):
        return " / ".join(teaser.title_lines)


@admin.register(Page)
class PageAdmin(DeskAdmin):
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
        "issue",
        "label",
        "section",
        "page_picture",
        "raw",
        "raw_encoding",
        "checksum",
        "parser_version",
        "source_name",
        "imported_at",
    ]
    readonly_fields = [
        "issue",
        "label",
        "page_picture",
        "raw",
        "raw_encoding",
        "checksum",
        "parser_version",
        "source_name",
        "imported_at",
    ]
    inlines = [PartOnPageInline, PhotoOnPageInline, TeaserInline]
    actions = ["reparse_selected", "rematch_zones_selected"]

    def has_add_permission(self, request):
        return False  # pages come in through 导入版面文件

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

    @admin.display(description="原始文本（只读，导入时原样保存）")
    def raw(self, page):
        return format_html(
            '<pre class="raw-text" style="white-space:pre-wrap;max-height:32em;overflow:auto">{}</pre>',
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
        rematch_selected(self, request, queryset)

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
        formset.save_m2m()

    # Object tools and views ----------------------------------------------------------------

    def get_list_tools(self, request):
        if not self.has_change_permission(request):
            return []
        return [Tool(admin_url("page_upload"), "导入版面文件")]

    def get_object_tools(self, request, obj):
        if not self.has_change_permission(request, obj):
            return []
        return [Tool(admin_url("page_reparse", obj.pk), "重新解析本版")]

    def get_urls(self):
        return [
            path(
                "upload/",
                self.admin_site.admin_view(self.upload_view),
                name="articles_page_upload",
            ),
            path(
                "<path:object_id>/reparse/",
                self.admin_site.admin_view(self.reparse_view),
                name="articles_page_reparse",
            ),
            *super().get_urls(),
        ]

    def _context(self, request, **kwargs):
        return {**self.admin_site.each_context(request), "opts": self.opts, **kwargs}

    def upload_view(self, request):
        """Upload → preview (nothing written) → confirm (the import service, all or nothing)."""
        if not (self.has_change_permission(request) and request.user.has_perm("articles.add_page")):
            raise PermissionDenied
        if request.method == "POST" and "confirm" in request.POST:
            return self._upload_confirm(request)
        posted = request.method == "POST"
        form = PageUploadForm(
            request.POST if posted else None,
            request.FILES if posted else None,
            initial=request.GET.dict(),
        )
        preview, token = None, ""
        if request.method == "POST" and form.is_valid():
            items = form.cleaned_data["items"]
            overwrite = form.cleaned_data["overwrite_edited"]
            try:
                preview = upload_run(items, dry_run=True, overwrite_edited=overwrite)
            except UploadError as exc:
                form.add_error(None, str(exc))
            else:
                token = uuid4().hex
                request.session[UPLOAD_SESSION_KEY] = {
                    "token": token,
                    "overwrite_edited": overwrite,
                    "items": [item.as_session() for item in items],
                }
        context = self._context(
            request,
            title="导入版面文件",
            form=form,
            preview=[
                {"outcome": o, "summary": report_text(o.report), "parsed": o.parsed}
                for o in preview
            ]
            if preview
            else None,
            token=token,
            known_papers=form.known_papers(),
        )
        return TemplateResponse(request, "admin/articles/page/upload.html", context)

    def _upload_confirm(self, request):
        pending = request.session.get(UPLOAD_SESSION_KEY)
        if not pending or pending.get("token") != request.POST.get("token"):
            self.message_user(
                request,
                "这次预览已失效（可能已经确认过，或在别的窗口重新上传了）；请重新选择文件并预览。",
                messages.ERROR,
            )
            return HttpResponseRedirect(admin_url("page_upload"))
        items = [UploadItem.from_session(data) for data in pending["items"]]
        try:
            outcomes = upload_run(
                items, dry_run=False, overwrite_edited=pending["overwrite_edited"]
            )
        except UploadError as exc:
            self.message_user(request, f"{exc}（什么都没有写入）", messages.ERROR)
            return HttpResponseRedirect(admin_url("page_upload"))
        del request.session[UPLOAD_SESSION_KEY]
        for outcome in outcomes:
            self.message_user(request, report_text(outcome.report), messages.SUCCESS)
            for conflict in outcome.report.conflicts:
                self.message_user(request, f"冲突：{conflict}", messages.WARNING)
        page = Page.objects.select_related("issue").get(pk=outcomes[0].report.page_id)
        return HttpResponseRedirect(admin_url("issue_change", page.issue_id))

    @answers_bad_input
    def reparse_view(self, request, object_id):
        """Re-run the parser over the stored text: a dry run first, then for real."""
        page = get_object_or_404(
            Page.objects.select_related("issue__publication"), pk=parse_id(object_id, what="版面")
        )
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
            self.message_user(request, f"冲突：{conflict}", messages.WARNING)

    @admin.action(description="重新解析所选版面（保留人工修改）", permissions=["change"])
    def reparse_selected(self, request, queryset):
        for page in queryset.select_related("issue__publication"):
            try:
                report = page_reparse(page=page)
            except PageImportError as exc:
                self.message_user(request, f"无法重新解析 {page}：{exc}", messages.ERROR)
            else:
                self._report(request, report)
