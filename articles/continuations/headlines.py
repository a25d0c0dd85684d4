"""Continuations, the repeated headline: decided when a jump is stitched, not when a page is read.

INPUT.md, "Continuations (jumps)": the continuation part on the other page often repeats the
headline, or a shortened one, and a backward marker may stand on its own line or be glued to the
first words of the continued text. The parser cannot tell a repeated headline under ``（上接A1版）``
from the first words of a sentence the column cut (``（上接A1版）设计单位进场勘查`` / ``确保…``), so
it keeps both as text: the leading line is glued into the first paragraph
(``青山县新建三座污水处理厂县生态环境局表示，…``). Once the part is stitched to the story it
continues, the story's deck is the evidence: when the leading printed line(s) after the part's
backward marker repeat it (:func:`title_count`), those lines become the part's title lines
(``ArticlePart.title_lines``, not shown in the story, which reads on from the text) and the
paragraph keeps the rest. Without that evidence (the part alone, its story's page not imported
yet, or words that differ) the part stays as the parser read it; a split whose evidence is gone
(its story's headline changed on re-import) is glued back (:func:`as_parsed`). Only the printed
characters' places change: ``"".join(title_lines) + first paragraph`` is the paragraph the parser
made, character for character.

The lines are read from the page's raw text (``Page.raw_text``, what the parser read): the
stored paragraph has lost its line breaks. :func:`titles_follow` brings every stitched
continuation of some issues in line with its story (after each resolution and each editor's
link); :func:`stitched_rows` and :func:`stitched_keys` let a re-import of the continuation's page
compare the new parse with the part in the same form, so an unchanged page writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from articles.bulk import update_rows
from articles.models import Article, ArticlePart, Page
from articles.parsing import find_markers
from articles.parsing.layout import CONTINUING_MARKS, cut_across
from articles.text import normalize_for_matching
from search.text import cut

# A title line is a repeat of the whole headline (or kicker, subheadline, or the whole deck on
# one line) or a shortened one: a piece of one of those of at least this many characters.
MIN_PIECE = 4
# Title lines a continuation repeats under its marker, at most (a headline and a subheadline).
MAX_TITLE_LINES = 3
# A shortened headline must be set apart from the text under it: a blank line, or a next line
# at least this many times as long as its printed line (the lines of one cut column are about as
# long as each other, so a piece of a continued sentence cut by the column is not set apart).
SET_APART = 1.5
# Characters that go on a sentence and never open one: text opening with one after a line goes
# on that line (``…处理厂`` / ``的建设``), so the line is no title.
_GOES_ON = frozenset("的地得了着过们之等") | CONTINUING_MARKS
# A deck line's cues (``——``, ``：``) and spaces are not its words.
_CUES = "—-－–:：·"
_SPACE = re.compile(r"\s+")
# Printed lines after a marker looked at (blank ones too), at most.
_LINES_LOOKED_AT = 12
# Characters compared between a title line's successor and the paragraph's start (un-splitting).
_LOOK = 8


def _key(text: str) -> str:
    """``text`` as compared here: normalised for matching, without whitespace and cues."""
    return _SPACE.sub("", normalize_for_matching(text)).strip(_CUES)


# --- Reading the page ------------------------------------------------------------------------


@dataclass(frozen=True)
class Lead:
    """The printed lines right after one backward marker on a page.

    ``lines``: the text lines, stripped (the rest of the marker's line when the marker is glued
    to words, then the next text lines), at most ``MAX_TITLE_LINES + 1``; ``widths``: each
    line's printed length (the marker's too when glued to it); ``apart``: a blank line follows
    the line."""

    lines: tuple[str, ...]
    widths: tuple[int, ...]
    apart: tuple[bool, ...]


def leads(raw: str) -> list[Lead]:
    """The :class:`Lead` of every backward marker of ``raw`` (a page's text), in print order
    (merged markers, ``（下转…）（上接…）`` printed together, start no part: left out)."""
    found: list[Lead] = []
    markers = find_markers(raw)
    for index, (start, end, marker) in enumerate(markers):
        if marker.direction != "backward":
            continue
        previous = markers[index - 1] if index else None
        if previous and previous[2].direction == "forward" and not raw[previous[1] : start].strip():
            continue  # a merged pair: the story goes on, nothing is repeated here
        found.append(_lead_at(raw, start, end))
    return found


def _lead_at(raw: str, start: int, end: int) -> Lead:
    line_start = raw.rfind("\n", 0, start) + 1
    rest = raw[end:].split("\n", _LINES_LOOKED_AT)[:_LINES_LOOKED_AT]  # (not the page's rest)
    printed = [raw[line_start:end] + rest[0], *rest[1:]]
    lines: list[str] = []
    widths: list[int] = []
    apart: list[bool] = []
    for number, text in enumerate(rest):
        if len(lines) > MAX_TITLE_LINES:
            break
        if not text.strip():
            if lines:
                apart[-1] = True
            continue
        lines.append(text.strip())
        widths.append(len(printed[number].strip()))
        apart.append(False)
    return Lead(tuple(lines), tuple(widths), tuple(apart))


# --- The decision (pure) ---------------------------------------------------------------------


def _repeat(line: str, deck: Sequence[str]) -> str | None:
    """``"whole"`` when ``line`` says one deck line (or the whole deck) again, ``"piece"`` when
    it is a shortened one (a piece of at least :data:`MIN_PIECE` characters that starts and ends
    between jieba words of the deck line), else None."""
    key = _key(line)
    if not key:
        return None
    keys = [k for k in (_key(d) for d in deck) if k]
    whole = "".join(keys)
    if key in keys or key == whole:
        return "whole"
    if len(key) < MIN_PIECE:
        return None
    for deck_key in [*keys, whole]:
        if key in deck_key and _on_word_edges(key, deck_key):
            return "piece"
    return None


def _on_word_edges(piece: str, text: str) -> bool:
    """Some occurrence of ``piece`` in ``text`` starts and ends where jieba cuts ``text``."""
    edges, position = {0}, 0
    for word in cut(text):
        position += len(word)
        edges.add(position)
    start = text.find(piece)
    while start != -1:
        if start in edges and start + len(piece) in edges:
            return True
        start = text.find(piece, start + 1)
    return False


def title_count(lead: Lead, paragraph: str, deck: Sequence[str]) -> int:
    """How many of ``lead``'s lines are a repeated headline glued into ``paragraph`` (the part's
    first paragraph as the parser made it: the lines joined with nothing between them, then the
    text), 0 when none.

    ``deck``: the lines of the story the part continues (its kicker, headline, subheadline and
    the title lines printed over its earlier parts). The first ``n`` lines are title lines when
    each repeats the deck (:func:`_repeat`), the paragraph starts with exactly those lines and
    goes on after them, and what follows does not go on their last line (no mark or particle
    that goes on a sentence, no dictionary word across the break:
    :func:`~articles.parsing.layout.cut_across`); when one of them is only a piece of the deck,
    the last one is also set apart from the text (a blank line, or a next line at least
    :data:`SET_APART` times as long as its printed line). The largest such ``n`` counts."""
    kinds: list[str] = []
    for line in lead.lines[:MAX_TITLE_LINES]:
        kind = _repeat(line, deck)
        if kind is None:
            break
        kinds.append(kind)
    for n in range(len(kinds), 0, -1):
        taken = "".join(lead.lines[:n])
        rest = paragraph[len(taken) :]
        if not paragraph.startswith(taken) or not rest or rest[0].isspace():
            continue
        if rest[0] in _GOES_ON or cut_across(lead.lines[n - 1], rest):
            continue
        if "piece" in kinds[:n] and not _set_apart(lead, n):
            continue
        return n
    return 0


def _set_apart(lead: Lead, n: int) -> bool:
    if lead.apart[n - 1]:
        return True
    if n >= len(lead.lines):
        return False
    return len(lead.lines[n]) >= SET_APART * lead.widths[n - 1]


def as_parsed(
    title_lines: Sequence[str], blocks: Sequence[dict], page_leads: Sequence[Lead]
) -> tuple[list[str], list[dict]]:
    """The part as the parser made it: title lines that were cut from its first paragraph
    (they are the lines printed right after one of the page's backward markers, and the
    paragraph opens with the line printed after them) glued back in front of it; anything
    else as it is. The parser never reads a title line under a backward marker (only over it),
    so title lines found there were cut by :func:`as_stitched`."""
    title_lines, blocks = list(title_lines), [dict(b) for b in blocks]
    if not title_lines or not blocks or blocks[0].get("kind") != "paragraph":
        return title_lines, blocks
    first = blocks[0].get("text", "")
    n = len(title_lines)
    for lead in page_leads:
        if list(lead.lines[:n]) != [t.strip() for t in title_lines] or len(lead.lines) <= n:
            continue
        look = min(_LOOK, len(first), len(lead.lines[n]))
        if look and first[:look] == lead.lines[n][:look]:
            blocks[0]["text"] = "".join(title_lines) + first
            return [], blocks
    return title_lines, blocks


def as_stitched(
    title_lines: Sequence[str],
    blocks: Sequence[dict],
    page_leads: Sequence[Lead],
    deck: Sequence[str] | None,
) -> tuple[list[str], list[dict]]:
    """A continuation part as it is kept in a story whose deck is ``deck`` (None: the part is
    not stitched to a story): first :func:`as_parsed`, then, when the part has no title lines
    of its own and one of the page's leads is repeated at the start of its first paragraph
    (:func:`title_count`), those lines cut off as its title lines. Returns new lists (title
    lines, blocks); raises nothing."""
    title_lines, blocks = as_parsed(title_lines, blocks, page_leads)
    if deck is None or title_lines or not blocks or blocks[0].get("kind") != "paragraph":
        return title_lines, blocks
    first = blocks[0].get("text", "")
    for lead in page_leads:
        n = title_count(lead, first, deck)
        if n:
            taken = "".join(lead.lines[:n])
            blocks[0]["text"] = first[len(taken) :]
            return list(lead.lines[:n]), blocks
    return title_lines, blocks


def _may_repeat(title_lines: Sequence[str], blocks: Sequence[dict], deck: Sequence[str]) -> bool:
    """A cheap first look (no page text read): can :func:`as_stitched` change this part? It has
    title lines that do not repeat the deck (cut from its paragraph when the deck said them
    once: then glued back), or its paragraph's first characters stand in the deck. (Title lines
    that repeat the deck stay: cut by this rule, the page's lines they were cut by have not
    changed since, or the page would have been parsed again; printed over the marker, they are
    the parser's.)"""
    if title_lines:
        return any(_repeat(line, deck) is None for line in title_lines)
    if not blocks or blocks[0].get("kind") != "paragraph":
        return False
    opening = _key(blocks[0].get("text", "")[: MIN_PIECE * 2])[:MIN_PIECE]
    return bool(opening) and any(opening[:2] in _key(d) for d in deck)


# --- The database ----------------------------------------------------------------------------


def _decks(article_ids: Iterable[int]) -> tuple[dict[int, Article], dict[int, list[tuple]]]:
    """The stories (deck and whether an editor changed them) and each one's parts' (sequence,
    title lines): two queries."""
    ids = set(article_ids)
    articles = {
        a.pk: a
        for a in Article.objects.filter(pk__in=ids)
        .only("pk", "kicker", "headline", "subheadline", "edited_at")
        .order_by()
    }
    titles: dict[int, list[tuple]] = {pk: [] for pk in ids}
    rows = ArticlePart.objects.filter(article_id__in=ids).order_by()
    for article_id, sequence, lines in rows.values_list("article_id", "sequence", "title_lines"):
        titles[article_id].append((sequence, lines or []))
    return articles, titles


def _deck(article: Article, titles: list[tuple], before: int) -> list[str]:
    """The lines a part at ``before`` in ``article`` may repeat: the title lines printed over
    the story's earlier parts, and its kicker, headline and subheadline."""
    lines = [line for sequence, tl in sorted(titles) if sequence < before for line in tl]
    return [*lines, article.kicker, article.headline, article.subheadline]


def titles_follow(issue_ids: Iterable[int]) -> list[int]:
    """Bring every stitched continuation of the issues in line with its story: each part after
    the first of a story, with a backward marker, not a whole copy, not of a story an editor
    changed by hand, gets the title lines and blocks :func:`as_stitched` gives it (written only
    when they differ). Returns the ids of the stories changed. A few queries: the parts, the
    stories' decks, and the raw text of the pages whose parts may change."""
    parts = list(
        ArticlePart.objects.filter(page__issue_id__in=list(issue_ids), sequence__gt=0)
        .filter(whole_copy=False)
        .exclude(continued_from="")
        .only("pk", "article_id", "page_id", "sequence", "title_lines", "blocks")
        .order_by()
    )
    if not parts:
        return []
    articles, titles = _decks(p.article_id for p in parts)
    decks: dict[int, list[str]] = {}
    for part in parts:
        article = articles.get(part.article_id)
        if article is None or article.is_edited:
            continue
        deck = _deck(article, titles[part.article_id], part.sequence)
        if _may_repeat(part.title_lines, part.blocks, deck):
            decks[part.pk] = deck
    if not decks:
        return []
    raws = dict(
        Page.objects.filter(pk__in={p.page_id for p in parts if p.pk in decks}).values_list(
            "pk", "raw_text"
        )
    )
    page_leads = {pk: leads(raw or "") for pk, raw in raws.items()}
    changed = []
    for part in parts:
        if part.pk not in decks:
            continue
        title_lines, blocks = as_stitched(
            part.title_lines, part.blocks, page_leads.get(part.page_id, []), decks[part.pk]
        )
        if title_lines != part.title_lines or blocks != part.blocks:
            part.title_lines, part.blocks = title_lines, blocks
            changed.append(part)
    update_rows(changed, ["title_lines", "blocks"])
    return sorted({p.article_id for p in changed})


def stitched_rows(page: Page, part: ArticlePart, rows):
    """A page imported again (``rows``: the importer's :class:`~articles.importing.rows.StoryRows`
    of one parsed story, ``part`` the stored part it was matched to, ``page`` with its new raw
    text): the rows as :func:`titles_follow` would keep them, so that a part already split the
    same way is not written again. ``rows`` itself unless ``part`` is a stitched continuation
    whose new first paragraph opens with a repeat of its story's deck (a few queries then)."""
    fields = rows.part
    if part.sequence == 0 or part.whole_copy or not fields.get("continued_from"):
        return rows
    articles, titles = _decks([part.article_id])
    article = articles.get(part.article_id)
    if article is None:
        return rows
    deck = _deck(article, titles[part.article_id], part.sequence)
    if not _may_repeat(fields["title_lines"], fields["blocks"], deck):
        return rows
    title_lines, blocks = as_stitched(
        fields["title_lines"], fields["blocks"], leads(page.raw_text or ""), deck
    )
    if title_lines == fields["title_lines"] and blocks == fields["blocks"]:
        return rows
    return replace(rows, part={**fields, "title_lines": title_lines, "blocks": blocks})


def stitched_keys(
    existing: Iterable[ArticlePart], key: Callable[[list[str], list[dict]], str]
) -> dict[str, ArticlePart]:
    """For a re-import's matching (``key``: the importer's ``match_key``): each stored
    continuation part with title lines under the key of its paragraph with them glued back in
    front, as a new parse of its page gives it (the parser keeps a repeated headline as text)."""
    found: dict[str, ArticlePart] = {}
    for part in existing:
        blocks = part.blocks or []
        if not (part.continued_from and part.title_lines and not part.whole_copy and blocks):
            continue
        if blocks[0].get("kind") == "paragraph":
            glued = {"kind": "paragraph", "text": "".join(part.title_lines) + blocks[0]["text"]}
            found.setdefault(key([], [glued, *blocks[1:]]), part)
    return found
