"""A story credited ``文/唐宁 图/许川`` (under its title, or closing its text) was written by 唐宁
and photographed by 许川: 唐宁 is its reporter, 许川 the photographer of its pictures, never one
of its writers. A short caption printed after its text (or after its closing credit line) with
no credit of its own is its picture's caption (the credit line names who took it), not a
paragraph of the story nor a story of its own: one sentence saying what the picture shows,
also when a comma parts where it was taken from what someone does there
(``书屋里，孩子们在灯下读书。``). A story's own short closing sentence stays its text."""

import pytest

from tests.parsing.helpers import parse

TITLE = ("社区书屋  温暖冬夜", "")
CREDIT = "文/唐宁 图/许川"
TEXT = (
    "入冬以来，位于河西路的社区书屋每天开放到晚上十点，附近居民下班后常来这里看书、写作业。",
    "",
    "今年以来，全区新建社区书屋九座，累计接待读者二十余万人次。",
    "",
)
NEXT = ("", "河西路口新增过街天桥", "", "本报讯（记者 方圆）河西路口过街天桥昨日建成通行。")
CAPTIONS = [
    "孩子们在灯下读书。",
    "书屋里，孩子们在灯下读书。",
    "11月18日晚，居民正在书屋借阅图书。",
    "河西路社区书屋内，几位老人在读报。",
]


def _credit_on_top(caption: str):
    return parse(*TITLE, CREDIT, "", *TEXT, caption, *NEXT)


def _credit_at_end(caption: str):
    return parse(*TITLE, *TEXT, CREDIT, "", caption, *NEXT)


@pytest.mark.parametrize("layout", [_credit_on_top, _credit_at_end], ids=["on-top", "at-end"])
@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_after_a_writer_and_photographer_story_is_its_photo(layout, caption):
    parsed = layout(caption)
    story, second = parsed.articles
    assert story.title == "社区书屋 温暖冬夜"
    assert second.title == "河西路口新增过街天桥"
    assert caption not in story.paragraphs
    assert [(p.caption, p.credit_line, p.photographers) for p in parsed.photos] == [
        (caption, "", ("许川",))
    ]
    assert parsed.photos[0].article_position == story.position


@pytest.mark.parametrize("layout", [_credit_on_top, _credit_at_end], ids=["on-top", "at-end"])
def test_the_photographer_is_no_writer_of_the_story(layout):
    story = layout(CAPTIONS[1]).articles[0]
    assert story.reporters == ("唐宁",)
    assert "许川" in story.byline  # (the credit kept as printed)


@pytest.mark.parametrize(
    "closing",
    [
        "记者了解到，此事已经办妥。",
        "此外，市民还可在网上预约座位。",
        "目前，二期工程正在紧张施工。",
        "事实上，大家都在关注书屋的建设。",
        "书屋里，明年将再添一千册新书。",
    ],
)
def test_a_short_closing_sentence_of_the_story_stays_its_text(closing):
    parsed = _credit_on_top(closing)
    assert parsed.photos == ()
    assert parsed.articles[0].paragraphs[-1] == closing


def test_a_scene_sentence_ending_a_story_without_a_photographers_credit_stays_text():
    parsed = parse(*TITLE, "本报记者  唐宁", "", *TEXT, "书屋里，孩子们在灯下读书。", *NEXT)
    assert parsed.photos == ()
    assert parsed.articles[0].paragraphs[-1] == "书屋里，孩子们在灯下读书。"
