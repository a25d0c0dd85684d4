"""Who publishes a paper, as its masthead names it (INPUT.md, "Encoding and layout": mastheads
are furniture, never a headline): one body that runs it (``中共清河县委主办``, ``某某地委机关报``,
``某某日报社出版``), several each with its word (``中共清河县委主办　清河县融媒体中心出版``), or
several that run it together, named before the last one's ``合办`` (``某市曲艺家协会　某市曲艺团
合办``). Used by :mod:`~articles.parsing.furniture` and :mod:`~articles.parsing.header_lines`
(through :mod:`~articles.parsing.header_patterns`). Pure; standard library only.
"""

from __future__ import annotations

import re

from articles.text import HAN

# Who publishes the paper, in its masthead: 中共清河县委主办, 中央军委机关报, 某某日报社出版, and
# bodies that run it together (某协会某剧团合办, 某某联办).
PUBLISHER_RE = re.compile(rf"^[{HAN}]{{2,14}}(?:主办|主管|机关报|出版|编印|印发|合办|联办)$")
_PUBLISHER_LINE = 48  # characters: a masthead's line of publishers is at most this long
# The word saying the bodies before it run the paper together: 合办, 联办, 联合主办, 共同主办.
_JOINT_ENDS = ("合办", "联办", "联合主办", "共同主办", "联合出版")
_BODY_RE = re.compile(rf"^[{HAN}]{{2,14}}$")  # a body's name before it
_JOINT_BODIES = 4  # words: bodies named on a joint line, at most


def publisher_line(text: str) -> bool:
    """A masthead line naming who runs and who publishes the paper, each a word of its own
    (中共清河县委主办　清河县融媒体中心出版): two words or more parted by spaces, each a
    :data:`PUBLISHER_RE` (one such word alone is tested by that pattern); or bodies that run it
    together, each a word of Han letters, the last one's word saying so (``某市曲艺家协会　某市
    曲艺团合办``: :data:`_JOINT_ENDS`), at most :data:`_JOINT_BODIES` of them."""
    if len(text) > _PUBLISHER_LINE:
        return False
    words = text.split()
    if len(words) < 2:
        return False
    if all(PUBLISHER_RE.match(word) for word in words):
        return True
    return (
        len(words) <= _JOINT_BODIES
        and words[-1].endswith(_JOINT_ENDS)
        and PUBLISHER_RE.match(words[-1]) is not None
        and all(_BODY_RE.match(word) for word in words[:-1])
    )
