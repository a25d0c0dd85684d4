"""A story merged by mistake (合并到上一篇) and split back (从这里拆开) gets its own address back.

A merge removes the later story: its old address (``/…/article/21/``) redirects (301,
:class:`~articles.models.ArticleRedirect`) to the story it joined (``/article/20/``), and so do
the citations of it. When an editor splits that text off again at the place it joined, the
story that comes back is the same story as far as its readers are concerned: it takes its old
id again (the redirect goes), so ``/article/21/`` leads to the text it always named and
``/article/20/`` keeps naming the story it printed first; a new id (``22``) would leave ``21``
leading to a story that no longer holds its text.

Which merged story comes back is read from history: the stories whose redirect leads to the
story split that a merge into it removed (the deletion's reason starts with
:data:`~articles.storyjoin.MERGE_REASON`), whose part's last record (the one the merge deleted)
opens with the block the split starts at: its title line, which the merge made a crosshead or
paragraph, or its first block when it had none. A split elsewhere (in the middle of the merged
text, or of the story's own) makes a new story, as before.
"""

from __future__ import annotations

from articles.models import Article, ArticlePart, ArticleRedirect
from articles.storyjoin import MERGE_REASON


def merged_story_back(article: Article, chosen: dict) -> int | None:
    """The id of the story merged into ``article`` that a split at its block ``chosen``
    (``{"kind", "text"}``: the first block the new story takes, as printed) brings back, or
    None (none of them opens there, or its id is taken again). The newest merge counts first.
    Three queries at most; one when no story redirects to ``article``."""
    old_ids = list(ArticleRedirect.objects.filter(article=article).values_list("old_id", flat=True))
    text = (chosen.get("text") or "").strip()
    if not old_ids or not text:
        return None
    merged = list(
        Article.history.filter(
            id__in=old_ids,
            history_type="-",
            history_change_reason__startswith=MERGE_REASON,
        )
        .order_by("-history_date", "-history_id")
        .values_list("id", "headline")
    )
    if not merged:
        return None
    opening: dict[int, set[str]] = {pk: {headline.strip()} - {""} for pk, headline in merged}
    parts = ArticlePart.history.filter(article_id__in=opening, history_type="-")
    for pk, title_lines, blocks in parts.order_by("-history_date", "-history_id").values_list(
        "article_id", "title_lines", "blocks"
    ):
        first = (title_lines or [None])[0] or next(iter(blocks or []), {}).get("text", "")
        opening[pk].add((first or "").strip())
    for pk, _ in merged:
        if text in opening[pk] and not Article.objects.filter(pk=pk).exists():
            return pk
    return None
