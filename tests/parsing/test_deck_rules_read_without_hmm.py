"""Deck rules that decide by the words jieba surely reads without its HMM (postags.sure_tags)
answer as they do when they read the full cut (articles/parsing/deck_pairs.py)."""

from pathlib import Path

import pytest

from articles.parsing import deck_pairs
from articles.parsing.names import glued_byline
from articles.text import fold, get_posseg

DATA = Path(__file__).resolve().parents[1] / "data"


def _full(text: str) -> list[str]:
    """The full cut's tags of ``text`` folded (HMM on), punctuation and spaces left out."""
    return [token.flag for token in get_posseg().cut(fold(text)) if token.flag != "x"]


def _exhortation_by_full_cut(label: str) -> bool:
    quoted = label[:1] in deck_pairs._OPEN_QUOTES and label[-1:] in deck_pairs._CLOSE_QUOTES
    head = _full(label)
    if not head or head[-1] == "t":
        return False
    verbs = deck_pairs._VERB_TAGS
    return head[0] in verbs or head[0] == "p" or (quoted and deck_pairs._has_verb(label))


def _subject_and_predicate_by_full_cut(title: str) -> bool:
    tail = _full(title)
    return (
        bool(tail)
        and tail[0][:1] in deck_pairs._SUBJECT_TAG_STARTS
        and any(tag in deck_pairs._PREDICATE_TAGS for tag in tail[1:])
    )


def _title_lines() -> list[str]:
    """Short lines of the real-styled fixture pages, as printed: many hold words the dictionary
    lacks (names, places, traditional script), where the full cut runs jieba's HMM."""
    lines: set[str] = set()
    for path in sorted((DATA / "fidelity").glob("**/*.txt"))[:80]:
        for line in path.read_bytes().decode("utf-8", "replace").splitlines():
            line = line.strip()
            if 3 <= len(line) <= 16 and "，" not in line and "。" not in line:
                lines.add(line)
    return sorted(lines)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("坚持科学种田", True),  # a verb first, a noun last
        ("聚焦实战砺精兵", True),
        ("老旧小区改造", False),  # (its first words are read by the HMM: 老 旧)
        ("高考首日", False),
        ("“撸起袖子加油干”", True),  # someone's words, with a verb in them
    ],
)
def test_an_exhortation_opens_with_a_verb_and_ends_in_no_time(label, expected):
    assert deck_pairs._exhortation(label) is expected
    assert _exhortation_by_full_cut(label) is expected


def test_exhortation_read_without_the_hmm_agrees_with_the_full_cut_on_fixture_lines():
    lines = _title_lines()
    assert len(lines) > 300
    for label in lines:
        assert deck_pairs._exhortation(label) == _exhortation_by_full_cut(label), label


def test_slogan_over_a_statement_agrees_with_the_full_cut_on_fixture_lines():
    lines = _title_lines()
    exhortations = [line for line in lines if _exhortation_by_full_cut(line)][:20]
    assert exhortations
    titles = {title: _subject_and_predicate_by_full_cut(title) for title in lines[::5]}
    assert any(titles.values()) and not all(titles.values())
    for label in exhortations:
        dated = deck_pairs._CALENDAR_DATE_RE.search(label) is not None
        for title, statement in titles.items():
            expected = statement and not dated
            assert deck_pairs._slogan_over(label, title) == expected, (label, title)


def _sentence_halves_by_full_cut(first: str, second: str) -> bool:
    head, tail = deck_pairs.compact(first), deck_pairs.compact(second)
    if not head or not tail or max(len(head), len(tail)) > deck_pairs._SENTENCE_HALF_MAX:
        return False
    if not deck_pairs._noun_phrase(head):
        return False
    tags = _full(tail)
    if tags[:1] == ["vn"] and tags[1:2] in (["m"], ["mq"]):
        return True
    return (
        bool(tags)
        and tags[0] in deck_pairs._PREDICATE_OPENERS
        and not deck_pairs._verb_attribute(tags)
    )


def test_sentence_halves_agree_with_the_full_cut_on_fixture_lines():
    lines = [line for line in _title_lines() if len(deck_pairs.compact(line)) <= 12]
    heads = [line for line in lines if deck_pairs._noun_phrase(line)][:15]
    tails = lines[::6]
    assert heads and tails
    found = set()
    for first in heads:
        for second in tails:
            expected = _sentence_halves_by_full_cut(first, second)
            assert deck_pairs.sentence_halves(first, second) == expected, (first, second)
            found.add(expected)
    assert found == {True, False}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("　记者 庞小飞比赛进行到第三天", 7),  # a name after the role: the byline's end
        ("报道●陈志伟连接两岸的大桥", 6),
        ("记者 欧阳明说", 6),
        ("记者 诸葛明说", 5),  # a compound surname, its first character no surname alone
        ("记者 昨天在码头看到渡轮", 0),  # no surname after the role: no name, jieba not asked
        ("记者 ", 0),
    ],
)
def test_a_glued_byline_ends_where_the_name_after_its_role_ends(text, expected):
    assert glued_byline(text) == expected
