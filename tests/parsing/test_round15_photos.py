"""Issue 14, fifteenth round (photos area): unnumbered captions without a credit at the end of a
story whose byline credits its author with the pictures (文/图)."""

from tests.parsing.helpers import parse

_STORY = (
    "老茶馆里的评弹声",
    "文/图  本报记者  柯  远",
    "",
    "午后两点，老街尽头的茶馆里坐满了人。一张方桌、两把椅子，评弹艺人调好三弦，开口便是一段《珍珠塔》。",
    "",
    "茶馆老板说，这样的演出每周三场，来听的多是附近的老人，近来也有不少年轻人专程赶来。",
    "",
)


def test_short_captions_ending_a_story_whose_author_took_its_pictures_are_its_photos():
    parsed = parse(
        *_STORY,
        "评弹艺人在茶馆里演出。",
        "",
        "茶客们边喝茶边听书。",
        "",
        "湖边新建的步行道开放",
        "本报讯（记者 孟青）湖边新建的三公里步行道昨天开放，沿途设有六处休息亭。",
    )
    assert [p.caption for p in parsed.photos] == ["评弹艺人在茶馆里演出。", "茶客们边喝茶边听书。"]
    assert all(p.credit_line == "" for p in parsed.photos)
    assert {p.article_position for p in parsed.photos} == {parsed.articles[0].position}
    assert "评弹艺人在茶馆里演出。" not in parsed.articles[0].paragraphs
    assert len(parsed.articles) == 2


def test_a_short_closing_line_about_what_will_happen_stays_the_storys_text():
    parsed = parse(*_STORY, "演出将持续到年底。")
    assert parsed.photos == ()
    assert parsed.articles[0].paragraphs[-1] == "演出将持续到年底。"


def test_a_short_last_paragraph_of_a_story_without_a_pictures_byline_stays_text():
    lines = list(_STORY)
    lines[1] = "本报记者  柯  远"
    parsed = parse(*lines, "评弹艺人在茶馆里演出。")
    assert parsed.photos == ()
    assert parsed.articles[0].paragraphs[-1] == "评弹艺人在茶馆里演出。"
