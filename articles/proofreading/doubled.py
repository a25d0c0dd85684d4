"""Doubled characters a print join or OCR made (``摸清清楚``, ``小组组招商``), told apart from
Chinese reduplication (``常常``, ``看看``, ``明明白白``, ``绿油油``, ``一步步``, ``朱茗茗``) with
jieba's dictionary and its segmentation of the text around the pair.

For each pair of equal Chinese characters X X, in order:

1. **A word holds both**: the segmentation puts both in one dictionary word (常常, 天天, 谢谢,
   渐渐, 清清楚楚, 绿油油, 一个个): reduplication, fine — unless the word is just X X and a
   more frequent word ends with the first X (小区区: 区区 299, 小区 414 in jieba's dictionary),
   or X X is no word (glued by the HMM) and a word ends with the first X or starts with the
   second (端端出: 端出): then it is read as rule 4. A word after an X X in the dictionary is
   no sign (刚刚才, 常常来: reduplication before a word that starts with X).
2. **AABB**: the pair is next to another doubled pair (高高兴兴, 干干净净 not in the
   dictionary): fine. **一XX** (一步步, 一条条): a measure word repeated, fine.
3. **A name**: a surname, then X X, where surname + X is no word or a name in jieba's
   dictionary (朱茗茗, 李娜娜; not 文化化): fine.
4. **A lone X beside a word with X** (小组/组/招商, 我们/们): one X is a word of its own next to
   a word that already has it: flagged; but not a place or body ending in X followed by its
   head (义工社社长, 管护站站长, 信息化厅厅长: 社/站/厅 … then a noun starting with X; and any
   noun X closing a name, then X长: 营业班班长, 巡逻班班长, 濠河河长 — not after a particle
   or a verb of one character or of taking a role: 他是班班长, 当上了河河长, 当选班班长 are
   flagged), not a
   verb said twice before its object (浇浇水, 吃吃饭: 浇 + 浇水, a verb and then the verb + a
   noun; 进进行 and 建建设 are still flagged), not a preposition after a word that ends in
   it (现在在家里) or before one that starts with it (增进对对方的了解, 在在建项目上, 从从业人员中),
   not a time word ending in X before the part of that same X (明年年中, 去年年初, 本月月中:
   which part of the year or month), and not X X that is itself a dictionary word more
   frequent than the word beside it (锣鼓声声: 声声 115, 锣鼓声 44 — a noun or measure word said twice, 声声, 阵阵,
   处处, which the segmentation joined to a rarer word; 小组组: 组组 77, 小组 3116, flagged).
5. **Two lone X** (说说, 坐坐: verbs repeated): fine, unless X is a function word that is never
   repeated (的的, 是是, 在在): flagged.
6. **Two words sharing X** (摸清/清楚, 科学/学院, 中国/国家): flagged only when the text
   without one X holds a dictionary word across the join (摸清楚) and the second word is not a
   noun (a noun after a word sharing its first character is how Chinese stacks compounds and
   objects: 科学学院, 共产党党员, 形成聚合合力; 中国国家 has no word across). This is where false
   alarms come from (经济增长长期…); the bench measures them.

**Inside an unknown word** of three or more characters that jieba's HMM made (端端出, 北北基), X X
is flagged only when something shows one X too many: X is a function word never repeated, or a
dictionary word takes in one X and its neighbours (端出). An abbreviation taking one character
from each name of a list (北北基: 台北、新北、基隆) is written so.

**A run** of three or more of the same character (的的的的, a stuck key or a broken export) is one
finding over the whole run when any of its pairs reads as a slip by the rules above (not one
finding a pair, which floods the desk); a run whose every pair reads as reduplication (长长长长)
is fine, as each pair would be.

**Sounds written over and over** (咚咚咚, 哈哈哈, 嘻嘻嘻, 滴滴滴, 轰轰轰; 叮叮叮当当当): a run of three
to :data:`_QUOTED_RUN` of one character that jieba's dictionary holds as a word three long
(哈哈哈, 哗哗哗, 来来来) or that prints a sound (:func:`_sound`: jieba tags it or its pair an
onomatopoeia or an interjection, or it is one of :data:`_SOUNDS`) is written so on purpose: no
finding — unless a run of another character of a different length stands right beside it
(轰轰轰烈烈: 轰轰烈烈 with one 轰 too many), which is read by the rules above. A run of a function
word (的的的的, 是是是) or of any other character is read as before.
"""

from __future__ import annotations

import functools
import re
import sys

from articles.proofreading.findings import DOUBLED, Finding
from articles.proofreading.segmenting import Segmented, word_frequency
from articles.text import HAN, get_jieba

_HAN_RE = re.compile(rf"[{HAN}]")
#: A Chinese character followed by the same one (found overlapping: 啊啊啊 is two pairs); the
#: proofreading bench counts a text's pairs with it.
_PAIR_RE = re.compile(rf"([{HAN}])(?=\1)")
#: A Chinese character repeated: a pair (X X) or a longer run (X X X …), found whole.
_RUN_RE = re.compile(rf"([{HAN}])\1+")
#: A run's words are quoted in its finding up to this length (a stuck key repeats thousands).
_QUOTED_RUN = 8
#: Function words that are never repeated: 的的 and 是是 are always a slip.
_NEVER_REPEATED = frozenset("的了是在和与及对把被从向为也就都而并或之其我你他她它这那们")
#: Characters that print a sound (拟声词, 叹词) when repeated, beside those jieba's dictionary
#: tags so (``o``, ``e``; :func:`_sound`): 嘻嘻嘻, 滴滴滴, 轰轰轰, 啦啦啦, 呵呵呵, 汪汪汪.
_SOUNDS = frozenset("嘻哈啦轰滴嘀哗呵哼哒嗒咩啊哦咳唰刷咔汪呼噜嘶咻呀哟喂哩哞吼哇呜咕嘭当叮咚嘟")
#: jieba's part-of-speech tags of a sound: onomatopoeia (咚, 哈哈) and interjections (嘿, 哎).
_SOUND_TAGS = ("o", "e")
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
    """Every suspicious doubled character of a segmented text (see the module docstring): one
    finding a pair (``start``, ``end`` two apart) or a run (its whole span), suggesting one X."""
    text, folded = seg.text, seg.folded
    found: list[Finding] = []
    for match in _RUN_RE.finditer(folded):
        start, end = match.span()
        if end - start > 2:
            if _written_on_purpose(folded, start, end):
                continue
            if any(_suspicious(seg, at) for at in range(start, end - 1)):
                found.append(_run_finding(seg, start, end))
            continue
        reading = _suspicious(seg, start)
        if reading:
            found.append(
                Finding(
                    DOUBLED,
                    start,
                    end,
                    text[start:end],
                    f"「{text[start]}」连写了两次（{reading[0]}）：可能是排版或识别时多出的字，"
                    f"应为「{reading[1]}」",
                    text[start],
                )
            )
    return found


def _written_on_purpose(folded: str, start: int, end: int) -> bool:
    """The run ``start``–``end`` (three or more X) is a sound or a word written so on purpose
    (咚咚咚, 哈哈哈; the module docstring's last rule), not a slip."""
    x, n = folded[start], end - start
    if n > _QUOTED_RUN or not ((n == 3 and word_frequency(x * 3)) or _sound(x)):
        return False
    return not any(2 <= len(run) != n for run in _runs_beside(folded, start, end))


def _runs_beside(folded: str, start: int, end: int) -> tuple[str, str]:
    """The runs of one character right before ``start`` and right after ``end`` (``""`` if
    none): 烈烈 after 轰轰轰 in 轰轰轰烈烈."""
    before = after = ""
    if start > 0:
        before = re.search(r"(.)\1*$", folded[max(0, start - _QUOTED_RUN) : start]).group()
    if end < len(folded):
        after = re.match(r"(.)\1*", folded[end : end + _QUOTED_RUN]).group()
    return before, after


def _sound(x: str) -> bool:
    """X prints a sound: jieba's dictionary tags it or XX onomatopoeia or an interjection
    (咚, 哈哈, 嘿), or it is one of :data:`_SOUNDS`."""
    return x in _SOUNDS or _tag(x) in _SOUND_TAGS or _tag(x + x) in _SOUND_TAGS


def _run_finding(seg: Segmented, start: int, end: int) -> Finding:
    """One finding for the run ``start``–``end`` (three or more X): the words around it quoted
    when the run is short, and the text with one X."""
    text, n = seg.text, end - start
    around = ""
    if n <= _QUOTED_RUN:
        left, right = seg.token_at(start), seg.token_at(end - 1)
        first = min(left.start, start) if left else start
        last = max(right.end, end) if right else end
        keep = n - 1 if _one_too_many(seg.folded, start, end) else 1
        fixed = text[first:start] + text[start : start + keep] + text[end:last]
        around = f"（{text[first:last]}）：可能是排版或识别时多出的字，应为「{fixed}」"
    else:
        keep = 1
        around = "：可能是键盘卡住、排版或导出时多出的字"
    advice = "请删去一个" if keep > 1 else "请只留一个"
    return Finding(
        DOUBLED,
        start,
        end,
        text[start:end],
        f"「{text[start]}」一连写了 {n} 次{around}；{advice}，或按原稿改正",
        text[start : start + keep],
    )


def _one_too_many(folded: str, start: int, end: int) -> bool:
    """The run ``start``–``end`` (three or more X) less one X is part of a dictionary word
    with the characters beside it (轰轰轰烈烈 → 轰轰烈烈): one X too many, not a stuck key, so
    the text to propose keeps the others."""
    short = folded[:start] + folded[start + 1 : end] + folded[end : end + _QUOTED_RUN]
    run_end = end - 1
    for first in range(max(0, start - _QUOTED_RUN), start + 1):
        for last in range(run_end, min(len(short), run_end + _QUOTED_RUN) + 1):
            if (first < start or last > run_end) and word_frequency(short[first:last]):
                return True
    return False


def _suspicious(seg: Segmented, at: int) -> tuple[str, str] | None:
    """(the words around the pair as printed, the same without one X) if the pair looks like a
    slip, None if it reads as reduplication."""
    # The pair's run of characters only: the same words (found by bisection: a run of one
    # character repeated thousands of times is as many pairs).
    left, right = seg.token_at(at), seg.token_at(at + 1)
    if left is right:
        verdict = _in_one_word(seg, at, left)
        if verdict is not _GO_ON:
            return verdict
    if _aabb_or_measure(seg.folded, at) or _name(seg.folded, at):
        return None  # 2., 3.
    return _beside_words(seg, at, left, right)


#: :func:`_in_one_word` could not decide: the later rules do.
_GO_ON = ("", "")


def _in_one_word(seg: Segmented, at: int, word) -> tuple[str, str] | None:
    """Rule 1: both X in one word ``word``."""
    if word.end - word.start == 2:
        pair_freq = word_frequency(word.word)
        across = _across(seg.folded, at, after=not pair_freq)
        if across and across[2] > pair_freq:
            return _across_reading(seg, at, across)  # 小/区区 read for 小区 + 区
    if word_frequency(word.word) or _name_or_abb(word.word, at - word.start):
        return None
    return _GO_ON


def _beside_words(seg: Segmented, at: int, left, right) -> tuple[str, str] | None:
    """Rules 4 to 6: the first X ends ``left``, the second starts ``right``."""
    x = seg.folded[at]
    reading = (
        seg.text[left.start : right.end],
        seg.text[left.start : at] + seg.text[at + 1 : right.end],
    )
    if _head_after_its_place(seg, at, left):
        return None  # 4.: 营业班 + 班长, 濠河 + 河长
    if _time_then_its_part(seg, at, left):
        return None  # 4., 6.: 明年 + 年中, 去年 + 年初
    left_lone = left.end - left.start == 1
    right_lone = right.end - right.start == 1
    if left is right:  # a word jieba's HMM made, not in the dictionary
        if left.end - left.start > 2:
            return reading if _one_too_many_shown(seg.folded, at) else None
        left_lone = right_lone = True  # X X alone, glued by the HMM: as two lone X
    if left_lone and right_lone:  # 5.
        return reading if x in _NEVER_REPEATED else None
    if left_lone or right_lone:  # 4.
        word = right.word if left_lone else left.word
        if _lone_excused(x, word, before=left_lone) or (not left_lone and _pair_word_wins(x, word)):
            return None
        return reading
    if _word_across(left.word, right.word) and not _noun(right.word):
        return reading  # 6.
    return None


def _lone_excused(x: str, word: str, *, before: bool) -> bool:
    """Rule 4's exceptions, for a lone X before ``word`` (``before``) or after it: a place or
    body, then its head (义工社 + 社长; jieba tags 站长 a verb); a verb said twice, then its
    object (浇 + 浇水); a preposition next to a word that ends (现在 + 在) or starts (对 + 对方,
    在 + 在建, 从 + 从业) with it: ordinary news Chinese, not a print join. The price of the
    last: a preposition doubled before such a word by a slip (在在于) goes unflagged."""
    if _tag(x) == "p":
        return True
    if before:
        head = _noun(word) or word == x + "长"
        return (x in _INSTITUTIONS and head) or _verb_and_object(x, word)
    return False


#: jieba's tags of a word that may stand before the last character of a place's or body's name
#: (营业 n + 班, 检修 vn + 班, 濠 g + 河, 三 m + 组, 供电 + 所): nouns, verbal and adjectival
#: nouns, morphemes, numerals, distinguishing words, abbreviations, places and directions, and
#: words jieba's HMM made (no tag: names). Not a preposition, pronoun, particle, adverb or
#: conjunction, nor a verb of one character: 是班班长, 当上了河河长 are slips. A verb of two or
#: more names a team by its work (巡逻班, 施工队) unless it takes a role as its object
#: (:data:`_TAKES_A_ROLE`).
_NAME_PART_TAGS = frozenset({"vn", "an", "g", "m", "b", "j", "s", "f", ""})
#: The last character of a verb that takes a role (担任, 出任, 成为, 当选, 作为): 当选班班长 is a slip.
_TAKES_A_ROLE = frozenset("任为选当是做")


def _head_after_its_place(seg: Segmented, at: int, left) -> bool:
    """Rule 4's place or body and its head, for any such X: the pair at ``at`` is X + X长
    (营业班班长, 检修班班长, 濠河河长: a team's leader, a river's chief under the 河长制, 村长,
    湖长, 路长, 村民小组组长, 党小组组长), X is a body of :data:`_INSTITUTIONS` or a noun (班, 河,
    湖, 路 in jieba's dictionary; 河长 and 湖长 are no dictionary words, so X's own tag decides),
    and either ``left`` is a dictionary noun or abbreviation ending in X (小组 n, 党小组 j, 班组 n:
    the body named whole, then its head) or X starts its word (``left``: a lone X, or X X长 glued
    by jieba's HMM) and the word before X can be part of a name (:data:`_NAME_PART_TAGS`, or a
    noun): X closes that name and X长 is its head."""
    x, folded = seg.folded[at], seg.folded
    if at == 0 or folded[at + 1 : at + 3] != x + "长":
        return False
    if not (x in _INSTITUTIONS or _tag(x).startswith("n")):
        return False
    if left.start < at and left.end == at + 1:  # a word that ends in X: 小组, 党小组, 班组
        return bool(word_frequency(left.word)) and _tag(left.word)[:1] in ("n", "j")
    if left.start != at:
        return False
    before = seg.token_at(at - 1)
    if before is None or not _HAN_RE.match(folded[at - 1]):
        return False
    tag, word = _tag(before.word), before.word
    if tag == "v":
        return len(word) > 1 and word[-1] not in _TAKES_A_ROLE
    return tag.startswith("n") or tag in _NAME_PART_TAGS


def _time_then_its_part(seg: Segmented, at: int, left) -> bool:
    """A time that ends in X, then the part of that same X: the pair at ``at`` is the last X of
    a time word (``left``: 明年, 今年, 去年, 本月, tagged ``t`` in jieba's dictionary) and an X
    that opens a time word (年初, 年底, 月底) or stands before a word of place or direction (年 +
    中, 年 + 内: 方位词, tagged ``f``). 明年年中, 今年年内, 去年年初, 本月月底 say which part of
    that year or month, ordinary news Chinese (the date style of GB/T 15835's examples), not a
    print join; 年中 is no word of jieba's dictionary, so the segmentation leaves 年 alone. Not
    when the part opens a word of its own (:func:`_opens_a_word`: 今年年中国经济, 去年年中央财政,
    今年年上半年 are 今年中国, 去年中央, 今年上半年 with 年 printed twice), unless the segmentation
    itself reads the second X and the part as the time word (去年/年初/以来)."""
    folded = seg.folded
    if left.end != at + 1 or left.end - left.start < 2 or _tag(left.word) != "t":
        return False
    time_word = folded[at + 1 : at + 3]
    right = seg.token_at(at + 1)
    if (
        right is not None
        and (right.start, right.end) == (at + 1, at + 3)
        and _tag(time_word) == "t"
    ):
        return True  # the segmentation reads the time word itself: 去年/年初/以来, 明年/年初/中国
    if not (_tag(time_word) == "t" or _tag(folded[at + 2 : at + 3]) == "f"):
        return False
    return not _opens_a_word(folded, at + 2)


def _opens_a_word(folded: str, at: int) -> bool:
    """A dictionary word of two to four characters starts at ``at`` (中国, 中央, 上半年): the
    character is read into that word, not as the part of a year or month before it — unless the
    word's second character is an adverb (tagged ``d``: 将, 已, 就), which opens the predicate
    after the part (本月月中将举行: 月中 + 将举行, not the word 中将)."""
    if len(folded) > at + 1 and _tag(folded[at + 1]) == "d":
        return False
    return any(
        word_frequency(folded[at:end]) for end in range(at + 2, min(len(folded), at + 4) + 1)
    )


def _one_too_many_shown(folded: str, at: int) -> bool:
    """For X X inside a word jieba's HMM made of three or more characters (``北北基``): is there
    a sign that one X is too many? A function word that is never repeated (的的), or a dictionary
    word that takes in one X and the characters beside it (:func:`_across`: 端出 in 端端出), or
    the second X opening its head's title X长 (当上了河河长: :func:`_head_after_its_place` has
    already let through a name closed by X, then X长). Without any, the doubled X is how the
    unknown word is written — an abbreviation that takes one character from each name of a list
    (北北基: 台北、新北、基隆) or a name — and is left alone."""
    x = folded[at]
    return (
        x in _NEVER_REPEATED
        or folded[at + 1 : at + 3] == x + "长"
        or _across(folded, at) is not None
    )


def _pair_word_wins(x: str, word: str) -> bool:
    """X X is a dictionary word more frequent than ``word``, the word before the lone X that
    ends with it (锣鼓声/声: 声声 115, 锣鼓声 44): a noun or measure word said twice after it
    (声声, 阵阵), which the segmentation gave away to a rarer word — rule 1's frequency test the
    other way round (小组/组: 组组 77, 小组 3116 is still a slip). Only a word BEFORE the lone X:
    a lone X before a word that starts with it is the classic slip whatever X X's frequency
    (处/处罚, 人/人群, 常/常务: 处处罚, 人人群, 常常务 are findings). Not when ``word`` holds X X
    itself at the join (a third X)."""
    return word[-2:] != x + x and word_frequency(x + x) > word_frequency(word)


def _across(folded: str, at: int, *, after: bool = True) -> tuple[int, int, int] | None:
    """The most frequent dictionary word that takes in one X of the pair at ``at`` and the
    characters beside it — ending with the first X (小区 in 小区区) or, if ``after``, starting
    with the second (端出 in 端端出) — as (start, end, frequency); None if there is none."""
    best = None
    spans = [(s, at + 1) for s in range(max(0, at - 3), at)]
    if after:
        spans += [(at + 1, e) for e in range(at + 3, min(len(folded), at + 5) + 1)]
    for start, end in spans:
        freq = word_frequency(folded[start:end])
        if freq and (best is None or freq > best[2]):
            best = (start, end, freq)
    return best


def _across_reading(
    seg: Segmented, at: int, across: tuple[int, int, int]
) -> tuple[str, str] | None:
    """The pair read as a lone X beside the word ``across`` (rule 4, with its exceptions)."""
    start, end, _ = across
    if _lone_excused(seg.folded[at], seg.folded[start:end], before=start > at):
        return None
    first, last = min(start, at), max(end, at + 2)
    return (seg.text[first:last], seg.text[first:at] + seg.text[at + 1 : last])


def _verb_and_object(x: str, right: str) -> bool:
    """X is a verb and the word after it is X + a noun (浇 + 浇水, 吃 + 吃饭, 洗 + 洗手): the verb
    said twice for a short try (浇浇水, 散散步), not 进 + 进行 or 建 + 建设."""
    return len(right) == 2 and _tag(x) == "v" and _tag(right[1]) == "n"


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
    """Surname + X X as a person's name (朱茗茗, 李娜娜): surname + X is no dictionary word, or
    one jieba's dictionary tags a name (李娜). 文化化 is not a name: 文化 is a word (n). Told from
    the dictionary file like :func:`_tag`, without loading ``jieba.posseg``."""
    if at == 0 or folded[at - 1] not in _SURNAMES:
        return False
    two = folded[at - 1 : at + 1]
    return not word_frequency(two) or _tag(two).startswith("nr")


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
    """jieba's part-of-speech tag of a dictionary word ("" if none). Looked up in the
    dictionary file itself (a few milliseconds, once per word): loading ``jieba.posseg``'s table
    of every word takes seconds and tens of megabytes, and an import would pay it for the one
    story with a doubled character."""
    jieba = get_jieba()
    posseg = sys.modules.get("jieba.posseg")
    if posseg is not None and posseg.dt.word_tag_tab:  # already loaded (by the parser): use it
        posseg.dt.makesure_userdict_loaded()
        return posseg.dt.word_tag_tab.get(word, "")
    if word in jieba.dt.user_word_tag_tab:  # the desk's dictionary (search/dictionary.py)
        return jieba.dt.user_word_tag_tab[word]
    line_start = b"\n" + word.encode("utf-8") + b" "
    data = _dictionary_bytes()
    at = data.find(line_start)
    if at < 0:
        return ""
    line = data[at + 1 : data.find(b"\n", at + 1)].decode("utf-8").split(" ")
    return line[2].strip() if len(line) == 3 else ""


@functools.cache
def _dictionary_bytes() -> bytes:
    """jieba's dictionary file (``word freq tag`` a line), with a newline before the first."""
    with get_jieba().dt.get_dict_file() as f:
        return b"\n" + f.read().replace(b"\r\n", b"\n")


def _noun(word: str) -> bool:
    return _tag(word).startswith("n")
