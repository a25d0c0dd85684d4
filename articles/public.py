"""The small helpers every public page, feed and sitemap shares.

What readers may see is each content model's ``objects.public()`` (:mod:`articles.querysets`, the
one gate); a story with everything its page shows is ``Article.objects.public().with_parts()``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, time
from json.decoder import WHITESPACE as _JSON_SPACE

from django.conf import settings
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Replace
from django.db.models.lookups import Exact
from django.urls import NoReverseMatch
from django.utils import timezone

from articles import caching
from articles.addresses import address
from articles.labels import SECTION_SPACES, LabelError, label_parts, section_key, section_tidy
from articles.language import story_language
from articles.models import (
    Article,
    ArticlePart,
    Issue,
    Page,
    Person,
    Publication,
)
from articles.queries import Prepared, field_names, instance, relate
from articles.storynames import story_label

#: The site's name (its masthead and footer on pages of no paper, the site-wide feed's title
#: and author, ``og:site_name`` there).
SITE_NAME = "数字报"

_PAPER_COLUMNS = field_names(Publication)
_PUBLIC_PAPER = Prepared(
    Publication,
    (str,),
    lambda slug: (
        Publication.objects.public()
        .filter(slug=slug)
        .order_by("pk")
        .values_list(*_PAPER_COLUMNS)[:1]
    ),
)


def default_paper() -> Publication | None:
    """The paper the site's home page shows (``NEWSROOM_DEFAULT_PAPER``) if readers may see it
    (it has a public issue), else None: what the masthead and footer of a page of no paper
    (search, people) name. One query, prepared (:mod:`articles.queries`)."""
    return public_paper(settings.NEWSROOM_DEFAULT_PAPER)


def public_papers() -> tuple[tuple[str, str], ...]:
    """``(name, slug)`` of every paper readers may see (it has a public issue), by name: the
    group's papers, which every page names when there are several (the masthead's 各报, the
    footer's list) and which make the home page a list of them
    (:class:`articles.views.edition.LatestIssueView`). Kept (:func:`articles.caching.kept`)
    while the epoch (``all``) is unchanged: a paper renamed bumps it, and so does publishing a
    paper's first public issue or taking back its last (:func:`papers_changed_by`)."""
    return caching.kept(
        "public-papers:v1",
        lambda: tuple(
            Publication.objects.public().order_by("name", "pk").values_list("name", "slug")
        ),
        lambda _: (),
        shared=True,
    )


def papers_changed_by(issue: Issue) -> bool:
    """Whether publishing ``issue`` or taking it back changes which papers readers may see:
    its paper has no other public issue (asked before the change). Then every page's list of
    the group's papers changes (:func:`public_papers`), so the caller bumps the epoch."""
    others = Issue.objects.public().filter(publication_id=issue.publication_id)
    return not others.exclude(pk=issue.pk).exists()


def public_paper(slug: str) -> Publication | None:
    """The paper ``slug`` if readers may see it (it has a public issue), else None. One query,
    prepared (:mod:`articles.queries`)."""
    alias, rows = _PUBLIC_PAPER.rows(slug)
    return instance(Publication, alias, _PAPER_COLUMNS, rows[0]) if rows else None


def share_issue(issue: Issue, pages) -> None:
    """Pages fetched through a part or an article don't carry their issue; they all belong to
    ``issue`` (a story never leaves its issue), so hand it to them instead of a query each."""
    for page in pages:
        if page.issue_id == issue.pk:
            relate(page, "issue", issue)


# The name readers know a front page by when it prints no 版名, and the labels a front page has.
FRONT_PAGE = "头版"
FRONT_PAGE_LABELS = ("1", "A1")


def page_name(page: Page) -> str:
    """The section a reader knows the page by: its 版名, or 头版 for the front page."""
    if page.section:
        return page.section
    try:
        letters, number = label_parts(page.label)
    except LabelError:
        return ""
    return FRONT_PAGE if number == 1 and letters in ("", "A") else ""


def spaceless_section(field: str = "section"):
    """A query expression for :func:`articles.labels.section_key` of the page's 版名 ``field``
    (the spaces it was set with dropped, in the database: ``要　闻`` → ``要闻``)."""
    expression = F(field)
    for space in SECTION_SPACES:
        expression = Replace(expression, Value(space), Value(""))
    return expression


def in_section(section: str, prefix: str = "") -> Q:
    """Pages readers know as ``section`` (:func:`page_name`): its 版名 however it was spaced
    (``要　闻``, ``要 闻`` and ``要闻`` are one section: :func:`articles.labels.section_key`),
    and for 头版 also the front pages that print none. ``prefix`` leads from the queried model
    to the page."""
    key = section_key(section)
    condition = Q(Exact(spaceless_section(f"{prefix}section"), key))
    if key == FRONT_PAGE:
        condition |= Q(**{f"{prefix}section": "", f"{prefix}label__in": FRONT_PAGE_LABELS})
    return condition


def section_name():
    """A query expression for :func:`page_name` on pages, spaces dropped (the 版名's
    :func:`~articles.labels.section_key`, or 头版 for a front page printed without one), so
    sections can be grouped in the database."""
    return Case(
        When(section="", label__in=FRONT_PAGE_LABELS, then=Value(FRONT_PAGE)),
        default=spaceless_section(),
    )


def section_url(publication: Publication, section: str) -> str:
    """The section page's URL, named as the site names the section (the spaces the 版名 was
    set with dropped: :func:`articles.labels.section_tidy`, so ``要　闻`` links to
    ``/sections/要闻/``); "" for a page without a section name. Any printed name has one (``..``
    and ``a/b`` too: :class:`articles.urls.TextConverter` makes the segment safe)."""
    section = section_tidy(section or "")
    if not section:
        return ""
    try:
        return address("articles:section", paper=publication.slug, section=section)
    except NoReverseMatch:
        return ""


def person_url(who: str | Person) -> str:
    """A reporter's or photographer's page (``who``: the person, or a name); "" for a blank
    name. A person told apart from namesakes by a note (区分说明) has their own address,
    ``/people/<name>/<id>/`` (:meth:`Person.get_absolute_url`); a name alone leads to
    ``/people/<name>/``, which lists everyone bearing it."""
    name = who.name if isinstance(who, Person) else who
    if not name or not name.strip():
        return ""
    try:
        if isinstance(who, Person):
            return who.get_absolute_url()
        return address("articles:person", name=name)
    except NoReverseMatch:
        return ""


def person_feed_url(person: Person) -> str:
    """A person's feed address: ``/people/<name>/feed.xml``, or ``/people/<name>/<id>/feed.xml``
    for one told apart from namesakes by a note."""
    if person.note:
        return address("articles:person-one-feed", name=person.name, pk=person.pk)
    return address("articles:person-feed", name=person.name)


def credits_linked(
    pieces: Sequence[tuple[str, str]], people: Iterable[Person]
) -> tuple[tuple[str, str], ...]:
    """A byline's :func:`articles.bylines.credit_pieces` (``(text, name)``) as the public
    pages link them, ``(text, url)``: each name the page of the one of ``people`` (the story's
    reporters) bearing it (:func:`person_url`: a 王明 told apart from another 王明 by a note
    links to their own page), ``""`` for the text between them."""
    by_name = {person.name: person for person in people}
    return tuple(
        (text, person_url(by_name.get(name, name)) if name else "") for text, name in pieces
    )


def part_url(article: Article, part: ArticlePart) -> str:
    """Where a printed part is read: the story, at that part when it is a continuation; from
    its start when the part is a whole copy (``whole_copy``: the page printed the story again,
    its text held by the first part), as the page's list leads there."""
    url = article.get_absolute_url()
    return f"{url}#part-{part.sequence}" if part.sequence and not part.whole_copy else url


def issue_datetime(issue: Issue) -> datetime:
    """An issue's date as a moment (the start of the day, in the site's time zone), for feeds."""
    return timezone.make_aware(datetime.combine(issue.date, time(0, 0)))


def updated_for_readers(issue: Issue, changed: datetime | None) -> datetime:
    """When readers' text of a story of ``issue`` last changed, in the site's time zone:
    ``changed`` (its latest 更正 or 更新 after the issue came out, aware:
    :mod:`articles.corrections`), never before the issue's date; the issue's date
    (:func:`issue_datetime`) when it never changed. The feeds' ``<updated>`` and the story
    page's ``dateModified``: never its 更新时间, which an import, a publication, a photo's
    caption or a joined continuation moves (the sitemaps' ``lastmod`` follows those)."""
    printed = issue_datetime(issue)
    return printed if changed is None else timezone.localtime(max(printed, changed))


#: The dashes a deck is printed with to lead into the headline or out of it (引题
#: ``冬季供暖保障全面启动——``, 副题 ``——记乡村医生王芳``), and the spaces around them.
_DECK_DASHES = "—–―－-─ \u3000"


def deck_for_metadata(text: str) -> str:
    """A deck line (引题 or 副题) for metadata (JSON-LD ``alternativeHeadline``): without the
    dashes it is printed with at either end, which lead the eye to the headline on paper and
    are no part of the title. The stored text and the story page keep them."""
    return text.strip(_DECK_DASHES)


def reporters(article: Article) -> list[str]:
    """The names on the story's bylines, in printed order (from the prefetched bylines when
    there are some, without building ``article.bylines``'s manager and queryset)."""
    return [person.name for person in reporter_people(article)]


def reporter_people(article: Article) -> list[Person]:
    """The people on the story's bylines, in printed order (as :func:`reporters`)."""
    prefetched = getattr(article, "_prefetched_objects_cache", {}).get("bylines")
    bylines = article.bylines.all() if prefetched is None else prefetched
    return [b.person for b in sorted(bylines, key=_by_order)]


def _by_order(byline) -> int:
    return byline.order


def lead(blocks: list[dict], length: int = 120) -> str:
    """The first paragraph, shortened for lists and feeds."""
    text = next((b["text"] for b in blocks if b.get("kind") == "paragraph"), "")
    return shortened(text, length)


def shortened(text: str, length: int) -> str:
    """``text`` cut to ``length`` characters, the last an ellipsis, when it is longer."""
    return text if len(text) <= length else text[: length - 1] + "…"


_JSON = json.JSONDecoder()


def first_paragraph_in(blocks_json) -> str:
    """The text of the first paragraph in a part's ``blocks`` as the database gives the column
    (the JSON text of ``[{"kind": …, "text": …}, …]``), as :func:`lead` finds it, decoding the
    blocks one by one up to that paragraph only: a page lists each story's lead, and decoding
    every story's whole text was most of the page's parts query. A value already decoded (a
    list) is read as it is. Raises ``ValueError`` (``json.JSONDecodeError``) for text that is
    not a JSON list, as decoding it whole would."""
    if not isinstance(blocks_json, str):
        return next((b["text"] for b in blocks_json if b.get("kind") == "paragraph"), "")
    text = blocks_json
    at = _JSON_SPACE.match(text).end()
    if not text.startswith("[", at):
        found = json.loads(text)  # raises as the field would; a JSON value but not a list
        return first_paragraph_in(found if isinstance(found, list) else [])
    at = _JSON_SPACE.match(text, at + 1).end()
    if text.startswith("]", at):
        return ""
    while True:
        block, at = _JSON.raw_decode(text, at)
        if block.get("kind") == "paragraph":
            return block["text"]
        at = _JSON_SPACE.match(text, at).end()
        if text.startswith("]", at):
            return ""
        if not text.startswith(",", at):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
        at = _JSON_SPACE.match(text, at + 1).end()


def readers_updated(issue: Issue, corrections: tuple = ()) -> datetime:
    """When readers' text of a story of ``issue`` last changed (:func:`updated_for_readers`),
    from its ``corrections`` (:func:`articles.corrections.story_corrections`, its 更正 and 更新
    after the issue came out): what its feed entry's ``<updated>`` says, and its JSON twin's
    ``updated_at``."""
    return updated_for_readers(issue, max((c.at for c in corrections), default=None))


def date_modified(issue: Issue, corrections: tuple = ()) -> str:
    """A story's JSON-LD ``dateModified``: what its feed entry's ``<updated>`` says
    (:func:`readers_updated`), to the second; its ``datePublished`` (the issue's date) when
    readers' text never changed."""
    if not corrections:
        return issue.date.isoformat()
    return readers_updated(issue, corrections).isoformat(timespec="seconds")


def image_ld(card: dict, absolute) -> dict:
    """The JSON-LD ``image`` of a page whose card (:mod:`articles.opengraph`) shares a picture:
    an ``ImageObject`` of its address (made absolute by ``absolute``), its width and height
    when known, its ``alt`` as caption; what ``og:image`` and its properties say."""
    image = {"@type": "ImageObject", "url": absolute(card["image"])}
    if card.get("image_size"):
        image["width"], image["height"] = card["image_size"]
    if card.get("image_alt"):
        image["caption"] = card["image_alt"]
    return image


def news_article_ld(
    article: Article, request, corrections: tuple = (), notice_links=None, card=None
) -> dict:
    """schema.org NewsArticle for a story (reads prefetched parts and bylines only); its
    ``headline`` what readers see it called (:meth:`Article.name_for_readers`: an untitled
    brief by its first words, as its page's ``<title>``); ``dateModified`` when readers' text
    last changed (:func:`date_modified`, as the feeds date it); ``corrections``
    (:func:`articles.corrections.story_corrections`), each a ``CorrectionComment``, and the
    printed 更正 notice that corrects it (``notice_links``,
    :class:`articles.correctionnotices.NoticeLinks`), one more with its ``url``; a notice's
    story it corrects is its ``about``; ``image``: the picture its card shares (``card``,
    :func:`articles.opengraph.story_card`: the photo's copy for readers, its size and ``alt``
    as caption, or the page's thumbnail), as ``og:image`` says it."""
    issue = article.issue
    paper = issue.publication
    absolute = request.build_absolute_uri
    pages = article.printed_pages()
    authors = [
        {"@type": "Person", "name": person.name, "url": absolute(url)}
        if (url := person_url(person))
        else {"@type": "Person", "name": person.name}
        for person in reporter_people(article)
    ] or [{"@type": "Organization", "name": paper.name, "url": absolute(paper.get_absolute_url())}]
    url = absolute(article.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.name_for_readers(),  # an untitled brief: its first words
        "datePublished": issue.date.isoformat(),
        "dateModified": date_modified(issue, corrections),
        "author": authors,
        "publisher": {"@type": "Organization", "name": paper.name},
        "printEdition": f"{paper.name} {issue.date:%Y-%m-%d}"
        + (f" 第{issue.number}期" if issue.number else ""),
        "printPage": [page.label for page in pages],
        "printSection": page_name(article.page) or f"{article.page.label}版",
        "inLanguage": story_language(article),  # zh-Hant for a story printed so
        "url": url,
        "mainEntityOfPage": url,
        "isPartOf": {
            "@type": "PublicationIssue",
            "datePublished": issue.date.isoformat(),
            "url": absolute(issue.get_absolute_url()),
            "isPartOf": {"@type": "Periodical", "name": paper.name},
        },
    }
    if issue.number:
        data["isPartOf"]["issueNumber"] = str(issue.number)
    if article.kicker or article.subheadline:
        decks = (deck_for_metadata(x) for x in (article.kicker, article.subheadline))
        data["alternativeHeadline"] = " ".join(x for x in decks if x)
    if card and card.get("image"):
        data["image"] = image_ld(card, absolute)
    if article.dateline:
        data["dateline"] = article.dateline
    if article.page.section:
        data["articleSection"] = article.page.section
    if corrections:
        data["correction"] = [
            {
                "@type": "CorrectionComment",
                "text": c.text,
                "datePublished": c.iso,
            }
            for c in corrections
        ]
    if notice_links:
        _notice_ld(data, notice_links, absolute)
    return data


def _notice_ld(data: dict, notice_links, absolute) -> None:
    """A printed 更正 notice's links in ``data`` (a story's JSON-LD): one ``correction`` for each
    notice correcting the story (oldest first); on a notice, ``about`` the story it corrects (a
    list when it corrects several)."""
    for by in notice_links.corrected_by:
        data.setdefault("correction", []).append(
            {
                "@type": "CorrectionComment",
                "text": f"{by.printed_in}刊登更正",
                "url": absolute(by.url),
            }
        )
    about = [
        {"@type": "NewsArticle", "url": absolute(corrects.url), "headline": corrects.title}
        for corrects in notice_links.corrects
    ]
    if about:
        data["about"] = about[0] if len(about) == 1 else about


_LD_ESCAPES = (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026"))


def json_for_script(data, indent: int | None = None) -> str:
    """JSON safe inside a ``<script>`` element (and in a browser that sniffs a JSON response):
    ``<``, ``>`` and ``&`` are \\u-escaped, so printed text can never close the element or be
    read as markup (the same escaping as Django's ``json_script``). Three ``replace`` calls, not
    ``str.translate``: a table lookup for every character of Chinese text cost ~30 µs a story
    page's JSON-LD, ``replace`` well under 1."""
    text = json.dumps(data, ensure_ascii=False, default=str, indent=indent)
    for character, escaped in _LD_ESCAPES:
        if character in text:
            text = text.replace(character, escaped)
    return text


def section_printed(publication: Publication, section: str) -> bool:
    """Whether a published page of ``publication`` is known as ``section`` (:func:`in_section`):
    the lists of sections name it, so its page and feed open even before a story there is
    published (a late page whose stories are drafts, a page of adverts)."""
    return (
        Page.objects.public().filter(in_section(section), issue__publication=publication).exists()
    )


def section_articles(publication: Publication, section: str):
    """Published stories of ``publication`` with a part printed on a page of ``section``,
    newest first."""
    parts = ArticlePart.objects.filter(
        in_section(section, "page__"), page__issue__publication=publication
    ).values("article_id")
    return (
        Article.objects.public()
        .with_parts()
        .filter(issue__publication=publication, pk__in=parts)
        .order_by("-issue__date", "page__sequence", "position")
    )


def listed_name(article, names: dict[int, str], lead: str) -> str:
    """What readers see ``article`` called in a list (its page, the issue's contents): its
    title; an untitled one (a 简讯 box's items) by its first words, as editors see it
    (:func:`articles.storynames.story_label`: ``县质监局对全县液化气充…``), so that the briefs of
    one box read apart: ``names[article.pk]`` when the caller read it
    (:func:`articles.selectors.untitled_names`), else from ``lead``, the first paragraph of the
    part the list shows (a continuation of an untitled story: the words it prints there);
    ``（无标题）`` only for a story that prints no text. No query."""
    if article.title:
        return article.title
    return names.get(article.pk) or story_label("", opening=lead, dateline=article.dateline)
