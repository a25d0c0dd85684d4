"""What jieba surely reads without its HMM (articles/parsing/postags.py) is what it reads with it."""

from pathlib import Path

import pytest

from articles.parsing.postags import noun_phrase, sure_tags
from articles.text import fold, get_posseg

DATA = Path(__file__).resolve().parents[1] / "data"


def _full_tags(text: str) -> list[str]:
    return [token.flag for token in get_posseg().cut(text)]


def _short_lines() -> list[str]:
    """Title-like lines of the real-styled fixture pages (short, so many of them hold words the
    dictionary lacks: names, places, traditional script), folded."""
    lines: set[str] = set()
    for path in sorted((DATA / "fidelity").glob("**/*.txt"))[:60]:
        for line in path.read_bytes().decode("utf-8", "replace").splitlines():
            line = line.strip()
            if 2 <= len(line) <= 16:
                lines.add(fold(line))
    return sorted(lines)


def _is_subsequence(part: tuple[str, ...], whole: list[str]) -> bool:
    rest = iter(whole)
    return all(tag in rest for tag in part)


# Lines whose cut without the HMM differs from the full cut: Latin letters and digits (read as
# one ``eng`` word without it), single characters jieba's dictionary leaves apart.
@pytest.mark.parametrize(
    "text",
    [
        "地铁3号线二期",
        "前10月全市外贸进出口增长一成二",
        "屋邨商场加租三成",
        "老旧小区改造",
        "北京2022冬奥会",  # (2022: eng without the HMM, m with it)
        "今年2月份",
    ],
)
def test_sure_tags_are_a_prefix_suffix_and_subsequence_of_the_full_cut(text):
    full = _full_tags(text)
    sure = sure_tags(text)
    assert not sure.whole
    assert list(sure.head) == full[: len(sure.head)]
    assert list(sure.tail) == full[len(full) - len(sure.tail) :]
    assert _is_subsequence(sure.anywhere, full)


def test_sure_tags_hold_for_the_fixture_pages_short_lines():
    lines = _short_lines()
    assert len(lines) > 300
    for text in lines:
        full = _full_tags(text)
        sure = sure_tags(text)
        assert list(sure.head) == full[: len(sure.head)], text
        assert not sure.tail or list(sure.tail) == full[-len(sure.tail) :], text
        assert _is_subsequence(sure.anywhere, full), text
        if sure.whole:
            assert list(sure.anywhere) == full, text
        if sure.first is not None:
            first = next(iter(get_posseg().cut(text)))
            assert sure.first == (first.word, first.flag), text


def test_a_line_of_dictionary_words_is_read_whole_without_the_hmm():
    sure = sure_tags("县委常委会召开会议")
    assert sure.whole
    assert list(sure.anywhere) == _full_tags("县委常委会召开会议")


def test_noun_phrase_keeps_its_reading():
    assert noun_phrase("森林草原防火")
    assert noun_phrase("精神宣讲活动")
    assert not noun_phrase("县委常委会召开会议")
