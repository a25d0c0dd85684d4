"""A story whole: its deck, every printed part in order across pages, photos, 上一篇/下一篇 on its
page and related stories."""

from __future__ import annotations

from functools import cache, partial

from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils import timezone

from articles import caching
from articles.bylines import credit_pieces, names_as_printed
from articles.citations import UNTITLED_BRIEF, UNTITLED_PICTURE, newspaper_citation
from articles.continuations.joinedbylines import joined_bylines, story_byline
from articles.correctionnotices import NoticeLinks, kept_notice_links
from articles.correctionnotices.shown import NONE as NO_NOTICE_LINKS
from articles.corrections import Correction, kept_corrections
from articles.importeddecks import imported_deck
from articles.language import story_language
from articles.models import Article, Page
from articles.opengraph import story_card
from articles.printeddeck import PrintedDeck, printed_deck, shown_printed_title
from articles.public import credits_linked, news_article_ld, page_name, person_url, share_issue
from articles.queries import relate
from articles.related import shown_related, story_keywords
from articles.selectors import (
    StoryBody,
    byline_former_names,
    moved_story,
    page_neighbours,
    photo_credits,
    public_story,
    story_body,
)
from articles.storynames import UNTITLED
from articles.storytext import carried_blocks
from articles.templatetags.epaper import (
    description,
    photo_key,
    related_key,
    story_body_key,
    tabs_key,
)
from articles.views.base import PaddedId, PublicView, frame_pages, reader_root
from articles.views.pictures import story_pictures


class ArticleView(PublicView):
    """``/<paper>/<date>/article/<pk>/``: a stitched story with its deck, every part in order,
    jump markers linking both pages, photos, 上一篇/下一篇 within its page and related stories."""

    template_name = "articles/article_detail.html"

    def get(self, request, *args, **kwargs):
        try:
            if isinstance(self.kwargs["pk"], PaddedId):
                return self.canonical_redirect(request)
            return super().get(request, *args, **kwargs)
        except Http404:
            # A continuation that was a story of its own before its jump was resolved.
            moved = moved_story(self.kwargs["pk"])
            if moved is not None:
                return HttpResponsePermanentRedirect(self.moved_url(request, moved))
            raise

    def moved_url(self, request, moved: Article) -> str:
        """Where a former story's address leads now that it joined ``moved``: the same route's
        address of ``moved`` (its page, or its JSON twin for an old ``.json`` address, so a
        program that read the twin goes on reading one), on its own paper and date."""
        match = request.resolver_match
        if match is None or match.view_name == "articles:article":
            return moved.get_absolute_url()
        issue = moved.issue
        kwargs = {"paper": issue.publication.slug, "date": issue.date, "pk": moved.pk}
        return reverse(match.view_name, kwargs=kwargs)

    def canonical_redirect(self, request) -> HttpResponsePermanentRedirect:
        """``…/article/01/`` (an id with leading zeros, :class:`articles.views.base.PaddedId`): a 301
        to the same route's canonical address (``…/article/1/``, or ``1.json`` for the JSON
        twin) when readers may see the story, as a page's ``a1`` or ``02`` is redirected
        (:class:`articles.views.PageView`); else the 404 any id gets."""
        self.get_article()  # Http404 unless readers may see it
        kwargs = {**self.kwargs, "pk": int(self.kwargs["pk"])}
        return HttpResponsePermanentRedirect(
            reverse(request.resolver_match.view_name, kwargs=kwargs)
        )

    def get_article(self) -> Article:
        """The story named by the URL if readers may see it (else 404), with its issue, paper
        and home page: one query. Its parts and bylines come from :func:`kept_body`."""
        if not hasattr(self, "_article"):
            self._article = public_story(
                self.kwargs["paper"], self.kwargs["date"], self.kwargs["pk"]
            )
            if self._article is None:
                raise Http404("No Article matches the given query.")
        return self._article

    def get_context_data(self, **kwargs):
        article = self.get_article()
        issue = article.issue
        pages = frame_pages(issue)
        body, keywords, joined = kept_body(article, pages)
        body.attach(article)
        parts = article.ordered_parts()
        share_issue(issue, [article.page])
        previous = None
        shown = carried_blocks([part.blocks for part in parts])
        for part, (blocks, carried_in) in zip(parts, shown, strict=True):
            # (the part before it: its 上接 leads to that part's place, ``#story-<position>``)
            part.previous_part = previous
            # (its 下转 and 上接 as printed: the 上接 shown where it goes on from that part)
            part.printed_markers = body.markers.get(part.pk, (None, None))
            part.previous_page = previous.page if previous else None
            part.shown_blocks, part.carried_in = blocks, carried_in
            for block in blocks:  # where a paragraph cut by a jump goes on, named inside it
                if "carry" in block:
                    block["carry_to"] = parts[block.pop("carry_part")]
                    block["carry_page"] = block["carry_to"].page
            previous = part
        previous_article, next_article = kept_neighbours(article)
        reporters = [b.person for b in body.bylines]
        related = shown_related(article, limit=5, keywords=keywords)
        # 更正 / 更新 lines: none, and no query, for a story not saved since its issue came out
        corrections = kept_corrections(article, article.issue_published_at)
        # 本报12月6日A3版刊登更正 / the story a notice corrects: no query without a link
        notice_links = kept_notice_links(article)
        shown_byline = story_byline(article, joined)  # (with its joined parts' 署名)
        page_shown = story_page_shown(
            article,
            reporters,
            previous_article,
            next_article,
            corrections,
            notice_links,
            byline=shown_byline,
        )
        language = story_language(article)  # (its <html lang> and JSON-LD's inLanguage)
        card = story_card(
            article, page_shown["story_name"], description(article), body.photos, pages
        )
        ld_shown = json_ld_shown(article, self.request, page_shown["head_shown"])
        # (the <head>'s card: its picture, its size and alt, which the JSON-LD gives too)
        picture = (card["image"], card.get("image_size"), card.get("image_alt"))
        ld_shown = (*ld_shown, language, *picture)
        body_shown = cache(partial(story_body_key, parts, body.continued_on))
        ran_on, canonical = story_pictures(article, pages), article.get_absolute_url()
        permalink = reader_root(self.request) + canonical.lstrip("/")
        # 引用本文: worked out only when the page is rendered (everything it reads is in the
        # whole page's key: the head's values in ``ld_shown``, the photos' credits, the address)
        credits = credit_pieces(
            shown_byline,
            [person.name for person in reporters],
            byline_former_names([(shown_byline, reporters)]),
        )
        authors = names_as_printed(credits, [person.name for person in reporters])
        credits = credits_linked(credits, reporters)  # (text, the person's page)
        cited = cache(
            partial(
                story_citation, article, page_shown["story_name"], authors, body.photos, permalink
            )
        )
        caching.depends_on(
            caching.story(article.pk),
            caching.layout(article.page_id),  # 上一篇/下一篇: which stories, and their titles
            *(caching.story(other.pk) for other in (previous_article, next_article) if other),
            caching.issue_frame(issue.pk),
            *(caching.person(person.pk) for person in reporters),
            *(caching.person(c.person_id) for photo in body.photos for c in photo_credits(photo)),
            *(caching.story(other.pk) for other in related),
            *notice_links.tags,
        )
        return super().get_context_data(
            article=article,
            issue=issue,
            publication=issue.publication,
            pages=pages,
            parts=parts,
            continued_on=body.continued_on,
            printed_pages=article.printed_pages(),
            reporters=reporters,
            credits=credits,
            shown_byline=shown_byline,
            section=page_name(article.page),
            photos=body.photos,
            previous_article=previous_article,
            next_article=next_article,
            related=related,
            # Worked out only when the remembered <script> is not (``json_ld_shown``).
            json_ld=partial(
                news_article_ld, article, self.request, corrections, notice_links, card
            ),
            corrections=corrections,
            notice_links=notice_links,
            ran_on=ran_on,
            canonical=canonical,
            page_language=language,
            og=card,
            citation=cited,
            permalink=permalink,
            **page_shown,
            ld_shown=ld_shown,
            # The body's {% remembered %} key, and its description's: worked out once, when
            # the template first asks (the JSON twin never does).
            body_shown=body_shown,
            # The whole page's (``{% extends … remembered %}``): worked out when first asked.
            page_shown=cache(
                partial(
                    story_whole_shown,
                    (ld_shown, body_shown, page_shown["foot_shown"], canonical),
                    related,
                    body.photos,
                    ran_on,
                    (pages, article.page),
                )
            ),
            **kwargs,
        )


def story_whole_shown(keys: tuple, related: list, photos: list, ran_on: list, tabs: tuple) -> tuple:
    """Everything the whole story page shows (``articles/article_detail.html`` in base.html),
    as plain values: the key of ``{% extends … remembered page_shown %}``. ``keys``: its
    fragments' (``ld_shown``, which holds the head's, the host and the issue's number for the
    masthead; ``body_shown``, called; ``foot_shown``) and its canonical address (with them and
    the photos' credits, all its 引用本文 entry reads: :func:`story_citation`); besides, its
    related list's, photos' and page tabs' keys (``tabs``: the issue's pages and the story's
    home page) and where it ran (``ran_on``, :func:`articles.views.pictures.story_pictures`,
    not remembered on its own). Whatever the page reads must be here."""
    ld_shown, body_shown, foot_shown, canonical = keys
    pages, page = tabs
    return (
        ld_shown,
        body_shown(),
        foot_shown,
        canonical,
        related_key(related),
        tuple(photo_key(photo) for photo in photos),
        tuple(
            (
                where["page"].get_absolute_url(),
                where["page"].label,
                where["picture"].thumbnail.url,
                where["view_box"],
                where["path"],
            )
            for where in ran_on
        ),
        tabs_key(pages),
        page.pk,
    )


def story_citation(article: Article, name: str, reporters: list, photos: list, url: str) -> str:
    """The story's 引用本文 entry (:func:`articles.citations.newspaper_citation`): its reporters
    (``reporters``: their names as the byline prints them, :func:`articles.bylines.names_as_printed`),
    else, for a picture story (:meth:`Article.is_picture_story`), its photographers (``photos``'
    credits, each once), as its authors (a text story with neither: title first); its title as
    the paper printed it, its subheadline after it (a deck corrected since print is cited as
    printed, :func:`articles.printeddeck.printed_deck`: a citation of a newspaper names what the
    paper printed, which a reader can find in it), else ``name`` its title as readers see it
    (:func:`story_page_shown`'s ``story_name``: an untitled story is cited by a supplied title,
    ``[简讯]``, ``[图片]`` when it prints no text);
    the pages it is printed on; ``url`` its absolute address. No query."""
    names = list(reporters)
    if not names and article.is_picture_story(bool(photos)):
        for photo in photos:
            for credit in photo_credits(photo):
                if credit.person.name not in names:
                    names.append(credit.person.name)
    issue = article.issue
    title, subtitle = article.title, article.subheadline if article.headline else ""
    printed = _printed_deck(article)
    if printed is not None:  # (the title the paper printed: README, 引用本文)
        title, subtitle = printed.title, printed.subheadline if printed.headline else ""
    if not title:  # (a supplied title, never its opening words: articles.citations' notes)
        title = UNTITLED_PICTURE if photos and name == UNTITLED else UNTITLED_BRIEF
    return newspaper_citation(
        names=names,
        title=title,
        subtitle=subtitle,
        paper=issue.publication.name,
        day=issue.date,
        pages=[page.label for page in article.printed_pages()],
        url=url,
    )


def _printed_deck(article: Article) -> PrintedDeck | None:
    """The story's deck as its first part's page printed it, when the desk changed it since
    (:func:`articles.printeddeck.printed_deck`); None when it reads as printed. No query with
    its parts prefetched, but for a deck that may have been cut short (fewer characters than its
    printed lines: whether the story was edited by hand, then its deck as imported, one query
    each: :func:`articles.importeddecks.imported_deck`)."""
    parts = article.ordered_parts()
    lines = parts[0].title_lines if parts and parts[0].sequence == 0 else ()
    deck = (article.kicker, article.headline, article.subheadline)
    return printed_deck(lines, *deck, imported_deck(article, lines))  # (a cut deck: its import)


def story_page_shown(
    article: Article,
    reporters: list,
    previous: Article | None,
    following: Article | None,
    corrections: tuple[Correction, ...] = (),
    notice_links: NoticeLinks = NO_NOTICE_LINKS,
    byline: str | None = None,
) -> dict:
    """Everything the story page's head (its crumbs, deck, byline line and its 更正 / 更新 lines,
    ``corrections``, and a printed 更正 notice's links, ``notice_links``) and foot (本文刊于, 上一篇/下一篇) show
    (``articles/article_detail.html``), as plain values: their
    ``{% remembered %}`` keys ``head_shown`` and ``foot_shown``, so each is rendered once per
    process for each text. Whatever those blocks read must be here. ``article`` with its
    issue, paper, home page and parts (:meth:`Article.printed_pages`). Also ``story_name``:
    what readers see the story called (:meth:`Article.name_for_readers`), and
    ``printed_title``: its headline as printed when the desk corrected it since (the head's
    ``见报标题：…`` line, :func:`articles.printeddeck.shown_printed_title`; ``""`` when it reads
    as printed), both in the head's key. ``byline``: the 署名 the head shows
    (:func:`~articles.continuations.joinedbylines.story_byline`; ``article.byline`` when None)."""
    issue, page = article.issue, article.page
    paper = issue.publication
    printed = tuple((p.get_absolute_url(), p.label) for p in article.printed_pages())
    section = page_name(page)
    parts = article.ordered_parts()
    # An untitled brief's <title> (and its <h1>, for screen readers only): its first words.
    name = article.name_for_readers(parts[0] if parts else None)
    printed_title = shown_printed_title(_printed_deck(article), article.kicker, article.subheadline)
    head = (
        (paper.get_absolute_url(), paper.name, issue.get_absolute_url(), issue.date),
        (page.get_absolute_url(), page.label, section),
        (
            article.kicker,
            article.headline,
            article.subheadline,
            article.byline if byline is None else byline,
            name,
        ),
        printed_title,
        tuple((person.name, person_url(person)) for person in reporters),
        printed,
        tuple((c.kind, c.at) for c in corrections),
        notice_links.key(),
    )
    neighbours = tuple(
        (other.get_absolute_url(), getattr(other, "reader_name", other.title)) if other else None
        for other in (previous, following)
    )
    foot = (printed, section, paper.slug, page.section, neighbours)
    return {
        "head_shown": head,
        "foot_shown": foot,
        "story_name": name,
        "printed_title": printed_title,
    }


def json_ld_shown(article: Article, request, head: tuple) -> tuple:
    """Everything the story's JSON-LD (:func:`articles.public.news_article_ld`) reads, as
    plain values: the ``{% remembered %}`` key of its ``<script>`` in
    ``articles/article_detail.html`` (and of the page's title and its JSON twin's ``<link>``,
    which read less: the titles, the paper, the date and the story's address), so it is worked
    out and written once per process for each text. ``head``: :func:`story_page_shown`'s ``head_shown`` (the paper, issue, page,
    titles, reporters and printed pages); besides, the host the reader asked for (its absolute
    addresses), the story's address and dateline, the site's time zone (its ``dateModified``
    is the head's latest 更正 / 更新 in it), the issue's number and the page's section.
    Whatever ``news_article_ld`` reads must be here."""
    return (
        head,
        f"{request.scheme}://{request.get_host()}",
        article.get_absolute_url(),
        article.dateline,
        timezone.get_current_timezone_name(),
        article.issue.number,
        article.page.section,
    )


def kept_body(
    article: Article, pages: list[Page]
) -> tuple[StoryBody, tuple | None, tuple[str, ...]]:
    """The story's parts, bylines, photos and open jump (:func:`articles.selectors.story_body`,
    2–3 queries), the 署名 its joined parts printed apart from their text when its parts are on
    several pages (:func:`~articles.continuations.joinedbylines.joined_bylines`, one query; a
    story on one page has none: only a jump's link keeps one), and its keywords for its related list
    (:func:`articles.related.story_keywords`, one query; ``None`` when nothing is kept: the
    list is then worked out without them), kept (:func:`articles.caching.kept`) while the story,
    its issue's frame (the pages, and the jumps stitched) and the names of its reporters and
    photographers are unchanged: the tags the story page depends on for them. So the story page
    rendered again because a neighbour or a related story changed does not read them again; an
    edit to the story itself (its text, a part, a byline, a photo, its keywords: the story's
    tag) reads them at once. The keywords are kept here, with what is written again after an
    edit to the story anyway, so the related list needs no entry of its own under the story's
    tag (one cache write fewer after an edit, :func:`articles.related.shown_related`)."""

    def tags(kept: tuple[StoryBody, tuple | None, tuple[str, ...]]) -> list[str]:
        body = kept[0]
        return [
            caching.story(article.pk),
            caching.issue_frame(article.issue_id),
            *(caching.person(byline.person_id) for byline in body.bylines),
            *(caching.person(c.person_id) for photo in body.photos for c in photo_credits(photo)),
        ]

    def compute() -> tuple[StoryBody, tuple | None, tuple[str, ...]]:
        keywords = story_keywords(article.pk) if caching.keeping() else None
        body = story_body(article, pages)
        joined: tuple[str, ...] = ()
        if len({part.page_id for part in body.parts}) > 1:
            joined = tuple(joined_bylines([article.pk]).get(article.pk, ()))
        return body, keywords, joined

    # Not "body:…", "body-keywords:…" nor "body-values:…": values of another shape may still be kept there by
    # the code before, and a body pickled as column values (``StoryBody.__reduce__``) would not
    # unpickle in a process still running it.
    return caching.kept(f"body-values2:{article.pk}", compute, tags)


def kept_neighbours(article: Article) -> tuple[Article | None, Article | None]:
    """上一篇/下一篇 (:func:`articles.selectors.page_neighbours`, one query), kept while the
    story's home page prints the same stories in the same order and the two neighbours are
    unchanged (their titles), each with ``article.issue``."""

    def tags(found: tuple[Article | None, Article | None]) -> list[str]:
        return [caching.layout(article.page_id), *(caching.story(o.pk) for o in found if o)]

    found = caching.kept(
        f"neighbours:{article.pk}:{article.page_id}", lambda: page_neighbours(article), tags
    )
    for other in found:
        if other is not None:
            relate(other, "issue", article.issue)
    return found
