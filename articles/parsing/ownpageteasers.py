"""A teaser points to another page: one that would point to the page it is printed on is none.

A 导读 sends the reader from the front page to an inner page (INPUT.md, "Teasers"); a line that
reads as a teaser's title and target but names the page's own label is something else printed
with the page's number: the page's date line or running head (``中华人民共和国成立后第八年  一九五七年
三月八日  星期五  第1版`` on page 1, ``…纪念特刊  第1版``), or a row of a contents box naming a
story of this very page, which has no other page to link to. :func:`own_page_teasers_set_aside`
runs once the reader has read every line (the page's label is known by then: the caller's, else
the one a header at the top printed) and sets such teasers' lines aside as printed
(``own-page-teaser``), neither a teaser nor a story's text. A page whose label is not known keeps
its teasers as read. Pure, no Django.
"""

from __future__ import annotations

from articles.labels import LabelError, normalize_label
from articles.parsing.results import SetAside
from articles.parsing.units import FoundTeaser

_LOOK_AHEAD = 8  # lines: how far below a teaser's first line its title and target lines stand


def own_page_teasers_set_aside(
    teasers: list[FoundTeaser],
    set_aside: list[SetAside],
    *,
    lines: list[str],
    own_label: str,
) -> None:
    """Take the teasers pointing to ``own_label`` (the page's label as printed or given: ``A1``,
    ``第一版``; "" or no label: nothing is done) out of ``teasers`` (the reader's, in place), and
    put each of their lines, titles and target, in ``set_aside`` (in place) as
    ``own-page-teaser``. ``lines``: the page's lines the reader read (1-based numbers), to find
    where each title and target line stands."""
    try:
        own = normalize_label(own_label) if own_label else ""
    except LabelError:
        return
    if not own:
        return
    for teaser in [t for t in teasers if t.label == own]:
        teasers.remove(teaser)
        for number, text in _teaser_lines(teaser, lines):
            set_aside.append(SetAside(number, text, "own-page-teaser"))


def _teaser_lines(teaser: FoundTeaser, lines: list[str]) -> list[tuple[int, str]]:
    """The lines a teaser was read from, each with its number (1-based) and its text as printed
    (stripped): those of its title lines and its target, one line when the title is printed on
    the target's (``■2版　锻压分厂“五小”创新见成效``). Each piece is looked for from the teaser's
    first line down (titles above the target, or a target-first teaser's title under it); one
    not found (joined from a line cut in two) is kept as it was read, on the teaser's first
    line."""
    target = teaser.text.strip()
    pieces = [title.strip() for title in teaser.title_lines if title.strip() not in target]
    found: dict[int, str] = {}
    for piece in [target, *pieces]:  # (a target-first teaser's title is under its target)
        at = _line_of(piece, lines, teaser.line)
        if at:
            found[at] = lines[at - 1].strip()
        elif piece not in found.get(teaser.line, ""):
            held = found.get(teaser.line)
            found[teaser.line] = f"{held} {piece}" if held else piece
    return sorted(found.items())


def _line_of(text: str, lines: list[str], start: int) -> int:
    """The number of the first line from ``start`` (1-based), within :data:`_LOOK_AHEAD` lines,
    that holds ``text``, or 0."""
    for number in range(start, min(start + _LOOK_AHEAD, len(lines) + 1)):
        if text in lines[number - 1]:
            return number
    return 0
