"""Personal ads: a box of 征婚 and 交友 entries under its label, with the line saying how to
answer them (INPUT.md, "Page furniture that is not a story": like adverts, the paper prints them
for its readers, and none is a story).

Papers of the 1980s and 1990s, and evening papers since, run such a box (``鹊　桥``,
``征婚启事``, ``红娘信箱``, ``交友``): under the label, entries each opening with who is
looking (``男，1968年生…``, ``女，31岁…``, maybe after a bullet ``●``, a number ``1.`` or a
code ``编号0312``) and saying whom they look for (``觅…女友``, ``寻…为伴``, ``征…伴侣``); then a
reply line (``来信请寄…``, ``应征者请…``, ``联系电话…``). An entry reads as a sentence, as a
brief's line does, so the box is told by its entries' form: at least :data:`_ENTRIES` of them
under a short label, or one under a label naming the box's kind (:data:`_LABEL_RE`). Told by
:func:`personals_end`; set aside as ``personals`` by :meth:`~articles.parsing.readboxes.
BoxesMixin._personals`.
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.markers import find_markers
from articles.parsing.patterns import SPACE_RUN_RE
from articles.text import fold, folding_to_any

_LABEL = 10  # characters: a box's label, spaces left out, is at most this long
_ENTRY = 200  # characters: an entry is at most this long
_ENTRIES = 2  # entries under a label of another wording
_LOOK = 20  # lines looked at under the label: a box is short
# A label naming the box's kind: 鹊桥, 征婚启事, 红娘信箱, 交友, 婚介之窗, 牵手.
_LABEL_RE = re.compile(
    r"^[【〔\[]?(?:鹊桥|征婚|征友|交友|红娘|月老|婚介|婚恋|牵手|觅知音|寻缘)[\w]{0,6}[】〕\]]?$"
)
# How an entry opens: who is looking, after a bullet, a number or a code.
_ENTRY_OPEN_RE = re.compile(
    r"^(?:[●○◆◇■□▲△★☆·•]\s*|\d{1,3}\s*[.、．]\s*|[①-⑳]\s*|[（(]\d{1,3}[）)]\s*"
    r"|编号\s*[:：]?\s*[\w-]{1,12}\s*[，,、:：]?\s*)?"
    r"(?:[\w]{1,4}\s*[，,、]\s*)?(?:男|女)(?:士|性)?\s*[，,、：:]"
)
# What an entry says about the one looking: an age, a year of birth, a height.
_ENTRY_FACT_RE = re.compile(r"\d{1,2}\s*岁|\d{4}\s*年(?:出)?生|身高|属[鼠牛虎兔龙蛇马羊猴鸡狗猪]")
# Whom it looks for: 觅…女友, 寻…为伴, 征…伴侣.
_SEEKS_RE = re.compile(
    r"(?:觅|寻|征|求|欲觅|愿觅|诚觅|诚征).{0,40}?(?:友|伴|侣|偶|士|女性|男性|另一半|知音|知己|郎|妻)"
)
# How to answer: write to, call, quote the code.
_REPLY_RE = re.compile(
    r"来信|来函|应征|有意者|请寄|寄至|寄往|信封|联系电话|联系人|电话\s*[:：]|热线|咨询|编号|邮编|信箱"
)


# What an entry's line holds, as printed: a character folding to 男 or 女 (:data:`_ENTRY_OPEN_RE`
# needs one, folded; ⼥, 女 fold to 女).
_ENTRY_CHARACTERS_RE = re.compile("[" + "".join(sorted(folding_to_any("男女"))) + "]")


def entries_on_page(lines: list[str]) -> bool:
    """Whether a line of ``lines`` (a page's) may be a personal ad's entry (:func:`personal_entry`):
    one holding a character folding to 男 or 女 (:data:`_ENTRY_CHARACTERS_RE`). When none does,
    :func:`personals_end` is None under every label of the page (a box needs one entry at least),
    so a reader need not ask it line by line. One search over the page."""
    return _ENTRY_CHARACTERS_RE.search("\n".join(lines)) is not None


def personals_label(text: str) -> bool:
    """``text`` (a printed line, stripped) is short enough to be a box's label:
    :data:`_LABEL` characters at most, spaces left out, no sentence in it."""
    bare = SPACE_RUN_RE.sub("", text)
    return 0 < len(bare) <= _LABEL and not any(ch in bare for ch in "。，,；;：:")


def personal_entry(text: str) -> bool:
    """``text`` (a printed line, stripped) is one personal ad: who is looking
    (:data:`_ENTRY_OPEN_RE`) with an age, a year of birth or a height (:data:`_ENTRY_FACT_RE`),
    and whom they look for (:data:`_SEEKS_RE`)."""
    folded = fold(text)
    return (
        len(text) <= _ENTRY
        and _ENTRY_OPEN_RE.match(folded) is not None
        and _ENTRY_FACT_RE.search(folded) is not None
        and _SEEKS_RE.search(folded) is not None
    )


def _reply_line(text: str) -> bool:
    folded = fold(text)
    return len(text) <= _ENTRY and _REPLY_RE.search(folded) is not None and not dateline_match(text)


def personals_end(lines: list[str], number: int) -> int | None:
    """The number (1-based, as ``number``) of the last line of the personal-ads box whose label
    is line ``number`` of ``lines``: its entries (:func:`personal_entry`) and reply lines
    (:data:`_REPLY_RE`) under it, blank lines between them allowed, down to the first other
    line. None when there is no such box: fewer than :data:`_ENTRIES` entries under a label
    that does not name the kind (:data:`_LABEL_RE`), none under one that does, or a reply line
    before any entry, or a jump marker in it (a story's)."""
    label = SPACE_RUN_RE.sub("", fold(lines[number - 1].strip()))
    entries = 0
    end = None
    index = number  # (0-based: the line under the label)
    while index < len(lines) and index < number + _LOOK:
        text = lines[index].strip()
        index += 1
        if not text:
            continue
        if personal_entry(text):
            entries += 1
        elif not (entries and _reply_line(text)):
            break
        if find_markers(text):
            return None
        end = index
    needed = 1 if _LABEL_RE.match(label) else _ENTRIES
    return end if entries >= needed else None
