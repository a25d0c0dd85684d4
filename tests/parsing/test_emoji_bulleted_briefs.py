"""A box of briefs pasted from a WeChat post opens each brief's title with an emoji where print
has a bullet (``🔹农机补贴申报启动  3月5日起，…。``): each is a brief of its own, its title the
headline (the emoji no part of it, as a bullet is not) and kept as printed in its title lines;
the box's label (``📌简讯``) is set aside as a 简讯 label is (holdout36's kind: the three briefs
were one untitled story). A teaser's row and an emoji before a list's line are left as they
are. Texts written for these tests."""

from __future__ import annotations

from articles.parsing import parse_page

LEAD = (
    "青石镇举行春季招聘会\n\n"
    "本报讯（融媒记者 许岚）3月7日，青石镇春季招聘会在镇文化广场举行，"
    "42家企业提供岗位一千二百余个，现场达成就业意向三百余人。\n\n"
)
BRIEFS = (
    "📌简讯\n\n"
    "🔹春耕物资储备充足  3月5日起，镇农业服务中心储备化肥三百吨、种子十五吨，保障春耕需要。\n\n"
    "🔸镇图书室延长开放时间　即日起，镇图书室每晚开放至9时，周末照常开放。\n\n"
    "⭐老街路灯全部换新  经过半个月施工，老街一百二十盏路灯全部更换为节能灯。（融媒记者 程  澈）\n"
)


def test_each_emoji_bulleted_brief_is_a_story_of_its_own():
    page = parse_page((LEAD + BRIEFS).encode())
    assert [a.headline for a in page.articles] == [
        "青石镇举行春季招聘会",
        "春耕物资储备充足",
        "镇图书室延长开放时间",
        "老街路灯全部换新",
    ]
    second = page.articles[1]
    assert second.kicker == ""
    assert second.title_lines == ("🔹春耕物资储备充足",)  # as printed
    assert [b.text for b in second.blocks] == [
        "3月5日起，镇农业服务中心储备化肥三百吨、种子十五吨，保障春耕需要。"
    ]
    assert page.articles[3].reporters == ("程澈",)


def test_the_boxs_label_opened_by_an_emoji_is_set_aside():
    page = parse_page((LEAD + BRIEFS).encode())
    assert ("📌简讯", "briefs-label") in [(s.text, s.reason) for s in page.set_aside]
    assert all("简讯" not in a.kicker for a in page.articles)


def test_a_bulleted_brief_whose_text_opens_with_a_figure_is_under_its_boxs_label():
    text = (
        LEAD
        + "科技快讯\n\n"
        + "●首颗遥感卫星组网完成　4月22日，第12颗遥感卫星成功发射入轨，星座组网完成。\n\n"
        + "●新型储能电站并网　4月23日，全市首座新型储能电站并网运行。\n"
    )
    page = parse_page(text.encode())
    assert [a.headline for a in page.articles][1:] == ["首颗遥感卫星组网完成", "新型储能电站并网"]
    assert ("科技快讯", "briefs-label") in [(s.text, s.reason) for s in page.set_aside]


def test_a_teasers_row_and_a_lists_emoji_line_are_left_as_printed():
    text = (
        "今日导读👇\n\n🔸3版｜春茶开采  茶农笑开颜\n\n"
        + LEAD
        + "✅3项措施落地见效，群众满意度明显提升。\n"
    )
    page = parse_page(text.encode())
    assert [t.text for t in page.teasers] == ["🔸3版｜"]
    assert page.articles[0].blocks[-1].text == "✅3项措施落地见效，群众满意度明显提升。"


def test_a_play_sign_or_a_keycap_number_opens_a_brief_as_an_emoji_does():
    # (a second reviewer's run: ▶️ and 1️⃣ left the briefs one headless story)
    for first, second in (("▶️", "▶️"), ("1️⃣", "2️⃣")):
        text = (
            LEAD
            + "简讯\n\n"
            + f"{first}液化气站专项检查  近日，市质监局对全市液化气站开展专项检查，共检查四十二家。\n\n"
            + f"{second}市图书馆延长开放时间  即日起，市图书馆每晚开放至9时，周末照常开放。\n"
        )
        page = parse_page(text.encode())
        assert [(a.headline, a.title_lines) for a in page.articles][1:] == [
            ("液化气站专项检查", (f"{first}液化气站专项检查",)),
            ("市图书馆延长开放时间", (f"{second}市图书馆延长开放时间",)),
        ]
