"""Pages garbled by a second decoding (乱码): Chinese text whose bytes were read once in a
Western single-byte encoding (Latin-1 or Windows-1252) and saved again, so that every Chinese
character became two to four Western letters (``南通`` in UTF-8 read as Latin-1:
``å\\x8d\\x97é\\x80\\x9a``; in GBK: ``ÄÏÍ¨``).

Such a file decodes cleanly (it is valid UTF-8) and would be imported as stories of gibberish;
:func:`refuse_double_decoded` refuses it, showing what it reads as when the second decoding is
undone. The test is general (:func:`repaired`): a text whose non-ASCII characters are mostly
Western letters and C1 controls (what such a reading makes of every byte 0x80–0xFF), that
reads, once those are turned back into the bytes they were read from, as Chinese: in UTF-8
(each undone character a byte, any other character its UTF-8 bytes, so a line of real Chinese
typed in since does not hide the rest) or in GB18030/GBK (the reverse case archives show: GBK
bytes read as Latin-1 and saved as UTF-8), once or again (a file garbled twice). A few bytes
lost on the way (Windows-1252 has no letter for 0x81, 0x8D, 0x8F, 0x90 and 0x9D, and some
tools drop them) still read so. A page that merely holds some Western letters (``Zoë``,
``Müller``), an English page or a bilingual one is read: its Western letters are few, or
undone they read as no Chinese.

The project keeps every page's text as it came, so it never repairs a page itself: the editor
exports the page again, or (when undoing it is exact) repairs the file with ``iconv``, which
the message spells out. Pure; jieba's dictionary (:func:`chinese_score`) and the standard
library.

Measured 2026-12-04 on every text file of tests/data and ../shared (819): none is refused or
even looks garbled. Windows-1252's curly quotes, dashes and ellipsis count as Western letters
(a garbled page holds them too), so a Chinese page holds up to 77; they make at most 3.8 % of
a page's visible characters and 4.7 % of its non-ASCII ones (a bilingual campus paper's page,
tests/data/fidelity-holdout36), against :data:`MIN_SHARE` and :data:`MOSTLY`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from articles.parsing.chinesescore import MOJIBAKE_SCORE, chinese_score
from articles.parsing.results import ParseError

#: Characters of a page looked at (a garbled page is garbled throughout).
SAMPLE = 20000
#: Western letters a page must hold before it is suspected (an English page or a page with a
#: few names in foreign letters — ``é``, ``ü`` — holds a handful; a garbled line holds dozens).
MIN_WESTERN = 30
#: Share of the sample's visible characters those letters must make up: a garbled page is
#: mostly them (each Chinese character became two or three), a real page hardly any.
MIN_SHARE = 0.3
#: Share of the sample's non-ASCII visible characters they must make up ("mostly"): a page
#: with a garbled paragraph among real Chinese ones is garbled; a page of real Chinese that
#: quotes a foreign phrase is not.
MOSTLY = 0.5
#: Share of the undone text's non-ASCII visible characters that must be Han for it to read as
#: Chinese, and how many Han it must hold at least.
MIN_HAN = 0.5
MIN_HAN_COUNT = 10
#: Bytes that may not decode when undone, as a share of the characters they make (bytes a
#: Windows-1252 reading had no letter for, lost on the way, spoil about one Chinese character
#: in five in UTF-8; Western text undone as UTF-8 is nearly all lost).
MAX_LOST = 0.5
#: Times a text is undone at most (a file garbled twice is undone twice).
MAX_ROUNDS = 3

# Windows-1252's letters outside Latin-1 (the bytes 0x80–0x9F), which a second decoding as
# Windows-1252 leaves beside Latin-1's: each maps back to its byte.
_CP1252_EXTRA = {
    ch: bytes([byte])
    for byte in range(0x80, 0xA0)
    if (ch := bytes([byte]).decode("cp1252", errors="ignore"))
}
_WESTERN_CLASS = "\u0080-\u00ff" + "".join(sorted(_CP1252_EXTRA))
_WESTERN_RE = re.compile(f"[{_WESTERN_CLASS}]")
# Every garbled Chinese character holds a Latin-1 letter (its lead byte is 0xC2–0xF4 in UTF-8,
# 0x81–0xFE in GB18030: 0xA0 and up read as Latin-1's letters): counted first, in C.
_LATIN1_RE = re.compile("[\u00a0-\u00ff]")
_NON_ASCII_VISIBLE_RE = re.compile(r"[^\x00-\x7f\s]")
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_C1_RE = re.compile("[\u0080-\u009f]")


class Repair(NamedTuple):
    """What a garbled text reads as undone (:func:`repaired`): ``encoding`` its bytes were in
    (``utf-8`` or ``gb18030``), ``text`` the sample undone, ``rounds`` how many times it was
    read in a Western encoding and saved (1 or more), ``exact`` whether every byte came back
    (nothing lost on the way)."""

    encoding: str
    text: str
    rounds: int
    exact: bool


def _garbled_looking(text: str) -> bool:
    """Whether ``text``'s Western letters and C1 controls are many (:data:`MIN_WESTERN`), a
    good share of its visible characters (:data:`MIN_SHARE`) and most of its non-ASCII ones
    (:data:`MOSTLY`)."""
    if len(_LATIN1_RE.findall(text)) < MIN_WESTERN / 2:  # (a real page: one scan in C)
        return False
    western = len(_WESTERN_RE.findall(text))
    visible = len(text) - sum(1 for ch in text if ch.isspace())
    non_ascii = len(_NON_ASCII_VISIBLE_RE.findall(text))
    return (
        western >= MIN_WESTERN and western >= MIN_SHARE * visible and western >= MOSTLY * non_ascii
    )


def _as_bytes(text: str, encoding: str) -> bytes:
    """``text`` as the bytes it was read from: each Western letter or C1 control the byte a
    Latin-1/Windows-1252 reading made it from, any other character in ``encoding``."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
        elif ch in _CP1252_EXTRA:
            out += _CP1252_EXTRA[ch]
        else:
            out += ch.encode(encoding, errors="replace")
    return bytes(out)


def _reads_as_chinese(text: str, lost: int) -> bool:
    han = len(_HAN_RE.findall(text))
    non_ascii = len(_NON_ASCII_VISIBLE_RE.findall(text))
    return han >= MIN_HAN_COUNT and han >= MIN_HAN * non_ascii and lost <= MAX_LOST * han


def _undo_once(text: str) -> tuple[str, str, int] | None:
    """``(encoding, undone, lost)``: ``text`` read back from the bytes a Western reading made it
    from, in UTF-8 (when it decodes with at most :data:`MAX_LOST` bytes lost: the result may be
    garbled again) or else in GB18030 (when it reads as Chinese: :data:`MOJIBAKE_SCORE`);
    ``lost``: bytes that did not decode. None when neither."""
    for encoding in ("utf-8", "gb18030"):
        raw = _as_bytes(text, encoding)
        undone = raw.decode(encoding, errors="replace")
        if undone.endswith("\ufffd") and not text.endswith("\ufffd"):
            undone = undone.rstrip("\ufffd")  # (the sample may end inside a character)
        lost = undone.count("\ufffd") - text.count("\ufffd")
        if encoding == "utf-8":
            letters = len(_NON_ASCII_VISIBLE_RE.findall(undone)) - lost
            if letters > 0 and lost <= MAX_LOST * letters:
                return encoding, undone, lost
        elif _reads_as_chinese(undone, lost) and chinese_score(undone) >= MOJIBAKE_SCORE:
            return encoding, undone, lost
    return None


def repaired(text: str) -> Repair | None:
    """What ``text`` reads as with its second decoding undone (:class:`Repair`), when it looks
    garbled so (:func:`_garbled_looking`, in its first :data:`SAMPLE` characters) and undone
    (up to :data:`MAX_ROUNDS` times, while it still looks garbled) reads as Chinese
    (:data:`MIN_HAN` of its non-ASCII characters Han, few bytes lost); else None. Linear in
    the sample; a real page costs one regex scan."""
    current = text[:SAMPLE]
    rounds = lost = 0
    encoding = ""
    while rounds < MAX_ROUNDS and _garbled_looking(current):
        step = _undo_once(current)
        if step is None:
            break
        encoding, current, step_lost = step
        rounds, lost = rounds + 1, lost + step_lost
    if not rounds or not _reads_as_chinese(current, lost):
        return None
    return Repair(encoding, current, rounds, exact=not lost)


def iconv_targets(text: str, rounds: int) -> list[str] | None:
    """The encodings ``iconv -f UTF-8 -t …`` must write, one per round, to turn the file of
    ``text`` (garbled ``rounds`` times) back into the bytes it was first saved in: ``LATIN1``,
    or ``CP1252`` where a round holds Windows-1252's letters. None when a round cannot be
    undone so exactly (a byte lost, a character of neither, real Chinese typed in since)."""
    targets = []
    for index in range(rounds):
        for target, codec in (("LATIN1", "latin-1"), ("CP1252", "cp1252")):
            try:
                raw = text.encode(codec)
            except UnicodeEncodeError:
                continue
            targets.append(target)
            break
        else:
            return None
        if index + 1 < rounds:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                return None
    return targets


def _first_garbled_line(text: str, undone: str) -> tuple[str, str]:
    """The first line of ``text`` with Western letters in it (a line of real Chinese typed in
    since is not shown), as it shows (C1 controls show nothing; 12 characters), and the same
    line of ``undone`` (16 characters): undoing keeps every line break, an ASCII byte."""
    lines, fixed = text.splitlines(), undone.splitlines()
    for index, line in enumerate(lines[: len(fixed)]):
        if len(_WESTERN_RE.findall(line)) >= 3:
            return _C1_RE.sub("", line).strip()[:12], fixed[index].strip()[:16]
    return "", ""


def refuse_double_decoded(text: str) -> None:
    """Raise :class:`ParseError` when ``text`` is Chinese garbled by a second decoding
    (:func:`repaired`), naming what happened (in which encoding the Chinese was, how many
    times it was read so), a sample of the garbling and of what it reads as undone, and how to
    fix it: export the page again, or (when undoing it is exact: :func:`iconv_targets`) the
    ``iconv`` command that repairs the file."""
    found = repaired(text)
    if found is None:
        return
    seen, meant = _first_garbled_line(text, found.text)
    times = "又存了一次" if found.rounds == 1 else f"又存了一次，这样反复了 {found.rounds} 次"
    targets = iconv_targets(text, found.rounds) if found.exact else None
    if targets:
        command = " | ".join(
            f"iconv -f UTF-8 -t {target}" + (" 原文件.txt" if not index else "")
            for index, target in enumerate(targets)
        )
        repair = f"；也可以在命令行还原这个文件再导入：{command} > 还原后.txt"
    elif not found.exact:
        repair = "；有些字节在转存时已经丢了，文件本身无法还原"
    else:
        repair = ""
    raise ParseError(
        f"版面文本是乱码：原本是 {found.encoding.upper()} 的中文，被当作西欧编码（Latin-1 或 "
        f"Windows-1252）读过{times}（如“{seen}”，还原后读作“{meant}”）。"
        "请从原稿重新导出这一版的文字（存为 UTF-8 的 .txt）再导入，不要用西文编码打开后再保存"
        f"{repair}"
    )
