"""A re-sent page's stories keep their imported version (导入时的版本) in their history.

An import writes its stories in bulk, which records no history; the desk records a story's
stored state as its first version before its first change (:func:`articles.editing.history_baseline`),
and a re-import must do the same before it changes a story: else the story's history begins
with the corrected text (``重新导入A2.txt：版面文本有更正``) and the 历史 page calls that its
earliest version, the import's text lost (a fresh reviewer's A1 + A2 imported, A2 sent again with
a word changed). Here: the stories of a page imported again that have no history yet and whose
text, fields or reporters the new parse changes, or that lose a part, get it first, dated when
they were imported (the page's import time before this one, ``Page.imported_before``, set by
the pipeline)."""

from __future__ import annotations

from articles.editing import history_baseline
from articles.models import Article, ArticlePart, Byline, Page


def baselines_before_reimport(
    page: Page, existing: list[ArticlePart], matched: dict, stories: list
) -> None:
    """Record the imported version of each story of ``page`` the re-import changes, before it
    changes anything. ``existing``: the page's stored parts, each with its story; ``matched``:
    ``{position: stored part}`` the new parse's stories were matched to; ``stories``: the new
    parse's :class:`~articles.importing.rows.StoryRows`. A part no story was matched to is
    removed or kept apart: its story changes. A story differing only where the desk keeps a
    continuation otherwise (a repeated headline stitched) may get a baseline it did not need;
    that is its imported version all the same. Two queries, and the baseline's, at most."""
    ids = {part.article_id for part in existing}
    if not ids:
        return
    recorded = set(Article.history.filter(id__in=ids).values_list("id", flat=True).distinct())
    unrecorded = ids - recorded
    if not unrecorded:
        return
    reporters: dict[int, list[str]] = {pk: [] for pk in unrecorded}
    rows = Byline.objects.filter(article_id__in=unrecorded).order_by("article_id", "order")
    for article_id, name in rows.values_list("article_id", "person__name"):
        reporters[article_id].append(name)
    by_part = {part.pk: rows for rows in stories if (part := matched.get(rows.position))}
    changing = [
        part.article
        for part in existing
        if part.article_id in unrecorded
        and (
            part.pk not in by_part
            or (
                not part.whole_copy
                and by_part[part.pk].differs_from(
                    part,
                    is_home=part.article.page_id == page.pk,
                    reporters=reporters[part.article_id],
                )
            )
        )
    ]
    before = getattr(page, "imported_before", None)
    history_baseline(changing, imported={page.pk: before} if before else None)
