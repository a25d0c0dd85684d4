"""Stories whose page was re-sent with other text that their hand edit kept out: 版面文本有改动未采用.

A re-import leaves a story edited by hand as the editor saved it and says once, in the import's
result, what the page text changed (``articles.importing.pagetext``); the desk offers
采用版面文本 on the story's form (``articles.importing.pagetake``). A correction re-sent late at
night (``最高三十万元`` → ``最高五十万元``) could then go public un-applied, nobody at 签发 or
发布本期 having seen that line. So every place that makes a story public, or stands for it,
asks here (README: The editors' desk, “版面文本有改动未采用”):

* :func:`pending_texts` — the stories of a list whose page text differs from what they held as
  last imported, each with its page and the changes (one :class:`PendingText` per page);
* :func:`by_story` / :func:`story_line` — those of one story together (a jumped story's pages
  are one story, listed once);
* :func:`pending_ids` — the same as ids, for the story list's filter and the desk home's count;
* :func:`pending_key` / :func:`not_shown` — what a confirmation page listed, so its tick
  (已核对) acknowledges those and a story whose page changed after the page was shown is named.

A story is asked about only when it is edited by hand (``edited_at``) and one of its pages,
written by the current parser, had its text imported after the story was made
(:func:`candidates`, one query): the rest cannot differ. Each one asked about parses its pages
(milliseconds a page: :func:`~articles.importing.pagetake.page_text_offers`); no transaction
should be open.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, QuerySet

from articles import parsing
from articles.importing.pagetake import page_text_offers
from articles.importing.pagetext import changes_line
from articles.models import Article, ArticlePart
from articles.storynames import quoted

#: How the desk names the state, in lists, filters and counts.
PENDING_TEXT = "版面文本有改动未采用"
#: What the shell is told to do about one (``publish_issue``'s 请核对 line).
PENDING_HINT = (
    f"{PENDING_TEXT}：已按编辑保存的内容发布；版面改对了的，在编辑后台打开稿件点“采用版面文本”"
)


@dataclass(frozen=True)
class PendingText:
    """Story ``article``'s part on page ``page_id`` (版次 ``label``) is printed otherwise by the
    page's text now (``changes``: :func:`~articles.importing.pagetext.changes`' lines, never
    empty); ``token``: the fingerprint 采用版面文本 confirms (it changes with the story or the
    page)."""

    article: Article
    page_id: int
    label: str
    changes: tuple[str, ...]
    token: str

    @property
    def name(self) -> str:
        """``A1版“稳就业……”``."""
        return f"{self.label}版{quoted(self.article.name_for_editors())}"

    @property
    def line(self) -> str:
        """``A1版“稳就业……”：版面文本有改动：第3段“…三十万元…”→“…五十万元…”``."""
        return f"{self.name}：{changes_line(list(self.changes))}"


def candidates(articles: QuerySet) -> QuerySet:
    """Those of ``articles`` that may differ from their page text: edited by hand, with a part
    (not a whole copy) on a page of the current parser version whose text was imported after
    the story was made (a re-sent page). One query; the check itself is :func:`pending_texts`."""
    reimported = ArticlePart.objects.filter(
        article=OuterRef("pk"),
        whole_copy=False,
        page__parser_version=parsing.PARSER_VERSION,
        page__imported_at__gt=OuterRef("created_at"),
    )
    return articles.filter(edited_at__isnull=False).filter(Exists(reimported))


def pending_texts(articles: Iterable[Article] | QuerySet) -> list[PendingText]:
    """The page texts not taken over by ``articles`` (a queryset or stories; the order kept),
    one per story and page. ``[]`` when none is edited by hand on a re-sent page."""
    rows = list(articles)
    ids = [a.pk for a in rows]
    asked = set(candidates(Article.objects.filter(pk__in=ids)).values_list("pk", flat=True))
    pending = []
    for article in rows:
        if article.pk not in asked:
            continue
        for offer in page_text_offers(article):
            pending.append(
                PendingText(
                    article=article,
                    page_id=offer.page.pk,
                    label=offer.page.label,
                    changes=tuple(offer.changes),
                    token=offer.token,
                )
            )
    return pending


def by_story(pending: list[PendingText]) -> list[list[PendingText]]:
    """``pending`` grouped by story, in their order: a story jumping A1 → A2 with both pages'
    text pending is one story (listed, counted and named once), its pages in its parts' order."""
    groups: dict[int, list[PendingText]] = {}
    for text in pending:
        groups.setdefault(text.article.pk, []).append(text)
    return list(groups.values())


def story_line(texts: list[PendingText]) -> str:
    """One story's pages (a :func:`by_story` group) in one line: its one page's
    :attr:`PendingText.line`, or ``A1版“港口建设提速”：A1版版面文本有改动：…；A2版版面文本有改动：…``."""
    if len(texts) == 1:
        return texts[0].line
    said = "；".join(f"{t.label}版{changes_line(list(t.changes))}" for t in texts)
    return f"{texts[0].name}：{said}"


def pending_ids(articles: QuerySet) -> set[int]:
    """The ids of ``articles`` with a page text not taken over (:func:`pending_texts`)."""
    stories = candidates(articles).select_related("issue__publication")
    return {p.article.pk for p in pending_texts(stories)}


def pending_key(pending: PendingText) -> str:
    """What a confirmation page lists of ``pending``: its story, page and the fingerprint of
    both, so a tick acknowledges exactly what was shown."""
    return f"{pending.article.pk}:{pending.page_id}:{pending.token}"


def not_shown(pending: list[PendingText], shown: Iterable[str] | None) -> list[PendingText]:
    """Those of ``pending`` that a page listing ``shown`` (:func:`pending_key`\\ s) did not list:
    the page's text or the story changed after it was shown. ``shown`` None (a client that
    did not send the field) lists none."""
    keys = set(shown or ())
    return [p for p in pending if pending_key(p) not in keys]
