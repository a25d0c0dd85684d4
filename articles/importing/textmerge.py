"""A re-sent page's text merged into a story an editor changed by hand, field by field and
paragraph by paragraph (three-way: what the story held as last imported, what it holds now,
what the page prints now).

What a newspaper's desk expects of prepress's correction (README: Importing, “Hand edits win”):
a change to a field or paragraph the editor never touched flows in (the import writes it and
says so); a change to one the editor changed too stays with the editor's text and is pending
(版面文本有改动未采用) until the story already holds the page's new text, the editor takes it
(采用版面文本) or acknowledges it. Nothing is lost: the editor's edit stays, the page's text is
kept on the page. A reviewer's deck edit (#7) made a one-word correction of its second
paragraph wait, and taking it would have undone the deck too; a name fixed in #11's paragraph
kept the correction 九十部→九十五部 of the same paragraph pending after the editor typed it.

Pure functions over :func:`~articles.importing.pagetext.printed_of_rows`' shape; no database.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from articles.importing.pagetext import PRINTED_FIELDS, block_lines, pair_said

#: The kinds of chunk :func:`diff3` gives: the same in all three, changed only by the page
#: (``theirs``), only by the editor (``mine``), alike by both (``both``), or otherwise by each.
SAME, THEIRS, MINE, BOTH, CONFLICT = "same", "theirs", "mine", "both", "conflict"


@dataclass(frozen=True)
class Chunk:
    """A stretch of the three sequences: ``kind`` (:data:`SAME` …) and each one's items,
    ``*_at`` where it starts in each."""

    kind: str
    base: Sequence
    mine: Sequence
    theirs: Sequence
    base_at: int
    theirs_at: int


@dataclass
class Merged:
    """What :func:`merge_printed` gives: ``printed``, the story as it is to hold (the editor's
    text with the page's changes it never touched); ``flowed``, those changes in
    :func:`~articles.importing.pagetext.changes`' words (``第2段“…八个…”→“…九个…”``);
    ``pending``, the page's changes to what the editor changed otherwise, in the same words;
    ``base``, below."""

    printed: dict
    flowed: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    #: the page's text as merged in: the base with the page's changes that flowed in (what
    #: the story holds is the page's there), the next merge's base
    #: (:func:`~articles.importing.editmerge.merge_base`)
    base: dict = field(default_factory=dict)


def diff3(base: Sequence, mine: Sequence, theirs: Sequence, key=lambda x: x) -> list[Chunk]:
    """``base``, ``mine`` and ``theirs`` cut into :class:`Chunk`\\ s at the items of ``base``
    that both others keep (compared by ``key``), each chunk between classified."""
    keys = [key(x) for x in base]
    in_mine = _matched(keys, [key(x) for x in mine])
    in_theirs = _matched(keys, [key(x) for x in theirs])
    chunks: list[Chunk] = []
    i = j = k = 0
    for b in range(len(base)):
        m, t = in_mine.get(b), in_theirs.get(b)
        if m is None or t is None or m < j or t < k:
            continue
        if b > i or m > j or t > k:
            chunks.append(_chunk(base[i:b], mine[j:m], theirs[k:t], i, k, key))
        chunks.append(Chunk(SAME, base[b : b + 1], mine[m : m + 1], theirs[t : t + 1], b, t))
        i, j, k = b + 1, m + 1, t + 1
    if i < len(base) or j < len(mine) or k < len(theirs):
        chunks.append(_chunk(base[i:], mine[j:], theirs[k:], i, k, key))
    return chunks


def _matched(old: list, new: list) -> dict[int, int]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    pairs = {}
    for a, b, size in matcher.get_matching_blocks():
        for n in range(size):
            pairs[a + n] = b + n
    return pairs


def _chunk(base, mine, theirs, base_at: int, theirs_at: int, key) -> Chunk:
    b, m, t = ([key(x) for x in s] for s in (base, mine, theirs))
    if m == b:
        kind = THEIRS
    elif t == b:
        kind = MINE
    elif m == t:
        kind = BOTH
    else:
        kind = CONFLICT
    return Chunk(kind, base, mine, theirs, base_at, theirs_at)


def holds(base: str, mine: str, theirs: str) -> bool:
    """Whether ``mine`` already holds every change the page made from ``base`` to ``theirs``
    (character by character: the editor typed the correction, or made it among edits of their
    own elsewhere in the text)."""
    return all(c.kind not in (THEIRS, CONFLICT) for c in diff3(base, mine, theirs))


def merge_printed(base: dict, mine: dict, theirs: dict) -> Merged:
    """The page's changes from ``base`` (as last imported) to ``theirs`` (the page now) merged
    into ``mine`` (the story now), all three :func:`~articles.importing.pagetext.printed_of_rows`'
    shape (a field missing from one is left as ``mine`` has it). See :class:`Merged`."""
    merged = Merged(printed=dict(mine), base=dict(base))
    for name, label in PRINTED_FIELDS:
        if name in base and name in mine and name in theirs:
            _merge_value(
                merged, name, base, mine, theirs, label + pair_said(base[name], theirs[name])
            )
    if "reporters" in base and "reporters" in mine and "reporters" in theirs:
        said = f"记者“{'、'.join(base['reporters'])}”→“{'、'.join(theirs['reporters'])}”"
        _merge_value(merged, "reporters", base, mine, theirs, said)
    fields_said = bool(merged.flowed or merged.pending)
    lines = " / ".join(base["title_lines"]), " / ".join(theirs["title_lines"])
    said = "" if fields_said else "标题行" + pair_said(*lines)
    _merge_value(merged, "title_lines", base, mine, theirs, said)
    merged.printed["blocks"] = _merge_blocks(
        merged, base["blocks"], mine["blocks"], theirs["blocks"]
    )
    return merged


def _merge_value(merged: Merged, name: str, base: dict, mine: dict, theirs: dict, said: str):
    b, m, t = base[name], mine[name], theirs[name]
    if t == b or m == t:
        return
    if m == b:
        merged.printed[name] = merged.base[name] = t
        into = merged.flowed
    elif isinstance(m, str) and holds(b, m, t):
        return
    else:
        into = merged.pending
    if said:
        into.append(said)


def _block_key(block: dict) -> str:
    return json.dumps(block, sort_keys=True, ensure_ascii=False)


def _text(block: dict) -> str:
    return block.get("text", "")


def _merge_blocks(merged: Merged, base: list, mine: list, theirs: list) -> list:
    """The paragraphs: a chunk only the page changed is taken, one the editor changed kept; one
    both changed whose paragraphs line up one to one in all three (:func:`_aligned`) is merged
    paragraph by paragraph (the editor's kept where they changed it, unless it already holds
    the page's change); any other is kept whole as the editor has it, the page's stretch
    pending, never a mix: paired by position, a page that inserted one paragraph and cut
    another gave a reviewer's story (session 68) an edited paragraph twice, the inserted one
    and the cut one lost. Lines are numbered as :func:`~articles.importing.pagetext.changes`
    numbers them (the page's paragraphs now; a removed one by its old number)."""
    out: list = []
    page: list = []  # (the page's text as merged in: merged.base)
    for chunk in diff3(base, mine, theirs, key=_block_key):
        if chunk.kind == THEIRS:
            out += chunk.theirs
            page += chunk.theirs
            merged.flowed += block_lines(chunk.base, chunk.theirs, chunk.base_at, chunk.theirs_at)
        elif chunk.kind != CONFLICT:
            out += chunk.mine
            page += chunk.theirs if chunk.kind == BOTH else chunk.base
        elif _aligned(chunk):
            for n, (b, m, t) in enumerate(zip(chunk.base, chunk.mine, chunk.theirs, strict=True)):
                at = chunk.theirs_at + n + 1
                if m == b:
                    out.append(t)
                    page.append(t)
                    if t != b:
                        merged.flowed.append(f"第{at}段{pair_said(_text(b), _text(t))}")
                    continue
                out.append(m)
                page.append(b)
                if t != b and m != t and not holds(_text(b), _text(m), _text(t)):
                    merged.pending.append(f"第{at}段{pair_said(_text(b), _text(t))}")
        else:
            out += chunk.mine
            page += chunk.base
            merged.pending += block_lines(chunk.base, chunk.theirs, chunk.base_at, chunk.theirs_at)
    merged.base["blocks"] = page
    return out


#: How alike (:class:`difflib.SequenceMatcher`'s ratio over characters, 0–1) a paragraph must
#: stay to count as the same paragraph edited: a correction or an editor's rewording keeps most
#: of its characters, another paragraph of the story shares few.
SAME_PARAGRAPH = 0.5


def _aligned(chunk: Chunk) -> bool:
    """Whether ``chunk``'s paragraphs line up one to one in all three versions: as many in
    each, and each of base's the same paragraph (:data:`SAME_PARAGRAPH`) as mine's and the
    page's at its place, each likest to the one at its place of all the chunk's paragraphs
    (a swap or an insertion shifts them: no longer so)."""
    if not len(chunk.base) == len(chunk.mine) == len(chunk.theirs):
        return False
    olds = [_text(b) for b in chunk.base]
    return _one_to_one(olds, [_text(m) for m in chunk.mine]) and _one_to_one(
        olds, [_text(t) for t in chunk.theirs]
    )


def _one_to_one(olds: list[str], news: list[str]) -> bool:
    for n, old in enumerate(olds):
        ratios = [_alike(old, new) for new in news]
        if ratios[n] < SAME_PARAGRAPH or ratios[n] < max(ratios):
            return False
        if any(_alike(other, news[n]) > ratios[n] for other in olds):
            return False
    return True


def _alike(old: str, new: str) -> float:
    if old == new:
        return 1.0
    return difflib.SequenceMatcher(None, old, new, autojunk=False).ratio()
