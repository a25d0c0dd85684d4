"""What readers see of a notice's link (:class:`articles.models.CorrectionNotice`): on the
corrected story ``本报12月6日A3版刊登更正`` (linking the notice), on the notice the story it
corrects; each only while the other story is public."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from articles import caching
from articles.models import Article, CorrectionNotice
from articles.models.notices import WITH_STORY
from articles.querysets import is_public


@dataclass(frozen=True)
class NoticeLink:
    """The other story of a link, as a story page names it: its address, issue date, home
    page label and title."""

    url: str
    day: str  # ``12月6日``
    label: str
    title: str

    @property
    def printed_in(self) -> str:
        """``本报12月6日A3版``."""
        return f"本报{self.day}{self.label}版"

    def as_json(self, absolute) -> dict:
        return {"url": absolute(self.url), "printed_in": self.printed_in, "title": self.title}


@dataclass(frozen=True)
class NoticeLinks:
    """A story's links: ``corrected_by``, the notice that corrects it (on the corrected story);
    ``corrects``, the story it corrects (on a notice); ``tags``: what they were read from (the
    story page depends on them: the other story, and its issue, which publishing changes)."""

    corrected_by: NoticeLink | None = None
    corrects: NoticeLink | None = None
    tags: tuple[str, ...] = ()

    @property
    def corrected_text(self) -> str:
        """``本报12月6日A3版刊登更正`` ("" without a notice)."""
        return f"{self.corrected_by.printed_in}刊登更正" if self.corrected_by else ""

    def key(self) -> tuple:
        """Plain values, for a ``{% remembered %}`` key."""
        return tuple(
            (link.url, link.day, link.label, link.title) if link else None
            for link in (self.corrected_by, self.corrects)
        )


NONE = NoticeLinks()


def _link(article: Article) -> NoticeLink:
    day = article.issue.date
    return NoticeLink(
        url=article.get_absolute_url(),
        day=f"{day.month}月{day.day}日",
        label=article.page.label,
        title=article.name_for_readers(),
    )


def notice_links(article: Article) -> NoticeLinks:
    """``article``'s links (:class:`NoticeLinks`), the other story's only while readers may
    see it. One query (``article.notice_linked`` False, as :func:`articles.selectors.public_story`
    reads it: none)."""
    if not getattr(article, "notice_linked", True):
        return NONE
    rows = (
        CorrectionNotice.objects.filter(state__in=WITH_STORY)
        .filter(Q(notice=article.pk) | Q(corrected=article.pk))
        .select_related(
            "notice__issue__publication",
            "notice__page",
            "corrected__issue__publication",
            "corrected__page",
        )
    )
    found: dict[str, NoticeLink] = {}
    tags: list[str] = []
    for row in rows:
        other, side = (
            (row.corrected, "corrects") if row.notice_id == article.pk else (row.notice, "by")
        )
        tags += [caching.story(other.pk), caching.issue(other.issue_id)]
        if is_public(other):
            found[side] = _link(other)
    return NoticeLinks(found.get("by"), found.get("corrects"), tuple(tags))


def kept_notice_links(article: Article) -> NoticeLinks:
    """:func:`notice_links`, kept (:func:`articles.caching.kept`) while the story, the other
    story and the other's issue are unchanged."""
    if not getattr(article, "notice_linked", True):
        return NONE
    return caching.kept(
        f"notice-links:{article.pk}",
        lambda: notice_links(article),
        lambda links: [caching.story(article.pk), *links.tags],
    )
