"""Publishing an issue: the issue and its stories become public together, or not at all.

``issue_publish`` is the one way an issue goes public (the admin's action and button and the
``publish_issue`` command all call it). It refuses while continuation chains are broken — a
reader would meet a story that stops mid-sentence at ``（下转A2版）`` — and lists them, unless the
editor acknowledges them. The issue and every story in it are written in one transaction, with
history records saying who published, and the public site's cache version is bumped on commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from articles.changes import content_changed
from articles.continuations import JumpProblem, jump_problems
from articles.editing import history_baseline
from articles.models import Article, Issue, Status

PUBLISH_REASON = "发布"
UNPUBLISH_REASON = "撤回发布"

# How each kind of broken chain reads to an editor (see articles.continuations.JumpProblem.kind).
PROBLEM_KINDS = {
    "missing-page": "目标版面尚未导入",
    "unmatched": "目标版面上没有与之对应的接续（上接）",
    "ambiguous": "有歧义：有几段接续都可能是它的下文，需要编辑选定",
    "loop": "接续形成循环（接到了本稿自己）",
    "orphan": "有“上接”却找不到对应的“下转”",
}


def problem_text(problem: JumpProblem) -> str:
    """One broken chain in Chinese: ``A1版 第2篇“标题”（下转A2版）：目标版面尚未导入``."""
    text = (
        f"{problem.page}版 第{problem.position}篇“{problem.title or '无标题'}”"
        f"{problem.marker}：{PROBLEM_KINDS.get(problem.kind, problem.message)}"
    )
    if problem.candidates:
        text += "（候选：" + "；".join(problem.candidates) + "）"
    return text


class IssuePublishError(Exception):
    """The issue cannot be published; the message says why and what to do."""

    def __init__(self, message: str, problems: list[JumpProblem] | None = None):
        super().__init__(message)
        self.problems = problems or []


@dataclass
class IssuePublishReport:
    issue: str
    articles_published: int = 0
    articles_total: int = 0
    acknowledged: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        text = f"{self.issue} 已发布：共 {self.articles_total} 篇稿件，本次新发布 {self.articles_published} 篇"
        if self.acknowledged:
            text += f"；已知悉 {len(self.acknowledged)} 处未接好的转版"
        return text


@transaction.atomic
def issue_publish(
    *, issue: Issue, user=None, acknowledge_broken: bool = False
) -> IssuePublishReport:
    """Publish ``issue`` and all its stories. Raises :class:`IssuePublishError` (nothing written)
    when the issue has no stories, or has broken chains that were not acknowledged."""
    issue = Issue.objects.select_for_update().select_related("publication").get(pk=issue.pk)
    articles = list(issue.articles.all())
    if not articles:
        raise IssuePublishError(f"{issue} 还没有任何稿件，不能发布；请先导入本期的版面。")
    problems = jump_problems([issue])
    if problems and not acknowledge_broken:
        lines = "\n".join(f"· {problem_text(p)}" for p in problems)
        raise IssuePublishError(
            f"{issue} 有 {len(problems)} 处转版未接好，未发布：\n{lines}\n"
            "请先在“转版标记”里处理（选定接续、断开或补导版面），"
            "或确认已知悉后勾选“已知悉未接好的转版，仍然发布”"
            "（命令行用 --acknowledge-broken）。",
            problems,
        )
    drafts = [a for a in articles if a.status != Status.PUBLISHED]
    report = IssuePublishReport(
        issue=str(issue),
        articles_published=len(drafts),
        articles_total=len(articles),
        acknowledged=[problem_text(p) for p in problems],
    )
    if issue.status == Status.PUBLISHED and not drafts:
        return report  # already public as it is: publishing again changes nothing
    history_baseline(drafts)
    for article in drafts:
        article.status = Status.PUBLISHED
    if drafts:
        bulk_update_with_history(
            drafts,
            Article,
            ["status"],
            default_user=user,
            default_change_reason=PUBLISH_REASON,
        )
    if issue.status != Status.PUBLISHED or issue.published_at is None:
        issue.published_at = timezone.now()  # first publication; later ones add stories
    issue.status = Status.PUBLISHED
    _record_user(issue, user)
    issue._change_reason = PUBLISH_REASON
    issue.save(update_fields=["status", "published_at", "updated_at"])
    content_changed(issues=[issue.pk])  # bulk_update sends no post_save
    return report


@transaction.atomic
def issue_unpublish(*, issue: Issue, user=None) -> None:
    """Take ``issue`` off the public site (its stories keep their own state for next time)."""
    issue = Issue.objects.select_for_update().get(pk=issue.pk)
    if issue.status == Status.DRAFT:
        return
    issue.status = Status.DRAFT
    _record_user(issue, user)
    issue._change_reason = UNPUBLISH_REASON
    issue.save(update_fields=["status", "updated_at"])
    content_changed(issues=[issue.pk])


def _record_user(instance, user) -> None:
    """Name ``user`` in the history record (without one, the request's user is used, if any)."""
    if user is not None:
        instance._history_user = user
