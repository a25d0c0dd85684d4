"""A box of briefs whose bulleted items are each signed at the end by their writer
(``▲10月15日，分局在…经验。（李文华）``): each item is its writer's brief, a headless story of
its own with its reporter, the box's label (``简　　讯``) set aside, as a box whose items a
dateline opens (a blind set's finding: the three items were one story headed 简 讯 and the
writers were lost). Unsigned bulleted items stay one story under the label, as before. A box's
longer name (``各地校友会动态``) over titles each opened by a bullet is its label, not the first
title's. Texts written for these tests."""

from __future__ import annotations

from articles.parsing import parse_page

LEAD = (
    "青石镇举行春季招聘会\n\n"
    "本报讯（记者 许岚）3月7日，青石镇春季招聘会在镇文化广场举行，42家企业提供岗位一千二百余个。\n\n"
)
ITEMS = (
    "　　{mark}10月15日至17日，分局在白沙车务段召开货运工作现场会，推广装车经验。{one}\n"
    "　　{mark}岭泉工务段近日完成了钢轨更换任务，共更换钢轨十二公里。{two}\n"
    "　　{mark}分局职工医院流动医疗车本月起开进沿线小站。\n"
)


def page_of(label: str, mark: str, one: str = "", two: str = ""):
    return parse_page((LEAD + label + "\n" + ITEMS.format(mark=mark, one=one, two=two)).encode())


def test_signed_items_are_headless_stories_with_their_writers():
    for label in ("简　　讯", "简讯"):
        for mark in ("▲", "●"):
            page = page_of(label, mark, "（李文华）", "（刘　勇）")
            briefs = page.articles[1:]
            assert [(a.headline, a.reporters) for a in briefs] == [
                ("", ("李文华",)),
                ("", ("刘勇",)),
                ("", ()),
            ]
            assert briefs[2].blocks[0].text == "分局职工医院流动医疗车本月起开进沿线小站。"
            assert (label, "briefs-label") in [(s.text, s.reason) for s in page.set_aside]


def test_unsigned_items_stay_one_story_under_the_label():
    page = page_of("简讯", "●")
    assert [a.headline for a in page.articles] == ["青石镇举行春季招聘会", "简讯"]
    assert len(page.articles[1].blocks) == 3


def test_a_bracketed_note_that_is_no_name_signs_nothing():
    page = page_of("简讯", "●", "（图文）", "（待续）")
    assert [a.headline for a in page.articles] == ["青石镇举行春季招聘会", "简讯"]


def test_a_longer_box_name_over_bulleted_titles_is_the_boxs_label():
    text = (
        LEAD
        + "各地校友会动态\n\n"
        + "●北州校友会举行年会\n\n5月16日，北州校友会举行年会，一百八十余名校友参加。\n\n"
        + "●南屿校友会走访老校友\n\n端午节前夕，南屿校友会走访慰问了十二位老校友。\n"
    )
    page = parse_page(text.encode())
    assert [(a.kicker, a.headline) for a in page.articles][1:] == [
        ("", "北州校友会举行年会"),
        ("", "南屿校友会走访老校友"),
    ]
    assert ("各地校友会动态", "box-label") in [(s.text, s.reason) for s in page.set_aside]


def test_signed_items_with_run_in_titles_keep_their_titles():
    # (a second reviewer's run: the titles were glued into the briefs' text)
    for mark in ("▲", "🔹"):
        text = (
            LEAD
            + "简讯\n\n"
            + f"{mark}液化气站专项检查  近日，市质监局对全市液化气站开展专项检查。（李文华）\n\n"
            + f"{mark}市图书馆延长开放时间  即日起，市图书馆每晚开放至9时。（刘　勇）\n"
        )
        page = parse_page(text.encode())
        assert [(a.headline, a.reporters, a.blocks[0].text) for a in page.articles][1:] == [
            (
                "液化气站专项检查",
                ("李文华",),
                "近日，市质监局对全市液化气站开展专项检查。（李文华）",
            ),
            ("市图书馆延长开放时间", ("刘勇",), "即日起，市图书馆每晚开放至9时。（刘　勇）"),
        ]
