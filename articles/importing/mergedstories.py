"""Stories an editor merged (合并到上一篇, :mod:`articles.storyjoin`) as a re-import of their page
meets them: the new text prints the later story again, the stored page holds it inside the story
before it; :func:`merged_into` finds that story so the import keeps the merge (a conflict line
says so) instead of making the later story again beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from articles.importing.dropped import article_name
from articles.splitcuts import plain

if TYPE_CHECKING:
    from articles.importing.reports import PageImportReport
    from articles.importing.rows import StoryRows
    from articles.models import ArticlePart, Page


def merged_into(rows: StoryRows, existing: list[ArticlePart]) -> ArticlePart | None:
    """The stored part of a story edited by hand that holds ``rows`` (a story the new text
    prints that matched no stored part) whole or nearly: its title lines as a block and at
    least half of its paragraphs, as printed (spaces aside), or all of them. So an editor's
    合并到上一篇 (articles.storyjoin) stands through a re-import of the page: the later story is
    not made again beside the story that holds its text. None when no such part."""
    said = [plain(b["text"]) for b in rows.part["blocks"] if b.get("text")]
    title = plain(" ".join(rows.part["title_lines"]))
    for part in existing:
        if part.whole_copy or not part.article.is_edited:
            continue
        held = {plain(b.get("text", "")) for b in part.blocks}
        found = sum(text in held for text in said)
        if said and (found == len(said) or (title in held and 2 * found >= len(said))):
            return part
    return None


def rows_name(rows: StoryRows) -> str:
    """A story of the new text by its headline, else its title lines or first words."""
    first = rows.part["blocks"][0]["text"][:20] if rows.part["blocks"] else ""
    return rows.article.get("headline") or " ".join(rows.part["title_lines"]) or first


def merge_kept(
    page: Page, rows: StoryRows, holder: ArticlePart, report: PageImportReport
) -> ArticlePart:
    """The conflict line of a story the new text prints that ``holder`` holds (:func:`merged_into`):
    kept merged, not made again. Returns ``holder``."""
    report.conflicts.append(
        f"{page.label} #{rows.number} “{rows_name(rows)}”: merged by an editor into "
        f"{article_name(holder.article, holder)}; kept merged"
    )
    return holder
