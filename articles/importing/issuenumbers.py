"""The issue number (期号) a page prints on its masthead, and the issue's.

The parser reads the number from the masthead's own lines (``第1008期``, ``总第12345期``,
``第一〇〇八期``: :mod:`articles.parsing.mastheadfacts`). An issue that has no number takes the
first one its imported pages print; a page printing another number than its issue's is imported
as given, with a warning in the report and on the page (a supplement prints its own count, and a
number read off an OCR'd masthead may be misread: no reason to refuse the page, every reason to
tell the desk).
"""

from __future__ import annotations

import functools

from django.utils import timezone

from articles.bulk import update_rows
from articles.changes import row_changed, saves_coming
from articles.models import Issue


def issue_numbers_settle(changed) -> None:
    """For the pages ``changed`` (:class:`~articles.importing.preparing.Prepared`, in the batch's
    order, their issues found and their rows not yet written; inside the batch's
    :func:`~articles.changes.collecting`): give each issue with no number the first number its
    pages print, and add :func:`number_warning` to the report and the stored warnings of every
    page that prints another. The issues numbered are saved together (one update and one insert
    of their history records, in the order their numbers were found), as their saves one by one
    would leave them."""
    numbered = [p for p in changed if p.parsed.metadata.issue_number]
    saving: dict[int, Issue] = {}
    for p in numbered:
        printed = p.parsed.metadata.issue_number
        if not p.issue.number:  # (two pages of one issue: the first gives its number)
            saving[p.issue.pk] = p.issue
            p.issue.number = printed
        elif printed != p.issue.number:
            warning = number_warning(printed, p.issue.number, p.issue.date)
            p.report.warnings.append(warning)
            p.page.import_warnings = list(p.report.warnings)
    if saving:
        _issues_save(list(saving.values()))


def _issues_save(issues: list[Issue]) -> None:
    """Write the issues' numbers (and ``updated_at``) and their history records: what
    ``issue.save(update_fields=["number", "updated_at"])`` does for each (the pages' cache tags
    included: :func:`~articles.changes.saves_coming` reads what they touch, as stored, before the
    update), in a few statements for them all instead of three an issue."""
    saves_coming(issues)
    now = timezone.now()
    for issue in issues:
        issue.updated_at = now
    update_rows(issues, ["number", "updated_at"])
    # (no reason given: a save records none; the user, as a save finds it)
    _issue_history().bulk_history_create(issues, update=True, default_change_reason=None)
    for issue in issues:  # what each save's post_save receiver records (their rows stayed put)
        row_changed(Issue, issue)


@functools.cache
def _issue_history():
    """``Issue.history``, made once: simple_history's descriptor makes a manager class anew on
    every access (≈ 0.8 ms of ``inspect``), and the manager holds nothing but the model."""
    return Issue.history


def number_warning(printed: int, number: int, day) -> str:
    """The warning for a page whose masthead prints the issue number ``printed`` where its issue
    (of date ``day``) has ``number``: what disagrees, and what to check."""
    return (
        f"版面上印的期号是第 {printed} 期，而 {day.isoformat()} 这一期记的是第 {number} 期："
        "若这一版是副刊或专刊，印的是它自己的期数，可不理会；否则请核对导入的日期（--date、"
        "文件夹名）是否选对，期号记错了可在这一期的编辑页改正"
    )
