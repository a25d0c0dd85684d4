"""What the desk did lately (编辑部最近的操作), gathered from the records that exist.

Django's admin log holds only form saves and list actions that log; the night's decisive
actions are elsewhere: the issues' history (发布本期 with its 未签发破例 reason, 撤回发布, 定时发布
set or cancelled, 删除本期), the stories' history (签发, 退回修改, 发布/撤回 of single stories, a
late page's 确认导入并发布, an import by hand and a re-sent page: ``重新导入…``) and the
import runs (上传版面, who and which pages: in the background, or at once in the request). :func:`desk_activity` reads the latest
rows of each (a fixed number of queries, whatever the night held), folds the story records of
one action into one line (a 签发 of 12 stories is one line, and publishing an issue is its
issue's line, not one a story) and returns them newest first. :func:`issue_activity` is the same
for one issue, for its history page; :func:`articles.pageactivity.page_activity` gives a page's
imports and re-sends (首次导入, 重发, 重发，无变化, 重发，保留人工修改, what each changed, its
stories) for the page's, from the same records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Q

from articles.editlocks import person_name
from articles.models import Article, ImportRun, Issue
from articles.storynames import quoted

#: Story history reasons that are a decision worth a line (by their start), in the desk's words.
STORY_DECISIONS = (
    "签发",
    "退回修改",
    "提交待审",
    "撤回发布",
    "发布",
    "设定定时发布",
    "取消定时发布",
    "定时发布",
    "重新导入",
    "采用版面文本",
    "版面重新送来",
    "并入",
    "已核对版面文本",
)
#: Those said whole (the page and what it changed).
_WHOLE = ("重新导入", "采用版面文本", "版面重新送来", "并入", "已核对版面文本")
#: Story reasons that start like a decision but are the consequence of an edit.
NOT_DECISIONS = ("签发后修改",)
#: How many rows of each source are read; lines come from these.
READ_STORY_RECORDS = 400
READ_OTHER_RECORDS = 40
#: Story records of one action are this close in time to each other.
SAME_ACTION = timedelta(minutes=2)
#: An issue's record and its stories' records of one publication are written in one
#: transaction: this close.
SAME_TRANSACTION = timedelta(seconds=5)


@dataclass
class Activity:
    """One line of the desk's recent actions: what (``text``), who (``user``: the desk's name
    for them, "" for the system or the scheduler), when (``at``) and where to look (``url``:
    the object's history or form, "" for none)."""

    text: str
    user: str
    at: datetime
    url: str = ""
    # The stories it names, each (its name in quotes, its history's address), and what its
    # import's report said beyond its line (a page's 历史: :func:`page_activity`).
    stories: tuple[tuple[str, str], ...] = ()
    lines: tuple[str, ...] = ()


def _who(record_user) -> str:
    return person_name(record_user) if record_user is not None else ""


def _admin(name: str, *args) -> str:
    from django.urls import reverse

    return reverse(f"admin:articles_{name}", args=args)


def _story_kind(record) -> str | None:
    """The decision a story record is (its reason's start, or 导入 for a story created by an
    editor's import), or None: a story made by 从这里拆开, or by a continuation detached
    (``断开续文``: the desk's log of the marker says the unlink), is no import."""
    reason = record.history_change_reason or ""
    if record.history_type == "+":
        made = reason.startswith(("从这里拆开", "断开续文"))
        return "导入" if record.history_user_id and not made else None
    if record.history_type != "~" or reason.startswith(NOT_DECISIONS):
        return None
    for start in STORY_DECISIONS:
        if reason.startswith(start):
            return reason if start in _WHOLE else reason.split("；")[0]
    return None


#: Story records an issue's publication writes (发布本期, its 未签发破例, the scheduler's 定时发布),
#: by their start, which its issue's record says; not 发布（随补导的版面）, a late page's stories
#: published with it. (Withdrawing or scheduling an issue writes no story record.)
ISSUE_SAYS = ("发布", "定时发布")


def _issue_says_it(record, issue_records) -> bool:
    """Whether story ``record`` is part of an issue's decision its issue's record says: an
    issue record of the same issue and user close by, the decision one the issue makes."""
    kind = _story_kind(record) or ""
    if not kind.startswith(ISSUE_SAYS) or kind.startswith("发布（随补导"):
        return False
    return any(
        issue_record.id == record.issue_id
        and issue_record.history_user_id == record.history_user_id
        and abs(issue_record.history_date - record.history_date) <= SAME_TRANSACTION
        for issue_record in issue_records
    )


def _story_lines(records, issue_records, kind_of=_story_kind) -> list[Activity]:
    """Story records folded into lines: consecutive records (newest first) of one user, one
    decision (``kind_of``'s: :func:`_story_kind`'s) and one issue, each close to the next
    (:data:`SAME_ACTION`), are one line, naming
    each story once (its latest headline) and each headline once; a fold
    that is its issue's publication or withdrawal (an issue record of the same user and
    decision close by) is left to the issue's line."""
    lines: list[Activity] = []
    key_of_last = None
    group: list = []

    def close() -> None:
        if not group:
            return
        first = group[0]
        if _issue_says_it(first, issue_records):
            return
        # each story once, and each headline (a story re-imported twice in a row: two records)
        stories = {r.id: r.headline or "（无标题）" for r in reversed(group)}
        heads = list(dict.fromkeys(reversed(stories.values())))
        names = "、".join(quoted(head) for head in heads[:3])
        more = f"等 {len(stories)} 篇" if len(stories) > min(len(heads), 3) else ""
        labels = sorted({r.page.label for r in group if r.page is not None})
        where = f"{first.issue} " if first.issue is not None else ""
        where += "、".join(f"{label}版" for label in labels)
        lines.append(
            Activity(
                text=f"{kind_of(first)}：{where.strip()} {names}{more}",
                user=_who(first.history_user),
                at=first.history_date,
                url=_admin("article_history", first.id) if len(group) == 1 else "",
                stories=tuple(
                    (quoted(head), _admin("article_history", pk)) for pk, head in stories.items()
                ),
            )
        )

    for record in records:
        kind = kind_of(record)
        if kind is None:
            continue
        key = (record.history_user_id, kind, record.issue_id)
        close_by = group and group[-1].history_date - record.history_date <= SAME_ACTION
        if key == key_of_last and close_by:
            group.append(record)
            continue
        close()
        group, key_of_last = [record], key
    close()
    return lines


def _issue_lines(issue_records) -> list[Activity]:
    return [
        Activity(
            text=f"{record.history_change_reason}：{record.publication} {record.date:%Y-%m-%d}",
            user=_who(record.history_user),
            at=record.history_date,
            url=_admin("issue_history", record.id),
        )
        for record in issue_records
    ]


#: What an import did to a page, by its report's action.
FIRST, RESENT, RESENT_SAME, RESENT_KEPT = "首次导入", "重发", "重发，无变化", "重发，保留人工修改"
_RUN_ACTIONS = {"created": FIRST, "updated": RESENT, "rewritten": RESENT, "unchanged": RESENT_SAME}


def run_page_kind(result: dict | None) -> str:
    """What a run did to one of its pages (``result``: its entry in ``ImportRun.results``, None
    while not done: ``""``): :data:`FIRST`, :data:`RESENT`, :data:`RESENT_SAME`,
    :data:`RESENT_KEPT` when the page's change was not taken into a story an editor changed
    (a ``冲突：`` line), ``未导入`` for a page that failed."""
    if result is None:
        return ""
    if not result.get("ok"):
        return "未导入"
    kind = _RUN_ACTIONS.get(result.get("action", ""), "")
    if kind.startswith(RESENT) and any(
        line.startswith("冲突：") for line in result.get("lines", [])
    ):
        return RESENT_KEPT
    return kind


def run_page_said(run, n: int, item: dict) -> str:
    """A page of ``run`` as its line names it: ``A3版`` (a new page says nothing more),
    ``A5版（重发）``, ``A5版（重发，保留人工修改）``, ``A5版（未导入）``: :func:`run_page_kind`."""
    kind = run_page_kind(run.results[n] if n < len(run.results or []) else None)
    said = f"（{kind}）" if kind and kind != FIRST else ""
    return f"{item.get('label', '')}版{said}"


def _run_lines(runs) -> list[Activity]:
    lines = []
    for run in runs:
        labels = "、".join(run_page_said(run, n, item) for n, item in enumerate(run.items[:6]))
        more = "等" if len(run.items) > 6 else ""
        publish = "，一并发布新稿件" if run.publish_new else ""
        lines.append(
            Activity(
                text=f"上传版面（{run}，{run.get_state_display()}{publish}）：{labels}{more}",
                user=_who(run.created_by),
                at=run.created_at,
                url=_admin("page_upload_run", run.pk),
            )
        )
    return lines


def _gather(
    stories: Q, issues: Q, runs: list[ImportRun], limit: int, *, issue_lines: bool = True
) -> list[Activity]:
    issue_records = list(
        Issue.history.filter(issues)
        .exclude(Q(history_change_reason=None) | Q(history_change_reason=""))
        .select_related("history_user", "publication")
        .order_by("-history_date", "-history_id")[:READ_OTHER_RECORDS]
    )
    story_records = (
        Article.history.filter(stories)
        .select_related("history_user", "issue__publication", "page")
        .order_by("-history_date", "-history_id")[:READ_STORY_RECORDS]
    )
    lines = (
        (_issue_lines(issue_records) if issue_lines else [])
        + _story_lines(story_records, issue_records)
        + _run_lines(runs)
    )
    return sorted(lines, key=lambda line: line.at, reverse=True)[:limit]


def _latest_runs() -> list[ImportRun]:
    runs = ImportRun.objects.select_related("created_by", "run_by")
    return list(runs.order_by("-created_at", "-pk")[:READ_OTHER_RECORDS])


def importers_name(pages) -> None:
    """Give each page of ``pages`` its ``imported_by``: the desk's name of whoever imported its
    text last at the desk (the uploader of the run, background or at once, that imported it
    then: ``ImportRun.run_by``), ``""`` when none of the latest runs did (``import_pages``,
    or long ago). 最近导入 on the desk's home shows it. One query."""
    runs = _latest_runs() if pages else []
    for page in pages:
        page.imported_by = ""
        when = page.imported_at
        for run in runs if when is not None else ():
            done = {r.get("page_id") for r in run.results or [] if r and r.get("ok")}
            started, ended = run.started_at or run.created_at, run.finished_at or when
            if page.pk in done and started <= when <= ended:
                page.imported_by = _who(run.run_by or run.created_by)
                break


def desk_activity(limit: int = 15) -> list[Activity]:
    """The desk's latest decisions (see the module docstring), newest first, at most ``limit``.
    Three queries."""
    return _gather(Q(), Q(), _latest_runs(), limit)


def issue_activity(issue: Issue, limit: int = 60) -> list[Activity]:
    """What was done to ``issue``'s stories and pages — imports, re-sent pages, sign-offs,
    publications and withdrawals of single stories, a late page published with its stories —
    and the latest import runs that carried one of its pages, newest first: its history page
    lists them beside the issue's own records (which this leaves out, but still uses to fold
    the stories' records of its publication away). Three queries."""
    paper = {issue.publication.name, issue.publication.slug}
    date = issue.date.isoformat()
    runs = [
        run
        for run in _latest_runs()
        if any(
            item.get("issue_date") == date
            and {item.get("paper_name"), item.get("paper_slug")} & paper
            for item in run.items
        )
    ]
    return _gather(Q(issue_id=issue.pk), Q(id=issue.pk), runs, limit, issue_lines=False)
