"""A page's stories as its lists show them: each printed story's entry (its address, name,
where it came from and goes on, its lead, the page it is the same story as when the page printed
it again whole) and the plain values its block shows (the key of the block's
``{% remembered %}``). No queries: from the rows :mod:`articles.selectors` read."""

from __future__ import annotations

from functools import lru_cache

from articles.bylines import credit_pieces
from articles.continuations.joinedbylines import listed_byline
from articles.models import Page
from articles.public import credits_linked, listed_name, part_url, shortened
from articles.selectors import PrintedPage


def page_stories(parts, names: dict[int, str] | None = None) -> list[dict]:
    """A page's printed stories in print order, each as the page shows it, with the ``name``
    readers see it listed by (:func:`articles.public.listed_name`; ``names``: the untitled
    stories' names when the caller read them, :func:`articles.selectors.untitled_names`; else
    a part's own ``first_paragraph``, which a page's parts carry). A whole copy of a story held
    on another page (``whole_copy``: the page printed the story again) is no continuation: it
    is ``same_as`` that page (its label, where ``continued_from`` is ``""``) and leads to the
    story from its start. No query."""
    result = []
    for part in parts:
        article = part.article
        lead = getattr(part, "first_paragraph", "")
        copy = part.whole_copy
        result.append(
            {
                "part": part,
                "article": article,
                "url": part_url(article, part),
                "continued_from": part.continued_from if part.is_continuation and not copy else "",
                "same_as": part.continued_from if copy else "",
                "name": listed_name(article, names or {}, lead),
            }
        )
    return result


def story_on_page(entry: dict, printed: PrintedPage, page_url=None, former=None) -> dict:
    """A story as its page shows it (:func:`page_stories`), with its ``bylines`` in order,
    where it goes on (``continued_on``: the next part; ``unfinished``: the printed marker of a
    jump that leads nowhere yet, :func:`articles.selectors.page_unfinished`), where it came
    from (``continued_from_page``; a whole copy, where the story is held: ``same_as_page``),
    its ``lead`` and its block's key ``shown``
    (:func:`shown_on_page`, ``page_url`` as there). ``former``: the former names of reporters
    the bylines print so (:func:`articles.selectors.byline_former_names`)."""
    part = entry["part"]
    article = entry["article"]
    ordered = printed.story_parts.get(article.pk, [])
    # A whole copy goes on nowhere, and no story goes on into one: it is the story again.
    later = [
        p
        for p in ordered
        if p.sequence > part.sequence and not p.whole_copy and not entry["same_as"]
    ]
    earlier = [p for p in ordered if p.sequence < part.sequence]
    entry["bylines"] = printed.bylines.get(article.pk, [])
    # The byline as printed, each person in it linkable: roles as the page printed them, with
    # those its joined parts printed apart (as the story page shows it).
    names = tuple(b.person.name for b in entry["bylines"])
    renamed = tuple((name, tuple(former[name])) for name in names if former and name in former)
    entry["credits"] = credits_linked(  # (text, the person's page: a namesake's own)
        page_credits(listed_byline(article), names, renamed), [b.person for b in entry["bylines"]]
    )
    entry["continued_on"] = later[0] if later else None
    entry["unfinished"] = None if later or entry["same_as"] else printed.unfinished.get(part.pk)
    entry["continued_from_page"] = (
        earlier[-1].page if earlier else printed.by_label.get(entry["continued_from"])
    )
    # The part it came from, whose place on its page (``#story-<position>``) the 上接 leads to.
    entry["continued_from_part"] = earlier[-1] if earlier else None
    if entry["same_as"]:  # a whole copy: the page holding the story (its first part's)
        entry["continued_from_page"] = entry["continued_from_part"] = None
        entry["same_as_page"] = (
            earlier[0].page if earlier else printed.by_label.get(entry["same_as"])
        )
    # Its 下转 and 上接 as printed (None where it printed none): shown as printed, linked.
    entry["markers"] = getattr(part, "printed_markers", (None, None))
    entry["lead"] = shortened(part.first_paragraph, 140)  # as lead(part.blocks, 140)
    entry["shown"] = shown_on_page(entry, page_url)
    return entry


@lru_cache(maxsize=4096)
def page_credits(
    byline: str, names: tuple[str, ...], former: tuple[tuple[str, tuple[str, ...]], ...] = ()
) -> tuple[tuple[str, str], ...]:
    """:func:`articles.bylines.credit_pieces` of ``byline``, ``names`` and ``former`` (the
    renamed people's former names, as pairs), as a tuple, worked out once per process for
    each (it follows from them alone)."""
    return tuple(credit_pieces(byline, names, dict(former)))


def shown_on_page(entry: dict, page_url=None) -> tuple:
    """Everything the page's block for a story (``articles/page_detail.html``) shows, as plain
    values: its ``{% remembered %}`` key, so the block is rendered once per process for each
    text. Whatever the block reads must be here. ``page_url(page)``: a page's address, as its
    ``get_absolute_url()`` gives it (the default; the page view's are worked out once a
    render, :func:`page_addresses`)."""
    page_url = page_url or Page.get_absolute_url
    article = entry["article"]
    came_from, goes_on, unfinished = (
        entry["continued_from_page"],
        entry["continued_on"],
        entry["unfinished"],
    )
    from_part = entry.get("continued_from_part")
    same_as = entry.get("same_as_page")
    return (
        entry["part"].position,
        entry["url"],
        entry["continued_from"],
        (came_from.label, page_url(came_from), from_part and from_part.position)
        if came_from
        else None,
        (entry["same_as"], page_url(same_as) if same_as else None),
        (article.kicker, article.headline, article.subheadline, entry["name"]),
        tuple(entry["credits"]),
        entry["lead"],
        entry.get("markers"),
        (goes_on.page.label, page_url(goes_on.page), goes_on.position) if goes_on else None,
        (unfinished.marker, page_url(unfinished.page) if unfinished.page else None)
        if unfinished
        else None,
    )
