"""A box of personal ads (征婚, 交友) under its label, with the line saying how to answer them,
is page furniture like an advert: set aside as ``personals``, never a story, and the story
before it ends there (:mod:`articles.parsing.personals`). Invented pages."""

from tests.parsing.helpers import decks, parse, reasons

STORY = ("社区开办插花课", "　　本报讯（记者　林晓）春风社区昨天开办插花课，四十多名居民参加。")
AFTER = ("夜市重新开张", "　　本报讯　城南夜市经过两个月改造，昨晚重新开张。")


def test_a_spaced_label_over_ads_and_a_letter_line():
    parsed = parse(
        *STORY,
        "鹊　桥",
        "　　男，1971年生，身高1.75米，大专，机关干部，离异。觅40岁以下、温柔贤惠的女友。",
        "　　女，29岁，身高1.62米，本科，会计，未婚。寻诚实稳重、有责任心的男士为伴。",
        "　　来信请寄本报群工部，注明“鹊桥”字样。",
        *AFTER,
    )
    assert decks(parsed) == [("", "社区开办插花课", ""), ("", "夜市重新开张", "")]
    assert reasons(parsed)["鹊　桥"] == "personals"
    assert reasons(parsed)["来信请寄本报群工部，注明“鹊桥”字样。"] == "personals"
    assert parsed.articles[0].paragraphs[-1].endswith("四十多名居民参加。")


def test_bulleted_ads_under_a_notice_title_with_a_telephone_line():
    parsed = parse(
        *STORY,
        "征婚启事",
        "●女，1975年生，中专，纺织厂技术员，丧偶，带一女孩。觅45岁以下、有稳定收入的男士。",
        "●男，38岁，高中，个体户，有住房。诚征35岁以下、身体健康的女性为偶。",
        "联系电话：0731-5566778",
    )
    assert decks(parsed) == [("", "社区开办插花课", "")]
    assert {item.reason for item in parsed.set_aside if item.line >= 3} == {"personals"}


def test_numbered_ads_with_codes_in_a_matchmakers_box():
    parsed = parse(
        "红娘信箱",
        "",
        "1.女，33岁，身高1.58米，护士，未婚。觅品行端正、40岁以下男友。（编号0512）",
        "",
        "2.男，41岁，身高1.70米，教师，离异无孩。寻性格开朗的女士为伴。（编号0513）",
        "",
        "有意者请写明编号来信，本报代转。",
        "",
        *AFTER,
    )
    assert decks(parsed) == [("", "夜市重新开张", "")]
    assert reasons(parsed)["红娘信箱"] == "personals"


def test_ads_opening_with_their_codes_under_a_friends_label():
    parsed = parse(
        "交　友",
        "编号2101　女，26岁，身高1.65米，研究生，外企职员。觅30岁以下、爱好运动的男友。",
        "编号2102　男，属虎，身高1.80米，本科，工程师。觅25至30岁、善良大方的女友。",
        "咨询热线：0571-87654321",
        *AFTER,
    )
    assert decks(parsed) == [("", "夜市重新开张", "")]
    assert parsed.unplaced_lines == ()


def test_two_ads_under_a_label_of_any_wording():
    parsed = parse(
        *STORY,
        "缘来是你",
        "男，1980年生，大专，司机，未婚。觅32岁以下、通情达理的女友。",
        "女，35岁，中专，营业员，离异。觅45岁以下、有正当职业的男士为伴。",
    )
    assert decks(parsed) == [("", "社区开办插花课", "")]
    assert reasons(parsed)["缘来是你"] == "personals"


def test_a_story_under_a_matchmaking_word_is_no_box():
    """The boundary: a headline with the word over a news story's text stays a story."""
    parsed = parse(
        "鹊桥会",
        "　　本报讯（记者　林晓）市总工会昨天举办青年职工联谊会，二百多名单身青年参加。",
    )
    assert decks(parsed) == [("", "鹊桥会", "")]
    assert "鹊桥会" not in reasons(parsed)


def test_one_ad_under_a_label_of_other_wording_is_no_box():
    parsed = parse(
        "一则启事背后",
        "女，35岁，中专，营业员，离异。觅45岁以下、有正当职业的男士为伴。",
        "　　这样的启事，二十年前在本报每周都能见到。",
    )
    assert "一则启事背后" not in reasons(parsed)
