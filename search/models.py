"""The search index: one :class:`SearchEntry` per story, and the story's keywords.

Why it looks like this:

* The entry keeps the **normalised** title deck and body (NFKC, lower case) for exact substring
  checks, and the jieba search-mode **tokens** of each, space-joined, for the full-text index. The
  printed text stays in :mod:`articles`; everything here can be rebuilt from it
  (``manage.py rebuild_search_index``).
* The full-text structure is the database's own, kept in step with the token columns by the
  database itself (triggers created by this app's migrations, per vendor), so every way an entry
  is written or deleted — ``bulk_create``, an upsert, the cascade when a story is deleted —
  updates it:

  - PostgreSQL: :attr:`SearchEntry.search_vector`, ``setweight(to_tsvector('simple', title
    tokens), 'A') || setweight(to_tsvector('simple', body tokens), 'B')`` (headline above body),
    with a GIN index. The ``simple`` configuration only lower-cases: the segmentation is jieba's.
    :attr:`SearchEntry.issue_date` (the story's issue date, kept by triggers) with a b-tree
    index lets a common word's newest matches be found among the newest entries;
    :attr:`SearchEntry.visible` (story and issue published, kept by triggers) lets a search
    over the public stories count and order its matches without visiting the stories.
  - SQLite: the FTS5 table ``search_fts`` (external content over this table, ``rowid`` = article
    id), ranked by ``bm25`` with the title weighted 10 to the body's 1. :class:`SearchFts` maps it
    for queries; it exists on SQLite only. On SQLite ``search_vector`` is an unused NULL column.
* Keywords are rows (:class:`Keyword`), not a JSON list, so the tag page and related stories are
  indexed lookups on both databases.
* A photo standing alone (picture news: ``Photo.article`` is NULL) has a :class:`PhotoEntry`,
  its caption and credit line as the story entries keep a story's text, in the same two
  structures (migration 0007): :attr:`PhotoEntry.search_vector` with a GIN index on PostgreSQL
  (caption A, credit B), the FTS5 table ``search_photo_fts`` (:class:`PhotoFts`) on SQLite. A
  photo printed with a story has none: its caption and credit line are in its story's entry
  (:mod:`search.storyphotos`).
"""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse

from articles.models import Article, Photo
from articles.params import encode_segment


class SearchEntry(models.Model):
    article = models.OneToOneField(
        Article,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_entry",
        verbose_name="稿件",
    )
    title = models.TextField("标题（规范化）", blank=True)
    body = models.TextField("正文（规范化）", blank=True)
    title_tokens = models.TextField("标题分词", blank=True)
    body_tokens = models.TextField("正文分词", blank=True)
    search_vector = SearchVectorField("检索向量", null=True, editable=False)
    # What the entry was built from: the hash of the text (and the dictionary words it contains
    # are re-indexed separately), and the story's parts, so a stitch or split is noticed.
    source_hash = models.CharField("文本校验和", max_length=64, blank=True)
    parts_signature = models.TextField("分段标识", blank=True)
    indexed_at = models.DateTimeField("索引时间", auto_now=True)
    # PostgreSQL: the story's issue date, kept by triggers (migration 0004) on every write of
    # the entry, the story's issue or the issue's date; NULL on SQLite. Only for finding a
    # common word's newest matches (search.engine.newest_window); shown dates come from the issue.
    issue_date = models.DateField("期日期", null=True, editable=False)
    # PostgreSQL: the story and its issue are both published (the time-free part of
    # Article.objects.public()), kept by triggers (migration 0005) on every write of the entry,
    # the story's status or issue, or the issue's status; NULL on SQLite. Only for reading a
    # search over the public stories from the entries alone (search.engine.newest_window).
    visible = models.BooleanField("公开", null=True, editable=False)

    class Meta:
        verbose_name = "检索条目"
        verbose_name_plural = "检索条目"
        indexes = [
            GinIndex(fields=["search_vector"], name="search_entry_vector_gin"),
            models.Index(fields=["-issue_date", "-article"], name="search_entry_newest"),
        ]

    def __str__(self) -> str:
        return self.title[:40] or f"#{self.article_id}"


class FtsDocumentField(models.TextField):
    """FTS5's hidden column named after its table; its one lookup is ``match``."""


@FtsDocumentField.register_lookup
class FtsMatch(models.Lookup):
    """``search_fts MATCH %s``: the right-hand side is always a query parameter."""

    lookup_name = "match"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} MATCH {rhs}", [*lhs_params, *rhs_params]


class SearchFts(models.Model):
    """The SQLite FTS5 table ``search_fts``, for joins from :class:`~articles.models.Article`.

    Not managed by Django: created by migration 0002 on SQLite only. ``document`` is FTS5's
    hidden column named after the table (``search_fts MATCH …``); ``rank`` is FTS5's configured
    ranking (bm25, lower is better)."""

    article = models.OneToOneField(
        Article,
        on_delete=models.DO_NOTHING,
        primary_key=True,
        db_column="rowid",
        db_constraint=False,
        related_name="search_fts",
    )
    title_tokens = models.TextField()
    body_tokens = models.TextField()
    document = FtsDocumentField(db_column="search_fts")
    rank = models.FloatField(db_column="rank")

    class Meta:
        managed = False
        db_table = "search_fts"

    def __str__(self) -> str:
        return f"search_fts #{self.pk}"


class PhotoEntry(models.Model):
    """The index entry of a photo standing alone (no story): its caption and credit line
    normalised (:func:`search.text.normalize`) and their index tokens (:func:`search.text.analyse`,
    as a story's), kept by :mod:`search.photoindex`; the full-text structure is the database's
    (see the module's notes)."""

    photo = models.OneToOneField(
        Photo,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_entry",
        verbose_name="图片",
    )
    caption = models.TextField("图片说明（规范化）", blank=True)
    credit = models.TextField("署名行（规范化）", blank=True)
    caption_tokens = models.TextField("图片说明分词", blank=True)
    credit_tokens = models.TextField("署名行分词", blank=True)
    search_vector = SearchVectorField("检索向量", null=True, editable=False)
    source_hash = models.CharField("文本校验和", max_length=64, blank=True)
    indexed_at = models.DateTimeField("索引时间", auto_now=True)

    class Meta:
        verbose_name = "图片检索条目"
        verbose_name_plural = "图片检索条目"
        indexes = [GinIndex(fields=["search_vector"], name="search_photo_vector_gin")]

    def __str__(self) -> str:
        return self.caption[:40] or f"#{self.photo_id}"


class PhotoFts(models.Model):
    """The SQLite FTS5 table ``search_photo_fts`` over :class:`PhotoEntry` (``rowid`` = photo
    id), as :class:`SearchFts` is over the story entries; created by migration 0007 on SQLite
    only."""

    photo = models.OneToOneField(
        Photo,
        on_delete=models.DO_NOTHING,
        primary_key=True,
        db_column="rowid",
        db_constraint=False,
        related_name="search_fts",
    )
    caption_tokens = models.TextField()
    credit_tokens = models.TextField()
    document = FtsDocumentField(db_column="search_photo_fts")
    rank = models.FloatField(db_column="rank")

    class Meta:
        managed = False
        db_table = "search_photo_fts"

    def __str__(self) -> str:
        return f"search_photo_fts #{self.pk}"


class Keyword(models.Model):
    """A TF-IDF keyword of a story (jieba.analyse's IDF table), ``rank`` 0 being the best."""

    # No index of its own on ``article``: the unique (article, word) one serves every read and
    # delete by story, and a third index made each batch's keyword insert cost a quarter more.
    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="search_keywords",
        verbose_name="稿件",
        db_index=False,
    )
    word = models.CharField("关键词", max_length=50)
    weight = models.FloatField("权重")
    rank = models.PositiveSmallIntegerField("顺序")

    class Meta:
        ordering = ["article", "rank"]
        verbose_name = "关键词"
        verbose_name_plural = "关键词"
        constraints = [
            models.UniqueConstraint(fields=["article", "word"], name="keyword_unique_article_word"),
        ]
        indexes = [models.Index(fields=["word", "article"], name="keyword_word_article")]

    def __str__(self) -> str:
        return self.word

    def get_absolute_url(self) -> str:
        return reverse("search:tag", kwargs={"word": encode_segment(self.word)})


class DictionaryState(models.Model):
    """The dictionary file's words the index was last built with (one row), so that
    ``rebuild_search_index --if-dictionary-changed`` re-indexes only what a change affects."""

    file_words = models.JSONField("词典词条", default=list)
    fingerprint = models.CharField("指纹", max_length=64, blank=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "词典状态"
        verbose_name_plural = "词典状态"

    def __str__(self) -> str:
        return f"{len(self.file_words)} words"
