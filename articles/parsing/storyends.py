"""Where a story ends without a dateline to start the next one (see :mod:`articles.parsing.bodies`).

INPUT.md ("Bylines"): a byline sometimes stands at the END of a story, glued in brackets to its
last paragraph (``…送餐上门服务。（记者 赵敏 通讯员 钱立）``). Such a credit signs the story off, so
heading lines printed after it head the next story, not a section of this one; but the story's
own box or appendix (``相关链接``, ``■记者手记``, ``背景：…``) and section heads by form (numbered,
questions) printed after its credit stay its own.
"""

from __future__ import annotations

import re

from articles.parsing.bylines import _END_SIGN_OFF_RE
from articles.parsing.crossheads import crosshead_like
from articles.parsing.names import names_only
from articles.parsing.patterns import APPENDIX_HEAD_RE, ROLE_WORD_RE
from articles.parsing.reader import Heading
from articles.parsing.units import Body
from articles.text import fold

_CREDIT_TAIL = 30  # characters: where a story-end credit is looked for, as bylines does


def credit_closed(body: Body | None) -> bool:
    """True when ``body``'s last block is a paragraph closed by a story-end credit: a bracket
    after the sentence's end mark (``。（…）``, ``”（…）``) that names a role (记者, 通讯员, 实习生,
    本报记者…: :data:`~articles.parsing.patterns.ROLE_WORD_RE`) and people's names only
    (:func:`~articles.parsing.names.names_only`), within the paragraph's last ``_CREDIT_TAIL``
    characters. Not for a photo credit (``（记者 张三 摄）``: not names only), a quote's source
    (``（摘自…）``, ``（新华社）``: no role), a name alone (``（赵敏）``: it may name whose words
    those were) or a credit on its own line (a byline unit, handled where bylines are)."""
    if body is None or not body.blocks or body.blocks[-1].kind != "paragraph":
        return False
    text = body.blocks[-1].text
    match = _END_SIGN_OFF_RE.search(text, max(0, len(text) - _CREDIT_TAIL))
    if match is None:
        return False
    inside = match.group("names")
    return bool(ROLE_WORD_RE.search(fold(inside))) and bool(names_only(inside))


_BOX_MARKS = "■□●◆▲★☆◇△"  # marks a box's label may open with (■相关链接)
_LABEL_END_RE = re.compile(r"[：:]")  # a box label run on with its title (链接：什么是…)


def signed_off_before(group: list[Heading], body: Body | None) -> bool:
    """True when the heading lines ``group``, which the parser would take for crossheads of
    ``body``, head the next story instead: ``body`` is closed by a story-end credit
    (:func:`credit_closed`) and the first line is neither a section head by form
    (:func:`~articles.parsing.crossheads.crosshead_like`) nor the label of the story's own box or
    appendix (:data:`~articles.parsing.patterns.APPENDIX_HEAD_RE`, with a box mark before it or
    its title after a colon)."""
    if not group or not credit_closed(body):
        return False
    first = group[0].lines[0].strip()
    label = _LABEL_END_RE.split(fold(first).lstrip(_BOX_MARKS).strip(), maxsplit=1)[0]
    return not (crosshead_like(first) or APPENDIX_HEAD_RE.match(label.strip()))
