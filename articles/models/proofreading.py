"""The proofreading aid's rows: the desk's word list (:class:`ProofreadingWord`) and what the
checks found in each story (:class:`ProofreadingFinding`, written by :mod:`articles.proofing`
on import and on every save; the desk's home counts them, ``manage.py proofread`` lists them)."""

from __future__ import annotations

from django.db import models

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
