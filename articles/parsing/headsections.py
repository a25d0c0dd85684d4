"""A lone short line under a running head that names the page's section is not the section;
a usual page name under the section set aside names the page too (:func:`second_section`).

A continuation page prints its running head (``A2　要闻``: the page's label, then its section)
and, under it, the continued story's short headline alone on its line (``寒潮来袭``: the jumped
story's short title, as papers reprint it over a continuation), then ``（上接A1版）…``. The
head has named the section already, so that line is the story's (its repeated headline, which
the jump code and the stitcher read: :mod:`articles.parsing.jumptitles`,
:mod:`articles.continuations.headlines`), not the page's section: read as the section, the page
became ``A2寒潮来袭`` (its tab, its 栏目 list, the JSON-LD ``articleSection``). Where it comes
from: INPUT.md, "Page furniture" (a page's section is printed in its running head, or alone at
the top under a head without one) and "Continuations (jumps)" (the continuation repeats the
headline, or a shortened one). Pure: strings in, a bool out.
"""

from __future__ import annotations

from articles.parsing.header_patterns import unspaced_name
from articles.parsing.patterns import SECTION_LABEL_RE
from articles.parsing.results import SetAside
from articles.text import fold


def section_named_by_head(
    headers: list[tuple[str, str]], set_aside: list[SetAside], number: int, name: str
) -> bool:
    """Whether line ``number`` (``name``: its text unspaced and folded) stands right under the
    page's running head (the last line set aside, a ``page-header``, one blank line at most
    between) whose label and section were read, the section a usual page name (a section word:
    ``要闻``, ``综合``; not ``桐江电影``, a paper's name after a bare page number) (``headers``' last: ``("A2", "要闻")``), and
    is another name than the head's section (``港聞`` under ``A12 港聞``, maybe letter-spaced) or a usual page name (:data:`~articles.parsing.patterns.SECTION_LABEL_RE`:
    ``副刊``, ``要闻``, which no story is titled and which may name the page again): then it is
    not the page's section. ``headers``: the running heads read, in order, as (label, section);
    ``set_aside``: the lines set aside so far. A head's section may run on into the paper's
    name (``僑鄉  澜灣時報``): its first word is compared."""
    if not headers or not set_aside:
        return False
    label, section = headers[-1]
    last = set_aside[-1]
    if not label or not section.strip() or last.reason != "page-header":
        return False
    word = unspaced_name(fold(section.split()[0]))
    if not 0 < number - last.line <= 2 or word == name or not SECTION_LABEL_RE.match(word):
        return (
            False  # (港  聞 under A12 港聞: the head's section again; 4 桐江电影: the paper's name)
        )
    return SECTION_LABEL_RE.match(name) is None


def second_section(set_aside: list[SetAside], name: str) -> bool:
    """A usual page name (:data:`~articles.parsing.patterns.SECTION_LABEL_RE`: 副刊, 要闻)
    right after the page's section name set aside (the last of ``set_aside``, nothing read
    between: 青  柳 / 副刊, a supplement's own name over the kind of page it is) names the page
    too, never a kicker: no story's kicker is a page's name. ``name``: the line unspaced and
    folded."""
    last = set_aside[-1] if set_aside else None
    return (
        last is not None
        and last.reason == "page-section"
        and SECTION_LABEL_RE.match(name) is not None
    )
