"""The proofreading aid's rows: the desk's word list (:class:`ProofreadingWord`) and what the
checks found in each story (:class:`ProofreadingFinding`, written by :mod:`articles.proofing`
on import and on every save; the desk's home counts them, ``manage.py proofread`` lists them)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from articles.models.content import Page
from articles.models.stories import Article, ArticlePart


class WordKind(models.TextChoices):
    SENSITIVE = "sensitive", "敏感词"
    BANNED = "banned", "禁用词"
    PREFERRED = "preferred", "规范用语"


class ProofreadingWord(models.Model):
    """One entry of the desk's word list. Natural key: (kind, word)."""

    kind = models.CharField("类别", max_length=20, choices=WordKind.choices)
    word = models.CharField("词语", max_length=50)
    preferred = models.CharField(
        "规范写法", max_length=50, blank=True, help_text="规范用语必填；禁用词可填替换的说法"
    )
    inside_words = models.BooleanField(
        "词内也算",
        default=False,
        help_text="勾选后，出现在更长的词里也提示（如“党”在“党员”里）；不勾选只按分词整词匹配",
    )
    note = models.CharField("说明", max_length=200, blank=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        ordering = ["kind", "word"]
        verbose_name = "校对词表"
        verbose_name_plural = "校对词表"
        constraints = [
            models.UniqueConstraint(fields=["kind", "word"], name="proofreading_word_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}：{self.word}"


class ProofreadingFinding(models.Model):
    """One finding in one story's text: where (``field``, and for the body the part and the
    paragraph ``block``), the offsets into that text, what was found and the message."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="proofreading", verbose_name="稿件"
    )
    part = models.ForeignKey(
        ArticlePart, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    field = models.CharField("位置", max_length=20)
    block = models.PositiveIntegerField("段", null=True, blank=True)
    kind = models.CharField("类别", max_length=20)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField("原文", max_length=100)
    message = models.CharField("提示", max_length=300)
    suggestion = models.CharField("建议", max_length=100, blank=True)

    class Meta:
        ordering = ["article", "id"]
        verbose_name = "校对提示"
        verbose_name_plural = "校对提示"
        indexes = [models.Index(fields=["article", "kind"], name="proofreading_article_kind")]

    def __str__(self) -> str:
        return f"{self.article_id} {self.kind} {self.text}"


class ProofreadingDismissal(models.Model):
    """A finding the desk judged no mistake (不是错的): not stored nor counted again for this
    story while the text it was found in reads the same. Natural key: the story, the kind, the
    found text and ``source_digest`` (SHA-256 of the whole field or paragraph it is in, as
    printed): an edit to that text makes the finding count again, as a new one."""

    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="proofreading_dismissals",
        verbose_name="稿件",
    )
    kind = models.CharField("类别", max_length=20)
    text = models.CharField("原文", max_length=100)
    source_digest = models.CharField(max_length=64)
    where = models.CharField("位置", max_length=60, blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="判定人",
    )
    dismissed_at = models.DateTimeField("判定时间", auto_now_add=True)

    class Meta:
        ordering = ["article", "pk"]
        verbose_name = "不是错的校对提示"
        verbose_name_plural = "不是错的校对提示"
        constraints = [
            models.UniqueConstraint(
                fields=["article", "kind", "text", "source_digest"],
                name="proofreading_dismissal_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article_id} {self.kind} {self.text}"


class _ReadMark(models.Model):
    """What a 校对完毕 holds: the text's ``digest`` when it was read, whether it ``changed`` since
    (校对后有改动), who read it and when."""

    digest = models.CharField(max_length=64)
    changed = models.BooleanField("校对后有改动", default=False)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="校对人",
    )
    marked_at = models.DateTimeField("校对时间")

    class Meta:
        abstract = True


class ProofreadMark(_ReadMark):
    """校对完毕: a proofreader read this story (from its form, or its page's) at ``marked_at``.
    ``digest`` is the story's text then (:func:`articles.proofmarks.story_digest`); when a save
    or a re-import changes it the check sets ``changed`` (校对后有改动): the story is unproofread
    again until someone marks it once more."""

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, related_name="proofread_mark", verbose_name="稿件"
    )

    class Meta:
        verbose_name = "校对完毕"
        verbose_name_plural = "校对完毕"

    def __str__(self) -> str:
        return f"{self.article_id} 校对完毕"


class ProofreadPageMark(_ReadMark):
    """校对完毕 of what one page prints of a story: its 本版校对完毕 (or the story's own 校对完毕,
    which reads every page). ``digest`` is the story's deck and its parts on this page then
    (:func:`articles.proofmarks.story_digest` with the page's label); a change of that text
    sets ``changed``. The story counts proofread (its :class:`ProofreadMark`) once every page
    it is printed on has an unchanged mark. Natural key: (story, page)."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="page_marks", verbose_name="稿件"
    )
    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="proofread_marks", verbose_name="版面"
    )

    class Meta:
        verbose_name = "本版校对完毕"
        verbose_name_plural = "本版校对完毕"
        constraints = [
            models.UniqueConstraint(fields=["article", "page"], name="proofread_page_mark_key")
        ]

    def __str__(self) -> str:
        return f"{self.article_id} 在 {self.page_id} 版校对完毕"
