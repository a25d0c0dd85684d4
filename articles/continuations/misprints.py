"""Continuations, a misprinted page number: a 下转 whose printed page has no continuation for it,
answered by one on another page.

A night editor reads ``（下转A3版）`` under 全市夏粮收购进度过半 on A1, finds nothing on A3 that
goes on from A1, and finds on A2 ``全市夏粮收购进度过半`` / ``（上接A1版）据统计，…``, which no
other 下转 took: the page number was set wrong, and that is the continuation. The resolver does
the same, only where nothing else can be meant (:func:`misprinted_links`): the printed page is
imported and has no free ``上接`` continuation of the marker's page at all; exactly one free
continuation elsewhere in the issue (not on those two pages) names the marker's page in its own
``上接`` and repeats the story's headline, whole or shortened (:func:`answers`, the rule of
:mod:`~articles.continuations.headlines`); and it repeats the headline of no other open 下转 of
that page. A page still to come is waited for (the jump stays 待目标版面): the late A3 may
print the continuation after all. The link is marked (``Jump.page_misprinted``) and said as the
weaker kind wherever links are named (``印的是A3版，接续在A2版：转版版次可能印错``).

The jump's fix page offers the same continuations (:func:`answering_parts`), whatever the
printed page holds or whether it is imported, for an editor to pick; ``check_jumps`` lists the
links made so (:func:`articles.continuations.weaklinks.misprint_links`), as the desk's
``?broken=misprint`` filter does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from articles.continuations.headlines import Lead, leads, repeats, title_count
from articles.continuations.matching import backward_matches, page_find
from articles.models import (
    Article,
    ArticlePart,
    Jump,
    JumpDirection,
    JumpState,
    Page,
)

# What a link to another page's continuation is given as its confidence: not a score of words,
# the marker and the repeated headline (a held link needs one: ``Jump.is_held``).
MISPRINT_CONFIDENCE = 0.5

_TAKEN = (JumpState.LINKED, JumpState.MANUAL)
_SETTLED = (JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED)


def story_deck(article: Article, parts: Sequence[ArticlePart], upto: int) -> list[str]:
    """The lines a continuation of ``article`` after its part ``upto`` (a sequence) may repeat:
    the title lines printed over its parts up to there, its kicker, headline and subheadline."""
    lines = [line for p in parts if p.sequence <= upto for line in (p.title_lines or [])]
    return [*lines, article.kicker, article.headline, article.subheadline]


def answers(part: ArticlePart, deck: Sequence[str], page_leads: Sequence[Lead]) -> bool:
    """Whether continuation ``part`` repeats ``deck`` (:func:`story_deck`): its title lines
    printed over its ``上接`` each say a deck line again, whole or shortened; without any, the
    lines right under its marker (``page_leads``: its page's :func:`~articles.continuations.
    headlines.leads`) do, set apart from its text as a stitched continuation's would be
    (:func:`~articles.continuations.headlines.title_count`). Pure."""
    if part.title_lines:
        return all(repeats(line, deck) for line in part.title_lines)
    return any(title_count(lead, part.blocks or [], deck) for lead in page_leads)


def misprinted_links(
    jumps: list[Jump], pages_of: dict[int, dict[str, Page]]
) -> list[tuple[Jump, ArticlePart]]:
    """The 下转 of ``jumps`` (an issue's or a batch's, as the resolver holds them after its
    groups: states and links current) to link to a continuation on another page than the one
    they print (see the module's rule), each with that part (its story, page and title lines
    read). ``pages_of``: {issue id: {label: page}}. Open 下转 considered: ``unmatched`` ones
    and links held apart. No query when none of them has a free ``上接`` of its page elsewhere;
    else four at most (the parts claimed by open markers, the parts, the stories, the texts of
    the pages whose continuations repeat their headline under the marker)."""
    forward = [j for j in jumps if j.direction == JumpDirection.FORWARD]
    looked = _looked_for(forward, _free_backward(jumps, forward), pages_of)
    if not looked:
        return []
    wanted = {b.part_id for _, elsewhere in looked for b in elsewhere}
    read = _Read.of(forward, wanted)
    found: list[tuple[Jump, ArticlePart]] = []
    for jump, elsewhere in looked:
        answering = [p for b in elsewhere if (p := read.answer(jump, b))]
        if len(answering) != 1 or read.claimed.get(answering[0].pk, {jump.pk}) != {jump.pk}:
            continue  # none, several, or one an open marker may take: for an editor
        if not read.answers_another(jump, answering[0], elsewhere):
            found.append((jump, answering[0]))
    return found


def misprints_to_reopen(jumps: list[Jump], pages_of: dict[int, dict[str, Page]]) -> list[Jump]:
    """The links to another page's continuation among ``jumps`` (``Jump.page_misprinted``) that
    the rule may no longer make, to reopen before the resolver decides again: a page imported
    since brought a free ``上接`` of their page onto the page they print, or another free
    continuation elsewhere that repeats their story's headline (then which one goes on from
    there is for an editor; pages arriving in another order would not have linked it). No
    query when no such link has a free ``上接`` of its page besides its own."""
    forward = [j for j in jumps if j.direction == JumpDirection.FORWARD]
    free = _free_backward(jumps, forward)
    looked: list[tuple[Jump, list[Jump]]] = []
    reopen: list[Jump] = []
    for jump in forward:
        if not (jump.state == JumpState.LINKED and jump.page_misprinted):
            continue
        target = page_find(pages_of.get(jump.part.page.issue_id, {}), jump.target_label)
        others = _free_of_page(jump, free)
        if target is not None and any(b.part.page_id == target.pk for b in others):
            reopen.append(jump)  # its printed page has one now
        elif others:
            looked.append((jump, others))
    if looked:
        wanted = {b.part_id for _, others in looked for b in others}
        read = _Read.of(forward, wanted, [j for j, _ in looked])
        reopen += [jump for jump, others in looked if any(read.answer(jump, b) for b in others)]
    return reopen


def _free_backward(jumps: list[Jump], forward: list[Jump]) -> list[Jump]:
    """The ``上接`` of ``jumps`` whose part starts a story no 下转 continues into and that no
    editor unlinked."""
    taken = {j.to_part_id for j in forward if j.state in _TAKEN and j.to_part_id}
    return [
        b
        for b in jumps
        if b.direction == JumpDirection.BACKWARD
        and b.part_id not in taken
        and b.state != JumpState.UNLINKED
        and b.part.sequence == 0
    ]


@dataclass
class _Read:
    """What :func:`misprinted_links` reads once it has 下转 to look for: the continuations
    (``parts``, by id, with page and story), the open 下转 (``rivals``) with their stories'
    decks, the pages' leads, and the parts open markers name (``claimed``)."""

    parts: dict[int, ArticlePart]
    rivals: list[Jump]
    decks: dict[int, list[str]]
    story_of: dict[int, int]  # jump id → its story's id, as it is now
    page_leads: dict[int, list[Lead]]
    claimed: dict[int, set[int]]

    @classmethod
    def of(cls, forward: list[Jump], wanted: set[int], also: Sequence[Jump] = ()) -> _Read:
        """Read for :func:`misprinted_links` (``also``: linked 下转 whose decks are wanted too)."""
        parts = ArticlePart.objects.filter(pk__in=wanted, sequence=0)
        parts = {p.pk: p for p in parts.select_related("page", "article")}
        rivals = [j for j in forward if j.state not in _SETTLED]
        rivals += [j for j in also if j not in rivals]
        untitled = (p.page_id for p in parts.values() if not p.title_lines)
        decks, story_of = _decks(rivals)
        return cls(parts, rivals, decks, story_of, _page_leads(untitled), _claimed(forward))

    def answer(self, jump: Jump, backward: Jump) -> ArticlePart | None:
        """``backward``'s part when it repeats ``jump``'s story's headline (:func:`answers`)."""
        part = self.parts.get(backward.part_id)
        if part is None or part.article_id == self.story_of[jump.pk]:
            return None  # (it would continue into its own beginning)
        leads_there = self.page_leads.get(part.page_id, [])
        return part if answers(part, self.decks[jump.pk], leads_there) else None

    def answers_another(self, jump: Jump, part: ArticlePart, backward: list[Jump]) -> bool:
        """Whether ``part`` repeats the headline of another open 下转 its ``上接`` may mean."""
        label = next(b.target_label for b in backward if b.part_id == part.pk)
        leads_there = self.page_leads.get(part.page_id, [])
        return any(
            k.pk != jump.pk
            and k.part.page.issue_id == part.page.issue_id
            and backward_matches(label, k.part.page.label)
            and answers(part, self.decks[k.pk], leads_there)
            for k in self.rivals
        )


def _looked_for(forward, free, pages_of) -> list[tuple[Jump, list[Jump]]]:
    """The open 下转 (``unmatched``, or held) whose printed page is imported and has no free
    continuation of their page, each with the free ``上接`` of their page on other pages."""
    looked = []
    for jump in forward:
        if jump.state != JumpState.UNMATCHED and not jump.is_held:
            continue
        home = jump.part.page
        target = page_find(pages_of.get(home.issue_id, {}), jump.target_label)
        if target is None:
            continue  # (its page is still to come: wait for it)
        elsewhere = _free_of_page(jump, free)
        if any(b.part.page_id == target.pk for b in elsewhere):
            continue  # the printed page has a continuation: that is for the text to tell
        if elsewhere:
            looked.append((jump, elsewhere))
    return looked


def _free_of_page(jump: Jump, free: list[Jump]) -> list[Jump]:
    """Those of ``free`` (``上接`` no 下转 took) naming ``jump``'s page, on other pages."""
    home = jump.part.page
    return [
        b
        for b in free
        if b.part.page.issue_id == home.issue_id
        and b.part.page_id != home.pk
        and backward_matches(b.target_label, home.label)
    ]


def _claimed(forward: list[Jump]) -> dict[int, set[int]]:
    """{part id: the open 下转 that name it among their candidates} (ambiguous, or held)."""
    open_ids = [j.pk for j in forward if j.state == JumpState.AMBIGUOUS or j.is_held]
    claimed: dict[int, set[int]] = {}
    if open_ids:
        rows = Jump.candidates.through.objects.filter(jump_id__in=open_ids)
        for jump_id, part_id in rows.values_list("jump_id", "articlepart_id"):
            claimed.setdefault(part_id, set()).add(jump_id)
    return claimed


def _decks(jumps: list[Jump]) -> tuple[dict[int, list[str]], dict[int, int]]:
    """({jump id: :func:`story_deck` of its story up to its part}, {jump id: its story's id}),
    the parts' stories read as they are now (an earlier link may have moved them)."""
    now = dict(
        ArticlePart.objects.filter(pk__in=[j.part_id for j in jumps]).values_list(
            "pk", "article_id"
        )
    )
    stories = {
        a.pk: a for a in Article.objects.filter(pk__in=set(now.values())).prefetch_related("parts")
    }
    decks, now_story = {}, {}
    for jump in jumps:
        now_story[jump.pk] = now[jump.part_id]
        article = stories[now[jump.part_id]]
        parts = list(article.parts.all())
        upto = next((p.sequence for p in parts if p.pk == jump.part_id), 0)
        decks[jump.pk] = story_deck(article, parts, upto)
    return decks, now_story


def _page_leads(page_ids) -> dict[int, list[Lead]]:
    ids = set(page_ids)
    if not ids:
        return {}
    return {
        pk: leads(raw or "")
        for pk, raw in Page.objects.filter(pk__in=ids).values_list("pk", "raw_text")
    }


def answering_parts(jump: Jump) -> list[ArticlePart]:
    """For the fix page of forward ``jump``: the continuations elsewhere in its issue that
    answer it (see the module's rule) — on another page than the one it prints and its own,
    starting their story, naming its page in their ``上接``, taken by no 下转, repeating its
    story's headline (:func:`answers`), in print order. A few queries; none when it is not a
    下转."""
    if jump.direction != JumpDirection.FORWARD:
        return []
    home = jump.part.page
    pages = {p.label: p for p in Page.objects.filter(issue_id=home.issue_id).only("pk", "label")}
    printed = page_find(pages, jump.target_label)
    backward = Jump.objects.filter(
        direction=JumpDirection.BACKWARD,
        part__page__issue_id=home.issue_id,
        part__sequence=0,
    ).exclude(part__page=home)
    backward = [
        b
        for b in backward.select_related("part__page", "part__article").exclude(
            state=JumpState.UNLINKED
        )
        if backward_matches(b.target_label, home.label)
        and (printed is None or b.part.page_id != printed.pk)
        and b.part.article_id != jump.part.article_id
    ]
    taken = set(
        Jump.objects.filter(
            direction=JumpDirection.FORWARD,
            to_part_id__in=[b.part_id for b in backward],
            state__in=_TAKEN,
        ).values_list("to_part_id", flat=True)
    )
    backward = [b for b in backward if b.part_id not in taken]
    if not backward:
        return []
    article = jump.part.article
    deck = story_deck(article, list(article.parts.all()), jump.part.sequence)
    page_leads = _page_leads(b.part.page_id for b in backward if not b.part.title_lines)
    found = [b.part for b in backward if answers(b.part, deck, page_leads.get(b.part.page_id, []))]
    return sorted(found, key=lambda p: (p.page.sequence, p.position))
