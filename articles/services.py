"""Writing parsed pages to the database: batches of pages per transaction, upserts by natural keys.

:func:`pages_import` is the one way content gets in (the command, and through :func:`page_import`
the admin upload and ``reparse``): get-or-create the issues and pages, replace what the importer
made on those pages before, keep the raw text and checksum, store photos, teasers and jumps,
resolve the issues' jumps and index the stories, all of a batch in one transaction. Importing the
same bytes again is a no-op (same rows, same ids). An article an editor has changed by hand is
never overwritten silently: it is reported as a conflict and left alone unless
``overwrite_edited`` is set. A dry run does all the work and rolls it back.

Where the time goes, and why it is arranged so: pages of a batch are inserted with one bulk
statement per table; continuations found in the same batch are stitched in a few bulk
statements, and the stories they leave empty are removed in one delete; the search index gets one
pass per batch. Parsing and segmenting the text (most of the work) can run in worker processes a
batch ahead (``workers``), so the process writing to the database rarely waits
(``bench/import_bench.py``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import BrokenExecutor
from dataclasses import asdict, dataclass, field
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from articles import parsing
from articles.bulk import update_rows
from articles.caching import bump_content_version
from articles.continuations import jumps_resolve, part_release
from articles.dates import IssueDateError, check_issue_date
from articles.labels import LabelError, label_sequence, normalize_label
from articles.models import (
    Article,
    ArticlePart,
    Byline,
    Issue,
    Jump,
    JumpDirection,
    JumpState,
    Page,
    Person,
    Photo,
    PhotoCredit,
    Publication,
    Teaser,
    validate_paper_slug,
)
from articles.sources import SourceError, check_paper, derived_slug

# Existing rows are moved out of the way before new positions are written, so that the unique
# (page, position) constraints hold at every statement.
_POSITION_OFFSET = 1_000_000


class PageImportError(Exception):
    """A page that cannot be imported; the message says why and what to do."""


@dataclass
class PageImportReport:
    source: str
    paper: str
    date: str
    label: str
    action: str = ""  # created | updated | unchanged
    dry_run: bool = False
    articles: int = 0
    photos: int = 0
    teasers: int = 0
    pending_jumps: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    page_id: int | None = None

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def summary(self) -> str:
        verb = f"{self.action} (dry run, rolled back)" if self.dry_run else self.action
        text = (
            f"{self.paper} {self.date} {self.label}: {verb}; {self.articles} articles, "
            f"{self.photos} photos, {self.teasers} teasers"
        )
        if self.pending_jumps:
            text += f", {len(self.pending_jumps)} jumps pending"
        if self.conflicts:
            text += f", {len(self.conflicts)} conflicts"
        return text


class _DryRunRollback(Exception):
    pass


def publication_get_or_create(*, name: str, slug: str = "") -> Publication:
    """Find a paper by slug or printed name, or create it. A Chinese name gets a stable slug.

    Raises :class:`PageImportError` for a name or slug that does not fit the paper's columns
    (:func:`articles.sources.check_paper`), before any query."""
    name = name.strip()
    try:
        check_paper(name, slug)
    except SourceError as exc:
        raise PageImportError(f"paper {name[:40]!r}: {exc}") from None
    lookup = Q(name=name) | Q(slug=name) | (Q(slug=slug) if slug else Q(pk__in=[]))
    found = sorted(
        Publication.objects.filter(lookup), key=lambda p: (p.slug != slug, p.name != name)
    )
    if found:
        return found[0]
    slug = slug or derived_slug(name)
    try:
        validate_paper_slug(slug)
    except ValidationError as exc:
        raise PageImportError(
            f"paper {name!r}: the slug {slug!r} is one the site uses for its own pages; "
            'give the paper another slug ("slug" in paper.json, or --paper with a slug)'
        ) from exc
    try:
        with transaction.atomic():
            return Publication.objects.create(name=name, slug=slug)
    except IntegrityError:  # created by a concurrent import
        return Publication.objects.get(slug=slug)


@dataclass(frozen=True)
class PageInput:
    """One page to import: what the command, the admin upload and ``reparse`` hand the service."""

    paper_name: str
    issue_date: date
    label: str
    data: bytes | str
    paper_slug: str = ""
    source_name: str = ""


# Pages written per transaction by :func:`pages_import`: one bulk insert per table, one jump
# resolution per issue and one indexing pass for all of them. A batch is still all or nothing.
BATCH_PAGES = 64


def page_import(
    *,
    paper_name: str,
    paper_slug: str = "",
    issue_date: date,
    label: str,
    data: bytes | str,
    source_name: str = "",
    dry_run: bool = False,
    overwrite_edited: bool = False,
    force: bool = False,
) -> PageImportReport:
    """Parse and write one page inside one transaction. Raises :class:`PageImportError` on bad input."""
    item = PageInput(
        paper_name=paper_name,
        paper_slug=paper_slug,
        issue_date=issue_date,
        label=label,
        data=data,
        source_name=source_name,
    )
    [result] = pages_import([item], dry_run=dry_run, overwrite_edited=overwrite_edited, force=force)
    if isinstance(result, PageImportError):
        raise result
    return result


def pages_import(
    items: Iterable[PageInput],
    *,
    dry_run: bool = False,
    overwrite_edited: bool = False,
    force: bool = False,
    batch_pages: int = BATCH_PAGES,
    workers: int = 0,
) -> Iterator[PageImportReport | PageImportError]:
    """Import many pages; yield each one's report (or its error) in the order given.

    Pages are written in batches of up to ``batch_pages``, one transaction each, with one bulk
    insert per table, one jump resolution per issue and one indexing pass per batch. A page that
    cannot be parsed is reported and left out of its batch. If writing a batch fails, nothing of
    it stays and its pages are written again one at a time, so the error names its file. The
    same page twice in a run is written in two batches, in the order given.

    ``workers`` > 0: that many processes parse the next batch, and segment its text for the
    search index, while this one writes the current batch (the database is written from here
    only). A worker that dies (SIGKILL, out of memory) fails the pages it had not finished, each
    with a :class:`PageImportError` saying to import it again; nothing of them is written, and
    later batches get new workers."""
    with _Preparer(workers) as preparer:
        batches = _batches(items, batch_pages)
        batch = next(batches, None)
        handle = preparer.submit(batch, after=None) if batch else None
        while batch is not None:
            prepared, prefetched = preparer.collect(batch, handle)
            # The next batch is parsed while this one is written; its workers are told the
            # names this one brings to the dictionary.
            following = next(batches, None)
            if following is not None:
                handle = preparer.submit(following, after=prepared)
            yield from _import_batch(
                prepared,
                prefetched,
                dry_run=dry_run,
                overwrite_edited=overwrite_edited,
                force=force,
            )
            batch = following


def _batches(items: Iterable[PageInput], size: int) -> Iterator[list[PageInput]]:
    """Batches of up to ``size`` pages, no page twice in one. The first ones are smaller (8, 16,
    32…): writing starts as soon as the first few pages are parsed."""
    batch: list[PageInput] = []
    keys: set[tuple] = set()
    limit = min(size, 8)
    for item in items:
        key = (item.paper_name, item.paper_slug, item.issue_date, _label_key(item.label))
        if len(batch) >= limit or key in keys:
            yield batch
            batch, keys = [], set()
            limit = min(size, limit * 2)
        batch.append(item)
        keys.add(key)
    if batch:
        yield batch


class _Preparer:
    """Parses pages (no database) for :func:`pages_import`: here, or ahead of time in forked
    worker processes that also segment the stories' text for the search index.

    A worker's jieba has the dictionary this process had when it forked, plus the words this
    process has learned since, sent with each batch; the analyses come back with the dictionary
    generation they match, and the index re-segments any text containing a word learned after
    that (:func:`search.indexing.use_prefetched`)."""

    def __init__(self, workers: int):
        self.workers = max(0, workers)
        self.pool = None
        self.learned_at_start: set[str] = set()

    def __enter__(self) -> _Preparer:
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

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
            return [_prepared_or_error(item) for item in batch], None
        if self.pool is None:
            self._start()
        from search import dictionary

        generation = dictionary.generation
        words = dictionary.learned_words() - self.learned_at_start
        for p in after or ():
            if isinstance(p, _Prepared):
                words |= _names(p.parsed)
        words = sorted(words)
        size = -(-len(batch) // self.workers)
        chunks = [batch[i : i + size] for i in range(0, len(batch), size)]
        try:
            futures = [
                (self.pool.submit(_prepare_remotely, chunk, words), chunk) for chunk in chunks
            ]
        except BrokenExecutor:
            if not retry:
                raise
            # A worker died while idle (killed between batches): start again with new ones.
            self._discard_pool()
            return self.submit(batch, after=after, retry=False)
        return futures, generation

    def _discard_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def collect(self, batch: list[PageInput], handle):
        """The batch's pages prepared (each a _Prepared or a PageImportError), and what its
        workers analysed for the index (None when prepared here)."""
        done, generation = handle
        if generation is None:
            return done, None
        from search.indexing import Prefetched

        results: list = []
        analyses: dict = {}
        known: set[str] = set()
        for future, chunk in done:
            try:
                chunk_results, chunk_analyses, chunk_known = future.result()
            except BrokenExecutor:
                # A worker died (SIGKILL, the kernel's OOM killer): the pool is unusable and the
                # chunks it had not finished are lost. Those pages fail (nothing of them is
                # written); later batches get a new pool.
                self._discard_pool()
                results.extend(_worker_died(item) for item in chunk)
                continue
            results.extend(chunk_results)
            analyses.update(chunk_analyses)
            known |= chunk_known
        prepared = [
            r if isinstance(r, PageImportError) else _Prepared(item, *r)
            for item, r in zip(batch, results, strict=True)
        ]
        return prepared, Prefetched(analyses, generation, frozenset(known))


def _names(parsed) -> set[str]:
    from search.indexing import page_names

    return page_names(
        (n for pa in parsed.articles for n in pa.reporters),
        (n for photo in parsed.photos for n in photo.photographers),
        (_clip(pa.dateline, 100) for pa in parsed.articles),
    )


def _worker_died(item: PageInput) -> PageImportError:
    return PageImportError(
        f"{item.source_name or item.label}: the worker process parsing this page died (killed, "
        "or out of memory) and nothing of the page was written; run the same import again to "
        "import it (pages already imported stay unchanged), with --workers 0 if it dies again"
    )


def _watch_parent(parent: int) -> None:
    """In a worker: exit as soon as the importing process is gone (killed, say), instead of
    lingering with its pipe held open by a sibling."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="watch-importer", daemon=True).start()


def _prepared_or_error(item: PageInput) -> _Prepared | PageImportError:
    try:
        return _prepare(item)
    except PageImportError as exc:
        return exc


def _prepare_remotely(items: list[PageInput], words: list[str]) -> tuple[list, dict, set]:
    """In a worker: parse the pages, and segment their stories' text for the index, with the
    importer's dictionary (``words``: what it learned since the worker forked) and the names
    these pages bring, as the importer will have it when it indexes them."""
    from search import dictionary, indexing

    prepared = [_prepared_or_error(item) for item in items]
    names = {n for p in prepared if isinstance(p, _Prepared) for n in _names(p.parsed)}
    dictionary.learn([*words, *names])
    texts: set[str] = set()
    results: list = []
    for p in prepared:
        if isinstance(p, PageImportError):
            results.append(p)
            continue
        results.append((p.parsed, p.text, p.checksum, p.label))
        for pa in p.parsed.articles:
            texts |= indexing.story_texts(
                pa.kicker, pa.headline, pa.subheadline, (b.text for b in pa.blocks)
            )
    return results, indexing.preanalyse(texts), {*words, *names}


def _label_key(label: str) -> str:
    try:
        return normalize_label(label)
    except LabelError:
        return label


@dataclass
class _Prepared:
    """A parsed page on its way into the database."""

    item: PageInput
    parsed: parsing.ParsedPage
    text: str
    checksum: str
    label: str
    report: PageImportReport = field(init=False)
    page: Page | None = None
    issue: Issue | None = None

    def new_report(self, dry_run: bool) -> PageImportReport:
        self.report = PageImportReport(
            source=self.item.source_name,
            paper=self.item.paper_name,
            date=self.item.issue_date.isoformat(),
            label=self.label,
            dry_run=dry_run,
            warnings=list(self.parsed.warnings),
        )
        return self.report


def _prepare(item: PageInput) -> _Prepared:
    """Parse and check one page (no database): raises :class:`PageImportError` on bad input."""
    max_bytes = getattr(settings, "NEWSROOM_MAX_PAGE_BYTES", parsing.DEFAULT_MAX_BYTES)
    try:
        check_issue_date(item.issue_date)
        check_paper(item.paper_name.strip(), item.paper_slug)
        parsed = parsing.parse_page(item.data, max_bytes=max_bytes)
        label = normalize_label(item.label)
    except (IssueDateError, SourceError, parsing.ParseError, LabelError) as exc:
        raise PageImportError(f"{item.source_name or item.label}: {exc}") from None
    raw = item.data if isinstance(item.data, bytes) else item.data.encode("utf-8")
    text, _ = parsing.decode_page(item.data, max_bytes=max_bytes)
    _check_stamp(parsed, issue_date=item.issue_date, label=label, source_name=item.source_name)
    return _Prepared(
        item=item,
        parsed=parsed,
        text=text,
        checksum=hashlib.sha256(raw).hexdigest(),
        label=label,
    )


def _import_batch(
    pages: list[_Prepared | PageImportError],
    prefetched,
    *,
    dry_run: bool,
    overwrite_edited: bool,
    force: bool,
) -> list[PageImportReport | PageImportError]:
    results: list[PageImportReport | PageImportError] = list(pages)
    prepared = [(i, p) for i, p in enumerate(pages) if isinstance(p, _Prepared)]
    if len(prepared) > 1:
        try:
            _write_batch([p for _, p in prepared], dry_run, overwrite_edited, force, prefetched)
        except (PageImportError, DatabaseError):
            pass  # rolled back: write them one by one below, so the error names its file
        else:
            for i, p in prepared:
                results[i] = p.report
            prepared = []
    for i, p in prepared:
        try:
            _write_batch([p], dry_run, overwrite_edited, force, prefetched)
            results[i] = p.report
        except PageImportError as exc:
            results[i] = exc
    return results


def _write_batch(
    prepared: list[_Prepared], dry_run: bool, overwrite_edited: bool, force: bool, prefetched=None
) -> None:
    for p in prepared:
        p.new_report(dry_run)
    try:
        with transaction.atomic():
            _write_pages(
                prepared, overwrite_edited=overwrite_edited, force=force, prefetched=prefetched
            )
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass


def page_reparse(
    *, page: Page, dry_run: bool = False, overwrite_edited: bool = False
) -> PageImportReport:
    """Run the current parser over the raw text stored for ``page``, with the import's conflict rule."""
    if not page.raw_text:
        raise PageImportError(f"{page}: no raw text is stored for this page; import its file again")
    return page_import(
        paper_name=page.issue.publication.name,
        paper_slug=page.issue.publication.slug,
        issue_date=page.issue.date,
        label=page.label,
        data=page.raw_text.encode("utf-8") if page.raw_encoding != "unicode" else page.raw_text,
        source_name=page.source_name or f"{page} (stored text)",
        dry_run=dry_run,
        overwrite_edited=overwrite_edited,
        force=True,
    )


def _check_stamp(parsed, *, issue_date: date, label: str, source_name: str) -> None:
    """A page stamp printed on the page must agree with the date and page it is imported as."""
    meta = parsed.metadata
    where = source_name or label
    if meta.date and meta.date != issue_date.isoformat():
        raise PageImportError(
            f"{where}: the page's own stamp says {meta.date} but it is being imported as "
            f"{issue_date.isoformat()}; give --date {meta.date} (or fix the folder name) if the stamp is right"
        )
    if meta.label and meta.label != label:
        raise PageImportError(
            f"{where}: the page's own stamp or header says page {meta.label} but it is being "
            f"imported as {label}; give --page {meta.label} (or rename the file) if the stamp is right"
        )


_PAGE_FIELDS = [
    "raw_text",
    "raw_encoding",
    "checksum",
    "parser_version",
    "source_name",
    "imported_at",
    "section",
]


def _write_pages(
    prepared: list[_Prepared], *, overwrite_edited: bool, force: bool, prefetched=None
) -> None:
    """Write a batch of parsed pages (inside the caller's transaction)."""
    _find_pages(prepared)
    now = timezone.now()
    changed: list[_Prepared] = []
    for p in prepared:
        page, parsed = p.page, p.parsed
        p.report.page_id = page.pk
        if (
            page.checksum
            and not force
            and page.checksum == p.checksum
            and page.parser_version == parsed.parser_version
        ):
            p.report.action = "unchanged"
            continue
        p.report.action = "updated" if page.checksum else "created"
        page.raw_text = p.text
        page.raw_encoding = parsed.encoding
        page.checksum = p.checksum
        page.parser_version = parsed.parser_version
        page.source_name = p.item.source_name[:255]
        page.imported_at = now
        if parsed.metadata.section and not page.section:
            page.section = parsed.metadata.section[:100]
        changed.append(p)
    if not changed:
        _fill_counts(prepared)
        return
    update_rows([p.page for p in changed], _PAGE_FIELDS)
    for p in changed:
        number = p.parsed.metadata.issue_number
        if number and not p.issue.number:
            p.issue.number = number
            p.issue.save(update_fields=["number", "updated_at"])

    empty = _empty_pages([p.page for p in changed])
    fresh = [p for p in changed if p.page.pk in empty]
    created = _create_content(fresh)
    for p in changed:
        if p.page.pk not in empty:
            part_by_position = _write_articles(
                p.page, p.issue, p.parsed, overwrite_edited, p.report
            )
            _write_photos(p.page, p.parsed, part_by_position, p.report)
            _write_teasers(p.page, p.parsed)
    # The stories continuations leave empty go in one delete.
    jumps_resolve({p.issue.pk: p.issue for p in changed}.values(), fresh=created)
    # Search index (search app): index the stories these pages touched, in bulk.
    from search.indexing import index_pages_import

    index_pages_import([p.page for p in changed], prefetched=prefetched)
    bump_content_version()
    _fill_counts(prepared)


def _find_pages(prepared: list[_Prepared]) -> None:
    """Get or create the papers, issues and pages of a batch, and lock the pages.

    Missing rows are inserted ignoring conflicts and then read back, so a concurrent import of
    the same page is harmless. The pages are locked (PostgreSQL row locks, in id order; SQLite
    locks the whole database), which serialises imports of the same page. NO KEY UPDATE: editors
    saving rows that point at a page (a foreign-key share lock) are not blocked by it, so the two
    can never deadlock."""
    papers: dict[tuple[str, str], Publication] = {}
    for p in prepared:
        key = (p.item.paper_name, p.item.paper_slug)
        if key not in papers:
            papers[key] = publication_get_or_create(name=key[0], slug=key[1])
        p.report.paper = papers[key].name
    wanted = {
        (papers[p.item.paper_name, p.item.paper_slug].pk, p.item.issue_date) for p in prepared
    }
    issues = _get_or_create(
        Issue,
        wanted,
        lambda pub, day: Issue(publication_id=pub, date=day),
        lambda keys: Q(publication_id__in={k[0] for k in keys}, date__in={k[1] for k in keys}),
        lambda issue: (issue.publication_id, issue.date),
    )
    for p in prepared:
        p.issue = issues[papers[p.item.paper_name, p.item.paper_slug].pk, p.item.issue_date]
        p.issue.publication = papers[p.item.paper_name, p.item.paper_slug]
    pages = _get_or_create(
        Page,
        {(p.issue.pk, p.label) for p in prepared},
        lambda issue_id, label: Page(
            issue_id=issue_id, label=label, sequence=label_sequence(label)
        ),
        lambda keys: Q(issue_id__in={k[0] for k in keys}, label__in={k[1] for k in keys}),
        lambda page: (page.issue_id, page.label),
    )
    locked = {
        page.pk: page
        for page in Page.objects.select_for_update(no_key=True)
        .filter(pk__in=[page.pk for page in pages.values()])
        .order_by("pk")
    }
    for p in prepared:
        p.page = locked[pages[p.issue.pk, p.label].pk]
        p.page.issue = p.issue


def _get_or_create(model, keys: set[tuple], build, lookup, key_of) -> dict[tuple, object]:
    """Rows by natural key: read the ones there, insert the missing ones, read those back."""
    found = {key_of(row): row for row in model.objects.filter(lookup(keys)) if key_of(row) in keys}
    missing = [build(*key) for key in sorted(keys - found.keys(), key=str)]
    if missing:
        model.objects.bulk_create(missing, ignore_conflicts=True)
        missing_keys = keys - found.keys()
        found.update(
            (key_of(row), row)
            for row in model.objects.filter(lookup(missing_keys))
            if key_of(row) in missing_keys
        )
    return found


def _empty_pages(pages: list[Page]) -> set[int]:
    """The pages with nothing on them yet (never imported, nothing added by hand)."""
    ids = {page.pk for page in pages}
    for model in (ArticlePart, Photo, Teaser):
        ids -= set(model.objects.filter(page_id__in=ids).values_list("page_id", flat=True))
        if not ids:
            break
    return ids


def _fill_counts(prepared: list[_Prepared]) -> None:
    """Each report's counts (what its page prints now) and its page's open jumps: three queries
    for the whole batch."""
    reports = {p.page.pk: p.report for p in prepared}
    for model, attribute in ((ArticlePart, "articles"), (Photo, "photos"), (Teaser, "teasers")):
        for page_id, n in (
            model.objects.filter(page_id__in=reports)
            .values_list("page_id")
            .annotate(n=Count("pk"))
            .order_by()
        ):
            setattr(reports[page_id], attribute, n)
    for report in reports.values():
        report.pending_jumps = []
    for j in (
        Jump.objects.filter(part__page_id__in=reports)
        .exclude(state__in=[JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED])
        .select_related("part__page")
        .defer("part__page__raw_text")  # a page's text is up to 2 MB: never once per jump
        .order_by("part__position", "direction")
    ):
        reports[j.part.page_id].pending_jumps.append(
            f"{j.part.page.label} #{j.part.position} {j.marker} → {j.target_label} ({j.get_state_display()})"
        )


def _clip(value: str, length: int) -> str:
    return value if len(value) <= length else value[: length - 1] + "…"


def _article_fields(parsed_article) -> dict:
    return {
        "kicker": _clip(parsed_article.kicker, 300),
        "headline": _clip(parsed_article.headline, 300),
        "subheadline": _clip(parsed_article.subheadline, 300),
        "dateline": _clip(parsed_article.dateline, 100),
        "byline": _clip(parsed_article.byline, 200),
    }


def _blocks(parsed_article) -> list[dict]:
    return [{"kind": b.kind, "text": b.text} for b in parsed_article.blocks]


def _match_key(title_lines, blocks) -> str:
    first = next((b["text"] for b in blocks if b["kind"] == "paragraph"), "")
    return parsing.normalize_for_matching("|".join(title_lines) + "|" + first[:40])


def _write_articles(
    page: Page, issue: Issue, parsed, overwrite_edited: bool, report: PageImportReport
) -> dict[int, ArticlePart]:
    # Lock the stories printed here: an editor's save that commits first is seen (and kept as a
    # conflict); one that comes later waits for this import (PostgreSQL; SQLite serialises writers).
    existing = list(
        page.parts.select_related("article").select_for_update(of=("self", "article"), no_key=True)
    )
    by_key = {_match_key(p.title_lines, p.blocks): p for p in existing}
    by_position = {p.position: p for p in existing}
    matched: dict[int, ArticlePart] = {}
    used: set[int] = set()
    for pa in parsed.articles:  # same story, maybe moved: match by what it says first
        part = by_key.get(_match_key(pa.title_lines, _blocks(pa)))
        if part is not None and part.pk not in used:
            matched[pa.position] = part
            used.add(part.pk)
    for pa in parsed.articles:  # then by position
        part = by_position.get(pa.position)
        if pa.position not in matched and part is not None and part.pk not in used:
            matched[pa.position] = part
            used.add(part.pk)

    # Leftover parts: the new text no longer has them.
    for part in existing:
        if part.pk in used:
            continue
        article = part.article
        if article.is_edited and not overwrite_edited and article.page_id == page.pk:
            report.conflicts.append(
                f"{page.label} #{part.position} “{article.title}”: edited by hand and no longer in "
                "the page text; kept (use --overwrite-edited to remove it)"
            )
            used.add(part.pk)
            matched[-part.pk] = part
            continue
        _remove_part(part)

    Article.objects.filter(page=page).update(position=F("position") + _POSITION_OFFSET)
    ArticlePart.objects.filter(page=page).update(position=F("position") + _POSITION_OFFSET)

    names = {n for pa in parsed.articles for n in pa.reporters}
    people = _people(names)
    result: dict[int, ArticlePart] = {}
    taken = {pa.position for pa in parsed.articles}
    for pa in parsed.articles:
        part = matched.get(pa.position)
        fields = _article_fields(pa)
        blocks = _blocks(pa)
        continued_from = pa.continued_from or ""
        if part is None:
            article = Article.objects.create(issue=issue, page=page, position=pa.position, **fields)
            part = ArticlePart.objects.create(
                article=article,
                page=page,
                position=pa.position,
                sequence=0,
                title_lines=list(pa.title_lines),
                blocks=blocks,
                continued_from=continued_from,
            )
            _set_bylines(article, [people[n] for n in pa.reporters])
        else:
            article = part.article
            is_home = article.page_id == page.pk
            changed = (
                part.blocks != blocks
                or part.title_lines != list(pa.title_lines)
                or (is_home and any(getattr(article, k) != v for k, v in fields.items()))
                or (is_home and article.reporter_names() != list(pa.reporters))
            )
            if changed and article.is_edited and not overwrite_edited:
                report.conflicts.append(
                    f"{page.label} #{pa.position} “{article.title}”: edited by hand, left as the "
                    "editor saved it (use --overwrite-edited to replace it with the page text)"
                )
                part.position = pa.position
                part.save(update_fields=["position"])
                if is_home:
                    Article.objects.filter(pk=article.pk).update(position=pa.position)
            else:
                part.position = pa.position
                part.title_lines = list(pa.title_lines)
                part.blocks = blocks
                part.continued_from = continued_from
                part.save()
                if is_home:
                    for key, value in fields.items():
                        setattr(article, key, value)
                    article.position = pa.position
                    if overwrite_edited:
                        article.edited_at = None
                    article.save()
                    _set_bylines(article, [people[n] for n in pa.reporters])
        _write_jumps(part, pa)
        result[pa.position] = part

    # Edited stories kept although the text lost them: give them free positions after the rest.
    next_free = max(taken | {0}) + 1
    for key, part in matched.items():
        if key < 0:
            part.position = next_free
            part.save(update_fields=["position"])
            Article.objects.filter(pk=part.article_id, page=page).update(position=next_free)
            next_free += 1
    return result


def _create_content(fresh: list[_Prepared]) -> list[int]:
    """Pages seen for the first time: everything on all of them in one bulk insert per table.
    Returns the ids of the stories created."""
    if not fresh:
        return []
    people = _people(
        {n for p in fresh for pa in p.parsed.articles for n in pa.reporters}
        | {n for p in fresh for photo in p.parsed.photos for n in photo.photographers}
    )
    printed = [(p, pa) for p in fresh for pa in p.parsed.articles]
    articles = Article.objects.bulk_create(
        [
            Article(issue=p.issue, page=p.page, position=pa.position, **_article_fields(pa))
            for p, pa in printed
        ]
    )
    parts = ArticlePart.objects.bulk_create(
        [
            ArticlePart(
                article=article,
                page=p.page,
                position=pa.position,
                sequence=0,
                title_lines=list(pa.title_lines),
                blocks=_blocks(pa),
                continued_from=pa.continued_from or "",
            )
            for article, (p, pa) in zip(articles, printed, strict=True)
        ]
    )
    Byline.objects.bulk_create(
        [
            Byline(article=article, person=people[name[:50]], order=order)
            for article, (_, pa) in zip(articles, printed, strict=True)
            for order, name in enumerate(dict.fromkeys(n for n in pa.reporters if n))
        ]
    )
    Jump.objects.bulk_create(
        [
            Jump(part=part, direction=direction, target_label=marker.label, marker=marker.text[:40])
            for part, (_, pa) in zip(parts, printed, strict=True)
            for direction, marker in _jump_markers(pa).items()
        ]
    )
    part_at = {(p.page.pk, pa.position): part for part, (p, pa) in zip(parts, printed, strict=True)}
    shown = [(p, pp) for p in fresh for pp in p.parsed.photos]
    photos = Photo.objects.bulk_create(
        [
            Photo(
                page=p.page,
                position=pp.position,
                caption=pp.caption,
                credit_line=_clip(pp.credit_line, 200),
                article=part_at[p.page.pk, pp.article_position].article
                if (p.page.pk, pp.article_position) in part_at
                else None,
            )
            for p, pp in shown
        ]
    )
    PhotoCredit.objects.bulk_create(
        [
            PhotoCredit(photo=photo, person=people[name[:50]], order=order)
            for photo, (_, pp) in zip(photos, shown, strict=True)
            for order, name in enumerate(dict.fromkeys(pp.photographers))
            if name[:50] in people
        ]
    )
    Teaser.objects.bulk_create(
        [
            Teaser(page=p.page, position=pt.position, **_teaser_fields(pt))
            for p in fresh
            for pt in p.parsed.teasers
        ]
    )
    return [article.pk for article in articles]


def _jump_markers(parsed_article) -> dict[str, parsing.Marker]:
    """The page's jump per direction: the last unmerged marker of each (merged pairs are one story)."""
    wanted = {}
    for marker in parsed_article.markers:
        if not marker.merged:
            wanted[marker.direction] = marker
    return wanted


def _remove_part(part: ArticlePart) -> None:
    """Delete a printed part; its story goes with it only if nothing else of it remains."""
    part_release(part)  # what followed it becomes a story of its own; links to it are reopened
    article = part.article
    if article.parts.count() == 1:
        article.delete()
    else:
        part.delete()


def _write_jumps(part: ArticlePart, parsed_article) -> None:
    wanted = _jump_markers(parsed_article)
    for jump in list(part.jumps.all()):
        marker = wanted.pop(jump.direction, None)
        if marker is None:
            jump.delete()
            continue
        if jump.target_label != marker.label or jump.marker != marker.text[:40]:
            jump.target_label = marker.label
            jump.marker = marker.text[:40]
            if not jump.is_manual:
                jump.state = JumpState.PENDING
                jump.to_part = None
                jump.confidence = None
            jump.save()
    for direction, marker in wanted.items():
        Jump.objects.create(
            part=part,
            direction=JumpDirection(direction),
            target_label=marker.label,
            marker=marker.text[:40],
        )


def _people(names: Iterable[str]) -> dict[str, Person]:
    names = {n[:50] for n in names if n}
    if not names:
        return {}
    found = {p.name: p for p in Person.objects.filter(name__in=names)}
    missing = [Person(name=n) for n in sorted(names - found.keys())]
    if missing:
        Person.objects.bulk_create(missing, ignore_conflicts=True)
        found = {p.name: p for p in Person.objects.filter(name__in=names)}
    return found


def _set_bylines(article: Article, people: list[Person]) -> None:
    current = [b.person_id for b in article.bylines.order_by("order")]
    if current == [p.pk for p in people]:
        return
    article.bylines.all().delete()
    Byline.objects.bulk_create(
        [Byline(article=article, person=p, order=i) for i, p in enumerate(dict.fromkeys(people))]
    )


def _write_photos(
    page: Page, parsed, part_by_position: dict[int, ArticlePart], report: PageImportReport
) -> None:
    existing = {p.position: p for p in page.photos.all()}
    wanted = {p.position: p for p in parsed.photos}
    for position, photo in existing.items():
        if position not in wanted:
            if photo.image or photo.edited_at:
                report.conflicts.append(
                    f"{page.label} photo #{position}: has an uploaded image or hand edits and is "
                    "no longer in the page text; kept"
                )
                continue
            photo.delete()
    people = _people({n for p in parsed.photos for n in p.photographers})
    for position, pp in wanted.items():
        photo = existing.get(position)
        article_part = part_by_position.get(pp.article_position) if pp.article_position else None
        values = {
            "caption": pp.caption,
            "credit_line": _clip(pp.credit_line, 200),
            "article": article_part.article if article_part else None,
        }
        if photo is None:
            photo = Photo.objects.create(page=page, position=position, **values)
        elif photo.edited_at:
            continue
        else:
            for key, value in values.items():
                setattr(photo, key, value)
            photo.save()
        current = [c.person_id for c in photo.credits.order_by("order")]
        wanted_people = [people[n].pk for n in pp.photographers if n in people]
        if current != wanted_people:
            photo.credits.all().delete()
            PhotoCredit.objects.bulk_create(
                [
                    PhotoCredit(photo=photo, person_id=pk, order=i)
                    for i, pk in enumerate(dict.fromkeys(wanted_people))
                ]
            )


def _write_teasers(page: Page, parsed) -> None:
    existing = {t.position: t for t in page.teasers.all()}
    wanted = {t.position: t for t in parsed.teasers}
    stale = [t.pk for position, t in existing.items() if position not in wanted]
    if stale:
        Teaser.objects.filter(pk__in=stale).delete()
    for position, pt in wanted.items():
        values = _teaser_fields(pt)
        teaser = existing.get(position)
        if teaser is None:
            Teaser.objects.create(page=page, position=position, **values)
        elif any(getattr(teaser, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(teaser, key, value)
            teaser.target_article = None
            teaser.save()


def _teaser_fields(parsed_teaser) -> dict:
    return {
        "title_lines": list(parsed_teaser.title_lines),
        "target_label": parsed_teaser.target_label,
        "target_section": _clip(parsed_teaser.target_section, 100),
        "marker": _clip(parsed_teaser.text, 120),
    }
