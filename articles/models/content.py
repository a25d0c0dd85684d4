"""Where everything was printed: the paper, its issues and their pages (natural keys, kept as
database constraints, so a re-import upserts and ids (URLs) stay the same)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.dispatch import Signal
from simple_history.models import HistoricalRecords

from articles.addresses import address
from articles.fields import JSONField
from articles.labels import label_sequence, normalize_label
from articles.namechars import validate_paper_name
from articles.querysets import (
    ISSUE_STATUS_CHOICES,
    IssueQuerySet,
    PageQuerySet,
    PublicationQuerySet,
    Status,
)

# First path segments the site uses (articles/urls.py and newsroom/urls.py), which a paper slug
# must not take. Kept here, below the URLconfs, so models never import urls (see
# tests/public/test_urls.py).
RESERVED_SLUGS = frozenset(
    {
        "admin",
        "api",
        "feed.xml",
        "feeds",
        "healthz",
        "media",
        "news-sitemap.xml",
        "people",
        "photos",
        "robots.txt",
        "search",
        "sections",
        "sitemap",
        "sitemap.xml",
        "static",
    }
)


def validate_paper_slug(value: str) -> None:
    """A paper's slug is the first segment of its URLs: it must not be one the site uses."""
    from django.core.exceptions import ValidationError

    if value.lower() in RESERVED_SLUGS:
        raise ValidationError(
            f"“{value}” 是网站自身使用的地址，不能作为报纸的 URL 标识；请换一个（如 {value}-daily）。"
        )


#: Sent by :meth:`Publication.save` (``sender=Publication``, ``publication=``) once a save turned
#: 发布须经签发 off, in the transaction that saved it: the links held for sign-off are then
#: decided again (``articles.continuations.resolution.review_turned_off_follow``, connected in
#: ``articles/apps.py``; the resolver is above models, which cannot call it).
review_turned_off = Signal()


class Publication(models.Model):
    """A newspaper. Several papers can live in one database; the slug is its URL segment.

    Its save says when it turns ``review_required`` off (:data:`review_turned_off`), however
    the paper is saved: the desk's form, a shell's ``paper.save()``, a service or a command.
    (``QuerySet.update()`` saves nothing and says nothing.)"""

    name = models.CharField("报名", max_length=100, unique=True, validators=[validate_paper_name])
    slug = models.SlugField(
        "URL 标识",
        max_length=60,
        unique=True,
        allow_unicode=False,
        validators=[validate_paper_slug],
    )
    # Papers that want it: 草稿 → 待审 → 已签发 → 已发布, and only a chief editor publishes
    # (articles.signoff). Off: an editor publishes drafts directly, as before.
    review_required = models.BooleanField(
        "发布须经签发",
        default=False,
        help_text="勾选后，稿件须先提交待审、由总编辑签发，本报的期和稿件只能由总编辑发布。",
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "报纸"
        verbose_name_plural = "报纸"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        """Save; then, when this save turned ``review_required`` off, send
        :data:`review_turned_off` (one query more, only for a saved paper that does not require
        sign-off now, on a save that writes the field)."""
        fields = kwargs.get("update_fields")
        turning_off = (
            self.pk is not None
            and not self.review_required
            and (fields is None or "review_required" in fields)
            and Publication.objects.filter(pk=self.pk, review_required=True).exists()
        )
        super().save(*args, **kwargs)
        if turning_off:
            review_turned_off.send(sender=Publication, publication=self)

    def get_absolute_url(self) -> str:
        return address("articles:publication", paper=self.slug)


class Issue(models.Model):
    """One paper on one date. The printed 期号 is optional: many text dumps do not carry it."""

    publication = models.ForeignKey(
        Publication, on_delete=models.PROTECT, related_name="issues", verbose_name="报纸"
    )
    date = models.DateField("出版日期")
    number = models.PositiveIntegerField("期号", null=True, blank=True)
    status = models.CharField(
        "状态", max_length=20, choices=ISSUE_STATUS_CHOICES, default=Status.DRAFT
    )
    published_at = models.DateTimeField("发布时间", null=True, blank=True)
    # Scheduled publishing (articles.scheduling): when publish_scheduled is to publish the issue,
    # who set it (named in the history record), and what they accepted when they set it.
    publish_at = models.DateTimeField("定时发布", null=True, blank=True, db_index=True)
    publish_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="定时发布设定人",
    )
    # The broken chains the scheduling editor acknowledged, each by its stable identity
    # (articles.publishchecks.chain_key: ``A1版#2（下转A2版）``); a chain broken afterwards is not
    # among them and stops the publication at its time.
    publish_acknowledged_chains = models.JSONField(
        "定时发布：已知悉的未接好转版", default=list, blank=True
    )
    publish_override = models.CharField("定时发布：未签发破例理由", max_length=80, blank=True)
    # The stories kept as edited while their page was re-sent otherwise (版面文本有改动未采用)
    # that the scheduling editor ticked 已核对 for, each by articles.pendingtext.pending_key (story,
    # page, fingerprint): one re-sent or edited afterwards is not among them and stops the
    # publication at its time.
    publish_acknowledged_texts = models.JSONField(
        "定时发布：已核对的版面文本改动", default=list, blank=True
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = IssueQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["updated_at"],
        verbose_name="期的修改记录",
        verbose_name_plural="期的修改记录",
    )

    class Meta:
        ordering = ["-date", "publication__name"]
        verbose_name = "期"
        verbose_name_plural = "期"
        constraints = [
            models.UniqueConstraint(fields=["publication", "date"], name="issue_unique_paper_date"),
        ]
        indexes = [models.Index(fields=["status", "-date"], name="issue_status_date")]

    def __str__(self) -> str:
        return f"{self.publication} {self.date:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return address("articles:issue", paper=self.publication.slug, date=self.date.isoformat())


class Page(models.Model):
    """A printed page (版面). ``label`` is normalised (``第二版`` → ``2``); ``sequence`` sorts labels
    the way a reader expects (A1 < A2 < A10 < B1), computed from the label so it can never drift."""

    issue = models.ForeignKey(
        Issue, on_delete=models.CASCADE, related_name="pages", verbose_name="期"
    )
    label = models.CharField("版次", max_length=12)
    sequence = models.PositiveIntegerField("排序", editable=False, db_index=True)
    section = models.CharField("版名", max_length=100, blank=True)
    raw_text = models.TextField("原始文本", blank=True)
    raw_encoding = models.CharField("原始编码", max_length=20, blank=True)
    checksum = models.CharField("校验和 (SHA-256)", max_length=64, blank=True, db_index=True)
    # The SHA-256 of raw_text normalised for matching (articles.textdigest.text_digest: no BOM,
    # LF line ends, no trailing spaces, NFC), written with raw_text by each import: one text
    # saved again in another encoding or with other line ends has another checksum, not another
    # digest (articles.importing.samefile). "" for a page without raw text.
    # (db_default: rows written without it, by a bulk COPY or by the code before it during a
    # deploy's migration, are "": matched by bytes only until imported again)
    text_digest = models.CharField(
        "文字摘要 (SHA-256)",
        max_length=64,
        blank=True,
        db_index=True,
        editable=False,
        default="",
        db_default="",
    )
    parser_version = models.PositiveIntegerField("解析器版本", default=0)
    source_name = models.CharField("来源文件", max_length=255, blank=True)
    imported_at = models.DateTimeField("导入时间", null=True, blank=True)
    # What the parser was unsure of on this page, for an editor to check first (written by each
    # import: articles.importing.reports.stored_flags): [{"line": 1-based line of raw_text,
    # "kind": ascii slug, "message": 中文, "text": the line as printed}], in line order.
    parser_flags = JSONField("解析存疑", default=list, blank=True)
    # The import report's warnings that came from parsing raw_text as this parser_version reads
    # it (written by each import with the text; null for pages imported before they were kept):
    # what a re-import of the same bytes reports without parsing them again
    # (articles.importing.unchanged).
    import_warnings = JSONField("解析提示", null=True, blank=True)
    # The type size in points of raw_text's headline lines, {"<1-based line of raw_text>":
    # points}, when raw_text was read from a PDF's text layer (a PDF imported without a .txt:
    # articles.pdfpages.page_text_sizes), so a re-parse reads its decks by size as the import
    # did (articles.parsing.parse_page's line_sizes); null for a page of text alone.
    line_sizes = JSONField("标题字号", null=True, blank=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["issue", "sequence"]
        verbose_name = "版面"
        verbose_name_plural = "版面"
        constraints = [
            models.UniqueConstraint(fields=["issue", "label"], name="page_unique_issue_label"),
        ]

    def __str__(self) -> str:
        return f"{self.issue} {self.label}版"

    def save(self, *args, **kwargs):
        # The label is a natural key; keep it canonical and its sort order in step with it.
        self.label = normalize_label(self.label)
        self.sequence = label_sequence(self.label)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return address(
            "articles:page",
            paper=self.issue.publication.slug,
            date=self.issue.date.isoformat(),
            label=self.label,
        )


class PageRedirect(models.Model):
    """A label a page of ``issue`` had before an editor changed it (改版次: ``A3`` printed as
    ``A4``), and the page it names now: ``/<paper>/<date>/A3/`` (and its picture, its parts'
    addresses) redirect (301) there, as a merged story's old id does
    (:class:`~articles.models.ArticleRedirect`). A page of the issue that has the label again
    wins (its own address is never redirected); changing a page back to the label removes the
    row (``articles.relabel``)."""

    issue = models.ForeignKey(
        Issue, on_delete=models.CASCADE, related_name="page_redirects", verbose_name="期"
    )
    old_label = models.CharField("原版次", max_length=12)
    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="redirects", verbose_name="现版面"
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "版面重定向"
        verbose_name_plural = "版面重定向"
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "old_label"], name="page_redirect_unique_issue_label"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.issue} {self.old_label}版 → {self.page.label}版"


class PageResend(models.Model):
    """A page's text sent again unchanged (the same bytes read by the same parser: the import's
    ``unchanged``), which writes nothing else: when, and the file it came as, so that the page's
    历史 lists such a re-send by ``import_pages`` too (重发，无变化, by 系统: a desk upload's is
    its run's, :class:`~articles.models.ImportRun`). Written by the import, in its batch's
    transaction (one row a page so sent; a dry run's is rolled back with it)."""

    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="resends", verbose_name="版面"
    )
    at = models.DateTimeField("重发时间")
    source_name = models.CharField("来源文件", max_length=255, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = "版面重发（无变化）"
        verbose_name_plural = "版面重发（无变化）"
        constraints = [
            models.UniqueConstraint(fields=["page", "at"], name="page_resend_unique_page_at"),
        ]

    def __str__(self) -> str:
        return f"{self.page} 重发，无变化（{self.at:%Y-%m-%d %H:%M}）"
