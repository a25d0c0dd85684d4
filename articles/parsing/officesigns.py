"""The paper's own office signing a notice, a correction or a letter to readers at its end
(``本报编辑部``, ``本报总编室``, ``岚城日报社``, ``岚城日报编辑部``, maybe with the date beside it:
``本报编辑部  2026年12月3日``): the item's last line, never the next story's kicker or headline
(INPUT.md, "Bylines, datelines, credits": signatures on their own line belong to the story before
them). Used by :func:`~articles.parsing.closings.closes_story`, under a paragraph that ends its
sentence. (Signed by another body with the date on the line under it, the signature is
:meth:`~articles.parsing.readfurniture.FurnitureMixin._signature`'s.)
"""

from __future__ import annotations

import re

from articles.parsing.patterns import PAPER_KIND
from articles.text import HAN

# The paper's offices that sign its notices: 编辑部, 总编室 (总编辑室, 总编办), 编委会, the
# readers' desks (读者来信部, 群众工作部, 群工部).
_OFFICE = r"(?:编辑部|总编辑室|总编室|总编办|编委会|读者来信部|群众工作部|群工部)"
# Who signs: the paper called itself (本报, 本刊, 本台, 本社, 本网) and one of its offices; or
# the paper by its name (岚城日报, 青川晚报, a short name in 报: 前进报) with its house (社), its
# office or both (岚城日报社, 岚城日报编辑部, 岚城日报社编辑部).
_SIGNER = (
    rf"(?:本报|本刊|本台|本社|本网){_OFFICE}"
    rf"|(?:[{HAN}]{{1,8}}?{PAPER_KIND}|[{HAN}]{{2,6}}报)(?:社{_OFFICE}?|{_OFFICE})"
)
# The date it was signed, beside the signer: 2026年12月3日, 二〇二六年十二月三日.
_DATE = (
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*日"
)
_OFFICE_SIGNATURE_RE = re.compile(rf"^(?:{_SIGNER})(?:[ \u3000]*{_DATE})?$")
_SIGNATURE_LINE = 30  # characters: the signature and its date at most


def office_signature(text: str) -> bool:
    """``text`` (folded or printed; one line) is the paper's own office signing the item above
    it, alone or with the date beside it (:data:`_OFFICE_SIGNATURE_RE`): ``本报编辑部``,
    ``岚城日报社``, ``岚城日报编辑部  2026年12月3日``. The paper's name alone (``岚城日报``: a
    masthead, or a source in brackets) and a sentence (``本报编辑部收到来信``) are none.
    Constant time (a short line's test)."""
    t = text.strip()
    if len(t) > _SIGNATURE_LINE or not ("报" in t or "本" in t):
        return False
    return _OFFICE_SIGNATURE_RE.match(t) is not None


def dated_under_office(last, number: int) -> bool:
    """The date alone on line ``number`` (``2026年12月3日``) goes with the office's signature
    right above it: ``last``, the reader's last unit, is the line before, a closing line
    (an ``end`` :class:`~articles.parsing.units.Special`) that is an :func:`office_signature`.
    Read so, the date is the notice's last line, never the page's date."""
    return (
        getattr(last, "kind", "") == "end"
        and last.line + 1 == number
        and office_signature(last.text)
    )
