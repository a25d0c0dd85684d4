"""Bytes a page's file cannot hold as text, shown and told apart: a UTF-8 page spoilt in a few
places (a disk or a transfer flipped bytes) is not two encodings pasted together
(:mod:`articles.parsing.decoding` refuses both, with different advice). Pure; the standard
library."""

from __future__ import annotations

import codecs

from articles.parsing.results import ParseError


def show_bytes(chunk: bytes) -> str:
    """``b"\\x93\\x8c"`` → ``十六进制 93 8C``: bytes as an editor can look them up in a hex
    viewer, not in Python's notation."""
    return "十六进制 " + chunk.hex(" ").upper()


# Places where bytes make no character that a UTF-8 file may hold and still be told as UTF-8
# with some places spoilt (a disk or a transfer flipped bytes), not as another encoding: GBK or
# Big5 text read as UTF-8 breaks at nearly every character, in runs as long as its text. Bad
# bytes up to :data:`_STRAY_GAP` apart are one place (a byte dropped into a character spoils the
# character too), of :data:`_STRAY_RUN` bytes at most; the message names the first
# :data:`_PLACES_NAMED`.
_STRAY_PLACES = 64
_STRAY_GAP = 3
_STRAY_RUN = 8  # bytes a place spans at most (a character and what spoilt it)
_PLACES_NAMED = 5
_NEWLINE = b"\n"


def refuse_spoilt_bytes(data: bytes, *, min_han: int, offset: int = 0) -> None:
    """Raise :class:`ParseError` if ``data`` is UTF-8 Chinese (``min_han`` Han characters at
    least) but for bytes that make no character in at most :data:`_STRAY_PLACES` places, each
    short: a file spoilt here and there, not two encodings pasted together (the text after the
    bad bytes is UTF-8 too; a fresh reviewer's one ``FF`` byte was called a mix). The message
    names where (the byte counted from 1 in the file, ``offset`` bytes before ``data``: a BOM;
    and its line) and asks for the page again. Returns None otherwise. Linear: the file is read
    once, without copies, and given up past the limit."""
    view = memoryview(data)
    places: list[list[int]] = []  # [start, end) of each place
    at = 0
    while True:
        try:
            codecs.utf_8_decode(view[at:], "strict", True)
            break
        except UnicodeDecodeError as error:
            start, end = at + error.start, at + error.end
            if places and start - places[-1][1] <= _STRAY_GAP:
                places[-1][1] = end
                if end - places[-1][0] > _STRAY_RUN:
                    return  # a run of text in another encoding, not a spoilt byte
            elif len(places) == _STRAY_PLACES:
                return
            else:
                places.append([start, end])
            at = end
    text = data.decode("utf-8", errors="replace")
    if not places or sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") < min_han:
        return
    where = "、".join(
        f"第 {start + offset + 1} 字节（第 {data.count(_NEWLINE, 0, start) + 1} 行，"
        f"{show_bytes(data[start:end])}）"
        for start, end in places[:_PLACES_NAMED]
    )
    more = f"等 {len(places)} 处" if len(places) > _PLACES_NAMED else ""
    raise ParseError(
        f"文件是 UTF-8，但有 {len(places)} 处坏字节（不成任何文字，像是存盘或传输时损坏）："
        f"{where}{more}。前后的文字都是 UTF-8，不是混了两种编码。请从原稿重新导出这一版的文字再导入，"
        "或在十六进制编辑器里删掉这些字节、补上原来的字；本版什么都没有写入"
    )
