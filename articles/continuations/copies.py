"""Continuations, whole copies: a story an e-paper served whole on every page it ran on.

Some e-papers (人民日报's among them) link a jumped story from both pages it runs on and serve the
story already merged at that link: its text carries ``（下转第二版）（上接第一版）`` in the middle, and
the dump of page 1 and the dump of page 2 each hold all of it. That is one story that ran on two
pages, not two stories.

It is found by its text (:func:`text_fingerprint`: the body with continuation markers and
whitespace taken out, NFKC and folded, at least :data:`MIN_CHARACTERS` long): stories starting
on different pages of one issue whose fingerprints are equal are one story when the text of one
of those pages shows why (:func:`_served_merged`): a forward marker directly followed by a
backward one (``（下转第二版）（上接第一版）``) between two of the pages, inside that story's text.
Some sources serve it without the markers (INPUT.md: "with or without the markers inside it"):
equal texts without the pair are one story too when their headlines are the same and the text
is a story's length, not a notice's, unless the two pages print the same texts throughout (a
page imported twice under two labels: not joined, the import report warns); see
:mod:`articles.continuations.unmarked`. The home is the copy on the first page in print order (the page the
story starts on; ties: the first position). The other copies join the home story as parts of it
(``whole_copy``, no text of their own: the text is held once, by the home part, and
``continued_from`` names the home page), so readers, search and feeds see it once and each page
still lists it. A copy whose text is its home's with a small edit (:func:`_edit_runs`: a
figure printed ``四十六座`` on one page and ``四十八座`` on the other, a character corrected) is the
same story too, on its first import as on a re-import (:func:`copy_differences`): it joins
likewise, the home's text stays the story's, the page's own printing stays in its raw text, and
the import report quotes both printings (:class:`CopyEdit`) so an editor checks which is right.
A near-duplicate (another text, a summary of the story, a follow-up under the same headline) is
never merged.

The story keeps the row it already had: when the home part's story is newer than a copy's (its
page came after the copy's, or came again after 撤销本版导入 or a re-import without it left the
story on the copy's page), the older story takes the home part as its first part and starts on
its page (:func:`_story_keep`), so its address, history, hand edits and status stay; the newer
story goes (no trace when this import made it).

Resolution (:func:`copies_merge`) runs before the jumps are resolved, in any import order; a
re-import of a copy's page keeps it a copy (:func:`still_a_copy`, used by the importing writer).
"""

from __future__ import annotations

import difflib
import hashlib
import operator
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.db.models import F

from articles.bulk import update_rows
from articles.continuations.issuereads import issues_heads
from articles.continuations.matching import backward_matches
from articles.continuations.mergedpairs import issues_served_merged, merged_pairs, pair_context
from articles.continuations.merging import MergeContext, parts_renumber
from articles.continuations.quoting import comparable as _comparable
from articles.continuations.quoting import quoted, quoted_as_printed
from articles.continuations.unmarked import unmarked_copies
from articles.models import Article, ArticlePart, Byline, Page
from articles.parsing import printed_text

# Shorter texts are not told apart by their words alone (a one-line notice printed twice).
MIN_CHARACTERS = 40


def text_fingerprint(blocks: Iterable[dict]) -> str:
    """What identifies a story's text across copies: a SHA-1 hex digest of its blocks' text with
    every continuation marker (``（下转第二版）``, ``(上接第1版)`` …) and all whitespace taken out,
    normalised for matching; ``""`` when what is left is shorter than :data:`MIN_CHARACTERS`."""
    return _digest("".join(_comparable(block.get("text", "")) for block in blocks))


def _digest(joined: str) -> str:
    """:func:`text_fingerprint` of a text already made comparable (``joined``)."""
    if len(joined) < MIN_CHARACTERS:
        return ""
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


def still_a_copy(part: ArticlePart, blocks: list[dict]) -> bool:
    """Does a page's new text for the copy ``part`` still give the whole story its home part
    holds, word for word? (One query: the story's first part.)"""
    return copy_differences(part, blocks) == ()


#: A copy whose text differs from its home's by at most this many characters in all (each
#: differing run counted by its longer side: 四十六座 → 四十八座 is one) is still the story, with
#: a correction or a slip in one of the printings: a figure, a name, a typo. More (a sentence
#: rewritten, 新铺设管道九十多公里 → 新建泵站三座) is another text.
MAX_COPY_EDIT = 4
#: ...and at most this share of the text's characters (a short text changed by four is not).
MAX_COPY_EDIT_SHARE = 0.05
# Characters of the text quoted on each side of a differing run.
_QUOTE_CONTEXT = 4
#: A small edit's differing runs lie within this many characters of one another (from the
#: first differing character to the last, on either side): a figure, a name, a typo or two in
#: one or two paragraphs. Edits further apart are not one correction; and difflib, which is
#: quadratic, only ever reads this much (a copy of 40,000 characters costs a linear pass).
MAX_COPY_EDIT_SPAN = 400


def copy_differences(part: ArticlePart, blocks: list[dict]) -> tuple[tuple[str, str], ...] | None:
    """How a page's new text ``blocks`` for the whole copy ``part`` differs from the story its
    home part holds: ``()`` when it gives the same text (:func:`text_fingerprint`); the
    differing runs, each as (home's words, the page's words) with a few characters around them,
    when it is the same story with a small edit (:data:`MAX_COPY_EDIT`, on the texts compared
    as for the fingerprint: markers and whitespace out, normalised), so that an editor checks
    which printing is right; ``None`` when it is another text (or too short to tell). One query:
    the story's first part."""
    new = "".join(_comparable(block.get("text", "")) for block in blocks)
    if len(new) < MIN_CHARACTERS:
        return None
    home = ArticlePart.objects.filter(article_id=part.article_id, sequence=0).only("blocks").first()
    if home is None:
        return None
    old = "".join(_comparable(block.get("text", "")) for block in home.blocks)
    if len(old) < MIN_CHARACTERS:
        return None
    if old == new:
        return ()
    return printed_differences(home.blocks, blocks, old, new)


def printed_differences(
    old_blocks: list[dict], new_blocks: list[dict], old: str, new: str
) -> tuple[tuple[str, str], ...] | None:
    """Where ``new_blocks`` differ from ``old_blocks`` (``old``/``new``: their comparable texts,
    which differ) when it is a small edit (:func:`_edit_runs`), each run as (old words, new
    words) with a few characters around them, quoted as printed
    (:func:`~articles.continuations.quoting.quoted_as_printed`); else None."""
    runs = _edit_runs(old, new)
    if runs is None:
        return None
    return quoted_as_printed(runs, (old_blocks, old), (new_blocks, new), _QUOTE_CONTEXT)


def _small_edit(old: str, new: str) -> tuple[tuple[str, str], ...] | None:
    """The runs where ``new`` differs from ``old`` (quoted with context, as compared), when they
    are a small edit (:func:`_edit_runs`); else None."""
    runs = _edit_runs(old, new)
    return None if runs is None else quoted(runs, old, new, _QUOTE_CONTEXT)


def _edit_runs(old: str, new: str) -> list[tuple[int, int, int, int]] | None:
    """The runs where ``new`` differs from ``old`` (each as ``old[i1:i2]`` → ``new[j1:j2]``),
    when they are a small edit (:data:`MAX_COPY_EDIT`, :data:`MAX_COPY_EDIT_SHARE`, all within
    :data:`MAX_COPY_EDIT_SPAN`); else None. Linear in the texts' length: the common beginning
    and end are set aside first, and only the middle left (at most :data:`MAX_COPY_EDIT_SPAN`
    characters) is compared with difflib."""
    if abs(len(old) - len(new)) > MAX_COPY_EDIT:
        return None  # (and the comparison below stays cheap for unequal texts)
    head = _same_run(zip(old, new, strict=False))
    room = min(len(old), len(new)) - head
    tail = min(_same_run(zip(reversed(old), reversed(new), strict=False)), room)
    old_middle, new_middle = old[head : len(old) - tail], new[head : len(new) - tail]
    if max(len(old_middle), len(new_middle)) > MAX_COPY_EDIT_SPAN:
        return None
    matcher = difflib.SequenceMatcher(None, old_middle, new_middle, autojunk=False)
    runs = [
        (i1 + head, i2 + head, j1 + head, j2 + head)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
    edited = sum(max(i2 - i1, j2 - j1) for i1, i2, j1, j2 in runs)
    if edited > MAX_COPY_EDIT or edited > MAX_COPY_EDIT_SHARE * max(len(old), len(new)):
        return None
    return runs


def _same_run(pairs: Iterable[tuple[str, str]]) -> int:
    """How many of ``pairs`` (characters of two texts side by side) are equal before the first
    that differs: the length of their common beginning (or end, read backwards). Linear."""
    same = 0
    for a, b in pairs:
        if a != b:
            break
        same += 1
    return same


@dataclass(frozen=True)
class CopyEdit:
    """A whole copy joined to its story although its page printed it with a small edit
    (:func:`_edit_runs`): ``part_id`` the copy's part (on page ``label``, at ``position``),
    ``home``/``home_page_id`` the page whose text the story keeps, ``differences`` as
    :func:`copy_differences` gives them (home's words, the copy's), for the import report."""

    part_id: int
    page_id: int
    label: str
    position: int
    home_page_id: int
    home: str
    differences: tuple[tuple[str, str], ...]


def copies_merge(
    issue_ids: list[int],
    merges: MergeContext,
    made: Mapping[int, tuple[int, frozenset[str] | None]] | None = None,
) -> list[CopyEdit]:
    """Make every story of ``issue_ids`` that starts on two or more pages with the same text one
    story (see the module docstring). The emptied stories are removed by ``merges`` at its end,
    their URLs redirecting to the home story. Equal texts are compared only in the issues with a
    page that prints a merged marker pair (:func:`~articles.continuations.mergedpairs.
    issues_served_merged`, with ``made``: the words of pages a parsing worker read), and
    elsewhere only under the same headline (:func:`~articles.continuations.unmarked.
    unmarked_copies`). A copy whose text is its home's with a small edit (a figure printed
    differently on the two pages, already on their first import) is the story too when a merged
    pair shows it (:func:`_near_groups`); returned, for the import report to quote both
    printings."""
    served = issues_served_merged(issue_ids, made)
    edits = _marked_merge([pk for pk in issue_ids if pk in served], served, merges)
    for home, *copies in unmarked_copies(issue_ids):  # (read again: the joined ones aside)
        _join(home, copies, merges)
    return edits


def _marked_merge(
    issue_ids: list[int], served: dict[int, set[str]], merges: MergeContext
) -> list[CopyEdit]:
    """:func:`copies_merge` of the copies a merged marker pair shows (:func:`_served_merged`)."""
    if not issue_ids:
        return []
    heads = issues_heads(issue_ids)  # (a statement built once)
    texts = {
        part.pk: "".join(_comparable(b.get("text", "")) for b in part.blocks) for part in heads
    }
    groups: dict[tuple[int, str], list[ArticlePart]] = {}
    for part in heads:
        fingerprint = _digest(texts[part.pk])
        if fingerprint:
            groups.setdefault((part.page.issue_id, fingerprint), []).append(part)
    edits: list[CopyEdit] = []
    for parts in _near_groups(list(groups.values()), texts, served):
        home, copies = parts[0], _one_per_page(parts)
        if copies and _served_merged([home, *copies]):
            copies = _not_edited_apart(home, copies, texts)
            if copies:
                edits.extend(_edits(home, copies, texts))
                _join(home, copies, merges)
    return edits


def _not_edited_apart(
    home: ArticlePart, copies: list[ArticlePart], texts: dict[int, str]
) -> list[ArticlePart]:
    """``copies`` without those printed with a small edit whose story was edited by hand: the
    home's text would take the place of what its editors saved (one query when there is such a
    copy; an equal copy gives the story's text, as before)."""
    near = {c.article_id for c in copies if texts[c.pk] != texts[home.pk]}
    if not near:
        return copies
    edited = set(
        Article.objects.filter(pk__in=near, edited_at__isnull=False).values_list("pk", flat=True)
    )
    return [c for c in copies if c.article_id not in edited]


def _near_groups(
    groups: list[list[ArticlePart]], texts: dict[int, str], served: dict[int, set[str]]
) -> list[list[ArticlePart]]:
    """``groups`` (parts with equal texts, each in print order, the groups in the print order of
    their first parts) with each group whose text is a small edit (:func:`_edit_runs`) of an
    earlier group's of the same issue put into that one (in print order): the two printings of
    one story that differ by a corrected figure. The earlier group's text holds words printed
    next to a merged marker pair of its issue (``served``: :func:`~articles.continuations.
    mergedpairs.issues_served_merged`; else
    it is never the home of copies), and only texts whose lengths are :data:`MAX_COPY_EDIT`
    apart at most are compared: a few comparisons for each story, however many there are."""
    kept: list[list[ArticlePart]] = []
    by_length: dict[tuple[int, int], list[list[ArticlePart]]] = {}
    for parts in groups:
        text, issue_id = texts[parts[0].pk], parts[0].page.issue_id
        lengths = range(len(text) - MAX_COPY_EDIT, len(text) + MAX_COPY_EDIT + 1)
        earlier = (g for n in lengths for g in by_length.get((issue_id, n), ()))
        home = next((g for g in earlier if _edit_runs(texts[g[0].pk], text) is not None), None)
        if home is not None:
            home.extend(parts)
            home.sort(key=lambda p: (p.page.sequence, p.position))
            continue
        kept.append(parts)
        if any(words in text for words in served.get(issue_id, ())):
            by_length.setdefault((issue_id, len(text)), []).append(parts)
    return kept


def _edits(home: ArticlePart, copies: list[ArticlePart], texts: dict[int, str]) -> list[CopyEdit]:
    """The copies among ``copies`` printed with a small edit of ``home``'s text."""
    edits = []
    for copy in copies:
        old, new = texts[home.pk], texts[copy.pk]
        differences = old != new and printed_differences(home.blocks, copy.blocks, old, new)
        if differences:
            edits.append(
                CopyEdit(
                    copy.pk,
                    copy.page_id,
                    copy.page.label,
                    copy.position,
                    home.page_id,
                    home.page.label,
                    differences,
                )
            )
    return edits


def _served_merged(parts: list[ArticlePart]) -> bool:
    """Does the raw text of one of the parts' pages print a merged marker pair (a forward marker
    directly followed by a backward one) from one of these pages to another, inside this story's
    text (the words next to it are the story's)? One query: the pages' raw text."""
    labels = [part.page.label for part in parts]
    story = "".join(_comparable(block.get("text", "")) for block in parts[0].blocks)
    for page_text in Page.objects.filter(pk__in=[p.page_id for p in parts]).values_list(
        "raw_text", flat=True
    ):
        raw = printed_text(page_text)  # (its HTML remnants read, as the parser read them)
        for f_end, forward, b_end, backward in merged_pairs(raw):
            if _points_between(forward.label, backward.label, labels) and _in_story(
                raw, f_end - len(forward.text), b_end, story
            ):
                return True
    return False


def _points_between(forward: str, backward: str, labels: list[str]) -> bool:
    """``下转<forward>`` and ``上接<backward>`` name two different pages among ``labels``."""
    ahead = {label for label in labels if backward_matches(forward, label)}
    behind = {label for label in labels if backward_matches(backward, label)}
    return any(a != b for a in ahead for b in behind)


def _in_story(raw: str, start: int, end: int, story: str) -> bool:
    """The printed words just before ``start`` or just after ``end`` (same line) are the story's."""
    return any(len(words) >= 4 and words in story for words in pair_context(raw, start, end))


def _one_per_page(parts: list[ArticlePart]) -> list[ArticlePart]:
    """The copies of ``parts[0]`` to merge: the first on each other page (two equal texts on one
    page are not an e-paper's copy, and are left as printed)."""
    seen = {parts[0].page_id}
    copies = []
    for part in parts[1:]:
        if part.page_id not in seen:
            seen.add(part.page_id)
            copies.append(part)
    return copies


def _join(home: ArticlePart, copies: list[ArticlePart], merges: MergeContext) -> None:
    """Move each copy's story into the home story, after its parts; the copy keeps no text.
    A home story newer than a copy's (a larger id: made later) yields to the oldest
    (:func:`_story_keep`)."""
    older = min(copies, key=operator.attrgetter("article_id"))
    if older.article_id < home.article_id:
        _story_keep(home, older, merges)
        copies = [c for c in copies if c is not older]
        if not copies:
            return
    sequences = ArticlePart.objects.filter(article_id=home.article_id).values_list(
        "sequence", flat=True
    )
    following = max(sequences, default=0) + 1
    moved: list[ArticlePart] = []
    for copy in copies:
        merges.touch(home.article_id, copy.article_id)
        for part in ArticlePart.objects.filter(article_id=copy.article_id).order_by("sequence"):
            if part.pk == copy.pk:
                part.whole_copy = True
                part.blocks = []
                part.continued_from = part.continued_from or home.page.label
            part.article_id = home.article_id
            part.sequence = following
            following += 1
            moved.append(part)
        merges.add(copy.article_id, home.article_id)
    update_rows(moved, ["article", "sequence", "whole_copy", "blocks", "continued_from"])


# Where an emptied story waits, out of the way of the unique (page, position), until it goes.
_POSITION_OFFSET = 1_000_000

# A story's fields as its page printed them (what an import writes; its status and workflow are
# the editors').
_PRINTED = ("kicker", "headline", "subheadline", "dateline", "byline")


def _story_keep(home: ArticlePart, older: ArticlePart, merges: MergeContext) -> None:
    """``older``'s story was there before ``home``'s: the older story takes ``home``'s story's
    parts first and its own after them (``older`` a whole copy now, no text), and starts where
    ``home`` stands; the newer story is emptied (removed at the end of the resolution, with no
    trace when this import made it: :meth:`MergeContext.flush`). An older story nobody edited takes
    the title lines, dateline and reporters as ``home``'s page printed them (where it starts);
    an edited one stays as its editors saved it. ``home`` names the kept story afterwards."""
    fresh_id, kept_id = home.article_id, older.article_id
    merges.touch(fresh_id, kept_id)
    parts = [
        *ArticlePart.objects.filter(article_id=fresh_id).order_by("sequence"),
        *ArticlePart.objects.filter(article_id=kept_id).order_by("sequence"),
    ]
    label = home.page.label
    ArticlePart.objects.filter(pk=older.pk).update(
        whole_copy=True, blocks=[], continued_from=older.continued_from or label
    )
    Article.objects.filter(pk=fresh_id).update(position=F("position") + _POSITION_OFFSET)
    printed = {}
    if not Article.objects.filter(pk=kept_id, edited_at__isnull=False).exists():
        printed = Article.objects.filter(pk=fresh_id).values(*_PRINTED).get()
        Byline.objects.filter(article_id=kept_id).delete()
        Byline.objects.filter(article_id=fresh_id).update(article_id=kept_id)
    Article.objects.filter(pk=kept_id).update(
        page_id=home.page_id, position=home.position, **printed
    )
    parts_renumber(parts, article_id=kept_id)
    merges.add(fresh_id, kept_id)
    home.article_id = kept_id
