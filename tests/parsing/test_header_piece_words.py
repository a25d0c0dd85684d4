"""The header-line reader skips a piece's pattern on a line without any of the words that
pattern cannot match without (``header_lines._PIECE_WORDS``, a speed-up). The word lists must
follow the patterns: on every line of every page the project holds, a pattern that matches finds
one of its words on the line. A pattern given a new form without one of its words fails here as
soon as a page of the new form is added (as every new rule's page is)."""

from pathlib import Path

from articles.parsing.decoding import decode_page
from articles.parsing.header_lines import _BRACKETS_AS_SPACES, _PIECE_WORD_RES, _PIECE_WORDS
from articles.text import fold

DATA = Path(__file__).resolve().parent.parent / "data"


def _lines():
    for path in sorted(DATA.rglob("*.txt")):
        try:
            text, _ = decode_page(path.read_bytes())
        except ValueError:
            continue  # the pages that test refusals
        for line in text.splitlines():
            if line.strip():
                yield path, fold(line).translate(_BRACKETS_AS_SPACES)


def test_every_header_piece_that_matches_a_line_finds_one_of_its_words_on_it():
    missed = [
        (str(path.relative_to(DATA)), pattern.pattern[:40], line)
        for path, line in _lines()
        for pattern, words in _PIECE_WORDS.items()
        if pattern.search(line) and not any(word in line for word in words)
    ]
    assert missed == []


def test_the_word_lists_cover_lines_of_each_kind():
    """The check above would pass on pages with no header lines: the project's pages hold each
    guarded piece at least once (a pattern no page shows is checked by nothing)."""
    seen = {pattern for _, line in _lines() for pattern in _PIECE_WORDS if pattern.search(line)}
    assert seen == set(_PIECE_WORDS)


def test_each_pieces_words_searched_at_once_find_what_the_words_find():
    """The words are looked for with one pattern a piece (``_PIECE_WORD_RES``): it finds a line
    holding any of them, wherever it stands, and none holding none."""
    for pattern, words in _PIECE_WORDS.items():
        search = _PIECE_WORD_RES[pattern].search
        for word in words:
            assert search(f"某某{word}某某") and search(word), word
        assert search("某某某某") is None
