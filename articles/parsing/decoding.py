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

Empty, blank, binary (NUL bytes, images, archives), undecodable or oversized input is refused with
one :class:`~articles.parsing.results.ParseError` line saying what is wrong and what to do.
"""

from __future__ import annotations

import codecs
import functools
import re

from articles.parsing.results import ParseError
from articles.text import get_jieba

DEFAULT_MAX_BYTES = 4 * 1024 * 1024

_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f", "\v"}
# The same characters plus the two non-characters, as one class: counted by the regex engine,
# not one Python step a character (a page's 20,000-character sample in about 0.1 ms).
# A whole web page saved instead of its text (an e-paper's HTML, a server's error page): page
# text may hold HTML remnants (<br/>, INPUT.md) but never opens as an HTML document.
_HTML_DOCUMENT_RE = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_BINARY_RE = re.compile("[" + "".join(sorted(_CONTROL)) + "\ufffe\uffff]")
# How many control characters a text may hold and still be page text whatever its length.
_STRAY_CONTROLS = 2
_EXPORT_HINT = "请把版面导出为纯文本（UTF-8、GB18030/GBK、Big5 或 UTF-16 编码的 .txt）再导入"
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
                raise ParseError(f"这是{space}{kind}，不是版面文本；{_EXPORT_HINT}")
        if given:
            text, encoding = _decode_forced(data, given)
        else:
            text, encoding = _decode_bytes(data)
    text = text.lstrip("\ufeff")
    bad = len(_BINARY_RE.findall(text, 0, 20000))
    sample = min(len(text), 20000)
    # A binary file has control bytes all through it; a stray ESC or vertical tab pasted from a
    # word processor is not one (page_lines drops it and flags the line), however short the text.
    if "\x00" in text or (bad > _STRAY_CONTROLS and bad / sample > 0.02):
        raise ParseError(
            "这像是二进制文件，不是版面文本（含有 NUL 或其他控制字节）；" + _EXPORT_HINT
        )
    if _HTML_DOCUMENT_RE.match(text):
        raise ParseError(
            "这是一个网页（HTML 文件，例如“404 Not Found”页），不是版面文本；"
            "请把版面的文字另存为纯文本（.txt）再导入"
        )
    if "\ufffd" in text and text.count("\ufffd") > max(3, len(text) // 100):
        raise ParseError(
            "版面文本里满是替换字符（�）：保存之前已用错误的编码读过；请从原稿重新导出"
        )
    if not text.strip():
        raise ParseError(f"版面只有空白（{size:,} 字节的空格和换行）：请检查版面文本是否导出成功")
    return text, encoding


def _hex(chunk: bytes) -> str:
    """``b"\\x93\\x8c"`` → ``十六进制 93 8C``: bytes as an editor can look them up in a hex
    viewer, not in Python's notation."""
    return "十六进制 " + chunk.hex(" ").upper()


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
            _refuse_cut_off(data[len(codecs.BOM_UTF8) :], exc, len(codecs.BOM_UTF8))
            raise ParseError(
                f"文件以 UTF-8 标记（BOM）开头，但第 {exc.start + 3} 字节"
                f"（{_hex(data[exc.start + 3 : exc.start + 7])}）不是 UTF-8；请把文件另存为 UTF-8"
            ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
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
        _refuse_utf8_tail(data)
        raise ParseError(
            f"读不出版面的文字：第 {at} 字节（{_hex(data[at : at + 4])}）不是 UTF-8，"
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
        _refuse_utf8_tail(data)
        raise ParseError(
            f"读不出版面的文字：第 {at} 字节（{_hex(data[at : at + 4])}）不是 UTF-8，按 {name} 读出的"
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
        f"文件前 {line - 1} 行是 UTF-8，第 {line} 行起（第 {at} 字节 {_hex(data[at : at + 4])}）"
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
        f"文件前 {first} 行按 {name} 读得通，第 {first + 1} 行起（第 {start} 字节）却是 UTF-8："
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
    raise ParseError(
        f"文件在第 {offset + len(data)} 字节处中途结束：最后一个字只剩前 {len(data) - error.start} "
        f"个字节（{_hex(data[error.start :])}），文件不完整，像是导出、复制或上传时被截断了；"
        "请重新导出或复制这一版的完整文件再导入"
    )


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """``(text, "utf-16-le" or "utf-16-be")`` for UTF-16 saved without its byte-order mark, or
    None. Its NUL bytes stand at every other position (the high byte of each ASCII character:
    digits, newlines), odd ones for little-endian, even ones for big-endian; it counts only when
    the text then reads as Chinese as :func:`_decode_bytes` requires of any other decoding, so a
    binary file is still refused as binary."""
    head = data[:8192]
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if len(data) % 2 or max(odd, even) < 2 * max(1, min(odd, even)):
        return None  # NULs on both sides alike: not text in one byte order
    name = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    if not _reads_as_chinese(text) or not _scores_at_least(text, MOJIBAKE_SCORE):
        return None
    return text, name


# Below this :func:`chinese_score` a decoding other than UTF-8 is taken for another language's
# bytes read as Chinese (Shift-JIS read as GB18030 scores about 0.02); real pages in GB18030 or
# Big5 score 0.8 (traditional script, OCR) to 1.6 here.
MOJIBAKE_SCORE = 0.5


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
        return "；请把文件另存为 UTF-8"
    return (
        f"；它可能是 {best.encoding} 编码：若是，请用 --encoding {best.encoding} 导入，"
        "或把文件另存为 UTF-8"
    )


def _decode_forced(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        name = codecs.lookup(encoding).name
        text = data.decode(name)
    except LookupError:
        raise ParseError(f"没有名为 {encoding!r} 的文字编码；请检查 --encoding 的写法") from None
    except UnicodeError as exc:  # UnicodeDecodeError, or a codec's own complaint
        at = getattr(exc, "start", None)
        where = f"第 {at} 字节（{_hex(data[at : at + 4])}）" if isinstance(at, int) else "文本"
        raise ParseError(
            f"版面不是所给的 {name} 编码：{where}按它读不出；请给出正确的 --encoding，"
            "或不给，让系统自动识别"
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
    common = _common_characters()
    usual = sum(1 for i in han if sample[i] in common)
    return _word_share(sample, han) + usual / len(han)


def _word_share(sample: str, han: list[int]) -> float:
    """The share of neighbouring Han characters in ``sample`` (``han``: their offsets) that make
    a word of jieba's dictionary (0.0 when no two stand together)."""
    freq = get_jieba().dt.FREQ
    pairs = [i for i in han if i + 1 < len(sample) and _is_han(sample[i + 1])]
    words = sum(1 for i in pairs if freq.get(sample[i : i + 2]))
    return words / len(pairs) if pairs else 0.0


def _scores_at_least(text: str, floor: float) -> bool:
    """``chinese_score(text) >= floor``, told where it can be without the common characters'
    table (:func:`_common_characters`: about 0.15 s to make, once a process): a Han character
    that is itself a word counted :data:`_COMMON_COUNT` times or more is a common one, so the
    score with only those counted is a lower bound, and a page that reaches ``floor`` with it
    (every real page in GB18030 or Big5 does) reaches it with the exact score. Below it, or once
    the table is made (it was made from jieba's words as they then were), the exact score
    decides."""
    sample = text[:_SAMPLE]
    han = [i for i, ch in enumerate(sample) if _is_han(ch)]
    if han and not _common_characters.cache_info().currsize:
        freq = get_jieba().dt.FREQ
        surely = sum(1 for i in han if freq.get(sample[i], 0) >= _COMMON_COUNT)
        if _word_share(sample, han) + surely / len(han) >= floor:
            return True
    return chinese_score(text) >= floor


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@functools.cache
def _common_characters() -> frozenset[str]:
    """The Han characters of jieba's dictionary whose words occur :data:`_COMMON_COUNT` times or
    more in all."""
    totals: dict[str, int] = {}
    for word, count in get_jieba().dt.FREQ.items():
        if count:
            for ch in word:
                totals[ch] = totals.get(ch, 0) + count
    return frozenset(ch for ch, total in totals.items() if total >= _COMMON_COUNT and _is_han(ch))


_COMMON_COUNT = 1000  # times: a character jieba's words use this often is a common one
