"""Chinese names written in Hanyu Pinyin (``Zhang Wei``, ``ZHANG Wei``, ``Ouyang Xiu``), told
apart from Western names, for a citation's author (:mod:`articles.citations`).

GB/T 28039—2011 (《中国人名汉语拼音字母拼写规则》) writes a Chinese name surname first, as it is
said, and English-language and overseas editions print bylines so (China Daily's ``Zhang Wei``,
not ``Wei Zhang``); GB/T 7714—2015 (8.1.2) then cites it ``ZHANG W`` (``LI J N`` for
``Li Jiangning``: the surname in capitals, an initial for each syllable of the given name). A
Western name is given name first (``Zoë Müller``), so the two must be told apart. A name is read
as a Chinese one in pinyin (:func:`pinyin_name`) when

* its first word is a Chinese surname in pinyin (:data:`SURNAMES`, every surname of 《百家姓》,
  single ones and compound ones, 欧阳 ``Ouyang``, 司马 ``Sima``), and
* every other word is pinyin, one to three syllables in all (:func:`syllables`: ``Xiaoming`` is
  ``xiao`` ``ming``; written as pinyin is, a syllable after another never starts with a, o or e
  without an apostrophe, ``Xi'an``), or an initial (``Zhang W``).

So ``Lin Wood``, ``Jean-Paul Li`` or ``Anna Li`` stay Western (``Wood``, ``Jean`` and
``Anna`` are no surname, or no pinyin); what cannot be told (a Chinese name written given
name first, ``Wei Zhang``) is read as written, surname last. Tone marks and ``ü`` (``Lǚ``,
``Lü``) are read without their marks.

A Korean name is surname first too (``Kim Jong-un``, ``Ban Ki-moon``): read so when its first
word is a common Korean surname (:data:`KOREAN_SURNAMES`) and its given name one word of two
Korean syllables joined by a hyphen, as Korean papers in English write it, and cited with the
hyphen kept, ``KIM J-U`` (:func:`korean_initials`). A name that is pinyin too is read as Chinese
(``Han Ji-min``: ``HAN J M``). Pure; no Django.
"""

from __future__ import annotations

import re
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

#: Rare surnames spelt as common Western given names (贲 ``ben``, 薄 ``bo``, 明 ``ming``, 但
#: ``dan``), left out of :data:`SURNAMES` so ``Ben Wang`` and ``Dan Wang`` stay given name first.
GIVEN_NAMES_FIRST = _words("ben bo ming dan")
#: Chinese surnames in pinyin: every single and compound surname of 《百家姓》 (the Hundred
#: Family Surnames), read with pypinyin and then by each character's reading as a surname (乐
#: ``yue``, 单 ``shan``, 解 ``xie``, 仇 ``qiu``, 曾 ``zeng``, 万俟 ``moqi``, 尉迟 ``yuchi``), each
#: spelling once (王/汪 ``wang``), and the common ones it lacks (隋 ``sui``; 吕 as passports spell
#: it, ``lyu``, ``lv``), less :data:`GIVEN_NAMES_FIRST`.
SURNAMES = (
    _words(
        """
    zhao qian sun li zhou wu zheng wang feng chen chu wei jiang shen han yang zhu qin you xu he
    lu shi zhang kong cao yan hua jin tao qi xie zou yu bai shui dou yun su pan ge xi fan peng
    lang chang ma miao fang ren yuan liu bao tang fei lian cen xue lei ni teng yin luo bi hao an
    yue fu pi bian kang bu gu meng ping huang mu xiao yao shao zhan mao di mi bei zang ji cheng
    dai tan song pang xiong shu qu xiang dong liang du ruan lan min qiang jia lou tong guo mei
    sheng lin diao zhong qiu gao xia cai tian hu ling huo mo zhi ke zan guan jing gan ying zong
    ding xuan deng shan hang hong zuo cui niu gong xing pei rong weng xun hui zhen rui yi bing
    duan jiao ba che hou quan ban ning luan tou zu long ye si huai pu tai cong e suo xian lai
    zhuo tu chi qiao nai cang shuang wen dang zhai lao ran zai yong sang gui shou shang nong bie
    zhuang chai chong ru huan ai liao ju heng geng man kuang kou guang que ou wo kui she nie
    chao gou ao leng zi xin kan na jian rao zeng sha kuai zha shuai mou ha da nian wan sui
    moqi sima shangguan ouyang xiahou zhuge wenren dongfang helian huangfu yuchi gongyang tantai
    gongye zongzheng puyang chunyu chanyu taishu shentu gongsun zhongsun xuanyuan linghu zhongli
    yuwen zhangsun murong xianyu luqiu situ sikong qiguan sikou zhangdu ziche zhuansun duanmu
    wuma gongxi qidiao yuezheng rangsi gongliang tuoba jiagu zaifu guliang jinchu yanfa ruyan
    tuqin duangan baili dongguo nanmen huyan guihai yangshe weisheng liangqiu zuoqiu dongmen
    ximen nangong diwu lyu lv ben bo ming
    """
    )
    - GIVEN_NAMES_FIRST
)

#: Common Korean surnames as English-language papers romanise them (Yonhap, The Korea Herald:
#: 김 ``Kim``, 이 ``Lee``/``Rhee``, 박 ``Park``, 최 ``Choi``); a Korean name is written surname
#: first, as a Chinese one is, its given name two syllables joined by a hyphen (``Kim Jong-un``).
KOREAN_SURNAMES = _words(
    """
    kim lee rhee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im
    han oh shin seo suh kwon hwang ahn an song ryu yoo yu hong jeon chun cheon moon mun yang son
    bae baek paik heo huh nam noh roh ha kwak sung cha joo woo koo ku min na jin ji eom chae won
    bang kong hyun ham byun byeon yeom pyo yeo chu do seok seol ma gil wi myung ki ban ra ok yook
    maeng je mo tak kook
    """
)
# One syllable of Korean in the revised or the customary romanisation (``jong``, ``un``, ``moon``,
# ``hye``): an initial consonant or none, a vowel, a final consonant or none. ``Jean``, ``Paul``,
# ``Marie`` are none, so ``Lee Jean-Paul`` stays a Western name.
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|[gkndrlmbpsjthyw])?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)"
    r"(?:ng|[kntlmpbgdrs])?"
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


def korean_initials(surname: str, given: list[str]) -> list[str] | None:
    """The initials of a Korean given name written after its surname, its hyphen kept as the
    name is written (``"Kim", ["Jong-un"]`` → ``["J-U"]``, so ``KIM J-U``), when ``surname`` is
    one of :data:`KOREAN_SURNAMES` and ``given`` one word of two Korean syllables joined by a
    hyphen; else None (``"Lee", ["Jean-Paul"]``)."""
    if len(given) != 1 or _plain(surname) not in KOREAN_SURNAMES:
        return None
    parts = _plain(given[0]).split("-")
    if len(parts) != 2 or not all(_KOREAN_SYLLABLE.fullmatch(part) for part in parts):
        return None
    return ["-".join(part[0].upper() for part in parts)]


def surname_first_initials(surname: str, given: list[str]) -> list[str] | None:
    """The initials of an East Asian given name written after its surname: a Chinese one in
    pinyin (:func:`chinese_initials`, tried first: ``Han Ji-min`` is pinyin, ``HAN J M``), else a
    Korean one (:func:`korean_initials`); None when it is neither."""
    found = chinese_initials(surname, given)
    return found if found is not None else korean_initials(surname, given)


def pinyin_name(words: list[str]) -> tuple[str, list[str]] | None:
    """``(surname, initials of the given name)`` when ``words`` (a name parted at its spaces)
    is a Chinese name in pinyin or a Korean one, surname first (module docstring, and
    :func:`surname_first_initials`): ``["Wang", "Xiaoming"]`` → ``("Wang", ["X", "M"])``,
    ``["Kim", "Jong-un"]`` → ``("Kim", ["J-U"])``; else None (``["Zoë", "Müller"]``,
    ``["Lin", "Wood"]``)."""
    initials = surname_first_initials(words[0], words[1:]) if len(words) > 1 else None
    return None if initials is None else (words[0], initials)


def is_surname(word: str) -> bool:
    """Whether ``word`` alone is a Chinese surname in pinyin (``Hu``, ``Ouyang``: one of
    :data:`SURNAMES`)."""
    return _plain(word) in SURNAMES
