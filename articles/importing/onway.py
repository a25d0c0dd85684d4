"""Background imports still on their way to an issue (导入任务 queued, or running with a worker
that reports), read from the runs' stored ``items`` (paper, date and page of each file) and
``results`` (``None`` for a page not yet done): nothing is stored on the issue.

Publishing an issue while one of its runs is going would publish the pages imported so far and
leave the rest as hidden drafts, so 发布本期, 发布所选的期 and a scheduled publication refuse
(:func:`runs_going_refusal`), and the desk's home says the missing pages are on the way
(:func:`runs_going`). A run whose worker stopped reporting (已中断) is not going: its pages come
only when someone runs it again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from django.urls import reverse

from articles.continuations import JumpProblem
from articles.importing.papers import chosen_paper
from articles.labels import LabelError, label_sequence, normalize_label
from articles.models import ImportRun, ImportRunState, Issue
from articles.publishchecks import IssuePublishError


@dataclass(frozen=True)
class RunGoing:
    """One run still importing pages of an issue: ``run_id``; ``done`` of ``total`` pages of the
    whole run finished; ``waiting``, the issue's pages it has not imported yet, in print order;
    ``queued`` while it waits for the worker; ``url``, its progress page."""

    run_id: int
    done: int
    total: int
    waiting: tuple[str, ...]
    queued: bool
    url: str

    @property
    def text(self) -> str:
        """``导入任务 #7 还在导入，已 5/24 版`` (or 排队等待导入, 0/24 版)."""
        doing = "排队等待导入" if self.queued else "还在导入"
        return f"导入任务 #{self.run_id} {doing}，已 {self.done}/{self.total} 版"

    @property
    def waiting_text(self) -> str:
        """The issue's pages still to come, in print order: ``A5、A6、A9``."""
        return "、".join(self.waiting)


def print_order(label: str) -> tuple[int, str]:
    """A sort key for page labels as printed (A2 < A10 < B1); an unreadable one last."""
    try:
        return label_sequence(label), label
    except LabelError:
        return 1 << 62, label


def in_print_order(item) -> tuple:
    """A sort key for upload items (:class:`~articles.importing.uploaditems.UploadItem`): by
    date, paper, then page as printed (A1, A2 … A18), whatever order the files came in."""
    return item.issue_date, item.paper_name, *print_order(item.label)


def _for_issue(data: dict, issue: Issue) -> bool:
    if data.get("issue_date") != issue.date.isoformat():
        return False
    paper = issue.publication
    name, slug = str(data.get("paper_name", "")).strip(), data.get("paper_slug", "")
    return chosen_paper([paper], name, slug) is not None


def runs_going(issues: list[Issue]) -> dict[int, list[RunGoing]]:
    """The runs going for each of ``issues`` (issue id → runs, oldest first; an issue with none
    is left out). One query (the runs not finished); ``issues`` with their ``publication``."""
    going: dict[int, list[RunGoing]] = {}
    if not issues:
        return going
    runs = ImportRun.objects.filter(
        state__in=[ImportRunState.QUEUED, ImportRunState.RUNNING]
    ).order_by("created_at", "pk")
    for run in runs:
        if run.interrupted:
            continue
        results = list(run.results or [])
        for issue in issues:
            waiting = [
                data["label"]
                for n, data in enumerate(run.items)
                if _for_issue(data, issue) and (n >= len(results) or results[n] is None)
            ]
            if waiting:
                found = RunGoing(
                    run_id=run.pk,
                    done=run.pages_done,
                    total=run.pages_total,
                    waiting=tuple(sorted(waiting, key=print_order)),
                    queued=run.state == ImportRunState.QUEUED,
                    url=reverse("admin:articles_page_upload_run", args=[run.pk]),
                )
                going.setdefault(issue.pk, []).append(found)
    return going


def _same_page(label: str, other: str) -> bool:
    try:
        return normalize_label(label) == normalize_label(other)
    except LabelError:
        return label == other


def on_the_way(problems: list[JumpProblem], going: list[RunGoing]) -> list[JumpProblem]:
    """``problems`` (one issue's, :func:`~articles.continuations.jump_problems`) with each
    “下转” to a page not imported yet that a run ``going`` (:func:`runs_going`) still imports
    said so: ``A9版正在导入（导入任务 #7），导入后会自动接上`` instead of “目标版面尚未导入”,
    which reads as if nothing were on the way. No query."""
    said = []
    for problem in problems:
        run = next(
            (
                r
                for r in going
                if problem.target and any(_same_page(problem.target, label) for label in r.waiting)
            ),
            None,
        )
        if run is not None:
            message = f"{problem.target}版正在导入（导入任务 #{run.run_id}），导入后会自动接上"
            problem = replace(problem, message=message)
        said.append(problem)
    return said


def runs_going_refusal(issue: Issue) -> str:
    """Why ``issue`` cannot be published now while a run still imports its pages (``""`` when
    none does): the run named with its progress and the pages still to come, and what to do."""
    going = runs_going([issue]).get(issue.pk, [])
    if not going:
        return ""
    runs = "；".join(f"{r.text}（{r.waiting_text}版还没到）" for r in going)
    return (
        f"{issue} 未发布：{runs}。现在发布，读者只会看到已导入的版面，其余版面导入后成为隐藏的草稿。"
        "请等导入任务完成后再发布（进度见“导入任务”页面）；若不再需要这些版面，"
        "在导入任务页面点“停止导入”后再发布。"
    )


def refuse_while_importing(issue: Issue) -> None:
    """Raise :class:`~articles.publishchecks.IssuePublishError` with :func:`runs_going_refusal`
    when a run still imports ``issue``'s pages (publishing now, by hand or at its set time)."""
    refusal = runs_going_refusal(issue)
    if refusal:
        raise IssuePublishError(refusal)
