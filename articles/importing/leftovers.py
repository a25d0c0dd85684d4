"""What a re-imported page's new text no longer has: kept as a conflict (a hand edit, a published
story) or removed, with what the report says of each (:mod:`articles.importing.dropped`)."""

from __future__ import annotations

from django.db.models import Count

from articles.continuations import part_release
from articles.importing.dropped import kept_as_conflict, moved_to_its_copy, removal_said
from articles.importing.reports import PageImportReport
from articles.models import Article, ArticlePart, Page


def leftovers_remove(
    page: Page,
    existing: list[ArticlePart],
    used: set[int],
    overwrite_edited: bool,
    report: PageImportReport,
    first_free: int,
    first_number: int = 0,
) -> tuple[list[ArticlePart], int]:
    """Parts the new text no longer has: removed, except parts of stories edited by hand or
    published (kept and reported as conflicts: hand edits win unless ``overwrite_edited``, and
    readers must not lose a published address or a published story's text to a re-import
    without being asked: unless ``report.remove_published``, or, when that is None,
    ``overwrite_edited``). That holds for a story that starts here and for the continuation here
    of a story from another page alike (its jump stays linked to it); a whole copy is not kept.
    What ``overwrite_edited`` removes of an edited or published story is named in the report.
    Returns the ones kept, in the order found (their ids added to ``used``), and how many went;
    the kept ones will stand at ``first_free``, the next position and so on, after the printed
    stories: their conflict lines number them on from ``first_number`` (the number of the
    page's stories + 1, 第N位 as the desk counts stories), or from ``first_free`` when not given."""
    kept: list[ArticlePart] = []
    removed = 0
    leaving = [part for part in existing if part.pk not in used]
    alone = _stories_of_one_part({part.article_id for part in leaving})
    gone: list[int] = []  # stories whose only part goes: deleted together at the end
    # Which story of the page each stored part was (第N位 of a part that goes, as the desk counts)
    was = {p.pk: n for n, p in enumerate(sorted(existing, key=lambda p: p.position), 1)}
    for part in leaving:
        at = (first_number or first_free) + len(kept)
        if moved_to_its_copy(
            page, part, report, number=was[part.pk]
        ):  # its story now starts on the copy's page
            remove_part(part)
            removed += 1
            continue
        if kept_as_conflict(page, part, report, position=at, overwrite_edited=overwrite_edited):
            used.add(part.pk)
            kept.append(part)
            continue
        removal_said(page, part, report, number=was[part.pk])
        if part.article_id in alone:
            part_release(part)  # links to it reopened; nothing of its story follows it
            gone.append(part.article_id)
        else:
            remove_part(part)
        removed += 1
    if gone:
        # One delete (one collection of what goes with them, the same rows and signals as a
        # delete of each): a story's other rows are never read by the steps above.
        Article.objects.filter(pk__in=gone).delete()
    return kept, removed


def kept_place(page: Page, kept: list[ArticlePart], first_free: int) -> None:
    """Edited stories kept although the text lost them: free positions after the rest, from
    ``first_free`` (the page's rows were moved out of the way before)."""
    for position, part in enumerate(kept, first_free):
        part.position = position
        part.save(update_fields=["position"])
        Article.objects.filter(pk=part.article_id, page=page).update(position=position)


def _stories_of_one_part(article_ids: set[int]) -> set[int]:
    """Which of these stories have only one part. (Removing another story's part never adds a
    part to one of them: what follows a removed part becomes a new story.)"""
    if not article_ids:
        return set()
    return set(
        ArticlePart.objects.filter(article_id__in=article_ids)
        .values("article_id")
        .annotate(parts=Count("pk"))
        .filter(parts=1)
        .values_list("article_id", flat=True)
    )


def remove_part(part: ArticlePart) -> None:
    """Delete a printed part; its story goes with it only if nothing else of it remains."""
    part_release(part)  # what followed it becomes a story of its own; links to it are reopened
    article = part.article
    if article.parts.count() == 1:
        article.delete()
    else:
        part.delete()
