"""A byline giving the writer and the photographer (or artist) each a credit is two credits,
not one spaced name (articles/proofreading/names.py, check_byline): the space before 图 in
``文/林远　图/江禾`` is not inside a name ``林远图``. A name split unevenly in such a byline is
still flagged."""

import pytest

from articles.proofreading import check_byline_text


def _spaced(byline: str) -> list[str]:
    return [f.message for f in check_byline_text(byline) if f.kind == "name_space"]


@pytest.mark.parametrize(
    "byline",
    [
        "文/林远　图/江禾",  # full-width space
        "文/林远 图/江禾",  # ASCII space
        "文／林远　图／江禾",
        "文：林远　图：江禾",
        "文/林远 摄影/江禾",
        "文/林远 摄/江禾",
        "撰文/林远 绘图/江禾",
        "林远 文/图",
        "文·林远 图·江禾",
        "文　林远　图　江禾",
        "文/林远　图/江禾　编辑/苏青",
        "本报记者 林远 摄",
    ],
)
def test_the_space_between_two_credits_is_not_a_space_inside_a_name(byline):
    assert _spaced(byline) == []


def test_a_name_split_unevenly_in_a_two_credit_byline_is_still_flagged():
    assert _spaced("文/卢 兆欣　图/江禾") == ["人名「卢兆欣」中间有空格：应为「卢兆欣」"]
    assert _spaced("记者 卢 兆欣 文/图") == ["人名「卢兆欣」中间有空格：应为「卢兆欣」"]


def test_a_two_character_name_spaced_out_in_a_two_credit_byline_stays_unflagged():
    assert _spaced("文/林 远　图/江禾") == []


def test_a_lone_wen_is_read_as_part_of_a_name_where_no_credit_mark_makes_it_a_label():
    # 文 is a surname and a common last character: without a mark or another label it is a name's.
    assert _spaced("本报记者 文 小明") == ["人名「文小明」中间有空格：应为「文小明」"]
    assert _spaced("本报记者 王小 文") == ["人名「王小文」中间有空格：应为「王小文」"]
