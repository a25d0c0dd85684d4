"""Parsing a batch ahead of the writer: here, or in forked worker processes.

The process writing to the database rarely waits: while it writes one batch, workers parse the
next, segment its stories' text for the search index, weigh those words for the keywords and
make the proofreading's dictionary-bound checks of its stories (``bench/import_bench.py``: what
the importing process would otherwise do itself). Workers never touch the database. A worker
that dies (SIGKILL, the kernel's OOM killer) fails the pages it had not finished, each with a
:class:`~articles.importing.reports.PageImportError` saying to import it again; later batches
get a new pool.
"""

from __future__ import annotations

import os
from concurrent.futures import BrokenExecutor

from articles.importing import preparing
from articles.importing.bylinechars import dictionary_texts
from articles.importing.preparing import PageInput, Prepared, page_names
from articles.importing.reports import PageImportError
from articles.importing.rows import StoryRows, photo_fields
from articles.importing.stitchahead import stitched_keys, stitched_pairs, stitched_stories
from articles.proofing import FIELDS, PartText, StoryText, story_findings, word_list_in_hand
from articles.proofingahead import stories_ahead
from articles.proofreading import WordList
from articles.proofreading.ahead import ahead_packed, ahead_take, ahead_unpacked, made_ahead


class Preparer:
    """Parses pages (no database) for :func:`articles.importing.pipeline.pages_import`: here, or
    ahead of time in forked worker processes that also segment the stories' text for the search
    index.

    A worker's jieba has the dictionary this process had when it forked, plus the words this
    process has learned since, sent with each batch; the analyses come back with the dictionary
    generation they match, and the index re-segments any text containing a word learned after
    that (:func:`search.indexing.use_prefetched`)."""

    def __init__(self, workers: int):
        self.workers = max(0, workers)
        self.pool = None
        self.learned_at_start: set[str] = set()

    def __enter__(self) -> Preparer:
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            ahead_take(None)  # (the last batch's proofreading made ahead: done with)

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from search import dictionary

        dictionary.ensure_current()  # forked workers start with this process's dictionary
        self.learned_at_start = dictionary.learned_words()
        # Fork: the workers inherit the loaded jieba instead of loading it again. They never use
        # the database connections they inherit.
        self.pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_watch_parent,
            initargs=(os.getpid(),),
        )

    def submit(self, batch: list[PageInput], *, after: list | None, retry: bool = True):
        """Start preparing ``batch``. ``after``: the prepared pages of the batch written just
        before it (the workers learn their names too). ``retry``: replace the pool once if a
        worker of it has died."""
        if not self.workers or len(batch) < 2:
            return [preparing.prepared_or_error(item) for item in batch], None
        if self.pool is None:
            self._start()
        from search import dictionary

        generation = dictionary.generation
        words = dictionary.learned_words() - self.learned_at_start
        for p in after or ():
            if isinstance(p, Prepared) and p.parsed is not None:  # (not parsed: unchanged)
                words |= page_names(p.parsed)
        words = sorted(words)
        word_list = word_list_in_hand()  # (the proofreading's: stories checked ahead with it)
        size = -(-len(batch) // self.workers)
        chunks = [batch[i : i + size] for i in range(0, len(batch), size)]
        try:
            futures = [
                (self.pool.submit(_prepare_remotely, chunk, words, word_list), chunk)
                for chunk in chunks
            ]
        except BrokenExecutor:
            if not retry:
                raise
            # A worker died while idle (killed between batches): start again with new ones.
            self._discard_pool()
            return self.submit(batch, after=after, retry=False)
        return futures, generation, word_list

    def _discard_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def collect(self, batch: list[PageInput], handle):
        """The batch's pages prepared (each a Prepared or a PageImportError), and what its
        workers analysed for the index (None when prepared here)."""
        done, generation = handle[:2]
        if generation is None:
            return done, None
        word_list = handle[2]
        from search import keywords
        from search.indexing import Prefetched

        results: list = []
        analyses: dict = {}
        checks: dict = {}
        bylines: dict = {}
        marks: dict = {}
        stories: dict = {}
        entries: dict = {}
        known: set[str] = set()
        # Words some chunk's worker knew and another's did not: a text analysed without one of
        # them may be segmented differently from how this process would segment it.
        everywhere: set[str] | None = None
        taught: set[str] = set()  # (the same, of the words they had when they made warnings)
        taught_everywhere: set[str] | None = None
        for future, chunk in done:
            try:
                chunk_results, chunk_analyses, chunk_known, weights, ahead, made, chunk_taught = (
                    future.result()
                )
            except BrokenExecutor:
                # A worker died (SIGKILL, the kernel's OOM killer): the pool is unusable and the
                # chunks it had not finished are lost. Those pages fail (nothing of them is
                # written); later batches get a new pool.
                self._discard_pool()
                results.extend(_worker_died(item) for item in chunk)
                continue
            results.extend(chunk_results)
            analyses.update(chunk_analyses)
            keywords.weights_take(weights)
            entries.update(made)
            chunk_checks, chunk_bylines, chunk_marks = ahead_unpacked(ahead[:-1])
            checks.update(chunk_checks)
            bylines.update(chunk_bylines)
            marks.update(chunk_marks)
            stories.update(ahead[-1])
            known |= chunk_known
            everywhere = set(chunk_known) if everywhere is None else everywhere & chunk_known
            taught |= chunk_taught
            taught_everywhere = (
                set(chunk_taught) if taught_everywhere is None else taught_everywhere & chunk_taught
            )
        prepared = [
            r if isinstance(r, PageImportError) else Prepared(item, *r[:4], ahead=r[4])
            for item, r in zip(batch, results, strict=True)
        ]
        partial = frozenset(known - (everywhere or set()))
        proofread = (checks, bylines, marks, (word_list, stories))
        return prepared, Prefetched(
            analyses,
            generation,
            frozenset(known),
            partial,
            proofread,
            entries,
            frozenset(taught),
            frozenset(taught - (taught_everywhere or set())),
        )


def _worker_died(item: PageInput) -> PageImportError:
    return PageImportError(
        f"{item.source_name or item.label}: 解析这个版面的工作进程中途退出（被终止或内存不足），"
        "这个版面什么也没写入；请再运行一次同样的导入（已导入的版面不会变），"
        "若又退出，加上 --workers 0"
    )


def _watch_parent(parent: int) -> None:
    """In a worker: exit as soon as the importing process is gone (killed, say), instead of
    lingering with its pipe held open by a sibling; and leave Ctrl-C to it. A terminal sends
    SIGINT to every process of the command, and a worker it stopped printed its own traceback
    (dozens of lines); the importing process says it in one line and shuts its workers down
    (``import_pages``: :mod:`articles.management.commands._import_stops`)."""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="watch-importer", daemon=True).start()


def _prepare_remotely(items: list[PageInput], words: list[str], word_list: WordList) -> tuple:
    """In a worker: parse the pages, and segment their stories' text (and the captions and
    credits of their photos standing alone, which are indexed on their own) for the index, with the
    importer's dictionary (``words``: what it learned since the worker forked) and the names
    these pages bring, as the importer will have it when it indexes them; weigh the words of
    those analyses for the stories' keywords (:func:`search.keywords.weights_ahead`: the ones
    this worker had not weighed for an earlier chunk); and make the proofreading's checks that
    depend on the dictionary (:func:`articles.proofreading.ahead.made_ahead`), and the findings
    of the stories no jump can change and of the stitches two of its stories may make, with the
    desk's ``word_list`` (:func:`articles.proofingahead.stories_ahead`). Returns the pages' results, the analyses, the
    words known, the weights, those checks and findings, and the search entries of the stories
    no jump can change, and of the stitches two of its stories may make (a guess:
    :func:`articles.importing.stitchahead.stitched_pairs`; :func:`search.entriesahead.
    entries_ahead`); the checks as
    :func:`~articles.proofreading.ahead.ahead_packed` sends them."""
    from search import dictionary, indexing, keywords
    from search.entriesahead import entries_ahead
    from search.text import normalize

    prepared = [preparing.prepared_or_error(item) for item in items]
    names = {n for p in prepared if isinstance(p, Prepared) for n in page_names(p.parsed)}
    early, taught = _warnings_as_reported(prepared, words)
    dictionary.learn(names)  # (as the importing process has them when it indexes these pages)
    texts: set[str] = set()
    checked: list[str] = []  # (the texts the proofreading checks, as stored)
    bylines: list[str] = []
    paragraphs: list[tuple[str, ...]] = []  # (each story's, as its page prints them)
    final: list = []  # (the texts of the stories whose entries are made here)
    whole: list[StoryText] = []  # (those stories as stored, for their findings)
    sent: set[str] = set()  # (the texts of the others: their analyses are sent)
    alone: set[str] = set()  # (the captions and credits of photos standing alone: sent too)
    jumped: list = []  # (those others, with their pages: the stitches they may make)
    results: list = []
    for i, p in enumerate(prepared):
        if isinstance(p, PageImportError):
            results.append(p)
            continue
        results.append((p.parsed, p.text, p.checksum, p.label, p.made_ahead(early.get(i))))
        alone |= _photo_texts_alone(p.parsed)
        for pa in p.parsed.articles:
            found = indexing.story_texts(
                pa.kicker, pa.headline, pa.subheadline, (b.text for b in pa.blocks)
            )
            texts |= found
            story = StoryRows.of(pa).article
            checked.extend(story.get(field, "") for field in _CHECKED)
            checked.extend(b.text for b in pa.blocks)
            paragraphs.append(tuple(b.text for b in pa.blocks))
            bylines.append(story.get("byline", ""))
            if pa.markers:  # (it may be stitched to another story: indexed there, with it)
                sent |= found
                jumped.append((p, pa))
            else:
                final.append(_entry_key(p.parsed, pa))
                whole.append(_stored_story(p.label, story, pa))
    analyses = indexing.preanalyse(texts)
    weights = keywords.weights_ahead(w for analysis in analyses.values() for w in analysis.words)
    # The words known, as the dictionary learned them (normalised: 吳明哲 is learned as 吴明哲, the
    # form the importing process learns too; none it would not learn, such as a foreign name with
    # a space), so that none is taken for a word the two dictionaries differ on.
    known = {normalize(word or "").strip() for word in (*words, *names)}
    known &= dictionary.learned_words()
    pairs = stitched_pairs(jumped)
    entries = entries_ahead([*final, *stitched_keys(pairs)], analyses)
    alone.discard("")
    analyses |= indexing.preanalyse(alone - analyses.keys())  # (weighed for no keyword)
    analyses = {text: analyses[text] for text in sent | alone}
    made = made_ahead(checked, bylines, paragraphs)
    ahead_take(made)  # (the findings below use those checks, as the importing process will)
    stories = stories_ahead(
        [*whole, *stitched_stories(pairs)],
        lambda story: story_findings(story, words=word_list, names=frozenset(), variants={}),
    )
    ahead = (*ahead_packed(made), stories)
    return results, analyses, known, weights, ahead, entries, taught


def _photo_texts_alone(parsed) -> set[str]:
    """The captions and credit lines of the photos standing alone (no story) on a parsed page,
    as :mod:`search.photoindex` indexes them (each text normalised, on its own)."""
    from search.text import index_form

    alone = [photo_fields(pp) for pp in parsed.photos if pp.article_position is None]
    return {index_form(text) for fields in alone for text in fields.values()}


def _warnings_as_reported(prepared: list, words: list[str]) -> tuple[dict, frozenset[str]]:
    """In a worker, before it learns the names of its own pages: the warnings of the pages among
    ``prepared`` that read names with the dictionary (:func:`~articles.importing.bylinechars.
    dictionary_texts`: a byline holding a character no page prints), by place, made with the
    words the importing process has when it reports them (``words``, learned here first); and
    those words as learned (normalised), which it checks against its own
    (:meth:`search.indexing.Prefetched.warnings_differ`)."""
    from search import dictionary
    from search.text import normalize

    dictionary.learn(words)
    taught = {normalize(word or "").strip() for word in words} & dictionary.learned_words()
    early = {
        i: tuple(p.parse_warnings())
        for i, p in enumerate(prepared)
        if isinstance(p, Prepared) and dictionary_texts(p.parsed)
    }
    return early, frozenset(taught)


def _stored_story(label: str, story: dict, parsed_story) -> StoryText:
    """What the proofreading reads of a parsed story (``story``: its ``Article`` fields) on page
    ``label``, once stored in one part (ids 0)."""
    blocks = [{"kind": b.kind, "text": b.text} for b in parsed_story.blocks]
    deck = (story.get(field, "") for field in FIELDS)
    return StoryText(0, 0, *deck, story.get("byline", ""), (PartText(0, label, blocks),))


def _entry_key(page, story) -> tuple:
    """The texts the indexer will read of ``story`` (parsed, on ``page``) once it is written as
    parsed (:data:`search.entriesahead.EntryKey`): its deck, its paragraphs, its byline and
    dateline printed apart from them, then its photos' captions and credit lines."""
    from articles.storytext import joined_blocks
    from search.storycredits import printed_credits
    from search.storyphotos import entry_texts

    rows = StoryRows.of(story)
    fields, blocks = rows.article, rows.part["blocks"]
    title = "\n".join(fields[f] for f in ("kicker", "headline", "subheadline") if fields[f])
    photos = [photo_fields(pp) for pp in page.photos if pp.article_position == story.position]
    shown = printed_credits(fields["byline"], fields["dateline"], [blocks])
    shown += entry_texts((f["caption"], f["credit_line"]) for f in photos)
    return title, tuple(b["text"] for b in joined_blocks([blocks])), tuple(shown)


# The story's fields the proofreading checks as texts (articles.proofing.FIELDS) and its byline.
_CHECKED = ("kicker", "headline", "subheadline", "dateline", "byline")
