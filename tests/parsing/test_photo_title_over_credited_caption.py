"""A stand-alone picture's title over its caption and credit line (``湖畔晨光`` / caption /
``新华社记者 李华摄``) is the picture's title when a headline follows, not the next story's kicker;
when the credit is followed by a story's opening paragraph, the heading stays that story's
headline (a story printed with its picture under the headline).

INPUT.md ("Bylines, datelines, credits"): the caption is the paragraph before the credit;
("Headlines"): decks are assigned to bodies by what they say.
"""

from tests.parsing.helpers import parse

STORY = [
    "东湖绿道全线贯通",
    "",
    "本报讯（记者 钱立）东湖绿道二期工程昨日完工，绿道全长三十公里，沿途设有十个驿站。",
    "",
]
CAPTION = "5月3日，游客在西山景区观赏杜鹃花。"


def test_picture_title_before_the_next_headline_goes_with_the_picture():
    parsed = parse(
        *STORY,
        "山花烂漫",
        "",
        CAPTION,
        "",
        "新华社记者 李华摄",
        "",
        "西城菜场改造完成",
        "",
        "本报讯（记者 孙敏）西城菜场改造后重新营业，摊位由八十个增至一百二十个。",
    )
    assert [a.title_lines for a in parsed.articles] == [
        ("东湖绿道全线贯通",),
        ("西城菜场改造完成",),
    ]
    [photo] = parsed.photos
    assert photo.caption == f"山花烂漫 {CAPTION}"
    assert photo.photographers == ("李华",)


def test_heading_over_a_picture_before_a_story_body_stays_its_headline():
    parsed = parse(
        *STORY,
        "西山杜鹃花节开幕",
        "",
        CAPTION,
        "",
        "新华社记者 李华摄",
        "",
        "本报讯（记者 孙敏）西山杜鹃花节昨日开幕，将持续至5月底。",
    )
    assert parsed.articles[-1].title_lines == ("西山杜鹃花节开幕",)
    assert [p.caption for p in parsed.photos] == [CAPTION]


def test_heading_saying_what_the_story_above_says_stays_that_storys_deck():
    # (a deck printed after its body, as in the seed: it goes to the story it speaks of)
    parsed = parse(
        *STORY,
        "本报讯（记者 孙敏）今年以来，城西街道组织居民开展垃圾分类志愿服务活动，参与居民已超过三千人次。",
        "",
        "城西街道垃圾分类见实效",
        "",
        CAPTION,
        "",
        "新华社记者 李华摄",
        "",
        "西城菜场改造完成",
        "",
        "本报讯（记者 赵丽）西城菜场改造后重新营业，摊位由八十个增至一百二十个。",
    )
    assert [a.title_lines for a in parsed.articles] == [
        ("东湖绿道全线贯通",),
        ("城西街道垃圾分类见实效",),
        ("西城菜场改造完成",),
    ]
    assert [p.caption for p in parsed.photos] == [CAPTION]
