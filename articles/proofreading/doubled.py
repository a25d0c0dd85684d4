"""Doubled characters a print join or OCR made (``摸清清楚``, ``小组组招商``), told apart from
Chinese reduplication (``常常``, ``看看``, ``明明白白``, ``绿油油``, ``一步步``, ``朱茗茗``) with
jieba's dictionary and its segmentation of the text around the pair.

For each pair of equal Chinese characters X X, in order:

1. **A word holds both**: the segmentation puts both in one dictionary word (常常, 天天, 谢谢,
   渐渐, 清清楚楚, 绿油油, 一个个): reduplication, fine.
2. **AABB**: the pair is next to another doubled pair (高高兴兴, 干干净净 not in the
   dictionary): fine. **一XX** (一步步, 一条条): a measure word repeated, fine.
3. **A name**: a surname, then X X, read by jieba as a person's name (朱茗茗, 李娜娜): fine.
4. **A lone X beside a word with X** (小组/组/招商, 我们/们): one X is a word of its own next to
   a word that already has it: flagged; but not a place or body ending in X followed by its
   head (义工社社长, 管护站站长, 信息化厅厅长: 社/站/厅 … then a noun starting with X).
5. **Two lone X** (说说, 坐坐: verbs repeated): fine, unless X is a function word that is never
   repeated (的的, 是是, 在在): flagged.
6. **Two words sharing X** (摸清/清楚, 科学/学院, 中国/国家): flagged only when the text
   without one X holds a dictionary word across the join (摸清楚) and the second word is not a
   noun (a noun after a word sharing its first character is how Chinese stacks compounds and
   objects: 科学学院, 共产党党员, 形成聚合合力; 中国国家 has no word across). This is where false
   alarms come from (经济增长长期…); the bench measures them.
"""

from __future__ import annotations

import functools
import re

from articles.proofreading.findings import DOUBLED, Finding
from articles.proofreading.segmenting import Segmented, word_frequency
from articles.text import HAN, get_jieba

_HAN_RE = re.compile(rf"[{HAN}]")
#: Function words that are never repeated: 的的 and 是是 are always a slip.
_NEVER_REPEATED = frozenset("的了是在和与及对把被从向为也就都而并或之其我你他她它这那们")
#: Single characters that end the name of a place or body and start the title of its head
#: (社 → 社长, 站 → 站长, 厅 → 厅长).
_INSTITUTIONS = frozenset("社站厅局所校院组部处科队会馆行店园场镇县市省区村团连厂台室委办司")
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
)


def check_doubled(seg: Segmented) -> list[Finding]:
    """Every suspicious doubled character of a segmented text (see the module docstring)."""
    text, folded = seg.text, seg.folded
    found: list[Finding] = []
    index = None
    for at in range(len(folded) - 1):
        if folded[at] != folded[at + 1] or not _HAN_RE.match(folded[at]):
            continue
        if index is None:
            index = seg.token_index()
        reading = _suspicious(seg, index, at)
        if reading:
            found.append(
                Finding(
                    DOUBLED,
                    at,
                    at + 2,
                    text[at : at + 2],
                    f"「{text[at]}」连写了两次（{reading[0]}）：可能是排版或识别时多出的字，"
                    f"应为「{reading[1]}」",
                    text[at],
                )
            )
    return found


def _suspicious(seg: Segmented, index: list[int], at: int) -> tuple[str, str] | None:
    """(the words around the pair as printed, the same without one X) if the pair looks like a
    slip, None if it reads as reduplication."""
    folded, tokens = seg.folded, seg.tokens
    left, right = tokens[index[at]], tokens[index[at + 1]]
    if left is right and (word_frequency(left.word) or _name_or_abb(left.word, at - left.start)):
        return None  # 1.
    if _aabb_or_measure(folded, at) or _name(folded, at):
        return None  # 2., 3.
    around = seg.text[left.start : right.end]
    without = seg.text[left.start : at] + seg.text[at + 1 : right.end]
    left_lone = left.end - left.start == 1
    right_lone = right.end - right.start == 1
    if left is right:  # a word jieba's HMM made, not in the dictionary
        if left.end - left.start > 2:
            return (around, without)
        left_lone = right_lone = True  # X X alone, glued by the HMM: as two lone X
    if left_lone and right_lone:  # 5.
        return (around, without) if folded[at] in _NEVER_REPEATED else None
    head = _noun(right.word) or right.word == folded[at] + "长"  # jieba tags 站长 a verb
    if left_lone and folded[at] in _INSTITUTIONS and head:
        return None  # 4., but 义工社 + 社长: the place, then its head
    if left_lone or right_lone:  # 4.
        return (around, without)
    if _word_across(left.word, right.word) and not _noun(right.word):
        return (around, without)  # 6.
    return None


def _name_or_abb(word: str, offset: int) -> bool:
    """An unknown word (HMM) that is surname + XX (a name) or ends in XX (绿莹莹)."""
    return len(word) == 3 and offset == 1


def _aabb_or_measure(folded: str, at: int) -> bool:
    after = folded[at + 2 : at + 4]
    before = folded[max(0, at - 2) : at]
    if len(after) == 2 and after[0] == after[1] != folded[at] and _HAN_RE.match(after[0]):
        return True
    if len(before) == 2 and before[0] == before[1] != folded[at] and _HAN_RE.match(before[0]):
        return True
    return at > 0 and folded[at - 1] == "一"


def _name(folded: str, at: int) -> bool:
    """Surname + X X read as a person's name by jieba (李娜娜)."""
    if at == 0 or folded[at - 1] not in _SURNAMES:
        return False
    return _is_name(folded[at - 1 : at + 2])


@functools.lru_cache(maxsize=4096)
def _is_name(three: str) -> bool:
    get_jieba()
    import jieba.posseg

    first = next(iter(jieba.posseg.cut(three)), None)
    return first is not None and first.flag.startswith("nr") and len(first.word) >= 2


def _word_across(left: str, right: str) -> bool:
    """Without one X, is there a dictionary word that takes in characters of both sides?
    (摸清 + 清楚 → 摸清楚)"""
    joined = left + right[1:]
    join = len(left) - 1  # the X
    for start in range(join):
        for end in range(join + 2, len(joined) + 1):
            if word_frequency(joined[start:end]):
                return True
    return False


@functools.lru_cache(maxsize=65536)
def _tag(word: str) -> str:
    get_jieba()
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab.get(word, "")


def _noun(word: str) -> bool:
    return _tag(word).startswith("n")
