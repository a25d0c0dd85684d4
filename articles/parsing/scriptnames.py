"""The scripts of characters as a refusal names them in Chinese: a page read in the wrong
encoding shows rare Han, Hangul, Yi or Western letters, and the message says which
(:func:`scripts_said`), not always "Western letters". Standard library only."""

from __future__ import annotations

import unicodedata
from collections import Counter

# The scripts a wrong reading shows, as the refusal names them (by code point ranges; the rest by
# the character's Unicode name or category: :func:`script_of`).
_SCRIPT_RANGES = (
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xF900, 0xFAFF, "han"),
    (0x20000, 0x3134F, "han"),
    (0xA000, 0xA4CF, "yi"),
    (0x1100, 0x11FF, "hangul"),
    (0x3130, 0x318F, "hangul"),
    (0xAC00, 0xD7AF, "hangul"),
    (0x3040, 0x30FF, "kana"),
    (0xE000, 0xF8FF, "private"),
)
_SCRIPT_NAMES = {
    "latin": "西文字母",
    "han": "罕用汉字",
    "yi": "彝文",
    "hangul": "韩文",
    "kana": "日文假名",
    "greek": "希腊字母",
    "cyrillic": "俄文字母",
    "private": "没有字形的私用区字符",
    "sign": "符号",
    "other": "其他文字",
}


def script_of(ch: str) -> str:
    """The script of ``ch`` as :data:`_SCRIPT_NAMES` keys it."""
    code = ord(ch)
    for low, high, script in _SCRIPT_RANGES:
        if low <= code <= high:
            return script
    category = unicodedata.category(ch)
    if 0xA0 <= code <= 0x24F:  # Latin-1 and Latin Extended: ª and º are letters there too
        return "latin" if category[0] == "L" else "sign"
    if category[0] in "PSNZC":
        return "sign"
    first = unicodedata.name(ch, "").split(" ", 1)[0].lower()
    return first if first in _SCRIPT_NAMES else "other"


def scripts_said(sample: list[str]) -> str:
    """The scripts of ``sample`` in Chinese, the most frequent first: ``西文字母和符号``,
    ``罕用汉字、韩文和彝文等不成文的字符`` (three or more, or any but Western letters and signs:
    not words of any language)."""
    counts = Counter(script_of(ch) for ch in sample)
    names = [_SCRIPT_NAMES[script] for script, _ in counts.most_common()]
    if not names:
        return "别的字符"
    said = names[0] if len(names) == 1 else "、".join(names[:-1]) + "和" + names[-1]
    if set(counts) <= {"latin", "sign"}:
        return said
    return f"{said}等不成文的字符" if len(names) < 4 else "、".join(names[:3]) + "等不成文的字符"
