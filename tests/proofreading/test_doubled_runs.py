"""A run of one character (的的的的…, a stuck key or a broken export) is one doubled-character
finding over the whole run, not one a pair; pairs and reduplication are read as before
(articles/proofreading/doubled.py)."""

import pytest

from articles.proofreading import check_text


def doubled(text):
    return [f for f in check_text(text) if f.kind == "doubled"]


def test_a_long_run_of_a_function_word_is_one_finding_covering_the_run():
    text = "市民反映的的的的的的的的的的的的问题已经解决。"
    (found,) = doubled(text)
    run = "的" * 12
    assert (found.start, found.end) == (text.index(run), text.index(run) + len(run))
    assert text[found.start : found.end] == found.text == run
    assert found.suggestion == "的"
    assert "一连写了 12 次" in found.message


def test_a_short_run_quotes_its_words_and_the_text_with_one_character():
    text = "我们们们一起出发。"
    (found,) = doubled(text)
    assert found.text == "们们们" and (found.start, found.end) == (1, 4)
    assert "（我们们们）" in found.message and "应为「我们」" in found.message


def test_each_run_of_a_text_is_its_own_finding():
    text = "这是是是新的的的的开始。"
    assert [f.text for f in doubled(text)] == ["是是是", "的的的的"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [("这是我的的书", "的的"), ("灵活运用专题招商、小组组招商", "组组")],
)
def test_a_pair_is_still_one_finding_at_the_pair(text, pair):
    (found,) = doubled(text)
    assert found.text == pair and "连写了两次" in found.message


@pytest.mark.parametrize(
    "text", ["长长长长长长的队伍", "他常常来看看，说得明明白白", "朱茗茗被表彰", "谢谢谢谢大家"]
)
def test_runs_and_pairs_read_as_reduplication_stay_unflagged(text):
    assert doubled(text) == []
