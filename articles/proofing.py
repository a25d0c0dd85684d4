"""The proofreading service: run the checks of :mod:`articles.proofreading` on stories, store
what they find, count it for the desk.

**Stored, and also computed on the fly.** The findings of each story are stored
(:class:`~articles.models.ProofreadingFinding`, replaced whole each time the story is checked),
because the desk's home counts them across issues and ``manage.py proofread`` lists them for
cron: counting must not segment every story again. The story's admin form computes them on the
fly instead (:func:`story_findings`, a few milliseconds for one story), so what an editor sees
beside the text is always the text as saved and the word list as it is now.

**When.** Every save of a story or part and every import reach :func:`articles.changes.content_changed`,
which queues the stories here (:func:`queue_articles`); they are checked when the transaction
commits, in a transaction of their own (a failing check is logged and never undoes a save or an
import). A change to the word list re-checks the stories it can concern
(:func:`recheck_for_words`); ``manage.py proofread`` re-checks what it lists. Nothing here
changes a story's text.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, connections, router, transaction

from articles import proofingreads, proofmarks
from articles.bulk import insert_rows
from articles.models import (
    Article,
    ArticlePart,
    ProofreadingFinding,
    ProofreadingWord,
)
from articles.proofcounts import IssueCounts, proofreading_counts  # noqa: F401 (their home)
from articles.proofingahead import findings_ahead
from articles.proofingreads import known_names
from articles.proofreading import (
    Finding,
    WordEntry,
    WordList,
    check_byline_text,
    check_paragraphs,
    check_text,
    name_variants,
)
from articles.proofreading.ahead import reporters_of
from articles.proofreading.names import byline_variants
from articles.proofreading.ocrmarks import fold_half_width

log = logging.getLogger(__name__)

#: The story's own fields, in the order the form shows them.
FIELDS = {"kicker": "引题", "headline": "主题", "subheadline": "副题", "dateline": "电头"}
BYLINE, BODY = "byline", "body"
CONTEXT = 20  # characters shown either side of a finding


@dataclass(frozen=True)
class StoryFinding:
    """A :class:`~articles.proofreading.Finding` in one of a story's texts: ``field`` (a key
    of :data:`FIELDS`, ``byline`` or ``body``), ``where`` (in Chinese: 主题, 正文 A1版 第3段),
    ``source`` (the whole text it is in), ``part_id`` and ``block`` for the body."""

    finding: Finding
    field: str
    where: str
    source: str
    part_id: int | None = None
    block: int | None = None

    def context(self, width: int = CONTEXT) -> tuple[str, str, str]:
        """(text before, the found text, text after), at most ``width`` characters each side."""
        f = self.finding
        before = self.source[max(0, f.start - width) : f.start]
        after = self.source[f.end : f.end + width]
        return (
            ("…" if f.start > width else "") + before,
            self.source[f.start : f.end],
            after + ("…" if f.end + width < len(self.source) else ""),
        )


# What the checks read of a story ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartText:
    """What the checks read of one part of a story: its id, its page's label (``A1``) and its
    ``blocks`` as stored (``[{"kind", "text"}, …]``, not copied: never changed here)."""

    pk: int
    page_label: str
    blocks: list


@dataclass(frozen=True, slots=True)
class StoryText:
    """What the checks read of a story: its id and issue, its deck, dateline and byline as
    printed, and its ``parts`` in their order in the story (``sequence``). Plain values: the
    import hands the stories the search index has just read (:func:`queue_pages`) without a
    model object per story and part; :meth:`of` makes one from a story in hand."""

    pk: int
    issue_id: int
    kicker: str
    headline: str
    subheadline: str
    dateline: str
    byline: str
    parts: tuple[PartText, ...] = ()

    @classmethod
    def of(cls, article: Article) -> StoryText:
        """The story's texts from the model (its parts and their pages read if not prefetched)."""
        parts = sorted(article.parts.all(), key=lambda p: p.sequence)
        return cls(
            article.pk,
            article.issue_id,
            article.kicker,
            article.headline,
            article.subheadline,
            article.dateline,
            article.byline,
            tuple(PartText(p.pk, p.page.label, p.blocks) for p in parts),
        )


# Inputs: the word list, the names the desk knows ---------------------------------------------

_cache_lock = threading.Lock()
_word_cache: tuple[tuple, WordList] | None = None


def current_word_list() -> WordList:
    """The desk's word list, compiled once per change (one small query to tell:
    :func:`_word_list_stamp`)."""
    global _word_cache
    stamp = _word_list_stamp()
    with _cache_lock:
        if _word_cache is None or _word_cache[0] != stamp:
            entries = [
                WordEntry(w.kind, w.word, w.preferred, w.inside_words, w.note)
                for w in ProofreadingWord.objects.all()
            ]
            _word_cache = (stamp, WordList(entries))
        return _word_cache[1]


def _word_list_stamp() -> tuple:
    """How many words the desk's list holds and when one last changed (``MAX(updated_at)`` as
    the driver gives it: compared with the last stamp only), in a statement written once: an
    import asks before each batch's checks, and the ORM's aggregate cost more to build than to
    run (``bench/import_bench.py``: 17 a run)."""
    alias = router.db_for_read(ProofreadingWord)
    meta, quote = ProofreadingWord._meta, connections[alias].ops.quote_name
    sql = (
        f"SELECT COUNT(*), MAX({quote(meta.get_field('updated_at').column)}) "
        f"FROM {quote(meta.db_table)}"
    )
    with connections[alias].cursor() as cursor:
        cursor.execute(sql)
        return tuple(cursor.fetchone())


def word_list_in_hand() -> WordList:
    """The word list the checks compiled last (compiled now if none yet: one query): what an
    import sends its parsing workers with a batch (``articles.proofingahead``: findings made
    with it are used only while the checks use that very list)."""
    cached = _word_cache
    return cached[1] if cached is not None else current_word_list()


# Checking one story ----------------------------------------------------------------------------


def story_findings(
    article: Article | StoryText,
    *,
    words: WordList | None = None,
    names: frozenset[str] | None = None,
    variants: dict[str, set[str]] | None = None,
) -> list[StoryFinding]:
    """Every finding in ``article`` (its deck, dateline, byline and every printed part), in the
    order the form shows them. ``variants``: the issue's names spelt two ways (see
    :func:`issue_variants`); computed here when not given."""
    if not isinstance(article, StoryText):
        article = StoryText.of(article)
    words = current_word_list() if words is None else words
    names = known_names() if names is None else names
    reporters = reporters_of(article.byline) if article.byline else ()  # (maybe read ahead)
    if not names.issuperset(reporters):  # (a copy of every name the archive knows only then)
        names = names.union(reporters)
    found: list[StoryFinding] = []
    for field, label in FIELDS.items():
        text = getattr(article, field)
        for f in check_text(text, words=words, names=names):
            found.append(StoryFinding(f, field, label, text))
    if article.byline:
        found.extend(_byline_findings(article, words, names, variants, reporters))
    found.extend(_body_findings(article, words, names))
    return fold_half_width(found)  # (OCR's half-width commas: one finding, listed last)


def _byline_findings(article, words, names, variants, reporters) -> list[StoryFinding]:
    byline = article.byline
    found = [
        StoryFinding(f, BYLINE, "署名", byline)
        for f in check_byline_text(byline, words=words, names=names)
    ]
    if variants is None:
        variants = issue_variants([article.issue_id]).get(article.issue_id, {})
    spelt = byline_variants(byline, variants, reporters)
    return found + [StoryFinding(f, BYLINE, "署名", byline) for f in spelt]


def _body_findings(article: StoryText, words, names) -> list[StoryFinding]:
    texts: list[str] = []
    places: list[tuple[PartText, int]] = []
    continued: set[int] = set()
    for part in article.parts:
        if texts and part.blocks:
            continued.add(len(texts))  # a paragraph may go on across the jump
        for number, block in enumerate(part.blocks):
            texts.append(block.get("text", ""))
            places.append((part, number))
    found = []
    for index, findings in enumerate(
        check_paragraphs(texts, words=words, names=names, continued=continued)
    ):
        part, number = places[index]
        where = f"正文 {part.page_label}版 第{number + 1}段"
        for f in findings:
            found.append(StoryFinding(f, BODY, where, texts[index], part.pk, number))
    return found


def issue_variants(issue_ids: Iterable[int]) -> dict[int, dict[str, set[str]]]:
    """{issue id: {name: the other spellings of it in that issue}}, from the people the issue's
    stories credit (their ``Byline`` rows, one query), not from the byline strings: a byline
    printed glued (``（陈玲玲林娟）``) credits 陈玲玲 and 林娟, and two such briefs (陈玲玲林娟,
    陈玲玲林松) are two pairs of reporters, not one five-character name spelt two ways."""
    names: dict[int, set[str]] = defaultdict(set)
    for issue_id, name in proofingreads.credited_names(list(issue_ids)):
        names[issue_id].add(name)
    return {issue_id: name_variants(found) for issue_id, found in names.items()}


def settled(found: dict[int, list], stories=(), misspelt=None) -> dict[int, list]:
    """``found`` ({story id: its ``StoryFinding`` list}) as the desk counts it: the findings the
    desk dismissed (不是错的) left out, the misspelt names (错写) of ``stories`` (``StoryText``)
    added (:mod:`articles.proofmarks`; one query each, ``misspelt`` when the caller read it)."""
    misspelt = proofmarks.misspelt_names() if misspelt is None else misspelt
    for story in stories:
        extra = proofmarks.misspelt_findings(story.byline, misspelt)
        if extra:
            have = {(i.field, i.finding.start, i.finding.end) for i in found.get(story.pk, ())}
            found.setdefault(story.pk, []).extend(
                StoryFinding(f, BYLINE, "署名", story.byline)
                for f in extra
                if (BYLINE, f.start, f.end) not in have
            )
    dismissed = proofmarks.dismissed_keys(pk for pk, items in found.items() if items)
    if not dismissed:
        return found
    return {
        pk: [item for item in items if proofmarks.finding_key(pk, item) not in dismissed]
        for pk, items in found.items()
    }


def desk_findings(article: Article) -> list[StoryFinding]:
    """The findings the story's form lists (and its 不是错的 buttons name): :func:`story_findings`
    as the desk counts them (:func:`settled`: dismissed ones out, 错写 names in)."""
    return settled({article.pk: story_findings(article)}, [StoryText.of(article)])[article.pk]


# Storing -------------------------------------------------------------------------------------


# What the checks read of a story (:class:`StoryText`, in its order) and of its parts: the rest
# of the row is never looked at, and a story's row is wide.
_CHECKED_FIELDS = ("pk", "issue_id", *FIELDS, "byline")
_CHECKED_PART_FIELDS = ("pk", "article_id", "page__label", "blocks")


def check_articles(
    article_ids: Iterable[int], *, in_hand: dict[int, StoryText] | None = None
) -> dict[int, list[StoryFinding]]:
    """Check these stories and store their findings (replacing what was stored), and refresh
    the name-spelling findings of the other stories of their issues. Returns {story id: its
    findings} for these stories. ``in_hand``: stories read since they last changed, by id (see
    :func:`queue_pages`); the others are read here."""
    ids = sorted({pk for pk in article_ids if pk})
    if not ids:
        return {}
    words, names = current_word_list(), known_names()
    stories = _stories(ids, in_hand or {})
    variants = issue_variants({a.issue_id for a in stories})
    found = {}
    for article in stories:
        spelt = variants.get(article.issue_id, {})
        made = findings_ahead(article, words, names, spelt)  # (made by an import's worker)
        found[article.pk] = (
            made
            if made is not None
            else story_findings(article, words=words, names=names, variants=spelt)
        )
    found = settled(found, stories)  # (the desk's 不是错的 left out, 错写 added)
    rows = [_row(pk, item) for pk, items in found.items() for item in items]
    with transaction.atomic():
        proofingreads.findings_delete(ids)
        insert_rows(ProofreadingFinding, _FINDING_COLUMNS, rows)
        _refresh_variants(variants, exclude=ids)
        proofmarks.marks_follow(stories)  # (校对后有改动)
    return found


def _stories(ids: list[int], in_hand: dict[int, StoryText]) -> list[StoryText]:
    """The stories ``ids`` that exist, in the stories' own order: the ones ``in_hand`` as they
    are, the others read."""
    if not in_hand:
        return _read(Article.objects.filter(pk__in=ids))
    order = proofingreads.stories_order(ids)
    have = {pk: in_hand[pk] for pk in order if pk in in_hand}
    missing = [pk for pk in order if pk not in have]
    if missing:  # (a queryset only then: filtering by a batch's ids prepares each of them)
        stories = Article.objects.filter(pk__in=ids).filter(pk__in=missing)
        have.update((story.pk, story) for story in _read(stories))
    return [have[pk] for pk in order if pk in have]


def _read(stories) -> list[StoryText]:
    """The stories of the queryset ``stories``, in its order, as the checks read them: two
    queries (the stories; their parts with their pages' labels), no model objects."""
    rows = list(stories.values_list(*_CHECKED_FIELDS))
    parts: dict[int, list[PartText]] = defaultdict(list)
    found = (
        ArticlePart.objects.filter(article_id__in=[row[0] for row in rows])
        .order_by("article_id", "sequence")
        .values_list(*_CHECKED_PART_FIELDS)
    )
    for pk, article_id, label, blocks in found:
        parts[article_id].append(PartText(pk, label, blocks))
    return [StoryText(*row, tuple(parts.get(row[0], ()))) for row in rows]


def _refresh_variants(variants: dict[int, dict[str, set[str]]], *, exclude: list[int]) -> None:
    """The other stories of these issues: their name-spelling findings may have changed."""
    proofingreads.variant_findings_delete(list(variants), exclude)
    found: dict[int, list[StoryFinding]] = defaultdict(list)
    spelt = [pk for pk, names in variants.items() if names]  # (no other issue's has findings)
    for pk, issue_id, byline in proofingreads.bylines_of(spelt, exclude) if spelt else ():
        for f in byline_variants(byline, variants[issue_id]):
            found[pk].append(StoryFinding(f, BYLINE, "署名", byline))
    found = settled(found, misspelt={})  # (the desk's 不是错的 left out)
    rows = [_row(pk, item) for pk, items in found.items() for item in items]
    insert_rows(ProofreadingFinding, _FINDING_COLUMNS, rows)


# Every column of a stored finding (what bulk_create wrote): one executemany, no model objects
# (the ids are never read back).
_FINDING_COLUMNS = (
    "article_id",
    "part_id",
    "field",
    "block",
    "kind",
    "start",
    "end",
    "text",
    "message",
    "suggestion",
)


def _row(article_id: int, item: StoryFinding) -> tuple:
    """One finding's row, in the order of :data:`_FINDING_COLUMNS`."""
    f = item.finding
    return (
        article_id,
        item.part_id,
        item.field,
        item.block,
        f.kind,
        f.start,
        f.end,
        f.text[:100],
        f.message[:300],
        f.suggestion[:100],
    )


_local = threading.local()


class _Pending:
    """Stories saved or imported in the current transaction, checked once it commits.
    ``in_hand``: some of them as read after the transaction's last change (see
    :func:`queue_pages`)."""

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self.in_hand: dict[int, StoryText] = {}
        self.__qualname__ = "articles.proofing.queue_articles"

    def __call__(self) -> None:
        if getattr(_local, "pending", None) is self:
            _local.pending = None
        if self.ids:
            try:
                check_articles(self.ids, in_hand=self.in_hand)
            except Exception:  # a check must never undo or fail a save or an import
                log.exception("proofreading failed for stories %s", sorted(self.ids))


def queue_articles(article_ids: Iterable[int]) -> None:
    """Check these stories when the current transaction commits (now, in autocommit mode)."""
    _queue(article_ids, {})


def _queue(article_ids: Iterable[int], in_hand: dict[int, StoryText]) -> None:
    ids = {pk for pk in article_ids if pk}
    if not ids:
        return
    if not connection.in_atomic_block:
        _with(ids, in_hand)()
        return
    pending = getattr(_local, "pending", None)
    if pending is None or not any(entry[1] is pending for entry in connection.run_on_commit):
        pending = _Pending()
        _local.pending = pending
        transaction.on_commit(pending, robust=True)
    pending.ids |= ids
    # Rows read inside a savepoint may be rolled back to other ones; rows read before a later
    # change in the transaction are not what it commits: read again at commit.
    pending.in_hand = in_hand if len(connection.atomic_blocks) == 1 else {}


def content_changing() -> None:
    """Content is changing in the current transaction: stories handed in before (see
    :func:`queue_pages`) are read again when it commits. (:func:`articles.changes.content_changed`
    calls this first, every time.)"""
    pending = getattr(_local, "pending", None)
    if pending is not None:
        pending.in_hand = {}


def _with(ids: set[int], in_hand: dict[int, StoryText] | None = None) -> _Pending:
    pending = _Pending()
    pending.ids = ids
    pending.in_hand = in_hand or {}
    return pending


def queue_pages(pages, *, read: dict[int, StoryText] | None = None) -> None:
    """Check the stories with a part on these (imported) pages when the transaction commits;
    nothing when ``settings.NEWSROOM_PROOFREAD_ON_IMPORT`` is off.

    ``read``: stories by id, read after the last change to them in this transaction (the search
    index has just read them: ``search.indexing._index_batch``).
    Unless the transaction changes content again before it commits, or this is a savepoint
    inside it, the check uses them instead of reading the stories again."""
    if not getattr(settings, "NEWSROOM_PROOFREAD_ON_IMPORT", True):
        return
    page_ids = [p.pk for p in pages if p.pk]
    ids = proofingreads.stories_on(page_ids)
    _queue(ids, {pk: read[pk] for pk in ids if pk in read} if read else {})


def recheck_for_words(*words: str) -> None:
    """After a word-list change: re-check the stories that hold any of ``words`` (found with
    search's own engine, so a word search cannot find is one the list cannot find either) or
    have a stored finding of it."""
    from search.engine import filter_articles

    ids: set[int] = set()
    for word in {w.strip() for w in words if w and w.strip()}:
        ids.update(
            filter_articles(Article.objects.all(), word, rank=False).values_list("pk", flat=True)
        )
        ids.update(
            ProofreadingFinding.objects.filter(text=word).values_list("article_id", flat=True)
        )
    queue_articles(ids)
