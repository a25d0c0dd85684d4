"""Continuations, the evidence beyond scores: where several 下转 and fewer (or more) 上接 meet.

Four ``（下转A2版）`` on A1 and two ``（上接A1版）`` on A2, neither repeating a headline: the markers
cannot pair alone, and a continuation shares too few words with any story for its score
(:func:`~articles.continuations.matching.pairs_score`) to tell which it ends. A newspaper offers
more, and :func:`pairs_evidence` reads it for each (marker, continuation) pair:

* the seam: the story's text before its 下转 ends mid-sentence (``…的车程缩``) and the
  continuation goes on that sentence: a dictionary word across the break (``缩`` / ``短到十五分钟``:
  缩短) or an opening mark that only goes on a sentence (``，``, ``、``:
  :func:`~articles.parsing.layout.cut_across`);
* a clash: the story's text ends a sentence (``。``) and the continuation opens with a mark that
  goes on one (``，``, ``、``, ``；``, ``：``): it cannot be that story's next words;
* the telling words it shares with that story and with no other story the group's markers may
  continue: names of people and places, rare terms (``韩素梅``, ``网点``; words no everyday word,
  :data:`~articles.continuations.matching.EVERYDAY_IDF`), read in the whole continuation.

:func:`~articles.continuations.assigning.assignment_decide` links by it only where it is clear
(two signs for the pair, none for any rival, in the order of print); otherwise the markers stay
有歧义. Pure: rows already read in, no database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from articles.continuations.assigning import Evidence
from articles.continuations.matching import telling_words
from articles.parsing import ends_sentence
from articles.parsing.layout import cut_across
from articles.text import content_words, normalize_for_matching
from search.text import cut

if TYPE_CHECKING:
    from articles.models import Article, ArticlePart, Jump

# Marks that go on a sentence and never follow one that ended (a closing quote or bracket may:
# ``…。（下转A2版）`` / ``（上接A1版）”他说``, so they are not among them).
GOES_ON = frozenset("，、；：,;:")
# Characters of a continuation read for its telling words (a continuation's first columns).
CONTINUATION_CONTEXT = 1500


def pairs_evidence(
    pairs: dict[tuple[int, int], float],
    jumps: dict[int, Jump],
    stories: dict[int, tuple[Article, list[ArticlePart]]],
    parts: dict[int, ArticlePart],
    telling: dict[int, frozenset[str]],
    *,
    words: bool = True,
) -> dict[tuple[int, int], Evidence]:
    """:class:`Evidence` for each of ``pairs`` ((jump id, part id) → score; only its keys are
    read). ``jumps``: the markers by id, their part's story in ``stories`` (story id → (story,
    its parts in order, blocks read)); ``parts``: the continuations by id (blocks read);
    ``telling``: each continuation's words that are no everyday words (its title and lead's,
    :attr:`~articles.continuations.matching.Candidate.telling`), to which the rest of its first
    :data:`CONTINUATION_CONTEXT` characters' are added here. ``words``: False for the seams and
    clashes alone (no words looked for: no jieba). Pure; jieba on each continuation once."""
    ends = {pk: _end_before(jump, stories) for pk, jump in jumps.items()}
    texts = {pk: _story_text(jump, stories) for pk, jump in jumps.items()} if words else {}
    found: dict[tuple[int, int], Evidence] = {}
    for part_id in {p for _, p in pairs}:
        start = _start(parts[part_id])
        rivals = [j for j, p in pairs if p == part_id]
        shared = _shared(parts[part_id], telling, rivals, texts) if words else {}
        for jump_id in rivals:
            others = set().union(*(shared.get(j, set()) for j in rivals if j != jump_id))
            end = ends[jump_id]
            found[(jump_id, part_id)] = Evidence(
                seam=bool(end and start) and cut_across(end, start),
                clash=bool(end and start) and ends_sentence(end) and start[0] in GOES_ON,
                words=tuple(sorted(shared.get(jump_id, set()) - others)),
                read_words=words,
            )
    return found


def _shared(
    part: ArticlePart,
    telling: dict[int, frozenset[str]],
    rivals: list[int],
    texts: dict[int, str],
) -> dict[int, set[str]]:
    """{jump id: the telling words of ``part`` found in its story's text} for the ``rivals``."""
    found = telling.get(part.pk, frozenset()) | _more_telling(part, telling)
    return {j: {w for w in found if w in texts[j]} for j in rivals}


def _more_telling(part: ArticlePart, telling: dict[int, frozenset[str]]) -> frozenset[str]:
    """The telling words of ``part``'s text beyond its lead (the first
    :data:`CONTINUATION_CONTEXT` characters)."""
    text = "\n".join(b.get("text", "") for b in part.blocks or [])[:CONTINUATION_CONTEXT]
    return telling_words(content_words(text, cut=cut)) - telling.get(part.pk, frozenset())


def _end_before(jump: Jump, stories: dict[int, tuple[Article, list[ArticlePart]]]) -> str:
    """The text printed right before ``jump``'s 下转: its part's last block's, stripped."""
    _article, ordered = stories[jump.part.article_id]
    for part in ordered:
        if part.pk == jump.part_id:
            blocks = [b for b in part.blocks or [] if b.get("text", "").strip()]
            return blocks[-1]["text"].rstrip() if blocks else ""
    return ""


def _start(part: ArticlePart) -> str:
    """The first words of a continuation under its 上接: its first block's text, stripped."""
    for block in part.blocks or []:
        text = block.get("text", "").strip()
        if text:
            return text
    return ""


def _story_text(jump: Jump, stories: dict[int, tuple[Article, list[ArticlePart]]]) -> str:
    """The story ``jump`` ends, as compared: its title and all its parts' text, normalised."""
    article, ordered = stories[jump.part.article_id]
    text = "\n".join([article.title, *(p.text() for p in ordered)])
    return normalize_for_matching(text)
