"""A deck line that is only a short predicate (``全面展开``, ``顺利竣工``) under the subject it is
said of (``全县夏收夏种战斗``): the two lines are one 主题 set on two lines, not a headline over a
subheadline (INPUT.md, "A headline may be printed on two lines"). Used by
:mod:`~articles.parsing.decks`.
"""

from __future__ import annotations

import re

from articles.parsing.postags import folded_tags, noun_phrase

_PREDICATE_MIN, _PREDICATE_MAX = 2, 4  # characters: a predicate alone on a line
_SUBJECT_MIN, _SUBJECT_MAX = 4, 12  # characters: the subject line over it
_HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")
_NOUN_HEADS = ("n", "vn")  # what a subject line ends with: a noun, or a verbal noun (战斗)


def predicate_completes(first: str, second: str) -> bool:
    """Whether ``second`` (a deck line, two to four Chinese characters, spaces left out) is only a
    predicate ending in a verb (``全面展开``, ``顺利竣工``, ``胜利闭幕``) that completes ``first``, a
    subject with no predicate of its own: a noun phrase of four to twelve characters, no verb in
    it, ending in a noun or a verbal noun (``全县夏收夏种战斗``, ``城东污水处理厂``). A
    subheadline says a thing of its own; four characters ending in a verb under a bare subject
    say only what the subject does. Lines with punctuation, cues or spaces are not read. An idiom
    (``秩序井然``, tagged ``i``) may be a statement with its own subject and is not taken.
    A word read as a noun in the short line (``全面``, which jieba reads as one) is taken only
    under an activity's name, a verbal noun (战斗, 工作), whose manner it says; under a thing's
    name (``新桥通车`` / ``市民点赞``) it may be a subject of its own.
    Cheap: lengths and characters first, jieba only after."""
    head, tail = first.strip(), second.strip()
    if not (_PREDICATE_MIN <= len(tail) <= _PREDICATE_MAX and _HAN_RE.match(tail)):
        return False
    if not (_SUBJECT_MIN <= len(head) <= _SUBJECT_MAX and _HAN_RE.match(head)):
        return False
    tail_tags = [tag for tag in folded_tags(tail) if tag != "x"]
    if not tail_tags or tail_tags[-1] != "v":
        return False
    head_tags = [tag for tag in folded_tags(head) if tag != "x"]
    if not head_tags or head_tags[-1] not in _NOUN_HEADS:
        return False
    if any(tag[:1] == "v" and tag != "vn" for tag in head_tags):
        return False
    if any(tag[:1] == "n" for tag in tail_tags) and head_tags[-1] != "vn":
        return (
            False  # 新桥通车 / 市民点赞: a noun may be a subject of its own (全面 after a campaign)
        )
    return noun_phrase(head)
