"""Printed-page text in, structured page out.

A pure module: the standard library and jieba, no Django. :func:`parse_page` takes the bytes (or
text) of one printed page and returns a frozen :class:`ParsedPage`: its articles (title deck,
dateline, reporters, paragraphs and crossheads, continuation markers), photos (caption, credit,
photographers), front-page teasers, and every line it ignored or could not place, so that no
printed character is lost. It raises nothing but :class:`ParseError`.

How a page is read, in order:

1. **Decode**: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (a superset of GBK and
   GB2312). Empty, blank, binary (NUL bytes, images, archives), undecodable or oversized input is
   refused with one line saying what is wrong and what to do.
2. **Lines into units**: page furniture (page labels, page stamps, source lines, staff lines,
   mastheads and paper names, weather) is set aside, recording date, label and paper where a
   stamp gives them; teaser targets (``■A4看南通·要闻``) take the title lines above them; photo
   credits (``记者 许丛军摄``) take the paragraph above them as the caption; byline lines, desk
   signatures (``本报评论员``), end datelines and author notes are kept as such; short lines
   without sentence punctuation become heading blocks; the rest become paragraphs. A paragraph
   that ends without closing punctuation is joined with the next text line, also across a blank
   line (a column break). Indentation starts a paragraph only on pages that wrap lines without
   indenting them. Continuation markers are cut out of the text and kept, also when an OCR line
   break cuts one in two.
3. **Bodies**: a dateline (``本报讯…``), a byline line, a backward marker or a closed previous
   story starts a new body; a forward marker closes one (unless a backward marker to another
   page follows at once: the source already merged the story). Heading lines inside an open
   body, followed by more of its text, are crossheads: one line of any kind, or several that are
   all section heads by form (numbered, questions); several plain lines, or a column name
   (``（人民论坛）``), are a new story's deck. End datelines, author notes, pen names and
   bylines after the last paragraph belong to the story before them.
4. **Decks to bodies by content**: heading blocks between two bodies are split between them at
   the point that best fits what they say (jieba word overlap with each body), so a headline
   printed after its body (seed article 2) still lands on the right story. Within a deck,
   ``——``/``：`` cues and line grouping decide kicker, headline and subheadline.

Everything is matched on a folded copy of the same length (full-width letters and digits to
half-width, common traditional characters such as 轉 報 記 to simplified), so that offsets found
there cut the printed text; everything kept is the printed text, and every printed character
ends up in exactly one output piece (tests/parsing/test_properties.py checks this).
Lines over 200 characters are always text, which keeps the line patterns linear on huge input.
"""

from __future__ import annotations

import codecs
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass, field

from articles.labels import CN_NUMERAL, LabelError, normalize_label

PARSER_VERSION = 2
DEFAULT_MAX_BYTES = 4 * 1024 * 1024
_SHORT_LINE = 200  # longer lines are always text: no furniture, byline or credit is that long
_DATELINE_SPAN = 80
_DECK_CONTEXT = 3000  # characters at each end of a story that its deck is matched against


class ParseError(ValueError):
    """The page cannot be read. The message says what is wrong and how to fix it."""


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Marker:
    """A continuation marker as printed (``（下转A2版）``) with its normalised target page."""

    direction: str  # "forward" (下转) or "backward" (上接)
    label: str  # normalised: 第二版 → "2", A2 → "A2"
    text: str  # as printed
    merged: bool = False  # both markers printed together: the source already joined the story


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph" or "crosshead"
    text: str


@dataclass(frozen=True)
class ParsedArticle:
    position: int
    title_lines: tuple[str, ...]
    kicker: str
    headline: str
    subheadline: str
    dateline: str
    byline: str
    reporters: tuple[str, ...]
    blocks: tuple[Block, ...]
    markers: tuple[Marker, ...]
    byline_lines: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind == "paragraph")

    @property
    def crossheads(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind == "crosshead")

    @property
    def continued_from(self) -> str | None:
        """The page this printed part continues from (``上接A1版`` → ``A1``), if it is a jump part."""
        for marker in self.markers:
            if marker.direction == "backward" and not marker.merged:
                return marker.label
        return None

    @property
    def continued_on(self) -> str | None:
        """The page the story goes on on (``下转A2版`` → ``A2``), if it jumps."""
        for marker in reversed(self.markers):
            if marker.direction == "forward" and not marker.merged:
                return marker.label
        return None

    @property
    def title(self) -> str:
        return self.headline or self.kicker or self.subheadline

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass(frozen=True)
class ParsedPhoto:
    position: int
    caption: str
    credit_line: str
    photographers: tuple[str, ...]
    article_position: int | None = None


@dataclass(frozen=True)
class ParsedTeaser:
    position: int
    title_lines: tuple[str, ...]
    target_label: str
    target_section: str
    text: str


@dataclass(frozen=True)
class SetAside:
    """A line that is not part of any story, with why (``page-label``, ``staff``, ``unplaced``…)."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class PageMetadata:
    paper: str = ""
    date: str = ""  # ISO date read from a page stamp, if any
    label: str = ""  # page label read from a page stamp or header, if any
    section: str = ""
    issue_number: int | None = None


@dataclass(frozen=True)
class ParsedPage:
    encoding: str
    articles: tuple[ParsedArticle, ...]
    photos: tuple[ParsedPhoto, ...]
    teasers: tuple[ParsedTeaser, ...]
    set_aside: tuple[SetAside, ...]
    metadata: PageMetadata
    warnings: tuple[str, ...] = ()
    parser_version: int = PARSER_VERSION

    @property
    def ignored_lines(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.set_aside if s.reason != "unplaced")

    @property
    def unplaced_lines(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.set_aside if s.reason == "unplaced")

    @property
    def markers(self) -> tuple[tuple[ParsedArticle, Marker], ...]:
        return tuple((a, m) for a in self.articles for m in a.markers)


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# Matching helpers (normalised copies only; the printed text is never changed)
# --------------------------------------------------------------------------------------------

_MATCH_TABLE = str.maketrans(
    {
        "轉": "转",
        "接": "接",
        "\u3000": " ",
        "（": "(",
        "）": ")",
        "【": "[",
        "】": "]",
        "：": ":",
    }
)


# Traditional forms that OCR of old pages and Hong Kong/Taiwan sources print, in the words the
# parser looks for (markers, datelines, roles, credits, furniture) and common surnames.
_TRADITIONAL = (
    "轉转報报訊讯記记電电華华攝摄們们會会這这導导編编責责聞闻國国員员際际發发圖图來来專专"
    "欄栏評评論论訪访讀读條条題题與与為为對对見见習习實实從从東东廣广門门開开關关區区縣县"
    "鄉乡鎮镇莊庄軍军協协黨党團团農农業业經经濟济價价時时間间長长頁页號号載载續续視视聽听"
    "網网週周曉晓陽阳張张陳陈劉刘趙赵黃黄吳吴鄭郑孫孙馬马鄧邓許许韓韩馮冯蕭萧錢钱盧卢葉叶"
    "蘇苏羅罗楊杨歐欧龍龙萬万葛葛蔣蒋沈沈韋韦範范衛卫閻阎賈贾譚谭鄒邹顧顾嚴严聶聂齊齐陸陆"
    "魯鲁賀贺湯汤龔龚廖廖喬乔錄录稱称說说歲岁氣气溫温雲云風风無无級级與与體体屆届"
)
_FOLD_TABLE = {ord(t): s for t, s in zip(_TRADITIONAL[::2], _TRADITIONAL[1::2], strict=True)}
_FOLD_TABLE.update({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})  # full-width ASCII
_FOLD_TABLE[0x3000] = " "


def fold(text: str) -> str:
    """A copy of ``text`` of the same length for pattern matching: full-width ASCII to
    half-width, ideographic space to space, common traditional characters to simplified.

    Being character for character, a match's offsets in the copy are offsets in the printed text,
    so what is kept is always sliced from the printed text.
    """
    return text.translate(_FOLD_TABLE)


def normalize_for_matching(text: str) -> str:
    """NFKC (full-width letters, digits and brackets to half-width), 轉 → 转, lower case."""
    return unicodedata.normalize("NFKC", fold(text)).translate(_MATCH_TABLE).lower()


_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SENTENCE_END = set("。！？!?…；;")
_CLOSING = set("”’」』）)】》〉\"'")
_PAGE_NUM = r"[A-Za-zＡ-Ｚａ-ｚ]{0,2}\s*[0-9０-９〇零一二两三四五六七八九十百]{1,6}"
_OPEN = r"[（(〔【\[]"
_CLOSE = r"[）)〕】\]]"
_FORWARD_RE = re.compile(
    rf"{_OPEN}\s*(?P<pre>下\s*)?[转轉]\s*(?P<di>第\s*)?(?P<page>{_PAGE_NUM})\s*(?P<ban>版|面)?\s*{_CLOSE}"
)
_BACKWARD_RE = re.compile(
    rf"{_OPEN}\s*(?P<pre>上\s*)?接\s*(?P<di>第\s*)?(?P<page>{_PAGE_NUM})\s*(?P<ban>版|面)?\s*{_CLOSE}"
)


def _marker_label(match: re.Match) -> str | None:
    # "(转3)" alone is too weak to be a marker; want 下/上, 第 or 版.
    if not (match.group("pre") or match.group("di") or match.group("ban")):
        return None
    try:
        return normalize_label(match.group("page"))
    except LabelError:
        return None


def find_markers(text: str) -> list[tuple[int, int, Marker]]:
    """Every continuation marker in ``text`` as ``(start, end, Marker)``, in order."""
    found = []
    folded = fold(text)
    for direction, pattern in (("forward", _FORWARD_RE), ("backward", _BACKWARD_RE)):
        if ("转" if direction == "forward" else "接") not in folded:
            continue
        for match in pattern.finditer(folded):
            label = _marker_label(match)
            if label:
                printed = text[match.start() : match.end()]
                found.append((match.start(), match.end(), Marker(direction, label, printed)))
    found.sort(key=lambda item: item[0])
    return found


def _marker_cut_at_end(line: str, following: str) -> bool:
    """True when ``line`` ends with the first part of a marker that ``following`` completes."""
    if not following:
        return False
    tail = line[-12:]
    if not re.search(r"[（(〔【\[][^）)〕】\]]*$", tail):
        return False  # no bracket left open at the end of the line
    joined = tail + following[:12]
    return any(start < len(tail) < end for start, end, _ in find_markers(joined))


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence, so a following line is not its continuation."""
    stripped = text.rstrip()
    if not stripped:
        return True
    if stripped.endswith(("——", "--")):
        return True
    last = stripped[-1]
    return last in _SENTENCE_END or last in _CLOSING or last in ":："


def is_heading_like(text: str) -> bool:
    """A short line without sentence punctuation: a title line, crosshead, kicker or caption head."""
    t = text.strip()
    # A numbered section head (一、… （三）…) may run longer than a headline.
    limit = 60 if _NUMBERED_HEAD_RE.match(t) else 40
    if not t or len(t) > limit or "。" in t or t[-1] in "；;，,、":
        return False
    if re.search(r"[！？!?…][”’」』\"']$", t):
        return False  # a quoted sentence: “我们一定要把家乡建设好！”
    if sum(t.count(c) for c in "，,") >= 3:
        return False
    return re.search(rf"[{_HAN}A-Za-z0-9]", t) is not None


# Page furniture -----------------------------------------------------------------------------

_STAMP_RES = (
    re.compile(
        r"^《(?P<paper>[^》]{1,30})》\s*[（(]\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*"
        r"(?:星期.)?\s*第?\s*(?P<page>[A-Za-z]{0,2}\s*\d{1,4})\s*版\s*[）)]$"
    ),
    re.compile(
        r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:星期[一二三四五六日天])?\s*"
        r"第\s*(?P<page>[A-Za-z]{0,2}\s*\d{1,4})\s*版$"
    ),
    re.compile(
        r"^(?P<y>\d{4})[-./年](?P<m>\d{1,2})[-./月](?P<d>\d{1,2})日?\s*(?:星期[一二三四五六日天])?"
        r"\s*(?:农历\S*)?$"
    ),
)
_SOURCE_RE = re.compile(
    r"^[（(]?\s*\d{4}-\d{1,2}-\d{1,2}\s*[）)]?\s*稿件来源|^稿件来源[:：]|^来源[:：]"
)
_STAFF_RE = re.compile(
    r"^(?:本版|本期)?(?:责编|责任编辑|编辑|美编|校对|责任校对|版式|组版|图片编辑|摄影编辑|视觉|"
    r"设计|制图|排版|值班编辑|总编辑|主编|审核|终审|签发)\s*[:：]"
)
_MASTHEAD_RE = re.compile(
    r"CN\s*\d{2}\s*[-－]\s*\d{4}|邮发代号|国内统一连续出版物号|国际标准连续出版物号|ISSN|"
    r"^总第\s*\d+\s*[期号]|^第\s*\d+\s*[期号]$|广告经营许可证|^今日\s*\d+\s*版|^本报地址|^定价|"
    r"^[A-Z][A-Z ]{4,}$|^(?:本期|今日)?导读$|零售价|印刷[:：]|发行[:：]"
)
_PAPER_NAME_RE = re.compile(
    rf"^(?:[{_HAN}]\s*){{1,8}}(?:日\s*报|晚\s*报|晨\s*报|早\s*报|时\s*报|商\s*报|周\s*报|"
    r"青\s*年\s*报|快\s*报|都\s*市\s*报|法\s*治\s*报|经\s*济\s*报|电\s*讯)$"
)
_ISSUE_NUMBER_RE = re.compile(r"(?:总)?第\s*(\d{1,6})\s*[期号]")
_SKY = r"(?:晴|多云|阴|[小中大暴]?雨|雷阵雨|阵雨|雨夹雪|[小中大暴]?雪|雾|霾|扬沙)"
_WEATHER_RE = re.compile(
    r"-?\d{1,2}\s*[~～至-]\s*-?\d{1,2}\s*℃|℃|天气预报|风力"
    r"|(?:[东南西北]{1,2}|偏[东南西北])风\s*\d{1,2}(?:\s*[-~～到至]\s*\d{1,2})?\s*级"
    rf"|^(?:(?:今天|明天|后天|今日|明日|今夜|夜间|白天)\s*){{0,2}}[:\s]*{_SKY}(?:转{_SKY})?(?:[,，\s]|$)"
)
_PAGE_LABEL_RE = re.compile(
    r"^(?:第\s*)?[A-Za-zＡ-Ｚａ-ｚ]{0,2}\s*[0-9０-９]{1,3}\s*(?:版)?$|^第[〇零一二两三四五六七八九十百]{1,4}版$"
)
# A running head: ``A2 要闻``, ``第4版：要闻``, ``A4看南通``. The label needs a letter, 版 or a
# separator before the section name, so that ``第一篇`` or ``3亿元投资到位`` is not one.
_HEADER_RE = re.compile(
    rf"^(?:(?P<page>[A-Za-z]{{1,2}}\s*[0-9]{{1,3}}|(?:第\s*)?[0-9]{{1,3}}|第[{CN_NUMERAL}]{{1,4}})"
    rf"\s*版\s*[:：·|]?|(?P<page2>[A-Za-z]{{1,2}}\s*[0-9]{{1,3}})\s*[:：·|]?"
    rf"|(?P<page3>(?:第\s*)?[0-9]{{1,3}})\s*[:：·|\s])"
    rf"\s*(?P<section>[{_HAN}][{_HAN}·・\s]{{0,15}})$"
)
_TEASER_RE = re.compile(
    r"^[■□◆◇●○▲△★☆▶►→]+\s*(?P<page>(?:第\s*)?[A-Za-zＡ-Ｚａ-ｚ]{0,2}\s*[0-9０-９]{1,3}|"
    r"第[〇零一二两三四五六七八九十百]{1,4})\s*版?\s*[:：·\s]?\s*(?P<section>[^\n]{0,30})$"
)

# Datelines, bylines, credits ----------------------------------------------------------------

_ROLE = (
    r"(?:本报|新华社|中新社|人民日报|本报特约|特约|实习|见习|首席)?"
    r"(?:记者|通讯员|实习生|摄影记者|摄影|撰稿|评论员)"
)
# A commentary signed by its desk, with no name: 本报评论员, 人民日报评论员, 本报特约评论员.
_COMMENTATOR_RE = re.compile(rf"^[{_HAN}]{{0,8}}评论员$")
_DATELINE_RE = re.compile(
    rf"^[【\[]?\s*(?P<dateline>"
    rf"(?:据)?(?:本报|新华社|中新社|人民日报|人民网|央视网|新华网|中新网)讯"
    rf"|(?:据)?(?:本报|新华社|中新社|人民日报|人民网|新华网|中新网)[{_HAN}·]{{0,12}}?"
    rf"(?:\d{{1,2}}月\d{{1,2}}日|[一二三四五六七八九十廿卅]{{1,3}}日)(?:电|消息|讯)"
    rf")\s*[】\]]?"
)


def _dateline_match(text: str) -> re.Match | None:
    """The dateline at the start of ``text``; only the start is looked at (datelines are short)."""
    return _DATELINE_RE.match(fold(text[:_DATELINE_SPAN]))


_BYLINE_BRACKET_RE = re.compile(r"^\s*[（(](?P<byline>[^（）()]{1,60})[）)]")
_BYLINE_LINE_RE = re.compile(
    rf"^(?P<byline>(?:{_ROLE})[\s\u3000]*[{_HAN}·][{_HAN}·\s\u3000]{{0,40}}"
    rf"(?:[\s\u3000]+(?:{_ROLE})[\s\u3000]*[{_HAN}·][{_HAN}·\s\u3000]{{0,30}})*)$"
)
_END_DATELINE_RE = re.compile(
    rf"^[（(]?\s*(?:据)?(?:本报|新华社|中新社|人民日报)[{_HAN}·]{{0,12}}?"
    rf"(?:\d{{1,2}}月\d{{1,2}}日|[一二三四五六七八九十廿卅]{{1,3}}日)(?:电|消息)\s*[）)]?$"
    rf"|^[（(]\s*(?:新华社|中新社|本报)(?:[{_HAN}·\s]{{0,20}})[）)]$"
)
_AUTHOR_NOTE_RE = re.compile(r"^[（(]\s*(?:作者|笔者|本文作者)(?:系|为|是|单位|單位|：|:)")
_CREDIT_RE = re.compile(
    rf"^[（(]?\s*(?P<who>[{_HAN}·][{_HAN}·\s\u3000、]*?)\s*(?:摄影?|供图|/摄)\s*[）)]?$"
    rf"|^[（(]?\s*(?P<agency>新华社发|中新社发|新华社|本报资料图片|资料图片|资料照片|[{_HAN}]{{2,10}}供图)\s*(?:[（(][^（）()]{{0,20}}[）)])?\s*[）)]?$"
)
_TRAILING_CREDIT_RE = re.compile(
    rf"(?<=[。！？!?”」）)])[\s\u3000]*(?P<credit>[（(]?\s*(?:{_ROLE})[\s\u3000]*[{_HAN}·]{{2,5}}"
    rf"(?:[\s\u3000、]+(?:{_ROLE})?[\s\u3000]*[{_HAN}·]{{2,5}})*\s*摄影?\s*[）)]?)$"
)
_ROLE_WORD_RE = re.compile(_ROLE)
_LOOSE_BYLINE_RE = re.compile(
    rf"^\s*((?:{_ROLE})\s*[{_HAN}]{{2,4}}(?:[\s、]+(?:{_ROLE})?\s*[{_HAN}]{{2,4}})*)\s"
)
_NUMBERED_HEAD_RE = re.compile(
    r"^(?:[（(][一二三四五六七八九十百0-9０-９]{1,4}[）)]|[一二三四五六七八九十百]{1,4}[、.．]|"
    r"[0-9０-９]{1,3}[、.．]|第[一二三四五六七八九十百]{1,4}[章节部分条]|[①-⑳]|问[:：]|答[:：])"
)
# A column name printed with a headline: （人民论坛） 【新华时评】. Not a numbered head （三）.
_COLUMN_RE = re.compile(
    rf"^[(【〔\[]\s*(?P<a>[{_HAN}·]{{2,10}})\s*[)】〕\]]|[(【〔\[]\s*(?P<b>[{_HAN}·]{{2,10}})\s*[)】〕\]]$"
)
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝国"
)
_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "令狐",
    "司徒",
    "夏侯",
    "轩辕",
    "端木",
    "独孤",
    "南宫",
    "西门",
    "呼延",
)
_STOPWORDS = frozenset(
    [
        "的",
        "了",
        "和",
        "与",
        "及",
        "在",
        "是",
        "为",
        "对",
        "把",
        "被",
        "从",
        "向",
        "以",
        "等",
        "要",
        "将",
        "也",
        "就",
        "都",
        "而",
        "并",
        "或",
        "之",
        "其",
        "这",
        "那",
        "有",
        "个",
        "上",
        "下",
        "中",
        "年",
        "月",
        "日",
        "我们",
        "他们",
        "进行",
        "一个",
        "没有",
        "工作",
    ]
)


def parse_names(byline: str) -> tuple[str, ...]:
    """``记者朱文君 卢兆欣`` → (朱文君, 卢兆欣); ``本报记者  彭  波`` → (彭波,); roles are dropped."""
    # Roles and brackets are blanked out on a folded copy (記者 is 记者); the names themselves are
    # sliced from the printed text.
    masked = _ROLE_WORD_RE.sub(lambda m: " " * len(m.group()), fold(byline))
    masked = re.sub(r"[()【】\[\]]", " ", masked)
    masked = re.sub(
        r"(?:摄影?|供图|报道|文/图|文图|文|图|/)(?=\s*$)", lambda m: " " * len(m.group()), masked
    )
    # 文/图, 摄影, 整理 standing alone are what the person did, not a name.
    masked = re.sub(
        r"(?:^|(?<=\s))(?:文\s*/\s*图|文图|图文|文|图|摄影?|供图|报道|整理|编译|制图|"
        r"(?:新华社|中新社|本报)(?:发|资料图片|资料照片)?|资料(?:图片|照片))(?=\s|$)",
        lambda m: " " * len(m.group()),
        masked,
    )
    tokens: list[str] = []
    for match in re.finditer(r"[^\s、，,/]+", masked):
        token = byline[match.start() : match.end()]
        # 张三和李四 is two names; 王和平 is one.
        parts = re.split(r"[和及]", token)
        if len(parts) > 1 and all(len(part) >= 2 for part in parts):
            tokens.extend(parts)
        else:
            tokens.append(token)
    names: list[str] = []
    pending = ""
    for token in tokens:
        if not re.fullmatch(rf"[{_HAN}·]+", token):
            continue
        if len(token) == 1:
            # 彭  波: a two-character name spaced out to the width of a three-character one.
            pending += token
            if len(pending) >= 2:
                names.append(pending)
                pending = ""
            continue
        if pending:
            pending = ""
        if len(token) <= 6:
            names.append(token)
    seen: set[str] = set()
    return tuple(n for n in names if not (n in seen or seen.add(n)))


# --------------------------------------------------------------------------------------------
# jieba
# --------------------------------------------------------------------------------------------

_jieba_lock = threading.Lock()
_jieba = None


def get_jieba():
    """jieba, initialised once (its dictionary load is the slow part)."""
    global _jieba
    if _jieba is None:
        with _jieba_lock:
            if _jieba is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _jieba = jieba
    return _jieba


def looks_like_name(text: str) -> bool:
    """A person's name or pen name (``任仲平``, ``欧阳修``), not a short headline (``高考季``):
    two or three characters after a common surname, which jieba reads as a name or leaves as a
    lone surname character."""
    name = fold(text.strip())
    compound = name.startswith(_COMPOUND_SURNAMES)
    if not re.fullmatch(rf"[{_HAN}]{{2,4}}", name) or (len(name) == 4 and not compound):
        return False
    if not compound and name[0] not in _SURNAMES:
        return False
    get_jieba()
    import jieba.posseg

    first = next(iter(jieba.posseg.cut(name)), None)
    if first is None:
        return False
    return first.flag.startswith("nr") or len(first.word) == 1 or compound


def content_words(text: str) -> list[str]:
    """jieba words worth matching on: two or more characters, not stop words, not punctuation."""
    words = get_jieba().lcut(normalize_for_matching(text))
    return [
        w
        for w in words
        if len(w) >= 2 and w not in _STOPWORDS and re.search(rf"[{_HAN}A-Za-z0-9]", w)
    ]


def overlap(words: list[str], text: str) -> float:
    """Share of the words' characters that occur in ``text`` (already normalised)."""
    total = sum(len(w) for w in words)
    if not total:
        return 0.0
    return sum(len(w) for w in words if w in text) / total


# --------------------------------------------------------------------------------------------
# Units: what the lines are
# --------------------------------------------------------------------------------------------


class _Para:
    """A paragraph being read: its pieces are joined once, not on every added line."""

    __slots__ = ("_parts", "_text", "backward", "closed", "forward", "indented", "line", "markers")

    def __init__(self, line: int, text: str, indented: bool = False):
        self.line = line
        self._parts = [text]
        self._text: str | None = text
        self.indented = indented
        self.forward: Marker | None = None
        self.backward: Marker | None = None
        self.markers: list[Marker] = []
        self.closed = False  # a forward marker ended it: nothing joins it

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self._parts)
        return self._text

    def add(self, text: str) -> None:
        self._parts.append(text)
        self._text = None

    @property
    def size(self) -> int:
        return sum(len(p) for p in self._parts) if self._text is None else len(self._text)

    @property
    def terminated(self) -> bool:
        return self.closed or ends_sentence(self._parts[-1])


@dataclass
class _Heading:
    line: int
    lines: list[str]


@dataclass
class _Special:
    """A line in the flow with a fixed meaning: byline, end dateline, author note."""

    line: int
    kind: str
    text: str


@dataclass
class _Photo:
    line: int
    caption: str
    credit: str
    in_body_of: object = None


@dataclass
class _Teaser:
    line: int
    title_lines: list[str]
    label: str
    section: str
    text: str


def _is_indented(raw: str) -> bool:
    return raw[:1] in ("\u3000", " ", "\t") and len(raw) - len(raw.lstrip()) >= 2


class _Reader:
    """Turns lines into flow units (paragraphs, headings, specials), photos, teasers, set-asides."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.flow: list[object] = []
        self.photos: list[_Photo] = []
        self.teasers: list[_Teaser] = []
        self.set_aside: list[SetAside] = []
        self.warnings: list[str] = []
        self.meta: dict = {}
        self.pending_backward: Marker | None = None
        self.pending_extra: list[Marker] = []  # more backward markers before the text they head
        self.merge_open = False  # a merged 下转/上接 pair: the next text goes on the same story
        self.seen_body = False

    # -- entry --------------------------------------------------------------------------
    def read(self) -> None:
        block_start = True
        signal = self._indent_is_signal()
        lines = self.lines
        index = 0
        while index < len(lines):
            number, raw = index + 1, lines[index]
            index += 1
            stripped = raw.strip()
            if not stripped:
                block_start = True
                continue
            indented = signal and _is_indented(raw)
            # OCR breaks lines anywhere, also inside a marker: （下轉第 / 四版）.
            while index < len(lines) and _marker_cut_at_end(stripped, lines[index].strip()):
                stripped += lines[index].strip()
                index += 1
            self._line(number, stripped, indented, block_start)
            block_start = False
        if self.pending_backward is not None:
            for marker in [self.pending_backward, *self.pending_extra]:
                self.warnings.append(f"a backward marker {marker.text} is followed by no text")
                self.set_aside.append(SetAside(len(self.lines), marker.text, "unplaced"))

    def _indent_is_signal(self) -> bool:
        """Indentation starts a paragraph only where the page wraps lines inside a paragraph
        without indenting them (an indented line that does not end a sentence, followed by one
        that is not indented). Where every line is indented, it tells nothing, and a line cut
        by a column break is joined to the next like anywhere else."""
        previous = ""
        for raw in self.lines:
            if not raw.strip():
                previous = ""
                continue
            if previous and not _is_indented(raw) and not ends_sentence(previous[-_SHORT_LINE:]):
                return True
            previous = raw if _is_indented(raw) else ""
        return False

    # -- one line -----------------------------------------------------------------------
    def _line(self, number: int, text: str, indented: bool, block_start: bool) -> None:
        if len(text) > _SHORT_LINE:
            # Furniture, credits, bylines and teasers are short; a long line is text. (This
            # also keeps the line patterns below off megabyte-long lines.)
            self._text(number, text, indented, block_start)
            return
        folded = fold(text)
        furniture = self._furniture(text, folded)
        if furniture:
            self.set_aside.append(SetAside(number, text, furniture))
            return
        teaser = _TEASER_RE.match(folded)
        if teaser and self._teaser(number, text, teaser, block_start):
            return
        header = _HEADER_RE.match(folded)
        if header and not self.seen_body and not self.flow:
            try:
                page_label = header.group("page") or header.group("page2") or header.group("page3")
                self.meta.setdefault("label", normalize_label(page_label))
                self.meta.setdefault("section", text[header.start("section") :].strip())
                self.set_aside.append(SetAside(number, text, "page-header"))
                return
            except LabelError:
                pass
        # A credit line is short; bounding the length also bounds the regex's backtracking.
        if len(text) <= 40 and _CREDIT_RE.match(folded) and self._credit_names_ok(text):
            self._photo(number, text)
            return
        if _END_DATELINE_RE.match(folded) or _AUTHOR_NOTE_RE.match(folded):
            self.flow.append(_Special(number, "end", text))
            return
        if (len(text) <= 40 and _BYLINE_LINE_RE.match(folded) and parse_names(text)) or (
            _COMMENTATOR_RE.match(folded)
        ):
            self.flow.append(_Special(number, "byline", text))
            return
        self._text(number, text, indented, block_start)

    def _furniture(self, printed: str, text: str) -> str | None:
        """Why a line is page furniture, or None; ``text`` is the folded copy of ``printed``."""
        if _PAGE_LABEL_RE.match(text):
            return "page-label"
        for pattern in _STAMP_RES:
            match = pattern.match(text)
            if match:
                try:
                    self.meta.setdefault(
                        "date",
                        f"{int(match.group('y')):04d}-{int(match.group('m')):02d}-{int(match.group('d')):02d}",
                    )
                    if "page" in pattern.groupindex and match.group("page"):
                        self.meta.setdefault("label", normalize_label(match.group("page")))
                    if "paper" in pattern.groupindex and match.group("paper"):
                        self.meta.setdefault("paper", printed[slice(*match.span("paper"))])
                except LabelError:
                    pass
                return "page-stamp"
        if _SOURCE_RE.search(text):
            return "source"
        if _STAFF_RE.match(text):
            return "staff"
        paper = _PAPER_NAME_RE.match(text) if len(text) <= 20 else None
        if paper:
            self.meta.setdefault("paper", re.sub(r"\s+", "", printed))
            return "masthead"
        if len(text) <= 60 and _MASTHEAD_RE.search(text):
            number = _ISSUE_NUMBER_RE.search(text)
            if number:
                self.meta.setdefault("issue_number", int(number.group(1)))
            return "masthead"
        if len(text) <= 30 and "。" not in text and _WEATHER_RE.search(text):
            return "weather"
        return None

    def _credit_names_ok(self, text: str) -> bool:
        folded = fold(text)
        match = _CREDIT_RE.match(folded)
        if match.group("agency"):
            return True
        names = parse_names(text[slice(*match.span("who"))])
        if not names or len(names) > 5 or any(len(n) > 4 for n in names):
            return False
        # A short title that happens to end in 摄 (…拍摄) is not a credit: want a role word or
        # names separated as names are.
        return bool(_ROLE_WORD_RE.search(folded)) or re.search(r"[\s、]", match.group("who"))

    # -- teasers ------------------------------------------------------------------------
    def _teaser(self, number: int, text: str, match: re.Match, block_start: bool) -> bool:
        try:
            label = normalize_label(match.group("page"))
        except LabelError:
            return False
        titles: list[str] = []
        first_line = number
        if self.flow and isinstance(self.flow[-1], _Heading):
            heading = self.flow.pop()
            titles, first_line = heading.lines, heading.line
        elif self.flow and isinstance(self.flow[-1], _Para) and not block_start:
            para = self.flow[-1]
            if para.size <= 80 and not para.markers and "。" not in para.text:
                self.flow.pop()
                titles, first_line = [para.text], para.line
        if not titles:
            self.warnings.append(f"line {number}: teaser {text} has no title lines above it")
        self.teasers.append(
            _Teaser(first_line, titles, label, match.group("section").strip(), text)
        )
        return True

    # -- photos -------------------------------------------------------------------------
    def _photo(self, number: int, credit: str, caption: str | None = None, line: int = 0) -> None:
        if caption is None:
            caption, line = "", number
            if self.flow and isinstance(self.flow[-1], _Para) and not self.flow[-1].markers:
                para = self.flow.pop()
                caption, line = para.text, para.line
            elif self.flow and isinstance(self.flow[-1], _Heading):
                heading = self.flow.pop()
                caption, line = " ".join(heading.lines), heading.line
        self.photos.append(_Photo(line, caption, credit))

    # -- text ---------------------------------------------------------------------------
    def _text(self, number: int, text: str, indented: bool, block_start: bool) -> None:
        markers = find_markers(text)
        if not markers:
            self._plain(number, text, indented, block_start)
            return
        cursor = 0
        for start, end, marker in markers:
            before = text[cursor:start]
            if before.strip():
                self._plain(number, before.strip(), indented if cursor == 0 else False, block_start)
                block_start = False
            cursor = end
            if marker.direction == "forward":
                self._forward(number, marker)
            else:
                self._backward(marker)
        rest = text[cursor:]
        if rest.strip():
            self._plain(number, rest.strip(), False, block_start)

    def _forward(self, number: int, marker: Marker) -> None:
        para = self._last_para()
        if para is None or para.closed:
            self.warnings.append(f"line {number}: {marker.text} follows no text; set aside")
            self.set_aside.append(SetAside(number, marker.text, "unplaced"))
            return
        para.forward = marker
        para.markers.append(marker)
        para.closed = True

    def _backward(self, marker: Marker) -> None:
        last = self._last_para()
        if (
            last is not None
            and last.forward is not None
            and last.closed
            and last is self.flow[-1]
            and last.forward.label != marker.label
            and self.pending_backward is None
        ):
            # …（下转6版） then （上接4版）: the source merged the story; it goes on here. (A jump
            # to A2 cannot be continued from A2: two such markers belong to two stories.)
            last.markers[-1] = Marker("forward", last.forward.label, last.forward.text, True)
            last.forward = None
            last.closed = False
            last.markers.append(Marker("backward", marker.label, marker.text, True))
            self.merge_open = True
            return
        if self.pending_backward is None:
            self.pending_backward = marker
        else:
            self.pending_extra.append(marker)

    def _last_para(self) -> _Para | None:
        for unit in reversed(self.flow):
            if isinstance(unit, _Para):
                return unit
            if isinstance(unit, _Heading):
                return None
        return None

    def _plain(self, number: int, text: str, indented: bool, block_start: bool) -> None:
        # A credit glued to the end of its caption is short: look at the tail only.
        offset = max(0, len(text) - 60)
        trailing = _TRAILING_CREDIT_RE.search(fold(text), offset)
        if trailing and len(text) - len(trailing.group("credit")) > 0:
            caption = text[: trailing.start()].rstrip()
            credit = text[slice(*trailing.span("credit"))].strip()
            if caption and parse_names(credit):
                self._photo(number, credit, caption, number)
                return
        last = self.flow[-1] if self.flow else None
        merged, self.merge_open = self.merge_open, False
        if merged and isinstance(last, _Para):
            if last.terminated:
                self.flow.append(_Para(number, text, indented))
            else:
                last.add(text)
            return
        if (
            isinstance(last, _Para)
            and self.pending_backward is None
            and not indented
            and not last.terminated
            and (not block_start or not is_heading_like(text))
            and not _dateline_match(text)
        ):
            # A column break (or a wrapped line) cut this paragraph: join the halves.
            last.add(text)
            return
        if self.pending_backward is None and is_heading_like(text) and not _dateline_match(text):
            if isinstance(last, _Heading) and not block_start:
                last.lines.append(text)
            else:
                self.flow.append(_Heading(number, [text]))
            return
        para = _Para(number, text, indented)
        if self.pending_backward is not None:
            para.backward = self.pending_backward
            para.markers.append(self.pending_backward)
            para.markers.extend(self.pending_extra)
            self.pending_backward = None
            self.pending_extra = []
        self.flow.append(para)
        self.seen_body = True


# --------------------------------------------------------------------------------------------
# Bodies and decks
# --------------------------------------------------------------------------------------------


@dataclass
class _Body:
    first_line: int
    blocks: list[Block] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    deck: list[list[str]] = field(default_factory=list)  # heading blocks, print order
    deck_line: int | None = None
    byline_lines: list[str] = field(default_factory=list)
    end_lines: list[str] = field(default_factory=list)
    open: bool = True
    _norm: str | None = None

    @property
    def has_paragraphs(self) -> bool:
        return any(b.kind == "paragraph" for b in self.blocks)

    def normalised_text(self) -> str:
        """The body's edges, normalised, for matching a deck's words against: its first and last
        :data:`_DECK_CONTEXT` characters (all of it when shorter). A deck speaks of how its story
        begins (or ends, printed after it); the edges also keep the cost of matching a run of
        heading lines proportional to the run, not to the run times the story's length."""
        if self._norm is None:
            text = "\n".join(b.text for b in self.blocks)
            if len(text) > 2 * _DECK_CONTEXT:
                text = text[:_DECK_CONTEXT] + "\n" + text[-_DECK_CONTEXT:]
            self._norm = normalize_for_matching(text)
        return self._norm


@dataclass
class _Run:
    headings: list[_Heading]


def _next_flow(flow: list, index: int):
    return flow[index + 1] if index + 1 < len(flow) else None


def _is_column_name(line: str) -> bool:
    match = _COLUMN_RE.search(fold(line.strip()))
    if not match:
        return False
    inner = match.group("a") or match.group("b")
    return any(ch not in CN_NUMERAL for ch in inner)


def _crosshead_like(line: str) -> bool:
    """A section head by its form: numbered, a question, 问：/答：, a lead-in ending in ——."""
    t = line.strip()
    return bool(_NUMBERED_HEAD_RE.match(t)) or t.endswith(("？", "?", "——"))


def _is_crosshead(group: list[_Heading], body: _Body | None, following, last) -> bool:
    """Heading lines inside an open story, followed by more of its text, are its section heads:
    one line of any kind, or several that are all section heads by form (numbered, questions).
    Several plain lines are a headline deck: a new story starts."""
    if body is None or not body.open or not body.has_paragraphs or last is not body:
        return False
    if not isinstance(following, _Para):
        return False
    if following.backward or _dateline_match(following.text):
        return False
    lines = [line for heading in group for line in heading.lines]
    if any(_is_column_name(line) for line in lines):
        return False  # （人民论坛）: a column's headline, so a new story
    if len(lines) == 1:
        return True
    if len(lines) <= 3 and _NUMBERED_HEAD_RE.match(lines[0]):
        return True  # 一、 on its own line, or a numbered head printed on two lines
    return all(_crosshead_like(line) for line in lines)


def _is_pen_name(heading: _Heading, body: _Body | None, following, last) -> bool:
    """A name alone on a line after a story's last paragraph, with no text of its own after it,
    signs that story (a commentary's pen name), not the headline of the next."""
    if body is None or not body.has_paragraphs or last is not body or len(heading.lines) != 1:
        return False
    if isinstance(following, _Para) or (
        isinstance(following, _Special) and following.kind == "byline"
    ):
        return False
    return looks_like_name(heading.lines[0])


def _segment(flow: list) -> list[_Body | _Run]:
    segments: list[_Body | _Run] = []
    body: _Body | None = None

    def new_body(line: int) -> _Body:
        nonlocal body
        if body is not None:
            body.open = False
        body = _Body(line)
        segments.append(body)
        return body

    index = 0
    while index < len(flow):
        unit = flow[index]
        following = _next_flow(flow, index)
        last = segments[-1] if segments else None
        index += 1
        if isinstance(unit, _Heading):
            group = [unit]
            while index < len(flow) and isinstance(flow[index], _Heading):
                group.append(flow[index])
                index += 1
            after = flow[index] if index < len(flow) else None
            if _is_crosshead(group, body, after, last):
                for heading in group:
                    body.blocks.extend(Block("crosshead", line) for line in heading.lines)
                continue
            if _is_pen_name(unit, body, following, last):
                body.end_lines.append(unit.lines[0])
                body.byline_lines.append(unit.lines[0])
                body.open = False
                group = group[1:]
            if group and body is not None:
                body.open = False
            for heading in group:
                if segments and isinstance(segments[-1], _Run):
                    segments[-1].headings.append(heading)
                else:
                    segments.append(_Run([heading]))
        elif isinstance(unit, _Special):
            story_before = body is not None and body.has_paragraphs and last is body
            if unit.kind == "byline":
                if story_before and not isinstance(following, _Para | _Special):
                    # A byline after the last paragraph, with no text of its own: it signs the
                    # story before it.
                    body.byline_lines.append(unit.text)
                    body.open = False
                    continue
                if body is None or not body.open or body.has_paragraphs or last is not body:
                    new_body(unit.line)
                body.byline_lines.append(unit.text)
            elif (
                not (story_before and body.open)
                and isinstance(following, _Para)
                and _dateline_match(unit.text)
                and not _AUTHOR_NOTE_RE.match(fold(unit.text))
            ):
                # A dateline alone on a line with no open story before it opens the next one.
                if body is None or body.has_paragraphs or last is not body:
                    new_body(unit.line)
                body.open = True
                body.blocks.append(Block("paragraph", unit.text))
            else:  # an end-of-story dateline or author note closes the story before it
                if body is None:
                    new_body(unit.line)
                body.blocks.append(Block("paragraph", unit.text))
                body.end_lines.append(unit.text)
                body.open = False
        else:  # a paragraph
            starts = (
                body is None
                or not body.open
                or last is not body
                or (
                    body.has_paragraphs
                    and (unit.backward is not None or _dateline_match(unit.text) is not None)
                )
            )
            if starts:
                new_body(unit.line)
            body.blocks.append(Block("paragraph", unit.text))
            body.markers.extend(unit.markers)
            if unit.closed:
                body.open = False
    return segments


def _heading_words(heading: _Heading) -> list[str]:
    return content_words(" ".join(heading.lines))


def _assign_decks(segments: list[_Body | _Run], unplaced: list[_Heading]) -> list[_Body]:
    bodies = [s for s in segments if isinstance(s, _Body)]
    for index, segment in enumerate(segments):
        if not isinstance(segment, _Run):
            continue
        left = segments[index - 1] if index > 0 else None
        right = segments[index + 1] if index + 1 < len(segments) else None
        # One unit per printed line, remembering which heading block it was printed in.
        lines = [
            (block, _Heading(heading.line + offset, [text]))
            for block, heading in enumerate(segment.headings)
            for offset, text in enumerate(heading.lines)
        ]
        if left is None or left.deck:
            split = 0
        elif right is None:
            split = len(lines)
        else:
            split = _best_split(lines, left, right)
        if split:
            left.deck.extend(_regroup(lines[:split]))
        if split < len(lines):
            if right is None:
                unplaced.extend(heading for _, heading in lines[split:])
            else:
                right.deck.extend(_regroup(lines[split:]))
                right.deck_line = lines[split][1].line
    return bodies


def _regroup(lines: list[tuple[int, _Heading]]) -> list[list[str]]:
    """Lines back into the heading blocks they were printed in."""
    blocks: list[list[str]] = []
    previous = None
    for block, heading in lines:
        if block != previous:
            blocks.append([])
            previous = block
        blocks[-1].extend(heading.lines)
    return blocks


_BLOCK_EDGE_BONUS = 0.5  # a deck is cut between blocks unless its lines clearly say otherwise


def _best_split(lines: list[tuple[int, _Heading]], left: _Body, right: _Body) -> int:
    """Lines [0, s) go to the body before the run, [s, n) to the body after it.

    Each line scores by its jieba word overlap with the body it goes to. A cut between two
    heading blocks (a blank line in print) gets a bonus; a cut inside a block, where nothing
    but the words separates two decks (pages with no blank lines), must earn it.
    """
    words = [_heading_words(heading) for _, heading in lines]
    to_left = [overlap(w, left.normalised_text()) for w in words]
    to_right = [overlap(w, right.normalised_text()) for w in words]

    def edge(s: int) -> float:
        at_edge = s in (0, len(lines)) or lines[s - 1][0] != lines[s][0]
        return _BLOCK_EDGE_BONUS if at_edge else 0.0

    # score(s) = sum(to_left[:s]) + sum(to_right[s:]) + edge(s), with running sums.
    running = sum(to_right)
    best_split, best_score = 0, running + edge(0)
    for s in range(1, len(lines) + 1):
        running += to_left[s - 1] - to_right[s - 1]
        if running + edge(s) > best_score + 1e-9:
            best_split, best_score = s, running + edge(s)
    return best_split


def _deck_roles(deck: list[list[str]]) -> tuple[str, str, str]:
    """(kicker, headline, subheadline) of a deck given as heading blocks in print order."""
    lines = [line for block in deck for line in block]
    if not lines:
        return "", "", ""
    blocks = [list(block) for block in deck]
    kicker_lines: list[str] = []
    sub_lines: list[str] = []
    # Cues first: a kicker ends with —— or ：, a subheadline starts with ——.
    while (
        blocks
        and len(lines) > 1
        and blocks[0]
        and blocks[0][0].rstrip().endswith(("——", "：", ":"))
    ):
        kicker_lines.append(blocks[0].pop(0))
        lines = lines[1:]
        if not blocks[0]:
            blocks.pop(0)
    while blocks and blocks[-1] and blocks[-1][-1].lstrip().startswith(("——", "—", "--")):
        sub_lines.insert(0, blocks[-1].pop())
        if not blocks[-1]:
            blocks.pop()
    blocks = [b for b in blocks if b]
    if not blocks:
        headline_lines = kicker_lines[-1:] if kicker_lines else sub_lines[:1]
        if kicker_lines:
            kicker_lines = kicker_lines[:-1]
        else:
            sub_lines = sub_lines[1:]
    elif len(blocks) == 1:
        block = blocks[0]
        if len(block) >= 3 and not kicker_lines and not sub_lines:
            kicker_lines, headline_lines, sub_lines = [block[0]], block[1:-1], [block[-1]]
        elif len(block) >= 3 and not kicker_lines:
            kicker_lines, headline_lines = [block[0]], block[1:]
        elif len(block) >= 3 and not sub_lines:
            headline_lines, sub_lines = block[:-1], [block[-1]]
        else:
            headline_lines = block
    else:
        # The headline is the block printed on the most lines (a headline on two lines); on a
        # tie, the shortest line: 主题 is set in the largest type, so it is the shortest.
        def rank(i: int) -> tuple[int, int]:
            return (-len(blocks[i]), min(len(line) for line in blocks[i]))

        main = min(range(len(blocks)), key=rank)
        kicker_lines += [line for b in blocks[:main] for line in b]
        headline_lines = blocks[main]
        sub_lines = [line for b in blocks[main + 1 :] for line in b] + sub_lines

    def joined(lines: list[str]) -> str:
        # A headline printed as two halves (上半句  下半句) reads as one, with one space.
        return re.sub(r"\s+", " ", " ".join(lines)).strip()

    return joined(kicker_lines), joined(headline_lines), joined(sub_lines)


def _dateline_and_byline(body: _Body) -> tuple[str, str, tuple[str, ...]]:
    dateline, byline = "", ""
    first = next((b.text for b in body.blocks if b.kind == "paragraph"), "")
    match = _dateline_match(first)
    if match:
        dateline = first[slice(*match.span("dateline"))]
        printed_rest = first[match.end() : match.end() + _SHORT_LINE]
        rest = fold(printed_rest)
        bracket = _BYLINE_BRACKET_RE.match(rest)
        if bracket and (
            _ROLE_WORD_RE.search(bracket.group("byline"))
            or parse_names(printed_rest[slice(*bracket.span("byline"))])
        ):
            byline = printed_rest[slice(*bracket.span("byline"))].strip()
        else:
            loose = _LOOSE_BYLINE_RE.match(rest)
            if loose:
                byline = printed_rest[slice(*loose.span(1))]
    if body.byline_lines:
        byline = byline or " ".join(body.byline_lines)
    if not dateline:
        for line in body.end_lines:
            end = _END_DATELINE_RE.match(fold(line))
            if end and not _AUTHOR_NOTE_RE.match(fold(line)):
                dateline = line.strip("（）() ")
                break
    names = parse_names(byline) if byline else ()
    if not names:
        for line in body.end_lines:
            if re.fullmatch(rf"[{_HAN}·]{{2,4}}", line):
                names = (line,)
    return dateline, byline, names


# --------------------------------------------------------------------------------------------
# The entry point
# --------------------------------------------------------------------------------------------


def parse_page(data: bytes | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ParsedPage:
    """Parse one printed page. Raises :class:`ParseError` (and nothing else) on bad input."""
    text, encoding = decode_page(data, max_bytes=max_bytes)
    try:
        return _parse_text(text, encoding)
    except ParseError:
        raise
    except RecursionError as exc:  # pragma: no cover - defensive
        raise ParseError("the page is nested too deeply to read") from exc
    except Exception as exc:  # pragma: no cover - a bug; still honour the contract
        raise ParseError(f"the parser failed on this page ({type(exc).__name__}: {exc})") from exc


def _parse_text(text: str, encoding: str) -> ParsedPage:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    reader = _Reader(lines)
    reader.read()
    segments = _segment(reader.flow)
    unplaced: list[_Heading] = []
    bodies = _assign_decks(segments, unplaced)

    # Positions follow print order: the first line of each item.
    items: list[tuple[int, str, object]] = []
    for body in bodies:
        start = min(body.first_line, body.deck_line or body.first_line)
        items.append((start, "article", body))
    for photo in reader.photos:
        items.append((photo.line, "photo", photo))
    for teaser in reader.teasers:
        items.append((teaser.line, "teaser", teaser))
    items.sort(key=lambda item: item[0])

    articles: list[ParsedArticle] = []
    photos: list[ParsedPhoto] = []
    teasers: list[ParsedTeaser] = []
    body_positions: dict[int, int] = {}
    for position, (_, kind, item) in enumerate(items, start=1):
        if kind == "article":
            body_positions[id(item)] = position
            articles.append(_article(item, position))
        elif kind == "photo":
            photos.append(
                ParsedPhoto(
                    position=position,
                    caption=item.caption,
                    credit_line=item.credit,
                    photographers=parse_names(item.credit)
                    if not re.search(r"新华社发|中新社发|供图|资料", fold(item.credit))
                    else (),
                )
            )
        else:
            teasers.append(
                ParsedTeaser(
                    position=position,
                    title_lines=tuple(item.title_lines),
                    target_label=item.label,
                    target_section=item.section,
                    text=item.text,
                )
            )
    set_aside = list(reader.set_aside)
    for heading in unplaced:
        set_aside.extend(SetAside(heading.line, line, "unplaced") for line in heading.lines)
    warnings = list(reader.warnings)
    if unplaced:
        warnings.append(
            "title lines with no story to attach to: "
            + "、".join(line for h in unplaced for line in h.lines)
        )
    meta = reader.meta
    return ParsedPage(
        encoding=encoding,
        articles=tuple(articles),
        photos=tuple(photos),
        teasers=tuple(teasers),
        set_aside=tuple(sorted(set_aside, key=lambda s: s.line)),
        metadata=PageMetadata(
            paper=meta.get("paper", ""),
            date=meta.get("date", ""),
            label=meta.get("label", ""),
            section=meta.get("section", ""),
            issue_number=meta.get("issue_number"),
        ),
        warnings=tuple(warnings),
    )


def _article(body: _Body, position: int) -> ParsedArticle:
    kicker, headline, subheadline = _deck_roles(body.deck)
    dateline, byline, reporters = _dateline_and_byline(body)
    return ParsedArticle(
        position=position,
        title_lines=tuple(line for block in body.deck for line in block),
        kicker=kicker,
        headline=headline,
        subheadline=subheadline,
        dateline=dateline,
        byline=byline,
        reporters=reporters,
        blocks=tuple(body.blocks),
        markers=tuple(body.markers),
        byline_lines=tuple(body.byline_lines),
    )
