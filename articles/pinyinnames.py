"""Chinese names written in Hanyu Pinyin (``Zhang Wei``, ``ZHANG Wei``, ``Ouyang Xiu``), told
apart from Western names, for a citation's author (:mod:`articles.citations`).

GB/T 28039—2011 (《中国人名汉语拼音字母拼写规则》) writes a Chinese name surname first, as it is
said, and English-language and overseas editions print bylines so (China Daily's ``Zhang Wei``,
not ``Wei Zhang``); GB/T 7714—2015 (8.1.2) then cites it ``ZHANG W`` (``LI J N`` for
``Li Jiangning``: the surname in capitals, an initial for each syllable of the given name). A
Western name is given name first (``Zoë Müller``), so the two must be told apart. A name is read
as a Chinese one in pinyin (:func:`pinyin_name`) when

* its first word is a common Chinese surname in pinyin (:data:`SURNAMES`, the 100-odd most
  common single surnames and the compound ones still met: 欧阳 ``Ouyang``, 司马 ``Sima``), and
* every other word is pinyin, one to three syllables in all (:func:`syllables`: ``Xiaoming`` is
  ``xiao`` ``ming``; written as pinyin is, a syllable after another never starts with a, o or e
  without an apostrophe, ``Xi'an``), or an initial (``Zhang W``).

So ``Lin Wood``, ``Jean-Paul Li`` or ``Anna Li`` stay Western (``Wood``, ``Jean`` and
``Anna`` are no surname, or no pinyin); what cannot be told (a Chinese name written given
name first, ``Wei Zhang``) is read as written, surname last. Tone marks and ``ü`` (``Lǚ``,
``Lü``) are read without their marks. Pure; no Django.
"""

from __future__ import annotations

import unicodedata
from functools import cache


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, parted by spaces (a table written as one string)."""
    return frozenset(text.split())


# Every syllable of Hanyu Pinyin, without tones (ü written u: lü → lu, nüe → nue).
_SYLLABLES = _words(
    """
    a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can
    cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai
    chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den
    deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang
    fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang
    gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
    ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken
    keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian
    liang liao lie lin ling liu lo long lou lu luan lue lun luo ma mai man mang mao me mei men
    meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian
    niang niao nie nin ning niu nong nou nu nuan nue nuo o ou pa pai pan pang pao pei pen peng
    pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan
    que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se
    sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang
    shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie
    ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao
    xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan
    yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi
    zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
    lyu lv lyue lve nyu nv nyue nve
    """
)  # (the last row: lü and nü as passports and keyboards spell them, Lyu, Lv: GB/T 28039—2011)
_LONGEST = max(map(len, _SYLLABLES))

#: Common Chinese surnames in pinyin (the most common single surnames of the 2020 census's
#: lists, each spelling once: 王/汪 ``wang``), and the compound surnames still in use. Left
#: out: spellings that are common Western given names and rare surnames (``dan``, ``bo``,
#: ``di``, ``ming``), so ``Dan Wang`` stays given name first.
SURNAMES = _words(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye
    cheng wei su lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou
    meng xiong qin qiu hou yin xue yan duan lei long tao gu mao hao gong shao wan qian dai mo
    kong xiang chang kang yi qiao lai wen niu hong zhan ke ji bao ni zhuang qi geng guan lan bi
    gan ning rao zuo ou mu nie mi sheng xing lou lian xin che ai bian chai chu cong diao dou
    gui hua kou kuang lang leng mei miao pang pei pu quan rong ruan shang shu si teng tong tu
    yue zha zhai zhen zong zu jiao ling man cen sui rui xi qu zhuo huo ju shan
    ouyang sima zhuge shangguan situ dongfang huangfu xiahou murong zhangsun yuchi gongsun
    linghu duanmu lyu lv
    """
)
# The most syllables a given name has (two characters, rarely three).
_MOST_GIVEN = 3


def _plain(word: str) -> str:
    """``word`` in lower case without tone marks or the dots of ü (``Lǚ`` → ``lu``)."""
    folded = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


@cache
def _split(word: str) -> tuple[str, ...] | None:
    """The fewest pinyin syllables ``word`` (plain, lower case) is made of, a syllable after the
    first never starting with a vowel (a, o, e: pinyin writes ``xi'an`` with its apostrophe),
    or None."""
    if not word:
        return ()
    best = None
    for end in range(min(len(word), _LONGEST), 0, -1):
        head, rest = word[:end], word[end:]
        if head not in _SYLLABLES or rest[:1] in ("a", "o", "e"):
            continue
        tail = _split(rest)
        if tail is not None and (best is None or 1 + len(tail) < len(best)):
            best = (head, *tail)
    return best


def syllables(word: str) -> tuple[str, ...] | None:
    """The pinyin syllables of ``word`` (``Xiaoming`` → ``("xiao", "ming")``; ``Xi'an``,
    ``Xiao-ming``: parted where written), or None when it is not pinyin (``Müller``,
    ``Anna``: ``an`` ``na`` is pinyin, so that is a tuple; ``Wood``: None)."""
    found: list[str] = []
    for piece in _plain(word).replace("’", "'").replace("-", "'").split("'"):
        split = _split(piece) if piece.isascii() and piece.isalpha() else None
        if not split:
            return None
        found += split
    return tuple(found)


def _initial(word: str) -> bool:
    """Whether ``word`` is an initial (``W``, ``W.``)."""
    return len(word.rstrip(".")) == 1 and word[0].isalpha()


def chinese_initials(surname: str, given: list[str]) -> list[str] | None:
    """The initials GB/T 7714—2015 cites a Chinese name's given name by, one a syllable
    (``"Zhang", ["Xiaoming"]`` → ``["X", "M"]``), when ``surname`` is one of :data:`SURNAMES`
    and the words of ``given`` are pinyin (or initials, ``W.``), one to three syllables in
    all; else None (``"Müller", ["Zoë"]``; ``"Lin", ["Wood"]``)."""
    if not given or _plain(surname) not in SURNAMES:
        return None
    initials: list[str] = []
    for word in given:
        if _initial(word):
            initials.append(word[0].upper())
            continue
        found = syllables(word)
        if found is None:
            return None
        initials += [s[0].upper() for s in found]
    return initials if len(initials) <= _MOST_GIVEN else None


def pinyin_name(words: list[str]) -> tuple[str, list[str]] | None:
    """``(surname, initials of the given name)`` when ``words`` (a name parted at its spaces)
    is a Chinese name in pinyin, surname first (module docstring): ``["Wang", "Xiaoming"]`` →
    ``("Wang", ["X", "M"])``; else None (``["Zoë", "Müller"]``, ``["Lin", "Wood"]``)."""
    initials = chinese_initials(words[0], words[1:]) if len(words) > 1 else None
    return None if initials is None else (words[0], initials)
