"""A kicker without a cue that introduces its headline as what someone said or required.

Chinese news headlines put the speaker and a verb of saying or requiring on the 引题 line and what
was said on the 主题 under it (``全国防汛抗旱工作会议要求`` / ``立足抗大洪抢大险　确保江河安全度汛``,
``联合国环境署发表报告说`` / ``全球沙漠化问题日趋严重``): the first line is no title of its own,
it waits for the statement it introduces (INPUT.md, "Headlines": 引题 / 主题 / 副题). Used by
:mod:`~articles.parsing.decks` for two deck lines with no ``——``/``：`` cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from articles.parsing.dashes import SUBTITLE_DASHES
from articles.parsing.deck_pairs import compact, over_title
from articles.parsing.otherscripts import translated_name
from articles.parsing.postags import folded_tags
from articles.text import fold, get_posseg

# Verbs of saying, requiring, finding (one jieba word each: 小说, 据说, 堪称 are other words).
SAYING_VERBS = frozenset(
    [
        "说",
        "表示",
        "指出",
        "强调",
        "要求",
        "提出",
        "认为",
        "呼吁",
        "宣布",
        "透露",
        "称",
        "声称",
        "宣称",
        "重申",
        "表明",
        "显示",
        "发现",
        "提醒",
        "警告",
        "预测",
        "披露",
        "证实",
        "坦言",
        "报道",
    ]
)
_SAYING_ENDS = tuple(SAYING_VERBS)
# Who speaks: the word right before the verb is a noun (会议, 报告, 专家, 国务院), a name, an
# abbreviation or a pronoun, or a place word closing where it was said (在…会上强调).
_SPEAKER_TAGS = frozenset({"j", "l", "r", "f"})
# What is said is a statement: it holds a verb, an adjective or an idiom (日趋严重), not a bare
# noun phrase (市政府提出 / 三年行动计划 is one title cut after its verb).
_STATEMENT_TAGS = frozenset({"v", "vd", "a", "ad", "an", "l", "i", "z"})
_MIN_LINE = 4  # characters, spaces left out: shorter lines are no speaker with a verb, no statement


def kicker_over(first: str, second: str, together: bool = True) -> bool:
    """Whether ``first`` over ``second`` (two deck lines with no cue) is the kicker over the
    title: :func:`~articles.parsing.deck_pairs.over_title` (a column's name, an issuer, an
    event, a slogan) or :func:`saying_over` (a speaker and a verb of saying over what was said).
    ``together``: the two lines are printed together (as for ``over_title``). A column's name
    with its translation in brackets (``生活窗（생활의 창）`` / ``说说“打糕”``:
    :func:`~articles.parsing.otherscripts.translated_name`) is a kicker over any title."""
    if translated_name(first):
        return True
    return (
        over_title(first, second, together)
        or saying_over(first, second)
        or issued_over(first, second)
    )


def saying_over(first: str, second: str) -> bool:
    """Whether ``first`` over ``second`` (two deck lines with no ``——``/``：`` cue) is the 引题
    over the 主题: ``first`` is one phrase (no space, no comma inside) ending with a verb of
    saying or requiring (:data:`SAYING_VERBS`) said by a speaker (a noun, name or pronoun right
    before it), and ``second`` is a statement of its own (a verb or an adjective in it, no cue
    at its ends). ``全国防汛抗旱工作会议要求`` / ``立足抗大洪抢大险　确保江河安全度汛``: kicker,
    headline; ``严格落实安全生产要求`` (要求 a noun after a verb) or ``市政府提出`` over a noun
    phrase are not."""
    head, tail = compact(first), compact(second)
    if len(head) < _MIN_LINE or len(tail) < _MIN_LINE or not head.endswith(_SAYING_ENDS):
        return False
    if len(first.split()) != 1 or "，" in head or "," in head:
        return False
    if tail.startswith(SUBTITLE_DASHES) or tail.endswith(("——", "：", ":")):
        return False
    return _speaker_and_verb(head) and any(tag in _STATEMENT_TAGS for tag in folded_tags(tail))


@lru_cache(maxsize=256)
def _speaker_and_verb(head: str) -> bool:
    """``head`` ends with a word of :data:`SAYING_VERBS` right after a speaker's word."""
    words = [(w.word, w.flag) for w in get_posseg().cut(fold(head)) if w.flag != "x"]
    if len(words) < 2 or words[-1][0] not in SAYING_VERBS:
        return False
    flag = words[-2][1]
    return (flag.startswith("n") and flag != "nx") or flag in _SPEAKER_TAGS


# A body's document issued, at a line's end: 发出通告, 下发紧急通知, 发布公告, 作出决定, 发出倡议书.
_ISSUED_RE = re.compile(
    r"^(?P<who>\S{2,14}?)(?:发出|发布|下发|印发|作出|做出|颁布|公布)(?:紧急)?"
    r"(?:通知|通告|公告|决定|倡议书|倡议|公开信|意见)$"
)


def issued_over(first: str, second: str) -> bool:
    """Whether ``first`` over ``second`` (two deck lines with no ``——``/``：`` cue) is the 引题
    over the 主题 because ``first`` reports that a body issued a document (``县水产局发出通告`` /
    ``伏季休渔后天开始``, ``市政府下发紧急通知`` / ``全市中小学明起停课``): the issuing body, a
    verb of issuing and the document's kind (:data:`_ISSUED_RE`), as a speaker and a verb of
    saying stand over what was said (:func:`saying_over`), and ``second`` is a statement of its
    own (a verb or an adjective in it, no cue at its ends): what the document says is the news,
    the 主题. The body is a noun (an organisation, an abbreviation) right before the verb."""
    head, tail = compact(first), compact(second)
    match = _ISSUED_RE.match(head)
    if match is None or len(tail) < _MIN_LINE or len(first.split()) != 1:
        return False
    if tail.startswith(SUBTITLE_DASHES) or tail.endswith(("——", "：", ":")):
        return False
    words = [flag for flag in folded_tags(match.group("who")) if flag != "x"]
    if not words or not (words[-1].startswith("n") or words[-1] in _SPEAKER_TAGS):
        return False
    return any(tag in _STATEMENT_TAGS for tag in folded_tags(tail))
