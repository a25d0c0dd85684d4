"""A page with one character repeated over a long run (a stuck key, a broken export) is checked
in time that grows with the run, not with its square: each doubled pair finds its words by
bisection (articles/proofreading/segmenting.py, ``Segmented.token_at``)."""

from __future__ import annotations

from articles.proofreading import segmenting
from articles.proofreading.checker import check_text
from articles.proofreading.segmenting import Segmented


class _Counted(tuple):
    """A run's words that count how many of them are looked at."""

    seen = 0

    def __iter__(self):
        for token in super().__iter__():
            _Counted.seen += 1
            yield token

    def __getitem__(self, index):
        _Counted.seen += 1
        return super().__getitem__(index)


def test_each_doubled_pair_of_a_long_run_looks_at_a_few_words_not_the_whole_run(monkeypatch):
    real = Segmented.tokens_near
    monkeypatch.setattr(
        segmenting.Segmented, "tokens_near", lambda self, at: _Counted(real(self, at))
    )
    _Counted.seen = 0
    run = 4000
    assert check_text("本报讯" + "长" * run) == []  # 长长 is a word: no finding
    # Looking each pair's words up along the run would visit millions; by bisection a few each.
    assert _Counted.seen < 10 * run


def test_the_word_at_an_offset_is_the_one_that_holds_it():
    seg = Segmented("本报讯记者王成报道，小组组招商摸清清楚情况。长长长长长长")
    looked_up = 0
    for at in range(len(seg.folded)):
        holding = [t for t in seg.tokens_near(at) if t.start <= at < t.end]
        assert seg.token_at(at) == (holding[0] if holding else None)
        looked_up += bool(holding)
    assert looked_up == len(seg.folded) - 2  # all but the two punctuation marks
