"""Pages garbled Han to Han (乱码): Chinese saved in UTF-8, opened as GBK/GB18030 (简体中文
Windows' default encoding: Notepad, an old e-paper tool, a spreadsheet) and saved again, so that
every two or three characters became two others, rare ones that make no words (``发布`` in UTF-8
read as GB18030: ``鍙戝竷``; ``南通市``: ``鍗楅�氬競``). :mod:`articles.parsing.mojibake` finds
the other kind (Chinese read as a Western encoding: ``æå¸``); this one is all Han and
punctuation, so only undoing it tells.

Such a file decodes cleanly and would be imported as stories of gibberish: :func:`refuse_han_garbled`
refuses it, saying what it reads as undone. The test (:func:`han_repaired`): each line of the
sample turned back into the bytes a GB18030 reading made of it (GB18030 gives ASCII its own byte,
so the line's ASCII stays; a ``�`` the reading left is a byte lost) and read as UTF-8. Real
Chinese does not survive that: GB18030's bytes hardly ever make valid UTF-8 (a lead byte
0xE0–0xEF followed by two bytes 0x80–0xBF), so a real line comes back as replacement characters,
while a garbled one comes back as Chinese with a character or two lost where a line ended on an
odd byte. A page is garbled when such lines hold a paragraph's worth of Han (:data:`MIN_HAN_COUNT`)
(:data:`MIN_SHARE`: a garbled paragraph among real ones is a page to export again), and what they
read as undone is real Chinese (:func:`~articles.parsing.chinesescore.chinese_score`).

UTF-8 read as Big5 (a traditional-script tool) loses most bytes on the way and leaves the
replacement characters :func:`~articles.parsing.decoding.decode_page` already refuses a page for;
a GBK page read as UTF-8 does the same. Pure; the standard library and jieba's dictionary.

Measured 2026-12-04 on every text file of tests/data and ../shared (819 pages, simplified,
traditional, English and bilingual): no line of any of them undoes to Chinese; the check costs
one encode and one decode in C per line of the first :data:`SAMPLE` characters.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from articles.parsing.chinesescore import MOJIBAKE_SCORE, chinese_score
from articles.parsing.results import ParseError
from articles.text import get_jieba

#: Characters of a page looked at (a garbled page is garbled throughout).
SAMPLE = 20000
#: Han characters a line must hold to be weighed (shorter ones tell nothing either way).
MIN_LINE_HAN = 4
#: Han characters the garbled lines must hold between them, undone (a title and a line, not a
#: stray word: no line of a real page undoes to Chinese at all).
MIN_HAN_COUNT = 6
#: Characters lost in a garbled line undone, as a share of the Han it reads as: a ``�`` the
#: reading left (a byte pair GBK has no character for: about one character in six) and a line
#: that ended on an odd byte each spoil one character. A real line undone is nearly all lost.
MAX_LOST = 0.4

#: How much better undone text must read as Chinese than the text as it stands
#: (:func:`~articles.parsing.chinesescore.chinese_score`, 0 to 2): garbled text scores 0.4–0.55
#: (its characters are common ones, their pairs make no words), undone 1.5.
BETTER_BY = 0.5

_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# What a GB18030 reading makes of UTF-8 bytes it has no character for: PUA code points, which
# GB18030 maps back to their bytes (iconv too).
_PUA_RE = re.compile("[\ue000-\uf8ff]")
_TWO_HAN_RE = re.compile(
    "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][^\n]*[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)


class HanRepair(NamedTuple):
    """What a page garbled Han to Han reads as undone (:func:`han_repaired`): ``line`` the first
    garbled line's number (1-based), ``seen`` it as it shows (12 characters) and ``meant`` undone
    (16), ``exact``
    whether every byte came back (the sample undoes without loss: ``iconv`` repairs the file)."""

    line: int
    seen: str
    meant: str
    exact: bool


def _undone(line: str) -> str:
    """``line`` turned back into the bytes a GB18030 reading made it from (a ``�`` it left: a
    byte lost) and read as UTF-8, each byte that makes no character a ``�``."""
    raw = line.replace("\ufffd", "").encode("gb18030", errors="replace")
    return raw.decode("utf-8", errors="replace")


def han_repaired(text: str) -> HanRepair | None:
    """A :class:`HanRepair` when ``text`` (its first :data:`SAMPLE` characters) is Chinese in
    UTF-8 read as GB18030 and saved again; else None. Its lines of :data:`MIN_LINE_HAN` Han
    characters or more are undone (:func:`_undone`); one is garbled when it reads as Han with at
    most :data:`MAX_LOST` of it lost. The page is garbled when its garbled lines hold
    :data:`MIN_HAN_COUNT` Han at least undone (a garbled paragraph, or a garbled headline, among
    real ones is a page to export again) and what they read as scores as Chinese
    (:data:`~articles.parsing.chinesescore.MOJIBAKE_SCORE`), by :data:`BETTER_BY` more than the
    lines as they stand. Linear in the sample.

    The sample is undone in one piece, its lines joined by ``\n``: GB18030 writes every other
    character as bytes 0x30 and over, so the newlines come back where they were and each line
    undoes as it would alone; only lines that come back holding two Han characters are weighed
    (on a real page a handful, by chance)."""
    lines = text[:SAMPLE].splitlines()
    undone = _undone("\n".join(lines))
    backs = undone.split("\n")
    if len(backs) == len(lines):
        weighed = _lines_with_two_han(undone)
    else:  # (cannot happen: see above; then one line at a time)
        backs = [_undone(line) for line in lines]
        weighed = [i for i, back in enumerate(backs) if _TWO_HAN_RE.search(back) is not None]
    undone_han = 0
    garbled: list[tuple[int, str, str]] = []
    kinds = _han_or_pua()
    for index in weighed:
        line, back = lines[index], backs[index]
        # (the counts of _HAN_RE's and _PUA_RE's characters, read off one translation)
        line_kinds = line.translate(kinds)
        if line_kinds.count("h") + line_kinds.count("p") < MIN_LINE_HAN:
            continue
        back_han = back.translate(kinds).count("h")
        back_lost = back.count("\ufffd")  # (a � the reading left is one here too)
        if back_lost <= max(1, MAX_LOST * back_han):
            undone_han += back_han
            garbled.append((index + 1, line, back))
    if undone_han < MIN_HAN_COUNT:
        return None
    seen_text = "".join(line for _, line, _ in garbled)
    meant_text = "".join(back for _, _, back in garbled)
    meant_score = chinese_score(meant_text)
    if meant_score < MOJIBAKE_SCORE or meant_score < chinese_score(seen_text) + BETTER_BY:
        return None
    number, first, back = garbled[0]
    return HanRepair(number, first.strip()[:12], back.strip()[:16], exact=_exact(text))


def _lines_with_two_han(undone: str) -> list[int]:
    """The indexes (0-based, in order) of the lines of ``undone`` (lines parted by ``\\n``) that
    hold two Han characters or more (:data:`_TWO_HAN_RE`): the same lines as searching each line
    alone (a match never crosses a ``\\n``), found in one pass in C, without a Python step a line
    (a page's sample is hundreds of lines, a handful of which come back holding Han)."""
    found: list[int] = []
    index, at = 0, 0  # the line counted up to offset ``at``
    for match in _TWO_HAN_RE.finditer(undone):
        index += undone.count("\n", at, match.start())
        at = match.start()
        found.append(index)
    return found


@functools.cache
def _han_or_pua() -> tuple[str | None, ...]:
    """A ``str.translate`` table over the Basic Multilingual Plane: ``"h"`` for a character of
    :data:`_HAN_RE`, ``"p"`` for one of :data:`_PUA_RE`, None (dropped) for every other one (a
    character beyond the plane is left as it is, neither letter): counting the letters counts
    what the patterns find, without a string a character. Made once (a few ms)."""
    return tuple(
        "h" if _HAN_RE.match(chr(code)) else "p" if _PUA_RE.match(chr(code)) else None
        for code in range(0x10000)
    )


def _exact(text: str) -> bool:
    """Whether the whole of ``text`` undoes without a byte lost (what ``iconv -f UTF-8 -t
    GB18030`` then restores): no ``�`` in it, and its GB18030 bytes are valid UTF-8."""
    if "\ufffd" in text:
        return False
    try:
        text.encode("gb18030").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return True


#: Han characters of the first :data:`NONSENSE_SAMPLE` a page must hold before it is judged by
#: how it reads (:func:`reads_as_nonsense`), and the characters looked at.
NONSENSE_HAN = 40
NONSENSE_SAMPLE = 600
_COMMON_WORD = 1000  # times jieba's dictionary counts a character as a word: a common one
_COMMON_SHARE = 0.35  # of a sample's Han: more common ones than this and it reads as Chinese


def reads_as_nonsense(text: str) -> bool:
    """Whether ``text``'s Han characters read as no Chinese at all: rare characters whose pairs
    make no words (:func:`~articles.parsing.chinesescore.chinese_score` under
    :data:`~articles.parsing.chinesescore.MOJIBAKE_SCORE` over its first
    :data:`NONSENSE_SAMPLE` characters, :data:`NONSENSE_HAN` Han at least). What a reading that
    lost most bytes leaves (UTF-8 read as Big5 with the bytes it had no character for dropped),
    which cannot be undone. Measured 2026-12-04 on 600 characters: every real page we have scores
    0.71 or more (OCR, traditional, Japanese 1.40), the seed read as Big5 so 0.23. A real page is
    told first by its common characters (about 0.06 ms a page; the score only below them)."""
    sample = text[:NONSENSE_SAMPLE]
    # Each Han character of the sample (:data:`_HAN_RE`) as "c" when common, "h" when not, all
    # else dropped (a character beyond the plane is left as it is: neither letter, and no Han of
    # _HAN_RE), in one pass in C (:func:`_han_kinds`): the counts, without a string a character.
    kinds = sample.translate(_han_kinds(get_jieba().dt.FREQ))
    common = kinds.count("c")
    han = common + kinds.count("h")
    if han < NONSENSE_HAN:
        return False
    # The cheap test first (every page comes here): on a real page most Han characters are common
    # words on their own (0.54 at least of ours), on one read as Big5 few are (0.15).
    if common >= _COMMON_SHARE * han:
        return False
    return chinese_score(sample) < MOJIBAKE_SCORE


_common: tuple[int, frozenset[str]] | None = None  # (id of the dictionary's table, its set)
_kinds: tuple[int, tuple[str | None, ...]] | None = None  # (id of the table, _han_kinds' table)


def _common_characters(freq: dict[str, int]) -> frozenset[str]:
    """The single characters jieba's dictionary ``freq`` counts :data:`_COMMON_WORD` times or
    more as words (about 3,000), made once per table (≈ 30 ms; words added later by an import are
    names, not single characters)."""
    global _common
    if _common is None or _common[0] != id(freq):
        _common = (
            id(freq),
            frozenset(w for w, n in freq.items() if len(w) == 1 and n >= _COMMON_WORD),
        )
    return _common[1]


def _han_kinds(freq: dict[str, int]) -> tuple[str | None, ...]:
    """A ``str.translate`` table over the Basic Multilingual Plane for :func:`reads_as_nonsense`:
    ``"c"`` for a Han character of :data:`_HAN_RE` that is common (:func:`_common_characters` of
    jieba's dictionary ``freq``), ``"h"`` for any other such Han, None (dropped) for every other
    character. Made once per table, as the common characters are (a few ms)."""
    global _kinds
    if _kinds is None or _kinds[0] != id(freq):
        common = _common_characters(freq)
        _kinds = (
            id(freq),
            tuple(
                ("c" if chr(code) in common else "h") if _HAN_RE.match(chr(code)) else None
                for code in range(0x10000)
            ),
        )
    return _kinds[1]


def refuse_han_garbled(text: str) -> None:
    """Raise :class:`ParseError` when ``text`` is Chinese garbled Han to Han (:func:`han_repaired`),
    quoting the garbling and what it reads as undone, and saying how to fix it: export the page
    again, or (when undoing is exact) the ``iconv`` command that repairs the file."""
    found = han_repaired(text)
    if found is None:
        if reads_as_nonsense(text):
            raise ParseError(
                "版面文本读不通：满是生僻字、连不成词，像是乱码——用错编码（如繁体 Big5）打开过又存了一次，"
                "有些字节已经丢了，无法还原。请从原稿重新导出这一版的文字（存为 UTF-8 的 .txt）再导入"
            )
        return
    if found.exact:
        repair = (
            "；也可以在命令行还原这个文件再导入：iconv -f UTF-8 -t GB18030 原文件.txt > 还原后.txt"
        )
    else:
        repair = "；有些字节在转存时已经丢了（文中有“�”或行末缺字），文件本身无法完整还原"
    raise ParseError(
        "版面文本是乱码：原本是 UTF-8 的中文，被当作 GBK/GB18030（简体中文 Windows 的默认编码）"
        f"读过又存了一次（如第 {found.line} 行“{found.seen}”，还原后读作“{found.meant}”）。"
        "请从原稿重新导出这一版的文字（存为 UTF-8 的 .txt）再导入，不要用 GBK 打开后再另存"
        f"{repair}"
    )
