"""Line gates: which characters a line must hold for a family of rules to match it at all.

Most of a page's lines are looked at by hundreds of small rules, and most rules fail on most
lines. A rule's regular expression often cannot match a text that holds none of a few
characters (a dateline needs 电, 讯, 报道 or the like; a reporter's credit needs 记者): a
failing match of a long pattern with lazy runs of Han characters tries many ways before it
gives up, where a search for any of those characters is one pass in C. :func:`gate` reads those
characters off the pattern itself, so a family of rules is skipped on a line that holds none
of them.

A gate is derived from the very pattern objects its rules match with, never written out by
hand: a pattern changed in its rule changes its gate too. A rule that tests more than its
patterns (a Python test of its own) is gated only by what the gate's docstring beside it says;
``tests/parsing/test_line_gates.py`` derives the gates from the patterns and parses the stored
pages with the gates off and on, and requires the same output.

What a gate requires (:func:`requirements`): a list of character sets, each of which a match
must hold one character of (a conjunction: a dateline needs one of 电讯息… and one of its
brackets or desks…). The derivation is conservative: what it cannot read (a negated class,
``\\S``, ``.``, a category, a back-reference, a lookbehind, a class or a letter other than ASCII
matched ignoring case) requires nothing, and a pattern that requires nothing at all has an open gate (its rule always runs).
"""

from __future__ import annotations

import re
import sys
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from articles.text import fold, folding_to_any

# Gates are on; the test of the gates turns them off (the same output is required).
ENABLED = True

_LARGEST_CLASS = 512  # code points: a wider character class requires nothing

# Frequent characters of Chinese news text: of two sets a match must hold one character of,
# the gate keeps the set whose characters are rarer (the choice only makes a gate shut more
# often; any of the sets is a true requirement).
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
    "子说产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制"
    "机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数"
    "正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直"
    "题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别"
    "0123456789 ,.:()-/"
)

Clauses = tuple[frozenset[str], ...]


def _weight(characters: frozenset[str]) -> int:
    return sum(10 if character in _COMMON else 1 for character in characters)


def _class_characters(items) -> frozenset[str] | None:
    """The characters a character class may match, or None when it is negated or holds a
    category or a range too wide to list."""
    found: set[str] = set()
    for op, arg in items:
        if op is sre_constants.LITERAL:
            found.add(chr(arg))
        elif op is sre_constants.RANGE and arg[1] - arg[0] < _LARGEST_CLASS:
            found.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:  # NEGATE, CATEGORY, a wide RANGE
            return None
    return frozenset(found)


def _sequence(items, ignore_case: bool = False) -> list[frozenset[str]]:
    """A sequence requires what each of its parts requires."""
    found: list[frozenset[str]] = []
    for op, arg in items:
        found.extend(_item(op, arg, ignore_case))
    return found


# The characters other than its two cases that an ASCII letter matches ignoring case (Python's
# re module; tests/parsing/test_line_gates.py checks it against every character).
_OTHER_CASES = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _case_mates(character: str) -> frozenset[str] | None:
    """The characters a pattern ignoring case matches for the ASCII letter ``character``: its
    two cases, and the few others whose case maps to one of them (:data:`_OTHER_CASES`: the
    Kelvin sign for k, the long s for s, the dotted and dotless i); None for any other
    character (no requirement is read off it)."""
    if not (character.isascii() and character.isalpha()):
        return None
    lower = character.lower()
    return frozenset(lower + lower.upper() + _OTHER_CASES.get(lower, ""))


def _branch(branches, ignore_case: bool) -> list[frozenset[str]]:
    """Alternatives require one character of the union of one requirement of each (the rarest
    of each); nothing when one of them requires nothing."""
    union: set[str] = set()
    for branch in branches:
        needed = _sequence(branch, ignore_case)
        if not needed:
            return []
        union |= min(needed, key=_weight)
    return [frozenset(union)]


def _item(op, arg, ignore_case: bool) -> list[frozenset[str]]:
    if op is sre_constants.LITERAL:
        if ignore_case:
            mates = _case_mates(chr(arg))
            return [] if mates is None else [mates]
        return [frozenset(chr(arg))]
    if op is sre_constants.IN:
        characters = None if ignore_case else _class_characters(arg)
        return [] if characters is None else [characters]
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, inner = arg
        if del_flags & re.IGNORECASE:
            return []
        return _sequence(inner, ignore_case or bool(add_flags & re.IGNORECASE))
    if op is sre_constants.ATOMIC_GROUP:
        return _sequence(arg, ignore_case)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        low, _high, inner = arg
        return _sequence(inner, ignore_case) if low >= 1 else []
    if op is sre_constants.BRANCH:
        return _branch(arg[1], ignore_case)
    if op is sre_constants.ASSERT and arg[0] == 1:
        return _sequence(arg[1], ignore_case)  # a lookahead's characters are in the text too
    return []  # AT, ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS, ASSERT_NOT, lookbehind


def requirements(pattern: re.Pattern[str]) -> Clauses:
    """The character sets a text must hold one character of each for ``pattern`` to match
    anywhere in it (``match``, ``search`` or ``fullmatch``); ``()`` when it may match without
    any particular character (``\\S+``, an empty match). Ignoring case, only ASCII letters
    require anything (each with its case mates: :func:`_case_mates`)."""
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    needed = _sequence(sre_parse.parse(pattern.pattern, pattern.flags), ignore_case)
    return tuple(dict.fromkeys(sorted(needed, key=_weight)))  # (the rarest asked first)


_GATES: list[Gate] = []  # every gate made, so that a test can open them all (gates_off)


class Gate:
    """What a text must hold for any of a family's ``patterns`` to match it or a part of it: one
    character of the union of each pattern's rarest requirement (:func:`requirements`).
    ``gate.open(folded)`` searches a line's folded copy (:func:`~articles.text.fold`) for one of
    them (or what it folds to: the family's rules may match the printed line): None when no
    pattern of the family can match the line, printed or folded (the family is skipped).
    ``inserted``: characters a rule of the family writes into the line before matching it (a
    bullet for a leading emoji, ``■``): a requirement holding one of them is not used. A
    pattern that requires nothing else leaves the gate always open."""

    def __init__(self, *patterns: re.Pattern[str], inserted: str = ""):
        self.patterns = patterns
        union: set[str] = set()
        for pattern in patterns:
            needed = [c for c in requirements(pattern) if c.isdisjoint(inserted)]
            if not needed:
                union = set()
                break
            union |= needed[0]
        self.characters = _with_folds(union)
        self._open = re.compile(f"[{_class(self.characters)}]" if union else "").search
        self.open = self._open if ENABLED else _always_open
        self._open_printed = None  # (made when first asked: open_printed)
        _GATES.append(self)

    def open_printed(self, text: str, end: int = sys.maxsize):
        """:meth:`open` for a text not folded yet (``text`` as printed): a search for one of
        the characters whose fold holds one of the gate's (:func:`~articles.text.folding_to_any`),
        None when ``fold(text)`` holds none of the gate's (folding is character for character: a
        folded character of the gate's comes from one of these), so the caller need not fold a
        text the gate shuts out. ``end``: only ``text[:end]`` is looked at (not sliced)."""
        if not ENABLED:
            return True
        if self._open_printed is None:
            printed = folding_to_any(self.characters)
            self._open_printed = re.compile(f"[{_class(printed)}]" if printed else "").search
        return self._open_printed(text, 0, end)


def _always_open(_text: str) -> bool:
    return True


def gates_off(off: bool = True) -> None:
    """Open every gate (``off``), so that every rule runs on every line; or close them again
    (for tests: the output must be the same either way)."""
    global ENABLED
    ENABLED = not off
    for gate in _GATES:
        gate.open = _always_open if off else gate._open


def _with_folds(characters: set[str]) -> frozenset[str]:
    """``characters`` and what each folds to: a rule matching the printed line holds a character
    whose fold the folded line holds."""
    return frozenset(characters | {fold(character) for character in characters})


def _class(characters) -> str:
    return "".join(re.escape(character) for character in sorted(characters))
