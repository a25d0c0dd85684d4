"""Where a story ends without a dateline to start the next one (see :mod:`articles.parsing.bodies`).

INPUT.md ("Bylines"): a byline sometimes stands at the END of a story, glued in brackets to its
last paragraph (``…送餐上门服务。（记者 赵敏 通讯员 钱立）``). Such a credit signs the story off, so
heading lines printed after it head the next story, not a section of this one.
"""

from __future__ import annotations

from articles.parsing.bylines import _END_SIGN_OFF_RE
from articles.parsing.names import names_only
from articles.parsing.patterns import ROLE_WORD_RE
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
