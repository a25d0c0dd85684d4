"""Re-imported pages whose bytes are already stored: found before parsing, so they are not parsed.

Importing the same bytes again is a no-op (:mod:`articles.importing.pipeline`): the page's rows
stay as they are and its report says ``unchanged``. Parsing such a page was about half of a
second import's CPU (``bench/import_bench.py --again``), spent only to rebuild the report's
warnings. Those are kept with the page instead (``Page.import_warnings``, written with its raw
text, its flags and its parser version), so a page whose stored checksum and parser version are
the bytes' and the parser's is reported from its row: the same warnings, flags and encoding, the
same counts and clauses about other pages (which are read from the database in any case).

The look-up runs before the batch is parsed, outside the batch's transaction, so it is only a
guess: the pipeline checks it again on the locked row (:func:`still_unchanged`), and parses the
page there after all when another import changed it meanwhile. A page is never skipped when the
run asks for more than a no-op (``force``: a reparse; ``overwrite_edited``: the same text over
hand edits), when its row predates ``import_warnings``, when its bytes would not pass the checks
that come before parsing (they are left to fail as they do), or when the batch written just
before may still change it (the same page twice in a run is written in two batches, in order).
A stored page passed the page's other checks (stamp, size) with the same bytes, date, label and
parser when it was written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.conf import settings
from django.db.models import Q

from articles import parsing
from articles.dates import IssueDateError, check_issue_date
from articles.importing.papers import chosen_paper, paper_lookup
from articles.importing.preparing import (
    PageInput,
    Prepared,
    StoredPage,
    page_prepare,
    paper_mismatch,
)
from articles.importing.sources import SourceError, check_paper
from articles.labels import LabelError, normalize_label
from articles.models import Page, Publication


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
    """The pages of ``batch`` whose bytes and parser are those already stored, each by its
    position in ``batch``, as a :class:`Prepared` without a parse (``parsed`` None,
    ``stored`` set; ``text`` empty). ``pending``: the pages of a batch not written yet (none of
    them is looked up). Two statements a batch at most (the papers, the pages); none when no
    page can be skipped."""
    busy = {page_key(item) for item in pending}
    candidates: dict[int, tuple[tuple, str]] = {}
    for at, item in enumerate(batch):
        key = _candidate_key(item)
        if key is not None and key not in busy:
            candidates[at] = (key, _checksum(item.data))
    if not candidates:
        return {}
    lookup = Q(pk__in=[])
    for key in {key[:2] for key, _ in candidates.values()}:
        lookup |= paper_lookup(*key)
    papers = list(Publication.objects.filter(lookup))
    chosen = {}
    for at, (key, _) in candidates.items():
        paper = chosen_paper(papers, key[0], key[1])
        if paper is not None:
            chosen[at] = paper.pk
    if not chosen:
        return {}
    rows = {
        (row[0], row[1], row[2]): row[3:]
        for row in Page.objects.filter(
            issue__publication_id__in=set(chosen.values()),
            issue__date__in={candidates[at][0][2] for at in chosen},
            label__in={candidates[at][0][3] for at in chosen},
            parser_version=parsing.PARSER_VERSION,
            import_warnings__isnull=False,
        )
        .order_by()
        .values_list(
            "issue__publication_id",
            "issue__date",
            "label",
            "checksum",
            "raw_encoding",
            "import_warnings",
            "parser_flags",
        )
    }
    found: dict[int, Prepared] = {}
    for at, paper_id in chosen.items():
        key, checksum = candidates[at]
        row = rows.get((paper_id, key[2], key[3]))
        if row is None or not row[0] or row[0] != checksum:
            continue
        _, encoding, warnings, flags = row
        item = batch[at]
        if (encoding == "unicode") != isinstance(item.data, str):
            continue  # the same bytes given as text (or as bytes): the report's encoding differs
        found[at] = Prepared(
            item=item,
            parsed=None,
            text="",
            checksum=checksum,
            label=key[3],
            stored=StoredPage(warnings=list(warnings), flags=list(flags), encoding=encoding),
        )
    return found


def batch_submit(preparer, batch: list[PageInput], *, after, written: list[PageInput], skip: bool):
    """Start preparing ``batch``: its pages whose bytes are stored already (``skip``; none that
    ``written``, the batch not written yet, may change) as they are, the others parsed by
    ``preparer`` (``after``: as :meth:`~articles.importing.workers.Preparer.submit` takes it)."""
    known = unchanged_pages(batch, pending=written) if skip else {}
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


def parse_after_all(p: Prepared) -> None:
    """Parse a page found unchanged before its batch (:func:`batch_submit`) whose row another import
    has changed since: its report is made again, as for any page parsed. Raises
    :class:`PageImportError` as :func:`~articles.importing.preparing.page_prepare` does."""
    fresh = page_prepare(p.item)
    p.parsed, p.text, p.checksum, p.label, p.stored = (
        fresh.parsed,
        fresh.text,
        fresh.checksum,
        fresh.label,
        None,
    )
    paper = p.report.paper
    p.new_report(p.report.dry_run).paper = paper
    other_paper = paper_mismatch(p.parsed, p.issue.publication.name)
    if other_paper:
        p.report.warnings.append(other_paper)


def still_unchanged(p: Prepared) -> bool:
    """Whether the locked row of an unparsed page (:func:`unchanged_pages`) still holds its
    bytes, read by this parser: else the page is parsed after all."""
    page = p.page
    return (
        bool(page.checksum)
        and page.checksum == p.checksum
        and page.parser_version == parsing.PARSER_VERSION
        and page.import_warnings is not None
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
