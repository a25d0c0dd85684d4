"""Continuations, the problem report: every broken chain of some issues, in print order.

``check_jumps`` prints it (and exits non-zero unless it is empty), the desk lists it on an issue
and publishing an issue that has one needs an editor's acknowledgement. Each problem says what is wrong in words an
editor can act on: a page never imported, no continuation that fits, several that fit equally
(with the candidates), a loop, or a continuation nothing leads to.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch

from articles.continuations.matching import page_find
from articles.models import ArticlePart, Jump, JumpDirection, JumpState, Page


@dataclass(frozen=True)
class JumpProblem:
    issue: str
    page: str
    position: int
    title: str
    marker: str
    kind: str  # missing-page | unmatched | ambiguous | loop | orphan
    message: str
    jump_id: int
    candidates: tuple[str, ...] = ()

    @property
    def line(self) -> str:
        return f"{self.issue} {self.page} #{self.position} “{self.title}” {self.marker}: {self.message}"


def _part_ref(part: ArticlePart) -> str:
    return f"{part.page.label} #{part.position} “{part.article.title}”"


def jump_problems(issues) -> list[JumpProblem]:
    """Every broken chain in ``issues``, in print order. Empty means every jump is whole."""
    problems: list[JumpProblem] = []
    issues = list(issues)
    pages_by_issue: dict[int, dict[str, Page]] = {}
    for page in Page.objects.filter(issue__in=issues).defer("raw_text"):
        pages_by_issue.setdefault(page.issue_id, {})[page.label] = page
    jumps = (
        Jump.objects.filter(part__page__issue__in=issues)
        .exclude(state__in=[JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED])
        .select_related("part__page__issue__publication", "part__article")
        .defer("part__page__raw_text")
        .prefetch_related(
            Prefetch(
                "candidates",
                queryset=ArticlePart.objects.select_related("page", "article")
                .defer("page__raw_text")
                .order_by("page__sequence", "position"),
            )
        )
        .order_by("part__page__issue__date", "part__page__sequence", "part__position", "direction")
    )
    for jump in jumps:
        part = jump.part
        issue = part.page.issue
        pages = pages_by_issue.get(issue.pk, {})
        target_missing = page_find(pages, jump.target_label) is None
        candidates: tuple[str, ...] = ()
        if jump.direction == JumpDirection.FORWARD:
            if target_missing:
                kind, message = "missing-page", f"page {jump.target_label} was never imported"
            elif jump.state == JumpState.AMBIGUOUS:
                candidates = tuple(_part_ref(c) for c in jump.candidates.all())
                kind = "ambiguous"
                message = "ambiguous between " + ", ".join(candidates) + "; pick one in the admin"
            elif jump.state == JumpState.LOOP:
                kind, message = (
                    "loop",
                    "the continuation it matches is part of the same story (a loop)",
                )
            else:
                kind = "unmatched"
                message = (
                    f"nothing on page {jump.target_label} continues it "
                    f"(no part there starts with 上接{part.page.label}版 and fits)"
                )
        else:
            if target_missing:
                kind, message = (
                    "missing-page",
                    f"continues page {jump.target_label}, which was never imported",
                )
            else:
                kind = "orphan"
                message = f"a continuation with no forward marker on page {jump.target_label} that leads to it"
        problems.append(
            JumpProblem(
                issue=f"{issue.publication.name} {issue.date.isoformat()}",
                page=part.page.label,
                position=part.position,
                title=part.article.title,
                marker=jump.marker,
                kind=kind,
                message=message,
                jump_id=jump.pk,
                candidates=candidates,
            )
        )
    return problems
