"""Photos (with upload and thumbnails), people (and the 记者 / 摄影 rows that credit them), and
front-page teasers."""

from __future__ import annotations

from functools import partial

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db import transaction
from django.utils.html import format_html

from articles.admin.base import (
    DeskAdmin,
    DeskGuards,
    DeskInputError,
    NamesStories,
    admin_url,
    answers_bad_input,
    parse_id,
)
from articles.admin.display import edited_mark, thumbnail
from articles.admin.filters import PageIssueDateFilter, PageLabelFilter
from articles.admin.history import DiffHelper
from articles.admin.personfilters import PhotographerFilter, left_unused
from articles.admin.photoadd import ADD_FIELDS, photo_add_form, placed
from articles.admin.photorenditions import RenditionsRedo, copies_follow
from articles.admin.phototext import PhotoPageTextFilter, PhotoTextPanel
from articles.admin.published import FollowsIssue
from articles.admin.storyinlines import (
    FollowsStory,
    photo_refusal,
    refused_view,
    refusing_locked_stories,
)
from articles.crediting import photographers_recorded, photographers_restore
from articles.editing import (
    PHOTO_DELETE_REASON,
    desk_reason,
    hand_edit,
    photo_stories_update,
)
from articles.forms import (
    BylineForm,
    PersonRowsFormSet,
    PhotoCreditForm,
    PhotoDeskForm,
    TeaserForm,
)
from articles.forms.photoupload import PHOTO_IMAGE_OVERRIDES
from articles.importing.deskdeleted import DESK_DELETE_REASON
from articles.importing.phototext import pending_settled
from articles.models import Byline, Page, Photo, PhotoCredit, Teaser
from articles.pagepictures import deleted_photos_note
from articles.people.typedlines import photographers_follow_credit
from articles.photowithheld import original_back, revert_picture
from articles.sharedjpeg import shared_jpeg_record
from articles.signoff import edit_reason
from articles.spreadsheets.photos import PhotoResource


class BylineInline(FollowsStory, admin.TabularInline):
    model = Byline
    form = BylineForm
    formset = PersonRowsFormSet  # a reporter listed twice is refused by name
    extra = 0
    fields = ["person", "order"]
    autocomplete_fields = ["person"]
    verbose_name = "记者"
    verbose_name_plural = "记者（按署名顺序，顺序小的在前）"


class PhotoCreditInline(admin.TabularInline):
    """The photo's photographers; read-only when the photo is
    (:func:`~articles.admin.storyinlines.photo_refusal`)."""

    model = PhotoCredit
    form = PhotoCreditForm
    formset = PersonRowsFormSet  # a photographer listed twice is refused by name
    extra = 0
    fields = ["person", "order"]
    autocomplete_fields = ["person"]
    verbose_name = "摄影"
    verbose_name_plural = "摄影（按署名顺序）"

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not photo_refusal(obj, request.user)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not photo_refusal(obj, request.user)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not photo_refusal(obj, request.user)


#: Why a recorded version of a photo whose page is gone cannot be restored (its history says it).
PAGE_GONE = (
    "这张图片所在的版面已不在系统里（撤销了本版导入，或删除了本期），这里的版本只能查看，不能恢复。"
    "请先重新导入这一版：图片随版面文本回来（成为新的一张），再在新图片上补上说明、署名和图片文件；"
    "要找回这里上传过的原图，请联系管理员。"
)


def page_gone(photo: Photo | None) -> bool:
    """Whether ``photo`` (a recorded version's, a deleted photo's) names a page that no longer
    exists: its page's import was undone or its issue deleted, taking the photo with it. A
    re-import makes a new page (and new photos), so such a version has nothing to be restored
    onto."""
    if photo is None or photo.page_id is None:
        return False
    try:
        photo.page  # noqa: B018 (fetched once, then cached on the photo)
    except Page.DoesNotExist:
        return True
    return False


def _current_picture(pk: int) -> str:
    """Photo ``pk``'s stored picture name ("" for none, or for a photo deleted)."""
    return Photo.objects.filter(pk=pk).values_list("image", flat=True).first() or ""


def picture_kept_notes(record) -> list[str]:
    """What a photo's version page says when reverting to ``record`` (its history record) keeps
    the photo's current picture (:func:`~articles.photowithheld.revert_picture`): the version
    shows none, or a picture cut from an older PDF that is gone."""
    version, current = record.image or "", _current_picture(record.id)
    if not current or revert_picture(version, current) == version:
        return []
    return [
        "这个版本没有图片（或它的版面 PDF 图片已被新 PDF 替换）：恢复只改回说明、署名、所属稿件和摄影，"
        "保留现在的图片。要去掉图片，请在图片的修改页勾选“清除”后保存。"
    ]


@admin.register(Photo)
class PhotoAdmin(RenditionsRedo, PhotoTextPanel, NamesStories, DeskAdmin):
    form = PhotoDeskForm  # a save made stale by a re-import is refused (RowVersionGuard)
    resource_classes = [PhotoResource]
    list_display = [
        "preview",
        "__str__",
        "page",
        "where_on_page",
        "credit_line",
        "article",
        "edited",
        "page_text_state",  # a re-import's page text not taken yet (articles.admin.phototext)
    ]
    list_display_links = ["preview", "__str__"]
    list_filter = [
        PageIssueDateFilter,
        "page__issue__publication",
        PageLabelFilter,
        PhotoPageTextFilter,
        PhotographerFilter,  # (by id: namesakes each an entry with their 区分说明)
    ]
    actions = ["take_page_text", "redo_renditions"]
    # Newest edition first, each paper's edition apart, then as printed (the model's ordering,
    # page and place, is a page's and a story's, which the public views read).
    ordering = [
        "-page__issue__date",
        "page__issue__publication__slug",
        "page__sequence",
        "position",
    ]
    search_fields = ["caption", "credit_line", "credits__person__name"]
    list_select_related = ["page__issue__publication", "article"]
    fields = [
        "page",
        "where_on_page",
        "preview_large",
        "image",
        "caption",
        "credit_line",
        "article",
        "edited_at",
        "loaded_version",  # the lost-update guard's hidden field (PhotoDeskForm)
    ]
    readonly_fields = ["page", "where_on_page", "preview_large", "edited_at"]
    autocomplete_fields = ["article"]
    inlines = [PhotoCreditInline]
    formfield_overrides = PHOTO_IMAGE_OVERRIDES  # the upload's limits, said on the field
    change_form_template = "admin/articles/photo/change_form.html"  # 重新生成图片副本 when failed

    def has_add_permission(self, request):
        """Django's: an editor may add a photo to a story (:mod:`articles.admin.photoadd`)."""
        return super().has_add_permission(request)

    def get_fields(self, request, obj=None):
        return ADD_FIELDS if obj is None else super().get_fields(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else super().get_readonly_fields(request, obj)

    def get_inlines(self, request, obj):
        return [] if obj is None else super().get_inlines(request, obj)  # (the credit names them)

    def has_change_permission(self, request, obj=None):
        """Django's, and a photo of a published story of a paper that requires sign-off only
        for one who may sign off (:func:`~articles.admin.storyinlines.photo_refusal`); never a
        recorded version whose page is gone (:func:`page_gone`: nothing to restore it onto)."""
        if not super().has_change_permission(request, obj):
            return False
        return not page_gone(obj) and not photo_refusal(obj, request.user)

    def has_delete_permission(self, request, obj=None):
        if not super().has_delete_permission(request, obj):
            return False
        return not page_gone(obj) and not photo_refusal(obj, request.user)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The form; read-only, saying why, when this editor may not change the photo now."""
        photo = self.get_object(request, object_id)
        if (refused := refused_view(self, request, photo_refusal(photo, request.user))) is not None:
            return refused
        return super().change_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        """The photo's form, refusing to move it into a story this editor may not change now
        (:func:`~articles.admin.storyinlines.refusing_locked_stories`)."""
        form = refusing_locked_stories(
            super().get_form(request, obj, change, **kwargs), request.user
        )
        return form if obj is not None else photo_add_form(form)

    def delete_model(self, request, obj):
        """Delete the photo; its story prints less now: saved as after a caption fix
        (:func:`~articles.editing.photo_stories_update`: 更新时间, one history record, a
        signed-off story back to 待审 unless a chief editor deleted it). Its deletion record
        says the desk deleted it (:data:`~articles.importing.deskdeleted.DESK_DELETE_REASON`):
        a re-import of its page leaves it deleted."""
        story = obj.article_id
        with transaction.atomic():
            obj._change_reason = DESK_DELETE_REASON
            super().delete_model(request, obj)
            self._stories_follow(request, [story])

    def delete_queryset(self, request, queryset):
        """The list's 删除所选的图片: as :meth:`delete_model`, each photo deleted on its own
        (a bulk delete's records would not say the desk deleted them), each story once."""
        with transaction.atomic():
            photos = list(queryset)
            for photo in photos:
                photo._change_reason = DESK_DELETE_REASON
                photo.delete()
            self._stories_follow(request, [photo.article_id for photo in photos])

    @answers_bad_input
    def delete_view(self, request, object_id, extra_context=None):
        """Django's confirmation, saying what deleting the photo leaves on its page as printed
        (:func:`~articles.pagepictures.deleted_photos_note`); an address naming no photo
        (``-1``, ``abc``) the desk's 404 page saying so, not a 500."""
        if request.method != "POST":
            photo = Photo.objects.filter(pk=parse_id(unquote(object_id))).first()
            note = deleted_photos_note([photo] if photo is not None else [])
            extra_context = {**(extra_context or {}), "deletion_notes": [note] if note else []}
        return super().delete_view(request, object_id, extra_context)

    @staticmethod
    def _stories_follow(request, stories) -> None:
        photo_stories_update(
            stories, reason=PHOTO_DELETE_REASON, rule=partial(edit_reason, user=request.user)
        )

    @admin.display(description="缩略图")
    def preview(self, photo):
        return thumbnail(photo, 60)

    @admin.display(description="当前图片")
    def preview_large(self, photo):
        return thumbnail(photo, 240)

    @admin.display(description="版内位置", ordering="position")
    def where_on_page(self, photo):
        """The photo's number in print order (``4``), or for a photo of the PDF alone the
        picture's number on the page PDF, saying so (:attr:`~articles.models.Photo.place`)."""
        if photo.pdf_number is None:
            return photo.position
        return format_html(
            '{}<div class="help">{}</div>',
            photo.place,
            "只在版面 PDF 上找到（有署名没有说明），版面文本里没有这张图",
        )

    @admin.display(description="人工修改")
    def edited(self, photo):
        return edited_mark(photo.edited_at is not None)

    @answers_bad_input
    def history_view(self, request, object_id, extra_context=None):
        """The photo's recorded versions; when its page is gone (撤销本版导入, 删除本期), saying so
        and that it cannot be restored (:data:`PAGE_GONE`) instead of failing."""
        if self._page_gone_of(object_id):
            extra_context = {**(extra_context or {}), "history_notes": [PAGE_GONE]}
        return super().history_view(request, object_id, extra_context)

    @answers_bad_input
    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """A recorded version, and its revert (恢复), which gives the photo the version's
        photographers too (:func:`~articles.crediting.photographers_restore`): a deleted photo
        comes back credited. A version whose page is gone is shown, saying why it cannot be
        restored (:data:`PAGE_GONE`), and its revert refused saying so."""
        if self._page_gone_of(object_id, version_id):
            if request.method == "POST":
                raise DeskInputError(f"没有恢复：{PAGE_GONE}")
            extra_context = {**(extra_context or {}), "history_notes": [PAGE_GONE]}
        else:
            notes = picture_kept_notes(self.history_record(request, object_id, version_id))
            if notes:
                extra_context = {**(extra_context or {}), "history_notes": notes}
        if request.method == "POST":
            request.photo_version = self.history_record(request, object_id, version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_historical_record_context_helper(self, request, historical_record):
        """The 改动 column as the desk reads it: no bookkeeping times, 空 for nothing, the image
        by its file name (:class:`~articles.admin.history.DiffHelper`)."""
        return DiffHelper(self.model, historical_record)

    @staticmethod
    def _page_gone_of(object_id: str, version_id: str | None = None) -> bool:
        """Whether photo ``object_id`` is gone with its page (:func:`page_gone`): its version
        ``version_id``, or with none its last record when the photo itself is no more."""
        pk = parse_id(unquote(object_id))  # (DeskInputError: a 404 saying so)
        records = Photo.history.filter(id=pk)
        if version_id is not None:
            records = records.filter(history_id=parse_id(version_id, what="历史版本"))
        elif Photo.objects.filter(pk=pk).exists():
            return False
        record = records.order_by("-history_id").first()
        return record is not None and page_gone(record.instance)

    def save_model(self, request, obj, form, change):
        if not change:
            placed(obj)  # on its story's first page, after the page's photos
        hand_edit([obj], reason=desk_reason(request))  # re-import leaves it alone
        version = getattr(request, "photo_version", None)
        if version is not None:  # a history revert never empties the picture (revert_picture)
            obj.image.name = revert_picture(obj.image.name or "", _current_picture(obj.pk))
        super().save_model(request, obj, form, change)
        if version is not None:  # a history revert: the version's original and photographers
            original_back(obj)  # a deleted photo's, withheld (articles.photowithheld)
            names = photographers_restore(obj, version)
            photographers_recorded(obj)
            if names is not None:
                self.message_user(request, f"摄影随之恢复为：{'、'.join(names) or '（无）'}")
        copies_follow(self, request, obj)  # readers' copies of a new upload (articles.photofiles)
        if version is not None:  # its shared JPEG's length, not in its history: made again
            shared_jpeg_record(obj)  # (a PDF's picture has no copies to record it)
        pending_settled(obj)  # the page's text typed in by hand: nothing left to take

    def save_related(self, request, form, formsets, change):
        """After the photo and its credits are saved: the stories it is printed with (before and
        after, if it moved) are saved too, as when the same photo is edited in its story's form:
        their 更新时间 moves (the sitemaps' lastmod) and each gets a history record
        (:data:`~articles.editing.PHOTO_EDIT_REASON`, :func:`~articles.editing.photo_stories_update`,
        which the photo spreadsheet calls too)."""
        credited = list(form.instance.credits.values_list("person_id", flat=True)) if change else []
        super().save_related(request, form, formsets, change)
        # A corrected credit line corrects who is credited, unless the editor set them too.
        if "credit_line" in form.changed_data and not any(f.has_changed() for f in formsets):
            names = photographers_follow_credit(
                form.instance, form.initial.get("credit_line") or ""
            )
            if names is not None:
                self.message_user(
                    request, f"署名已改，摄影随之改为：{'、'.join(names) or '（无）'}"
                )
        for line in left_unused(credited):  # 王海洋 → 王海涛: 王海洋 is credited nowhere now
            self.message_user(request, line, level=messages.WARNING)
        photographers_recorded(form.instance)  # the version keeps the credits just saved
        if not change or form.has_changed() or any(f.has_changed() for f in formsets):
            photo_stories_update(
                [form.instance.article_id, form.initial.get("article")],
                rule=partial(edit_reason, user=request.user),
            )


@admin.register(Teaser)
class TeaserAdmin(FollowsIssue, DeskGuards, admin.ModelAdmin):
    """Front-page pointers; the target story can be set by hand when matching missed it. On a
    published issue of a paper that requires sign-off, the chief editor's
    (:class:`~articles.admin.published.FollowsIssue`)."""

    form = TeaserForm
    change_form_template = "admin/articles/change_form.html"  # offers the fresh form when stale
    list_display = ["__str__", "page", "position", "target_label", "target_section", "target"]
    list_filter = [PageIssueDateFilter, PageLabelFilter]
    list_select_related = ["page__issue__publication", "target_article"]
    search_fields = ["marker", "target_section"]
    fields = [
        "page",
        "position",
        "title_lines",
        "marker",
        "target_label",
        "target_section",
        "target_article",
        "loaded_version",  # the lost-update guard's hidden field (TeaserForm)
    ]
    readonly_fields = ["page", "position", "marker"]
    autocomplete_fields = ["target_article"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="指向稿件")
    def target(self, teaser):
        if not teaser.target_article_id:
            return "（未匹配）"
        return format_html(
            '<a href="{}">{}</a>',
            admin_url("article_change", teaser.target_article_id),
            teaser.target_article,
        )
