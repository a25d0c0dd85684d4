"""Western names in letters that :mod:`~articles.parsing.letternames` does not read as one
name: those opening with initials (``J. Smith``, ``J. R. R. Tolkien``, ``J.R.R. Tolkien``) and
those closing with a generational suffix (``Robert Downey Jr.``, ``Martin Luther King Jr.``,
``Martin Luther King, Jr.``, ``John Smith III``), in a Chinese byline or credit (``记者 J. Smith``
credits J. Smith: INPUT.md, "Bylines, datelines, credits"). The rest of a name is read as
:func:`~articles.parsing.letternames.letter_name` reads it: capitalised words, a particle
(``van``, ``de``, ``von``) between them, hyphens and apostrophes (``Jean-Paul``, ``O'Neil``).

Printed as it stands: the comma before a suffix is part of the name, not a separator between
two names (``King, Jr.`` is one person, ``Jr.`` no second one). Pure; constant time per name.
"""

from __future__ import annotations

import re

from articles.parsing.letternames import (
    LETTER_RUN_RE,
    _capitalised,
    chinese_context,
    letter_name,
    letter_names_joined,
    lettered,
)

#: A generational suffix after a name, as English prints it (with or without its full stop).
SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))
_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")  # J.  J.R.R.
# A run of words in letters, and a suffix after a comma (King, Jr.): one name's letters.
_RUN_RE = re.compile(rf"{LETTER_RUN_RE.pattern}(?:, ?(?:Jr|Sr)\.?|, ?I{{2,3}}|, ?IV)?(?![\w.])")
_NAME_LENGTH = 40  # characters, as letternames' _LETTER_NAME_LENGTH


def _words(text: str) -> list[str]:
    """``text``'s words, a comma before a suffix dropped (``King, Jr.`` → King, Jr.)."""
    return text.replace(",", " ").split()


def western_name(text: str) -> bool:
    """``text`` (folded) is one person's name in letters opening with initials or closing with a
    generational suffix (:data:`SUFFIXES`), the rest a name in letters: ``J. Smith``,
    ``J. R. R. Tolkien``, ``Robert Downey Jr.``, ``Martin Luther King, Jr.``; not ``J. S.``
    (initials alone), ``Jr. Smith``, ``AP Jr.``, nor a name ``letter_name`` reads already."""
    if len(text) > _NAME_LENGTH:
        return False
    words = _words(text)
    suffixed = len(words) > 1 and words[-1] in SUFFIXES
    if suffixed:
        words = words[:-1]
    initials = 0
    while initials < len(words) and _INITIALS_RE.fullmatch(words[initials]):
        initials += 1
    rest = words[initials:]
    if not rest or not (suffixed or initials):
        return False
    if len(rest) == 1:  # J. Smith: the surname after the initials
        return bool(initials) and _capitalised(rest[0])
    return letter_name(" ".join(rest))


_SUFFIX_COMMA_RE = re.compile(r"(?<=[A-Za-z]),(?= ?(?:Jr|Sr)\.?(?![\w.])| ?(?:IV|I{2,3})(?!\w))")


def suffix_comma_spaced(text: str) -> str:
    """``text`` (a byline) with the comma before a generational suffix made a space (``King,
    Jr.`` → ``King  Jr.``), the same length: read as a line of names, that comma is no
    separator (:data:`~articles.parsing.patterns.BYLINE_LINE_RE` allows none)."""
    return _SUFFIX_COMMA_RE.sub(" ", text)


def latin_name(text: str) -> bool:
    """``text`` (folded) is a name in letters (:func:`~articles.parsing.letternames.lettered`)
    or a Western one with initials or a suffix (:func:`western_name`)."""
    return lettered(text) or western_name(text)


def latin_names_joined(masked: str, folded: str, chinese: bool = False) -> str:
    """:func:`~articles.parsing.letternames.letter_names_joined`, the spaces (and a suffix's
    comma) inside each :func:`western_name` made part of it first (``\\x01`` in their place), so
    that ``J. Smith`` and ``Martin Luther King, Jr.`` are each one of the pieces the names are
    cut at. ``masked``, ``folded`` and ``chinese`` as there: only a Chinese byline's names."""
    if not chinese and not chinese_context(folded):
        return masked
    pieces: list[str] = []
    at = 0
    for run in _RUN_RE.finditer(masked):
        name = run.group()
        if " " not in name or not western_name(name):
            continue
        pieces += [masked[at : run.start()], name.replace(" ", "\x01").replace(",", "\x01")]
        at = run.end()
    joined = "".join(pieces) + masked[at:] if pieces else masked
    return letter_names_joined(joined, folded, chinese)  # (the others: Zoë Müller)
