"""Re-imported pages whose bytes are already stored: found before parsing, so they are not parsed.

Importing the same bytes again is a no-op (:mod:`articles.importing.pipeline`): the page's rows
stay as they are and its report says ``unchanged``. Parsing such a page was about two thirds of
a second import's CPU (``bench/import_bench.py --again``), spent only to rebuild the report's
warnings. Those are kept with the page instead (``Page.import_warnings``, written with its raw
text, its flags and its parser version), so a page whose stored checksum and parser version are
the bytes' and the parser's, and whose stored type sizes (``Page.line_sizes``, of a text read
from a PDF: the sizes change how its decks read) are the ones given with the bytes, is reported
from its row: the same warnings, flags and encoding, the same counts and clauses about other
pages (which are read from the database in any case).

The look-up (:func:`unchanged_pages`, one statement a batch) runs before the batch is parsed,
outside the batch's transaction, so it is only a guess: the report is made from the page's row
once the pipeline has found and locked it as for any page (:func:`unparsed_settle`), and a page
whose row no longer holds its bytes (another import changed it meanwhile) is parsed there after
all. A page is never skipped when the run asks for more than a no-op (``force``: a reparse;
``overwrite_edited``: the same text over hand edits), when its row predates ``import_warnings``,
when its bytes would not pass the checks that come before parsing (they are left to fail as they
do), when its stored stories or jumps are over the page limits in force now (:func:`within_limits`:
it is parsed, and refused as a new page is), or when the batch written just before may still change it (the same page twice in a run is
written in two batches, in order). A stored page passed the page's other checks (stamp, size)
with the same bytes, date, label and parser when it was written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.conf import settings
from django.db.models import Count, Q

from articles import parsing, queries
from articles.dates import IssueDateError, check_issue_date
from articles.importing.papers import chosen_paper, masthead_rechecked, other_paper_warning
from articles.importing.preparing import (
    PageInput,
    Prepared,
    line_sizes_json,
    page_limits,
    page_prepare,
)
from articles.importing.sources import SourceError, check_paper
from articles.importing.textkept import kept_text_pages
from articles.labels import LabelError, normalize_label
from articles.models import Page, Publication
from articles.queries import DateList, StrList


def page_key(item: PageInput) -> tuple | None:
    """The page ``item`` is imported as: (paper name, slug, issue date, normalised label); None
    when its label cannot be normalised (the parse path reports that)."""
    try:
        label = normalize_label(item.label)
    except LabelError:
        return None
    return (item.paper_name.strip(), item.paper_slug, item.issue_date, label)


def unchanged_pages(
    batch: list[PageInput], *, pending: Iterable[PageInput] = ()
) -> dict[int, Prepared]:
    """The pages of ``batch`` whose bytes seem stored already (with the same type sizes,
    ``line_sizes``), read by this parser, each by its position in ``batch``, as a
    :class:`Prepared` without a parse (``parsed`` None, ``text`` empty; :func:`unparsed_settle`
    makes its report). ``pending``: the pages of a batch not written yet (none of them is looked
    up). One statement (the pages with their papers' names and slugs; a paper is chosen among
    those as :func:`~articles.importing.papers.papers_get_or_create` chooses) after one that
    says whether there is any (built once: a first import's batches stop there), none when no
    page can be skipped."""
    busy = {page_key(item) for item in pending}
    keyed: dict[int, tuple] = {}
    for at, item in enumerate(batch):
        key = _candidate_key(item)
        if key is not None and key not in busy:
            keyed[at] = key
    if not keyed:
        return {}
    keys = keyed.values()
    names = {key[0] for key in keys}
    slugs = names | {key[1] for key in keys if key[1]}
    days, labels = {key[2] for key in keys}, {key[3] for key in keys}
    if not _ANY_STORED.rows(names, slugs, days, labels)[1]:
        return {}  # (a first import's batch: none of its pages is stored, none digested)
    candidates = {
        at: (key, (_checksum(batch[at].data), line_sizes_json(batch[at].line_sizes)))
        for at, key in keyed.items()
    }
    rows: dict[tuple, tuple | None] = {}
    papers: dict[int, Publication] = {}
    for paper_id, name, slug, day, label, checksum, sizes, stories, jumps in (
        _stored(names, slugs, days, labels)
        .order_by()
        .annotate(stories=Count("parts", distinct=True), jumps=Count("parts__jumps", distinct=True))
        .values_list(
            "issue__publication_id",
            "issue__publication__name",
            "issue__publication__slug",
            "issue__date",
            "label",
            "checksum",
            "line_sizes",
            "stories",
            "jumps",
        )
    ):
        papers[paper_id] = Publication(pk=paper_id, name=name, slug=slug)
        # Over the limits in force now (lowered since it was written): parsed, and refused by
        # the check a new page gets (size_check), with its words.
        rows[paper_id, day, label] = (checksum, sizes) if within_limits(stories, jumps) else None
    found: dict[int, Prepared] = {}
    for at, (key, stored) in candidates.items():
        paper = chosen_paper(papers.values(), key[0], key[1])
        if paper is None or rows.get((paper.pk, key[2], key[3])) != stored:
            continue
        checksum = stored[0]
        found[at] = Prepared(item=batch[at], parsed=None, text="", checksum=checksum, label=key[3])
    return found


def _stored(names, slugs, days, labels):
    """The pages stored, read by this parser, as a batch's papers (printed names, or ``slugs``:
    the names too), dates and labels may find them (:func:`unchanged_pages`)."""
    return Page.objects.filter(
        Q(issue__publication__name__in=names) | Q(issue__publication__slug__in=slugs),
        issue__date__in=days,
        label__in=labels,
        parser_version=parsing.PARSER_VERSION,
        import_warnings__isnull=False,
    )


#: Whether :func:`_stored` finds any page (one id): when not, as for most batches of a first
#: import, the look-up with its counts (their joins and grouping, built anew by the ORM each
#: batch: ≈ 2 ms of CPU) is not made. Built once per connection.
_ANY_STORED = queries.Prepared(
    Page,
    (StrList, StrList, DateList, StrList),
    lambda names, slugs, days, labels: (
        _stored(names, slugs, days, labels).order_by().values_list("pk")[:1]
    ),
)


def within_limits(stories: int, jumps: int) -> bool:
    """Whether a stored page's stories (its parts) and jumps are within the page limits in force
    (``NEWSROOM_MAX_PAGE_STORIES``, ``NEWSROOM_MAX_PAGE_JUMPS``, read now: an operator may have
    lowered them since the page was written). A page over them is not skipped: it is parsed, and
    :func:`~articles.importing.preparing.size_check` refuses it as it refuses a new page (the
    limit, the page's count, how to fix the file). Its rows count what its parse gave, except a
    story deleted by hand since, or a marker no row keeps (a merged pair, a second marker of one
    direction in one story): those count less here than in the parse."""
    max_stories, max_jumps = page_limits()
    return stories <= max_stories and jumps <= max_jumps


def batch_submit(preparer, batch: list[PageInput], *, after, written: list[PageInput], skip: bool):
    """Start preparing ``batch``: its pages whose bytes are stored already (``skip``; none that
    ``written``, the batch not written yet, may change) as they are, the others parsed by
    ``preparer`` (``after``: as :meth:`~articles.importing.workers.Preparer.submit` takes it)."""
    known = unchanged_pages(batch, pending=written) if skip else {}
    known.update(kept_text_pages(batch, pending=written))  # a PDF alone keeps a file's text
    to_parse = [item for at, item in enumerate(batch) if at not in known]
    handle = preparer.submit(to_parse, after=after) if to_parse else ([], None)
    return handle, known, to_parse


def batch_collect(preparer, batch: list[PageInput], submitted):
    """``batch``'s pages prepared, in order, and what workers analysed for the index
    (:meth:`~articles.importing.workers.Preparer.collect`), of a batch :func:`batch_submit` started."""
    handle, known, to_parse = submitted
    done, prefetched = preparer.collect(to_parse, handle) if to_parse else ([], None)
    parsed = iter(done)
    return [known[at] if at in known else next(parsed) for at in range(len(batch))], prefetched


def unparsed_settle(p: Prepared) -> None:
    """The report of a page :func:`unchanged_pages` did not parse, once its row is found and
    locked (``p.page``): from the row (its warnings, flags and encoding) when it holds the same
    bytes, with the same type sizes, read by this parser; else (another import changed it since
    the look-up) the page is parsed now and its report made again, as for any page parsed. Raises
    :class:`~articles.importing.reports.PageImportError` as
    :func:`~articles.importing.preparing.page_prepare` does."""
    page = p.page
    if (
        same_as_stored(page, p, parsing.PARSER_VERSION)
        and page.import_warnings is not None
        and (page.raw_encoding == "unicode") == isinstance(p.item.data, str)
    ):
        # (a masthead warning is about the paper's name now: the editor may have renamed it)
        p.report.warnings = masthead_rechecked(list(page.import_warnings), p.issue.publication)
        p.report.encoding = page.raw_encoding
        return
    fresh = page_prepare(p.item)
    p.parsed, p.text, p.checksum, p.label = fresh.parsed, fresh.text, fresh.checksum, fresh.label
    old = p.report
    report = p.new_report(old.dry_run)
    report.paper, report.paper_slug, report.paper_created = (
        old.paper,
        old.paper_slug,
        old.paper_created,
    )
    other_paper = other_paper_warning(p.parsed, p.issue.publication)
    if other_paper:
        p.report.warnings.append(other_paper)


def same_as_stored(page: Page, p: Prepared, parser_version: int) -> bool:
    """Whether ``page``'s row holds what ``p`` imports, read by ``parser_version``: its bytes'
    checksum, and the type sizes given with them (``Page.line_sizes``, of a text read from a
    PDF: the same text in other sizes may read otherwise, so it is not the same page)."""
    return (
        page.checksum == p.checksum
        and page.parser_version == parser_version
        and page.line_sizes == line_sizes_json(p.item.line_sizes)
    )


def _candidate_key(item: PageInput) -> tuple | None:
    """The page ``item`` is imported as, when nothing before parsing refuses it and its
    encoding is the one detected (a given encoding may read the same bytes otherwise)."""
    if item.encoding and not isinstance(item.data, str):
        return None
    data = item.data
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    max_bytes = getattr(settings, "NEWSROOM_MAX_PAGE_BYTES", parsing.DEFAULT_MAX_BYTES)
    if not 0 < size <= max_bytes:
        return None
    try:
        check_issue_date(item.issue_date)
        check_paper(item.paper_name.strip(), item.paper_slug)
    except (IssueDateError, SourceError):
        return None
    return page_key(item)


def _checksum(data: bytes | str) -> str:
    """The page's checksum as :func:`~articles.importing.preparing.page_prepare` computes it."""
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    return hashlib.sha256(raw).hexdigest()
