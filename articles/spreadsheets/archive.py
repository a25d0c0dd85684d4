"""The story spreadsheet's columns for the archive: who signed a story off and when, when it
was first published, its public address and the 更正 / 更新 notes readers see on it.

Export only: each column's name ends in （只读）, the import reads none of them, and a preview of
a file that carries them says so (:func:`ignored_columns`). Read once for the whole export
(:func:`first_published`: one query, and the corrections of the stories saved after their
issue was published: :func:`articles.corrections.stories_corrections`, one query), a chunk of
stories at a time (:class:`articles.spreadsheets.stories.ArticleResource`), so the export takes
a fixed number of queries a chunk, whatever the stories hold."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db.models import Min
from django.utils import timezone

from articles.corrections import Correction, story_corrections
from articles.editlocks import person_name
from articles.models import Article, Status

SIGNED_OFF_BY = "签发人（只读）"
SIGNED_OFF_AT = "签发时间（只读）"
PUBLISHED_AT = "发布时间（只读）"
PUBLIC_URL = "网址（只读）"
CORRECTIONS = "更正与更新（只读）"
#: The archive's columns, in the order exported.
ARCHIVE_COLUMNS = (SIGNED_OFF_BY, SIGNED_OFF_AT, PUBLISHED_AT, PUBLIC_URL, CORRECTIONS)


def local_minute(at: datetime | None) -> str:
    return timezone.localtime(at).strftime("%Y-%m-%d %H:%M") if at else ""


def first_published(article_ids: Iterable[int]) -> dict[int, datetime]:
    """When each story was first published (its first history record as 已发布), by id. One
    query."""
    rows = (
        Article.history.filter(id__in=list(article_ids), status=Status.PUBLISHED)
        .values("id")
        .annotate(first=Min("history_date"))
    )
    return {row["id"]: row["first"] for row in rows}


def signed_off_by(article: Article) -> str:
    return person_name(article.signed_off_by) if article.signed_off_by_id else ""


def public_url(article: Article, origin: str) -> str:
    """The story's public address (with ``origin``, ``https://host``, when known); "" while
    readers cannot open it (not published, or its issue not public)."""
    if article.status != Status.PUBLISHED or article.issue.status != Status.PUBLISHED:
        return ""
    return origin + article.get_absolute_url()


def corrections_text(
    article: Article, notices: Iterable[str] = (), found: Iterable[Correction] | None = None
) -> str:
    """The 更正 / 更新 lines readers see on the story, one a line, then ``notices``: its
    ``本报12月6日A3版刊登更正`` lines (:func:`articles.correctionnotices.shown.corrected_by_lines`),
    as its page shows them. ``found``: its corrections read already for a chunk of stories
    (:func:`articles.corrections.stories_corrections`), else read here (one query when it was
    saved after its issue came out)."""
    if article.status != Status.PUBLISHED:
        return ""
    if found is None:
        found = story_corrections(article, article.issue.published_at)
    return "\n".join([*(correction.text for correction in found), *notices])


def ignored_columns(headers: Iterable[str] | None) -> list[str]:
    """The archive columns a file sent for import carries: read by nobody (said in the
    preview)."""
    sent = set(headers or [])
    return [column for column in ARCHIVE_COLUMNS if column in sent]
