"""What points from one page to another: printed continuation markers (:class:`Jump`) and
front-page teasers (:class:`Teaser`), kept with the *printed* target label and a state until the
target page is imported and they are resolved."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from articles.fields import JSONField
from articles.models.content import Page
from articles.models.stories import Article, ArticlePart


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
        return f"{self.part.page.label} {self.marker} → {self.target_label}（{self.get_state_display()}）"

    @property
    def is_manual(self) -> bool:
        return self.state in (JumpState.MANUAL, JumpState.UNLINKED)


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
