"""Bytes in, text out: the encodings a page comes in, and the input that is refused.

UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (a superset of GBK and GB2312). Empty,
blank, binary (NUL bytes, images, archives), undecodable or oversized input is refused with one
:class:`~articles.parsing.results.ParseError` line saying what is wrong and what to do.
"""

from __future__ import annotations

import codecs

from articles.parsing.results import ParseError

DEFAULT_MAX_BYTES = 4 * 1024 * 1024

_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f", "\v"}
_EXPORT_HINT = "export the page as plain text (UTF-8 or GB18030) and import that"
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .xlsx is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)


def decode_page(data: bytes | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Return ``(text, encoding)``. Raises :class:`ParseError` for empty, binary or undecodable input."""
    if isinstance(data, str):
        text, encoding = data, "unicode"
        size = len(data.encode("utf-8", "surrogatepass"))
    elif isinstance(data, bytes | bytearray | memoryview):
        data = bytes(data)
        size = len(data)
        text, encoding = None, ""
    else:
        raise ParseError(f"expected the page as bytes or text, got {type(data).__name__}")
    if size == 0:
        raise ParseError("the file is empty (0 bytes): check that the page text was exported")
    if size > max_bytes:
        raise ParseError(
            f"the page is {size:,} bytes, over the limit of {max_bytes:,} bytes; "
            "a printed page is far smaller: check that this is one page of text"
        )
    if text is None:
        for magic, kind in _MAGIC:
            if data.startswith(magic):
                raise ParseError(f"this is {kind}, not page text; {_EXPORT_HINT}")
        text, encoding = _decode_bytes(data)
    text = text.lstrip("\ufeff")
    bad = sum(1 for ch in text[:20000] if ch in _CONTROL or ch in "\ufffe\uffff")
    sample = min(len(text), 20000)
    if "\x00" in text or (sample and bad / sample > 0.02):
        raise ParseError(
            "this looks like a binary file, not page text (it holds NUL or control bytes); "
            + _EXPORT_HINT
        )
    if "\ufffd" in text and text.count("\ufffd") > max(3, len(text) // 100):
        raise ParseError(
            "the page text is full of replacement characters (�): it was decoded with the wrong "
            "encoding before it was saved; export it again from the original"
        )
    if not text.strip():
        raise ParseError(
            f"the page holds only blank space ({size:,} bytes of spaces and line breaks): "
            "check that the page text was exported"
        )
    return text, encoding


def _text_share(text: str) -> float:
    """Share of characters that page text is made of: Han, ASCII, CJK punctuation, white space."""
    sample = text[:20000]
    if not sample:
        return 0.0
    ordinary = 0
    for ch in sample:
        code = ord(ch)
        if (
            0x20 <= code < 0x7F
            or ch in "\n\r\t\u3000"
            or 0x4E00 <= code <= 0x9FFF
            or 0x3000 <= code <= 0x303F  # CJK punctuation
            or 0xFF00 <= code <= 0xFFEF  # full-width forms
            or 0x2000 <= code <= 0x206F  # general punctuation: — “ ” …
            or 0x2460 <= code <= 0x25FF  # ① ■ □ ◆ ●
            or 0x3400 <= code <= 0x4DBF
            or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x3134F  # rare Han outside the BMP
            or 0xA0 <= code <= 0xFF
        ):
            ordinary += 1
    return ordinary / len(sample)


def _decode_bytes(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ParseError(
                f"the file starts with a UTF-8 BOM but byte {exc.start + 3} is not UTF-8 "
                f"({data[exc.start + 3 : exc.start + 7]!r}); re-save it as UTF-8"
            ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ParseError(
                "the file starts with a UTF-16 byte order mark but is not valid UTF-16; "
                "re-save it as UTF-8"
            ) from None
        if _text_share(text) < 0.95:
            raise ParseError(
                "the file starts with a UTF-16 byte order mark but does not read as text; "
                + _EXPORT_HINT
            )
        return text, "utf-16"
    if b"\x00" in data[:8192]:
        raise ParseError(
            "this looks like a binary file, not page text (it holds NUL bytes); " + _EXPORT_HINT
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            at = utf8_error.start
            raise ParseError(
                f"cannot decode the page: byte {at} ({data[at : at + 4]!r}) is not UTF-8 and "
                "the file is not GB18030/GBK either; re-save the file as UTF-8"
            ) from None
        # GB18030 maps most byte pairs to something; accept it only if it reads as text.
        han = sum(1 for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff")
        if _text_share(text) < 0.95 or han < min(len(text), 20000) * 0.05:
            raise ParseError(
                f"cannot decode the page: byte {utf8_error.start} is not UTF-8 and the file "
                "does not read as GB18030/GBK text either; re-save it as UTF-8"
            ) from None
        return text, "gb18030"
