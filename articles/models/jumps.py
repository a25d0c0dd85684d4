"""What points from one page to another: printed continuation markers (:class:`Jump`) and
front-page teasers (:class:`Teaser`), kept with the *printed* target label and a state until the
target page is imported and they are resolved."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from articles.fields import JSONField
from articles.models.content import Page
from articles.models.stories import Article, ArticlePart
from articles.querysets import Status


class JumpDirection(models.TextChoices):
    FORWARD = "forward", "下转"
    BACKWARD = "backward", "上接"


class JumpState(models.TextChoices):
    PENDING = "pending", "待目标版面"
    LINKED = "linked", "已接续"
    AMBIGUOUS = "ambiguous", "有歧义"
    UNMATCHED = "unmatched", "目标版面无对应"
    MANUAL = "manual", "人工指定"
    UNLINKED = "unlinked", "人工断开"
    LOOP = "loop", "形成循环"


# How the desk names the state of a jump in a link held apart (its ``state`` is ``pending``, read
# 待目标版面, which would send editors looking for a page that is imported): held for sign-off,
# because the jumping story was published and withdrawn, or because one story is published and
# the other scheduled for later (articles.continuations.merging, articles.continuations.schedules).
HELD_STATE_LABEL = "须经签发，先不接上"
WITHDRAWN_HELD_STATE_LABEL = "稿件已撤回，先不接上"
SCHEDULED_HELD_STATE_LABEL = "定时发布，先不接上"
# How the desk names an open jump whose marker names its own page (（下转A1版） printed on A1):
# not 目标版面无对应, which sends editors looking on the page for a continuation that cannot be.
OWN_PAGE_LABEL = "指向本版：请核对版次"
# How the desk names a link the resolver made by the order of print alone (the k-th 下转 to the
# k-th 上接: no repeated headline, no words, no cut sentence to tell them apart): linked, but the
# weaker kind, for an editor to check (:attr:`Jump.by_print_order`).
BY_PRINT_ORDER_LABEL = "已接续（按版面顺序接上，请核对）"
# How the desk names a link the resolver made to a continuation on another page than the one the
# 下转 prints (its printed page has none for it; the continuation's own 上接 and repeated headline
# answer it): linked, but the page number may be misprinted, for an editor to check
# (:attr:`Jump.page_misprinted`, ``articles.continuations.misprints``).
MISPRINTED_PAGE_NOTE = "印的是{printed}版，接续在{found}版：转版版次可能印错"

# Why a link is held (:func:`held_links`' values), and how the desk names each.
HELD_SIGNOFF, HELD_WITHDRAWN, HELD_SCHEDULED = "signoff", "withdrawn", "scheduled"
HELD_LABELS = {
    HELD_SIGNOFF: HELD_STATE_LABEL,
    HELD_WITHDRAWN: WITHDRAWN_HELD_STATE_LABEL,
    HELD_SCHEDULED: SCHEDULED_HELD_STATE_LABEL,
}


def _held_kind(review_required: bool, *stories: tuple) -> str:
    """Why a link is held, from its paper's sign-off and its two stories' (status, publish_at):
    a story scheduled for later (not published, a time set) holds it first."""
    if any(status != Status.PUBLISHED and at is not None for status, at in stories):
        return HELD_SCHEDULED
    return HELD_SIGNOFF if review_required else HELD_WITHDRAWN


def held_links(jumps) -> dict[int, str]:
    """``{jump id: why it is held}`` (:data:`HELD_SIGNOFF`, :data:`HELD_WITHDRAWN` or
    :data:`HELD_SCHEDULED`) for those of ``jumps`` in a link held apart
    (``articles.continuations.merging.jump_hold``): a held 下转 (:attr:`Jump.is_held`) and the
    上接 of the continuation a held 下转 waits to join (its part is that jump's one candidate).
    Scheduled: one of the two stories waits for its scheduled publication; else withdrawn on a
    paper without sign-off (the jumping story was withdrawn), sign-off on a paper that requires
    it. At most two queries, none when no jump is held or open."""
    jumps = list(jumps)
    held: dict[int, str] = {}
    forward = [j.pk for j in jumps if j.direction == JumpDirection.FORWARD and j.is_held]
    if forward:
        for pk, signed, *stories in Jump.objects.filter(pk__in=forward).values_list(
            "pk",
            "part__page__issue__publication__review_required",
            "part__article__status",
            "part__article__publish_at",
            "candidates__article__status",
            "candidates__article__publish_at",
        ):
            held[pk] = _held_kind(signed, tuple(stories[:2]), tuple(stories[2:]))
    open_backward = {
        j.part_id: j.pk
        for j in jumps
        if j.direction == JumpDirection.BACKWARD and j.state == JumpState.PENDING
    }
    if open_backward:
        waited = Jump.candidates.through.objects.filter(
            articlepart_id__in=open_backward,
            jump__state=JumpState.PENDING,
            jump__confidence__isnull=False,
        ).values_list(
            "articlepart_id",
            "jump__part__page__issue__publication__review_required",
            "jump__part__article__status",
            "jump__part__article__publish_at",
            "articlepart__article__status",
            "articlepart__article__publish_at",
        )
        for part_id, signed, *stories in set(waited):
            held[open_backward[part_id]] = _held_kind(
                signed, tuple(stories[:2]), tuple(stories[2:])
            )
    return held


def reopen_jump(collector, field, sub_objs, using):
    """``on_delete`` for :attr:`Jump.to_part`: when the continuation goes, the jump is open again
    (``pending``), so a linked jump never points at nothing."""
    # State first: the check constraint (linked ⇒ has a target) holds after every statement.
    collector.add_field_update(Jump._meta.get_field("state"), JumpState.PENDING, sub_objs)
    collector.add_field_update(Jump._meta.get_field("confidence"), None, sub_objs)
    collector.add_field_update(field, None, sub_objs)


class Jump(models.Model):
    """A printed continuation marker, kept until (and after) it is resolved.

    ``target_label`` is normalised from what was printed (``第二版`` → ``2``); ``marker`` is the
    text as printed. A forward jump is linked to the part that continues it (``to_part``); a
    manual link (``state`` manual/unlinked) is an editor's decision that re-import never undoes.
    """

    part = models.ForeignKey(
        ArticlePart, on_delete=models.CASCADE, related_name="jumps", verbose_name="所在分段"
    )
    direction = models.CharField("方向", max_length=10, choices=JumpDirection.choices)
    target_label = models.CharField("目标版次", max_length=12)
    marker = models.CharField("原文标记", max_length=40)
    state = models.CharField(
        "状态", max_length=12, choices=JumpState.choices, default=JumpState.PENDING
    )
    to_part = models.ForeignKey(
        ArticlePart,
        on_delete=reopen_jump,
        null=True,
        blank=True,
        related_name="incoming_jumps",
        verbose_name="接续分段",
    )
    confidence = models.FloatField("匹配置信度", null=True, blank=True)
    candidates = models.ManyToManyField(
        ArticlePart, blank=True, related_name="candidate_for", verbose_name="候选分段"
    )
    resolved_at = models.DateTimeField("处理时间", null=True, blank=True)
    # Linked by the order of print alone (``articles.continuations.assigning``:
    # ``Assignment.by_print_order``); read only while ``state`` is ``linked`` (:attr:`linked_by_print_order`).
    by_print_order = models.BooleanField("按版面顺序接上", default=False, db_default=False)
    # Linked to a continuation on another page than ``target_label`` (``articles.continuations.
    # misprints``): the printed page number may be wrong; read only while ``state`` is
    # ``linked`` (:attr:`linked_to_other_page`).
    page_misprinted = models.BooleanField("转版版次可能印错", default=False, db_default=False)

    class Meta:
        ordering = ["part__page__sequence", "part__position", "direction"]
        verbose_name = "转版标记"
        verbose_name_plural = "转版标记"
        constraints = [
            models.UniqueConstraint(
                fields=["part", "direction"], name="jump_unique_part_direction"
            ),
            models.CheckConstraint(
                condition=~Q(state__in=["linked", "manual"]) | Q(to_part__isnull=False),
                name="jump_linked_has_target",
            ),
        ]

    def __str__(self) -> str:
        """``A1 （下转A2版） → A2（待目标版面）``, the state as the desk says it
        (:meth:`state_label`): admin messages, the admin's log, the shell."""
        return f"{self.part.page.label} {self.marker} → {self.target_label}（{self.state_label()}）"

    @property
    def is_manual(self) -> bool:
        return self.state in (JumpState.MANUAL, JumpState.UNLINKED)

    @property
    def is_held(self) -> bool:
        """Whether this 下转 is held apart from its continuation
        (``articles.continuations.merging.jump_hold``): ``pending`` with a match's confidence,
        which a pending jump otherwise never has (its one candidate is the continuation)."""
        return self.state == JumpState.PENDING and self.confidence is not None

    @property
    def linked_by_print_order(self) -> bool:
        """Whether the resolver linked this 下转 by the order of print alone (the k-th 下转 of
        the page to the k-th 上接 there), with no sign in the print to tell the pairs apart:
        the desk and the import report say so (:data:`BY_PRINT_ORDER_LABEL`)."""
        return self.state == JumpState.LINKED and self.by_print_order

    @property
    def linked_to_other_page(self) -> bool:
        """Whether the resolver linked this 下转 to a continuation on another page than the one
        it prints (its page had none for it; that continuation's ``上接`` and repeated headline
        answer it): the desk and the import report say so (:meth:`misprint_note`)."""
        return self.state == JumpState.LINKED and self.page_misprinted

    def misprint_note(self) -> str:
        """``印的是A3版，接续在A2版：转版版次可能印错`` for a link to another page
        (:attr:`linked_to_other_page`), else ``""``. Reads the continuation's page (a query
        unless ``to_part__page`` was selected)."""
        if not self.linked_to_other_page:
            return ""
        return MISPRINTED_PAGE_NOTE.format(printed=self.target_label, found=self.to_part.page.label)

    @property
    def points_to_own_page(self) -> bool:
        """Whether the marker names the page it is printed on (``（下转A1版）`` on A1): no jump
        at all, a page number set or read wrong. Such a jump never finds its continuation;
        the desk says so (:data:`OWN_PAGE_LABEL`), not 目标版面无对应."""
        return self.target_label == self.part.page.label

    def plain_state_label(self) -> str:
        """The state's label, or :data:`OWN_PAGE_LABEL` for an open jump whose marker names its
        own page (:attr:`points_to_own_page`); a held link is not looked for
        (:meth:`state_label` does)."""
        if self.state in (JumpState.PENDING, JumpState.UNMATCHED) and self.points_to_own_page:
            return OWN_PAGE_LABEL
        if self.linked_by_print_order:
            return BY_PRINT_ORDER_LABEL
        if self.linked_to_other_page:
            return f"已接续（{self.misprint_note()}，请核对）"
        return self.get_state_display()

    def state_label(self) -> str:
        """The state as the desk says it: :data:`HELD_STATE_LABEL`,
        :data:`WITHDRAWN_HELD_STATE_LABEL` or :data:`SCHEDULED_HELD_STATE_LABEL` (:data:`HELD_LABELS`)
        for a jump in a held link (:func:`held_links`: the
        held 下转 and the 上接 it waits to join), not 待目标版面; else the state's label. A list
        marked by ``articles.continuations.jumps_mark_held`` (``state_shown``) reads no more;
        otherwise a query for an open or held jump."""
        shown = getattr(self, "state_shown", "")
        if shown:
            return shown
        if self.state != JumpState.PENDING:
            return self.plain_state_label()
        kind = held_links([self]).get(self.pk)
        return self.plain_state_label() if kind is None else HELD_LABELS[kind]


class Teaser(models.Model):
    """A front-page pointer (导读) to a story on another page: ``■A4看南通·要闻``.

    Kept with the printed target label and section until the target page is imported; then
    ``target_article`` links to the story it announces."""

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="teasers", verbose_name="版面"
    )
    position = models.PositiveIntegerField("版内位置")
    title_lines = JSONField("标题行", default=list)
    target_label = models.CharField("目标版次", max_length=12)
    target_section = models.CharField("目标版名", max_length=100, blank=True)
    marker = models.CharField("原文", max_length=120)
    target_article = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="teasers",
        verbose_name="指向稿件",
    )

    class Meta:
        ordering = ["page__sequence", "position"]
        verbose_name = "导读"
        verbose_name_plural = "导读"
        constraints = [
            models.UniqueConstraint(
                fields=["page", "position"], name="teaser_unique_page_position"
            ),
        ]

    def __str__(self) -> str:
        return " ".join(self.title_lines) + f" → {self.target_label}"
