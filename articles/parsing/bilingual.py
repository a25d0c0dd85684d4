"""Lines of a bilingual page that say in English what the Chinese beside them says: a label or a
teaser's title with its English name after it (``本期导读　IN THIS ISSUE``, ``校园快讯　Campus
Briefs``, ``P4　我在岚湾的第一个秋天　My First Autumn in Lanwan``), and a jump's pointer printed
in English (``>> Continued on Page 4``, ``<< Continued from Page 1``). The Chinese is what the
rules read: the English name is the same label again, never more words of the title; the
English pointer is the jump's, a marker (INPUT.md, "Continuations") or, printed beside the
Chinese marker, that marker's echo.

Pure functions on one line's text; this module imports nothing of the parser's but its markers.
"""

from __future__ import annotations

import re

from articles.labels import LabelError, normalize_label
from articles.parsing.markers import find_markers
from articles.text import HAN

# A line's English name after its Chinese one: Han text (ending in a Han character or a closing
# quote or bracket), a gap, then English words alone (letters, figures, the punctuation of a
# title), at least two letters. The Chinese part may hold Latin letters (``P4``).
_ECHO_RE = re.compile(
    rf"^(?P<head>.*[{HAN}”」』）)》])(?P<gap>[ \t\u3000]+)"
    r"(?P<echo>[A-Za-z][A-Za-z0-9'’&.,:!?\-]*(?:[ \t][A-Za-z0-9&][A-Za-z0-9'’&.,:!?\-]*)*)$"
)
_HAN_RE = re.compile(f"[{HAN}]")


def without_english_echo(text: str) -> str:
    """``text`` (one line, stripped or not) without the English name printed after its Chinese
    (:data:`_ECHO_RE`): ``本期导读　IN THIS ISSUE`` → ``本期导读``, ``校园快讯　Campus Briefs`` →
    ``校园快讯``. The English must stand apart: after a wide gap (a full-width space, or two
    spaces or more), or after one space as two words or more opening with a capital (``IN THIS
    ISSUE``); so ``苹果发布新款 iPhone`` keeps its word. ``text`` unchanged (stripped) when it
    has no such name."""
    stripped = text.strip()
    if not stripped or not stripped[-1].isascii():
        return stripped  # (the cheap test first: a Chinese line ends in Chinese)
    match = _ECHO_RE.match(stripped)
    if match is None or not _HAN_RE.search(match.group("head")):
        return stripped
    gap, echo = match.group("gap"), match.group("echo")
    wide = "\u3000" in gap or "\t" in gap or len(gap) >= 2
    if not wide and not (echo[0].isupper() and " " in echo):
        return stripped
    return match.group("head").rstrip()


# A jump's pointer in English, alone on its line: ``>> Continued on Page 4``, ``Continued on
# page A4``, ``(Cont'd on P. 4)``, ``Turn to Page 4``; ``<< Continued from Page 1``, ``Continued
# from A1``. Arrows or brackets may stand around it.
_ENGLISH_JUMP_RE = re.compile(
    r"^[>»›→▶<«‹←◀(\[（\s]*"
    r"(?:continued|cont'?d\.?|cont\.|turn(?:ed)?|jump(?:ed|s)?)\s+(?P<way>on|to|from)\s+"
    r"(?:page|p\.?|pg\.?)?\s*(?P<page>[A-Za-z]{0,2}\s?[0-9]{1,3})"
    r"[)\]）\s<«‹←◀>»›→▶.]*$",
    re.IGNORECASE,
)


def english_jump(text: str) -> tuple[str, str] | None:
    """The direction (``forward``, ``backward``) and page label of an English jump pointer that
    is the whole of ``text`` (:data:`_ENGLISH_JUMP_RE`: ``>> Continued on Page 4`` → (forward,
    4), ``<< Continued from Page 1`` → (backward, 1)); None for any other line or a page that is
    no label."""
    stripped = text.strip()
    if len(stripped) > 40 or not stripped or stripped[-1] not in "0123456789)]）>»›→▶<«‹←◀.":
        return None  # (the cheap test first: such a pointer ends in its page or an arrow)
    match = _ENGLISH_JUMP_RE.match(stripped)
    if match is None:
        return None
    try:
        label = normalize_label(match.group("page").replace(" ", ""))
    except LabelError:
        return None
    return ("backward" if match.group("way").lower() == "from" else "forward"), label


_ECHO_REACH = 2  # printed lines: a Chinese marker this near an English pointer is the same jump


def jump_echo(lines: list[str], number: int, direction: str, label: str) -> bool:
    """Whether the English pointer on line ``number`` (1-based, of ``lines``; its ``direction``
    and page ``label`` as :func:`english_jump` read them) repeats a Chinese marker of the same
    direction and page printed on the lines near it (:data:`_ECHO_REACH` lines with text above
    or below: ``…（下转第4版）`` / ``>> Continued on Page 4``): the same jump said twice, the
    English line the page's echo of it, no second marker."""
    near: list[str] = []
    for step in (-1, 1):
        at, found = number - 1 + step, 0
        while 0 <= at < len(lines) and found < _ECHO_REACH:
            if lines[at].strip():
                near.append(lines[at])
                found += 1
            at += step
    return any(
        marker.direction == direction and marker.label == label
        for line in near
        for _, _, marker in find_markers(line)
    )
