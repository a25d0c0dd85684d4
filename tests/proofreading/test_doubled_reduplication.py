"""A noun or measure word said twice (声声, 阵阵, 处处) that the segmentation joined to a rarer word
before it is reduplication, not a slip; a run one character too long for a dictionary word gets
that word as its correction (articles/proofreading/doubled.py, rule 4 and the run rule)."""

import pytest

from articles.proofreading import check_text


def doubled(text):
    return [f for f in check_text(text) if f.kind == "doubled"]


@pytest.mark.parametrize(
    "text",
    [
        "广场上锣鼓声声迎新春，人们换上了新衣。",  # 锣鼓声 + 声: 声声 is the commoner word
        "会场里掌声阵阵，久久不停。",
        "村里家家户户都贴上了春联。",
    ],
)
def test_a_word_said_twice_after_a_rarer_word_ending_in_it_is_no_finding(text):
    assert doubled(text) == []


@pytest.mark.parametrize(
    ("text", "pair", "fixed"),
    [
        ("全市推行小组组招商的办法。", "组组", "小组"),  # 小组 far commoner than 组组
        ("请尽快摸清清楚企业的情况。", "清清", "摸清楚"),
        ("这是我的的书。", "的的", "的"),
        # a lone X before a word that starts with it is a slip even where X X is the commoner
        # word (处处, 人人, 常常, 个个, 家家 all are): the exception is for a word BEFORE the pair
        ("对违规排污企业依法处处罚。", "处处", "处罚"),
        ("商场等人人群密集场所要加强防疫。", "人人", "人群"),
        ("他当选为公司常常务副总经理。", "常常", "常务"),
        ("每个人都有自己的个个性。", "个个", "个性"),
        ("县里发展家家禽养殖。", "家家", "家禽"),
        ("对突发事件要妥善处处置。", "处处", "处置"),
    ],
)
def test_a_real_doubled_character_beside_a_word_is_still_found(text, pair, fixed):
    (found,) = doubled(text)
    assert found.text == pair
    assert f"应为「{fixed}」" in found.message


def test_a_run_one_character_too_long_for_a_word_keeps_the_others():
    (found,) = doubled("工地上一派轰轰轰烈烈的景象。")
    assert "应为「轰轰烈烈」" in found.message
    assert "请删去一个" in found.message
    assert found.suggestion == "轰轰"  # what replaces the run 轰轰轰


def test_a_stuck_key_run_still_comes_down_to_one_character():
    (found,) = doubled("市民反映的的的问题已经解决。")
    assert "应为「的」" in found.message
    assert "请只留一个" in found.message
    assert found.suggestion == "的"
