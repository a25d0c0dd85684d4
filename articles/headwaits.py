"""A continuation waiting for its head page: published by no path until the head comes back.

撤销本版导入 of a page whose story runs on to another page leaves the continuation there as a
story of its own (:func:`articles.removal.page_remove`), a fragment under a repeated headline
whose text starts mid-sentence; the undo's confirmation promises that it is not published alone
(README, Continuations) and a fresh import of the page joins it to its head again
(:mod:`articles.importing.undone`). A reviewer published it anyway: ``publish_issue`` named it
"withdrawn after publishing" and sent the editor to 发布所选稿件, which published it.

It waits while its first part's 上接 jump is open (待目标版面) and names a page of its issue that
an editor undid and that is not there now: read from the jump and the undo's deletion records
(their reason :func:`undone_reason`), nothing stored. It stops waiting when the page is imported
again (the jump is answered) or when an editor breaks the jump at its 处理转版 page (断开: the head
will never come); then it is published as any story.

改版次 splits off a continuation the same way (:mod:`articles.relabel`: a link that held only
by the page's old label is broken and decided again): one whose open 上接 names the label a page
of its issue was relabelled away from (a :class:`~articles.models.PageRedirect` row) waits too,
until the page is relabelled back (the jump is answered) or an editor links or breaks the jump
(a fresh reviewer, session 69: a page relabelled before the issue was published left its
continuation a draft story that 发布本期 would have published as a fragment).
"""

from __future__ import annotations

from articles.models import Article, Jump, JumpDirection, JumpState, Page, PageRedirect
from articles.storynames import quoted


def undone_reason(label: str) -> str:
    """The history reason :func:`articles.removal.page_remove` gives the stories of page
    ``label`` (the import gives them back by it, and a continuation waits for it)."""
    return f"撤销本版导入（{label}版）"


def heads_awaited(articles) -> dict[int, str]:
    """``{story id: how the desk names it and its wait}`` for those of ``articles`` (stories or
    ids) that wait for an undone or relabelled head page (the module docstring):
    ``A2版“标题”（上接的A1版已撤销导入）``, ``A5版“标题”（上接的A3版已改版次为A4版）``.
    Four queries at most, one when none has an open 上接 jump."""
    ids = [getattr(a, "pk", a) for a in articles]
    rows = list(
        Jump.objects.filter(
            part__article_id__in=ids,
            part__sequence=0,
            direction=JumpDirection.BACKWARD,
            state=JumpState.PENDING,
        ).values_list(
            "part__article_id",
            "target_label",
            "part__page__issue_id",
            "part__page__label",
            "part__article__headline",
        )
    )
    if not rows:
        return {}
    issues = {row[2] for row in rows}
    present = set(Page.objects.filter(issue_id__in=issues).values_list("issue_id", "label"))
    undone = set(
        Article.history.filter(
            issue_id__in=issues,
            history_type="-",
            history_change_reason__in={undone_reason(row[1]) for row in rows},
        ).values_list("issue_id", "history_change_reason")
    )
    relabelled = {
        (issue, old): new
        for issue, old, new in PageRedirect.objects.filter(issue_id__in=issues).values_list(
            "issue_id", "old_label", "page__label"
        )
    }
    waits = {}
    for pk, target, issue, label, headline in rows:
        if (issue, target) in present:
            continue
        name = f"{label}版{quoted(headline or '（无标题）')}"
        if (issue, undone_reason(target)) in undone:
            waits[pk] = f"{name}（上接的{target}版已撤销导入）"
        elif (issue, target) in relabelled:
            waits[pk] = f"{name}（上接的{target}版已改版次为{relabelled[issue, target]}版）"
    return waits


def head_wait_text(names: list[str]) -> str:
    """Why the stories ``names`` (:func:`heads_awaited`' values) are not published, and how to
    publish them if their head page will never come; one sentence ending with ``。``."""
    return (
        f"{'、'.join(names)}是续文，等上接的那一版重新导入后自动接回，"
        "不单独发布（读者会看到从半句开始的一段续文）。那一版确实不会再导入的，"
        "请先在“转版标记”列表里打开这处上接标记的“处理”页，选“断开：这里没有接续”，再发布它。"
    )


def head_wait_refusals(articles) -> list[str]:
    """:func:`head_wait_text` for those of ``articles`` that wait, as a list of one sentence
    (empty when none waits): the rule of every path that publishes or schedules a story."""
    names = list(heads_awaited(articles).values())
    return [head_wait_text(names)] if names else []
