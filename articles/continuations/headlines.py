"""Continuations, the repeated headline: decided when a jump is stitched, not when a page is read.

INPUT.md, "Continuations (jumps)": the continuation part on the other page often repeats the
headline, or a shortened one, and a backward marker may stand on its own line or be glued to the
first words of the continued text. The parser cannot tell a repeated headline under ``（上接A1版）``
from the first words of a sentence the column cut (``（上接A1版）设计单位进场勘查`` / ``确保…``), so
it keeps both as text unless a blank line sets it apart or the layout opens a paragraph right
under it (:mod:`articles.parsing.jumptitles`): a
leading line that does not end a sentence is glued into the first paragraph
(``青山县新建三座污水处理厂县生态环境局表示，…``), one that does (``用电高峰来了！``, ``用党建品牌让社会组织“亮心”``:
``。！？…；``, a closing quote or bracket, ``——``, ``：``) is a paragraph of its own. Once the part is stitched to the story it continues, the story's deck is the
evidence: when the leading printed line(s) after the part's backward marker repeat it
(:func:`title_count`; compared without their end marks, so ``用电高峰来了！`` repeats
``用电高峰来了``), those lines become the part's title lines (``ArticlePart.title_lines``, not
shown in the story, which reads on from the text) and the blocks keep the rest. Without that
evidence (the part alone, its story's page not imported yet, or words that differ) the part
stays as the parser read it; a split whose evidence is gone (its story's headline changed on
re-import) is put back (:func:`as_parsed`). Only the printed characters' places change, and the
parser's rule says where each goes back (:func:`put_back`): lines up to one that ends a sentence
are a paragraph again, a heading-like line after it a crosshead, the lines left go in front of
the text after them. A part is split only when its blocks have that form, so putting back gives
the blocks the parser made, character for character.

The lines are read from the page's raw text (``Page.raw_text``, what the parser read): the
stored paragraph has lost its line breaks. :func:`titles_follow` brings every stitched
continuation of some issues in line with its story (after each resolution and each editor's
link); :func:`stitched_rows` and :func:`stitched_keys` let a re-import compare the new parse
with the part in the same form, so an unchanged page writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from articles.bulk import update_rows
from articles.continuations.partdecks import deck_before, story_decks
from articles.continuations.partheads import (
    crossheads_under_marker,
    ends_inside_clause,
    glued,
    heading_over_text,
    long_first_clause,
    texts_before,
)
from articles.continuations.titleblocks import put_back, take_off
from articles.continuations.titlereads import raw_texts, stitched_parts
from articles.models import Article, ArticlePart, Page
from articles.parsing import find_markers, printed_text
from articles.parsing.jumptitles import cut_page, paragraph_opens_under, titles_set_apart
from articles.parsing.layout import CONTINUING_MARKS, blank_lines_part_paragraphs, cut_across
from articles.storytext import ends_sentence as paragraph_ended
from articles.text import normalize_for_matching
from search.text import cut

# A title line is a repeat of the whole headline (or kicker, subheadline, or the whole deck on
# one line) or a shortened one: at least this many characters of the words of one of those, in
# their order (:func:`_of_words_in_order`).
MIN_PIECE = 4
# Title lines a continuation repeats under its marker, at most (a headline and a subheadline).
MAX_TITLE_LINES = 3
# A shortened headline must be set apart from the text under it: a blank line, or a next line
# longer than its printed line (the marker's characters too when glued to it) by more than this
# many characters. The lines of one cut column are about as long as each other (within two
# characters, as :func:`~articles.parsing.layout.column_width` measures a column) and a
# paragraph's last line is never longer than its column, so a piece of a continued sentence cut
# by the column (``（上接第一版）三座污水处理厂`` / ``建成后全县城镇污水处理率将提高到``) is
# not set apart, while a line clearly shorter than the line under it is no line of that column:
# a shortened headline (``（上接A1版）常务会议`` / ``扎实做好稳就业、稳投资各项工作。``).
SAME_WIDTH = 2
# Characters that go on a sentence and never open one: text opening with one after a line goes
# on that line (``…处理厂`` / ``的建设``), so the line is no title.
_GOES_ON = frozenset("的地得了着过们之等") | CONTINUING_MARKS
# A deck line's cues (``——``, ``：``) and spaces are not its words; nor are the marks that end it
# (``用电高峰来了！`` repeats ``用电高峰来了``; ``来了!`` and ``来了！`` are one after NFKC).
_CUES = "—-－–:：·"
_END_MARKS = "。.！!？?…；;”’」』）)】》〉\"'"
_SPACE = re.compile(r"\s+")
# Quotes and brackets a title line must not close without opening them (``来了！”`` / ``他说``:
# the end of a quotation the jump cut, not a headline).
_PAIRS = ("“”", "‘’", "「」", "『』", "《》", "（）", "()", "【】", "〈〉")
# Printed lines after a marker looked at (blank ones too), at most.
_LINES_LOOKED_AT = 12
# Characters compared between a title line's successor and the paragraph's start (un-splitting).
_LOOK = 8


def _key(text: str) -> str:
    """``text`` as compared here: normalised for matching, without whitespace, cues and the
    marks that end it."""
    return _SPACE.sub("", normalize_for_matching(text)).strip(_CUES).rstrip(_END_MARKS + _CUES)


def _closes_unopened(line: str) -> bool:
    """``line`` closes a quote or bracket it did not open: it goes on a text printed before it."""
    for opening, closing in _PAIRS:
        depth = 0
        for char in line:
            depth += (char == opening) - (char == closing)
            if depth < 0:
                return True
    return False


# --- Reading the page ------------------------------------------------------------------------


@dataclass(frozen=True)
class Lead:
    """The printed lines right after one backward marker on a page.

    ``lines``: the text lines, stripped (the rest of the marker's line when the marker is glued
    to words, then the next text lines), at most ``MAX_TITLE_LINES + 1``; ``widths``: each
    line's printed length (the marker's too when glued to it); ``apart``: a blank line follows
    the line; ``cut_page``: :func:`~articles.parsing.jumptitles.cut_page` of the page;
    ``opens``: the page's layout opens a paragraph right under the line
    (:func:`~articles.parsing.jumptitles.paragraph_opens_under`)."""

    lines: tuple[str, ...]
    widths: tuple[int, ...]
    apart: tuple[bool, ...]
    cut_page: bool = False
    opens: tuple[bool, ...] = ()


def leads(raw: str) -> list[Lead]:
    """The :class:`Lead` of every backward marker of ``raw`` (a page's text), in print order
    (merged markers, ``（下转…）（上接…）`` printed together, start no part: left out)."""
    found: list[Lead] = []
    raw = printed_text(raw)  # (its HTML remnants read, as the parser read them)
    markers = find_markers(raw)
    page_lines = raw.split("\n")
    cut = bool(markers) and cut_page(page_lines)
    parted = bool(markers) and blank_lines_part_paragraphs(page_lines)
    for index, (start, end, marker) in enumerate(markers):
        if marker.direction != "backward":
            continue
        previous = markers[index - 1] if index else None
        if previous and previous[2].direction == "forward" and not raw[previous[1] : start].strip():
            continue  # a merged pair: the story goes on, nothing is repeated here
        found.append(replace(_lead_at(raw, start, end, page_lines, parted), cut_page=cut))
    return found


def _lead_at(raw: str, start: int, end: int, page_lines: list[str], parted: bool) -> Lead:
    line_start = raw.rfind("\n", 0, start) + 1
    first = raw.count("\n", 0, start) + 1  # the marker's line, 1-based
    rest = raw[end:].split("\n", _LINES_LOOKED_AT)[:_LINES_LOOKED_AT]  # (not the page's rest)
    printed = [raw[line_start:end] + rest[0], *rest[1:]]
    lines: list[str] = []
    widths: list[int] = []
    apart: list[bool] = []
    opens: list[bool] = []
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
        opens.append(paragraph_opens_under(page_lines, first + number, parted))
    return Lead(tuple(lines), tuple(widths), tuple(apart), opens=tuple(opens))


# --- The decision (pure) ---------------------------------------------------------------------


def _repeat(line: str, deck: Sequence[str]) -> str | None:
    """``"whole"`` when ``line`` says one deck line (or the whole deck) again, ``"piece"`` when
    it is a shortened one (at least :data:`MIN_PIECE` characters of the deck line's jieba words
    in their order, some left out: :func:`_of_words_in_order`), else None. Compared without
    cues and end marks (:func:`_key`); a line that closes a quote or bracket it did not open is
    none."""
    key = _key(line)
    if not key or _closes_unopened(line):
        return None
    keys = [k for k in (_key(d) for d in deck) if k]
    wholes = ["".join(keys), _key("".join(deck))]  # (the deck on one line, cues printed or not)
    if key in keys or key in wholes:
        return "whole"
    if len(key) < MIN_PIECE:
        return None
    for deck_key in [*keys, *wholes]:
        if _of_words_in_order(key, deck_key):
            return "piece"
    return None


def repeats(line: str, deck: Sequence[str]) -> bool:
    """Whether ``line`` says a line of ``deck`` again, whole or shortened (:func:`_repeat`)."""
    return _repeat(line, deck) is not None


def _of_words_in_order(piece: str, text: str) -> bool:
    """``piece`` is jieba's words of ``text`` in their order, none cut, some perhaps left out:
    a run of them (``常务会议`` of ``市政府召开常务会议``) or several (``市政府常务会议``), never
    a word cut in two (``县新建`` of ``青山县新建…``). Linear in ``text``'s words times
    ``piece``'s length."""
    reached = {0}  # places in ``piece`` up to which it is words of ``text`` taken so far
    for word in cut(text):
        reached |= {at + len(word) for at in reached if piece.startswith(word, at)}
    return len(piece) in reached


def title_count(lead: Lead, blocks: Sequence[dict], deck: Sequence[str]) -> int:
    """How many of ``lead``'s lines are a repeated headline at the front of ``blocks`` (the
    part's blocks as the parser made them, ``{"kind", "text"}`` dicts), 0 when none.

    ``deck``: the lines of the story the part continues (its kicker, headline and subheadline
    and the title lines printed over its earlier parts). The first ``n`` lines are title lines
    when each repeats the deck (:func:`_repeat`), the blocks open with exactly those lines in the
    form the parser gives them (:func:`take_off`) and go on after them with text that does not go
    on their last line (no mark or particle that goes on a sentence, no dictionary word across
    the break: :func:`~articles.parsing.layout.cut_across`); when one of them is only a piece of
    the deck, the last one is also set apart from the text (a blank line, or a next line
    longer than its printed line by more than :data:`SAME_WIDTH` characters). The largest such
    ``n`` counts."""
    kinds: list[str] = []
    for line in lead.lines[:MAX_TITLE_LINES]:
        kind = _repeat(line, deck)
        if kind is None:
            break
        kinds.append(kind)
    for n in range(len(kinds), 0, -1):
        rest = take_off(lead.lines[:n], blocks)
        following = rest[0].get("text", "") if rest else ""
        if not following or following[0].isspace():
            continue  # (nothing left: the part is no text)
        if following[0] in _GOES_ON or cut_across(lead.lines[n - 1], following):
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
    return len(lead.lines[n]) > lead.widths[n - 1] + SAME_WIDTH


def as_parsed(
    title_lines: Sequence[str], blocks: Sequence[dict], page_leads: Sequence[Lead]
) -> tuple[list[str], list[dict]]:
    """The part as the parser made it: title lines that were cut from the front of its blocks
    (they are the lines printed right after one of the page's backward markers, and the blocks
    go on with the line printed after them) put back (:func:`put_back`); anything else as it
    is. The parser reads title lines under a backward marker only when they are set apart
    (:func:`~articles.parsing.jumptitles.titles_set_apart`); others were cut by :func:`as_stitched`."""
    title_lines, blocks = list(title_lines), [dict(b) for b in blocks]
    if not title_lines or not blocks:
        return title_lines, blocks
    first = blocks[0].get("text", "")
    n = len(title_lines)
    for lead in page_leads:
        if list(lead.lines[:n]) != [t.strip() for t in title_lines] or len(lead.lines) <= n:
            continue
        if titles_set_apart(lead.lines, lead.apart, n, lead.cut_page, lead.opens):
            return title_lines, blocks  # (the parser's own)
        look = min(_LOOK, len(first), len(lead.lines[n]))
        if look and first[:look] == lead.lines[n][:look]:
            parsed = put_back(title_lines, blocks)
            if parsed is not None:
                return [], parsed
    return title_lines, blocks


def as_stitched(
    title_lines: Sequence[str],
    blocks: Sequence[dict],
    page_leads: Sequence[Lead],
    deck: Sequence[str] | None,
    before: str = "",
) -> tuple[list[str], list[dict]]:
    """A continuation part as it is kept in a story whose deck is ``deck`` (None: not stitched):
    :func:`as_parsed`, then the first lines of a lead repeated at the front of its blocks
    (:func:`title_count`) taken off as its title lines (:func:`take_off`). A line under the
    marker sharing no word with the deck (the parser's title line:
    :func:`~articles.continuations.partheads.crossheads_under_marker`), or glued to the marker
    after a finished sentence (``before``: the story's last paragraph before the jump, ``""``
    not known; :func:`_crosshead_on_marker_line`), is the part's first crosshead. After a clause
    the jump cut (``…计划的``), a shortened repeat glued to the marker goes on it: no title."""
    title_lines, blocks = as_parsed(title_lines, blocks, page_leads)
    if deck is None or not blocks:
        return title_lines, blocks
    if title_lines:
        return crossheads_under_marker(title_lines, blocks, page_leads, deck)
    clause_cut = ends_inside_clause(before)
    for lead in page_leads:
        n = title_count(lead, blocks, deck)
        if n and clause_cut and glued(lead) and _repeat(lead.lines[0], deck) == "piece":
            continue
        rest = take_off(lead.lines[:n], blocks) if n else None
        if rest is not None:
            return list(lead.lines[:n]), rest
    for lead in page_leads if before.strip() and paragraph_ended(before) else ():
        if _crosshead_on_marker_line(lead, blocks, deck):
            rest = take_off(lead.lines[:1], blocks) or []
            return [], [{"kind": "crosshead", "text": lead.lines[0]}, *rest]
    return title_lines, blocks


def _crosshead_on_marker_line(lead: Lead, blocks: Sequence[dict], deck: Sequence[str]) -> bool:
    """Whether ``lead``'s first line, glued to the marker and by the parser to the paragraph
    (``（上接A1版）特色产业带动农民增收`` / ``在海门区，…``), is a crosshead: it repeats none of
    ``deck``, on a page not of cut lines, the next line longer than the marker's line by more
    than :data:`SAME_WIDTH` (:func:`~articles.continuations.partheads.heading_over_text`)."""
    if lead.cut_page or not glued(lead) or len(lead.lines) < 2:
        return False
    line, following = lead.lines[0], lead.lines[1]
    if _repeat(line, deck) is not None or _closes_unopened(line) or following[0] in _GOES_ON:
        return False
    return len(following) > lead.widths[0] + SAME_WIDTH and heading_over_text(
        line, following, blocks
    )


def may_repeat(title_lines: Sequence[str], blocks: Sequence[dict], deck: Sequence[str]) -> bool:
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
    text = blocks[0].get("text", "")
    opening = _key(text[: MIN_PIECE * 2])[:MIN_PIECE]
    said = bool(opening) and any(opening[:2] in _key(d) for d in deck)
    return said or long_first_clause(text)  # (or a crosshead glued in front)


# --- The database ----------------------------------------------------------------------------


def titles_follow(issue_ids: Iterable[int]) -> list[int]:
    """Bring every stitched continuation of the issues in line with its story: each part after
    the first of a story, with a backward marker, not a whole copy, not of a story an editor
    changed by hand (but for a part still as printed: :func:`_printed_parts_of_edited`), gets
    the title lines and blocks :func:`as_stitched` gives it (written only
    when they differ). A part's deck holds the title lines of the story's earlier parts, so when
    those change the later parts are looked at again with the new ones (a story on three pages
    whose headline changed: page 3 no longer repeats what page 2 no longer has). Returns the ids
    of the stories changed. A few queries: the parts, the stories' decks, and the raw text of
    the pages whose parts may change (once more for each round of later parts)."""
    parts = stitched_parts(issue_ids)
    if not parts:
        return []
    articles, titles = story_decks(p.article_id for p in parts)
    parts = [p for p in parts if p.article_id in articles]
    take_only = _printed_parts_of_edited(parts, articles)
    parts = [p for p in parts if not articles[p.article_id].is_edited or p.pk in take_only]
    parts.sort(key=lambda p: (p.article_id, p.sequence))
    page_leads: dict[int, list[Lead]] = {}
    changed: dict[int, ArticlePart] = {}
    looked_at = parts
    while looked_at:
        moved = _follow_round(looked_at, articles, titles, page_leads, take_only)
        changed.update((p.pk, p) for p in moved)
        first_moved: dict[int, int] = {}
        for part in moved:  # (in story and sequence order: the first one stays)
            first_moved.setdefault(part.article_id, part.sequence)
        looked_at = [
            p
            for p in parts
            if p.article_id in first_moved and p.sequence > first_moved[p.article_id]
        ]
    update_rows(list(changed.values()), ["title_lines", "blocks"])
    return sorted({p.article_id for p in changed.values()})


def _printed_parts_of_edited(parts: list[ArticlePart], articles: dict[int, Article]) -> set[int]:
    """The ids of the parts among ``parts`` whose story an editor changed but whose own text is
    as the page printed it, with no title lines taken off yet: a continuation whose page came
    after the edit (an editor fixed a byline on A1, then the late A2 arrived), or one no edit
    reached. Those may have their repeated headline taken off as any story's are (its printed
    characters only move to the title lines; a reviewer's late A2 read ``…（以下刊于A2版）全市打好
    污染防治攻坚战现场考评。`` because its story's byline had been fixed), never put back. A part
    an editor saved has history (parts keep history: :mod:`articles.editing`); one query, none
    when no story was edited."""
    candidates = {p.pk for p in parts if articles[p.article_id].is_edited and not p.title_lines}
    if not candidates:
        return set()
    saved = ArticlePart.history.filter(id__in=candidates).values_list("id", flat=True)
    return candidates - set(saved)


def _follow_round(
    parts: list[ArticlePart],
    articles: dict[int, Article],
    titles: dict[int, list[tuple]],
    page_leads: dict[int, list[Lead]],
    take_only: set[int] = frozenset(),
) -> list[ArticlePart]:
    """One round of :func:`titles_follow` over ``parts`` (in story and sequence order): each
    part that may change (:func:`may_repeat`) set as :func:`as_stitched` gives it, its story's
    ``titles`` updated, the pages' leads read once into ``page_leads``. A part in ``take_only``
    (:func:`_printed_parts_of_edited`) changes only to have title lines taken off. Returns the
    parts changed, in order."""
    decks = {
        p.pk: deck_before(articles[p.article_id], titles[p.article_id], p.sequence) for p in parts
    }
    parts = [p for p in parts if may_repeat(p.title_lines, p.blocks, decks[p.pk])]
    unread = {p.page_id for p in parts} - page_leads.keys()
    if unread:
        page_leads.update((pk, leads(raw or "")) for pk, raw in raw_texts(list(unread)))
    before = texts_before(parts)
    moved = []
    for part in parts:
        title_lines, blocks = as_stitched(
            part.title_lines,
            part.blocks,
            page_leads.get(part.page_id, []),
            decks[part.pk],
            before.get(part.pk, ""),
        )
        if part.pk in take_only and not title_lines:
            continue
        if title_lines != part.title_lines or blocks != part.blocks:
            part.title_lines, part.blocks = title_lines, blocks
            titles[part.article_id] = [
                (sequence, title_lines if sequence == part.sequence else lines)
                for sequence, lines in titles[part.article_id]
            ]
            moved.append(part)
    return moved


def stitched_rows(page: Page, part: ArticlePart, rows):
    """A page imported again (``rows``: the importer's :class:`~articles.importing.rows.StoryRows`
    of one parsed story, ``part`` the stored part it was matched to, ``page`` with its new raw
    text): the rows as :func:`titles_follow` would keep them, so that a part already split the
    same way is not written again. ``rows`` itself unless ``part`` is a stitched continuation
    whose new first paragraph opens with a repeat of its story's deck (a few queries then)."""
    fields = rows.part
    if part.sequence == 0 or part.whole_copy or not fields.get("continued_from"):
        return rows
    articles, titles = story_decks([part.article_id])
    article = articles.get(part.article_id)
    if article is None:
        return rows
    deck = deck_before(article, titles[part.article_id], part.sequence)
    if not may_repeat(fields["title_lines"], fields["blocks"], deck):
        return rows
    title_lines, blocks = as_stitched(
        fields["title_lines"],
        fields["blocks"],
        leads(page.raw_text or ""),
        deck,
        texts_before([part]).get(part.pk, ""),
    )
    if title_lines == fields["title_lines"] and blocks == fields["blocks"]:
        return rows
    return replace(rows, part={**fields, "title_lines": title_lines, "blocks": blocks})


def stitched_keys(
    existing: Iterable[ArticlePart], key: Callable[[list[str], list[dict]], str]
) -> dict[str, ArticlePart]:
    """For a re-import's matching (``key``: the importer's ``match_key``): each stored
    continuation part with title lines under the key of its blocks with them put back
    (:func:`put_back`), as a new parse of its page gives them (the parser keeps a repeated
    headline as text)."""
    found: dict[str, ArticlePart] = {}
    for part in existing:
        blocks = part.blocks or []
        if not (part.continued_from and part.title_lines and not part.whole_copy and blocks):
            continue
        parsed = put_back(part.title_lines, blocks)
        if parsed is not None:
            found.setdefault(key([], parsed), part)
    return found
