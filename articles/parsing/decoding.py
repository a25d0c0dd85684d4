"""Bytes in, text out: the encodings a page comes in, and the input that is refused.

UTF-8 with or without BOM, UTF-16 with BOM (or without it, told by where its NUL bytes stand),
else GB18030 (a superset of GBK and GB2312), Big5 or
Big5-HKSCS (Hong Kong and Taiwan pages). UTF-8 is tried first and needs nothing else: nearly every
page is UTF-8. Simplified text in GBK often is valid Big5 too, and Big5 bytes nearly always are
valid GB18030, so when several of these decode and read as text, the one whose text is most like
real Chinese wins (:func:`chinese_score`: the share of Han character pairs that are words of
jieba's dictionary, and of Han characters that those words use). A caller that knows the encoding
gives it (``encoding=``) and detection is skipped. A file in none of these encodings is refused
with charset-normalizer's guess, to give back as ``--encoding``.

Empty, binary (NUL bytes, images, archives), undecodable or oversized input is refused with
one :class:`~articles.parsing.results.ParseError` line saying what is wrong and what to do; so is
a text that prints nothing (blank, invisible characters, HTML markup alone) or is a JSON document
(:mod:`~articles.parsing.nopage`).
A byte it names is counted from 1, as a Chinese ordinal is (``第 1 字节`` is the file's first
byte, ``第 2 行`` its second line), with the bytes from there in hex.
"""

from __future__ import annotations

import codecs
import re

from articles.parsing.chinesescore import MOJIBAKE_SCORE, chinese_score
from articles.parsing.chinesescore import common_characters as _common_characters  # noqa: F401
from articles.parsing.chinesescore import scores_at_least as _scores_at_least
from articles.parsing.hanmojibake import refuse_han_garbled
from articles.parsing.mojibake import refuse_double_decoded
from articles.parsing.nopage import refuse_blank, refuse_data_dump
from articles.parsing.results import ParseError
from articles.parsing.scriptnames import script_of, scripts_said
from articles.parsing.spoiltbytes import refuse_spoilt_bytes
from articles.parsing.spoiltbytes import show_bytes as _hex
from articles.parsing.terminalcodes import without_terminal_codes
from articles.parsing.webpages import refuse_web_page

DEFAULT_MAX_BYTES = 4 * 1024 * 1024

_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f", "\v"}
# The same characters plus the two non-characters, as one class: counted by the regex engine,
# not one Python step a character (a page's 20,000-character sample in about 0.1 ms).
# A whole web page saved instead of its text (an e-paper's HTML, a server's error page): page
# text may hold HTML remnants (<br/>, INPUT.md) but never opens as an HTML document.
# (an ESC opening a terminal's code, ``ESC [ 31 m``, is text pasted from a terminal, not a
# binary file's byte: the parser leaves the whole code out, articles.parsing.terminalcodes, and
# decode_page counts none of its characters, BEL ending a window's title either)
_BINARY_RE = re.compile("[" + "".join(sorted(_CONTROL)) + "\ufffe\uffff]")
# How many control characters a text may hold and still be page text whatever its length.
_STRAY_CONTROLS = 2
_EXPORT_HINT = "请把版面导出为纯文本（UTF-8、GB18030/GBK、Big5 或 UTF-16 编码的 .txt）再导入"
#: What to do with an archive of page files (a zip): the import reads no archive, only files.
ARCHIVE_HINT = "若是一批版面文件打的包，请先解压（中文 Windows 打的包用 unzip -O GBK 解压），再导入解压出的文件夹"
_MAGIC = (
    (b"\x89PNG", "PNG 图片"),
    (b"\xff\xd8\xff", "JPEG 图片"),
    (b"GIF8", "GIF 图片"),
    (b"%PDF", "PDF 文件"),
    (b"PK\x03\x04", "ZIP 压缩包（.docx、.xlsx 也是）"),
    (b"\xd0\xcf\x11\xe0", "旧版 Office 文档（.doc/.xls）"),
    (b"{\\rtf", "RTF 文档"),
    (b"II*\x00", "TIFF 图片"),
    (b"MM\x00*", "TIFF 图片"),
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
        raise ParseError(f"版面应是字节或文本，收到的是 {type(data).__name__}")
    if size == 0:
        raise ParseError("文件是空的（0 字节）：请检查版面文本是否导出成功，重新导出后再导入")
    if size > max_bytes:
        raise ParseError(
            f"文件有 {size:,} 字节，超过上限 {max_bytes:,} 字节；一个版面的文本远比这小："
            "请确认这是一个版面的文本文件"
        )
    if text is None:
        for magic, kind in _MAGIC:
            if data.startswith(magic):
                space = " " if kind[0].isascii() else ""  # 这是 PDF 文件, 这是旧版 Office 文档
                unpack = ARCHIVE_HINT + "；若是文档，" if magic == b"PK\x03\x04" else ""
                raise ParseError(f"这是{space}{kind}，不是版面文本；{unpack}{_EXPORT_HINT}")
        if given:
            text, encoding = _decode_forced(data, given)
        else:
            text, encoding = _decode_bytes(data)
    text = text.lstrip("\ufeff")
    bad = len(_BINARY_RE.findall(without_terminal_codes(text[:20000])))
    sample = min(len(text), 20000)
    # A binary file has control bytes all through it; a stray ESC or vertical tab pasted from a
    # word processor is not one (page_lines drops it and flags the line), however short the text.
    if "\x00" in text or (bad > _STRAY_CONTROLS and bad / sample > 0.02):
        raise ParseError(
            "这像是二进制文件，不是版面文本（含有 NUL 或其他控制字节）；" + _EXPORT_HINT
        )
    refuse_web_page(text)  # (a whole web page saved: <!DOCTYPE html>, MHTML)
    refuse_han_garbled(text)  # (UTF-8 read as GBK and saved again: 鍙戝竷; it may have left �)
    if "\ufffd" in text and text.count("\ufffd") > max(3, len(text) // 100):
        raise ParseError(
            "版面文本里满是替换字符（�）：保存之前已用错误的编码读过；请从原稿重新导出"
        )
    refuse_blank(text, size)  # (spaces, invisible characters, HTML markup that prints nothing)
    refuse_double_decoded(text)  # (Chinese read as Latin-1 and saved again: 乱码)
    refuse_data_dump(text, size)  # (a JSON document)
    return text, encoding


def _text_share(text: str) -> float:
    """Share of characters that page text is made of: Han, ASCII, CJK punctuation, white space,
    and the Greek and Cyrillic letters that GB2312 itself carries (its rows 6 and 7: a Harbin
    paper's Russian firm names, a science page's formulas; INPUT.md: GB18030/GBK pages)."""
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
            or 0x0391 <= code <= 0x03C9  # Greek (GB2312 row 6)
            or 0x0401 <= code <= 0x0451  # Cyrillic (GB2312 row 7)
        ):
            ordinary += 1
    return ordinary / len(sample)


def _decode_bytes(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            _refuse_cut_off(data[len(codecs.BOM_UTF8) :], exc, len(codecs.BOM_UTF8))
            refuse_spoilt_bytes(
                data[len(codecs.BOM_UTF8) :], min_han=_MIXED_UTF8_HAN, offset=len(codecs.BOM_UTF8)
            )
            raise ParseError(
                f"文件以 UTF-8 标记（BOM）开头，但第 {exc.start + 3 + 1} 字节"
                f"（{_hex(data[exc.start + 3 : exc.start + 7])}）不是 UTF-8；请把文件另存为 UTF-8"
            ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            _refuse_cut_off_in(data, exc, "utf-16")
            raise ParseError(
                "文件以 UTF-16 标记（BOM）开头，却不是有效的 UTF-16；请把文件另存为 UTF-8"
            ) from None
        if _text_share(text) < 0.95:
            raise ParseError("文件以 UTF-16 标记（BOM）开头，却读不出文字；" + _EXPORT_HINT)
        return text, "utf-16"
    if b"\x00" in data[:8192]:
        unmarked = _utf16_without_bom(data)
        if unmarked is None:
            raise ParseError("这像是二进制文件，不是版面文本（含有 NUL 字节）；" + _EXPORT_HINT)
        return unmarked
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        _refuse_cut_off(data, utf8_error, 0)
        at = utf8_error.start
    refuse_spoilt_bytes(data, min_han=_MIXED_UTF8_HAN)
    _refuse_mixed(data, at)
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
        _refuse_cut_off_chinese(data)
        _refuse_utf8_tail(data)
        raise ParseError(
            f"读不出版面的文字：第 {at + 1} 字节（{_hex(data[at : at + 4])}）不是 UTF-8，"
            f"按 GB18030/GBK、Big5 或 Big5-HKSCS 也读不成文字{_guess(data)}"
        )
    if len(readable) == 1:  # nothing to choose between: only whether it reads as Chinese
        ((text, name),) = readable
        enough = _scores_at_least(text, MOJIBAKE_SCORE)
    else:
        score, text, name = max(
            ((chinese_score(text), text, name) for text, name in readable), key=lambda row: row[0]
        )
        enough = score >= MOJIBAKE_SCORE
    if not enough:
        _refuse_cut_off_chinese(data)
        _refuse_utf8_tail(data)
        raise ParseError(
            f"读不出版面的文字：第 {at + 1} 字节（{_hex(data[at : at + 4])}）不是 UTF-8，按 {name} 读出的"
            f"又多是生僻字、连不成词（像是日文、韩文等别的编码）{_guess(data)}"
        )
    return text, name


# Han characters of valid UTF-8 before the first byte that is not: enough to say the file's
# start really is UTF-8 (GBK or Big5 bytes almost never make even one valid UTF-8 Han character,
# let alone this many).
_MIXED_UTF8_HAN = 10


def _refuse_mixed(data: bytes, at: int) -> None:
    """Raise :class:`ParseError` if ``data`` starts as UTF-8 Chinese (at least
    :data:`_MIXED_UTF8_HAN` Han characters before ``at``, the first byte that is not UTF-8) and
    goes on in another encoding: two texts of different encodings pasted into one file. No one
    decoding reads such a file, and "save it as UTF-8" would not help (the editor's program reads
    it in one encoding too): the message names the line where the other encoding starts and,
    when the rest reads as GB18030/GBK or Big5, which one it is. Returns None otherwise."""
    head = data[:at].decode("utf-8")
    if sum(1 for ch in head if "\u4e00" <= ch <= "\u9fff") < _MIXED_UTF8_HAN:
        return
    line = head.count("\n") + 1
    start = data.rfind(b"\n", 0, at) + 1
    rest = data[start:]
    name = next((n for n in CHINESE_ENCODINGS[:2] if _reads_in(rest, n)), None)
    other = f"，按 {name} 读得通" if name else ""
    raise ParseError(
        f"文件前 {line - 1} 行是 UTF-8，第 {line} 行起（第 {at + 1} 字节 {_hex(data[at : at + 4])}）"
        f"却不是 UTF-8{other}：一个文件里混了两种编码，像是把不同来源的文本拼在了一起。"
        f"请把第 {line} 行起的部分按它原来的编码另存为 UTF-8 后再拼回去，使整个文件都是 UTF-8，"
        "再导入"
    )


def _refuse_utf8_tail(data: bytes) -> None:
    """Raise :class:`ParseError` if ``data`` starts in GB18030/GBK or Big5 and goes on, from a
    line on to its end, as UTF-8 Chinese (at least :data:`_MIXED_UTF8_HAN` Han characters):
    the other order of :func:`_refuse_mixed`, told apart in one pass over the lines (the
    UTF-8 tail is found from the end). Called only once no one decoding reads the file."""
    lines = data.split(b"\n")
    first = len(lines)
    han = 0
    while first > 0:
        try:
            text = lines[first - 1].decode("utf-8")
        except UnicodeDecodeError:
            break
        han += sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
        first -= 1
    if first == 0 or han < _MIXED_UTF8_HAN:
        return
    start = sum(len(line) + 1 for line in lines[:first])
    name = next((n for n in CHINESE_ENCODINGS[:2] if _reads_in(data[:start], n)), None)
    if name is None:
        return
    raise ParseError(
        f"文件前 {first} 行按 {name} 读得通，第 {first + 1} 行起（第 {start + 1} 字节）却是 UTF-8："
        "一个文件里混了两种编码，像是把不同来源的文本拼在了一起。请把前 "
        f"{first} 行按 {name} 另存为 UTF-8 后再拼回去，使整个文件都是 UTF-8，再导入"
    )


def _reads_in(data: bytes, encoding: str) -> bool:
    """Whether ``data`` decodes in ``encoding`` as Chinese text (:func:`_reads_as_chinese`)."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return _reads_as_chinese(text) and _scores_at_least(text, MOJIBAKE_SCORE)


def _refuse_cut_off(data: bytes, error: UnicodeDecodeError, offset: int) -> None:
    """Raise :class:`ParseError` if ``data`` is UTF-8 text cut off inside its last character
    (an export, copy or upload that stopped early): every byte before is valid UTF-8 holding
    some non-ASCII text, and the bytes left are the start of a character whose end is missing
    (Python's ``"unexpected end of data"``). "Save it as UTF-8" cannot help such a file; it has
    to be exported or copied again. ``offset`` is the bytes before ``data`` in the file (a BOM),
    so the byte counted in the message is the file's. Returns None for any other error."""
    if error.reason != "unexpected end of data" or error.end != len(data):
        return
    if data[: error.start].isascii():
        return  # nothing shows it is UTF-8 rather than a one-character GBK or Big5 tail
    raise _cut_off_error(data, error.start, offset)


def _cut_off_error(data: bytes, start: int, offset: int = 0, encoding: str = "") -> ParseError:
    """The refusal of a file cut off inside its last character: ``data[start:]`` is the start
    of a character whose end is missing, ``offset`` the bytes before ``data`` in the file (a
    BOM), ``encoding`` the one the rest reads in (named when not UTF-8). It asks for the page
    again: no encoding and no re-saving brings the missing bytes back."""
    read = f"（按 {encoding} 读）" if encoding else ""
    return ParseError(
        f"文件{read}在第 {offset + len(data)} 字节处中途结束：最后一个字只剩前 {len(data) - start} "
        f"个字节（{_hex(data[start:])}），文件不完整，像是导出、复制或上传时被截断了；"
        "请重新导出或复制这一版的完整文件再导入"
    )


# Python's reasons for bytes that stop inside a character (UTF-8; GB18030, Big5; UTF-16).
_CUT_REASONS = ("unexpected end of data", "incomplete multibyte sequence", "truncated data")


def _refuse_cut_off_in(data: bytes, error: UnicodeDecodeError, encoding: str) -> None:
    """Raise :class:`ParseError` (:func:`_cut_off_error`) if ``error``, got decoding ``data`` in
    ``encoding``, is the bytes stopping inside the last character (one of
    :data:`_CUT_REASONS`, at the very end) and everything before it reads in ``encoding`` as
    Chinese (:func:`_reads_in`): a GB18030, Big5 or UTF-16 file whose export, copy or upload
    stopped early. Returns None otherwise (for a file that fails elsewhere too, the usual
    refusal names the byte)."""
    if error.reason not in _CUT_REASONS or error.end != len(data):
        return
    whole, offset = data[: error.start], 0
    if encoding == "utf-16":  # a BOM tells the byte order (none: little-endian, as Python reads)
        offset = 2 if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else 0
        whole = whole[offset:]
        encoding = "utf-16-be" if data.startswith(codecs.BOM_UTF16_BE) else "utf-16-le"
    if whole and _reads_in(whole, encoding):
        raise _cut_off_error(data[offset:], error.start - offset, offset, encoding)


def _refuse_cut_off_chinese(data: bytes) -> None:
    """:func:`_refuse_cut_off_in` for each of :data:`CHINESE_ENCODINGS`: a file that no
    decoding reads whole, because it is GB18030/GBK or Big5 cut off inside its last character
    (the bytes before read as Chinese in it). Returns None otherwise."""
    for name in CHINESE_ENCODINGS:
        try:
            data.decode(name)
        except UnicodeDecodeError as exc:
            _refuse_cut_off_in(data, exc, name)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """``(text, "utf-16-le" or "utf-16-be")`` for UTF-16 saved without its byte-order mark, or
    None. Its NUL bytes stand at every other position (the high byte of each ASCII character:
    digits, newlines), odd ones for little-endian, even ones for big-endian; it counts only when
    the text then reads as Chinese as :func:`_decode_bytes` requires of any other decoding, so a
    binary file is still refused as binary."""
    if len(data) % 2:  # UTF-16 is whole byte pairs: one cut off inside its last character?
        whole = _utf16_without_bom(data[:-1]) if len(data) > 2 else None
        if whole is not None:
            raise _cut_off_error(data, len(data) - 1, 0, whole[1])
        return None
    head = data[:8192]
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if max(odd, even) < 2 * max(1, min(odd, even)):
        return None  # NULs on both sides alike: not text in one byte order
    name = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    if not _reads_as_chinese(text) or not _scores_at_least(text, MOJIBAKE_SCORE):
        return None
    return text, name


def _reads_as_chinese(text: str) -> bool:
    # GB18030 and Big5 map most byte pairs to something; a decoding counts only if it reads as
    # text: next to nothing but Han, ASCII and punctuation, and some Han.
    han = sum(1 for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff")
    return _text_share(text) >= 0.95 and han >= min(len(text), 20000) * 0.05


_SHORT_PAGE_BYTES = 400  # bytes: a page this short has too few words to tell its encoding by


def _guess(data: bytes) -> str:
    """charset-normalizer's guess, as the end of an error line."""
    from charset_normalizer import from_bytes
    from charset_normalizer.utils import is_multi_byte_encoding

    best = from_bytes(data[:65536]).best()
    # A one-byte encoding reads any bytes: no guess for a page of Chinese.
    if best is None or not is_multi_byte_encoding(best.encoding) or best.encoding == "utf_8":
        return "；请把文件另存为 UTF-8"
    if best.encoding in ("gb18030", "big5", "big5hkscs"):
        # (a short page in a Chinese encoding, 臺灣報導 in Big5: too few words to be sure of it)
        short = "版面太短，" if len(data) < _SHORT_PAGE_BYTES else ""
        return (
            f"；{short}看不准编码，可能是 {best.encoding}：若是，请用 --encoding {best.encoding}"
            " 导入，或把文件另存为 UTF-8"
        )
    return (
        f"；它可能是 {best.encoding} 编码：若是，请用 --encoding {best.encoding} 导入，"
        "或把文件另存为 UTF-8"
    )


def _decode_forced(data: bytes, encoding: str) -> tuple[str, str]:
    """``data`` decoded in the ``encoding`` the caller gave (``--encoding``), and that codec's
    name. Raises :class:`ParseError` when it is no codec, when the bytes do not decode in it
    (cut off inside the last character: :func:`_refuse_cut_off_in`), and when they decode only
    as nonsense while detection reads them cleanly in another encoding
    (:func:`_refuse_forced_nonsense`)."""
    try:
        name = codecs.lookup(encoding).name
        text = data.decode(name)
    except LookupError:
        raise ParseError(f"没有名为 {encoding!r} 的文字编码；请检查 --encoding 的写法") from None
    except UnicodeError as exc:  # UnicodeDecodeError, or a codec's own complaint
        if isinstance(exc, UnicodeDecodeError):
            _refuse_cut_off_in(data, exc, name)
        at = getattr(exc, "start", None)
        where = f"第 {at + 1} 字节（{_hex(data[at : at + 4])}）" if isinstance(at, int) else "文本"
        raise ParseError(
            f"版面不是所给的 {name} 编码：{where}按它读不出；请给出正确的 --encoding，"
            "或不给，让系统自动识别"
        ) from None
    _refuse_forced_nonsense(data, text, name)
    return text, name


def _refuse_forced_nonsense(data: bytes, text: str, name: str) -> None:
    """Raise :class:`ParseError` if ``text`` (``data`` read in the encoding ``name`` the caller
    forced) does not read as Chinese (:func:`_reads_as_chinese`, :data:`MOJIBAKE_SCORE`: rare
    characters making no words, as Big5 read as GB18030 does) while detection
    (:func:`_decode_bytes`) reads ``data`` in another encoding as other text: a page in another
    encoding among the run's (README: a page that reads as Chinese only as rare characters is
    refused with the likely encoding, whichever way in). The message names both. When
    detection reads nothing better, or reads the same text, the forced reading stands."""
    if _reads_as_chinese(text) and _scores_at_least(text, MOJIBAKE_SCORE):
        return
    try:
        found, detected = _decode_bytes(data)
    except ParseError:
        return  # nothing reads it better: the encoding given is the caller's to know
    if found.lstrip("\ufeff") == text.lstrip("\ufeff"):
        return
    raise ParseError(
        f"按所给的 --encoding {name} 读出的{_what_it_reads_as(text)}，按 {detected} 却读得通："
        f"这一版多半是 {detected} 编码；请改用 --encoding {detected}，或不给 --encoding，"
        "让系统逐个文件识别"
    )


def _what_it_reads_as(text: str) -> str:
    """What a wrong reading of a page shows, as the refusal says it: rare Han that make no words
    (Big5 read as GB18030), or no Chinese but the scripts the characters are of
    (:func:`~articles.parsing.scriptnames.scripts_said`: Western letters and signs for a page forced to be read as Latin-1,
    ``æå¸``; rare Han, Yi and Hangul for UTF-8 read as UTF-16, ``駦鶷ꖊ``), quoting a few."""
    sample = [ch for ch in text[:2000] if ord(ch) > 0x9F and not ch.isspace()]  # (no C1)
    han = sum(1 for ch in sample if script_of(ch) == "han")
    if sample and han >= len(sample) / 2:
        return "多是生僻字、连不成词"
    return f"不是中文，是{scripts_said(sample)}（如“{''.join(sample[:6])}”）"
