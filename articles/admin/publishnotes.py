"""What the desk says after publishing an issue (发布本期, 发布所选的期): one summary line, one
warning for each scrap or story without text published (each its own decision), and ONE line
for the stories published with proofreading findings — their count and a link to the issue's
form, whose 校对 field lists each linked — not a line a story repeating the same advice
(28 of them buried the result). The shell's ``publish_issue`` keeps a line a story
(:attr:`articles.publishing.IssuePublishReport.warnings`)."""

from __future__ import annotations

from dataclasses import replace

from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from articles.admin.base import admin_url
from articles.models import Article
from articles.pagepictures import released_labels
from articles.publishing import IssuePublishReport, withdrawn_ids
from articles.spreadsheets.ledger import ledger_read
from articles.storynames import quoted


def withdrawn_kept(stories: list[Article]) -> list[SafeString]:
    """Those of an issue's ``stories`` (with their ``page`` and ``issue``) taken down after
    publication, which publishing the issue leaves down: 发布本期 says so before the editor
    confirms (it said only that every story would be public), each linked to its form with who
    withdrew it and when: ``A2版“…”（张三 12-07 10:31 撤回）``, and the pages whose picture the
    desk chose to show despite it (版面图与撤回的稿件: :func:`~articles.pagepictures.
    released_labels`), so the page does not say they stay hidden. One query, four when one is."""
    down = withdrawn_ids(stories)
    if not down:
        return []
    chosen = [a for a in stories if a.pk in down]
    ledgers = ledger_read(chosen)
    released = released_labels([a.pk for a in chosen])
    lines = []
    for article in chosen:
        ledger = ledgers[article.pk]
        when = (
            f"{timezone.localtime(ledger.withdrawn_at):%m-%d %H:%M} " if ledger.withdrawn_at else ""
        )
        shown = "、".join(f"{label}版" for label in released.get(article.pk, []))
        lines.append(
            format_html(
                '<a href="{}">{}版{}</a>（{}{}撤回）{}',
                admin_url("article_change", article.pk),
                article.page.label,
                quoted(article.name_for_editors()),
                f"{ledger.withdrawn_by} " if ledger.withdrawn_by else "",
                when,
                f"：已选择{shown}的版面图照常公开，读者仍能在图上读到它" if shown else "",
            )
        )
    return lines


def proofread_line(report: IssuePublishReport, issue_id: int) -> SafeString | None:
    """``28 篇刚发布的稿件有校对提示…`` linked to the issue's form, or None when none has."""
    if not report.proofread:
        return None
    return format_html(
        "{} 篇刚发布的稿件有校对提示（重复字、标点、词表等，只是提示，不挡发布）："
        '逐篇见<a href="{}">本期表单的“校对”一栏</a>，真错的打开稿件改正后保存，不是错的不必理会。',
        len(report.proofread),
        admin_url("issue_change", issue_id),
    )


def publish_messages(
    report: IssuePublishReport, issue_id: int
) -> tuple[str, list[str | SafeString]]:
    """The summary (without the stories with findings, which the one line counts and links)
    and the warnings after publishing issue ``issue_id``, as the desk shows them."""
    summary = replace(report, proofread=[]).summary
    warnings: list[str | SafeString] = [*report.scrap_warnings, *report.empty_warnings]
    line = proofread_line(report, issue_id)
    if line is not None:
        warnings.append(line)
    return summary, warnings
