"""The desk's home: tonight's edition at a glance (the admin index, ``articles.admin_site``).

For the most recent issues of every paper: the pages imported and the ones missing (gaps in the
labels: A1, A2, A4 → A3, and pages a 下转 marker points to that were never imported), stories and drafts, broken continuation chains, parser warnings to
check (the lines each import stored in ``Page.parser_flags``); and the last pages imported.
Read-only; a fixed number of queries however many issues there are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db.models import Count, Q

from articles.continuations.matching import page_find
from articles.continuations.problems import jumps_mark_held
from articles.importing.reports import flags_for_editors
from articles.models import ArticlePart, Issue, Jump, JumpDirection, JumpState, Page, Status

#: Continuation states that leave a reader at a marker with nothing after it.
BROKEN_STATES = (JumpState.PENDING, JumpState.UNMATCHED, JumpState.AMBIGUOUS, JumpState.LOOP)

_LABEL = re.compile(r"([A-Za-z]*)([0-9]+)")


def missing_labels(labels: list[str]) -> list[str]:
    """Pages missing between the ones there: per letter prefix (``A``, ``B``, none), the numbers
    from 1 to the highest present that are absent (``["A1", "A2", "A4", "B2"]`` →
    ``["A3", "B1"]``). Labels that are not a prefix and a number (``要闻``) say nothing."""
    numbers: dict[str, set[int]] = {}
    for label in labels:
        match = _LABEL.fullmatch(label)
        if match:
            numbers.setdefault(match[1].upper(), set()).add(int(match[2]))
    missing = []
    for prefix in sorted(numbers):
        present = numbers[prefix]
        missing += [f"{prefix}{n}" for n in range(1, max(present) + 1) if n not in present]
    return missing


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
    missing: list[str]
    stories: int
    drafts: int
    broken: int
    review: int = 0  # 待审: submitted, waiting for a chief editor
    signed: int = 0  # 已签发, not yet published
    warnings: list[tuple[Page, int]] = field(default_factory=list)  # (page, how many)


@dataclass
class Overview:
    issues: list[IssueGlance]
    last_imports: list[Page]
    broken_jumps: list[Jump]

    @property
    def broken_total(self) -> int:
        return sum(glance.broken for glance in self.issues)


def desk_overview(*, issues: int = 6, imports: int = 8, jumps: int = 10) -> Overview:
    """The latest ``issues`` issues (newest date first, any paper), the last ``imports`` pages
    imported and up to ``jumps`` broken jumps of those issues."""
    recent = list(
        Issue.objects.select_related("publication")
        .annotate(
            n_stories=Count("articles", distinct=True),
            n_drafts=Count("articles", filter=Q(articles__status=Status.DRAFT), distinct=True),
            n_review=Count("articles", filter=Q(articles__status=Status.REVIEW), distinct=True),
            n_signed=Count("articles", filter=Q(articles__status=Status.SIGNED_OFF), distinct=True),
        )
        .order_by("-date", "publication__name")[:issues]
    )
    pages_of: dict[int, list[Page]] = {}
    for page in Page.objects.filter(issue__in=recent).defer("raw_text").order_by("sequence"):
        pages_of.setdefault(page.issue_id, []).append(page)
    broken = Jump.objects.filter(part__page__issue__in=recent, state__in=BROKEN_STATES)
    broken_by_issue = dict(
        broken.values("part__page__issue")
        .annotate(n=Count("pk"))
        .values_list("part__page__issue", "n")
    )
    jumped_to: dict[int, set[str]] = {}  # pages 下转 markers point to, per issue
    for issue_id, label in Jump.objects.filter(
        part__page__issue__in=recent, state=JumpState.PENDING, direction=JumpDirection.FORWARD
    ).values_list("part__page__issue", "target_label"):
        jumped_to.setdefault(issue_id, set()).add(label)
    glances = []
    for issue in recent:
        pages = pages_of.get(issue.pk, [])
        by_label = {p.label: p for p in pages}
        missing = missing_labels(list(by_label))
        missing += sorted(
            label
            for label in jumped_to.get(issue.pk, ())
            if page_find(by_label, label) is None and label not in missing
        )
        glance = IssueGlance(
            issue=issue,
            pages=pages,
            missing=missing,
            stories=issue.n_stories,
            drafts=issue.n_drafts,
            review=issue.n_review,
            signed=issue.n_signed,
            broken=broken_by_issue.get(issue.pk, 0),
        )
        for page in pages:
            count = len(page_warnings(page))
            if count:
                glance.warnings.append((page, count))
        glances.append(glance)
    last = list(
        Page.objects.filter(imported_at__isnull=False)
        .select_related("issue__publication")
        .defer("raw_text")
        .order_by("-imported_at", "-pk")[:imports]
    )
    shown = list(
        broken.select_related("part__page__issue__publication", "part__article").order_by(
            "-part__page__issue__date", "part__page__sequence", "part__position"
        )[:jumps]
    )
    numbers = ArticlePart.objects.story_numbers({jump.part.page_id for jump in shown})
    for jump in shown:  # as editors count: photos and teasers take no story number
        jump.story_number = numbers.get(jump.part_id, jump.part.position)
    jumps_mark_held(shown)  # a link held for sign-off reads as held, not 待目标版面
    return Overview(issues=glances, last_imports=last, broken_jumps=shown)
