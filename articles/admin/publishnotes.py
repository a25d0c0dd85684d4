"""What the desk says after publishing an issue (发布本期, 发布所选的期): one summary line, one
warning for each scrap or story without text published (each its own decision), and ONE line
for the stories published with proofreading findings — their count and a link to the issue's
form, whose 校对 field lists each linked — not a line a story repeating the same advice
(28 of them buried the result). The shell's ``publish_issue`` keeps a line a story
(:attr:`articles.publishing.IssuePublishReport.warnings`)."""

from __future__ import annotations

from dataclasses import replace

from django.utils.html import format_html
from django.utils.safestring import SafeString

from articles.admin.base import admin_url
from articles.publishing import IssuePublishReport


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
