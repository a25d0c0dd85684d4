"""The newspaper as data: publications, issues, pages, stories and what was printed on each page.

Why the model looks like this:

* A **story** (:class:`Article`) is what readers, search and feeds see: one headline deck, one
  byline, one body. What each page printed of it is an :class:`ArticlePart`. A story that starts
  on A1 and goes on on A2 is one Article with two parts; page A1 lists its part, page A2 lists
  its part, and the story page shows both in print order. Both views are one indexed query.
* Continuation markers (``（下转A2版）`` / ``（上接A1版）``) and front-page teasers point at pages
  that may not be imported yet, so they are stored as :class:`Jump` and :class:`Teaser` rows
  with the *printed* target label and a state, and are resolved whenever a page arrives.
* Natural keys are database constraints: one issue per paper and date, one page per issue and
  label, one part per page position. Re-importing a page upserts by these keys, so ids (and
  therefore URLs) stay the same.
* The raw text of every imported page is kept verbatim with its checksum, so a better parser can
  re-run over old pages and nothing printed is ever lost.
* Editors' changes are history (django-simple-history): every save of an issue, story, printed
  part or photo also writes a full copy of the row to a ``Historical…`` table with who, when and
  why. A row copy (rather than django-reversion's serialised object graphs in one generic table)
  is queryable with the ORM, diffs field by field (``diff_against``), reverts by saving the old
  copy, needs no revision blocks around writes (any ``save()`` records, with the request's user
  from its middleware), and its ``bulk_update_with_history`` covers publishing. Bulk inserts
  record nothing, so the desk stores a baseline copy before a row's first change
  (``articles.editing.history_baseline``). The body is in :class:`ArticlePart`, so parts
  keep history too; :class:`Page` does not (its raw text is the import's own record, kept with
  a checksum).
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from articles.fields import JSONField
from articles.labels import label_sequence, normalize_label
from articles.querysets import (
    ArticlePartQuerySet,
    ArticleQuerySet,
    IssueQuerySet,
    PageQuerySet,
    PhotoQuerySet,
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
        "feeds",
        "media",
        "news-sitemap.xml",
        "people",
        "robots.txt",
        "search",
        "sections",
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


class Publication(models.Model):
    """A newspaper. Several papers can live in one database; the slug is its URL segment."""

    name = models.CharField("报名", max_length=100, unique=True)
    slug = models.SlugField(
        "URL 标识",
        max_length=60,
        unique=True,
        allow_unicode=False,
        validators=[validate_paper_slug],
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "报纸"
        verbose_name_plural = "报纸"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:publication", kwargs={"paper": self.slug})


class Issue(models.Model):
    """One paper on one date. The printed 期号 is optional: many text dumps do not carry it."""

    publication = models.ForeignKey(
        Publication, on_delete=models.PROTECT, related_name="issues", verbose_name="报纸"
    )
    date = models.DateField("出版日期")
    number = models.PositiveIntegerField("期号", null=True, blank=True)
    status = models.CharField("状态", max_length=20, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField("发布时间", null=True, blank=True)
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
        return reverse(
            "articles:issue",
            kwargs={"paper": self.publication.slug, "date": self.date.isoformat()},
        )


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
    checksum = models.CharField("校验和 (SHA-256)", max_length=64, blank=True)
    parser_version = models.PositiveIntegerField("解析器版本", default=0)
    source_name = models.CharField("来源文件", max_length=255, blank=True)
    imported_at = models.DateTimeField("导入时间", null=True, blank=True)

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
        return reverse(
            "articles:page",
            kwargs={
                "paper": self.issue.publication.slug,
                "date": self.issue.date.isoformat(),
                "label": self.label,
            },
        )


class Person(models.Model):
    """A reporter or photographer, by printed name. Bylines link stories and photos to people."""

    name = models.CharField("姓名", max_length=50, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "人员"
        verbose_name_plural = "人员"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:person", kwargs={"name": self.name})


class Article(models.Model):
    """A story as readers see it, whole even when the print jumped pages.

    ``page`` and ``position`` are where the story starts (its natural key, which the spreadsheet
    round trip and re-import match on). The body lives in its :class:`ArticlePart` rows, one per
    page it ran on. ``edited_at`` is set when an editor changes the story by hand: re-import then
    leaves it alone and reports a conflict unless told to overwrite.
    """

    issue = models.ForeignKey(
        Issue, on_delete=models.CASCADE, related_name="articles", verbose_name="期"
    )
    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="articles", verbose_name="首发版面"
    )
    position = models.PositiveIntegerField("版内位置")
    kicker = models.CharField("引题", max_length=300, blank=True)
    headline = models.CharField("主题", max_length=300, blank=True)
    subheadline = models.CharField("副题", max_length=300, blank=True)
    dateline = models.CharField("电头", max_length=100, blank=True)
    byline = models.CharField("署名", max_length=200, blank=True)
    reporters = models.ManyToManyField(
        Person, through="Byline", related_name="articles", blank=True, verbose_name="记者"
    )
    status = models.CharField("状态", max_length=20, choices=Status.choices, default=Status.DRAFT)
    edited_at = models.DateTimeField("人工修改时间", null=True, blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["updated_at"],
        verbose_name="稿件修改记录",
        verbose_name_plural="稿件修改记录",
    )

    class Meta:
        ordering = ["issue", "page__sequence", "position"]
        verbose_name = "稿件"
        verbose_name_plural = "稿件"
        constraints = [
            models.UniqueConstraint(
                fields=["page", "position"], name="article_unique_page_position"
            ),
        ]
        indexes = [models.Index(fields=["status", "issue"], name="article_status_issue")]

    def __str__(self) -> str:
        return self.title or f"（无标题）{self.page} #{self.position}"

    def get_absolute_url(self) -> str:
        return reverse(
            "articles:article",
            kwargs={
                "paper": self.issue.publication.slug,
                "date": self.issue.date.isoformat(),
                "pk": self.pk,
            },
        )

    @property
    def title(self) -> str:
        return self.headline or self.kicker or self.subheadline

    @property
    def is_edited(self) -> bool:
        return self.edited_at is not None

    def mark_edited(self) -> None:
        self.edited_at = timezone.now()

    # The stitched story. These read the prefetched parts (see ArticleQuerySet.with_parts), so
    # they cost no query however many pages the story ran on.
    def ordered_parts(self) -> list[ArticlePart]:
        return sorted(self.parts.all(), key=lambda part: part.sequence)

    def printed_pages(self) -> list[Page]:
        pages: list[Page] = []
        for part in self.ordered_parts():
            if part.page not in pages:
                pages.append(part.page)
        return pages

    def printed_on(self) -> str:
        """``本文刊于A1、A2版``."""
        return "本文刊于" + "、".join(p.label for p in self.printed_pages()) + "版"

    def blocks(self) -> list[dict]:
        return [block for part in self.ordered_parts() for block in part.blocks]

    def paragraphs(self) -> list[str]:
        return [b["text"] for b in self.blocks() if b["kind"] == Block.PARAGRAPH]

    def crossheads(self) -> list[str]:
        return [b["text"] for b in self.blocks() if b["kind"] == Block.CROSSHEAD]

    def full_text(self) -> str:
        return "\n\n".join(b["text"] for b in self.blocks())

    def reporter_names(self) -> list[str]:
        return [b.person.name for b in sorted(self.bylines.all(), key=lambda b: b.order)]


class ArticleRedirect(models.Model):
    """The URL of a story that no longer exists on its own, and the story it became part of.

    A continuation imported before the page it continues is a story of its own for a while (it
    has a URL, and may be linked to); when the jump is resolved it joins the whole story and its
    own row goes. Its old URL then redirects (301) instead of breaking."""

    old_id = models.BigIntegerField("原稿件编号", unique=True)
    article = models.ForeignKey(
        "Article", on_delete=models.CASCADE, related_name="redirects", verbose_name="现稿件"
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "稿件重定向"
        verbose_name_plural = "稿件重定向"

    def __str__(self) -> str:
        return f"#{self.old_id} → {self.article}"


class Byline(models.Model):
    """A reporter on a story, in printed order (the first name is the lead reporter)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="bylines")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["article", "order"]
        verbose_name = "署名"
        verbose_name_plural = "署名"
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="byline_unique_person"),
        ]

    def __str__(self) -> str:
        return self.person.name


class Block:
    """Kinds of body blocks kept in :attr:`ArticlePart.blocks`."""

    PARAGRAPH = "paragraph"
    CROSSHEAD = "crosshead"
    KINDS = (PARAGRAPH, CROSSHEAD)


class ArticlePart(models.Model):
    """What one page printed of a story.

    ``blocks`` is the body as printed, in order: ``[{"kind": "paragraph"|"crosshead", "text": …}]``.
    A JSON list keeps crossheads distinguishable from paragraphs and the text verbatim (no markup
    that a printed character could collide with). ``title_lines`` are the lines printed above this
    part: the full deck for the first part, the repeated or shortened headline for a continuation.
    ``continued_from`` is the printed backward marker's page (``上接A1版`` → ``A1``), if any.
    """

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="parts", verbose_name="稿件"
    )
    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="parts", verbose_name="版面"
    )
    position = models.PositiveIntegerField("版内位置")
    sequence = models.PositiveSmallIntegerField("稿内顺序", default=0)
    title_lines = JSONField("标题行", default=list, blank=True)
    blocks = JSONField("正文", default=list, blank=True)
    continued_from = models.CharField("上接版次", max_length=12, blank=True)

    history = HistoricalRecords(verbose_name="正文修改记录", verbose_name_plural="正文修改记录")

    objects = ArticlePartQuerySet.as_manager()

    class Meta:
        ordering = ["page__sequence", "position"]
        verbose_name = "稿件分段"
        verbose_name_plural = "稿件分段"
        constraints = [
            models.UniqueConstraint(fields=["page", "position"], name="part_unique_page_position"),
            models.UniqueConstraint(fields=["article", "sequence"], name="part_unique_sequence"),
        ]

    def __str__(self) -> str:
        return f"{self.article} @{self.page.label}#{self.position}"

    @property
    def is_continuation(self) -> bool:
        return bool(self.continued_from) or self.sequence > 0

    def text(self) -> str:
        return "\n\n".join(b["text"] for b in self.blocks)


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


class Photo(models.Model):
    """A news photo: caption (the paragraph before the credit), credit line as printed, and the
    photographers parsed from it. Text dumps carry no image; an editor may upload one."""

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
    edited_at = models.DateTimeField("人工修改时间", null=True, blank=True)

    history = HistoricalRecords(verbose_name="图片修改记录", verbose_name_plural="图片修改记录")

    objects = PhotoQuerySet.as_manager()

    class Meta:
        ordering = ["page__sequence", "position"]
        verbose_name = "图片"
        verbose_name_plural = "图片"
        constraints = [
            models.UniqueConstraint(fields=["page", "position"], name="photo_unique_page_position"),
        ]

    def __str__(self) -> str:
        return (self.caption[:30] + "…") if len(self.caption) > 30 else self.caption or "（图片）"

    def get_absolute_url(self) -> str:
        return self.page.get_absolute_url() + f"#photo-{self.position}"


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


class ContentChangeCounter(models.Model):
    """One slot of the count of committed content changes (the count is the sum of all slots).

    Kept by :mod:`articles.caching` in the same transaction as every content change, so a public
    page is rendered only from a database that has seen every change its cache version counts
    (read replicas that lag are skipped; see that module)."""

    changes = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "内容变更计数"
        verbose_name_plural = "内容变更计数"

    def __str__(self) -> str:
        return f"slot {self.pk}: {self.changes}"
