"""版面文本有改动未采用 on the desk's confirmations: 发布本期, 发布所选的期, 签发所选稿件 and
发布所选稿件.

A story or photo kept as its editor saved it while its page was re-sent with other text
(:mod:`articles.pendingtext`: the photos readers would see with the stories or issues) is
listed with its changes, a link to its form's comparison and one to 采用版面文本. Going on takes an explicit tick (已核对, as 已知悉 does for broken chains):
publishing or signing off an edit the page's correction contradicts is a decision, never a
default. One tick acknowledges the stories and photos the page listed, each by its story and
page or its photo, and fingerprint (a hidden field sent back with the form); one whose page or
text changed after the page was shown is refused by name, and the page shown again lists it.
"""

from __future__ import annotations

import json

from django import forms
from django.contrib import admin
from django.template.response import TemplateResponse

from articles.admin.base import admin_url
from articles.admin.chainsshown import shown_echo
from articles.admin.pagetext import ANCHOR, page_text_url
from articles.admin.phototext import photo_text_url
from articles.pendingtext import (
    PENDING_TEXT,
    Pending,
    PendingPhoto,
    acknowledged_record,
    by_story,
    listed,
    not_shown,
    pending_key,
    story_line,
)

#: The tick and the hidden field a confirmation gets when it lists stories.
ACKNOWLEDGE = "acknowledge_page_text"
SHOWN = "page_text_shown"
#: At most this many stories or photos are named in a refusal; the page lists them all.
NAMED = 5


class PendingItems(list):
    """:func:`pending_items`' list, with ``listed``
    (:func:`~articles.pendingtext.listed`: ``2 篇稿件和 1 张图片``) for the page's words."""

    def __init__(self, items, listed):
        super().__init__(items)
        self.listed = listed


def pending_items(pending: list[Pending]) -> PendingItems:
    """Each of ``pending`` as a confirmation lists it (a story jumping A1 → A2 once, with each
    of its pages' changes: :func:`~articles.pendingtext.by_story`): its line, its form's
    comparison (``compare_url``) and its 采用版面文本 confirmations (``takes``: ``{"label",
    "url"}``, one per page of a story, ``label`` ``""`` for one alone): a story's, or a
    photo's (:mod:`articles.admin.phototext`)."""
    return PendingItems([_item(group) for group in by_story(pending)], listed(pending))


def _item(group: list[Pending]) -> dict:
    first = group[0]
    if isinstance(first, PendingPhoto):
        compare = f"{admin_url('photo_change', first.photo.pk)}#{ANCHOR}"
        take = {"label": "", "url": photo_text_url(first.photo.pk)}
        return {"line": first.line, "compare_url": compare, "takes": [take]}
    return {
        "line": story_line(group),
        "compare_url": page_text_url(first.article.pk),
        "takes": [
            {
                "label": f"{p.label}版" if len(group) > 1 else "",
                "url": admin_url("article_page_text", p.article.pk, p.page_id),
            }
            for p in group
        ],
    }


def pending_field(form, pending: list[Pending], *, what: str) -> list[str] | None:
    """Give ``form`` the tick :data:`ACKNOWLEDGE` (when ``pending`` lists any) and the hidden
    :data:`SHOWN` holding their keys; ``what`` is the step (``发布``, ``签发``). Returns the keys
    the posted form sent back (``None``: not posted, or posted without the field: a client that
    did not render the page was shown none, and its tick is refused as a stale page's)."""
    keys = json.dumps(sorted(pending_key(p) for p in pending), ensure_ascii=False)
    said = listed(pending)
    posted = shown_echo(form, SHOWN, keys)
    if pending:
        form.fields[ACKNOWLEDGE] = forms.BooleanField(
            required=False,
            label=f"已核对{PENDING_TEXT}的{said.noun}，按编辑保存的内容{what}",
            help_text=(
                f"上面列出的 {said.counted}，版面重新送来时改了字，但{said.noun}保留了编辑的修改，"
                f"没有用上新的版面文本。请{said.each}点“查看改动”核对：版面改对了的，点“采用版面文本”；"
                f"确认编辑的版本才对的，勾选这里再{what}。"
            ),
        )
    if posted is None:
        return None
    try:
        shown = json.loads(posted)
    except ValueError:
        return []
    return [k for k in shown if isinstance(k, str)] if isinstance(shown, list) else []


def pending_refusal(pending: list[Pending], *, form, shown: list[str] | None, what: str) -> str:
    """Why the step ``what`` (``发布``, ``签发``) is refused for ``pending``, ``""`` when it may go
    on: nothing pending, or the tick of ``form`` (valid) given for exactly the stories the page
    listed (``shown``: :func:`pending_field`'s; ``None``, no field sent, lists none)."""
    if not pending:
        return ""
    acknowledged = form.cleaned_data.get(ACKNOWLEDGE, False)
    unseen = not_shown(pending, shown)  # (no field sent: shown none, as a stale page)
    if unseen:
        return (
            f"没有{what}：本页打开之后，{_named(unseen)}的版面文本或{listed(unseen).noun}又有了改动，"
            f"本页现在列出的是新的改动。请核对后再勾选“已核对”并{what}。"
        )
    if acknowledged:
        return ""
    noun = listed(pending).noun
    return (
        f"没有{what}：{_named(pending)}{PENDING_TEXT}（版面重新送来时改了字，{noun}保留了编辑的修改）。"
        f"请点“查看改动”核对：版面改对了的点“采用版面文本”；确认按编辑的版本{what}的，"
        f"勾选“已核对{PENDING_TEXT}的{noun}”再{what}。"
    )


def pending_confirmation(model_admin, request, queryset, pending, *, what: str, action: str):
    """For a story list action (``action``: its name; ``what``: ``签发``, ``发布``) over
    ``queryset`` whose stories or their photos include ``pending``: the confirmation page
    asking for the tick (first, or again with why), or ``None`` when the action may go on
    (nothing pending, or the tick given for what was listed)."""
    if not pending:
        return None
    form = forms.Form(request.POST if "confirm" in request.POST else None)
    shown = pending_field(form, pending, what=what)
    if form.is_bound and form.is_valid():
        refusal = pending_refusal(pending, form=form, shown=shown, what=what)
        if not refusal:
            return None
        form.add_error(None, refusal)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": f"{what}所选稿件",
        "form": form,
        "what": what,
        "action": action,
        "articles": list(queryset.select_related("page")),
        "pending": pending_items(pending),
        "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/articles/article/pending_confirm.html", context)


def acknowledged_notes(pending: list[Pending], *, what: str, user) -> list[str]:
    """After ``what`` went through with ``pending`` acknowledged by ``user``: each story and
    photo's history records the decision (:func:`~articles.pendingtext.acknowledged_record`),
    and the desk says it (a line, or none)."""
    if not pending:
        return []
    acknowledged_record(pending, user=user, what=what)
    return [f"已按编辑保存的内容{what}（已核对，{PENDING_TEXT}）：{_named(pending)}。"]


def _named(pending: list[Pending]) -> str:
    groups = by_story(pending)  # (a jumped story named once)
    lines = [group[0].name for group in groups[:NAMED]]
    more = len(groups) - NAMED
    return "、".join(lines) + (f" 等 {listed(pending).counted}" if more > 0 else "")
