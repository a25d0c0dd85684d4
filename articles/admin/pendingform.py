"""版面文本有改动未采用 on one story's form: its 状态 set to 已签发 or 已发布 asks as the list's
签发所选稿件 and 发布所选稿件 do (:mod:`articles.admin.pendingtext`).

A story kept as its editor saved it while its page was re-sent with other text (or a photo of
it: :func:`articles.pendingtext.stories_pending`) once went through unasked when the chief
editor chose 已签发 in the form's 状态 and saved. Now the form lists them in a section of its
own under 位置与状态 (each with 查看改动 and 采用版面文本), with the tick 已核对… and the hidden
field of what was listed; a save moving the story to 已签发 or 已发布 without the tick, or after
the page or story changed since the form was shown, is refused with the same words as the list
actions', nothing saved; with it, the story's and photos' history records the decision and the
desk says it. A form that only edits (its 状态 kept, or set back) is not asked anything.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets
from django.template.loader import render_to_string

from articles.admin.pendingtext import (
    ACKNOWLEDGE,
    SHOWN,
    acknowledged_notes,
    pending_field,
    pending_items,
    pending_refusal,
)
from articles.models import Article, Status
from articles.pendingtext import PUBLIC_STEPS, Pending, stories_pending
from articles.signoff import statuses_allowed

#: The states of the form's 状态 that make the story public or stand for it, as the step says.
WHAT = PUBLIC_STEPS
#: The form's section listing them, with the tick.
LIST_FIELD = "page_text_pending_list"
FIELDSET = ("签发、发布前核对", {"fields": [LIST_FIELD, ACKNOWLEDGE, SHOWN]})


def form_pending(article: Article, user) -> tuple[list[Pending], str]:
    """What ``article``'s form asks ``user`` about (its page and issue at hand): its and its
    photos' page texts not taken over, when ``user`` may move it to 已签发 or 已发布 from its
    state now, and the step (``签发``, ``发布``, ``签发或发布``); ``([], "")`` otherwise. Kept on
    the story (one request's form asks once)."""
    if not hasattr(article, "_form_pending"):
        allowed = statuses_allowed(article, user) if article.status != Status.PUBLISHED else []
        steps = [WHAT[s] for s in WHAT if s in allowed and s != article.status]
        pending = stories_pending([article]) if steps else []
        article._form_pending = (pending, "或".join(steps))
    return article._form_pending


class PendingOnTheStoryForm:
    """Mixin for the story admin (under ``StoryWorkflow``): the section, the tick and the
    refusal on the story's change form."""

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), LIST_FIELD]

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is None or FIELDSET in fieldsets or not self.has_change_permission(request, obj):
            return fieldsets
        if form_pending(obj, request.user)[0]:
            status = next((i for i, (_, o) in enumerate(fieldsets) if "status" in o["fields"]), 0)
            fieldsets.insert(status + 1, FIELDSET)
        return fieldsets

    @admin.display(description="核对")
    def page_text_pending_list(self, article):
        pending, what = getattr(article, "_form_pending", ([], ""))
        context = {"pending": pending_items(pending), "what": what}
        return render_to_string("admin/articles/includes/page_text_pending.html", context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        """The model form without the tick and the hidden field (not model fields), then a
        subclass adding them (:func:`~articles.admin.pendingtext.pending_field`) and refusing
        a move to 已签发 or 已发布 without the tick for what it listed."""
        fields = kwargs.get("fields") or flatten_fieldsets(self.get_fieldsets(request, obj))
        kwargs["fields"] = [f for f in fields if f not in (ACKNOWLEDGE, SHOWN)]
        form = super().get_form(request, obj, change, **kwargs)
        if obj is None or "status" not in form.base_fields:
            return form
        pending, what = form_pending(obj, request.user)
        if not pending:
            return form
        stored = obj.status

        class PendingAsked(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.page_text_shown = pending_field(self, pending, what=what)

            def clean(self):
                cleaned = super().clean()
                step = WHAT.get(cleaned.get("status"))
                if step is None or cleaned.get("status") == stored:
                    return cleaned
                shown = self.page_text_shown
                if refusal := pending_refusal(pending, form=self, shown=shown, what=step):
                    self.add_error(None, refusal)
                else:
                    self.instance._page_text_acknowledged = (pending, step)
                return cleaned

            @property
            def changed_data(self):
                """The tick is no edit of the story (no hand edit, no sign-off rule)."""
                return [f for f in super().changed_data if f not in (ACKNOWLEDGE, SHOWN)]

        return PendingAsked

    def response_change(self, request, obj):
        """Saved with the tick: the decision in the history of each story and photo listed,
        and said (:func:`~articles.admin.pendingtext.acknowledged_notes`)."""
        if acknowledged := getattr(obj, "_page_text_acknowledged", None):
            pending, step = acknowledged
            for note in acknowledged_notes(pending, what=step, user=request.user):
                self.message_user(request, note, messages.WARNING)
        return super().response_change(request, obj)
