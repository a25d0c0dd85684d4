"""The order a Chinese reader expects a list of names in: by Hanyu Pinyin (何 he, 林 lin,
卢 lu, 周 zhou, 朱 zhu), as a dictionary or a phone book orders them, not by code point (何 卢
周 朱 林).

A name's key (:func:`name_order`): its syllables without tones (pypinyin, the maintained
pinyin library; a surname read otherwise than the character's commonest reading, 单 shan,
曾 zeng, 仇 qiu, from :data:`SURNAME_READINGS`), a name in letters (``Zoë Müller``) by its
letters without accents, in the same alphabet (``Anna Li`` among the a's); then the tones,
then the name itself (two characters read alike keep one order), then the 区分说明 of
namesakes (``王明（体育部）``, ``王明（时政部）``), by the same key. Pure; no Django.
"""

from __future__ import annotations

import unicodedata

from pypinyin import Style, lazy_pinyin

#: Surnames whose reading as a surname is not the character's commonest one (《百家姓》's and the
#: Ministry of Public Security's lists, the common cases): the first syllable of a name.
SURNAME_READINGS = {
    "单": "shan4",
    "曾": "zeng1",
    "仇": "qiu2",
    "解": "xie4",
    "查": "zha1",
    "区": "ou1",
    "朴": "piao2",
    "盖": "ge3",
    "乐": "yue4",
    "缪": "miao4",
    "翟": "zhai2",
    "覃": "qin2",
    "种": "chong2",
    "万": "wan4",
    "尉": "yu4",
    "秘": "bi4",
    "召": "shao4",
    "繁": "po2",
    "员": "yun4",
    "黑": "he4",
}


def _letters(text: str) -> str:
    """``text`` in lower case without accents (``Zoë`` → ``zoe``), blanks kept."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _syllables(name: str) -> list[str]:
    """``name``'s pinyin syllables with their tone number (``he2``, ``xiao3``) and its runs of
    other characters as they are (``Zoë``); the first Han character read as a surname."""
    syllables = lazy_pinyin(name, style=Style.TONE3, neutral_tone_with_five=True)
    if name and name[0] in SURNAME_READINGS and syllables:
        syllables[0] = SURNAME_READINGS[name[0]]
    return syllables


def _reading(text: str) -> tuple[str, tuple[str, ...]]:
    """``(its sound: the syllables without tones, then letters, joined by blanks; the tones)``."""
    sounds, tones = [], []
    for piece in _syllables(text):
        if piece[-1:].isdigit() and piece[:-1].isascii() and piece[:-1].isalpha():
            sounds.append(piece[:-1])
            tones.append(piece[-1])
        else:
            sounds.extend(_letters(piece).split())
    return " ".join(sounds), tuple(tones)


def name_order(name: str, note: str = "") -> tuple:
    """The key a list of people is sorted by (the module docstring): ``name`` by pinyin, then
    its tones and itself; ``note`` (the 区分说明 of namesakes) likewise after it. Stable for
    equal names and notes (a list paginated by it keeps its pages)."""
    sound, tones = _reading(name)
    note_sound, note_tones = _reading(note)
    return (sound, tones, name, note_sound, note_tones, note)
