"""Text helpers shared by the parser, the jump matcher and search: folding, jieba, word overlap.

A pure module (the standard library, jieba and OpenCC; no Django), so that the parser can use it.
One place for each rule that the three must agree on:

* **Folding** (:func:`fold`): a copy of the same length for pattern matching, so that offsets
  found in the copy cut the printed text; :func:`normalize_for_matching` goes further (NFKC, lower
  case) for comparing texts, where offsets no longer matter.
* **jieba** (:func:`get_jieba`): one jieba per process, initialised once; the search dictionary
  (:mod:`search.dictionary`) adds its words to this same one. Its part-of-speech tagger
  (:func:`get_posseg`) likewise, its table sharing the dictionary's strings.
* **Word overlap** (:func:`content_words`, :func:`overlap`): how much of a title's words a text
  holds, which places a headline deck on its story and a continuation on its jump.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import struct
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from articles import posviterbi, tablecache

# The Han characters (CJK unified ideographs, extension A, compatibility ideographs, extensions
# B–G beyond U+FFFF: the rare characters of personal names, 陈𪚥), as the
# inside of a regular expression's character class.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: C0 and C1 control characters but tab, line feed and carriage return: nothing a page prints.
#: PostgreSQL refuses NUL (SQLite would store it), XML 1.0 and XLSX cannot hold the others; an
#: editor pastes them from Word (vertical tab, form feed) or an OCR dump (ESC).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# --------------------------------------------------------------------------------------------
# Folding (normalised copies only; the printed text is never changed)
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
#: Any character :data:`_MATCH_TABLE` maps (see :func:`normalize_for_matching`).
_MATCH_RE = re.compile("[" + "".join(re.escape(chr(code)) for code in _MATCH_TABLE) + "]")


# Traditional → simplified, character for character: OpenCC's character dictionaries (the
# ``t2s`` configuration applied to each character alone, so its phrase table never applies and
# every mapping is one character to one character; 5,119 characters with OpenCC 1.4). A phrase
# conversion could change a text's length (and so its offsets); one character at a time cannot.
# Old pages (OCR) and Hong Kong/Taiwan sources print these forms; readers type either.
_HAN_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0x20000, 0x323B0))


def _traditional_to_simplified() -> dict[int, str]:
    """{code point: simplified character} for every Han character OpenCC's ``t2s`` changes into
    exactly one other character (built once at import, about 0.1 s; a block of characters per
    call, one per line, so the converter never holds them all)."""
    import opencc

    converter = opencc.OpenCC("t2s")
    table: dict[int, str] = {}
    for first, end in _HAN_RANGES:
        for start in range(first, end, 4096):
            chars = [chr(code) for code in range(start, min(start + 4096, end))]
            converted = converter.convert("\n".join(chars)).split("\n")
            if len(converted) != len(chars):  # a phrase across lines: never with t2s
                raise RuntimeError("OpenCC t2s did not convert the characters one by one")
            table.update(
                (ord(t), s) for t, s in zip(chars, converted, strict=True) if s != t and len(s) == 1
            )
    return table


_FOLD_TABLE: dict[int, str | int] = dict(_traditional_to_simplified())
_FOLD_TABLE.update({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})  # full-width ASCII
_FOLD_TABLE[0x3000] = " "
#: Invisible format characters that PDF text layers, web pages and Word leave inside words
#: (INPUT.md: e-paper and web-archive dumps): soft hyphen, zero-width space, non-joiner and
#: joiner, direction marks and embeddings (``&lrm;``), word joiner, invisible operators,
#: direction isolates, Mongolian vowel separator, Arabic letter mark, byte-order mark. A
#: reader's browser shows ``投入\u200b使用`` as 投入使用.
INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
# All of them but the soft hyphen are a space to the patterns (which keep offsets), so
# （下转\u200bA2版） is a marker and 记者\u200b钱立 a byline, as they read.
_FOLD_TABLE.update(dict.fromkeys(map(ord, INVISIBLE.replace("\u00ad", "")), " "))
#: Kangxi radicals and CJK radical supplements that some PDF text layers give for the ideograph
#: they look like (⼆ U+2F06 for 二, ⽇ for 日, ⾨ for 門): {code point: the ideograph}, Unicode's
#: own mapping (the radical's compatibility decomposition, as NFKC gives it: all 214 Kangxi
#: radicals, and ⺟ ⻳ of the supplement; the supplement's other radicals, ⻓ ⻔…, have none and
#: are left alone). People's names use it as it is (:func:`articles.namechars.name_canonical`).
RADICAL_IDEOGRAPHS: dict[int, str] = {
    code: ideograph
    for code in (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6))
    if len(ideograph := unicodedata.normalize("NFKC", chr(code))) == 1 and ideograph != chr(code)
}
# Folded to the ideograph's fold (simplified), so （下转第⼆版） is a marker and 4⽉29⽇电 a dateline.
_FOLD_TABLE.update(
    (code, _FOLD_TABLE.get(ord(ideograph), ideograph))
    for code, ideograph in RADICAL_IDEOGRAPHS.items()
)
# The same table as a tuple indexed by code point over the Basic Multilingual Plane (each entry
# the folded code point, the character's own where nothing changes): ``str.translate`` indexes a
# tuple about 2.5 times as fast as it looks a dict up, and folding is the parser's largest single
# cost. About 2 MB. Text with a character beyond the plane (Extension B Han: 𠀀) uses the dict.
_FOLD_BMP: tuple[int, ...] = tuple(
    (ord(folded) if isinstance(folded, str) else folded)
    if (folded := _FOLD_TABLE.get(code)) is not None
    else code
    for code in range(0x10000)
)
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


class _Folds(dict):
    """:func:`fold`'s memory: {short text: its fold}, up to :data:`_FOLDS_KEPT` of them (then
    emptied and filled again: a page's lines are asked about while it is parsed). A text over
    :data:`_FOLD_CACHED` characters is folded each time, not kept. A text found costs one
    dictionary look-up, no Python call (``fold`` is the bound ``__getitem__``): the parser
    folds about 380 texts a page, most of them asked before."""

    def __missing__(self, text: str) -> str:
        folded = _translate(text)
        if len(text) <= _FOLD_CACHED:
            if len(self) >= _FOLDS_KEPT:
                self.clear()
            self[text] = folded
            if folded is not text and _REFOLDED_RE.search(folded) is None:
                # (a folded text is its own fold, but where it holds a character folding
                # changes again: rules fold a text they were given folded, and it is found)
                self[folded] = folded
        return folded


# The characters a fold holds that folding changes again (薴 → 苧 → 苎: OpenCC's table maps
# both): a fold without any of them is its own fold (what folding writes is otherwise a character
# it leaves alone). Read off the table, which holds every character folding changes.
_REFOLDED_RE = re.compile(
    "["
    + "".join(
        sorted(
            {
                re.escape(character)
                for folded in _FOLD_TABLE.values()
                for character in (chr(folded) if isinstance(folded, int) else folded)
                if _FOLD_TABLE.get(ord(character), character) not in (character, ord(character))
            }
        )
    )
    + "]"
)
_FOLD_CACHED = 512  # characters
_FOLDS_KEPT = 16384  # texts

#: ``fold(text) -> str``: a copy of ``text`` of the same length for pattern matching: full-width
#: ASCII to half-width, ideographic space to space, traditional characters to simplified
#: (OpenCC's character table: 報 → 报, 臺灣 → 台湾). Being character for character, a match's
#: offsets in the copy are offsets in the printed text, so what is kept is always sliced from
#: the printed text. A line is folded many times while a page is parsed (each rule looks at it
#: folded), so short texts are remembered (:class:`_Folds`).
fold = _Folds().__getitem__


def folding_to(character: str) -> list[str]:
    """Every character whose :func:`fold` holds ``character`` (itself, unless it folds to
    another): a text's fold holds ``character`` only if the text holds one of these."""
    found = [character] if ord(character) not in _FOLD_TABLE else []
    for code, folded in _FOLD_TABLE.items():
        if character in (chr(folded) if isinstance(folded, int) else folded):
            found.append(chr(code))
    return found


def folding_to_any(characters: Iterable[str]) -> set[str]:
    """Every character whose :func:`fold` holds one of ``characters`` (:func:`folding_to` of
    each, in one pass over the table): a text's fold holds one of them only if the text holds
    one of these."""
    wanted = set(characters)
    found = {character for character in wanted if ord(character) not in _FOLD_TABLE}
    for code, folded in _FOLD_TABLE.items():
        if not wanted.isdisjoint(chr(folded) if isinstance(folded, int) else folded):
            found.add(chr(code))
    return found


# The characters folding changes most often in Chinese text (full-width punctuation and the
# ideographic space), with what they fold to: ``str.replace`` swaps each in one fast pass, and a
# text with no other character that folds (most of a simplified-Chinese page) is done without a
# ``str.translate``, which costs about 20 ns a character. Same result either way: what the
# replacements write is ASCII, which folding leaves alone.
_COMMON_FOLDS: tuple[tuple[str, str], ...] = tuple(
    (character, chr(_FOLD_BMP[ord(character)])) for character in "，\u3000（）：；？！"
)
_COMMON = {ord(character) for character, _ in _COMMON_FOLDS}


def _character_ranges(codes: list[int]) -> str:
    """The inside of a regular expression's character class for the (sorted) code points
    ``codes``, as ranges."""
    parts: list[str] = []
    start = end = codes[0]
    for code in [*codes[1:], -1]:
        if code == end + 1:
            end = code
            continue
        parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(end)) if end > start else ""))
        start = end = code
    return "".join(parts)


# Any other character that folding changes, or any character beyond the plane (which the
# tuple cannot look up): a text holding none of them needs the common replacements only.
_OTHER_FOLDS_RE = re.compile(
    "["
    + _character_ranges(
        sorted(code for code in _FOLD_TABLE if code <= 0xFFFF and code not in _COMMON)
    )
    + "\U00010000-\U0010ffff]"
)


def _translate(text: str) -> str:
    if text.isascii():
        return text
    if _OTHER_FOLDS_RE.search(text) is None:
        for character, folded in _COMMON_FOLDS:
            text = text.replace(character, folded)  # (the text itself when it has none)
        return text
    if _ASTRAL_RE.search(text):
        return text.translate(_FOLD_TABLE)
    return text.translate(_FOLD_BMP)


def normalize_for_matching(text: str) -> str:
    """NFKC (full-width letters, digits and brackets to half-width), traditional → simplified
    (:func:`fold`), lower case: the form search indexes and queries are compared in.

    The last table (:data:`_MATCH_TABLE`) is applied only to a text holding one of its
    characters: ``str.translate`` costs about 20 ns a character even when it changes nothing,
    and after folding and NFKC most texts (a whole page's paragraphs, at import) hold none."""
    text = unicodedata.normalize("NFKC", fold(text))
    if _MATCH_RE.search(text) is not None:
        text = text.translate(_MATCH_TABLE)
    return text.lower()


_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))


def drop_invisible(text: str) -> str:
    """``text`` without the :data:`INVISIBLE` characters (``text`` itself when it has none).

    For search (:func:`search.text.normalize`, before :func:`normalize_for_matching`): the index
    and queries read 投入\u200b使用 as the one word 投入使用. :func:`fold` gives these
    characters a space instead (but the soft hyphen, which it leaves), so that the parser's
    patterns keep their offsets; a space would split the word for the segmenter."""
    if _INVISIBLE_RE.search(text) is None:  # most texts: one scan, no ``str.translate``
        return text
    return text.translate(_DROP_INVISIBLE)


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


_posseg = None


def get_posseg():
    """``jieba.posseg`` (jieba's part-of-speech tagger, which the parser asks about names, places
    and verbs), loaded once, after :func:`get_jieba`.

    Its word → tag table (``posseg.dt.word_tag_tab``: jieba's dictionary again, 349,000 words)
    is built again, the same table (every word gives the same tag; only the order of its keys
    differs, and nothing iterates it): each word the very string jieba's own dictionary holds,
    each tag one string. jieba's loader gives both a string of their own per line: 54 MB, the
    table made here 24 MB (``bench/pdf_bench.py``: the process an import of page PDFs runs in).

    The tags are kept on disk in the order of the dictionary's words (:mod:`articles.tablecache`),
    so a process after the first makes the table from those (about 0.1 s) without reading the
    dictionary file a second time (jieba's loader and the sharing: about 0.6 s, a tenth of an
    import of 500 pages, bench/import_bench.py). Its Viterbi (how it tags a run of characters no
    dictionary word covers) is :func:`articles.posviterbi.viterbi`: jieba's tags, faster."""
    global _posseg
    if _posseg is None:
        jieba = get_jieba()
        with _jieba_lock:
            if _posseg is None:
                _posseg = _load_posseg(jieba)
    return _posseg


_TAGS_FORMAT = 1  # the version of _tags_to_bytes's layout: a new one is never read as an old


def _dictionary_file(jieba) -> Path:
    """The file jieba's dictionary (and so the tags) was read from."""
    own = jieba.dt.dictionary
    return Path(own) if own else Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME


def posseg_tags_path(jieba) -> Path:
    """Where the part-of-speech tags of ``jieba``'s dictionary are kept between processes."""
    return tablecache.cache_path("tags", _dictionary_file(jieba), _TAGS_FORMAT)


def _load_posseg(jieba):
    words = jieba.dt.FREQ
    kept = posseg_tags_path(jieba)
    data = tablecache.read_table(kept)
    table = _tags_from_bytes(data, words) if data is not None else None
    if table is not None and "jieba.posseg" not in sys.modules:
        posseg = _import_posseg_without_table(jieba)
    else:  # (imported before: its table may hold user words' tags merged in since)
        import jieba.posseg as posseg

        table = _shared_word_tags(posseg.dt.word_tag_tab, words)
        data = _tags_to_bytes(table, words)
        if data is not None:
            tablecache.write_table(kept, data)
    posseg.dt.word_tag_tab = table
    posviterbi.install(posseg)  # (the same tags, faster: articles/posviterbi.py)
    return posseg


def _import_posseg_without_table(jieba):
    """Import ``jieba.posseg`` without its loader reading the dictionary file for a table that is
    replaced at once: while it imports, the dictionary's file reads as empty."""
    tokenizer = jieba.dt
    tokenizer.get_dict_file = lambda: io.BytesIO()  # shadows the method, for the import only
    try:
        import jieba.posseg as posseg
    finally:
        del tokenizer.get_dict_file
    return posseg


def _tags_to_bytes(table: dict[str, str], words: dict[str, int]) -> bytes | None:
    """``table`` (word → tag) as kept on disk: one byte per word of ``words`` in its order (0 for
    a word without a tag; the trailing ones dropped, so words learned later do not count), the
    tags' names, and a digest of the words the bytes go with. None when ``table`` has words
    ``words`` lacks or more than 255 tags (not kept)."""
    names = sorted(set(table.values()))
    if len(names) > 255 or not all(name and "\n" not in name for name in names):
        return None
    number = {name: i for i, name in enumerate(names, 1)}
    found = table.get
    codes = bytes(number.get(found(word), 0) for word in words).rstrip(b"\0")
    if sum(map(bool, codes)) != len(table):
        return None  # a word the dictionary's frequencies lack
    blob = "\n".join(names).encode("utf-8")
    digest = tablecache.words_digest(itertools.islice(words, len(codes)))
    return digest + struct.pack("<QI", len(codes), len(blob)) + blob + codes


def _tags_from_bytes(data: bytes, words: dict[str, int]) -> dict[str, str] | None:
    """The table :func:`_tags_to_bytes` kept, keyed by the strings of ``words``; None when
    ``data`` is not one or was made for other words (or the same in another order)."""
    head = 16 + struct.calcsize("<QI")
    if len(data) < head:
        return None
    count, size = struct.unpack("<QI", data[16:head])
    if len(data) != head + size + count or len(words) < count:
        return None
    if tablecache.words_digest(itertools.islice(words, count)) != data[:16]:
        return None
    names = ["", *data[head : head + size].decode("utf-8").split("\n")]
    codes = data[head + size :]
    if max(codes, default=0) >= len(names):
        return None
    # Walked in C (compress, map): about a third faster than a comprehension over 350,000 words.
    tagged = itertools.compress(words, codes)
    return dict(zip(tagged, map(names.__getitem__, itertools.compress(codes, codes)), strict=True))


def _shared_word_tags(table: dict[str, str], words: dict[str, int]) -> dict[str, str]:
    """``table`` (word → tag) made again with the key strings of ``words`` where it has them and
    one string per distinct tag: equal to ``table``."""
    tags: dict[str, str] = {}
    found = table.get
    out = {word: tags.setdefault(tag, tag) for word in words if (tag := found(word)) is not None}
    if len(out) != len(table):  # words jieba's frequencies lack (none in its own dictionary)
        for word, tag in table.items():
            out.setdefault(word, tags.setdefault(tag, tag))
    return out


# --------------------------------------------------------------------------------------------
# Word overlap
# --------------------------------------------------------------------------------------------

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
_WORD_CHAR_RE = re.compile(rf"[{HAN}A-Za-z0-9]")


def content_words(text: str, *, cut: Callable[[str], list[str]] | None = None) -> list[str]:
    """jieba words worth matching on: two or more characters, not stop words, not punctuation.

    ``cut``: the accurate-mode segmenter (HMM on) to use instead of jieba's own, e.g. the search
    index's (:func:`search.text.cut`: rjieba, the same dictionary and algorithm, faster), which
    the jump matcher uses outside the parser."""
    words = (cut or get_jieba().lcut)(normalize_for_matching(text))
    return [w for w in words if len(w) >= 2 and w not in _STOPWORDS and _WORD_CHAR_RE.search(w)]


def overlap(words: list[str], text: str) -> float:
    """Share of the words' characters that occur in ``text`` (already normalised)."""
    total = sum(len(w) for w in words)
    if not total:
        return 0.0
    return sum(len(w) for w in words if w in text) / total
