"""The proofreader flags a preposition before a word that starts with the same character.

README (Proofreading): a doubled character "told apart from reduplication … with jieba's
dictionary, its segmentation"; the seed's `摸清清楚` and `小组组招商` are its only findings, and
the bench reports 0.00 false alarms per 10,000 characters. But a preposition or verb followed
by a word that opens with the same character is ordinary news Chinese, not a print join:
增进对对方的了解 (对 + 对方), 大会对对口支援工作作出部署 (对 + 对口), 要在在建项目上下功夫
(在 + 在建), 从从业人员中选拔 (从 + 从业). Each is a 校对提示 ("doubled") whose suggestion —
drop one character — would make the sentence wrong, is counted on the desk's home page and
makes ``manage.py proofread`` (cron) exit 1. ``articles/proofreading/doubled.py`` rule 4 ("a
lone X beside a word with X: flagged") exempts a preposition *after* a word ending in it
(现在在家里), not one *before* a word starting with it.

Steps: import a story with one of these sentences; open its form (校对提示), or call
``articles.proofreading.check_text``.
"""

import pytest

from articles.proofreading import check_text

SENTENCES = [
    "双方要加强交流，增进对对方的了解。",
    "大会对对口支援工作作出部署。",
    "各地要在在建项目上下功夫。",
    "要从从业人员中选拔优秀代表。",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_preposition_before_a_word_with_its_character_is_no_doubled_character(sentence):
    doubled = [
        sentence[finding.start : finding.end]
        for finding in check_text(sentence)
        if finding.kind == "doubled"
    ]
    assert doubled == []
