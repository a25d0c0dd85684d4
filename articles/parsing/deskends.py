"""Notes in brackets and signatures by where they stand (INPUT.md, "Bylines, datelines,
credits": end-of-story datelines, author notes and signatures belong to the story before them).
The date a commentary was written (``（2004年6月3日）``) after its text, and the signature
``本报评论员`` printed over an end dateline (``本报评论员`` / ``（本报北京6月3日电）``), stay with the
story they close: neither opens a story of its own nor heads the next. A translator's credit in
brackets (``（编译：张三）``) closes the text before it, or, under a title with no text before it,
is the story's byline (as ``编译　张三`` there is). A note crediting helpers
(``（实习生 李明 对本文亦有贡献）``, ``（通讯员 王涛 参与采写）``) after a text closes it, and so does an
agency's dateline or tag in brackets alone on the line under its last sentence
(``（中央社台北7日電）``, ``（中央社）``, ``(AP)``: :func:`agency_close`), its dateline."""

from __future__ import annotations

import re

from articles.parsing.credits import AGENCY_TAG
from articles.parsing.datelines import dateline_match
from articles.parsing.patterns import SIGNATURE_DATE_RE, TRANSLATOR_NOTE_RE
from articles.parsing.units import Para, Special
from articles.text import fold

# A date alone in brackets: （2004年6月3日）, (二〇〇四年六月三日).
DATED_BRACKET_RE = re.compile(rf"^[（(]\s*{SIGNATURE_DATE_RE.pattern[1:-1]}\s*[）)]$")
# A note crediting who helped with a text, in brackets after it: （实习生 李明 对本文亦有贡献）,
# （张三、李四对此文亦有贡献）, （通讯员 王涛 参与采写）. The names come first, at most 30 characters.
HELPER_NOTE_RE = re.compile(
    r"^[（(][^（）()]{2,30}?(?:(?:对本文|对此文|对本报道|对此稿)?[亦也]?有贡献|参与了?(?:采写|采访|报道))"
    r"[。.]?\s*[）)]$"
)
_SIGNED_KINDS = ("byline", "end")  # what may stand between the text and the date
# A foreign agency's tag in brackets, as overseas papers close wire copy: (AP), (路透), (法新社)
# (folded). Latin capitals name an agency by its letters (AP, AFP, UPI); the Han forms:
# credits.AGENCY_TAG. Its dateline (INPUT.md: end-of-story datelines).
AGENCY_TAG_LINE_RE = re.compile(rf"^[（(]\s*(?:[A-Z]{{2,6}}|{AGENCY_TAG})\s*[）)]$")
# An agency's dateline in round brackets, as it closes wire copy (（中央社台北7日電）, folded):
# an agency (社) and where it filed from, its date perhaps, then 电 or 消息.
_AGENCY_DATELINE_RE = re.compile(
    r"^[（(]\s*(?P<inside>[^（）()]{2,30}?社[^（）()]{0,20}(?:电|消息))\s*[）)]$"
)


def helper_note(folded: str) -> bool:
    """Whether the line ``folded`` (folded, stripped) is a note crediting who helped with the
    text above it (:data:`HELPER_NOTE_RE`: ``（实习生 李明 对本文亦有贡献）``): a helper, never the
    story's writer, whatever names it prints."""
    return HELPER_NOTE_RE.match(folded) is not None


def end_note(folded: str, flow: list) -> bool:
    """True when the line ``folded`` (folded, stripped) is a note that closes a text or credits
    it: a translator's note (``（刘  敏译）``, ``(编译：张三)``:
    :data:`~articles.parsing.patterns.TRANSLATOR_NOTE_RE`; where it stands decides which,
    :func:`end_special`), or a date in brackets (:data:`DATED_BRACKET_RE`) or a note crediting
    helpers (:data:`HELPER_NOTE_RE`: ``（实习生 李明 对本文亦有贡献）``) after a story's text,
    alone or after its signature or end dateline (``flow``: the reader's units so far, in print
    order). Under a title (no text before it) the date stays what the title's lines make of it."""
    if TRANSLATOR_NOTE_RE.match(folded):
        return True
    dated = DATED_BRACKET_RE.match(folded) or HELPER_NOTE_RE.match(folded)
    if dated is not None and _after_text(flow):
        return True
    last = flow[-1] if flow else None  # (an agency's close: right under a finished sentence)
    return isinstance(last, Para) and last.terminated and bool(agency_close(folded))


def agency_close(folded: str) -> str:
    """The dateline an agency's close gives when the line ``folded`` (folded, stripped) is one
    in round brackets: its dateline (``（中央社台北7日电）`` → ``中央社台北7日电``: an agency's
    dateline, :func:`~articles.parsing.datelines.dateline_match` reading all of it) or its tag
    (``（中央社）``, ``(AP)``: :data:`AGENCY_TAG_LINE_RE`); ``""`` otherwise. Where it stands
    decides whether it closes a story (:func:`end_note`): under a finished sentence."""
    tag = AGENCY_TAG_LINE_RE.match(folded)
    if tag is not None:
        return folded.strip("（()） ")
    dated = _AGENCY_DATELINE_RE.match(folded)
    if dated is None:
        return ""
    inside = dated.group("inside").strip()
    match = dateline_match(inside)
    return inside if match is not None and match.end() == len(inside) else ""


def end_special(number: int, text: str, folded: str, flow: list) -> Special:
    """The :class:`~articles.parsing.units.Special` for line ``number``, the note ``text``
    (``folded``: folded, stripped; an :func:`end_note` or another end line): a translator's
    credit in brackets that follows no text (under a title: ``海外城市如何治理内河`` /
    ``（编译：张三）``) is the story's byline, its brackets off (``编译：张三``, as the same credit
    at the story's end reads), as ``编译　张三`` there is; as an end line it would close a story
    with no text and leave the text under it without its title. Anything else is an end line."""
    if TRANSLATOR_NOTE_RE.match(folded) and not _after_text(flow):
        return Special(number, "byline", text.strip())  # (its brackets printed)
    return Special(number, "end", text)


def _after_text(flow: list) -> bool:
    """True when the last of ``flow`` is a paragraph, or a signature or end line right after
    one (the text, then 本报评论员, then the date)."""
    if not flow:
        return False
    last = flow[-1]
    if isinstance(last, Special) and last.kind in _SIGNED_KINDS and len(flow) > 1:
        last = flow[-2]
    return isinstance(last, Para)


def closes_story(following, after) -> bool:
    """True when ``following`` (the unit after a byline) is an end line (an end dateline, a
    dated bracket) that opens no text (``after``, the unit after it, is no paragraph): the
    byline over it is the signature of the story before, as ``本报评论员`` over
    ``（本报北京6月3日电）`` at a commentary's end, not the start of a story of its own."""
    return (
        isinstance(following, Special) and following.kind == "end" and not isinstance(after, Para)
    )


def dated_between(unit: Special, following) -> bool:
    """True when ``unit``, an end line, is a date in brackets (:data:`DATED_BRACKET_RE`) with
    a paragraph right after it (``following``): a date between two parts of one text (a
    diary's entries, letters printed one after another), which ends nothing; the story goes on."""
    return (
        isinstance(following, Para) and DATED_BRACKET_RE.match(fold(unit.text.strip())) is not None
    )
