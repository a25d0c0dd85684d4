"""A space inside a known name is looked for only in texts that hold a character whose matching
copy is a space or a tab: an unspaced text (most paragraphs) is not folded for it, and what is
found is the same."""

import pytest

from articles.proofreading import ahead, segmenting
from articles.proofreading.checker import check_text
from articles.proofreading.names import may_hold_gap

NAMES = frozenset({"徐惠民", "王成"})
PLAIN = "会议要求各部门抓好落实。"


@pytest.fixture
def folds_counted(monkeypatch):
    made = []
    real = segmenting.matching_copy

    def counted(text):
        made.append(text)
        return real(text)

    monkeypatch.setattr(segmenting, "matching_copy", counted)
    ahead.ahead_take(({PLAIN: ([], [], [])}, {}))  # its other checks made ahead, as at import
    yield made
    ahead.ahead_take(None)


def test_an_unspaced_text_checked_with_its_checks_made_ahead_is_not_folded(folds_counted):
    assert check_text(PLAIN, names=NAMES) == []
    assert folds_counted == []


def test_a_spaced_name_is_still_found():
    [found] = check_text("本报讯 记者徐　惠民报道", names=NAMES)
    assert (found.kind, found.text) == ("name_space", "徐　惠民")


@pytest.mark.parametrize("space", [" ", "\u3000", "\t", "\u200b", "\ufeff"])
def test_any_character_folding_to_a_space_may_hold_a_gap(space):
    assert may_hold_gap(f"徐{space}惠民")
    assert not may_hold_gap("徐惠民")
