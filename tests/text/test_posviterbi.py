"""jieba's part-of-speech Viterbi as the parser runs it (articles.posviterbi): the very route
and score jieba's own function gives, on page text and on random runs of rare characters."""

from __future__ import annotations

import importlib
import random

from jieba.posseg import char_state_tab, prob_emit, prob_start, prob_trans

from articles import posviterbi
from articles.text import get_posseg

# (the module: ``jieba.posseg.viterbi`` names the function the tagger calls, ours once installed)
jieba_viterbi = importlib.import_module("jieba.posseg.viterbi")
_TABLES = (char_state_tab.P, prob_start.P, prob_trans.P, prob_emit.P)
_PAGE = (
    "本报讯（记者 钱立 通讯员 韩雪）昨天上午，南通市崇川区召开现场推进会，泸州老窖与鄂尔多斯"
    "签约。𪚥陈犇犇、欧阳淼淼和阿卜杜热依木·艾买提出席；窦骁骁说：“咱们靠谱！”"
)


def _runs() -> list[str]:
    chosen = random.Random(18)
    characters = sorted(set(_PAGE) | {chr(code) for code in range(0x4E00, 0x4E00 + 400)})
    runs = [_PAGE[start:end] for start in range(len(_PAGE)) for end in (start + 1, start + 7)]
    runs += ["".join(chosen.choices(characters, k=chosen.randint(1, 25))) for _ in range(400)]
    return [run for run in runs if run]


def test_the_fast_viterbi_gives_jiebas_route_and_score():
    for run in _runs():
        assert posviterbi.viterbi(run, *_TABLES) == jieba_viterbi.viterbi(run, *_TABLES), run


def test_the_parsers_tagger_runs_the_fast_viterbi():
    assert get_posseg().viterbi is posviterbi.viterbi
