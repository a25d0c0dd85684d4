"""The desk's jump fix form: an editor links a continuation marker to a part, unlinks it, or
hands it back to the resolver (``articles.continuations``), refused when the marker changed
after the page was opened (README: A stale form is refused)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, Q, When

from articles.continuations import (
    JumpError,
    StoryWouldGo,
    confirm_label,
    jump_confirm,
    jump_link_manually,
    jump_reset,
    jump_unlink,
    page_find,
)
from articles.continuations.misprints import answering_parts
from articles.continuations.unlinkedmarks import UNLINK_LOGGED
from articles.forms.guards import fingerprint
from articles.models import ArticlePart, Block, Jump, JumpDirection, Page
from articles.storynames import quoted, story_label

# --------------------------------------------------------------------------------------------
# Jumps: pick a candidate, unlink, or hand back to the resolver
# --------------------------------------------------------------------------------------------


class PartChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, part: ArticlePart) -> str:
        lead = next((b["text"] for b in part.blocks if b.get("kind") == Block.PARAGRAPH), "")
        title = " ".join(part.title_lines) or story_label(
            part.article.title, opening=lead, dateline=part.article.dateline
        )
        return f"{part.page.label}版 第{story_number(part)}篇 {quoted(title)} —— {lead[:60]}"


def story_number(part: ArticlePart) -> int:
    """The number editors count ``part`` by on its page (stories only: photos and teasers take
    none; the fix page's title counts so), not its ``position``. One query."""
    return ArticlePart.objects.story_numbers({part.page_id}).get(part.pk, part.position)


JUMP_STALE_MESSAGE = (
    "这个转版在您打开这一页之后已被处理或改动（其他编辑接续、断开或交还了它，或自动匹配接上了"
    "补来的版面），为免推翻那次处理，本次什么都没有改。它现在的状态：{state}。下面是最新的情况，"
    "请看过后再选。"
)
JUMP_UNVERSIONED_MESSAGE = (
    "这个表单缺少打开时的状态信息，无法确认这个转版在此期间没有被别人处理，本次什么都没有改。"
    "下面是它现在的状态（{state}），请看过后再选。"
)


def jump_fix_version(jump: Jump, parts) -> str:
    """A fingerprint of what the fix page of ``jump`` shows: the marker's state, link and
    candidates, and the forward markers of the ``parts`` it offers or linked into them (a
    choice takes a part away from the marker it is linked to). The importer and the resolver
    write jumps in bulk without a save time, so values, not a timestamp (README: A stale form
    is refused)."""
    pks = [p.pk for p in parts]
    related = Jump.objects.filter(direction=JumpDirection.FORWARD).filter(
        Q(part_id__in=pks) | Q(to_part_id__in=pks)
    )
    return fingerprint(
        (
            Jump.objects.filter(pk=jump.pk)
            .values_list("state", "to_part_id", "target_label", "marker")
            .first(),
            sorted(jump.candidates.values_list("pk", flat=True)),
            pks,
            sorted(related.exclude(pk=jump.pk).values_list("pk", "state", "to_part_id")),
        )
    )


class JumpFixForm(forms.Form):
    """An editor's decision on one continuation marker, made on the page as it was opened: the
    form carries :func:`jump_fix_version` from then (``loaded_version``, hidden; a form without
    it is judged by ``shown``, the version the page last showed this editor, else refused), and
    a decision over a marker changed meanwhile is refused with nothing changed (``is_stale``)."""

    LINK, UNLINK, RESET, CONFIRM = "link", "unlink", "reset", "confirm"
    ACTIONS = [
        (LINK, "接续到所选分段"),
        (UNLINK, "断开：这里没有接续"),
        (RESET, "交还自动匹配"),
        (CONFIRM, "核对无误：确认接续"),  # (the button names the page: confirm_label)
    ]

    action = forms.ChoiceField(choices=ACTIONS, widget=forms.HiddenInput)
    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)
    #: the forward markers the editor confirmed taking their continuation from (ids; the page
    #: offers the box after a link was refused for it, :meth:`_taken_from`)
    take_from = forms.TypedMultipleChoiceField(coerce=int, required=False, choices=())
    #: the stories the editor confirmed giving up as stories of their own (ids; the page
    #: offers the box beside each titled story a link would swallow, ``story_taken_whole``)
    give_up = forms.TypedMultipleChoiceField(coerce=int, required=False, choices=())
    is_stale = False
    #: what a save confirmed (:func:`~articles.continuations.confirm_label`), for the desk's log
    confirmed = ""
    #: what a save did, as the desk's log of the marker says it (who and when: its 历史 and
    #: 编辑部最近的操作; an unlink's, :data:`~articles.continuations.unlinkedmarks.UNLINK_LOGGED`,
    #: names who unlinked it where its continuation's 上接 is said)
    logged = ""
    #: the marker a refused link would take its continuation from (the page asks to confirm)
    needs_take: Jump | None = None
    #: the id of the marker a link took its continuation from (:meth:`_taken_from`), if any
    lost_to: int | None = None
    part = PartChoiceField(
        queryset=ArticlePart.objects.none(),
        required=False,
        widget=forms.RadioSelect,
        label="接续分段",
        empty_label=None,
    )

    def __init__(self, *args, jump: Jump, shown: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.jump = jump
        self.shown = shown
        self.fields["part"].queryset = self.choice_queryset(jump)
        # (any marker's id: whether it is the one losing the part is checked at save)
        for name in ("take_from", "give_up"):
            values = self.data.getlist(name) if hasattr(self.data, "getlist") else []
            self.fields[name].choices = [(v, v) for v in values]

    def current_version(self) -> str:
        """:func:`jump_fix_version` of the marker and the parts the page offers, as stored now."""
        return jump_fix_version(self.jump, list(self.fields["part"].queryset.all()))

    def _refuse_if_stale(self) -> None:
        """Raise ValidationError (``is_stale``) unless the marker is as the page showed it. Run
        inside :meth:`save`'s transaction, the marker's row locked."""
        list(Jump.objects.select_for_update().filter(pk=self.jump.pk))
        loaded = self.cleaned_data.get("loaded_version") or self.shown
        if loaded == self.current_version():
            return
        self.is_stale = True
        self.jump.refresh_from_db()
        state = self.jump.state_label()
        message = JUMP_STALE_MESSAGE if loaded else JUMP_UNVERSIONED_MESSAGE
        raise ValidationError(message.format(state=state))

    @staticmethod
    def choice_queryset(jump: Jump):
        """Forward jump: the parts on the target page, then the continuations on other pages
        that answer it (their ``上接`` names its page and they repeat its headline, taken by no
        other 下转: :func:`~articles.continuations.misprints.answering_parts`, a page number
        printed wrong), and the one it is linked to now, wherever it is (part of the marker's
        story since the link: shown as 当前接续, for an editor to check and confirm). Backward jump: the story parts on the page it says it continues,
        whose forward markers point here."""
        pages = {p.label: p for p in Page.objects.filter(issue_id=jump.part.page.issue_id)}
        target = page_find(pages, jump.target_label)
        parts = ArticlePart.objects.select_related("page", "article")
        if jump.direction == JumpDirection.FORWARD:
            elsewhere = [p.pk for p in answering_parts(jump)]
            printed_first = Case(When(page=target, then=0), default=1)
            current = Q(pk=jump.to_part_id) if jump.to_part_id else Q(pk__in=[])
            return (
                parts.filter(Q(page=target) | Q(pk__in=elsewhere) | current)
                .exclude(Q(article_id=jump.part.article_id) & ~current)
                .order_by(printed_first, "page__sequence", "position")
            )
        parts = parts.filter(page=target).exclude(article_id=jump.part.article_id)
        return parts.filter(jumps__direction=JumpDirection.FORWARD).order_by("position")

    def clean(self):
        data = super().clean()
        if data.get("action") == self.LINK and not data.get("part"):
            raise ValidationError("请先在列表里选中一段接续，再点“接续到所选分段”。")
        return data

    @transaction.atomic
    def save(self) -> str:
        """Apply the decision; returns a message for the editor. Raises ValidationError."""
        self._refuse_if_stale()
        action, part, jump = self.cleaned_data["action"], self.cleaned_data.get("part"), self.jump
        try:
            if action == self.CONFIRM or (action == self.LINK and part == jump.to_part):
                return self._confirmed(jump)
            if action == self.LINK and jump.direction == JumpDirection.FORWARD:
                lost = self._taken_from(jump, part)
                settled = jump_link_manually(jump=jump, part=part, give_up=self._given_up(part))
                lost = "" if self.lost_to in {j.pk for j in settled} else lost
                self.logged = f"接续：接到{part.page.label}版 第{story_number(part)}篇"
                return f"已接续：{jump.part.page.label}版{quoted(jump.part.article.name_for_editors(jump.part))}下接 {part.page.label}版 第{story_number(part)}篇。{lost}{settled_note(settled)}"
            if (
                action == self.LINK
            ):  # a backward marker: link the forward marker of the chosen story
                forward = part.jumps.get(direction=JumpDirection.FORWARD)
                lost = self._taken_from(forward, jump.part)
                settled = jump_link_manually(
                    jump=forward, part=jump.part, give_up=self._given_up(jump.part)
                )
                lost = "" if self.lost_to in {j.pk for j in settled} else lost
                self.logged = f"接续：{part.page.label}版 第{story_number(part)}篇接到这里"
                return f"已接续：{part.page.label}版{quoted(part.article.name_for_editors(part))}下接 {jump.part.page.label}版 第{story_number(jump.part)}篇。{lost}{settled_note(settled)}"
            if action == self.UNLINK:
                settled = jump_unlink(jump=jump)
                self.logged = UNLINK_LOGGED
                return f"已断开：{jump.part.page.label}版 第{story_number(jump.part)}篇的{jump.marker}不再接续，自动匹配也不会再改动它。{settled_note(settled)}"
            settled = jump_reset(jump=jump)
            self.logged = "交还自动匹配"
            jump.refresh_from_db()
            return f"已交还自动匹配，当前状态：{jump.state_label()}。{settled_note(settled)}"
        except StoryWouldGo as exc:
            raise ValidationError(str(exc)) from None
        except JumpError as exc:
            raise ValidationError(f"无法处理这个转版：{exc}") from None

    def _confirmed(self, jump: Jump) -> str:
        """Confirm ``jump``'s weak link (:func:`~articles.continuations.jump_confirm`; the part
        it is linked to chosen again asks the same); a link the desk does not ask to check
        stays as it is. Returns the editor's message; raises JumpError."""
        label = confirm_label(jump)
        where = f"{jump.part.page.label}版 第{story_number(jump.part)}篇的{jump.marker}"
        if not label:
            return f"{where}已接在这一段，没有改动。"
        jump_confirm(jump=jump)
        self.confirmed = label
        self.logged = f"{label}（{jump.marker}）"
        return f"已核对：{where}{label.removeprefix('核对无误：')}，不再列入“请核对”。"

    def _given_up(self, part: ArticlePart) -> int | None:
        """``part``'s story id when the editor ticked giving it up (``give_up``), else None."""
        return part.article_id if part.article_id in self.cleaned_data.get("give_up", []) else None

    def _taken_from(self, forward: Jump, part: ArticlePart) -> str:
        """What linking ``forward`` to ``part`` takes away: ``""`` when no other forward marker
        continues into ``part``, else a sentence for the message after (that marker goes back
        to 待接). Raises ValidationError (``needs_take``) unless the editor confirmed taking it
        from that marker (``take_from``): a continuation another story holds is never moved
        without a word."""
        other = (
            Jump.objects.filter(to_part=part, direction=JumpDirection.FORWARD)
            .exclude(pk=forward.pk)
            .select_related("part__page", "part__article")
            .first()
        )
        if other is None:
            return ""
        where = taken_by(other)
        self.lost_to = other.pk
        if other.pk not in self.cleaned_data.get("take_from", []):
            self.needs_take = other
            raise ValidationError(
                f"{part.page.label}版 第{story_number(part)}篇已接在{where}之后，本次什么都没有改。"
                f"确实要改接到这里，请勾选下面的“从{where}移过来”，再点“接续到所选分段”；"
                "那一处转版将变为待接。"
            )
        return f"它原先接在{where}之后：那一处转版现在待接，请到那篇稿件重新处理。"


def settled_note(settled: list[Jump]) -> str:
    """What the message after a fix says of the other 下转 the resolver linked once the fix was
    made (:func:`~articles.continuations.jump_link_manually` and the others return them): each
    one and the part it now goes on in (``A1版 第1篇“…”（下转A2版）随之自动接上A2版 第2篇``),
    ``""`` when none. A query per part's story number."""
    said = [
        f"{taken_by(j)}随之自动接上{j.to_part.page.label}版 第{story_number(j.to_part)}篇"
        for j in settled
    ]
    if not said:
        return ""
    return "这样一来，" + "；".join(said) + "（不对的话，请打开那处转版改选或断开）。"


def taken_by(other: Jump, numbers: dict | None = None) -> str:
    """``A1版 第1篇“…”（下转A2版）``: the forward marker ``other`` as the fix page names the
    story a continuation is taken from (``numbers``: story numbers by part id, else one query)."""
    number = (numbers or {}).get(other.part_id) or story_number(other.part)
    name = quoted(other.part.article.name_for_editors(other.part))
    return f"{other.part.page.label}版 第{number}篇{name}{other.marker}"
