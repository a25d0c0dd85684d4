"""The repeated headline of a continuation left on its own because an editor confirmed its 下转
elsewhere (:func:`~articles.continuations.weaklinks.confirmed_elsewhere`): A1's
``全市早稻栽插基本结束（下转A3版）`` confirmed (核对无误) to go on on A2, then A3 sent again with
``（上接A1版）早稻栽插`` / ``另据了解，…``. Nothing links that A3 part, so the stitching rule
(:mod:`articles.continuations.headlines`) never had its story's deck as evidence, and the parser
had glued the shortened headline into its text (``早稻栽插另据了解，…``), which the desk, the
reports and readers then showed as its first words.

The story whose 下转 names this page and whose page this 上接 names is the evidence here: the
part's leading lines that repeat its deck (:func:`~articles.continuations.headlines.as_stitched`,
the same rule, the same safety: only lines the page prints right after the marker, repeating
the deck whole or shortened, and only when putting them back gives the parser's blocks) become
the part's title lines, and its text starts after them (``另据了解，…``: the part is then named so
in the reports and on the desk). A part an editor later links to that story keeps them (the same
deck); a re-import of the page compares the new parse in that form (:func:`kept_rows`), so an
unchanged page writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from articles.bulk import update_rows
from articles.continuations.headlines import as_stitched, leads, may_repeat, stitched_rows
from articles.continuations.partdecks import deck_before, story_decks
from articles.continuations.weaklinks import confirmed_elsewhere
from articles.models import ArticlePart, Jump, JumpDirection, JumpState, Page
from articles.queries import Prepared

#: The states of a 上接 no 下转 has answered (what :func:`confirmed_elsewhere` looks at).
_ANSWERED = (JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED)
#: A sequence past every part's: a deck with the title lines of all the story's parts.
_ALL_PARTS = 10**6

#: Whether some issues (ids) hold a 下转 an editor confirmed to a part: what
#: :func:`~articles.continuations.weaklinks.confirmed_elsewhere` needs to find anything.
_ANY_CONFIRMED = Prepared(
    Jump,
    (list,),
    lambda issue_ids: Jump.objects.filter(
        part__page__issue_id__in=issue_ids,
        direction=JumpDirection.FORWARD,
        state=JumpState.MANUAL,
        to_part__isnull=False,
    ).values_list("pk")[:1],
    primary=True,
)


def _open_backward(parts: Iterable[ArticlePart]) -> list[Jump]:
    """The open 上接 of ``parts`` (their page and story at hand): one query."""
    return list(
        Jump.objects.filter(part__in=[p.pk for p in parts], direction=JumpDirection.BACKWARD)
        .exclude(state__in=_ANSWERED)
        .select_related("part__page", "part__article")
        .defer("part__page__raw_text", "part__page__parser_flags")
    )


def lone_decks(parts: list[ArticlePart]) -> dict[int, list[str]]:
    """{part id: the deck its leading lines may repeat} for those of ``parts`` (continuations
    standing as their own story) whose 上接 is open and whose 下转 an editor confirmed on
    another page: that 下转's story's kicker, headline, subheadline and its parts' title lines
    (:func:`~articles.continuations.partdecks.deck_before`). A few queries, none without such
    a part."""
    if not parts:
        return {}
    links = confirmed_elsewhere(_open_backward(parts))
    if not links:
        return {}
    by_jump = {j.pk: j.part_id for j in Jump.objects.filter(pk__in=list(links))}
    stories = {link.part.article_id for link in links.values()}
    articles, titles = story_decks(stories)
    decks = {}
    for pk, link in links.items():
        article = articles.get(link.part.article_id)
        if article is not None:
            decks[by_jump[pk]] = deck_before(article, titles[article.pk], _ALL_PARTS)
    return decks


def _lone(parts) -> list[ArticlePart]:
    return [p for p in parts if p.sequence == 0 and p.continued_from and not p.whole_copy]


def lone_titles_follow(issue_ids: Iterable[int]) -> list[int]:
    """Give each continuation of the issues that stands alone, its 下转 confirmed elsewhere
    (:func:`lone_decks`), the title lines and blocks :func:`as_stitched` gives it with that
    story's deck (written only when they differ). Returns the ids of the stories changed. Run
    with :func:`~articles.continuations.headlines.titles_follow` (after each resolution and
    editor's link). Asks first whether the issues hold any 下转 an editor confirmed (one query
    built once, which an import's batches almost always find none of: nothing more then)."""
    issue_ids = list(issue_ids)
    if not _ANY_CONFIRMED.rows(issue_ids)[1]:
        return []  # (no deck to give: confirmed_elsewhere finds nothing without one)
    parts = _lone(
        ArticlePart.objects.filter(page__issue_id__in=issue_ids, sequence=0)
        .exclude(continued_from="")
        .only(
            "pk",
            "article_id",
            "page_id",
            "sequence",
            "title_lines",
            "blocks",
            "continued_from",
            "whole_copy",
        )
        .order_by()
    )
    decks = lone_decks(parts)
    parts = [p for p in parts if p.pk in decks and may_repeat(p.title_lines, p.blocks, decks[p.pk])]
    if not parts:
        return []
    raw = dict(Page.objects.filter(pk__in={p.page_id for p in parts}).values_list("pk", "raw_text"))
    changed = []
    for part in parts:
        title_lines, blocks = as_stitched(
            part.title_lines, part.blocks, leads(raw.get(part.page_id) or ""), decks[part.pk]
        )
        if title_lines != part.title_lines or blocks != part.blocks:
            part.title_lines, part.blocks = title_lines, blocks
            changed.append(part)
    update_rows(changed, ["title_lines", "blocks"])
    return sorted({p.article_id for p in changed})


def kept_rows(page: Page, part: ArticlePart, rows):
    """A page imported again (``rows``: the importer's rows of one parsed story, ``part`` the
    stored part it was matched to, ``page`` with its new raw text): the rows as the desk keeps
    that part, so that one already split the same way is not written again: a stitched
    continuation's (:func:`~articles.continuations.headlines.stitched_rows`), or a lone one's
    whose 下转 an editor confirmed elsewhere (:func:`lone_decks`)."""
    if not _lone([part]):
        return stitched_rows(page, part, rows)
    fields = rows.part
    deck = lone_decks([part]).get(part.pk)
    if deck is None or not may_repeat(fields["title_lines"], fields["blocks"], deck):
        return rows
    title_lines, blocks = as_stitched(
        fields["title_lines"], fields["blocks"], leads(page.raw_text or ""), deck
    )
    if title_lines == fields["title_lines"] and blocks == fields["blocks"]:
        return rows
    return replace(rows, part={**fields, "title_lines": title_lines, "blocks": blocks})
