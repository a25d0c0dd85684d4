"""重新生成图片副本 at the desk: a photo whose copies for readers failed (缩略图生成失败) or whose
background job never ran is redone by a picture editor, not only by ``manage.py
photo_renditions`` on the server (the service: :func:`articles.photouploads.photos_renditions_redo`,
as a new upload's save: made in the request when quick, queued for the task worker when not).

Two ways: the photo list's action on the photos ticked, and on a failed photo's form a notice
with the reason and a button (its own small form above the photo's form, ``photo-renditions-redo``,
POSTing to ``photo/<id>/renditions/``). Both need the permission to change photos (editors, chief
editors); a photo of a signed-off story is no exception: its copies are made from the same
original the editor uploaded, so what readers see (the picture, its caption and credit) does not
change and no history record is written. The message says how many were made, queued, failed
again (and why) or could not be tried (no upload of its own, the original gone from the storage).
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.urls import path

from articles.admin.base import admin_url, answers_bad_input, parse_id
from articles.importing.phototext import photo_name
from articles.models import Photo, RenditionState
from articles.photouploads import RedoReport, photo_renditions_follow, photos_renditions_redo

#: The button's and the action's words.
REDO = "重新生成图片副本"
#: At most this many photos named in one line of the message (the rest counted).
NAMED = 10


def _names(photos: list[Photo]) -> str:
    names = "、".join(photo_name(photo) for photo in photos[:NAMED])
    return names + (f" 等 {len(photos)} 张" if len(photos) > NAMED else "")


def _reasons(rows: list[tuple[Photo, str]]) -> str:
    said = "；".join(f"{photo_name(photo)}：{why}" for photo, why in rows[:NAMED])
    return said + (f"；另有 {len(rows) - NAMED} 张同样未能完成" if len(rows) > NAMED else "")


def copies_follow(model_admin, request, photo: Photo) -> None:
    """After a desk save of ``photo`` (its form, or a row of a page's or story's form): its
    copies for readers made or queued (:func:`~articles.photouploads.photo_renditions_follow`),
    and when they could not be made now (a full disk: 生成失败) a warning that says so, why,
    that readers do not see the picture and what to do (its ``rendition_problem``), beside the
    save's own green message: before, that was said only on reopening the photo. A photo whose
    readers are shown its previous picture keeps it: inside the change form's transaction, new
    copies that cannot be written refuse the save instead (the
    :class:`~articles.mediastore.MediaWriteError` rolls it back, and the desk's page says nothing
    was saved and to upload it again once there is room: :func:`~articles.admin.base.
    answers_bad_input`); a history revert, in no transaction, is saved with the warning."""
    keep = transaction.get_connection().in_atomic_block
    changed = photo_renditions_follow(photo, keep_shown=keep)
    if changed and photo.rendition_state == RenditionState.FAILED:
        model_admin.message_user(
            request,
            f"{photo_name(photo)} 已保存，但{photo.rendition_problem}",
            messages.WARNING,
        )


def redo_messages(report: RedoReport) -> list[tuple[int, str]]:
    """What the desk says after :func:`~articles.photouploads.photos_renditions_redo`: one line
    (message level, Chinese) for each outcome that happened, naming the photos (at most
    :data:`NAMED` a line)."""
    lines = []
    if report.made:
        lines.append(
            (
                messages.SUCCESS,
                f"已重新生成 {len(report.made)} 张图片的阅读用图和缩略图：{_names(report.made)}",
            )
        )
    if report.queued:
        lines.append(
            (
                messages.SUCCESS,
                f"已把 {len(report.queued)} 张图片交给后台任务重新生成（图片较大，或本次已生成的"
                f"够多），几分钟后刷新本页查看：{_names(report.queued)}",
            )
        )
    if report.failed:
        lines.append(
            (
                messages.ERROR,
                f"{len(report.failed)} 张图片仍然生成失败：{_reasons(report.failed)}",
            )
        )
    if report.refused:
        lines.append(
            (messages.ERROR, f"{len(report.refused)} 张图片未能重做：{_reasons(report.refused)}")
        )
    if report.current:
        lines.append(
            (
                messages.INFO,
                f"{len(report.current)} 张图片已有阅读用图和缩略图，不必重做：{_names(report.current)}",
            )
        )
    return lines


class RenditionsRedo:
    """Mixin for the photo admin: the list's action 重新生成图片副本, and on a failed photo's form
    the notice and button (``renditions_redo`` in the form's context) with its URL."""

    @admin.action(description=f"{REDO}（所选图片）", permissions=["change"])
    def redo_renditions(self, request, queryset):
        photos = queryset.select_related("page").order_by("pk")
        self._say(request, photos_renditions_redo(photos))

    def _say(self, request, report: RedoReport) -> None:
        for level, line in redo_messages(report):
            self.message_user(request, line, level)

    def get_urls(self):
        return [
            path(
                "<path:object_id>/renditions/",
                self.admin_site.admin_view(self.renditions_redo_view),
                name="articles_photo_renditions",
            ),
            *super().get_urls(),
        ]

    @answers_bad_input
    def renditions_redo_view(self, request, object_id):
        """POST: make this photo's copies again, then back to its form saying what happened
        (a GET goes back to the form: the button is a POST)."""
        pk = parse_id(object_id, what="图片")
        photo = Photo.objects.select_related("page").filter(pk=pk).first()
        if photo is None:
            raise Http404
        back = HttpResponseRedirect(admin_url("photo_change", pk))
        if request.method != "POST":
            return back
        if not self.has_change_permission(request):
            raise PermissionDenied
        self._say(request, photos_renditions_redo([photo]))
        return back

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The form; for a photo whose copies failed and an editor who may change photos, the
        reason and the button first (``renditions_redo``: its ``url`` and ``problem``)."""
        photo = self.get_object(request, object_id)
        if (
            photo is not None
            and photo.rendition_state == RenditionState.FAILED
            and self.has_change_permission(request)
        ):
            extra_context = {
                **(extra_context or {}),
                "renditions_redo": {
                    "url": admin_url("photo_renditions", photo.pk),
                    "problem": photo.rendition_problem,
                    "label": REDO,
                },
            }
        return super().change_view(request, object_id, form_url, extra_context)
