"""The printed page as a picture: its PDF, the image and thumbnail rendered from it, and the
zones (热区) where each printed part lies on it.

Files go through Django's default storage (a file system or S3-like storage alike), named by the
PDF's SHA-256 (``pages/ab/abcdef….pdf``, ``….webp``, ``…-thumb.webp``), so a changed PDF gets new
names and no cache ever serves a stale image. A zone's ``rects`` are page-relative rectangles
``[[x0, y0, x1, y1], …]`` (0–1 from the left and the top edge), so they fit the image at any
size. A zone comes from matching (``auto``: replaced whenever the PDF or the text changes) or
from an editor (``hand``: kept through re-import and re-matching).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from articles.models.content import Page
from articles.models.jumps import Teaser
from articles.models.photos import Photo
from articles.models.stories import ArticlePart


class PageImage(models.Model):
    """A page's PDF and its renderings. ``pdf_page`` is the page's index in ``pdf`` (0 for a
    one-page file). ``unmatched`` lists the parts whose text was not found on the page (their
    descriptions, for the desk and the import report); ``warnings`` what reading the PDF said."""

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, related_name="picture", verbose_name="版面"
    )
    pdf = models.FileField("版面 PDF", max_length=200)
    pdf_checksum = models.CharField("PDF 校验和 (SHA-256)", max_length=64)
    pdf_page = models.PositiveIntegerField("PDF 页序", default=0)
    image = models.FileField("版面图", max_length=200)
    thumbnail = models.FileField("缩略图", max_length=200)
    width = models.PositiveIntegerField("宽（像素）")
    height = models.PositiveIntegerField("高（像素）")
    has_text = models.BooleanField("有文字层", default=True)
    warnings = models.JSONField("警告", default=list, blank=True)
    unmatched = models.JSONField("未找到位置的稿件", default=list, blank=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "版面图"
        verbose_name_plural = "版面图"

    def __str__(self) -> str:
        return f"{self.page} 版面图"

    @property
    def picture_key(self) -> str:
        """Which picture this is (``<PDF SHA-256>:<page index>``): a re-sent PDF is another
        picture, and a hand zone drawn on the one before is to be checked (``Zone.drawn_on``)."""
        return f"{self.pdf_checksum}:{self.pdf_page}"


class ZoneSource(models.TextChoices):
    AUTO = "auto", "自动匹配"
    HAND = "hand", "人工指定"


class Zone(models.Model):
    """Where one printed part (a story's part, a photo with its caption, or a teaser box, 导读,
    pointing to a story on another page) lies on its page."""

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="zones", verbose_name="版面"
    )
    part = models.ForeignKey(
        ArticlePart,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="zones",
        verbose_name="稿件分段",
    )
    photo = models.ForeignKey(
        Photo,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="zones",
        verbose_name="图片",
    )
    teaser = models.ForeignKey(
        Teaser,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="zones",
        verbose_name="导读",
    )
    rects = models.JSONField("矩形（版面比例坐标）", default=list)
    source = models.CharField(
        "来源", max_length=10, choices=ZoneSource.choices, default=ZoneSource.AUTO
    )
    coverage = models.FloatField("文字匹配比例", null=True, blank=True)
    # The picture a hand zone was drawn on (PageImage.picture_key; "" for an automatic zone):
    # a PDF re-sent after it replaces the picture, and the hand zone, kept, is to be checked
    # (articles.zonechecks).
    drawn_on = models.CharField("画在哪张版面图上", max_length=80, blank=True, default="")

    class Meta:
        verbose_name = "热区"
        verbose_name_plural = "热区"
        ordering = ["page", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(part__isnull=False, photo__isnull=True, teaser__isnull=True)
                    | models.Q(part__isnull=True, photo__isnull=False, teaser__isnull=True)
                    | models.Q(part__isnull=True, photo__isnull=True, teaser__isnull=False)
                ),
                name="zone_part_photo_or_teaser",
            ),
            models.UniqueConstraint(fields=["part"], name="zone_unique_part"),
            models.UniqueConstraint(fields=["photo"], name="zone_unique_photo"),
            models.UniqueConstraint(fields=["teaser"], name="zone_unique_teaser"),
        ]

    def __str__(self) -> str:
        return f"{self.page} 热区 {self.part or self.photo or self.teaser}"

    def save(self, *args, **kwargs):
        """A hand zone saved without the picture it was drawn on is taken as drawn on the
        page's picture now (:attr:`drawn_on`)."""
        if self.source == ZoneSource.HAND and not self.drawn_on:
            keys = PageImage.objects.filter(page_id=self.page_id).values_list(
                "pdf_checksum", "pdf_page"
            )
            self.drawn_on = next((f"{c}:{n}" for c, n in keys), "")
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "drawn_on"}
        super().save(*args, **kwargs)

    def svg_path(self, width: float, height: float) -> str:
        """The rectangles as one SVG path in a ``width`` × ``height`` view box."""
        return " ".join(
            f"M{x0 * width:.1f} {y0 * height:.1f}H{x1 * width:.1f}V{y1 * height:.1f}"
            f"H{x0 * width:.1f}Z"
            for x0, y0, x1, y1 in self.rects
        )


class PictureRelease(models.Model):
    """The desk's choice to give readers a page's picture although ``article``, printed on it,
    was withdrawn (撤回) after publication: the picture shows the page as printed, the withdrawn
    story legible on it, so by default it is held back (a legal withdrawal must not stay
    readable on the image); a story taken down for another reason (a mistake to fix, a
    duplicate) need not cost the page's other stories their picture. Lapses when the story is
    published again after it (a later withdrawal is decided anew):
    :func:`articles.querysets.picture_public`. Written and removed by the page's
    版面图与撤回的稿件 page (``articles.admin.picturerelease``)."""

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="picture_releases", verbose_name="版面"
    )
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="+", verbose_name="撤回的稿件"
    )
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="决定人",
    )
    released_at = models.DateTimeField("决定时间", default=timezone.now)

    class Meta:
        verbose_name = "撤回稿件所在版的版面图照常公开"
        verbose_name_plural = "撤回稿件所在版的版面图照常公开"
        constraints = [
            models.UniqueConstraint(fields=["page", "article"], name="picture_release_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.page_id}:{self.article_id}"
