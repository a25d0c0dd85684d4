"""Pinyin printed under Chinese (INPUT.md, "Page furniture"): a literacy paper, a children's page
or a language column sets the Latin transcription of a line, with its tone marks, on a line of its
own right under it (``Hóngqí Gōngshè…`` under a headline, ``Qīngxī Rìbào`` under a masthead). It
is a reading aid saying nothing the Chinese line does not: never a headline's deck, a story or
its text. A line is such a transcription when every word on it splits into syllables of Mandarin
(:data:`_SYLLABLES`, toneless), at least one letter bears a tone mark (``ā á ǎ à``…: what no
English, French or Vietnamese line is made of alone), and the line above it prints Han characters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from articles.parsing.results import SetAside
from articles.text import HAN

# Mandarin's syllables without tones (ü written v), as Hanyu Pinyin spells them.
_SYLLABLE_TEXT = (
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai "
    "can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua "
    "chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de "
    "dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er "
    "fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua "
    "guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai "
    "huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka "
    "kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan "
    "lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo "
    "lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na "
    "nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan "
    "nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi "
    "qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri "
    "rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang "
    "shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou "
    "su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan "
    "tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong "
    "xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai "
    "zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou "
    "zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo "
)
_SYLLABLES = frozenset(_SYLLABLE_TEXT.split())
_LONGEST = max(map(len, _SYLLABLES))
# The vowels with one of pinyin's four tone marks (ü's too); the line must hold one.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONED_RE = re.compile(f"[{_TONED}]", re.IGNORECASE)
_HAN_RE = re.compile(f"[{HAN}]")
# Between words: spaces (the ideographic one too), a syllable hyphen or apostrophe (Dì-èr,
# Xī'ān), and a sentence's punctuation.
_BETWEEN_RE = re.compile(r"[\s\u3000\-‐'’,.!?;:，。！？；：、·]+")


def pinyin_line(text: str) -> bool:
    """True when ``text`` (a stripped printed line) is a line of Hanyu Pinyin with tone marks
    (see the module docstring): ``Hóngqí Gōngshè jīběn sǎochú wénmáng``, ``Dì-èrshíqī kè``. False
    for a line with a Han character or a digit, with no tone mark (``Beijing Review``), or with a
    word that is no run of syllables (``Café Müller``). Linear in the line."""
    if not _TONED_RE.search(text) or _HAN_RE.search(text):
        return False
    words = [word for word in _BETWEEN_RE.split(text) if word]
    return bool(words) and all(_syllables(_toneless(word)) for word in words)


def pinyin_under_han(lines: list[str], number: int, text: str) -> bool:
    """True when line ``number`` (1-based; ``text`` its stripped text) is a pinyin line
    (:func:`pinyin_line`) printed right under a line holding Han characters (no blank line
    between): the transcription of that line."""
    if number < 2 or not _TONED_RE.search(text):
        return False
    return _HAN_RE.search(lines[number - 2]) is not None and pinyin_line(text)


def pinyin_above(set_aside: list, number: int) -> int:
    """How many lines right above line ``number`` (1-based) were set aside as pinyin
    (``set_aside``: the reader's :class:`~articles.parsing.results.SetAside` list): the line
    over them and line ``number`` stand together (a paper's name, its pinyin, its masthead)."""
    pinyin = {entry.line for entry in set_aside if entry.reason == "pinyin"}
    count = 0
    while number - count - 1 in pinyin:
        count += 1
    return count


def _toneless(word: str) -> str:
    """``word`` lower-cased with its tone marks taken off, ü written v (``Lǚ`` → ``lv``)."""
    letters = unicodedata.normalize("NFD", word.lower())
    letters = letters.replace("u\u0308", "v")
    return "".join(letter for letter in letters if not unicodedata.combining(letter))


@lru_cache(maxsize=1024)
def _syllables(word: str) -> bool:
    """True when ``word`` (toneless, lower case) splits into Mandarin syllables (an erhua ``r``
    after one allowed: ``yìdiǎnr``)."""
    if not word.isascii() or not word.isalpha():
        return False
    reach = [False] * (len(word) + 1)  # reach[i]: word[:i] splits into syllables
    reach[0] = True
    for start in range(len(word)):
        if not reach[start]:
            continue
        for end in range(start + 1, min(len(word), start + _LONGEST) + 1):
            if word[start:end] in _SYLLABLES:
                reach[end] = True
    return reach[-1] or (len(word) > 1 and word.endswith("r") and _syllables(word[:-1]))


class PinyinLinesMixin:
    """The reader's step for a pinyin line (part of :class:`~articles.parsing.tables.
    TablesMixin`; uses the reader's ``lines`` and ``set_aside``)."""

    def _pinyin_line(self, number: int, text: str) -> bool:
        """Line ``number`` (``text``, stripped) set aside as ``pinyin`` when it transcribes the
        line above it (:func:`pinyin_under_han`). True when it was."""
        if not pinyin_under_han(self.lines, number, text):
            return False
        self.set_aside.append(SetAside(number, text, "pinyin"))
        return True
