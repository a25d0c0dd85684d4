"""A Chinese community paper's notices (INPUT.md, "Page furniture": a notice's signature ends
that notice; "Bylines": a letter's writer signs it at its end): an association's notice under a
title naming it (``同德會館公告``) is an item of its own, a notice signed by its giver and 謹告
ends there, a letter's writer may print the spelling of the name in brackets, and a family's
thanks after a funeral (鳴謝) is paid space, never a story."""

from tests.parsing.helpers import parse

EDITORIAL = (
    "社論",
    "僑社老人與福利",
    "",
    "華埠老人之人數，近十年來增加近倍。其生活固多困難，而各團體之照顧亦未周全，此為僑社之隱憂。",
    "",
)
NOTICE = (
    "同德會館公告",
    "",
    "啟者：本館定於七月六日（星期六）下午三時在本館禮堂召開會員大會，改選職員，希各會員準時出席為荷。",
    "",
)
STATEMENT = (
    "仁和堂敬告僑胞",
    "",
    "本堂近聞有人冒用本堂名義在華埠各店舖推銷彩票，特此聲明：本堂從未委託任何人推銷，請勿受騙。",
    "",
    "仁和堂全體職員　謹告",
    "",
    "華埠商會籌辦中秋燈會",
    "",
    "【本報訊】華埠商會昨日召開理事會，決定於九月中旬舉辦中秋燈會，邀請各僑團參加。",
)
LETTER = (
    "讀者來函",
    "華埠公園應增設長椅",
    "",
    "編者先生：",
    "",
    "每日清晨，公園內散步之老人甚多，而長椅不過數張，老人站立良久，甚為辛苦。懇請有關方面增設。",
    "",
    "讀者　何家明（Ka Ming Ho）　謹上",
)


def test_an_associations_notice_under_its_title_is_an_item_of_its_own():
    parsed = parse(*EDITORIAL, *NOTICE)
    assert [a.headline for a in parsed.articles] == ["僑社老人與福利", "同德會館公告"]


def test_a_notice_signed_by_its_giver_and_jin_gao_ends_there():
    parsed = parse(*STATEMENT)
    assert [(a.headline, a.subheadline) for a in parsed.articles] == [
        ("仁和堂敬告僑胞", ""),
        ("華埠商會籌辦中秋燈會", ""),
    ]


def test_a_letter_signed_with_the_names_spelling_in_brackets_is_signed_by_the_writer():
    parsed = parse(*LETTER)
    assert [(a.headline, a.reporters) for a in parsed.articles] == [
        ("華埠公園應增設長椅", ("何家明",))
    ]


def test_a_familys_thanks_after_a_funeral_is_set_aside_other_thanks_are_not():
    one_line = "鳴謝：先母陳太夫人之喪，承蒙親友致送賻儀花圈，隆情高誼，歿存均感，特此鳴謝。孝子周國強等同叩"
    parsed = parse(*LETTER, "", one_line)
    assert [a.headline for a in parsed.articles] == ["華埠公園應增設長椅"]
    assert [s.reason for s in parsed.set_aside if s.text == one_line] == ["family-notice"]
    labelled = (
        "鳴謝",
        "先嚴黃公志強不幸仙逝，承蒙各界親友致送花圈，隆情厚誼，謹此鳴謝。",
        "孝男黃文彬率全家泣啟",
    )
    parsed = parse(*EDITORIAL, *labelled)
    assert [a.headline for a in parsed.articles] == ["僑社老人與福利"]
    assert {s.reason for s in parsed.set_aside} == {"family-notice"}
    school = "本校新建圖書館承蒙各界熱心人士慷慨捐助，已於本月落成，特此鳴謝。"
    parsed = parse(*EDITORIAL, "鳴謝", "", school)  # (thanks for no funeral: not this notice)
    assert "family-notice" not in {s.reason for s in parsed.set_aside}
