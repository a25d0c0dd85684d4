"""Reading a query: what readers type → its parts, the index's terms, the words it excludes.

The rules are :mod:`search.engine`'s (its module notes); this module only reads the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import pairwise

from articles.parsing.surnames import COMPOUND_SURNAMES, SURNAMES
from search import dictionary
from search.text import is_word, normalize, query_terms, word_frequency, word_pieces

MAX_QUERY_LENGTH = 200
MAX_PARTS = 8
MAX_TERMS = 24

# A part that is one plain token (letters/CJK and digits only): the index's own tokenisers keep it
# whole, so a token match is already a substring match and needs no check.
_PLAIN_TOKEN = re.compile(r"[^\W_]+")
# One Han character (CJK ideographs, extensions A–G, compatibility ideographs).
_ONE_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
#: Quotes around a phrase (opening → closing), as typed (``＂`` too) and as NFKC leaves them.
QUOTES = {"“": "”", '"': '"', "＂": "＂", "「": "」", "『": "』", "‘": "’"}
_QUOTE_MARKS = frozenset(QUOTES) | frozenset(QUOTES.values())
# Double quotes that pair whichever way they are mixed (``“重大 项目"``: an input method's
# opening quote, the keyboard's closing one), as opening and as closing marks.
_DOUBLE_OPEN, _DOUBLE_CLOSE = '“"＂', '”"＂'


def _paired(first: str, last: str) -> bool:
    """Whether ``first`` and ``last`` are a pair of quotes (:data:`QUOTES`; or two double quotes
    mixed, ``“…"``, ``"…”``)."""
    return QUOTES.get(first) == last or (first in _DOUBLE_OPEN and last in _DOUBLE_CLOSE)


# Double quotes inside an echo that the page puts between “ ”: single ones there (Chinese usage).
# A pair of double quotes inside an echo the page puts between “ ”: single ones there (Chinese
# usage); a quote without its pair stays as typed.
_PAIRED = re.compile(r"[\"＂]([^\"＂]*)[\"＂]|“([^“”]*)”|「([^「」]*)」")


# A query's chunks: a phrase between a pair of quotes, spaces and all (a minus before it
# excludes it), when it stands alone (``"南通 港"``, ``-“长江 保护”``); else a run without spaces.
_CHUNK = re.compile(
    r"-?(?:"
    + "|".join(f"{re.escape(o)}[^{re.escape(c)}]+{re.escape(c)}" for o, c in QUOTES.items())
    + f"|[{_DOUBLE_OPEN}][^{_DOUBLE_OPEN}{_DOUBLE_CLOSE}]+[{_DOUBLE_CLOSE}]"
    + r")(?=\s|$)|\S+"
)
# A space between two Han characters (a phrase's ``南通 港``): none, as print has none there.
# A run of Han characters only; a part of at most SHORT_HAN of them is a short one (Query.name_like).
_HAN_RUN = re.compile(f"{_ONE_HAN.pattern}+")
SHORT_HAN = 4
_HAN_SPACE = re.compile(f"(?<={_ONE_HAN.pattern})\\s+(?={_ONE_HAN.pattern})")


def _chunks(text: str) -> list[str]:
    """The chunks of a normalised query: space-separated, but a quoted phrase whole."""
    return _CHUNK.findall(text)


def phrase_form(part: str) -> str:
    """A phrase as it is looked for: its spaces read as print has them, none between two Han
    characters (``南通 港`` → 南通港, 长江 保护 → 长江保护) and one elsewhere (``anna  lee``
    → anna lee, ``华为 mate`` stays). Readers type a phrase as they read it printed: a name
    in Latin letters keeps its space, Chinese words have none between them."""
    return " ".join(_HAN_SPACE.sub("", part).split())


#: A dictionary frequency from which a word after a surname is read as a word, not a name
#: (石碑 601, 林立 695, 高温 1,515; the names 王明 368, 李强 159, 林海 51).
NOT_A_NAME = 500


def is_name(part: str) -> bool:
    """Whether ``part`` (normalised) reads as a person's name: two or three Han characters after
    a common surname (林海, 林海滔), or three or four after a compound one (欧阳海涛;
    :mod:`articles.parsing.surnames`), and no common word of jieba's dictionary (石碑, 高温: a
    frequency of :data:`NOT_A_NAME` or more; 王明 368, 林海 51). A guess by its form."""
    if _HAN_RUN.fullmatch(part) is None or word_frequency(part) >= NOT_A_NAME:
        return False
    if part[:2] in COMPOUND_SURNAMES:
        return 3 <= len(part) <= SHORT_HAN
    return 2 <= len(part) <= 3 and part[0] in SURNAMES


def is_one_han(part: str) -> bool:
    """Whether ``part`` is one Han character (报, 龘): matched as a substring, never asked of the
    word index (:mod:`search.engine`'s notes)."""
    return _ONE_HAN.fullmatch(part) is not None


@dataclass(frozen=True)
class Query:
    """A query as :func:`parse_query` reads it: ``parts`` every story must hold, ``terms`` the
    index is asked for, ``excluded`` words no story listed may hold (``-项目``), ``ignored``
    the words read as operators and left out (``AND``, ``OR``: see :func:`parse_query`),
    ``unexcluded`` the words after a minus that exclude nothing (also looked for, ``的 -的``; or
    no word to look for, ``-项目``): the page says so; ``phrases`` the parts written between
    quotes (``"快车道驶入"``: :func:`is_phrase`), which a story must hold with their characters
    together, never their words apart (:func:`search.engine.search`'s ``loose``)."""

    text: str
    parts: tuple[str, ...]
    terms: tuple[str, ...]
    excluded: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    unexcluded: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    # The phrases typed with a space (``"南通 港"``): each part with its words, which the index
    # is asked for instead of the part's own terms (print may set them apart: 南通　港), and
    # the pattern a story's text must match (:func:`spaced_pattern`; :mod:`search.spaced`).
    spaced: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The excluded phrases typed with a space (``-"长江 保护"``), each with its words: left out
    # as printed, with or without the space (:func:`search.engine.without_excluded`).
    excluded_spaced: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The terms of parts not between quotes that the index may hold only in pieces, each with
    # them (``("拖欠工资", ("拖欠", "工资"))``: :func:`search.text.word_pieces`): what a story
    # printing the pieces apart is found by when none prints the part (:attr:`loose_terms`).
    pieces: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def phrase_apart(self) -> bool:
        """Whether a phrase holds several of the index's words (which, unquoted, a story could
        hold apart: the page says so when it finds nothing), or was typed as several words
        (``"2020 年"``: 年 is no index word, but the words may still stand apart)."""
        spaced = dict(self.spaced)
        return any(len(query_terms(p)) > 1 or p in spaced for p in self.phrases)

    @property
    def echoed(self) -> str:
        """The query as the page echoes it, quotes and all (the template escapes it): a query
        quoted whole in the reader's own quotes, as typed (``"快车道驶入"``, ``『快车道』``: a
        phrase, not the words apart); any other between the page's “ ”, the double quotes
        inside it as single ones (``"快车道" 南通`` → “‘快车道’ 南通”, Chinese usage)."""
        text, inner = self.text, self.text[1:-1]
        quoted = len(text) > 2 and _paired(text[0], text[-1])
        if quoted and not _QUOTE_MARKS.intersection(inner):
            return text
        return "“" + _PAIRED.sub(lambda pair: f"‘{pair.group(pair.lastindex)}’", text) + "”"

    def text_without(self, *, quotes: bool = False, excluded: bool = False) -> str:
        """The query as typed with its phrases' quotes dropped (``quotes``: ``"高质量 发展"
        南通`` → ``高质量 发展 南通``; an excluded phrase keeps them, it is still one thing
        left out) or its excluded words and phrases dropped (``excluded``: ``南通 -港口`` →
        ``南通``): what :mod:`search.hints` suggests, to link as a search of its own. Its
        chunks (:func:`_chunks`) rejoined by one space."""
        kept = []
        for chunk in _CHUNK.findall(self.text):
            plain = normalize(chunk)
            if excluded and phrase_form(_excluded(plain)) in self.excluded:
                continue
            if quotes and is_phrase(plain):
                chunk = chunk[1:-1]
            kept.append(chunk)
        return " ".join(kept)

    @property
    def loose_terms(self) -> tuple[str, ...]:
        """The terms with each that has pieces (:attr:`pieces`) read as them: what a story
        holding the query's words apart must hold (拖欠工资 → 拖欠 工资; :func:`search.engine.search`'s
        ``loose``), each once, in order."""
        pieces = dict(self.pieces)
        return tuple(dict.fromkeys(p for t in self.terms for p in pieces.get(t, (t,))))

    @property
    def name_like(self) -> bool:
        """Whether every part is a short run of Han characters (one to four) and one of them
        reads as a person's name (:func:`is_name`: 林海, 林海滔, 欧阳海涛): a name readers expect
        found wherever it is printed, however the index's segmentation cut the text around it
        (林海 inside 林 / 海涛). Such a query finds every story holding its parts as substrings,
        the index's matches and the substring scan's together (:func:`search.engine.search`).
        Other words are not scanned so (a scan of every story's text costs ≈ 50 ms at 20,000
        stories on SQLite: bench/search_scale.py)."""
        short = all(len(p) <= SHORT_HAN and _HAN_RUN.fullmatch(p) for p in self.parts)
        return short and any(is_name(p) for p in self.parts)

    @property
    def is_empty(self) -> bool:
        return not self.parts

    @property
    def characters(self) -> tuple[str, ...]:
        """The parts of one Han character (:func:`is_one_han`)."""
        return tuple(part for part in self.parts if is_one_han(part))

    @property
    def held(self) -> tuple[str, ...]:
        """The characters the index of characters (PostgreSQL, migration ``search.0008``) is asked
        for when the substring scan reads it: every character of a :attr:`name_like` query's
        parts (林海: 林 and 海, each story holding both then read for 林海), else the parts of
        one Han character (:attr:`characters`)."""
        if self.name_like:
            return tuple(dict.fromkeys(ch for part in self.parts for ch in part))
        return self.characters

    @property
    def needs_check(self) -> bool:
        """Must index candidates be checked for the parts as substrings?"""
        return not (
            len(self.parts) == 1
            and self.terms == self.parts
            and _PLAIN_TOKEN.fullmatch(self.parts[0]) is not None
        )

    @property
    def apart(self) -> Query | None:
        """What a story holding the query's words apart matches (大桥通车 → 海港大桥月底通车:
        readers type no spaces): its phrases' characters together (``parts``), every one of
        :attr:`loose_terms` anywhere (``terms``); None when no story could hold its words apart
        but not together: a single word, every part a phrase, or an index match that is exact
        already. The one rule of the public search's ``loose`` (:func:`search.engine.search`,
        when nothing holds the characters together) and of the desk's box (listed after the
        stories holding them together: :mod:`articles.admin.storysearch`). Asked of the index
        checked for the parts only when there are phrases."""
        terms = self.loose_terms
        if (
            len(terms) > 1
            and (self.needs_check or self.pieces)
            and len(self.phrases) < len(self.parts)
        ):
            return replace(self, parts=self.phrases, terms=terms)
        return None


def _clean(text: str) -> str:
    """Control characters become spaces; surrogates and invisible format characters go."""
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc":
            out.append(" ")
        elif category not in ("Cs", "Cf", "Co", "Cn"):
            out.append(ch)
    return "".join(out)


def _strip_edges(part: str) -> str:
    """``"污染防治"`` → 污染防治, ``-徐惠民`` → 徐惠民: quotes and operators around a word go."""
    start, end = 0, len(part)
    while start < end and not is_word(part[start]):
        start += 1
    while end > start and not is_word(part[end - 1]):
        end -= 1
    return part[start:end]


def is_phrase(chunk: str) -> bool:
    """Whether ``chunk`` (a space-separated piece of a normalised query) is written between a
    pair of quotes (``"快车道驶入"``, ``“快车道驶入”``, ``「快车道驶入」``; double ones mixed,
    ``“快车道驶入"``) around a word."""
    return len(chunk) > 2 and _paired(chunk[0], chunk[-1]) and bool(_strip_edges(chunk))


#: Words readers type as operators between words: a space already means "and"; "or" is not
#: supported (each word is still required), and the page says so.
OPERATORS = frozenset({"and", "or", "&&", "||"})


def _excluded(chunk: str) -> str:
    """``项目`` for ``-项目`` (a minus before a word: leave out the stories holding it), and
    ``大桥通车`` for ``-"大桥通车"`` (a minus before a phrase: leave out the stories printing
    it, its characters together), and ``三座`` for ``-“三座`` or ``-”三座`` (a quote left
    unclosed or typed the wrong way round: still a word to leave out, never one to look for);
    "" for any other chunk, and for a minus before a digit (``-5℃`` is a temperature)."""
    if len(chunk) < 2 or chunk[0] != "-":
        return ""
    first = chunk[1:].lstrip("".join(_QUOTE_MARKS))[:1]
    if is_phrase(chunk[1:]) or (first and is_word(first) and not first.isdigit()):
        return _strip_edges(chunk)
    return ""


def spaced_pattern(words: tuple[str, ...]) -> str:
    """The regular expression a phrase typed with spaces (its ``words``, normalised) is found
    by in a story's normalised text: the words in order, any run of half- or full-width spaces
    where either side is a Han character (``南通 港`` finds 南通港, 南通 港, 南通　港;
    ``GDP 增长`` and ``2020 年`` find GDP增长 and 2020年, as printed), at least one between
    other words (``anna lee``). The words' characters escaped (``re.escape``: only
    ASCII punctuation, read literally by Python's ``re`` and PostgreSQL's ``~`` alike)."""
    pattern = re.escape(words[0])
    for before, word in pairwise(words):
        han = is_one_han(before[-1]) or is_one_han(word[0])
        pattern += f"[ \u3000]{'*' if han else '+'}" + re.escape(word)
    return pattern


def _read_chunks(chunks: list[str]) -> tuple[list[str], list[str], list[str], list[str], dict]:
    """The space-separated ``chunks`` of a normalised query → its parts, the words it excludes,
    the operator words left out, the parts written between quotes, each once, in order, and of
    those typed with spaces their words (``{"南通港": ("南通", "港")}``)."""
    parts: list[str] = []
    excluded: list[str] = []
    ignored: list[str] = []
    phrases: list[str] = []
    spaced: dict[str, tuple[str, ...]] = {}
    for at, chunk in enumerate(chunks):
        if chunk in OPERATORS and 0 < at < len(chunks) - 1:
            ignored.append(chunk.upper())
            continue
        word = phrase_form(_excluded(chunk))
        target = excluded if word else parts
        part = word or phrase_form(_strip_edges(chunk))
        if part and part not in target:
            target.append(part)
        if not word and part and is_phrase(chunk) and part not in phrases:
            phrases.append(part)
            words = tuple(_strip_edges(chunk).split())
            spaced.update({part: words} if len(words) > 1 else {})
        elif word and is_phrase(chunk[1:]):  # (-"长江 保护": its words, as for one looked for)
            words = tuple(_excluded(chunk).split())
            spaced.update({word: words} if len(words) > 1 else {})
    return parts, excluded, ignored, phrases, spaced


def parse_query(text: str) -> Query:
    """What a query asks for: its parts (substrings), the index terms of those parts, the words
    it excludes (``-项目``: stories holding 项目 are left out; needs a word to look for,
    and not that word: ``unexcluded`` names those that exclude nothing), the operator words
    it left out (``AND``, ``OR`` between two words) and its phrases (parts between quotes).
    Past :data:`MAX_QUERY_LENGTH` characters ``text`` is cut: the site's form and the desk
    refuse such a query first (:func:`too_long_line`)."""
    text = _clean(text or "")[:MAX_QUERY_LENGTH]
    parts, excluded, ignored, phrases, spaced = _read_chunks(_chunks(normalize(text)))
    parts = parts[:MAX_PARTS]
    # A word both looked for and excluded (``的 -的``), or excluded with nothing to look for
    # (``-项目``), excludes nothing: said on the page, not dropped silently.
    unexcluded = [word for word in excluded if word in parts or not parts][:MAX_PARTS]
    excluded = [word for word in excluded if word not in parts][:MAX_PARTS]
    if parts:
        dictionary.ensure_current()
    terms, pieces = _terms(parts, phrases, spaced)
    return Query(
        text=text.strip(),
        parts=tuple(parts),
        terms=tuple(list(terms)[:MAX_TERMS]),
        excluded=tuple(excluded) if parts else (),
        ignored=tuple(dict.fromkeys(ignored)),
        unexcluded=tuple(unexcluded),
        phrases=tuple(part for part in phrases if part in parts),
        spaced=_spaced_among(spaced, parts),
        excluded_spaced=_spaced_among(spaced, excluded),
        pieces=tuple((t, pieces[t]) for t in list(terms)[:MAX_TERMS] if t in pieces),
    )


def _terms(
    parts: list[str], phrases: list[str], spaced: dict[str, tuple[str, ...]]
) -> tuple[dict[str, None], dict[str, tuple[str, ...]]]:
    """The index terms of ``parts`` (each once, in order; a phrase typed with spaces by its
    words), and of those not in ``phrases`` the terms the index may hold only in pieces, with
    them (:func:`search.text.word_pieces`)."""
    terms: dict[str, None] = {}
    pieces: dict[str, tuple[str, ...]] = {}
    for part in parts:
        if is_one_han(part):
            continue  # matched as a substring only (search.engine's notes)
        words = [w for w in spaced.get(part, (part,)) if not is_one_han(w)]  # (港: a substring)
        for term in (t for word in words for t in query_terms(word)):
            terms.setdefault(term, None)
            if part not in phrases and (split := word_pieces(term)):
                pieces.setdefault(term, split)
    return terms, pieces


def too_long_line(length: int | str) -> str:
    """Why a query longer than :data:`MAX_QUERY_LENGTH` (``length`` characters) is not searched
    (Chinese): the site's form and the desk's search box refuse it whole, as cutting it could
    drop a closing quote or a word."""
    return f"检索词太长：最多 {MAX_QUERY_LENGTH} 个字（现在 {length} 个）；请只留下要找的关键词"


def desk_query_refusal(text: str) -> str:
    """Why the desk's search box (the stories list) searches nothing for ``text`` (Chinese), or
    "": longer than :data:`MAX_QUERY_LENGTH` (:func:`too_long_line`; :func:`parse_query` would
    cut it); only words to leave out (``-项目``: nothing to look for finds nothing), said with
    how to write it, as the site's page says it; nothing to search at all (``-``, ``""``,
    ``“”`` alone), said so, with the how-to when a minus was typed; a word both looked for and
    left out (``湿地 -湿地``: no story holds it and does not; the site's page searches without
    the exclusion and says so, the desk finds nothing and says why: reviewer B of session 68,
    defect 11)."""
    if len(text) > MAX_QUERY_LENGTH:
        return too_long_line(len(text))
    query = parse_query(text)
    if query.is_empty and query.unexcluded:
        words = "、".join(f"“-{word}”" for word in query.unexcluded)
        return f"只写了要排除的词{words}，没有要找的词：只排除的检索什么也找不到。{EXCLUDE_HOW_TO}"
    if query.is_empty and text.strip():  # (``-``, ``""``, ``“”`` alone: as the site says)
        how_to = EXCLUDE_HOW_TO if has_minus(text) else ""
        return f"“{text.strip()}”里没有可以检索的字词。{how_to}"
    if query.unexcluded:  # (``湿地 -湿地``: to hold it and not hold it, no story does)
        words = "、".join(f"“{word}”" for word in query.unexcluded)
        return (
            f"{words}既要找又加了减号排除：没有稿件既含有又不含有它，什么也找不到。"
            f"要排除它就别再把它写成要找的词；{EXCLUDE_HOW_TO}"
        )
    return ""


#: How to write a word to leave out (the desk's messages; the site's page says it too).
EXCLUDE_HOW_TO = "减号开头的词表示排除，还要写一个要找的词，如：南通 -项目"


def has_minus(text: str) -> bool:
    """Whether ``text`` holds a minus, half- or full-width (``-``, ``－``): a query with one that
    searched nothing is told how to write a word to leave out."""
    return "-" in text or "－" in text


def _spaced_among(spaced: dict, wanted: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The phrases typed with spaces (``spaced``: each with its words) among ``wanted`` (the
    query's parts, or the words it excludes), in order."""
    return tuple((part, words) for part, words in spaced.items() if part in wanted)


def _as_query(query: str | Query) -> Query:
    return query if isinstance(query, Query) else parse_query(query)
