"""News photos on a page and their photographers (by :class:`PhotoCredit`)."""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords

from articles.models.content import Page
from articles.models.stories import Article, Person
from articles.photorenditions import THUMBNAIL_WIDTH
from articles.querysets import PDF_PICTURES_FROM, PhotoQuerySet

#: Where pictures cut from page PDFs are stored (:mod:`articles.importing.pdfphotos`); an
#: editor's upload goes under ``photos/<year>/<month>/`` (``Photo.image``'s ``upload_to``).
PDF_PHOTOS = "photos/pdf/"


class RenditionState(models.TextChoices):
    """Where a photo's copies for readers are (:mod:`articles.photofiles`): made, or none
    needed (blank); queued for the task worker (a picture whose decoding would hold up the
    editor's save: readers get the original meanwhile); or failed (``rendition_problem`` says
    why, in Chinese; ``manage.py photo_renditions`` tries again)."""

    DONE = "", "已生成"
    QUEUED = "queued", "生成中"
    FAILED = "failed", "生成失败"


class PhotoVersionFields(models.Model):
    """What a photo's history record keeps besides the photo's own columns, so that restoring a
    version (a deleted photo too) brings its photographers back: ``photographers`` is their
    names in credit order as stored when the record was written (:mod:`articles.crediting`), or
    null when that record did not keep them (records older than this field)."""

    photographers = models.JSONField("摄影", null=True, blank=True, editable=False)

    class Meta:
        abstract = True


class Photo(models.Model):
    """A news photo: caption (the paragraph before the credit), credit line as printed, and the
    photographers parsed from it. Text dumps carry no image; a page PDF gives the picture by its
    caption, and a picture printed with its credit and no caption is a photo of the PDF alone
    (``position`` from :data:`~articles.querysets.PDF_PICTURES_FROM` on); an editor may upload
    one."""

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="photos", verbose_name="版面"
    )
    position = models.PositiveIntegerField("版内位置")
    caption = models.TextField("图片说明", blank=True)
    credit_line = models.CharField("署名行", max_length=200, blank=True)
    photographers = models.ManyToManyField(
        Person, through="PhotoCredit", related_name="photos", blank=True, verbose_name="摄影"
    )
    image = models.ImageField("图片", upload_to="photos/%Y/%m/", blank=True)
    article = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="photos",
        verbose_name="所属稿件",
    )
    #: The copies readers get of an uploaded image (WebP, :mod:`articles.photofiles`): the
    #: reader's picture, ``width`` × ``height`` pixels (at most 1200 wide), and a thumbnail
    #: (at most 400 wide); named after the image's stored name whole (``…/mid.jpg-1200.webp``),
    #: so a new upload gets new ones. Blank for a photo without an upload (a picture cut from its page PDF is
    #: already reader-sized WebP). The image itself is the editor's original (原图).
    rendition = models.FileField("阅读用图", max_length=200, blank=True, editable=False)
    thumbnail = models.FileField("缩略图", max_length=200, blank=True, editable=False)
    width = models.PositiveIntegerField("阅读用图宽（像素）", null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(
        "阅读用图高（像素）", null=True, blank=True, editable=False
    )
    rendition_state = models.CharField(
        "阅读用图状态",
        max_length=10,
        choices=RenditionState.choices,
        blank=True,
        default=RenditionState.DONE,
        db_default=RenditionState.DONE,
        editable=False,
    )
    rendition_problem = models.TextField(
        "阅读用图问题", blank=True, default="", db_default="", editable=False
    )
    #: The length in bytes of the photo's shared JPEG (``/photos/<id>.jpg``), made from the
    #: stored file ``shared_jpeg_from`` (its reader's copy, or a picture cut from its page's
    #: PDF): the feeds' enclosure ``length``, true only while that is still its source
    #: (:mod:`articles.sharedjpeg`). None: not made yet (``manage.py photo_renditions``).
    shared_jpeg_bytes = models.PositiveIntegerField(
        "分享用 JPEG 大小（字节）", null=True, blank=True, editable=False
    )
    shared_jpeg_from = models.CharField(
        "分享用 JPEG 所据文件",
        max_length=200,
        blank=True,
        default="",
        db_default="",
        editable=False,
    )
    edited_at = models.DateTimeField("人工修改时间", null=True, blank=True)
    #: What a re-import's page text prints of a photo edited by hand, kept until the desk takes
    #: it (采用版面文本) or an import prints it as the editor has it: ``{"caption",
    #: "credit_line", "photographers": [names], "changes": [lines]}`` (``changes``: what the page
    #: changed since the photo was last imported, ``说明“…”→“…”``); None: nothing pending
    #: (:mod:`articles.importing.phototext`). Not the editor's content: left out of history.
    page_text_pending = models.JSONField("未采用的版面文本", null=True, blank=True, editable=False)

    history = HistoricalRecords(
        bases=[PhotoVersionFields],
        verbose_name="图片修改记录",
        verbose_name_plural="图片修改记录",
        excluded_fields=[
            "page_text_pending",
            "rendition",
            "thumbnail",
            "width",
            "height",
            "rendition_state",
            "rendition_problem",
            "shared_jpeg_bytes",
            "shared_jpeg_from",
        ],
    )

    objects = PhotoQuerySet.as_manager()

    class Meta:
        ordering = ["page__sequence", "position"]
        verbose_name = "图片"
        verbose_name_plural = "图片"
        constraints = [
            models.UniqueConstraint(fields=["page", "position"], name="photo_unique_page_position"),
        ]

    def __str__(self) -> str:
        if not self.caption:  # a picture printed with its credit only
            return f"（图片，{self.credit_line}）" if self.credit_line else "（图片）"
        return (self.caption[:30] + "…") if len(self.caption) > 30 else self.caption

    def get_absolute_url(self) -> str:
        return self.page.get_absolute_url() + f"#photo-{self.position}"

    @property
    def pdf_number(self) -> int | None:
        """For a photo of the PDF alone, its picture's number among the page PDF's images,
        counted from 1 as an editor counts them (``position`` 100002 → 3); None for a photo
        of the page's text."""
        if self.position is None or self.position < PDF_PICTURES_FROM:
            return None
        return self.position - PDF_PICTURES_FROM + 1

    @property
    def place(self) -> str:
        """Where the desk says the photo is on its page: ``第4张`` (its number in print order,
        counted with the page's stories) or ``PDF 上第3张图`` (a photo of the PDF alone, which
        the page's text does not print): never the stored ``position`` of the latter."""
        number = self.pdf_number
        return f"第{self.position}张" if number is None else f"PDF 上第{number}张图"

    @property
    def thumbnail_width(self) -> int | None:
        """The thumbnail's width in pixels (for ``srcset``): :data:`THUMBNAIL_WIDTH`, or the
        reader's picture's own when it is narrower; None without copies."""
        return None if self.width is None else min(self.width, THUMBNAIL_WIDTH)

    @property
    def picture_shown(self) -> bool:
        """Whether readers are shown the photo's picture: it has an image whose copies did not
        fail (:attr:`RenditionState.FAILED`: the file is known unreadable, a broken picture to a
        browser, so the public pages show the caption alone, 图片暂缺, while the desk says
        生成失败 and to upload it again)."""
        return bool(self.image) and self.rendition_state != RenditionState.FAILED

    @property
    def uploaded(self) -> bool:
        """Whether the photo has an image an editor uploaded (not one cut from its page PDF,
        which a re-import may replace)."""
        return bool(self.image) and not self.image.name.startswith(PDF_PHOTOS)


class PhotoCredit(models.Model):
    photo = models.ForeignKey(Photo, on_delete=models.CASCADE, related_name="credits")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="photo_credits")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["photo", "order"]
        verbose_name = "摄影署名"
        verbose_name_plural = "摄影署名"
        constraints = [
            models.UniqueConstraint(fields=["photo", "person"], name="photocredit_unique_person"),
        ]

    def __str__(self) -> str:
        return self.person.name
