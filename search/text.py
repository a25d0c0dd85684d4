"""Text for the index and for queries: normalise, segment with jieba, keep the words worth indexing.

One rule for both sides, so that what a query looks for is what the index holds:

* **Normalise for matching only** (:func:`normalize`): invisible format characters dropped
  (投入\u200b使用 is 投入使用), NFKC, lower case, via :func:`articles.text.normalize_for_matching`.
  The printed text is never changed; the index stores normalised copies.
* **Letter-spaced runs read unspaced, by the index only** (:func:`index_form`): ``秋 思`` is
  indexed as 秋思, so the query 秋思 finds it; a query's space still means "both words".
* **Same dictionary, same HMM setting** (:data:`HMM`): the index uses jieba's search mode, the query
  its accurate mode. Search mode is accurate mode plus the dictionary's 2- and 3-character words
  inside each longer word, so every accurate-mode word of a text is also one of its index tokens
  (and, for a word outside the dictionary, every 2- and 3-character piece of it).
* **One jieba pass per text**: :func:`analyse` runs accurate mode once and expands it to search
  mode itself (exactly what ``jieba.cut_for_search`` does), so the same pass gives the index tokens
  and the words the keywords are computed from (:mod:`search.keywords`: TF-IDF by hand with
  jieba.analyse's IDF table; ``extract_tags`` would segment the text a second time).

HMM is on, as in jieba's own defaults: a name jieba's dictionary lacks (most people in the news)
is then one token rather than single characters, so a query for it is one selective lookup. The
names the desk cares about most are in the dictionary anyway (see :mod:`search.dictionary`), and
the quality benchmark (bench/search_quality.py) measures recall against an exact substring ground
truth with this setting.
"""

from __future__ import annotations

import functools
import math
import os
import re
import threading
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import chain, compress
from pathlib import Path

from articles import tablecache
from articles.tablecache import word_key
from articles.text import drop_invisible, get_jieba, normalize_for_matching

HMM = True

#: The index segmenter, for the index and queries alike: ``rjieba`` (jieba-rs, the same dictionary
#: format and algorithm, about 17 times faster) or ``jieba``. Set by ``NEWSROOM_SEARCH_SEGMENTER``;
#: ``rjieba`` when it is installed. jieba stays the dictionary (its word frequencies decide the
#: search-mode pieces below), the keywords' IDF table and the parser's segmenter; words added to
#: the dictionary go to both (:func:`add_word`). Changing it changes the tokens: rebuild the index
#: (``manage.py rebuild_search_index``). bench/search_quality.py prints recall and speed of both.
SEGMENTERS = ("rjieba", "jieba")
_segmenter_lock = threading.Lock()
_rjieba = None
_segmenter_name: str | None = None


def segmenter_name() -> str:
    """``rjieba`` or ``jieba``: the one this process segments the index and queries with."""
    global _segmenter_name, _rjieba
    if _segmenter_name is None:
        with _segmenter_lock:
            if _segmenter_name is None:
                wanted = os.environ.get("NEWSROOM_SEARCH_SEGMENTER", "rjieba").strip().lower()
                if wanted not in SEGMENTERS:
                    raise ValueError(
                        f"NEWSROOM_SEARCH_SEGMENTER={wanted!r}: use one of {', '.join(SEGMENTERS)}"
                    )
                if wanted == "rjieba" and _rjieba is None:
                    try:  # the module's own instance: a second one would hold a second dictionary
                        import rjieba as _rjieba
                    except ImportError:  # not installed: jieba, which gives the same tokens
                        wanted = "jieba"
                _segmenter_name = wanted
    return _segmenter_name


def cut(text: str) -> list[str]:
    """Accurate-mode words of ``text``, HMM on, with the index segmenter (the index's and the
    queries' words; the jump matcher's too, :mod:`articles.continuations.matching`)."""
    return _cut(text)


def _cut(text: str) -> list[str]:
    """Accurate-mode words of ``text``, HMM on, with the index segmenter."""
    if segmenter_name() == "rjieba":
        return _rjieba.cut(text, HMM)
    return get_jieba().lcut(text, HMM=HMM)


def _spans(text: str) -> list[tuple[str, int, int]]:
    """Accurate-mode words of ``text`` with their offsets, with the index segmenter."""
    if segmenter_name() == "rjieba":
        return _rjieba.tokenize(text, "default", HMM)
    return list(get_jieba().tokenize(text, mode="default", HMM=HMM))


def add_word(word: str, freq: int | None = None, tag: str | None = None) -> None:
    """Add ``word`` to jieba (the dictionary) and to the index segmenter if that is another one.
    (Noted, with the dictionary's stamp before and after, so that the index tokens remembered
    for other words stay: :func:`_expansions_for`.)"""
    jieba = get_jieba()
    with _added_lock:
        before = _dictionary_stamp(jieba.dt.FREQ)
        jieba.add_word(word, freq, tag)
        _added.append((before, _dictionary_stamp(jieba.dt.FREQ), word))
        if len(_added) > _ADDED_KEPT:  # nobody has looked for a while: forget them all
            _added[:] = [(None, None, word)]
    if segmenter_name() == "rjieba":
        _rjieba.add_word(word, freq, tag)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words and particles: in almost every story, useless alone. A query made only of them
# still works: it finds nothing in the index and falls back to a substring match.
STOP_WORDS = _words(
    "的 了 和 与 及 在 是 为 对 把 被 从 向 以 等 也 就 都 而 并 或 之 其 这 那 着 吗 呢 吧 啊 "
    "于 由 该 此 则 即 又 还 但 所 得 地 个 我们 他们 她们 它们 一个 进行 以及 并且 而且"
)


def normalize(text: str) -> str:
    """The matching form: invisible characters dropped, NFKC (ＡＩ → ai), 轉 → 转, lower case."""
    return normalize_for_matching(drop_invisible(text))


# One Han character (CJK ideographs, extensions A–G, compatibility ideographs).
_HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
# A letter-spaced run (副刊 titles and bylines, OCR: 秋 思, 李 白, 城 市 公 交): two or more single
# Han characters, each apart from the next by one space, none touching another Han character.
_LETTER_SPACED = re.compile(f"(?<!{_HAN}){_HAN}(?: {_HAN})+(?!{_HAN})")


def join_letter_spaced(text: str) -> str:
    """``text`` (normalised) with the spaces inside its letter-spaced Han runs dropped: 秋 思 →
    秋思, 记者 李 白 → 记者 李白; ``南通 服务`` and ``报 南通`` stay (a word of two characters
    or more is not letter-spaced). Index side only: a query's space still means "both words"."""
    if _LETTER_SPACED.search(text) is None:  # most texts: one scan
        return text
    return _LETTER_SPACED.sub(lambda run: run.group().replace(" ", ""), text)


def letter_spaced_gaps(text: str) -> list[int]:
    """The offsets in ``text`` of the spaces :func:`join_letter_spaced` drops (for highlighting,
    which maps each indexed character back to the printed one)."""
    return [
        at for run in _LETTER_SPACED.finditer(text) for at in range(run.start() + 1, run.end(), 2)
    ]


def index_form(text: str) -> str:
    """What the index reads of a printed ``text``: :func:`normalize`, then
    :func:`join_letter_spaced`. Stored entries and their ``source_hash`` are of this form."""
    return join_letter_spaced(normalize(text))


_WORD_CHAR = re.compile(r"[^\W_]")  # a letter or a digit; CJK characters are letters
_HAN_ONLY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def is_word(token: str) -> bool:
    """A token worth indexing has a letter or a digit (CJK characters are letters)."""
    return _WORD_CHAR.search(token) is not None


@functools.lru_cache(maxsize=500_000)
def index_token(token: str) -> bool:
    return token not in STOP_WORDS and not token.isspace() and is_word(token)


@dataclass
class Analysis:
    """What the index keeps of one text: search-mode ``tokens`` (in text order, repeats kept, so
    term frequency counts) and the accurate-mode content ``words`` keywords are computed from."""

    tokens: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)

    def __add__(self, other: Analysis) -> Analysis:
        return Analysis(self.tokens + other.tokens, self.words + other.words)

    @classmethod
    def joining(cls, analyses) -> Analysis:
        """The analysis of texts joined by breaks: their analyses one after another."""
        joined = cls()
        for analysis in analyses:
            joined.tokens.extend(analysis.tokens)
            joined.words.extend(analysis.words)
        return joined

    def joined(self) -> str:
        return " ".join(self.tokens)


def _pieces(word: str, freq: dict[str, int]) -> list[tuple[str, int]]:
    """jieba's search mode (Tokenizer.cut_for_search) for one accurate-mode word: the
    dictionary's 2- and 3-character words inside it, with their offsets in it. A word the
    dictionary does not know (a name found by the HMM: 贾亮华, 凤港镇) gets all of them, so the
    name or place inside it (贾亮, 凤港) is found too."""
    n = len(word)
    pieces: list[tuple[str, int]] = []
    unknown = not freq.get(word) and _HAN_ONLY.fullmatch(word) is not None
    for size in (2, 3) if n > 3 else (2,):
        for i in range(n - size + 1):
            gram = word[i : i + size]
            if (unknown or freq.get(gram)) and index_token(gram):
                pieces.append((gram, i))
    return pieces


# The index tokens of one accurate-mode word (its search-mode pieces, then itself; none for a word
# not indexed), remembered per word: a story's words repeat, and a page's vocabulary is mostly
# the archive's. A word's pieces depend on the dictionary: on whether it and the 2- and
# 3-character words inside it are words of jieba's dictionary. When the dictionary has changed
# only by :func:`add_word` (an import teaches it each batch's names), the words holding an added
# word are worked out again and the rest kept; after any other change (a stamp that those
# additions do not account for) the table is emptied.
_EXPANSIONS_SIZE = 50_000
_expansions: dict[str, tuple[str, ...]] = {}
_expansions_stamp: tuple[int, int, int] | None = None
_expansions_lock = threading.Lock()
# What add_word added since the table last looked: (stamp before, stamp after, word).
_added: list[tuple[tuple | None, tuple | None, str]] = []
_added_lock = threading.Lock()
_ADDED_KEPT = 10_000


def _dictionary_stamp(freq: dict[str, int]) -> tuple[int, int, int]:
    """What tells jieba's dictionary changed: the table, its size and its total frequency."""
    return (id(freq), len(freq), get_jieba().dt.total)


def _expansions_for(freq: dict[str, int]) -> dict[str, tuple[str, ...]]:
    global _expansions, _expansions_stamp
    stamp = _dictionary_stamp(freq)
    if stamp == _expansions_stamp and not _added and len(_expansions) <= _EXPANSIONS_SIZE:
        return _expansions
    with _expansions_lock:
        with _added_lock:
            added, _added[:] = list(_added), []
            stamp = _dictionary_stamp(freq)
        words = _added_between(_expansions_stamp, stamp, added)
        if words is None or len(_expansions) > _EXPANSIONS_SIZE:
            _expansions = {}  # a new dict: a concurrent reader keeps its own
        elif words:
            _expansions = _without_words(_expansions, words)
        _expansions_stamp = stamp
        return _expansions


def _added_between(old: tuple | None, new: tuple, added: list) -> set[str] | None:
    """The words added to take the dictionary from stamp ``old`` to ``new``, or None when the
    additions noted do not account for the change."""
    if old is None:
        return None
    at, words = old, set()
    for before, after, word in added:
        if before != at:
            return None
        words.add(word)
        at = after
    return words if at == new else None


def _without_words(
    table: dict[str, tuple[str, ...]], words: set[str]
) -> dict[str, tuple[str, ...]]:
    """``table`` without the words whose pieces ``words`` may change (in place; or a new, empty
    one): each of them, and every word with a 2- or 3-character one of them inside it (found in
    one joined string, at C speed)."""
    stale = {word for word in words if word in table}
    inside = [word for word in words if len(word) in (2, 3) and "\x00" not in word]
    if inside:
        joined = "\x00".join(table)
        if joined.count("\x00") != len(table) - 1:
            return {}  # a word holding the separator: the keys cannot be told apart
        # One search for all the words, going on after each key found (a match is inside one key)
        match = re.compile("|".join(map(re.escape, inside))).search(joined)
        while match is not None:
            start = joined.rfind("\x00", 0, match.start()) + 1
            end = joined.find("\x00", start) % (len(joined) + 1)  # (-1: the last key)
            stale.add(joined[start:end])
            match = match.re.search(joined, end + 1)
    for word in stale:
        table.pop(word, None)
    return table


def _expansion(word: str, freq: dict[str, int]) -> tuple[str, ...]:
    if not index_token(word):
        return ()
    if len(word) > 2:
        return (*(gram for gram, _ in _pieces(word, freq)), word)
    return (word,)


def analyse(text: str, *, normalised: bool = False) -> Analysis:
    """Segment ``text`` once and return its index tokens and content words.

    jieba segments every run of letters between punctuation on its own, so the analysis of a
    text is the concatenation of the analyses of its paragraphs (or sentences)."""
    freq = get_jieba().dt.FREQ
    if not normalised:
        text = index_form(text)
    known = _expansions_for(freq)
    words = _cut(text)
    # Each word's expansion looked up at C speed; only the words not seen before are worked out
    # here. A word not indexed expands to nothing, and is no content word either.
    found = list(map(known.get, words))
    if None in found:
        for at, expansion in enumerate(found):
            if expansion is None:
                word = words[at]
                expansion = known.get(word)
                if expansion is None:
                    expansion = known[word] = _expansion(word, freq)
                found[at] = expansion
    return Analysis(list(chain.from_iterable(found)), list(compress(words, found)))


def query_terms(text: str) -> list[str]:
    """Index terms of a (normalised) query part: accurate mode, same segmenter, dictionary and
    HMM setting as the index."""
    seen: dict[str, None] = {}
    for word in _cut(text):
        if index_token(word):
            seen.setdefault(word, None)
    return list(seen)


def word_frequency(word: str) -> int:
    """``word``'s frequency in jieba's dictionary (0 when it is none of its words)."""
    jieba = get_jieba()
    jieba.dt.check_initialized()
    return jieba.dt.FREQ.get(word) or 0


def word_pieces(word: str) -> tuple[str, ...]:
    """The pieces an index may hold a query ``word`` in, when the text printing it was segmented
    otherwise in context (拖欠工资 → 拖欠 工资, 安全检查 → 安全 检查: the query reads a dictionary
    word the story cut in two, 拖欠、工资 or 消防安全大检查); () when it has none. jieba's best
    route through the dictionary's words inside ``word`` without ``word`` itself (its DAG, word
    frequencies as its accurate mode weighs them), kept only when every piece is a word of two
    characters or more the index keeps (a single character is no reliable token:
    :mod:`search.engine`'s notes): 大检查 has none."""
    if len(word) < 4 or _HAN_ONLY.fullmatch(word) is None:
        return ()
    jieba = get_jieba()
    jieba.dt.check_initialized()
    freq, total, n = jieba.dt.FREQ, jieba.dt.total or 1, len(word)
    log_total = math.log(total)
    # best[i]: (score of the best route of word[i:], where its first piece ends)
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        options = []
        for j in range(i + 1, n + 1):
            piece = word[i:j]
            if (i, j) == (0, n) or not (freq.get(piece) or j == i + 1):
                continue
            weight = math.log(freq.get(piece) or 1) - log_total
            options.append((weight + best[j][0], j))
        best[i] = max(options)
    pieces, at = [], 0
    while at < n:
        end = best[at][1]
        pieces.append(word[at:end])
        at = end
    if len(pieces) < 2 or any(len(p) < 2 or not index_token(p) for p in pieces):
        return ()
    return tuple(pieces)


def tokenize_spans(text: str) -> list[tuple[str, int, int]]:
    """The index tokens of an already normalised ``text`` with their offsets (for highlighting):
    what :func:`analyse` indexes, each with ``(start, end)``."""
    freq = get_jieba().dt.FREQ
    spans: list[tuple[str, int, int]] = []
    for word, start, end in _spans(text):
        if not index_token(word):
            continue
        if len(word) > 2:
            spans.extend(
                (gram, start + i, start + i + len(gram)) for gram, i in _pieces(word, freq)
            )
        spans.append((word, start, end))
    return spans


# Keywords ------------------------------------------------------------------------------------

_idf_lock = threading.Lock()
_idf: tuple[IdfTable, float] | None = None


class IdfTable:
    """jieba.analyse's IDF values by each word's :func:`~articles.tablecache.word_key`, in two
    sorted arrays: 8 bytes of key and 8 of value per word, about 4 MB for its 270,000 words where
    a dict of them takes 25 MB (an import's memory budget, bench/import_bench.py).
    ``get(word_key(word), default)`` as a dict's (two words with one key: the later line of the
    file, as a dict built from it). The keys are the same in every process, so the arrays are
    kept on disk once made (:mod:`articles.tablecache`)."""

    def __init__(self, keys: array, values: array) -> None:
        self._hashes = keys
        self._values = values

    @classmethod
    def from_pairs(cls, pairs: dict[int, float]) -> IdfTable:
        keys = array("q", sorted(pairs))
        return cls(keys, array("d", map(pairs.__getitem__, keys)))

    def get(self, key: int, default: float) -> float:
        at = bisect_left(self._hashes, key)
        if at < len(self._hashes) and self._hashes[at] == key:
            return self._values[at]
        return default

    def values(self) -> array:
        return self._values

    def to_bytes(self, median: float) -> bytes:
        """The table and its median as kept on disk (:meth:`from_bytes` reads them back)."""
        head = array("q", [len(self._hashes)]).tobytes()
        tail = array("d", [median]).tobytes()
        return head + self._hashes.tobytes() + self._values.tobytes() + tail

    @classmethod
    def from_bytes(cls, data: bytes) -> tuple[IdfTable, float] | None:
        """The table and median :meth:`to_bytes` wrote, or None when ``data`` is not one."""
        if len(data) < 16:
            return None
        n = array("q", data[:8])[0]
        if n < 0 or len(data) != 16 + 16 * n:
            return None
        keys, values, median = array("q"), array("d"), array("d")
        keys.frombytes(data[8 : 8 + 8 * n])
        values.frombytes(data[8 + 8 * n : 8 + 16 * n])
        median.frombytes(data[8 + 16 * n :])
        return cls(keys, values), median[0]


_IDF_FORMAT = 1  # the version of IdfTable.to_bytes's layout: a new one is never read as an old


def _idf_file() -> Path:
    return Path(get_jieba().__file__).parent / "analyse" / "idf.txt"


def idf_table_path() -> Path:
    """Where the IDF table is kept between processes (:func:`idf_table`)."""
    return tablecache.cache_path("idf", _idf_file(), _IDF_FORMAT)


def _idf_parse(path: Path) -> tuple[IdfTable, float]:
    """The table and median from the file itself, as ``jieba.analyse.TFIDF`` reads it."""
    pairs: dict[int, float] = {}
    values: dict[str, float] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, _, value = line.strip().partition(" ")
            if value:
                number = values.get(value)
                if number is None:
                    number = values[value] = float(value)
                pairs[word_key(word)] = number
    table = IdfTable.from_pairs(pairs)
    del pairs, values
    ordered = sorted(table.values())
    return table, ordered[len(ordered) // 2] if ordered else 0.0


def idf_table() -> tuple[IdfTable, float]:
    """jieba.analyse's IDF table (``jieba/analyse/idf.txt``) and its median, the IDF of a word the
    table does not know — what ``jieba.analyse.TFIDF`` loads, read directly so that indexing does
    not import jieba.analyse (and its part-of-speech tagger). Loaded at the first indexing: from
    the copy kept on disk by an earlier process (:mod:`articles.tablecache`), else from the file.

    Look a word up with ``table.get(word_key(word), median)`` (:class:`IdfTable`: compact, a
    lookup is a binary search; :func:`keywords` remembers each word's weight)."""
    global _idf
    if _idf is None:
        with _idf_lock:
            if _idf is None:
                kept = idf_table_path()
                data = tablecache.read_table(kept)
                loaded = IdfTable.from_bytes(data) if data is not None else None
                if loaded is None:
                    loaded = _idf_parse(_idf_file())
                    tablecache.write_table(kept, loaded[0].to_bytes(loaded[1]))
                _idf = loaded
    return _idf
