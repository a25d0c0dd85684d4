"""The reporters a dateline names (``記者王小明、李大同／綜合報導``, ``中央社記者王小明台北3日電``):
Taiwan's and Hong Kong's papers and the agencies print the reporters inside the dateline, a place
glued after the last name. Split off :mod:`~articles.parsing.names`, whose names by form these
are (INPUT.md, "Bylines, datelines, credits")."""

from __future__ import annotations

from articles.parsing.letternames import names_read
from articles.parsing.names import _COMPOUND_SURNAMES, name_by_form
from articles.parsing.patterns import (
    DATELINE_NAMES_END_RE,
    DATELINE_REPORTER_RE,
    NAME_SEPARATOR_RE,
)
from articles.text import fold, get_posseg


def dateline_reporters(dateline: str) -> tuple[str, ...]:
    """The reporters a dateline names, in print order: ``記者王小明、李大同／綜合報導`` → (王小明,
    李大同); ``中央社記者王小明台北3日電`` → (王小明,); ``特約記者張三報導`` → (張三,); ``()`` when it
    names nobody (``本报讯``, ``國際新聞中心／綜合報導``). Names end at a slash, at the date or at
    what the sender did (报导, 电); without a slash the place is glued to the last name and is cut
    off by :func:`_name_before_place`. Names are sliced from the printed text."""
    dateline = names_read(dateline)  # (記者王⼆明: 王二明)
    folded = fold(dateline)
    role = DATELINE_REPORTER_RE.search(folded)
    if role is None:
        return ()
    end = DATELINE_NAMES_END_RE.search(folded, role.end())
    stop = end.start() if end else len(folded)
    slashed = end is not None and end.group().strip().startswith("/")
    names: list[str] = []
    tokens = [t for t in NAME_SEPARATOR_RE.split(dateline[role.end() : stop]) if t]
    for index, token in enumerate(tokens):
        if not slashed and index == len(tokens) - 1:
            token = _name_before_place(token)
        if token and name_by_form(token):
            names.append(token)
    return tuple(names)


def _name_before_place(token: str) -> str:
    """The name at the start of ``王小明台北`` (a name with a place glued after it, as agency
    datelines print them): the cut whose rest jieba knows as a place, else a three-character
    name with a place of two or more characters after it, else two; ``""`` when no cut gives a
    name by form."""
    posseg = get_posseg()
    tags = posseg.dt.word_tag_tab
    cuts = (4, 3) if fold(token).startswith(_COMPOUND_SURNAMES) else (3, 2)
    fits = [c for c in cuts if c <= len(token) and name_by_form(token[:c]) and len(token) - c != 1]
    for c in fits:
        if c == len(token) or tags.get(fold(token[c:]), "").startswith("ns"):
            return token[:c]
    return token[: fits[0]] if fits else ""
