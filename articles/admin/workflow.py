"""The story admin's workflow (``ArticleAdmin`` mixes it in): sign-off (提交待审, 签发, 退回修改;
``articles.signoff``), publishing and scheduled publishing of single stories
(``articles.publishing``, ``articles.scheduling``), the states the form offers each user, and
the edit locks shown on the form (``articles.editlocks``)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse

from articles.admin.pendingform import PendingOnTheStoryForm
from articles.admin.pendingtext import (
    acknowledged_notes,
    pending_confirmation,
    pending_field,
    pending_items,
    pending_refusal,
)
from articles.admin.storyinlines import refused_view
from articles.editlocks import lock_release, lock_text, lock_touch, others_editing, person_name
from articles.forms import StoriesScheduleForm
from articles.headwaits import head_wait_refusals
from articles.models import Article, Status
from articles.pagepictures import pictures_withdrawn_note
from articles.pendingtext import pending_key, stories_pending
from articles.publishing import StoriesPublishError, stories_publish, stories_unpublish
from articles.scheduleoverdue import schedule_html
from articles.schedulewaits import schedule_note
from articles.scheduling import ScheduleError, local_text, stories_schedule, stories_unschedule
from articles.signoff import (
    SignoffError,
    may_sign_off,
    published_edit_refusal,
    sent_back_saved,
    status_after_edit,
    statuses_allowed,
    stories_return,
    stories_sign_off,
    stories_submit,
)


class StoryWorkflow(PendingOnTheStoryForm):
    """Actions, status choices, edit locks and the sign-off and schedule columns of the story
    admin. Each action is a service call in its own transaction, with history. The form's 状态
    moved to 已签发 or 已发布 asks about page texts not taken over
    (:class:`~articles.admin.pendingform.PendingOnTheStoryForm`)."""

    @admin.display(description="签发", ordering="signed_off_at")
    def signed_off(self, article):
        if article.signed_off_at is None:
            return "—"
        who = person_name(article.signed_off_by) if article.signed_off_by else "（已删除的用户）"
        return f"{who} · {local_text(article.signed_off_at)}"

    @admin.display(description="定时发布", ordering="publish_at")
    def scheduled(self, article):
        if article.publish_at is None:
            return "—"
        return schedule_html(article.publish_at)  # 逾期未发布 once its time is past

    # Actions: sign-off, publishing, scheduling and withdrawing single stories (with history) ---

    def has_signoff_permission(self, request):
        return self.has_change_permission(request) and may_sign_off(request.user)

    @admin.action(description="提交待审", permissions=["change"])
    def submit_selected(self, request, queryset):
        self.message_user(request, stories_submit(articles=queryset, user=request.user).summary)

    @admin.action(description="签发所选稿件（总编辑）", permissions=["signoff"])
    def sign_off_selected(self, request, queryset):
        """Signs off at once, unless a story chosen, or a photo of one, has a page text not
        taken over (:mod:`articles.admin.pendingtext`): then asks first, and signs off with the
        tick."""
        pending = stories_pending(queryset.select_related("page", "issue__publication"))
        asked = pending_confirmation(
            self, request, queryset, pending, what="签发", action="sign_off_selected"
        )
        if asked is not None:
            return asked
        try:
            report = stories_sign_off(articles=queryset, user=request.user)
        except SignoffError as exc:
            self.message_user(request, str(exc), messages.ERROR)
        else:
            self.message_user(request, report.summary, messages.SUCCESS)
            for note in acknowledged_notes(pending, what="签发", user=request.user):
                self.message_user(request, note, messages.WARNING)

    @admin.action(description="退回修改（待审、已签发改回草稿）", permissions=["signoff"])
    def return_selected(self, request, queryset):
        try:
            report = stories_return(articles=queryset, user=request.user)
        except SignoffError as exc:
            self.message_user(request, str(exc), messages.ERROR)
        else:
            self.message_user(request, report.summary, messages.SUCCESS)

    @admin.action(description="发布所选稿件", permissions=["change"])
    def publish_selected(self, request, queryset):
        """Publishes at once, unless a story chosen, or a photo of one, has a page text not
        taken over: then asks first, as 签发所选稿件 does."""
        pending = stories_pending(queryset.select_related("page", "issue__publication"))
        asked = pending_confirmation(
            self, request, queryset, pending, what="发布", action="publish_selected"
        )
        if asked is not None:
            return asked
        try:
            report = stories_publish(articles=queryset, user=request.user)
        except StoriesPublishError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        level = messages.WARNING if report.waiting else messages.SUCCESS
        self.message_user(request, report.summary, level)
        for note in acknowledged_notes(pending, what="发布", user=request.user):
            self.message_user(request, note, messages.WARNING)

    @admin.action(description="定时发布所选稿件…", permissions=["change"])
    def schedule_selected(self, request, queryset):
        """Asks for the time first (an intermediate page), then schedules. A story chosen, or a
        photo of one, whose page text is not taken over is listed there and wants the 已核对
        tick, remembered with the time, as 发布本期's 定时发布 (:mod:`articles.admin.pendingtext`;
        checked again at its time: ``articles.scheduling.publish_due``)."""
        # The page's form sent (its button, or its time field alone: a client that leaves out
        # the button's name): checked and re-shown with what is wrong, never shown afresh.
        sent = "confirm" in request.POST or "publish_at" in request.POST
        form = StoriesScheduleForm(request.POST if sent else None)
        pending = stories_pending(queryset.select_related("page", "issue__publication"))
        shown = pending_field(form, pending, what="定时发布")
        if sent and form.is_valid():
            try:
                if refusal := pending_refusal(pending, form=form, shown=shown, what="定时发布"):
                    raise ScheduleError(refusal)
                message = stories_schedule(
                    articles=queryset,
                    at=form.cleaned_data["publish_at"],
                    user=request.user,
                    texts_acknowledged=[pending_key(p) for p in pending],  # (ticked)
                )
            except (ScheduleError, StoriesPublishError) as exc:
                form.add_error(None, str(exc))
            else:
                self.message_user(request, message, messages.SUCCESS)
                return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "定时发布所选稿件",
            "form": form,
            "articles": list(queryset.select_related("page")),
            "pending": pending_items(pending),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/articles/article/schedule_selected.html", context)

    @admin.action(description="取消定时发布", permissions=["change"])
    def unschedule_selected(self, request, queryset):
        self.message_user(request, stories_unschedule(articles=queryset, user=request.user))

    @admin.action(description="撤回所选稿件（改回草稿）", permissions=["change"])
    def unpublish_selected(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        report = stories_unpublish(articles=queryset, user=request.user)
        self.message_user(request, report.summary, messages.SUCCESS)
        if note := pictures_withdrawn_note(ids):  # the pages' pictures show their text
            self.message_user(request, note, messages.WARNING)

    # The form: the states this user may choose, and who else has it open ---------------------

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if obj is None or "status" not in form.base_fields:
            return form
        allowed = statuses_allowed(obj, request.user)

        class StatusLimitedForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                field = self.fields["status"]
                field.choices = [(v, label) for v, label in Status.choices if v in allowed]
                field.error_messages["invalid_choice"] = (
                    "您不能把稿件直接设为这个状态：本报须经签发，请“提交待审”，由总编辑签发和发布。"
                )

            def clean_status(self):
                status = self.cleaned_data["status"]
                publishing = status == Status.PUBLISHED and obj.status != Status.PUBLISHED
                if publishing and (waits := head_wait_refusals([obj])):  # (a fragment)
                    raise ValidationError(waits[0])
                return status

        return StatusLimitedForm

    def has_change_permission(self, request, obj=None):
        """Django's, and for a published story of a paper that requires sign-off only one who
        may sign off (``articles.signoff.published_edit_refusal``): the form is read-only to
        the others and a POST of it refused."""
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or not published_edit_refusal(obj, request.user)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """Records this editor's edit lock and shows the others' (``articles.editlocks``); a
        story this editor may not change now says why (:meth:`has_change_permission`)."""
        article = self.get_object(request, unquote(object_id))
        extra_context = dict(extra_context or {})
        refusal = published_edit_refusal(article, request.user) if article is not None else ""
        if (refused := refused_view(self, request, refusal)) is not None:
            return refused
        if article is not None:
            others = others_editing(article, request.user)
            extra_context["edit_locks"] = [lock_text(lock) for lock in others]
            signs_off = may_sign_off(request.user)
            extra_context["schedule_note"] = schedule_note(article, signs_off=signs_off)
            if self.has_change_permission(request, article):
                lock_touch(article, request.user)
        return super().change_view(request, object_id, form_url, extra_context)

    def response_change(self, request, obj):
        lock_release(obj, request.user)  # saved: this editor is done with the form
        if note := getattr(obj, "schedule_ended", ""):  # published or withdrawn by hand
            self.message_user(request, note, messages.WARNING)
        withdrawn = getattr(obj, "_status_before", None) == Status.PUBLISHED != obj.status
        if withdrawn and (note := pictures_withdrawn_note([obj.pk])):  # its pages' pictures too
            self.message_user(request, note, messages.WARNING)
        return super().response_change(request, obj)

    # Saving: the sign-off follows the state chosen and the text changed -----------------------

    def signoff_before_save(self, request, obj) -> None:
        """Before a story form's save: signed off in the form → who and when; back to a draft
        or 待审 → the sign-off cleared."""
        obj._status_before = Article.objects.values_list("status", flat=True).get(pk=obj.pk)
        status_after_edit(obj, before=obj._status_before, user=request.user, content_changed=False)

    def signoff_after_save(self, request, article, form, formsets) -> None:
        """After the form and its parts are saved: a signed-off story whose deck, byline,
        reporters or text an editor without the sign-off permission changed goes back to 待审
        (a history record says so)."""
        changed = bool(set(form.changed_data) - {"status", "loaded_version"}) or any(
            formset.has_changed() for formset in formsets
        )
        before = getattr(article, "_status_before", None)
        if before is None:
            return
        message = status_after_edit(
            article, before=before, user=request.user, content_changed=changed
        )
        if message:  # into the version the save wrote: one 保存, one version
            sent_back_saved(article)
            self.message_user(request, message, messages.WARNING)
