"""A noun closing the name of a team, a river or a road, then its head's title X长 (营业班班长,
濠河河长, 人民路路长, 巡逻班班长), is how the title is printed, not a doubled character; the same
pair after a particle or a verb that takes a role (他是班班长, 当上了河河长, 当选班班长) is still a slip
(articles/proofreading/doubled.py, rule 4)."""

import pytest

from articles.proofreading import check_text


def doubled(text):
    return [f for f in check_text(text) if f.kind == "doubled"]


@pytest.mark.parametrize(
    "text",
    [
        "巡逻班班长说，小区夜间巡逻已增加到每晚三次。",
        "人民路路长每天沿街巡查一次。",
        "濠河河长巡河时发现一处排污口，当即交办。",
    ],
)
def test_a_place_then_its_heads_title_is_no_finding(text):
    assert doubled(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("他是班班长，平时很负责。", "班班"),
        ("老王去年当上了河河长。", "河河"),
        ("班班长带领大家打扫教室。", "班班"),
        ("她上学期当选班班长。", "班班"),
    ],
)
def test_the_title_doubled_after_a_verb_or_particle_is_still_a_finding(text, pair):
    assert [f.text for f in doubled(text)] == [pair]


@pytest.mark.parametrize("text", ["班组组长李明带头检修。", "他当选为村民小组组长。"])
def test_a_body_named_by_a_word_ending_in_its_character_then_its_head_is_no_finding(text):
    assert [f.kind for f in check_text(text) if f.kind == "doubled"] == []
