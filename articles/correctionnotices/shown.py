"""What readers see of a notice's links (:class:`articles.models.CorrectionNotice`): on the
corrected story ``本报12月6日A3版刊登更正`` (linking the notice), one line a notice, oldest first
(a story corrected twice); on the notice each story it corrects, in the order it names them;
each only while the other story is public."""

from __future__ import annotations

from collections.abc import Iterable
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
    """A story's links: ``corrected_by``, the notices that correct it (on the corrected story;
    oldest first); ``corrects``, the stories it corrects (on a notice; as it names them);
    ``tags``: what they were read from (the story page depends on them: the other stories, and
    their issues, which publishing changes)."""

    corrected_by: tuple[NoticeLink, ...] = ()
    corrects: tuple[NoticeLink, ...] = ()
    tags: tuple[str, ...] = ()

    @staticmethod
    def corrected_text(link: NoticeLink) -> str:
        """``本报12月6日A3版刊登更正``: a notice correcting the story, as its line says it."""
        return f"{link.printed_in}刊登更正"

    @property
    def corrected_lines(self) -> list[tuple[NoticeLink, str]]:
        """Each notice correcting the story with its line, oldest first (the template's)."""
        return [(link, self.corrected_text(link)) for link in self.corrected_by]

    def key(self) -> tuple:
        """Plain values, for a ``{% remembered %}`` key."""
        return tuple(
            tuple((link.url, link.day, link.label, link.title) for link in links)
            for links in (self.corrected_by, self.corrects)
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
        # the notices correcting it oldest first; the stories a notice corrects as it names them
        .order_by("notice__issue__date", "notice__page__sequence", "notice__position", "order")
    )
    found: dict[str, list[NoticeLink]] = {"by": [], "corrects": []}
    tags: list[str] = []
    for row in rows:
        other, side = (
            (row.corrected, "corrects") if row.notice_id == article.pk else (row.notice, "by")
        )
        tags += [caching.story(other.pk), caching.issue(other.issue_id)]
        if is_public(other):
            found[side].append(_link(other))
    return NoticeLinks(tuple(found["by"]), tuple(found["corrects"]), tuple(tags))


def corrected_by_lines(article_ids: Iterable[int]) -> dict[int, list[str]]:
    """``{story id: its 本报12月6日A3版刊登更正 lines}`` for those of ``article_ids`` a public
    notice corrects, oldest first, as each story's page shows them (:func:`notice_links`): what
    the stories spreadsheet's 更正与更新 column adds to the 更正 / 更新 notes. One query for
    all of them."""
    rows = (
        CorrectionNotice.objects.filter(state__in=WITH_STORY, corrected__in=list(article_ids))
        .select_related("notice__issue__publication", "notice__page")
        .order_by("notice__issue__date", "notice__page__sequence", "notice__position", "order")
    )
    found: dict[int, list[str]] = {}
    for row in rows:
        if is_public(row.notice):
            line = NoticeLinks.corrected_text(_link(row.notice))
            found.setdefault(row.corrected_id, []).append(line)
    return found


def kept_notice_links(article: Article) -> NoticeLinks:
    """:func:`notice_links`, kept (:func:`articles.caching.kept`) while the story, the other
    story and the other's issue are unchanged."""
    if not getattr(article, "notice_linked", True):
        return NONE
    return caching.kept(
        f"notice-links:v2:{article.pk}",  # (v2: lists, a story corrected twice)
        lambda: notice_links(article),
        lambda links: [caching.story(article.pk), *links.tags],
    )
