"""A page's standing call for contributions (``“沁园”欢迎读者投稿，来稿请寄本报副刊部…``).

A supplement or column page prints, in a corner, the same line every week inviting readers to
send in their writing and where to send it. It is the page's, not a story's: read as text it
would become the last paragraph of the story above it (and pull that story's photos to it).
INPUT.md ("Page furniture"): lines that belong to the page rather than a story are set aside.
Only a line that names the page or column inviting contributions (``“沁园”``, ``本版``, ``本栏``)
at its start, or after a label ending ``征稿：`` (``溪城副刊征稿：本版常年征集散文、诗歌…``), or that
opens with where to send it (``来稿请寄：…编辑部收``, ``投稿邮箱：…``); a notice's text (``征稿启事`` / ``为庆祝…，本报举办征文…``) or a news sentence
(``市文联欢迎…投稿``) is left as text.
"""

from __future__ import annotations

import re

from articles.parsing.disclaimers import health_disclaimer, investment_disclaimer
from articles.parsing.furniture import furniture_reason
from articles.parsing.units import Heading
from articles.text import fold

# (folded) The page or column, after a label ending 征稿： if any (溪城副刊征稿：): its name in
# quotes or book-title marks, or 本版/本栏/本刊…; then the invitation: 欢迎/诚邀 … 投稿/来稿/赐稿/
# 惠稿, or 征集 and what it asks for (本版常年征集散文、诗歌、随笔，…).
_CALL_RE = re.compile(
    # or where to send it, the line opening so (来稿请寄：…编辑部收, 投稿邮箱：…): a page's line, as
    # no news sentence opens
    r"^(?:来稿|投稿)(?:请寄|请发至|请投|地址|邮箱|信箱|电子邮箱)[至到]?[:：]?\s*[^，,。]"
    # or the paper seeking its correspondents (本报征求各地通信员、凡有志…), as old papers print
    r"|^本[报刊](?:长期|常年)?(?:征求|诚征|征聘|招聘)[^，,。]{0,8}(?:通信员|通讯员|访员)"
    r"|^(?:[^，,。:：\s]{1,10}征稿[:：]\s*)?"
    r"(?:[“\"《「][^”\"》」，。]{1,10}[”\"》」]|本版|本栏|本栏目|本专栏|本刊|本副刊|本报副刊)"
    r"(?:专栏|栏目|副刊|版)?\s*(?:长期|常年)?"
    r"(?:(?:欢迎|诚邀|诚征)[^，。]{0,8}(?:投稿|来稿|赐稿|惠稿|稿件)|征集[^，,。]{1,20}[，,。])"
)
_LONGEST = 80  # characters: the call and where to send, a line at most


def contributions_call(folded: str) -> str:
    """``"furniture"`` when the line ``folded`` (:func:`articles.text.fold`, stripped) is a page's
    call for contributions (:data:`_CALL_RE`, at most :data:`_LONGEST` characters), else ``""``
    (the shape of :func:`~articles.parsing.furniture.furniture_reason`'s answer)."""
    if len(folded) > _LONGEST or _CALL_RE.match(folded) is None:
        return ""
    return "contributions-call"


def line_furniture(
    printed: str, folded: str, meta: dict, *, top: bool, flow: list | None = None
) -> str | None:
    """:func:`~articles.parsing.furniture.furniture_reason` (same arguments and answer; ``first``
    when ``flow``, the units read so far, is given and empty), or ``"contributions-call"`` for
    a page's call for contributions (:func:`contributions_call`; not under a notice's headline,
    :func:`_in_notice`), or ``"disclaimer"`` for a financial or health page's standing
    disclaimer (:func:`~articles.parsing.disclaimers.investment_disclaimer`,
    :func:`~articles.parsing.disclaimers.health_disclaimer`)."""
    return (
        furniture_reason(printed, folded, meta, top=top, first=flow is not None and not flow)
        or ("" if (call := contributions_call(folded)) and _in_notice(flow) else call)
        or investment_disclaimer(folded)
        or health_disclaimer(folded)
        or None
    )


# (folded) A headline of a notice that asks for contributions itself (征文启事, 征稿通知, 关于
# 征集…的公告): where to send them (来稿请寄：…) is its text, which readers need.
_NOTICE_RE = re.compile(r"征文|征稿|征集|启事|通知|公告")


def _in_notice(flow: list | None) -> bool:
    """Whether the story being read (the last heading of ``flow``, the reader's units so far)
    is a notice asking for contributions (:data:`_NOTICE_RE`). Asked only of a line that reads
    as a call (the walk back is as long as the story: asked of every line, a long story's
    parse grew with its square)."""
    for unit in reversed(flow or ()):
        if isinstance(unit, Heading):
            return _NOTICE_RE.search(fold("".join(unit.lines))) is not None
    return False
