"""The batch pipeline: parsed pages to the database, a batch of pages per transaction.

:func:`pages_import` is the one way content gets in (the command, and through :func:`page_import`
the admin upload and :func:`page_reparse`): get-or-create the issues and pages, replace what the
importer made on those pages before, keep the raw text and checksum, store photos, teasers and
jumps, resolve the issues' jumps and index the stories, all of a batch in one transaction.
Importing the same bytes again is a no-op (same rows, same ids; :func:`pages_import` does not
even parse them: :mod:`articles.importing.unchanged`; a PDF's text in other type sizes is not
the same). An article an editor has changed by hand is never overwritten silently: it is
reported as a conflict and left alone unless ``overwrite_edited`` is set. A dry run does all the
work and rolls it back.

Where the time goes, and why it is arranged so: pages of a batch are inserted with one bulk
statement per table; continuations found in the same batch are stitched in a few bulk
statements, and the stories they leave empty are removed in one delete; the search index gets one
pass per batch. Parsing and segmenting the text (most of the work) can run in worker processes a
batch ahead (``workers``, :mod:`articles.importing.workers`), so the process writing to the
database rarely waits (``bench/import_bench.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date

from django.db import DatabaseError, transaction
from django.utils import timezone

from articles.bulk import rows_get_or_create, update_rows
from articles.changes import collecting, content_changed
from articles.continuations import jumps_resolve
from articles.correctionnotices import notices_find
from articles.importing.foundrows import issues_of, pages_locked, pages_of
from articles.importing.issuenumbers import issue_numbers_settle
from articles.importing.linkedlines import links_remember
from articles.importing.memory import heap_frozen
from articles.importing.pagecounts import counts_fill, pages_empty
from articles.importing.papers import other_paper_warning, papers_get_or_create, papers_reported
from articles.importing.preparing import (
    PageInput,
    Prepared,
    line_sizes_json,
    prepared_or_error,
)
from articles.importing.recoded import recoded_settle
from articles.importing.relabelled import relabelled_refuse
from articles.importing.reparse import reparse_compared
from articles.importing.reports import (
    REWRITTEN,
    PageImportError,
    PageImportReport,
)
from articles.importing.resends import resends_record
from articles.importing.sentback import sent_back_said, signed_off_ids
from articles.importing.settling import copy_edits_said, reports_settle
from articles.importing.spool import SpooledBatches, prepared_batches
from articles.importing.textkept import text_keep
from articles.importing.unchanged import same_as_stored, unparsed_settle
from articles.importing.undone import undone_stories_return
from articles.importing.unrelated import unrelated_refuse
from articles.importing.workers import Preparer
from articles.importing.writer import content_create, page_content_update
from articles.joinflags import flags_done
from articles.labels import label_sequence
from articles.models import (
    Article,
    Issue,
    Page,
    Publication,
    Status,
)
from articles.parsing import ParsedPage
from articles.proofingreads import names_kept

# Pages written per transaction by :func:`pages_import`: one bulk insert per table, one jump
# resolution per issue and one indexing pass for all of them. A batch is still all or nothing.
BATCH_PAGES = 64


class _DryRunRollback(Exception):
    pass


def publication_get_or_create(*, name: str, slug: str = "") -> Publication:
    """Find a paper by slug or printed name, or create it. A Chinese name gets a stable slug.

    Raises :class:`PageImportError` for a name or slug that does not fit the paper's columns
    (:func:`articles.importing.sources.check_paper`), before any query. (Many at once:
    :func:`articles.importing.papers.papers_get_or_create`.)"""
    return papers_get_or_create([(name, slug)])[name, slug]


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
    return page_import_parsed(
        PageInput(
            paper_name=paper_name,
            paper_slug=paper_slug,
            issue_date=issue_date,
            label=label,
            data=data,
            source_name=source_name,
        ),
        dry_run=dry_run,
        overwrite_edited=overwrite_edited,
        force=force,
    )[0]


def page_import_parsed(
    item: PageInput | Prepared | PageImportError,
    *,
    dry_run: bool = False,
    overwrite_edited: bool = False,
    force: bool = False,
) -> tuple[PageImportReport, ParsedPage]:
    """:func:`page_import`, and the page as parsed (a preview need not parse it again). ``item``
    may be parsed already (:func:`~articles.importing.preparing.prepared_or_error`, outside any
    transaction: the desk parses every page before it writes, so that SQLite's one write lock is
    not held while it parses)."""
    prepared = prepared_or_error(item) if isinstance(item, PageInput) else item
    [result] = _import_batch(
        [prepared], None, dry_run=dry_run, overwrite_edited=overwrite_edited, force=force
    )
    if isinstance(result, PageImportError):
        raise result
    return result, prepared.parsed


def page_reparse(
    *, page: Page, dry_run: bool = False, overwrite_edited: bool = False
) -> PageImportReport:
    """Run the current parser over the raw text stored for ``page``, with the import's conflict
    rule (:func:`~articles.importing.reparse.reparse_compared`: the page keeps its file's
    encoding and checksum; ``unchanged`` when its rows stay as they were, else ``updated``).
    Raises :class:`PageImportError` as an import does."""
    return reparse_compared(
        page,
        dry_run=dry_run,
        write=lambda prepared: _import_batch(
            [prepared],
            None,
            dry_run=dry_run,
            overwrite_edited=overwrite_edited,
            force=True,
            rollback=False,
        )[0],
    )


def pages_import(
    items: Iterable[PageInput],
    *,
    dry_run: bool = False,
    overwrite_edited: bool = False,
    force: bool = False,
    batch_pages: int = BATCH_PAGES,
    workers: int = 0,
    check: Callable[[Prepared], Prepared | PageImportError] | None = None,
) -> Iterator[PageImportReport | PageImportError]:
    """Import many pages; yield each one's report (or its error) in the order given.

    Pages are written in batches of up to ``batch_pages``, one transaction each, with one bulk
    insert per table, one jump resolution per issue and one indexing pass per batch. A page that
    cannot be parsed is reported and left out of its batch. If writing a batch fails, nothing of
    it stays and its pages are written again one at a time, so the error names its file. The
    same page twice in a run is written in two batches, in the order given.

    What a page's report says about other pages (its open jumps, its new drafts and waiting
    continuations, its stories printed whole elsewhere) is worked out after its batch; it is true
    for the whole run once the caller has the run's reports worked out again
    (:func:`~articles.importing.settling.reports_settle`), as ``import_pages``, the desk's upload
    and background runs do before they show any line (so A1's 下转A2版 is never 待接 when A2
    came in a later batch). A real run streams: it holds no report once yielded (10,000 pages
    in ≤ 300 MB). A dry run writes all its batches in one transaction, rolled back at the end,
    and yields the reports, settled, after that: it says what the real run would say. It holds
    every page's report (a few KB each) until the end, not the pages: they are all parsed before
    that transaction opens and wait in a temporary file (:mod:`~articles.importing.spool`), so on
    SQLite it holds the write lock only while it writes, not while it parses.

    ``workers`` > 0: that many processes parse the next batch, and segment its text for the
    search index, while this one writes the current batch (the database is written from here
    only). A worker that dies (SIGKILL, out of memory) fails the pages it had not finished, each
    with a :class:`PageImportError` saying to import it again; nothing of them is written, and
    later batches get new workers.

    Runs inside :func:`~articles.importing.memory.heap_frozen`:
    what the process held before (Django, the apps, jieba's tables) is left out of the garbage
    collector's full collections, which otherwise walk all of it a few times a run (about 0.1 s
    of CPU each, ``bench/import_bench.py``), and forked workers never touch it (no
    copy-on-write). The stories' checks at each batch's commit read the archive's names once a
    run (:func:`~articles.proofingreads.names_kept`).

    ``check``: called on each page parsed (in this process, before its batch's transaction
    opens) with its :class:`Prepared`; the page is written as it returns it, or fails with the
    :class:`PageImportError` it returns instead (nothing of it written: ``import_pages`` checks
    a page's PDF against its parsed stories so, :mod:`articles.importing.pdfbefore`)."""
    with heap_frozen(), Preparer(workers) as preparer, names_kept():
        batched = _checked(prepared_batches, check)
        if not dry_run:
            yield from _batches_import(
                items,
                batched,
                preparer,
                batch_pages,
                overwrite_edited=overwrite_edited,
                force=force,
            )
            return
        # A dry run writes every batch in one transaction, rolled back at the end, so each page
        # says what the real run would (a jump answered by a later batch is not 待接); its pages
        # are all parsed first, outside it (articles.importing.spool: SQLite's write lock).
        results = []
        skip = not force and not overwrite_edited
        with SpooledBatches() as spooled:
            for batch in batched(items, preparer, batch_pages, skip=skip, ahead=True):
                spooled.add(batch)
            try:
                with transaction.atomic():
                    for prepared, prefetched in spooled:
                        results += _import_batch(
                            prepared,
                            prefetched,
                            dry_run=True,
                            overwrite_edited=overwrite_edited,
                            force=force,
                            rollback=False,
                        )
                    reports_settle(r for r in results if isinstance(r, PageImportReport))
                    raise _DryRunRollback
            except _DryRunRollback:
                pass
        yield from results


def _checked(batched, check):
    """``batched`` (:func:`prepared_batches`) with each parsed page given to ``check``
    (:func:`pages_import`'s), its result in the page's place; ``batched`` itself without one."""
    if check is None:
        return batched

    def checked(*args, **kwargs):
        for prepared, prefetched in batched(*args, **kwargs):
            yield [check(p) if isinstance(p, Prepared) else p for p in prepared], prefetched

    return checked


def _batches_import(
    items, batched, preparer, batch_pages: int, *, overwrite_edited: bool, force: bool
) -> Iterator[PageImportReport | PageImportError]:
    """:func:`pages_import`'s batches of a real run, each parsed before, and written in, its own
    transaction; each page's result in order."""
    # Pages whose bytes are stored already are not parsed (articles.importing.unchanged),
    # unless the run writes them again in any case.
    skip = not force and not overwrite_edited
    for prepared, prefetched in batched(items, preparer, batch_pages, skip=skip):
        yield from _import_batch(
            prepared, prefetched, dry_run=False, overwrite_edited=overwrite_edited, force=force
        )


def _import_batch(
    pages: list[Prepared | PageImportError],
    prefetched,
    *,
    dry_run: bool,
    overwrite_edited: bool,
    force: bool,
    rollback: bool | None = None,
) -> list[PageImportReport | PageImportError]:
    """Write a batch; each page's report or error, in order. ``rollback`` (default: ``dry_run``):
    roll the batch back once written (a dry run inside a run's own transaction does not)."""
    rollback = dry_run if rollback is None else rollback
    results: list[PageImportReport | PageImportError] = list(pages)
    prepared = [(i, p) for i, p in enumerate(pages) if isinstance(p, Prepared)]
    if len(prepared) > 1:
        try:
            _write_batch(
                [p for _, p in prepared], dry_run, overwrite_edited, force, prefetched, rollback
            )
        except (PageImportError, DatabaseError):
            pass  # rolled back: write them one by one below, so the error names its file
        else:
            for i, p in prepared:
                results[i] = p.report
            prepared = []
    for i, p in prepared:
        try:
            _write_batch([p], dry_run, overwrite_edited, force, prefetched, rollback)
            results[i] = p.report
        except PageImportError as exc:
            results[i] = exc
    return results


def _write_batch(
    prepared: list[Prepared],
    dry_run: bool,
    overwrite_edited: bool,
    force: bool,
    prefetched=None,
    rollback: bool = True,
) -> None:
    # (the words a worker's dictionary may read the pages' names otherwise than this one's)
    differ = prefetched.warnings_differ() if prefetched is not None else None
    for p in prepared:
        p.new_report(dry_run, differ)
    try:
        with transaction.atomic(), collecting():  # rows' cache tags worked out once a batch
            _write_pages(
                prepared, overwrite_edited=overwrite_edited, force=force, prefetched=prefetched
            )
            if dry_run and rollback:
                raise _DryRunRollback
    except _DryRunRollback:
        pass


_PAGE_FIELDS = [
    "import_warnings",
    "raw_text",
    "text_digest",
    "raw_encoding",
    "line_sizes",
    "checksum",
    "parser_version",
    "source_name",
    "imported_at",
    "section",
    "parser_flags",
]


def _write_pages(
    prepared: list[Prepared], *, overwrite_edited: bool, force: bool, prefetched=None
) -> None:
    """Write a batch of parsed pages (inside the caller's transaction)."""
    _find_pages(prepared)
    links_remember({p.page.pk: p.report for p in prepared})  # (said after: 已接好 or 将接上)
    for p in prepared:  # (a PDF alone keeps a text file's text; the stored bytes again)
        if not text_keep(p) and p.parsed is None:  # reported from the locked row
            unparsed_settle(p)
    now = timezone.now()
    # With ``overwrite_edited`` the same bytes are written again: what a conflict kept goes.
    changed, kept = [], []
    for p in prepared:
        if _page_refresh(p, now=now, force=force, overwrite_edited=overwrite_edited):
            changed.append(p)
        elif p.parsed is not None and p.page.import_warnings != p.report.warnings:
            # Parsed though unchanged (imported before its warnings were kept, or not skipped):
            # its warnings kept now, so that the next import of these bytes is not parsed.
            p.page.import_warnings = list(p.report.warnings)
            kept.append(p.page)
    update_rows(kept, ["import_warnings"])
    resends_record(prepared, at=now)  # (a page sent again unchanged: its 历史 lists it)
    if changed:
        _changed_write(changed, overwrite_edited=overwrite_edited, prefetched=prefetched)
        _new_drafts(changed, since=now)
    _fill_counts(prepared)


def _new_drafts(changed: list[Prepared], *, since) -> None:
    """The stories created on pages of issues already published stay drafts until published
    (readers see the rest of such a page at once): each page's report keeps their ids, and
    :func:`~articles.importing.settling.reports_settle` names them (drafts, or continuations
    waiting for their jump)."""
    reports = {p.page.pk: p.report for p in changed if p.issue.status == Status.PUBLISHED}
    if not reports:
        return
    for page_id, pk in (
        Article.objects.filter(page_id__in=reports, created_at__gte=since)
        .exclude(status=Status.PUBLISHED)
        .order_by("page_id", "position")
        .values_list("page_id", "pk")
    ):
        reports[page_id].new_story_ids.append(pk)


def _page_refresh(p: Prepared, *, now, force: bool, overwrite_edited: bool = False) -> bool:
    """Set the page's row from its new text and say what the import does to it; False when the
    same bytes were imported with the same parser before (:func:`same_as_stored`: no write)."""
    page, parsed = p.page, p.parsed
    p.report.page_id = page.pk
    if parsed is None:  # the stored bytes again, not parsed (unparsed_settle)
        p.report.flags = flags_done(page, list(page.parser_flags))  # (a merge or split done?)
        p.report.action = "unchanged"
        return False
    p.report.flags = p.flags()
    same = page.checksum and same_as_stored(page, p, parsed.parser_version)
    if not force and not overwrite_edited and (same or recoded_settle(p)):
        p.report.action = "unchanged"  # (recoded: only the file's encoding or line ends changed)
        p.report.flags = flags_done(page, p.report.flags)
        return False
    # The same text again only to put it over hand edits: the writer says what that changed.
    p.report.action = REWRITTEN if same and not force else "updated" if page.checksum else "created"
    page.raw_text, page.text_digest = p.text, p.digest()  # (samefile matches by it)
    page.raw_encoding = parsed.encoding
    page.line_sizes = line_sizes_json(p.item.line_sizes)
    page.checksum = p.checksum
    page.parser_version = parsed.parser_version
    page.source_name = p.item.source_name[:255]
    page.imported_before, page.imported_at = page.imported_at, now  # (the baseline's date)
    page.parser_flags = p.report.flags
    page.import_warnings = list(p.report.warnings)  # the parse's, and the paper's name printed
    if parsed.metadata.section and not page.section:
        page.section = parsed.metadata.section[:100]
    return True


def _changed_write(changed: list[Prepared], *, overwrite_edited: bool, prefetched) -> None:
    """The pages with new text: their rows, what they print, their jumps, the search index."""
    issue_numbers_settle(changed)  # (a number printed against the issue's: a warning)
    update_rows([p.page for p in changed], _PAGE_FIELDS)

    empty = pages_empty(p.page.pk for p in changed)  # (never imported, nothing added by hand)
    created = content_create([p for p in changed if p.page.pk in empty])
    for p in changed:
        if p.page.pk not in empty:
            signed_off = signed_off_ids(p.page)  # (those the new text changes go back to 待审)
            page_content_update(
                p.page, p.issue, p.parsed, overwrite_edited=overwrite_edited, report=p.report
            )
            sent_back_said(p.page, signed_off, p.report)
            unrelated_refuse(p.report, allowed=p.item.replace_unrelated)
            p.report.flags = flags_done(p.page, p.report.flags)  # (a merge or split asked: done?)
    served = {p.page.pk: (p.issue.pk, p.ahead.served) for p in changed if p.ahead}  # (worker's)
    edits = jumps_resolve(
        {p.issue.pk: p.issue for p in changed}.values(), fresh=created, served=served
    )
    undone_stories_return([p for p in changed if p.page.pk in empty])  # (after an undo)
    copy_edits_said(edits, changed)  # (the stories links leave empty went in one delete)
    notices_find(pages=[p.page for p in changed])  # 更正 notices printed here, or naming here
    content_changed(pages=[p.page for p in changed], prefetched=prefetched)


def _find_pages(prepared: list[Prepared]) -> None:
    """Get or create the papers, issues and pages of a batch, and lock the pages.

    Missing rows are inserted ignoring conflicts and then read back, so a concurrent import of
    the same page is harmless. The pages are locked (PostgreSQL row locks, in id order; SQLite
    locks the whole database), which serialises imports of the same page. NO KEY UPDATE: editors
    saving rows that point at a page (a foreign-key share lock) are not blocked by it, so the two
    can never deadlock."""
    papers = papers_reported(prepared)  # each page's report names its paper
    for p in prepared:
        paper = papers[p.item.paper_name, p.item.paper_slug]
        other_paper = p.parsed and other_paper_warning(p.parsed, paper)
        if other_paper:
            p.report.warnings.append(other_paper)
    wanted = {
        (papers[p.item.paper_name, p.item.paper_slug].pk, p.item.issue_date) for p in prepared
    }
    issues = rows_get_or_create(
        Issue,
        wanted,
        lambda pub, day: {"publication_id": pub, "date": day},
        issues_of,
        lambda issue: (issue.publication_id, issue.date),
    )
    for p in prepared:
        p.issue = issues[papers[p.item.paper_name, p.item.paper_slug].pk, p.item.issue_date]
        p.issue.publication = papers[p.item.paper_name, p.item.paper_slug]
    relabelled_refuse(prepared, pages_of)  # (a label relabelled away: refused, not created)
    pages = rows_get_or_create(  # (the rows themselves are read once, locked)
        Page,
        {(p.issue.pk, p.label) for p in prepared},
        lambda issue_id, label: {
            "issue_id": issue_id,
            "label": label,
            "sequence": label_sequence(label),
        },
        pages_of,
        lambda row: row[:2],
    )
    locked = {page.pk: page for page in pages_locked(row[2] for row in pages.values())}
    for p in prepared:
        p.page = locked[pages[p.issue.pk, p.label][2]]
        p.page.issue = p.issue


def _fill_counts(prepared: list[Prepared]) -> None:
    """Each report's counts (what its page prints now), and the clauses that depend on other
    pages as the batch left them (:func:`~articles.importing.settling.reports_settle`)."""
    reports = {p.page.pk: p.report for p in prepared}
    counts_fill(reports)
    reports_settle(p.report for p in prepared)
