"""A story's byline as readers see it: the line as printed, each credited person in it linkable.

The byline keeps every role as printed (``记者陈晓辉 通讯员吴敏杰``, ``实习生``, a column's author
line ``林  舒``), so the public pages show it, not one label (``记者``) before every name. The
names come from the story's ``Byline`` rows (the parser's reporters, or an editor's; a byline
corrected in the admin is read again with :func:`reporters_read`), in printed order; they are found in the line with whitespace between their characters allowed (names are
stored without the spaces a page sets between a two-character name's characters), and only
whole: a stored 王明 is not linked inside 王明华 (:func:`_whole_name`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from articles.namechars import name_canonical
from articles.parsing.closings import closing_credit
from articles.parsing.datelinenames import dateline_reporters
from articles.parsing.names import names_only, parse_names

# A role printed before or after a name in a byline, glued to it (记者陈晓辉通讯员吴敏杰): where a
# name ends or starts as surely as at a space (INPUT.md, "Bylines, datelines, credits").
_ROLE = (
    r"(?:本报|本報|新华社|新華社|特约|特約|特派|实习|實習|见习|見習|首席|摄影|攝影)?"
    r"(?:记者|記者|通讯员|通訊員|实习生|實習生|撰稿人?|评论员|評論員|编辑|編輯|摄影|攝影)"
)
_ROLE_BEFORE_RE = re.compile(rf"{_ROLE}$")
# ...and what the person did, printed right after the name (王明摄, 王明报道, 王明整理). A lone
# 文 or 图 is not taken glued: it may be the last character of a longer name (王明文).
_AFTER_NAME_RE = re.compile(
    rf"{_ROLE}|摄|攝|报道|報道|报导|報導|整理|供图|供圖|撰文|采写|採寫|执笔|執筆|口述|编译|編譯"
)


def reporters_read(byline: str, dateline: str = "") -> tuple[str, ...]:
    """The reporters a story's ``byline`` names, read as the importer reads a printed one
    (``记者金帅华`` → (金帅华,); ``记者陈玲玲林娟`` → (陈玲玲, 林娟); roles and what the person did
    dropped), else those its ``dateline`` names (``記者王小明／台北報導``): the parser's
    :func:`~articles.parsing.names.parse_names` and
    :func:`~articles.parsing.datelinenames.dateline_reporters`, as ``articles/parsing/bylines.py``
    ``_reporters`` uses them (its later sources, a sign-off at the end of the body, are not a
    byline's). ``()`` when neither names anyone. Each name once, in printed order."""
    names = parse_names(byline) if byline.strip() else ()
    names = tuple(
        part for name in names for part in ((len(name) >= 4 and names_only(name)) or (name,))
    )
    # (文/陈晓岚 图/周立明: 周立明 took the pictures, no reporter, as the parser reads it)
    names = tuple(name for name in names if name not in _photographers_only(byline))
    if not names and dateline.strip():
        names = dateline_reporters(dateline)
    return tuple(dict.fromkeys(name for name in names if name))


def _photographers_only(byline: str) -> frozenset[str]:
    """Who a writer's-and-photographer's credit (``文/陈晓岚 图/周立明``, ``陈晓岚/文 周立明/图``:
    :func:`~articles.parsing.closings.closing_credit`) credits with the pictures alone: the
    story's photographers, not its reporters (the parser's ``dateline_and_byline`` reads them
    so). Empty for any other byline."""
    if "图" not in byline and "圖" not in byline and "摄" not in byline and "攝" not in byline:
        return frozenset()
    credit = closing_credit([byline.strip()])
    if credit is None:
        return frozenset()
    return frozenset(credit.photographers) - frozenset(credit.writers)


def credit_pieces(
    byline: str, names: Sequence[str], former: Mapping[str, Sequence[str]] | None = None
) -> list[tuple[str, str]]:
    """The byline in pieces, ``[(text, name)]`` in order: ``name`` is the credited person a piece
    prints (its ``text`` as printed, linked by the templates), ``""`` for the text between them
    (roles, punctuation). Names are stored in canonical form
    (:func:`articles.namechars.name_canonical`) and found so in the line (a stored ``王二明`` in
    ``记者 王⼆明``, printed with a PDF's Kangxi radical, is that piece, as printed). A person the
    desk renamed is found by the name the line prints (``former``: ``{name: former names}``,
    :func:`articles.selectors.byline_former_names`): ``记者王明 李娜`` with 王明 renamed 王明远
    is ``("王明", "王明远")``, the printed name linked to the person, never both names. A name
    not found in the line (one taken from the dateline, or added by an editor) follows it, after a space; with no byline, the names alone, space-separated
    (no role is claimed that the page did not print). ``[]`` when there is neither."""
    pieces, missing = _printed_pieces(byline, names, former or {})
    for name in missing:
        if name:
            if pieces:
                pieces.append((" ", ""))
            pieces.append((name, name))
    return pieces


def names_as_printed(pieces: Sequence[tuple[str, str]], names: Sequence[str]) -> list[str]:
    """Each of ``names`` as the byline prints it, from its :func:`credit_pieces` ``pieces``
    (canonical, :func:`articles.namechars.name_canonical`): a person the desk renamed 王明远 is
    ``王明`` where the line prints ``记者王明``, as the citation and the search's result line give
    the author; a name the line does not print, as it is."""
    printed: dict[str, str] = {}
    for text, name in pieces:
        if name:
            printed.setdefault(name, name_canonical(text))
    return [printed.get(name, name) for name in names]


def names_unprinted(byline: str, names: Sequence[str]) -> list[str]:
    """The names of ``names`` the byline does not print whole (as :func:`credit_pieces` finds
    them): taken from the dateline, added by an editor, or a person renamed since."""
    return _printed_pieces(byline, names, {})[1]


def _printed_pieces(
    byline: str, names: Sequence[str], former: Mapping[str, Sequence[str]]
) -> tuple[list[tuple[str, str]], list[str]]:
    """:func:`credit_pieces` of the names the line prints (a renamed person's by a name in
    ``former``), and the names it does not print."""
    copy, printed_at = _canonical_copy(byline)
    others = [*names, *(old for name in names for old in former.get(name, ()))]
    pieces: list[tuple[str, str]] = []
    at = 0
    missing = []
    for name in names:
        glued = bool(pieces and pieces[-1][1])
        for printed in (name, *former.get(name, ())):
            start, end = _find(copy, printed, at, others, glued)
            if start >= 0:
                break
        if start < 0:
            missing.append(name)
            continue
        if start > at:
            pieces.append((byline[printed_at[at] : printed_at[start]], ""))
        pieces.append((byline[printed_at[start] : printed_at[end]], name))
        at = end
    if copy[at:].strip():
        pieces.append((byline[printed_at[at] :], ""))
    return pieces, missing


def _canonical_copy(text: str) -> tuple[str, Sequence[int]]:
    """``text`` in the canonical form names are stored in
    (:func:`articles.namechars.name_canonical`), and for each offset of that copy (and its end)
    the offset in ``text`` it comes from: ``text`` itself and its offsets when nothing changes.
    Made a segment at a time (a character and the marks that follow it, composed with it;
    Hangul jamo with their syllable), so that a name found in the copy is cut from ``text``."""
    if name_canonical(text) == text:
        return text, range(len(text) + 1)
    pieces: list[str] = []
    offsets: list[int] = []
    start = 0
    for end in [*(i for i in range(1, len(text)) if _starts_segment(text[i])), len(text)]:
        piece = name_canonical(text[start:end])
        pieces.append(piece)
        offsets.extend([start] * len(piece))
        start = end
    offsets.append(len(text))
    return "".join(pieces), offsets


def _starts_segment(char: str) -> bool:
    """Whether NFC never joins ``char`` to the character before it: not a combining mark, not a
    Hangul medial vowel or final consonant (U+1160–U+11FF)."""
    return unicodedata.combining(char) == 0 and not 0x1160 <= ord(char) <= 0x11FF


def _find(
    byline: str, name: str, at: int, names: Sequence[str] = (), glued: bool = False
) -> tuple[int, int]:
    """Where ``name`` is printed whole in ``byline`` from ``at`` on, spaces between its
    characters allowed: ``(start, end)``, or ``(-1, -1)``. Whole: not inside a longer name
    (:func:`_whole_name`; ``names``: the other credited names, which may be printed glued to it;
    ``glued``: ``at`` is where the name before it ends). (Most names are printed as stored:
    found without a pattern, the page view's bylines cost no regular expression.)"""
    if not name:
        return -1, -1
    start = byline.find(name, at)
    while start >= 0:
        end = start + len(name)
        if _whole_name(byline, start, end, names, glued and start == at):
            return start, end
        start = byline.find(name, start + 1)
    pattern = re.compile(r"\s*".join(map(re.escape, name)))
    for found in pattern.finditer(byline, at):
        if _whole_name(byline, found.start(), found.end(), names, glued and found.start() == at):
            return found.start(), found.end()
    return -1, -1


def _name_character(char: str) -> bool:
    return char.isalnum() or char == "·"


def _whole_name(byline: str, start: int, end: int, names: Sequence[str], glued: bool) -> bool:
    """``byline[start:end]`` is a whole name, not a piece of a longer one (王明 in 王明华): a
    space, a mark (、/：（）) or either end of the line on each side, or a role (记者, 通讯员)
    or what the person did (摄, 报道) glued to it, or another credited name glued to it
    (``陈玲玲林娟``; ``glued``: a name just before it)."""
    before = start == 0 or not _name_character(byline[start - 1]) or glued
    if not before and _ROLE_BEFORE_RE.search(byline, max(0, start - 6), start) is None:
        return False
    if end == len(byline) or not _name_character(byline[end]):
        return True
    return _AFTER_NAME_RE.match(byline, end) is not None or any(
        other and byline.startswith(other, end) for other in names
    )
