"""Whether a paragraph that opens with a dateline right after a story's text, with no headline
between, may be a second dispatch of that story (:func:`may_follow`; the decision itself is
made once decks are known, by :mod:`~articles.parsing.dispatches`).

INPUT.md, "Bylines, datelines, credits" and "Headlines": 申報 and agency copy print a second
dispatch inside a story (``〔路透社倫敦十日電〕``), and a page also prints headline-less briefs of
their own (``【本報訊】…``, ``【新华社乌拉特七日消息】…``). The paper's own desk signing with its
reporter, an editor's note, and a bracketed dateline set otherwise than the one that opened
the story before are never that story's second dispatch.
"""

from __future__ import annotations

from articles.parsing.datelines import dateline_match, dateline_source
from articles.parsing.names import parse_names
from articles.parsing.patterns import BYLINE_BRACKET_RE, BYLINE_LINE_RE, editor_note
from articles.parsing.results import Flag
from articles.parsing.signoffs import signed_off
from articles.parsing.units import Body, Para
from articles.text import fold

_BRACKETS = "【〔[［(（<《"  # (folded) brackets a dateline may be set in


def _opening(body: Body) -> str:
    """The text of ``body``'s first paragraph ("" when it has none)."""
    return next((block.text for block in body.blocks if block.kind == "paragraph"), "")


def dateline_form(text: str) -> str | None:
    """How the dateline opening ``text`` is set: its opening bracket (``【``, ``〔``, ``(``…), ""
    when bare, None when ``text`` opens with no dateline. A paper sets the datelines inside one
    story alike (申報: ``〔路透社…電〕`` then ``〔合眾社…電〕``)."""
    if dateline_match(text) is None:
        return None
    first = fold(text.lstrip()[:1])
    return first if first in _BRACKETS else ""


def closing_dateline(text: str) -> bool:
    """True when the line ``text`` is a dateline with its reporter, in brackets, alone on a line
    (``（新华社北京3月10日电  记者  宋  禾）``): agency copy closes a story with it when its dateline
    is not at the start (INPUT.md: sometimes at the END), so it ends the story before and never
    heads the next one. Only lines of up to 40 characters, opened and closed by a bracket."""
    text = text.strip()
    if len(text) > 40 or text[:1] not in "（(" or text[-1:] not in "）)":
        return False
    inner = text[1:-1].strip()
    match = dateline_match(inner)
    if match is None:
        return False
    rest = inner[match.end() :].strip()
    return bool(rest) and BYLINE_LINE_RE.match(fold(rest)) is not None and bool(parse_names(rest))


def signed_local_story(text: str) -> bool:
    """True when ``text`` opens with the paper's own dateline and its reporter in brackets
    (``本报讯（记者 郦  骏）…``): the desk's story signed by its own reporter, a story of its own,
    never a second dispatch of the story before it (which an agency's copy prints)."""
    match = dateline_match(text)
    return (
        match is not None
        and dateline_source(text) == "本报"
        and BYLINE_BRACKET_RE.match(fold(text[match.end() : match.end() + 40])) is not None
    )


def may_follow(unit: Para, before: Body, flags: list[Flag]) -> Body | None:
    """``before`` when the paragraph ``unit``, which starts a story right after ``before``'s
    text, may be a second dispatch of it (to be decided by who sent it and what it says), else
    None: an editor's note heads what it introduces, the desk's signed story is its own
    (:func:`signed_local_story`), a story signed off at its end by its writer (``…降雨。（记者
    柯蓝）``: :func:`~articles.parsing.signoffs.signed_off`) is finished, and a dateline set
    off in brackets otherwise than the one that opened ``before`` (``新华社北京5月7日电`` then
    ``【新华社乌拉特七日消息】``; or ``before`` opened with none) starts a headline-less brief of its own (noted in ``flags``): a bracketed
    dateline heads an item, while a bare one may run on in the text."""
    text = unit.text
    if editor_note(text) or signed_local_story(text) or signed_off(before):
        return None
    form = dateline_form(text)
    if not form or form == dateline_form(_opening(before)):
        return before  # (a bare dateline may run on in the text: who sent it tells)
    flags.append(
        Flag(
            unit.line,
            "dispatch-own-story",
            "这一段的电头与上一篇开头的电头排法不同（括号不同，或上一篇没有电头），前面又没有标题，"
            "已作为一篇没有标题的稿件；如果它是上一篇稿件的又一条电讯，请合并。",
        )
    )
    return None
