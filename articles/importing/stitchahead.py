"""The search entries and proofreading findings a batch's jumps may make, guessed in an
import's worker process.

A story printed in two parts (``（下转第2版）`` on one page, ``（上接第1版）`` on another) is
stitched into one by jump resolution in the importing process, after its pages are written
(:mod:`articles.continuations`): its entry is of the two parts together, which no worker could
make from one page (:mod:`search.entriesahead`: the stories no jump can change). A worker that
has both pages can still make the entries of the stories such a stitch would give: for each
story with a forward jump and no backward one, and each story of the same paper's issue on
another of its pages with a backward jump, the entry of the two as one story, as the indexer
reads a story stitched so (:func:`stitched_keys`). They are guesses: the indexer uses an entry
made ahead only when the story's texts as stored are its key (:data:`search.entriesahead.EntryKey`),
so a pair the resolution does not link, or links otherwise (a deck it takes from the second
part, a third part), costs the worker its entry and nothing else. The same pairs' stories as the
proofreading reads them (:func:`stitched_stories`) get their findings made ahead too
(:mod:`articles.proofingahead`), used on the same terms.
"""

from __future__ import annotations

from collections import defaultdict

from articles.importing.rows import StoryRows, photo_fields
from articles.labels import label_sequence
from articles.proofing import FIELDS, PartText, StoryText
from articles.storytext import joined_blocks
from search.storycredits import printed_credits
from search.storyphotos import entry_texts

# Pairs guessed for one issue at most: an issue printing many jumps on many pages (a paper whose
# every page continues on another) is left to the importing process rather than costing its
# worker a number of entries that grows as their square.
MAX_PAIRS = 64


def stitched_keys(pairs: list[tuple[tuple, tuple]]) -> list[tuple]:
    """The :data:`~search.entriesahead.EntryKey` of each stitch of ``pairs``
    (:func:`stitched_pairs`: ``((page, story), (tail's page, tail))``, the parsed stories with
    their pages, :class:`~articles.importing.preparing.Prepared`), as
    :func:`search.indexing._index_batch` reads the two once stitched: the first's deck, the
    parts' paragraphs joined (:func:`~articles.storytext.joined_blocks`), the first's byline and
    dateline printed apart from them, the second's byline so (kept with the story:
    :func:`articles.continuations.joinedbylines.joined_bylines`), then both parts' photos' texts
    in print order. No database."""
    return [_stitched_key(*head, *tail) for head, tail in pairs]


def stitched_pairs(jumped: list[tuple]) -> list[tuple[tuple, tuple]]:
    """The stitches ``jumped`` may make: ``jumped`` is ``[(page, story)]``, the parsed stories
    printing a jump with their pages; each pair of a story whose jump goes on (and none comes
    in) and a story on another page of the same issue whose jump comes in, as
    ``((page, story), (tail's page, tail))``; none for an issue with more than
    :data:`MAX_PAIRS`. No database."""
    issues: dict[tuple, tuple[list, list]] = defaultdict(lambda: ([], []))
    for page, story in jumped:
        ways = {m.direction for m in story.markers if not m.merged}
        issue = (page.item.paper_name, page.item.paper_slug, page.item.issue_date)
        if ways == {"forward"}:
            issues[issue][0].append((page, story))
        elif "backward" in ways:
            issues[issue][1].append((page, story))
    found = []
    for heads, tails in issues.values():
        pairs = [(h, t) for h in heads for t in tails if h[0] is not t[0]]
        if len(pairs) <= MAX_PAIRS:
            found.extend(pairs)
    return found


def stitched_stories(pairs: list[tuple[tuple, tuple]]) -> list[StoryText]:
    """What the proofreading reads of the story each of ``pairs`` (:func:`stitched_pairs`) makes
    once stitched, as :func:`articles.proofing.check_articles` reads a story the jumps stitched:
    the first's deck, dateline and byline, then the two parts, each with its page's label and
    its paragraphs (ids 0, the second part's 1). A guess, as the entries are
    (:mod:`articles.proofingahead`: used only when the story as stored reads so)."""
    stories = []
    for (page, story), (tail_page, tail) in pairs:
        head_rows, tail_rows = StoryRows.of(story), StoryRows.of(tail)
        fields = head_rows.article
        parts = (
            PartText(0, page.label, head_rows.part["blocks"]),
            PartText(1, tail_page.label, tail_rows.part["blocks"]),
        )
        deck = (fields.get(field, "") for field in FIELDS)
        stories.append(StoryText(0, 0, *deck, fields.get("byline", ""), parts))
    return stories


def _stitched_key(page, story, tail_page, tail) -> tuple:
    head_rows, tail_rows = StoryRows.of(story), StoryRows.of(tail)
    fields = head_rows.article
    parts = [head_rows.part["blocks"], tail_rows.part["blocks"]]
    title = "\n".join(fields[f] for f in ("kicker", "headline", "subheadline") if fields[f])
    shown = printed_credits(fields["byline"], fields["dateline"], parts)
    if tail_rows.article["byline"].strip():
        shown += printed_credits(tail_rows.article["byline"], "", parts)
    photos = sorted(
        (
            (label_sequence(at.label), pp.position, pp)
            for at, printed in ((page, story), (tail_page, tail))
            for pp in at.parsed.photos
            if pp.article_position == printed.position
        ),
        key=lambda found: found[:2],
    )
    fields_of = (photo_fields(pp) for *_, pp in photos)
    shown += entry_texts((f["caption"], f["credit_line"]) for f in fields_of)
    return title, tuple(b["text"] for b in joined_blocks(parts)), tuple(shown)
