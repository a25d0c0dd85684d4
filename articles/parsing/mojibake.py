"""Pages garbled by a second decoding (乱码): Chinese text whose bytes were read once in a
Western single-byte encoding (Latin-1 or Windows-1252) and saved again, so that every Chinese
character became two to four Western letters (``南通`` in UTF-8 read as Latin-1: ``å\\x8d\\x97é\\x80\\x9a``).

Such a file decodes cleanly (it is valid UTF-8) and would be imported as stories of gibberish;
:func:`refuse_double_decoded` refuses it, showing what it reads as when the second decoding is
undone. The project keeps every page's text as it came, so it never repairs a page itself: the
editor exports the page again. Pure; standard library only.
"""

from __future__ import annotations

import re

from articles.parsing.results import ParseError

#: Characters of a page looked at (a garbled page is garbled throughout).
SAMPLE = 20000
#: Western letters a page must hold before it is suspected (an English page or a page with a
#: few names in foreign letters — ``é``, ``ü`` — holds a handful; a garbled line holds dozens).
MIN_WESTERN = 30
#: Share of the sample's visible characters those letters must make up: a garbled page is
#: mostly them (each Chinese character became two or three), a real page hardly any.
MIN_SHARE = 0.3
#: Share of the repaired text's visible characters that must be Han for the repair to count.
MIN_HAN = 0.3

# Windows-1252's letters outside Latin-1 (the bytes 0x80–0x9F), which a second decoding as
# Windows-1252 leaves beside Latin-1's: each maps back to its byte.
_CP1252_EXTRA = {
    ch: bytes([byte])
    for byte in range(0x80, 0xA0)
    if (ch := bytes([byte]).decode("cp1252", errors="ignore"))
}


_LATIN1_RE = re.compile("[\u00a0-\u00ff]")


def _western(ch: str) -> bool:
    return 0x80 <= ord(ch) <= 0xFF or ch in _CP1252_EXTRA


def _undo(text: str) -> bytes | None:
    """``text``'s characters as the bytes a Latin-1/Windows-1252 reading made them from, or
    None when one of them is neither (the text was not made so)."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
        elif ch in _CP1252_EXTRA:
            out += _CP1252_EXTRA[ch]
        else:
            return None
    return bytes(out)


def _han_share(text: str) -> float:
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return 0.0
    return sum(1 for ch in visible if "\u4e00" <= ch <= "\u9fff") / len(visible)


def repaired(text: str) -> tuple[str, str] | None:
    """``(encoding, text)``: what ``text`` reads as with its second decoding undone — its bytes
    as a Latin-1/Windows-1252 reading made them, decoded in ``encoding`` (UTF-8, else
    GB18030) — when ``text`` looks garbled so (at least :data:`MIN_WESTERN` Western letters,
    :data:`MIN_SHARE` of its visible characters, in its first :data:`SAMPLE` characters) and
    the repair reads as Chinese (:data:`MIN_HAN` Han); else None. Linear in the sample."""
    sample = text[:SAMPLE]
    # Every garbled Chinese character holds a Latin-1 letter (its lead byte is 0xC2–0xF4 in
    # UTF-8, 0x81–0xFE in GB18030: 0xA0 and up read as Latin-1's letters); counted by a regex
    # first, so a real page (a · or ° at most) costs one scan in C.
    if len(_LATIN1_RE.findall(sample)) < MIN_WESTERN / 2:
        return None
    visible = sum(1 for ch in sample if not ch.isspace())
    western = sum(1 for ch in sample if _western(ch))
    if western < MIN_WESTERN or western < MIN_SHARE * visible:
        return None
    raw = _undo(sample)
    if raw is None:
        return None
    for encoding in ("utf-8", "gb18030"):
        # the sample may end inside a character: ignore only a cut at its very end
        try:
            fixed = raw.decode(encoding)
        except UnicodeDecodeError as error:
            if error.start < len(raw) - 4:
                continue
            fixed = raw[: error.start].decode(encoding)
        if _han_share(fixed) >= MIN_HAN:
            return encoding, fixed
    return None


def refuse_double_decoded(text: str) -> None:
    """Raise :class:`ParseError` when ``text`` is Chinese garbled by a second decoding
    (:func:`repaired`), naming what happened, a sample of the garbling and of what it reads as
    undone, and how to fix it."""
    found = repaired(text)
    if found is None:
        return
    encoding, fixed = found
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    seen = "".join(ch for ch in first if not 0x80 <= ord(ch) <= 0x9F)[
        :12
    ]  # C1 controls show nothing
    meant = next((line.strip() for line in fixed.splitlines() if line.strip()), "")[:16]
    raise ParseError(
        f"版面文本是乱码：原本是 {encoding.upper()} 的中文，被当作西欧编码（Latin-1 或 "
        f"Windows-1252）读过又存了一次（开头是“{seen!s}”，还原后读作“{meant}”）。"
        "请从原稿重新导出这一版的文字（存为 UTF-8 的 .txt）再导入，不要用西文编码打开后再保存"
    )
