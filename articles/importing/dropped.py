"""What a re-import says of a continuation it deletes: the part of a story from another page
that this page's new text no longer gives (:func:`continuation_dropped`); and how its reports
name a story (:func:`article_name`)."""

from __future__ import annotations

from articles.importing.reports import PageImportReport, continuation_dropped_line, story_name
from articles.models import Article, ArticlePart, Jump, JumpDirection, Page, Status


def article_name(article: Article, part: ArticlePart | None = None) -> str:
    """``article`` as the reports name it (:func:`~articles.importing.reportlines.story_name`):
    its title, or without one the opening words of its first part (``part`` when that is the
    first part, else read: one query)."""
    if article.title:
        return story_name(article.title)
    if part is None or part.sequence != 0:
        part = article.parts.filter(sequence=0).only("blocks").first()
    blocks = (part.blocks if part else None) or []
    opening = next((b.get("text") or "" for b in blocks if (b.get("text") or "").strip()), "")
    return story_name("", opening=opening, dateline=article.dateline)


def opening_jump(part: ArticlePart) -> Jump | None:
    """The jump that leads to ``part`` (a continuation): linked to it, or else the forward jump
    of the story's part before it."""
    return (
        Jump.objects.filter(to_part=part).first()
        or Jump.objects.filter(
            part__article_id=part.article_id,
            part__sequence=part.sequence - 1,
            direction=JumpDirection.FORWARD,
        ).first()
    )


def continuation_dropped(page: Page, part: ArticlePart, report: PageImportReport) -> None:
    """``part``, the continuation here of a story from another page, is about to go: the report
    says so, and that the jump to it is open again (:func:`continuation_dropped_line`); that
    jump is listed with the page's open jumps (``report.reopened_jumps``)."""
    article = part.article
    jump = opening_jump(part)
    if jump is not None:
        report.reopened_jumps.append(jump.pk)
    report.dropped_continuations.append(
        continuation_dropped_line(
            name=article_name(article),
            home=home_label(article),
            label=page.label,
            marker=jump.marker if jump else "",
            published=article.status == Status.PUBLISHED,
            dry_run=report.dry_run,
        )
    )


def home_label(article: Article) -> str:
    """The label of the page ``article`` starts on (one query)."""
    return Page.objects.filter(pk=article.page_id).values_list("label", flat=True).get()
