"""Writers named with who they are, kinds found on a blind set (holdout35): a children's paper's
young reporters (本报小记者), a pupil signing with school and class, a member of a body (岚东县民兵),
a sign-off giving the writer's unit (（热处理分厂　鲁　娜）), a retold story's credit (（王　刚　改写）)."""

import pytest

from articles.parsing import parse_names, parse_page


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("本报小记者　周子航　田　甜", ("周子航", "田甜")),
        ("小记者　林朵朵", ("林朵朵",)),
        ("本报记者　王平", ("王平",)),
    ],
)
def test_young_reporters_role_is_no_part_of_a_name(line, names):
    assert parse_names(line) == names


@pytest.mark.parametrize(
    ("signed", "reporters"),
    [
        ("明德小学六年级（4）班　孙语桐", ("孙语桐",)),
        ("城南小学三年级二班　王小明", ("王小明",)),
        ("岚东县民兵　王二虎", ("王二虎",)),
        ("省教育厅　孙维德", ("孙维德",)),
    ],
)
def test_a_unit_or_class_then_a_name_under_the_title_is_the_byline(signed, reporters):
    page = parse_page(
        f"我们的图书角\n{signed}\n\n　　开学初，老师提议建一个图书角，大家都带来了书。\n"
    )
    (story,) = page.articles
    assert story.headline == "我们的图书角"
    assert story.subheadline == ""
    assert story.byline == signed
    assert story.reporters == reporters


def test_a_two_piece_headline_is_not_a_unit_and_a_name():
    page = parse_page("全县小麦播种\u3000已过九成\n\n　　本报讯　全县小麦播种已过九成。\n")
    assert page.articles[0].reporters == ()


def test_a_sign_off_giving_the_writers_unit_names_the_writer():
    page = parse_page(
        "热处理分厂获奖\n\n　　本报讯　热处理分厂获得集团年度质量奖。（热处理分厂　鲁　娜）\n"
    )
    assert page.articles[0].reporters == ("鲁娜",)


def test_a_retold_storys_credit_names_its_reteller():
    page = parse_page(
        "守株待兔\n\n　　古时候，宋国有个农夫。他天天守在树桩旁边，再也没有等到兔子。\n"
        "　　（王　刚　改写）\n\n我们班的图书角\n\n　　开学初，班主任提议建一个图书角。\n"
    )
    first, second = page.articles
    assert first.reporters == ("王刚",)
    assert second.kicker == ""
    assert second.headline == "我们班的图书角"


def test_a_pupils_byline_with_the_school_in_brackets_is_the_byline_not_the_headline():
    page = parse_page(
        "我当了一天小交警\n小记者　林朵朵（春晖小学五年级）\n\n"
        "　　星期六一大早，我穿上小小的反光背心，跟着交警阿姨到路口执勤。\n"
    )
    (story,) = page.articles
    assert story.headline == "我当了一天小交警"
    assert story.byline == "小记者　林朵朵（春晖小学五年级）"
    assert story.reporters == ("林朵朵",)


def test_a_pen_name_retelling_a_story_is_its_credit_not_the_next_title():
    page = parse_page(
        "守株待兔\n\n　　古时候，宋国有个农夫。他天天守在树桩旁边，再也没有等到兔子。\n"
        "　　（禾禾姐姐　改写）\n\n我们班的图书角\n\n　　开学初，班主任提议建一个图书角。\n"
    )
    first, second = page.articles
    assert first.reporters == ("禾禾姐姐",)
    assert (second.kicker, second.headline) == ("", "我们班的图书角")
