"""The headline as the paper printed it, when the desk has since corrected the story's deck.

A story's deck fields (引题 ``kicker``, 主题 ``headline``, 副题 ``subheadline``) are what readers
see now: an editor may correct them at the desk or through the stories spreadsheet
(夜色里的新码头 → 夜色中的新码头). Its first part's ``title_lines`` keep the lines the page printed
above it (the import writes them; an edit of the deck leaves them). The printed headline stays
what a reader who saw the paper searches for and what a citation of a newspaper names, so it is
indexed beside the current one (:func:`search.indexing.story_entry_title`), shown on the story
page (``见报标题：…``) and cited (引用本文, :func:`articles.views.story.story_citation`).

When do the two differ? The parser makes each deck field from the title lines by joining lines
and leaving out what is no word of the title (an ornament ``■``, a list number ``1.``, a label
``【特写】``, spaces), never by adding or changing a character: every field, spaces left out, is
inside the printed lines, spaces left out (all 3,257 titled stories of ``tests/data``'s pages).
So a deck field that is not there was changed after the page was printed. A field cut short
at either end (夜色里的新码头 → 新码头) still is inside them: that is told by the deck as the
import wrote it (:class:`ImportedDeck`, the story's history record made before its first hand
edit: :func:`articles.importeddecks.imported_decks`), when its title lines are the ones stored
now (the page was not re-printed since): a field that differs from it, spaces left out, was
changed. Reading the deck again from the stored lines instead (the parser's
``deck_roles``) is not exact: out of its page it keeps what the page's context left out
(``🔹`` before a WeChat post's title, a column's name over a headline: 4 of the 2,833 titled
stories of ``tests/data`` and ``shared``), which would call those decks changed. No Django here:
plain strings in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

#: How a kicker line ends, and a subheadline line starts, when the page cues them (the parser's
#: cues, :mod:`articles.parsing.decks`): used only for the printed lines no current field names.
_KICKER_ENDS = ("——", "：", ":")
_SUBTITLE_STARTS = ("——", "—", "--", "──", "─")


class ImportedDeck(NamedTuple):
    """A story's deck as the import wrote it (``kicker``, ``headline``, ``subheadline``) and
    the first part's ``title_lines`` it was read from (module docstring)."""

    kicker: str
    headline: str
    subheadline: str
    title_lines: tuple[str, ...]


class PrintedDeck(NamedTuple):
    """A story's deck as printed: ``kicker``, ``headline`` and ``subheadline`` (``""``: none),
    each its printed lines joined (:func:`_joined`)."""

    kicker: str
    headline: str
    subheadline: str

    @property
    def title(self) -> str:
        """The printed title as a citation names it: the headline, else the kicker or the
        subheadline (as :attr:`articles.models.Article.title` of the current deck)."""
        return self.headline or self.kicker or self.subheadline


def _compact(text: str) -> str:
    return "".join(text.split())


def printed_deck(
    title_lines: Sequence[str] | None,
    kicker: str,
    headline: str,
    subheadline: str,
    imported: ImportedDeck | None = None,
) -> PrintedDeck | None:
    """The deck the page printed (``title_lines``: the story's first part's, as stored) when
    the current ``kicker``, ``headline`` or ``subheadline`` is not in it, spaces left out on
    both sides (an editor changed it: module docstring); None when each still reads as printed,
    and when the story has no printed title lines (a story written at the desk).

    The printed lines are parted into roles by the current fields: the first lines that read as
    the current kicker are its kicker, the last that read as the current subheadline its
    subheadline; a field changed too is found by the page's cue instead (a first line ending
    with ``——`` or ``：``, last lines starting with ``——``), and the rest is the headline.
    ``imported``: the deck as the import wrote it, when known (:class:`ImportedDeck`): a field
    cut short is told by it, and its fields part the lines."""
    lines = printed_lines_if_changed(title_lines, kicker, headline, subheadline, imported)
    if not lines:
        return None
    if _read_from(imported, lines):  # (the import's own fields name the printed roles)
        kicker, subheadline = imported.kicker, imported.subheadline
    top = _leading(lines, _compact(kicker))
    if top == 0 and len(lines) > 1 and lines[0].endswith(_KICKER_ENDS):
        top = 1
    bottom = _trailing(lines[top:], _compact(subheadline))
    if bottom == 0:
        while bottom < len(lines) - top - 1 and lines[-1 - bottom].startswith(_SUBTITLE_STARTS):
            bottom += 1
    lines = list(lines)
    rest = lines[top : len(lines) - bottom]
    return PrintedDeck(_joined(lines[:top]), _joined(rest), _joined(lines[len(lines) - bottom :]))


def _joined(lines: list[str]) -> str:
    """Printed lines read as one: a line a column's width broke (夜色里的 / 新码头) joins the next
    with nothing between, but for a space between two Latin letters or digits (``Anna`` /
    ``Lee``)."""
    text = ""
    for line in lines:
        apart = text and text[-1].isascii() and text[-1].isalnum() and line[0].isascii()
        text += (" " if apart and line[0].isalnum() else "") + line
    return text


def _leading(lines: list[str], field: str) -> int:
    """How many of the first ``lines`` read as ``field`` (compact) together; 0 when none do,
    nor all of the lines (a kicker is never the whole deck)."""
    joined = ""
    for count, line in enumerate(lines[:-1], 1):
        joined += _compact(line)
        if field and joined == field:
            return count
        if not field or not field.startswith(joined):
            return 0
    return 0


def _trailing(lines: list[str], field: str) -> int:
    """How many of the last ``lines`` read as ``field`` (compact) together, as
    :func:`_leading` from the end."""
    joined = ""
    for count, line in enumerate(reversed(lines[1:]), 1):
        joined = _compact(line) + joined
        if field and joined == field:
            return count
        if not field or not field.endswith(joined):
            return 0
    return 0


def printed_lines_if_changed(
    title_lines: Sequence[str] | None,
    kicker: str,
    headline: str,
    subheadline: str,
    imported: ImportedDeck | None = None,
) -> tuple[str, ...]:
    """The printed title lines (stripped, blank ones left out) when the current ``kicker``,
    ``headline`` or ``subheadline`` is not in them, spaces left out on both sides (the deck no
    longer reads as printed: module docstring); ``()`` when each is, or none was printed.
    ``imported``: the deck as the import wrote it from these lines (:class:`ImportedDeck`):
    then any field that differs from it (a field cut short too) is a change."""
    lines = _lines(title_lines)
    if lines and _read_from(imported, lines):
        now = (kicker, headline, subheadline)
        same = all(_compact(a) == _compact(b) for a, b in zip(imported[:3], now, strict=True))
        return () if same else lines
    printed = _compact("".join(lines))
    if all(_compact(field) in printed for field in (kicker, headline, subheadline)):
        return ()
    return lines


def cut_maybe(
    title_lines: Sequence[str] | None, kicker: str, headline: str, subheadline: str
) -> bool:
    """Whether the deck reads as printed (each field inside the printed lines) yet holds fewer
    of their characters, spaces left out: a field may have been cut short, which only the deck
    as imported tells (:class:`ImportedDeck`; readers ask for it only then: a deck that is the
    whole of its lines, the most of them, costs no look-up)."""
    lines = _lines(title_lines)
    if not lines or printed_lines_if_changed(lines, kicker, headline, subheadline):
        return False
    return len(_compact(kicker + headline + subheadline)) < len(_compact("".join(lines)))


def _lines(title_lines: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in title_lines or () if line and line.strip())


def _read_from(imported: ImportedDeck | None, lines: tuple[str, ...]) -> bool:
    """Whether ``imported`` was read from the printed ``lines`` as stored now (a page printed
    again since, its lines changed, leaves the rule of the module docstring's first part)."""
    return imported is not None and _lines(imported.title_lines) == lines


def shown_printed_title(deck: PrintedDeck | None, kicker: str, subheadline: str) -> str:
    """What the story page says after ``见报标题：``: the printed headline, and the printed
    kicker before it and subheadline after it when those were changed too (one space apart);
    ``""`` when ``deck`` is None (the deck reads as printed)."""
    if deck is None:
        return ""
    kept = (
        deck.kicker if _compact(deck.kicker) != _compact(kicker) else "",
        deck.headline,
        deck.subheadline if _compact(deck.subheadline) != _compact(subheadline) else "",
    )
    return " ".join(piece for piece in kept if piece) or deck.title
