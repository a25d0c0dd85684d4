"""Stories: an :class:`Article` (what readers see, whole), what each page printed of it
(:class:`ArticlePart`), its people (:class:`Person` by :class:`Byline`, their former names :class:`PersonAlias`) and the old URL of a
continuation that joined it (:class:`ArticleRedirect`)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.dispatch import Signal
from django.utils import timezone
from simple_history.models import HistoricalRecords

from articles.addresses import address
from articles.fields import JSONField
from articles.models.content import Issue, Page
from articles.namechars import PERSON_NAME_LENGTH, validate_person_name, validate_person_note
from articles.querysets import ArticlePartQuerySet, ArticleQuerySet, Status
from articles.storynames import opening_text, story_label
from articles.storytext import joined_blocks


class Person(models.Model):
    """A reporter or photographer, by printed name. Bylines link stories and photos to people.

    The name is held in its canonical form (:func:`articles.namechars.name_canonical`: a
    decomposed ``Zoë`` or a PDF's Kangxi radical in ``王⼆`` is the same person as the name typed
    plainly), so one person is one row however the page encoded the name; the story's byline
    keeps what was printed.

    Two people may bear one name (two reporters 王明, one at a daily's sports desk in the 1990s,
    one at the evening paper now: the desk's 拆分同名记者, :mod:`articles.people.split`): each
    then has a ``note`` telling them apart (区分说明, ``体育部 1990年代``), the natural key is
    the name and the note (one person of a name has no note), and the page of one with a note
    is ``/people/<name>/<id>/`` (``/people/<name>/`` lists them all)."""

    name = models.CharField(
        "姓名", max_length=PERSON_NAME_LENGTH, validators=[validate_person_name]
    )
    note = models.CharField(
        "区分说明",
        max_length=60,
        blank=True,
        default="",
        db_default="",
        validators=[validate_person_note],
        help_text="同名的人员才需要：所在报纸、部门或年代，如“晴川晚报”“体育部 1990年代”",
    )

    class Meta:
        ordering = ["name", "note"]
        verbose_name = "人员"
        verbose_name_plural = "人员"
        constraints = [
            models.UniqueConstraint(fields=["name", "note"], name="person_unique_name_note"),
        ]

    def __str__(self) -> str:
        return f"{self.name}（{self.note}）" if self.note else self.name

    def get_absolute_url(self) -> str:
        """``/people/<name>/``; ``/people/<name>/<id>/`` for one told apart by a note (a name
        two people bear)."""
        if self.note:
            return address("articles:person-one", name=self.name, pk=self.pk)
        return address("articles:person", name=self.name)


class PersonMerged(models.Model):
    """A person merged into another (合并 at the desk, :func:`articles.people.merge.person_merge`):
    their address ``/people/<name>/<former_id>/`` is a permanent redirect to the person they
    became; their row is gone."""

    former_id = models.PositiveBigIntegerField("原编号", unique=True)
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="merged", verbose_name="人员"
    )

    class Meta:
        verbose_name = "并入的人员"
        verbose_name_plural = "并入的人员"

    def __str__(self) -> str:
        return f"{self.former_id} → {self.person_id}"


class PersonAlias(models.Model):
    """A name a person (人员) was known by before the desk renamed them (曾用名): bylines printed
    with it link to the person, ``/people/<old name>/`` is a permanent redirect to their page,
    and a later import of a page printing it credits them instead of a new, empty person
    (:func:`articles.crediting.people_get_or_create`). Written by the 人员 form's rename
    (:func:`articles.crediting.person_renamed`); held canonical as ``Person.name`` is, and one
    name is one person's (the 人员 form refuses a person named so)."""

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="aliases", verbose_name="人员"
    )
    name = models.CharField("曾用名", max_length=PERSON_NAME_LENGTH, unique=True)
    #: A misspelling the desk corrected in a byline (署名改正后原来的人员已没有稿件): a page
    #: printing it again still credits the person, and the proofreading check flags it there
    #: (``articles.proofing``); a rename's or a merge's former name is a spelling the desk
    #: accepted and is never flagged.
    misspelling = models.BooleanField("错写", default=False)

    class Meta:
        ordering = ["person", "pk"]
        verbose_name = "曾用名"
        verbose_name_plural = "曾用名"

    def __str__(self) -> str:
        return self.name


class StoryVersionFields(models.Model):
    """What a story's history record keeps besides the story's own columns, so that one record is
    one whole version of the story (see ``articles.editing``): ``story`` is
    ``{"reporters": [name, …], "parts": [{"id", "page", "position", "sequence", "title_lines",
    "blocks"}, …]}`` as stored when the record was written, or null when that save did not
    record it (publishing in bulk, records older than this field): the body is then the one of
    the previous record that has it."""

    story = JSONField("正文与记者", null=True, blank=True, editable=False)

    class Meta:
        abstract = True


def _by_sequence(part) -> int:
    return part.sequence


#: Sent by :meth:`Article.save` (``sender=Article``, ``article=``, ``before=`` the stored 状态)
#: once a save changed a story's 状态, in the transaction that saved it: the desk's story form, a
#: spreadsheet row, a history revert, a shell's ``article.save()``. The links held for it are
#: then decided again (``articles.publishing.story_status_follow``, connected in
#: ``articles/apps.py``; the resolver is above models, which cannot call it). The services that
#: change many stories' 状态 in one ``bulk_update`` (``articles.publishing``, the upload's
#: publish) save no row, send nothing, and ask the same resolver themselves, once.
story_status_changed = Signal()


#: Where a desk list prefetches each story's first part, to name untitled stories
#: (``articles.admin.base.with_story_names``; read by :meth:`Article.name_for_editors`).
FIRST_PARTS = "first_parts"


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
    # Sign-off (articles.signoff): who signed the story off and when; cleared when it goes back.
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="签发人",
    )
    signed_off_at = models.DateTimeField("签发时间", null=True, blank=True)
    # Scheduled publishing (articles.scheduling): when, and who set it.
    publish_at = models.DateTimeField("定时发布", null=True, blank=True, db_index=True)
    publish_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="定时发布设定人",
    )
    # The stories and photos kept as edited while their page was re-sent otherwise
    # (版面文本有改动未采用) that the scheduling editor ticked 已核对 for, by
    # articles.pendingtext.pending_key, as Issue.publish_acknowledged_texts: written whenever a
    # time is set, read only while one is; one re-sent or edited afterwards stops it at its time.
    publish_acknowledged_texts = models.JSONField(
        "定时发布：已核对的版面文本改动", default=list, blank=True, editable=False
    )
    edited_at = models.DateTimeField("人工修改时间", null=True, blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["updated_at", "publish_acknowledged_texts"],
        bases=[StoryVersionFields],
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
        permissions = [
            ("signoff_article", "可签发稿件并在须签发的报纸上发布（总编辑）"),
            # (articles.admin.audit: every story's, issue's, photo's and page's changes at once)
            ("export_history", "可导出修改记录（谁在何时改了什么，供法律、更正核查）"),
        ]

    def __str__(self) -> str:
        return self.name_for_editors()

    def save(self, *args, **kwargs) -> None:
        """Save; then, when this save changed the stored 状态 (published, withdrawn, …), send
        :data:`story_status_changed` (one query more, on a saved story's save that writes the
        field). ``QuerySet.update()`` saves nothing and says nothing."""
        fields = kwargs.get("update_fields")
        before = None
        if self.pk is not None and (fields is None or "status" in fields):
            stored = Article.objects.filter(pk=self.pk).values_list("status", flat=True)
            before = stored.first()
        super().save(*args, **kwargs)
        if before is not None and before != self.status:
            story_status_changed.send(sender=Article, article=self, before=before)

    def get_absolute_url(self) -> str:
        return address(
            "articles:article",
            paper=self.issue.publication.slug,
            date=self.issue.date.isoformat(),
            pk=self.pk,
        )

    @property
    def title(self) -> str:
        return self.headline or self.kicker or self.subheadline

    def name_for_editors(self, part: ArticlePart | None = None) -> str:
        """The story as every report, check and desk list names it to an editor, unquoted
        (:func:`articles.storynames.story_label`; README, Importing: "Reports name every
        story"): its :attr:`title`; without one the first 12 characters of its first part's
        opening words, dateline and credit left out (``城西污水处理厂二期工程本…``), so that two
        untitled stories read apart; ``（无标题）`` when it prints no text either. No query for a
        titled story, nor when ``part`` is its first part or its parts are prefetched (all
        of them, or its first one into :data:`FIRST_PARTS`, as a desk list does); else one."""
        if self.title:
            return self.title
        if part is None or part.sequence != 0 or part.article_id != self.pk:
            prefetched = getattr(self, "_prefetched_objects_cache", {}).get("parts")
            if prefetched is None:
                prefetched = getattr(self, FIRST_PARTS, None)
            if prefetched is not None:
                part = min(prefetched, key=_by_sequence, default=None)
            elif self.pk is not None:  # (an unsaved story has no parts to read)
                part = self.parts.filter(sequence=0).only("blocks").first()
        opening = opening_text(part.blocks if part else None)
        return story_label("", opening=opening, dateline=self.dateline)

    def name_for_readers(self, part: ArticlePart | None = None) -> str:
        """The story as readers see it named in feeds and its page's ``<title>``: the same as
        :meth:`name_for_editors` (its title; an untitled brief by its first words, so that the
        briefs of a 简讯 box read apart; ``（无标题）`` only when it prints no text), with the
        same queries (none with its parts prefetched, as the feeds read them)."""
        return self.name_for_editors(part)

    @property
    def is_edited(self) -> bool:
        return self.edited_at is not None

    def mark_edited(self) -> None:
        self.edited_at = timezone.now()

    # The stitched story. These read the prefetched parts (see ArticleQuerySet.with_parts), so
    # they cost no query however many pages the story ran on.
    def ordered_parts(self) -> list[ArticlePart]:
        """The story's parts in printed order (``sequence``). Read from the prefetched parts
        when there are some (without building ``self.parts``'s related manager and queryset
        each call: the story page asks five times a request), else from ``self.parts.all()``
        (a query)."""
        prefetched = getattr(self, "_prefetched_objects_cache", {}).get("parts")
        parts = self.parts.all() if prefetched is None else prefetched
        return sorted(parts, key=_by_sequence)

    def printed_pages(self) -> list[Page]:
        """The pages the story is printed on, each once, in the order of its parts."""
        pages: list[Page] = []
        seen: set[int] = set()
        for part in self.ordered_parts():
            if part.page_id not in seen:  # a page is equal to another only by its id
                seen.add(part.page_id)
                pages.append(part.page)
        return pages

    def printed_on(self) -> str:
        """``本文刊于A1、A2版``."""
        return "本文刊于" + "、".join(p.label for p in self.printed_pages()) + "版"

    def blocks(self) -> list[dict]:
        """The story's blocks whole, every part in order, a paragraph a jump cut in two joined
        (:func:`articles.storytext.joined_blocks`)."""
        return joined_blocks(part.blocks for part in self.ordered_parts())

    def is_picture_story(self, photographed: bool) -> bool:
        """Whether the story's photographers are its authors (引用本文's and the feeds' when it
        names no reporter): it prints photos (``photographed``) and no text of its own, no
        block of its parts holding any (a caption is its photo's), as 引用本文 cites an untitled
        one ``[图片]`` (:data:`articles.citations.UNTITLED_PICTURE`). A text story with no
        reporter is no photographer's: it is cited title first."""
        return photographed and not any(b.get("text", "").strip() for b in self.blocks())

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
    # What the removed story brought with it when it joined (``{"parts": [ids], "photos":
    # [ids], "teasers": [ids]}``; {} for a redirect made before this was kept): when its text
    # is detached again it comes back by these ids, not by its place on a page a re-import may
    # have renumbered, with its own photos and the teasers that announced it
    # (``articles.continuations.restoring``). A story merged by hand (合并到上一篇) keeps
    # ``{"addresses": [old ids], "acknowledged": [...]}`` instead: the redirects the merge
    # pointed on, and its 定时发布's acknowledged texts, for a split that brings it back
    # (``articles.storyjoin.merge_held``, ``articles.mergedaddress``).
    held = JSONField("并入时带来的分段、图片和导读", default=dict, blank=True)

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
    ``whole_copy``: this page printed (or its e-paper served) the whole story again; ``blocks``
    is then empty and the text is the story's first part's.
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
    # The e-paper gave this page the whole story again (a jumped story served merged on every
    # page it ran on): the part says the story ran here, its text is held once, by the part it
    # copies (articles/continuations/copies.py).
    whole_copy = models.BooleanField(
        "整篇重复", default=False, help_text="本版给出的是整篇稿件的重复，正文只保存在首发版"
    )

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


class EditLock(models.Model):
    """A soft lock: ``user`` has had the story's change form open since ``since``, last seen at
    ``seen_at`` (each GET of the form refreshes it). It only informs — the form shows the others
    who have it open (“张三 正在编辑（自 21:05）”) — and expires by itself after
    ``NEWSROOM_EDIT_LOCK_MINUTES``; saving is still guarded by the stale-form refusal.
    Kept in the database, not the cache: every worker and host sees it without Redis, it is
    deleted in the same transaction as the save that ends the editing, and the desk can list it
    (see :mod:`articles.editlocks`)."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="edit_locks", verbose_name="稿件"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name="编辑"
    )
    since = models.DateTimeField("打开时间")
    seen_at = models.DateTimeField("最近刷新", db_index=True)

    class Meta:
        verbose_name = "编辑锁"
        verbose_name_plural = "编辑锁"
        constraints = [
            models.UniqueConstraint(fields=["article", "user"], name="editlock_unique_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.article_id}"
