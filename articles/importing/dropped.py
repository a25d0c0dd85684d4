"""What a re-import says of a continuation it deletes: the part of a story from another page
that this page's new text no longer gives (:func:`continuation_dropped`)."""

from __future__ import annotations

from articles.importing.reports import PageImportReport, continuation_dropped_line
from articles.models import ArticlePart, Jump, JumpDirection, Page, Status


def continuation_dropped(page: Page, part: ArticlePart, report: PageImportReport) -> None:
    """``part``, the continuation here of a story from another page, is about to go: the report
    says so, and that the jump to it is open again (:func:`continuation_dropped_line`)."""
    article = part.article
    jump = (
        Jump.objects.filter(to_part=part).only("marker").first()
        or Jump.objects.filter(
            part__article=article,
            part__sequence=part.sequence - 1,
            direction=JumpDirection.FORWARD,
        )
        .only("marker")
        .first()
    )
    report.dropped_continuations.append(
        continuation_dropped_line(
            title=article.title,
            home=Page.objects.filter(pk=article.page_id).values_list("label", flat=True).get(),
            label=page.label,
            marker=jump.marker if jump else "",
            published=article.status == Status.PUBLISHED,
        )
    )
