"""A printed 更正 notice and the story it corrects (:class:`CorrectionNotice`): found after each
import and each edit of either story (:mod:`articles.correctionnotices`), decided by an editor
when it is unclear."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from articles.models.stories import Article


class NoticeState(models.TextChoices):
    LINKED = "linked", "已找到被更正的稿件"
    PENDING = "pending", "被更正的版面尚未导入"
    UNMATCHED = "unmatched", "该版没有这个标题的稿件"
    AMBIGUOUS = "ambiguous", "该版有不止一篇同名稿件"
    # (a row written before a notice named several stories a row each: 交还自动查找 reads it again)
    SEVERAL = "several", "启事提到不止一篇稿件"
    TAKEN = "taken", "该稿件已由另一处更正链接"
    UNREAD = "unread", "读不出启事所指的日期、版次或标题"
    MANUAL = "manual", "编辑指定"
    DISMISSED = "dismissed", "编辑忽略"


#: The states an editor decided: a re-import that reads the notice as before keeps them.
DECIDED = (NoticeState.MANUAL, NoticeState.DISMISSED)
#: The states with a corrected story (the check constraint's).
WITH_STORY = (NoticeState.LINKED, NoticeState.MANUAL)


def reopen_notice(collector, field, sub_objs, using):
    """``on_delete`` for :attr:`CorrectionNotice.corrected`: when the corrected story goes (a
    re-import that drops it, a deletion), the notice is looked for again (``pending``; the
    import that deleted it finds it again, :func:`articles.correctionnotices.notices_find`), so
    a link never points at nothing. State first: the check constraint (linked ⇒ a story) holds
    after every statement."""
    collector.add_field_update(
        CorrectionNotice._meta.get_field("state"), NoticeState.PENDING, sub_objs
    )
    collector.add_field_update(field, None, sub_objs)


class CorrectionNotice(models.Model):
    """One story a printed correction notice names: the notice (``notice``: a story headed 更正 /
    更正启事 …), the ``order``-th story it names (0 first), as printed (``printed``:
    ``本报12月3日A2版《…》``; read as ``target_date``, ``target_label`` and ``target_title``), and
    the story it corrects (``corrected``), when exactly one story of that issue and page has that
    title, or an editor picked it.

    Natural key: (notice, order), and a notice links a story once (both database constraints). A
    notice naming two stories links both (a row each); a story corrected twice is linked by both
    notices, readers see each ``本报12月6日A3版刊登更正`` line, oldest first. Without a story,
    ``state`` says why, for the desk (which decides each row: each story named)."""

    notice = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="correction_notices",
        verbose_name="更正启事",
    )
    order = models.PositiveSmallIntegerField("启事所指的第几篇", default=0)
    corrected = models.ForeignKey(
        Article,
        on_delete=reopen_notice,
        null=True,
        blank=True,
        related_name="corrected_by",
        verbose_name="被更正稿件",
    )
    printed = models.CharField("启事原文", max_length=300)
    # What ``printed`` names (none of them for a notice read as one that names nothing it can
    # read: ``unread``, its opening words in ``printed``).
    target_date = models.DateField("被更正稿件的出版日期", null=True, blank=True)
    target_label = models.CharField("被更正稿件的版次", max_length=12, blank=True)
    target_title = models.CharField("被更正稿件的标题", max_length=200, blank=True)
    state = models.CharField(
        "状态", max_length=12, choices=NoticeState.choices, default=NoticeState.PENDING
    )
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        ordering = ["-target_date", "target_label"]
        verbose_name = "更正启事"
        verbose_name_plural = "更正启事"
        constraints = [
            models.UniqueConstraint(fields=["notice", "order"], name="notice_unique_order"),
            models.UniqueConstraint(
                fields=["notice", "corrected"],
                condition=Q(corrected__isnull=False),
                name="notice_unique_notice_corrected",
            ),
            models.CheckConstraint(
                condition=~Q(state__in=["linked", "manual"]) | Q(corrected__isnull=False),
                name="notice_linked_has_story",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.printed}（{self.get_state_display()}）"

    @property
    def is_open(self) -> bool:
        """Whether the desk should look at it: no story, and no editor dismissed it."""
        return self.corrected_id is None and self.state != NoticeState.DISMISSED
