"""Continuations, whole copies without markers: the same headline and text on two pages.

INPUT.md (Continuations): "Some sources repeat the whole, already merged story on every page it
ran on, with or without the markers inside it: the same headline and text on 01 and 04. That is
one story that ran on two pages, not two stories, in either import order." With the merged
marker pair inside the text the page shows why (:mod:`articles.continuations.copies`); without
it, two things print the same text on two pages too, and are not one story that ran on both:

- a short notice printed twice (敬告读者, 更正, 征稿启事): so two stories are copies only when
  their headlines are the same (as matched: normalised, whitespace out; an untitled text never)
  and their text (as compared: markers and whitespace out, normalised) is long enough to be a
  story (:data:`STORY_CHARACTERS`);
- one page imported twice under two labels (the 05 file imported as 03 as well, perhaps with a
  word corrected in between): every story of the page is then a copy of the other page's. So two
  pages whose texts are all the same, each to each, or all but a few under the same headlines
  (:func:`page_repeats`), are not joined; the import report says the page repeats the
  other page's text, for an editor to check the labels (撤销本版导入, import again under the
  right one).

:func:`unmarked_copies` finds the groups; :func:`~articles.continuations.copies.copies_merge`
joins them as it joins the marked ones (the home is the first page in print order; the story
that was there first keeps its row), in any import order, in one run or several.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from articles.continuations.issuereads import heads_found
from articles.continuations.quoting import comparable
from articles.models import ArticlePart, Page
from articles.queries import Prepared

#: Comparable characters (markers, whitespace out) a text needs to be told a story, not a
#: notice, when it is joined without a merged marker pair. Twice ``copies.MIN_CHARACTERS`` (a
#: one-line notice): a notice printed on two pages (敬告读者, 更正, 休刊启事) runs a line or two
#: of a column, while the shortest story (a dispatch: 本报讯（记者…）, a finished sentence or two)
#: is longer than the parser's lone-headline floor (``articles.parsing.bodies``: 60 characters
#: under a lone headline are at least a short story), and 80 stays above it.
STORY_CHARACTERS = 80
#: Comparable characters (headlines and texts) a whole page needs for :func:`page_repeats` to
#: tell it a repeat of another page: ``copies.MIN_CHARACTERS``, below which texts are not told
#: apart by their words alone (a one-line 更正 or 本版广告 alone on two pages). A page whose every
#: story is another page's is one page imported twice far more often than a notice printed on
#: two pages (which is rarely a page's only text), and it is only warned about, not joined: so
#: a one-story page of a short dispatch (41 characters of text under its headline, a reviewer's
#: A3, A10 and 第二版) is told too, which :data:`STORY_CHARACTERS` left silent.
PAGE_CHARACTERS = 40


def _headline_key(headline: str) -> str:
    return _comparable(headline or "")


# Each batch of an import compares the heads (and, with a copy, the texts) of its issues' stories,
# most of them read again from the batches before: each text's form worked out once (a pure
# function of the text; the last few thousand kept).
_comparable = functools.lru_cache(maxsize=8192)(comparable)


def unmarked_copies(issue_ids: Iterable[int]) -> list[list[ArticlePart]]:
    """The stories of ``issue_ids`` printed whole on two or more pages without a merged marker
    pair: each group in print order (its home first, then the first copy on each other page),
    its parts with their page. Same headline and text (see the module docstring), of at least
    :data:`STORY_CHARACTERS`; pages that repeat each other's whole text (:func:`repeated_pages`)
    are not joined. One query (the headlines), two more when another page prints one (the
    parts found; their text), and two more when there is a group (the pages' texts)."""
    groups = _same_texts(_same_headlines(issue_ids))
    if not groups:
        return []
    repeats = repeated_pages({p.page_id for g in groups for p in g})
    kept = []
    for home, *copies in groups:
        twins = {pk for pk, _ in repeats.get(home.page_id, ())}
        copies = [c for c in copies if c.page_id not in twins]
        if copies:
            kept.append([home, *copies])
    return kept


def _same_headlines(issue_ids: Iterable[int]) -> list[ArticlePart]:
    """The first parts (in print order, with their page and headline) of the stories of
    ``issue_ids`` whose headline (as matched) a story starting on another page has too.

    Every story's head is read as values (its issue, page and headline: most have no headline
    another page prints, and three model objects a story cost more than the rest of this); only
    the parts found are then read as objects (a second query, only when there are some)."""
    heads = _HEADS.rows(issue_ids)[1]
    by_headline: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    for pk, page_id, issue_id, headline in heads:
        key = _headline_key(headline)
        if key:
            by_headline[(issue_id, key)].append((pk, page_id))
    found = [pk for ps in by_headline.values() if len({q[1] for q in ps}) > 1 for pk, _ in ps]
    if not found:
        return []
    read = {part.pk: part for part in heads_found(found)}  # (a statement built once)
    return [read[pk] for pk in found if pk in read]


_BLOCKS = Prepared(  # (read each batch an import links jumps in: built once)
    ArticlePart,
    (list,),
    lambda ids: ArticlePart.objects.filter(pk__in=ids).values_list("pk", "blocks"),
    primary=True,  # (the parts _HEADS found, as it read them)
)


def _same_texts(candidates: list[ArticlePart]) -> list[list[ArticlePart]]:
    """``candidates`` (print order) grouped by issue, headline and text, those of at least
    :data:`STORY_CHARACTERS` on two pages or more (:func:`_one_per_page`); their blocks read
    (one query)."""
    if not candidates:
        return []
    blocks = dict(_BLOCKS.rows([p.pk for p in candidates])[1])
    by_text: dict[tuple[int, str, str], list[ArticlePart]] = defaultdict(list)
    for part in candidates:
        part.blocks = blocks[part.pk]
        text = _text(part.blocks)
        if len(text) >= STORY_CHARACTERS:
            key = _headline_key(part.article.headline)
            by_text[(part.page.issue_id, key, text)].append(part)
    groups = [_one_per_page(parts) for parts in by_text.values()]
    return [g for g in groups if len(g) > 1]


def _text(blocks: list[dict]) -> str:
    return "".join(_comparable(block.get("text", "")) for block in blocks or [])


def _one_per_page(parts: list[ArticlePart]) -> list[ArticlePart]:
    """``parts`` (print order) with only the first on each page (two equal texts on one page
    are not an e-paper's copy, and are left as printed)."""
    seen: set[int] = set()
    kept = []
    for part in parts:
        if part.page_id not in seen:
            seen.add(part.page_id)
            kept.append(part)
    return kept


class Repeat(NamedTuple):
    """Another page of the issue that a page repeats: its id and label, and how many of the
    page's ``of`` text parts have the same text as one of its (``same``; ``same == of``: every
    one, each to each)."""

    pk: int
    label: str
    same: int
    of: int


def repeated_pages(page_ids: Iterable[int]) -> dict[int, list[tuple[int, str]]]:
    """Each page of ``page_ids`` that repeats another page of its issue (:func:`page_repeats`):
    the other pages as (id, label), in print order."""
    return {
        page_id: [(r.pk, r.label) for r in repeats]
        for page_id, repeats in page_repeats(page_ids).items()
    }


#: The text parts (not a whole copy's) of every page of the issues of pages (ids), a row each:
#: (page id, issue id), counted by :func:`page_repeats` (built once; the ORM built its count
#: anew each batch of an import).
_ISSUES_TEXT_PARTS = Prepared(
    ArticlePart,
    (list,),
    lambda ids: (
        ArticlePart.objects.filter(
            page__issue_id__in=Page.objects.filter(pk__in=ids).values("issue_id"),
            whole_copy=False,
        )
        .order_by()
        .values_list("page_id", "page__issue_id")
    ),
)


def page_repeats(page_ids: Iterable[int]) -> dict[int, list[Repeat]]:
    """Each page of ``page_ids`` whose text parts (a whole copy's, which hold no text, aside)
    are the same texts as another page's of its issue, each to each (as compared: markers and
    whitespace out, normalised), with at least :data:`PAGE_CHARACTERS` in all (headlines and
    texts; one story or many); or all but a
    few (:func:`_nearly_the_same`: as many parts, the same headlines, at most a quarter of three
    or more texts differing, one of them corrected on one copy): the other pages as
    :class:`Repeat`, in print order. A page imported twice under two labels, most likely (once
    corrected in between). Two queries: the pages' part counts (only pages with as many parts
    are compared), their text."""
    page_ids = set(page_ids)
    if not page_ids:
        return {}
    parts = Counter(map(tuple, _ISSUES_TEXT_PARTS.rows(page_ids)[1]))
    counts = [(pk, issue, n) for (pk, issue), n in parts.items()]
    wanted = {(issue, n) for pk, issue, n in counts if pk in page_ids}
    # Pages with the same texts each to each have as many: a page no other page of its issue
    # matches in count repeats none, and its text is not read.
    shared = Counter((issue, n) for _, issue, n in counts)
    compared = {pk for pk, issue, n in counts if (issue, n) in wanted and shared[issue, n] > 1}
    if len(compared) < 2:
        return {}
    texts, lengths, pages = _page_texts(compared)
    # Pages of one issue with as many parts are compared, two by two.
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for page_id, page_texts in texts.items():
        if lengths[page_id] >= PAGE_CHARACTERS:
            groups[(pages[page_id][0], len(page_texts))].append(page_id)
    repeats: dict[int, list[Repeat]] = {}
    for same in groups.values():
        same.sort(key=lambda pk: (pages[pk][1], pages[pk][2]))
        for page_id in page_ids.intersection(same):
            found = [
                Repeat(other, pages[other][2], equal, len(texts[page_id]))
                for other in same
                if other != page_id
                and (equal := _repeating(texts[page_id], texts[other])) is not None
            ]
            if found:
                repeats[page_id] = found
    return repeats


_PageTexts = dict[int, list[tuple[str, str]]]


def _page_texts(
    page_ids: set[int],
) -> tuple[_PageTexts, Counter[int], dict[int, tuple[int, int, str]]]:
    """The text parts of ``page_ids`` (whole copies aside) as (headline as matched, or ``""``
    for a continuation; the text's digest as compared) a page, each page's text length
    (comparable characters, headlines included) and its (issue id, sequence, label). One query."""
    texts: _PageTexts = defaultdict(list)
    lengths: Counter[int] = Counter()
    pages: dict[int, tuple[int, int, str]] = {}
    for (
        page_id,
        issue_id,
        sequence,
        label,
        blocks,
        part_sequence,
        headline,
    ) in _TEXT_PARTS.rows(page_ids)[1]:
        text = _text(blocks)
        head = _headline_key(headline) if part_sequence == 0 else ""
        texts[page_id].append((head, hashlib.sha1(text.encode()).hexdigest()))
        lengths[page_id] += len(text) + len(head)
        pages[page_id] = (issue_id, sequence, label)
    return texts, lengths, pages


# The two queries of an import's every batch (:func:`unmarked_copies`, :func:`page_repeats`),
# built once (:class:`articles.queries.Prepared`).
_HEADS = Prepared(
    ArticlePart,
    (list,),
    lambda issue_ids: (
        ArticlePart.objects.filter(page__issue_id__in=issue_ids, sequence=0, whole_copy=False)
        .order_by("page__sequence", "position")
        .values_list("pk", "page_id", "page__issue_id", "article__headline")
    ),
    primary=True,
)
_TEXT_PARTS = Prepared(
    ArticlePart,
    (list,),
    lambda page_ids: ArticlePart.objects.filter(page_id__in=page_ids, whole_copy=False).values_list(
        "page_id",
        "page__issue_id",
        "page__sequence",
        "page__label",
        "blocks",
        "sequence",
        "article__headline",
    ),
    primary=True,
)


def _repeating(ours: list[tuple[str, str]], theirs: list[tuple[str, str]]) -> int | None:
    """How many of ``ours`` are texts of ``theirs`` when our page repeats theirs (every text,
    each to each; or :func:`_nearly_the_same` under the same headlines, or with the differing
    stories' headlines differing too: :func:`_equal_pairs`), else ``None``."""
    equal = _equal_texts(ours, theirs)
    if equal == len(ours) or (
        _nearly_the_same(equal, len(ours))
        and (
            _heads(ours) == _heads(theirs)
            or _nearly_the_same(_equal_pairs(ours, theirs), len(ours))
        )
    ):
        return equal
    return None


def _equal_pairs(ours: list[tuple[str, str]], theirs: list[tuple[str, str]]) -> int:
    """How many of ``ours`` are among ``theirs`` headline and text alike, each matched once: an
    editor who corrected one story's headline and text on one copy left the rest so."""
    left = Counter(theirs)
    equal = 0
    for pair in ours:
        if left[pair] > 0:
            left[pair] -= 1
            equal += 1
    return equal


def _heads(texts: list[tuple[str, str]]) -> list[str]:
    return sorted(head for head, _ in texts)


def _equal_texts(ours: list[tuple[str, str]], theirs: list[tuple[str, str]]) -> int:
    """How many of ``ours`` (headline, text digest) have their text among ``theirs``, each
    matched once."""
    left = Counter(digest for _, digest in theirs)
    equal = 0
    for _, digest in ours:
        if left[digest] > 0:
            left[digest] -= 1
            equal += 1
    return equal


def _nearly_the_same(equal: int, of: int) -> bool:
    """Whether a page of ``of`` texts, ``equal`` of them another page's, repeats that page:
    of three or more, all but a quarter (at least one differing text allowed):
    one page imported under two labels with a story corrected between the two imports. Two
    texts of two pages with the same headlines, one differing, are left as they are (two
    pages may well print a story and a short box under the same titles)."""
    return of >= 3 and of - equal <= max(1, of // 4)
