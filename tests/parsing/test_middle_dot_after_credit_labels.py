"""``文·X　图·Y``: the middle dot after a credit label (文, 图, 摄, 摄影, 撰文) parts the label from
the name, as ``文/X　图/Y``'s slash does; it is not the dot of a foreign name (``约翰·史密斯``).
The writer is the story's reporter, the photographer takes the pictures and is no reporter (parser
36's rule for ``文/X 图/Y``); a photographer's credit ``图·Y`` under a caption is its credit."""

import pytest

from articles.bylines import reporters_read
from articles.parsing.names import parse_names
from articles.proofreading import check_byline_text
from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("文·宋立言　图·韩秋", ("宋立言", "韩秋")),
        ("文・宋立言　图・韩秋", ("宋立言", "韩秋")),
        ("文•宋立言 摄·韩秋", ("宋立言", "韩秋")),
        ("撰文·宋立言　摄影·韩秋", ("宋立言", "韩秋")),
        ("文·玛丽亚·索托", ("玛丽亚·索托",)),
    ],
)
def test_dotted_credit_labels_are_no_pieces_of_the_names(byline, names):
    assert parse_names(byline) == names


def test_a_foreign_name_keeps_its_own_dot():
    assert parse_names("本报记者 玛丽亚·索托") == ("玛丽亚·索托",)


@pytest.mark.parametrize("byline", ["文·宋立言　图·韩秋", "撰文·宋立言　摄影·韩秋"])
def test_the_writer_alone_is_the_reporter(byline):
    assert reporters_read(byline) == ("宋立言",)


def test_proofreading_finds_no_spaced_name_in_dotted_credits():
    assert [f for f in check_byline_text("文·宋立言　图·韩秋") if f.kind == "name_space"] == []


@pytest.mark.parametrize("credit", ["图·韩秋", "摄影·韩秋", "图・韩秋"])
def test_dotted_picture_credit_under_a_caption_credits_the_photographer(credit):
    parsed = parse(
        "河畔新开一座书房",
        "",
        "本报讯 昨天，河畔书房对市民免费开放，藏书两万册。",
        "",
        "书房每天开放到晚上九点。",
        "",
        "市民在书房里安静阅读。",
        "",
        credit,
        "",
        "老旧小区加装电梯",
        "",
        "本报讯 今年全市将为一百个老旧小区加装电梯。",
    )
    assert [(p.caption, p.photographers) for p in parsed.photos] == [
        ("市民在书房里安静阅读。", ("韩秋",))
    ]
    assert [a.headline for a in parsed.articles] == ["河畔新开一座书房", "老旧小区加装电梯"]
    assert all(a.kicker == "" for a in parsed.articles)
