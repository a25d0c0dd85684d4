"""Bytes in, text out: the encodings a page comes in, and the input that is refused.

UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (a superset of GBK and GB2312), Big5 or
Big5-HKSCS (Hong Kong and Taiwan pages). UTF-8 is tried first and needs nothing else: nearly every
page is UTF-8. Simplified text in GBK often is valid Big5 too, and Big5 bytes nearly always are
valid GB18030, so when several of these decode and read as text, the one whose text is most like
real Chinese wins (:func:`chinese_score`: the share of Han character pairs that are words of
jieba's dictionary, and of Han characters that those words use). A caller that knows the encoding
gives it (``encoding=``) and detection is skipped. A file in none of these encodings is refused
with charset-normalizer's guess, to give back as ``--encoding``.

Empty, blank, binary (NUL bytes, images, archives), undecodable or oversized input is refused with
one :class:`~articles.parsing.results.ParseError` line saying what is wrong and what to do.
"""

from __future__ import annotations

import codecs
import functools

from articles.parsing.results import ParseError
from articles.text import get_jieba

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


#: Tried in this order after UTF-8 when a page has no byte order mark.
CHINESE_ENCODINGS = ("gb18030", "big5", "big5hkscs")


def decode_page(
    data: bytes | str, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None
) -> tuple[str, str]:
    """Return ``(text, encoding)``. Raises :class:`ParseError` for empty, binary or undecodable input.

    ``encoding`` (a Python codec name) skips detection: the bytes must decode in it."""
    given = encoding
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
        if given:
            text, encoding = _decode_forced(data, given)
        else:
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
        at = utf8_error.start
    readable = []
    for name in CHINESE_ENCODINGS:
        if name == "big5hkscs" and readable and readable[-1][1] == "big5":
            continue  # Big5-HKSCS is Big5 and more: the same text
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _reads_as_chinese(text):
            readable.append((text, name))
    if not readable:
        raise ParseError(
            f"cannot decode the page: byte {at} ({data[at : at + 4]!r}) is not UTF-8 and the "
            f"file does not read as GB18030/GBK, Big5 or Big5-HKSCS text either{_guess(data)}"
        )
    if len(readable) == 1:
        return readable[0]
    return max(readable, key=lambda pair: chinese_score(pair[0]))


def _reads_as_chinese(text: str) -> bool:
    # GB18030 and Big5 map most byte pairs to something; a decoding counts only if it reads as
    # text: next to nothing but Han, ASCII and punctuation, and some Han.
    han = sum(1 for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff")
    return _text_share(text) >= 0.95 and han >= min(len(text), 20000) * 0.05


def _guess(data: bytes) -> str:
    """charset-normalizer's guess, as the end of an error line."""
    from charset_normalizer import from_bytes
    from charset_normalizer.utils import is_multi_byte_encoding

    best = from_bytes(data[:65536]).best()
    # A one-byte encoding reads any bytes: no guess for a page of Chinese.
    if (
        best is None
        or not is_multi_byte_encoding(best.encoding)
        or best.encoding in ("utf_8", "gb18030", "big5", "big5hkscs")
    ):
        return "; re-save the file as UTF-8"
    return (
        f"; it may be {best.encoding}: if so, import it with --encoding {best.encoding}, "
        "or re-save the file as UTF-8"
    )


def _decode_forced(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        name = codecs.lookup(encoding).name
        text = data.decode(name)
    except LookupError:
        raise ParseError(f"{encoding!r} is not a text encoding Python knows") from None
    except UnicodeError as exc:  # UnicodeDecodeError, or a codec's own complaint
        at = getattr(exc, "start", None)
        where = f"byte {at} ({data[at : at + 4]!r})" if isinstance(at, int) else "the text"
        raise ParseError(
            f"the page is not {name} as given: {where} cannot be read in it; give the right "
            "--encoding, or none to detect it"
        ) from None
    return text, name


# Scoring a decoding --------------------------------------------------------------------------

_SAMPLE = 6000  # characters scored: enough to tell, little time


def chinese_score(text: str) -> float:
    """How much ``text`` reads like real Chinese, 0 to 2: the share of neighbouring Han
    characters that make a word of jieba's dictionary, plus the share of Han characters common
    in its words. Text decoded with the wrong encoding scores far lower: its characters are
    rare ones and their pairs make no words."""
    sample = text[:_SAMPLE]
    han = [i for i, ch in enumerate(sample) if _is_han(ch)]
    if not han:
        return 0.0
    freq = get_jieba().dt.FREQ
    pairs = [i for i in han if i + 1 < len(sample) and _is_han(sample[i + 1])]
    words = sum(1 for i in pairs if freq.get(sample[i : i + 2]))
    common = _common_characters()
    usual = sum(1 for i in han if sample[i] in common)
    return (words / len(pairs) if pairs else 0.0) + usual / len(han)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@functools.cache
def _common_characters() -> frozenset[str]:
    """The Han characters of jieba's dictionary whose words occur 1,000 times or more in all."""
    totals: dict[str, int] = {}
    for word, count in get_jieba().dt.FREQ.items():
        if count:
            for ch in word:
                totals[ch] = totals.get(ch, 0) + count
    return frozenset(ch for ch, total in totals.items() if total >= 1000 and _is_han(ch))
