"""Whether a stored story and a story of a page's new text are the same story (a re-import).

A story keeps its row, and so its public address, history and sign-offs, for as long as the page
prints it, also when its text was corrected: a re-import matches old and new stories by what they
say, never by where they stand alone. Two stories are the same when their texts share most of
their character pairs (:data:`SAME_TEXT`: a corrected typo, a rewritten paragraph or a cut tail
keep a story the same; two different stories on one page share far fewer), or when their
headlines (the title lines, normalised for matching) are equal and their texts share a good
part (:data:`SAME_HEADLINE_TEXT`). A different headline over a different text is a different
story, whatever its position; so is another text under a recurring headline (图片新闻).
"""

from __future__ import annotations

from dataclasses import dataclass

from articles.text import normalize_for_matching

# Two texts are the same story's from this share of common character pairs (Dice coefficient
# of their sets of adjacent-character pairs, normalised text): a typo changes two pairs, a
# rewritten paragraph of five about a fifth; two stories of one page share 0.1-0.2 (本报讯, 记者…).
SAME_TEXT = 0.5
# Under the same headline a text needs less: a story rewritten under its headline keeps names,
# places and figures; a recurring headline (图片新闻, 简讯) over another text shares no more than
# two stories do.
SAME_HEADLINE_TEXT = 0.25


@dataclass(frozen=True)
class Identity:
    """What a story is recognised by: its ``headline`` (title lines joined, normalised) and the
    character pairs of its text (``pairs``, normalised, paragraphs and crossheads)."""

    headline: str
    pairs: frozenset[str]

    @classmethod
    def of(cls, title_lines, blocks) -> Identity:
        """From a part's or a parsed story's ``title_lines`` (strings) and ``blocks`` (dicts
        with ``kind`` and ``text``)."""
        text = "".join(normalize_for_matching("".join(b["text"] for b in blocks or ())).split())
        return cls(
            headline=normalize_for_matching("|".join(title_lines or ())),
            pairs=frozenset(text[i : i + 2] for i in range(len(text) - 1)),
        )

    def text_likeness(self, other: Identity) -> float:
        """How alike the two texts are, 0.0-1.0 (the Dice coefficient of their pairs)."""
        shared = len(self.pairs & other.pairs)
        return 2 * shared / (len(self.pairs) + len(other.pairs)) if shared else 0.0

    def likeness(self, other: Identity) -> float:
        """How alike the two stories are, for ordering candidates: :meth:`text_likeness`, plus
        1.0 for equal headlines (0.0-2.0)."""
        return self.text_likeness(other) + (1.0 if self._same_headline(other) else 0.0)

    def same_story(self, other: Identity) -> bool:
        """Texts alike from :data:`SAME_TEXT` on; or equal headlines over texts alike from
        :data:`SAME_HEADLINE_TEXT` on (or without text on either side). See the module."""
        text = self.text_likeness(other)
        if text >= SAME_TEXT:
            return True
        if not self._same_headline(other):
            return False
        return text >= SAME_HEADLINE_TEXT or not (self.pairs and other.pairs)

    def _same_headline(self, other: Identity) -> bool:
        return bool(self.headline) and self.headline == other.headline


def alike_pairs(old: list, new: list) -> list[tuple[int, object]]:
    """Stored parts (``old``: ``position``, ``pk``, ``title_lines``, ``blocks``) paired with the
    new text's stories (``new``: ``StoryRows``) they are the same story as
    (:meth:`Identity.same_story`): ``(new position, part)``, the most alike first, then the
    nearest in position. A part or a position may appear in several pairs: the caller takes
    the first free one of each."""
    if not old or not new:
        return []
    known = [(part, Identity.of(part.title_lines, part.blocks)) for part in old]
    pairs = []
    for rows in new:
        identity = Identity.of(rows.part["title_lines"], rows.part["blocks"])
        for part, stored in known:
            if identity.same_story(stored):
                order = (-identity.likeness(stored), abs(part.position - rows.position))
                pairs.append((order, rows.position, part.pk, part))
    return [(position, part) for _, position, _, part in sorted(pairs, key=lambda p: p[:3])]
