"""A box of briefs marks each headless brief with a bullet before its dateline
(``■本报讯　市邮电局…（通讯员　唐小燕）``): each is a story of its own opened by its dateline, with no
headline (the dateline is none), its end signature its reporter; the bullet is set aside as the
item's mark, never a caption's mark making the signed brief a photo."""

from tests.parsing.helpers import parse, reasons

BRIEFS = (
    "简讯",
    "　　■本报讯　市图书馆从下月起延长开放时间，每晚开放到九点。（通讯员　方丽华）",
    "　　●本报讯　城南中学新建的体育馆日前落成，可容纳八百人。（吕　涛）",
    "　　◆新华社北京5月6日电　国家气象中心预报，明天北方大部地区晴到多云。",
)


def test_each_bulleted_brief_is_a_headless_story_opened_by_its_dateline():
    parsed = parse(*BRIEFS)
    assert [(a.headline, a.dateline) for a in parsed.articles] == [
        ("", "本报讯"),
        ("", "本报讯"),
        ("", "新华社北京5月6日电"),
    ]
    assert [a.reporters for a in parsed.articles] == [("方丽华",), ("吕涛",), ()]


def test_a_brief_signed_at_its_end_after_a_bullet_is_no_photo():
    parsed = parse(*BRIEFS)
    assert parsed.photos == ()
    assert parsed.articles[0].paragraphs == (
        "本报讯　市图书馆从下月起延长开放时间，每晚开放到九点。（通讯员　方丽华）",
    )


def test_the_bullets_are_set_aside_as_item_marks():
    assert reasons(parse(*BRIEFS)) == {
        "简讯": "briefs-label",
        "■": "item-mark",
        "●": "item-mark",
        "◆": "item-mark",
    }


def test_a_titled_brief_and_a_headless_one_in_one_box():
    parsed = parse(
        "简讯",
        "",
        "■老街改造完成　本报讯（记者陈立）老街改造工程昨日全部完成，沿街商铺陆续开业。",
        "",
        "■本报讯　市图书馆从下月起延长开放时间，每晚开放到九点。（通讯员　方丽华）",
    )
    assert [(a.headline, a.dateline, a.reporters) for a in parsed.articles] == [
        ("老街改造完成", "本报讯", ("陈立",)),
        ("", "本报讯", ("方丽华",)),
    ]
