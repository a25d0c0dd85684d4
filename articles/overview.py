"""The desk's home: tonight's edition at a glance (the admin index, ``articles.admin_site``).

For the most recent issues of every paper (each paper's newest and last imported, and any
whose 定时发布 failed, shown first): the pages imported and the ones missing (gaps in the
labels: A1, A2, A4 → A3, a long gap as a range, A1, A9999 → A2–A9998（共 9997 版）; and pages a
下转 marker or a 导读 points to that were never imported), stories and drafts, broken continuation chains, parser warnings to
check (the lines each import stored in ``Page.parser_flags``), proofreading findings (校对:
``articles.proofing.proofreading_counts``, listed on the issue's form); and the last pages
imported.
Read-only; a fixed number of queries however many issues there are.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest

from articles.activity import importers_name
from articles.continuations.matching import page_find
from articles.continuations.problems import jumps_mark_held
from articles.importing.onway import runs_going
from articles.importing.reports import flags_for_editors
from articles.models import (
    Article,
    ArticlePart,
    CorrectionNotice,
    Issue,
    Jump,
    JumpDirection,
    JumpState,
    NoticeState,
    Page,
    Photo,
    Publication,
    Status,
    Teaser,
)
from articles.pendingtext import candidates, pending_texts
from articles.proofing import IssueCounts, proofreading_counts
from articles.proofmarks import reading_counts, reading_text
from articles.schedulefailures import ScheduleFailure, schedule_failures
from articles.scheduleoverdue import schedule_html

#: Continuation states that leave a reader at a marker with nothing after it.
BROKEN_STATES = (JumpState.PENDING, JumpState.UNMATCHED, JumpState.AMBIGUOUS, JumpState.LOOP)

_LABEL = re.compile(r"([A-Za-z]*)([0-9]+)")


#: A run of missing pages longer than this is said as a range (``A2–A9998（共 9997 版）``).
MISSING_RUN_LISTED = 3
#: At most this many entries (labels or ranges) of missing pages an issue's row lists.
MISSING_SHOWN = 12


def missing_runs(labels: list[str]) -> list[tuple[str, int, int]]:
    """Pages missing between the ones there, as runs: per letter prefix (``A``, ``B``, none),
    ``(prefix, first, last)`` for each stretch of numbers from 1 to the highest present that
    are absent (``["A1", "A4", "B2"]`` → ``[("A", 2, 3), ("B", 1, 1)]``). Labels that are not
    a prefix and a number (``要闻``) say nothing. As long as the labels, not the numbers: one
    page mistyped A9999 beside A1 is one run."""
    numbers: dict[str, set[int]] = {}
    for label in labels:
        match = _LABEL.fullmatch(label)
        if match:
            numbers.setdefault(match[1].upper(), set()).add(int(match[2]))
    runs = []
    for prefix in sorted(numbers):
        previous = 0
        for number in sorted(numbers[prefix]):
            if number > previous + 1:
                runs.append((prefix, previous + 1, number - 1))
            previous = number
    return runs


def missing_labels(labels: list[str]) -> list[str]:
    """Every page missing between the ones there (:func:`missing_runs`, one by one):
    ``["A1", "A2", "A4", "B2"]`` → ``["A3", "B1"]``."""
    return [f"{p}{n}" for p, first, last in missing_runs(labels) for n in range(first, last + 1)]


def missing_shown(labels: list[str], jumped_to: list[str]) -> tuple[list[str], int]:
    """What an issue's row says is missing, for pages ``labels`` and the pages its open 下转
    markers point to that are not there (``jumped_to``): short runs label by label, a run
    longer than :data:`MISSING_RUN_LISTED` as a range with its count (``A2–A9998（共 9997
    版）``: a page imported under a mistyped label beside A1 is one entry, not thousands), at
    most :data:`MISSING_SHOWN` entries. Returns the entries and how many pages the entries
    left out name (0 when all are shown)."""
    entries: list[tuple[str, int]] = []  # (text, pages it names)
    gaps = set()
    for prefix, first, last in missing_runs(labels):
        count = last - first + 1
        if count > MISSING_RUN_LISTED:
            entries.append((f"{prefix}{first}–{prefix}{last}（共 {count} 版）", count))
        else:
            entries += [(f"{prefix}{n}", 1) for n in range(first, last + 1)]
        gaps.add((prefix, first, last))

    def in_gap(label: str) -> bool:
        match = _LABEL.fullmatch(label)
        return bool(match) and any(
            p == match[1].upper() and first <= int(match[2]) <= last for p, first, last in gaps
        )

    entries += [(label, 1) for label in sorted(set(jumped_to)) if not in_gap(label)]
    left = sum(count for _, count in entries[MISSING_SHOWN:])
    return [text for text, _ in entries[:MISSING_SHOWN]], left


def page_warnings(page: Page) -> list[dict]:
    """What the import asked an editor to check first on ``page`` (请先核对): the parser's
    doubts and set-aside lines that look like text, stored with the page at import
    (``Page.parser_flags``: dicts with ``line``, ``kind``, ``message``, ``text``)."""
    return flags_for_editors(page.parser_flags or [])


@dataclass
class IssueGlance:
    """One issue on the desk's home."""

    issue: Issue
    pages: list[Page]
    missing: list[str]  # labels and ranges, at most MISSING_SHOWN (missing_shown)
    stories: int
    drafts: int
    broken: int
    # Links made by the order of print alone (按版面顺序接上: ``Jump.by_print_order``), to check.
    by_print_order: int = 0
    # Links to another page than the 下转 prints (版次可能印错: ``Jump.page_misprinted``), to check.
    misprinted: int = 0
    review: int = 0  # 待审: submitted, waiting for a chief editor
    signed: int = 0  # 已签发, not yet published
    warnings: list[tuple[Page, int]] = field(default_factory=list)  # (page, how many)
    missing_more: int = 0  # missing pages the entries shown leave out
    importing: list = field(default_factory=list)  # runs still importing it (RunGoing)
    proofreading: IssueCounts | None = None  # stored findings (None: none found)
    #: 校对进度: (stories, proofread, changed since) (:func:`articles.proofmarks.reading_counts`)
    reading: tuple[int, int, int] = (0, 0, 0)

    @property
    def reading_text(self) -> str:
        return reading_text(*self.reading) if self.reading[0] else ""

    @property
    def unread(self) -> int:
        return self.reading[0] - self.reading[1]

    page_text_pending: int = 0  # stories whose re-sent page text was not taken over
    photo_text_pending: int = 0  # photos likewise (``Photo.page_text_pending``)

    @property
    def schedule(self) -> str:
        """The issue's 定时发布 as the desk says it (逾期未发布 once past: :mod:`articles.scheduleoverdue`)."""
        at = self.issue.publish_at
        return schedule_html(at) if at is not None else ""


@dataclass
class Overview:
    issues: list[IssueGlance]
    last_imports: list[Page]
    broken_jumps: list[Jump]
    # Printed 更正 notices whose story is not linked and that no editor dismissed, newest first
    # (at most ``jumps``), and how many there are in all.
    open_notices: list[CorrectionNotice] = field(default_factory=list)
    open_notices_total: int = 0
    # 定时发布 that failed and nobody acted on since (articles.schedulefailures), newest first.
    failures: list[ScheduleFailure] = field(default_factory=list)

    @property
    def broken_total(self) -> int:
        return sum(glance.broken for glance in self.issues)

    @property
    def print_order_total(self) -> int:
        """Links made by the order of print alone in the issues shown, for an editor to check."""
        return sum(glance.by_print_order for glance in self.issues)

    @property
    def print_order_issues(self) -> list[IssueGlance]:
        return [glance for glance in self.issues if glance.by_print_order]

    @property
    def misprint_total(self) -> int:
        """Links to another page than their 下转 prints in the issues shown, to check."""
        return sum(glance.misprinted for glance in self.issues)


def recent_issue_ids(count: int) -> set[int]:
    """The issues the desk's home lists: every paper's newest issue and the one its pages were
    last imported into (tonight's, whatever archive or other papers' issues of later dates
    were imported since), and the ``count`` latest dates of any paper. Two queries."""
    newest = Issue.objects.filter(publication=OuterRef("pk")).order_by("-date").values("pk")[:1]
    worked = (
        Page.objects.filter(issue__publication=OuterRef("pk"), imported_at__isnull=False)
        .order_by("-imported_at")
        .values("issue")[:1]
    )
    ids = {
        pk
        for pair in Publication.objects.annotate(
            newest=Subquery(newest), worked=Subquery(worked)
        ).values_list("newest", "worked")
        for pk in pair
        if pk is not None
    }
    latest = Issue.objects.order_by("-date", "publication__name").values_list("pk", flat=True)
    return ids | set(latest[:count])


def desk_overview(*, issues: int = 6, imports: int = 8, jumps: int = 10) -> Overview:
    """The issues of :func:`recent_issue_ids` (``issues`` latest dates, and each paper's newest
    and last imported) and those whose 定时发布 failed (:func:`schedule_failures`, listed first),
    newest date first; the last ``imports`` pages imported and up to ``jumps`` broken jumps of
    those issues; each issue counts its open jumps and the links made by the order of print
    alone (one query for all), and its stories whose re-sent page text was not taken over
    (:mod:`articles.pendingtext`: their pages are parsed)."""
    failures = schedule_failures()
    failed_issues = {f.row.pk for f in failures if f.kind == "issue"}
    recent = list(
        Issue.objects.select_related("publication")
        .filter(pk__in=recent_issue_ids(issues) | failed_issues)
        .annotate(
            n_stories=Count("articles", distinct=True),
            n_drafts=Count("articles", filter=Q(articles__status=Status.DRAFT), distinct=True),
            n_review=Count("articles", filter=Q(articles__status=Status.REVIEW), distinct=True),
            n_signed=Count("articles", filter=Q(articles__status=Status.SIGNED_OFF), distinct=True),
        )
        .order_by("-date", "publication__name")
    )
    edited = candidates(Article.objects.filter(issue__in=recent))  # 版面文本有改动未采用:
    stories = {(p.article.issue_id, p.article.pk) for p in pending_texts(edited)}  # (parses)
    pending = Counter(issue_id for issue_id, _ in stories)
    photos = Photo.objects.page_text_pending().filter(page__issue__in=recent)  # (one query)
    photos_pending = Counter(photos.values_list("page__issue", flat=True))
    pages_of: dict[int, list[Page]] = {}
    for page in Page.objects.filter(issue__in=recent).defer("raw_text").order_by("sequence"):
        pages_of.setdefault(page.issue_id, []).append(page)
    broken = Jump.objects.filter(part__page__issue__in=recent, state__in=BROKEN_STATES)
    by_print_order = Q(state=JumpState.LINKED, by_print_order=True)  # (按版面顺序接上: check)
    misprinted = Q(state=JumpState.LINKED, page_misprinted=True)  # (版次可能印错: check)
    jump_counts = {  # issue id → (broken, by print order, misprinted): one query for all
        issue_id: counts
        for issue_id, *counts in Jump.objects.filter(part__page__issue__in=recent)
        .filter(Q(state__in=BROKEN_STATES) | by_print_order | misprinted)
        .values("part__page__issue")
        .annotate(
            n=Count("pk", filter=Q(state__in=BROKEN_STATES)),
            order=Count("pk", filter=by_print_order),
            misprinted=Count("pk", filter=misprinted),
        )
        .values_list("part__page__issue", "n", "order", "misprinted")
    }
    found = proofreading_counts(issue.pk for issue in recent)  # 校对: one query
    reading = reading_counts(issue.pk for issue in recent)  # 校对进度: one query
    jumped_to: dict[int, set[str]] = {}  # pages 下转 markers and 导读 point to, per issue
    for issue_id, label in [
        *Jump.objects.filter(
            part__page__issue__in=recent, state=JumpState.PENDING, direction=JumpDirection.FORWARD
        ).values_list("part__page__issue", "target_label"),
        *Teaser.objects.filter(page__issue__in=recent).values_list("page__issue", "target_label"),
    ]:
        jumped_to.setdefault(issue_id, set()).add(label)
    going = runs_going(recent)  # its missing pages may be on their way
    glances = []
    for issue in recent:
        pages = pages_of.get(issue.pk, [])
        by_label = {p.label: p for p in pages}
        never_came = [
            label for label in jumped_to.get(issue.pk, ()) if page_find(by_label, label) is None
        ]
        missing, more = missing_shown(list(by_label), never_came)
        glance = IssueGlance(
            issue=issue,
            pages=pages,
            missing=missing,
            missing_more=more,
            stories=issue.n_stories,
            drafts=issue.n_drafts,
            review=issue.n_review,
            signed=issue.n_signed,
            broken=jump_counts.get(issue.pk, (0, 0, 0))[0],
            by_print_order=jump_counts.get(issue.pk, (0, 0, 0))[1],
            misprinted=jump_counts.get(issue.pk, (0, 0, 0))[2],
            importing=going.get(issue.pk, []),
            proofreading=found.get(issue.pk),
            reading=reading.get(issue.pk, (0, 0, 0)),
            page_text_pending=pending.get(issue.pk, 0),
            photo_text_pending=photos_pending.get(issue.pk, 0),
        )
        for page in pages:
            count = len(page_warnings(page))
            if count:
                glance.warnings.append((page, count))
        glances.append(glance)
    last = list(  # by the text's import or the picture's (a PDF given after the text), latest
        Page.objects.filter(Q(imported_at__isnull=False) | Q(picture__isnull=False))
        .annotate(
            pdf_at=F("picture__updated_at"),
            last_at=Greatest(
                Coalesce("imported_at", "picture__updated_at"),
                Coalesce("picture__updated_at", "imported_at"),
            ),
        )
        .select_related("issue__publication")
        .defer("raw_text")
        .order_by("-last_at", "-pk")[:imports]
    )
    importers_name(last)  # (who: the desk's upload that imported each)
    shown = list(
        broken.select_related("part__page__issue__publication", "part__article").order_by(
            "-part__page__issue__date", "part__page__sequence", "part__position"
        )[:jumps]
    )
    numbers = ArticlePart.objects.story_numbers({jump.part.page_id for jump in shown})
    for jump in shown:  # as editors count: photos and teasers take no story number
        jump.story_number = numbers.get(jump.part_id, jump.part.position)
    jumps_mark_held(shown)  # a link held for sign-off reads as held, not 待目标版面
    notices = CorrectionNotice.objects.filter(corrected__isnull=True).exclude(
        state=NoticeState.DISMISSED
    )
    return Overview(
        failures=failures,
        issues=glances,
        last_imports=last,
        broken_jumps=shown,
        open_notices=list(
            notices.select_related("notice__issue__publication", "notice__page").order_by(
                "-notice__issue__date", "pk"
            )[:jumps]
        ),
        open_notices_total=notices.count(),
    )
