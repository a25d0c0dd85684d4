"""The user dictionary: words jieba must keep whole (徐惠民, not 徐 + 惠民).

Two sources, both added to the one jieba that :func:`articles.text.get_jieba` initialises (and to
the index segmenter, :func:`search.text.add_word`):

* the project file ``search/dict/newsroom.dict`` that editors extend (people in the news, places,
  campaign names), loaded once at start-up by :func:`preload` (``SearchConfig.ready``), so a
  pre-forking server (``gunicorn --preload``) loads it once in the master before any worker forks;
* names the importer has seen: reporters and photographers (:class:`~articles.models.Person`)
  and places from datelines (``新华社北京7月8日电`` → 北京). The import hook learns the names of
  the page it imports before segmenting it; every process also picks up names other processes
  learned, at its first use of the index and then at most every :data:`REFRESH_SECONDS`.

A new word changes how texts containing it segment, so learning one is followed by re-indexing
the stories that contain it (see :func:`search.indexing.reindex_containing`), and a changed file by
``manage.py rebuild_search_index --if-dictionary-changed``.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from articles.text import get_jieba
from search.text import add_word, normalize, query_terms

DICT_FILE = Path(__file__).parent / "dict" / "newsroom.dict"
REFRESH_SECONDS = 60.0

_NAME_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff·]{2,12}")
_DATELINE_PLACE_RE = re.compile(
    r"^(?:新华社|中新社|人民日报|本报|央视|中国日报)?(?:记者)?"
    r"(?P<place>[\u4e00-\u9fff]{2,8}?)(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:电|讯)"
)
_NOT_PLACES = frozenset({"本报", "昨日", "今日", "近日", "日前", "本月", "上月"})

_lock = threading.RLock()
_file_words: dict[str, tuple[int | None, str | None]] | None = None
_learned: set[str] = set()
_last_refresh = 0.0
# Bumped whenever words are added; ``changes`` says which (None: possibly any), so that cached
# analyses of texts that contain none of them can be kept.
generation = 0
changes: list[tuple[int, tuple[str, ...] | None]] = []


def parse_dictionary(text: str) -> dict[str, tuple[int | None, str | None]]:
    """``WORD [FREQ] [TAG]`` lines (``#`` comments and blank lines skipped) → {word: (freq, tag)}."""
    words: dict[str, tuple[int | None, str | None]] = {}
    for raw in text.splitlines():
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        fields = line.split()
        word = normalize(fields[0])
        freq = int(fields[1]) if len(fields) > 1 and fields[1].isdigit() else None
        tag = fields[-1] if len(fields) > 1 and not fields[-1].isdigit() else None
        words[word] = (freq, tag)
    return words


def file_words(path: Path = DICT_FILE) -> dict[str, tuple[int | None, str | None]]:
    return parse_dictionary(path.read_text(encoding="utf-8")) if path.exists() else {}


def file_fingerprint(words: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(words)).encode()).hexdigest()


def preload() -> None:
    """Load jieba and the dictionary file (once per process)."""
    global _file_words
    if _file_words is not None:
        return
    with _lock:
        if _file_words is not None:
            return
        get_jieba()
        words = file_words()
        for word, (freq, tag) in words.items():
            add_word(word, freq, tag)
        _file_words = words
        _bump(None)


def loaded_file_words() -> dict[str, tuple[int | None, str | None]]:
    preload()
    return dict(_file_words or {})


def knows(word: str) -> bool:
    return bool(get_jieba().dt.FREQ.get(word))


def unknown(words: Iterable[str]) -> list[str]:
    """The names among ``words`` that :func:`learn` would add."""
    preload()
    found = []
    for raw in words:
        word = normalize(raw or "").strip()
        if word not in _learned and _NAME_RE.fullmatch(word) and not knows(word):
            found.append(word)
    return found


def learn(words: Iterable[str]) -> list[str]:
    """Add names jieba does not know yet; return the ones added (their stories need re-indexing)."""
    preload()
    get_jieba()
    added: list[str] = []
    with _lock:
        for raw in words:
            word = normalize(raw or "").strip()
            if word in _learned or not _NAME_RE.fullmatch(word):
                continue
            _learned.add(word)
            if knows(word):
                continue
            _terms_before[word] = tuple(query_terms(word))
            add_word(word)
            added.append(word)
        if added:
            _bump(tuple(added))
    return added


# How each word :func:`learn` added was segmented for the index before it was added (its query
# terms then): where an entry holds those pieces, its text may hold the word, and segments it
# differently now (search.photoindex finds older photos so, through the index).
_terms_before: dict[str, tuple[str, ...]] = {}


def terms_before(word: str) -> tuple[str, ...] | None:
    """The index terms ``word`` (normalised) was segmented into before :func:`learn` added it;
    None for a word it did not add in this process."""
    return _terms_before.get(word)


def learned_words() -> set[str]:
    """Every name this process has learned (from imports and the database)."""
    with _lock:
        return set(_learned)


def _bump(words: tuple[str, ...] | None) -> None:
    global generation
    generation += 1
    changes.append((generation, words))
    del changes[:-1000]


def changed_since(since: int) -> set[str] | None:
    """The words added after ``since`` (a :data:`generation`); None if it cannot say which."""
    if since == generation:
        return set()
    recent = [words for number, words in changes if number > since]
    if len(recent) != generation - since or any(words is None for words in recent):
        return None
    return {word for words in recent for word in words}


def dateline_place(dateline: str) -> str | None:
    """``新华社北京7月8日电`` → 北京; ``本报讯`` → None."""
    match = _DATELINE_PLACE_RE.match(normalize(dateline or "").replace(" ", ""))
    if not match:
        return None
    place = match.group("place")
    return None if place in _NOT_PLACES else place


_articles_seen = 0


def database_words() -> set[str]:
    """Reporters, photographers, and places from the datelines of stories not seen before.

    Each distinct dateline is read once (``SELECT DISTINCT``): a process's first refresh over
    an archive of 1,000,000 stories read every story's dateline into Python (some 1.4 s; a
    paper's datelines are a few hundred distinct strings); later refreshes read only stories
    numbered past the highest one already seen."""
    global _articles_seen
    from django.db.models import Max

    from articles.models import Article, Person

    words = set(Person.objects.values_list("name", flat=True))
    newer = Article.objects.filter(pk__gt=_articles_seen)
    last = newer.aggregate(last=Max("pk"))["last"]
    if last is None:
        return words
    datelines = (
        newer.filter(pk__lte=last)
        .exclude(dateline="")
        .order_by()
        .values_list("dateline", flat=True)
        .distinct()
    )
    for dateline in datelines:
        place = dateline_place(dateline)
        if place:
            words.add(place)
    _articles_seen = last
    return words


def ensure_current(*, force: bool = False) -> list[str]:
    """Make this process's dictionary current with the archive (at most every REFRESH_SECONDS)."""
    global _last_refresh
    preload()
    now = time.monotonic()
    if not force and _last_refresh and now - _last_refresh < REFRESH_SECONDS:
        return []
    _last_refresh = now
    return learn(database_words())
