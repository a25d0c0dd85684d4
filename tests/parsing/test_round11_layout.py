"""Layout, round 11 (issue 14): bracketed crossheads in a case report, feature deck blocks and
their profile boxes, sports results lines, decks cut at a PDF's fixed width.
Pages written for these tests."""

from articles.parsing.headcuts import rejoin_cut_heading
from tests.parsing.helpers import parse

CASE = [
    "退货运费谁来出",
    "本报记者　田　野",
    "",
    "网购一双运动鞋不合脚，退货运费该谁承担？近日，南岭区人民法院审结这起纠纷。",
    "",
    "【基本案情】",
    "",
    "市民小韦在网店购买运动鞋，收货后申请退货，店家要求其承担往返运费。",
    "",
    "【法官说法】",
    "",
    "法官表示，商品本身无质量问题的，退货运费一般由消费者承担，双方另有约定的除外。",
]


def test_a_bracketed_label_alone_between_paragraphs_is_a_crosshead_of_the_story():
    page = parse(*CASE)
    assert [a.headline for a in page.articles] == ["退货运费谁来出"]
    assert page.articles[0].crossheads == ("【基本案情】", "【法官说法】")


def test_a_bracketed_column_label_over_a_headline_still_starts_a_new_story():
    page = parse(
        *CASE,
        "",
        "【法苑随笔】",
        "小纠纷里的大道理",
        "",
        "一双鞋的运费不过十几元，却牵动着许多网购者的心。",
    )
    assert len(page.articles) == 2
    assert "小纠纷里的大道理" in page.articles[1].headline


FEATURE = [
    "从小学徒到老师傅——",
    "四十年，",
    "她守着一台老织机",
    "——记织锦艺人蓝秀英",
    "",
    "本报记者　甘　露",
    "",
    "　　清晨，蓝秀英已经坐在织机前，梭子来回穿行，锦面上渐渐现出花纹。",
    "　　她说，织锦最要紧的是耐心。",
]


def test_a_kicker_ending_in_a_dash_takes_the_headline_lines_under_it():
    page = parse(*FEATURE)
    assert len(page.articles) == 1
    story = page.articles[0]
    assert story.kicker == "从小学徒到老师傅——"
    assert "".join(story.headline.split()) == "四十年，她守着一台老织机"
    assert story.subheadline == "——记织锦艺人蓝秀英"


def test_a_profile_box_after_the_features_photo_stays_in_the_feature():
    page = parse(
        *FEATURE,
        "蓝秀英在织机前工作。　本报记者　甘　露摄",
        "人物档案",
        "　　蓝秀英，1962年生，县级非物质文化遗产织锦技艺代表性传承人。",
    )
    assert len(page.articles) == 1
    assert "人物档案" in page.articles[0].crossheads


def test_a_results_line_under_a_story_is_its_text_and_the_next_headline_starts_a_story():
    page = parse(
        "市男篮主场险胜",
        "本报讯（记者　寇　宁）昨晚，市男篮在主场以两分优势战胜对手，取得三连胜。",
        "",
        "各节比分：20:18　19:24　22:17　21:21",
        "",
        "乒乓球公开赛落幕",
        "",
        "本报讯　为期三天的市乒乓球公开赛昨日落幕，共有两百余名选手参赛。",
    )
    assert [a.headline for a in page.articles] == ["市男篮主场险胜", "乒乓球公开赛落幕"]
    assert page.articles[0].paragraphs[-1] == "各节比分：20:18　19:24　22:17　21:21"


def test_a_paragraph_that_mentions_this_stop_is_text_not_a_sites_menu():
    page = parse(
        "帆船赛收官",
        "",
        "本报讯　帆船公开赛昨日收官。",
        "",
        "本站比赛共有十二支船队参加，下一站将在秋季举行。",
    )
    assert page.articles[0].paragraphs[-1].startswith("本站比赛")


def test_a_quoted_name_over_a_deck_line_is_one_headline_on_a_cut_line_page():
    assert rejoin_cut_heading(["“清风课堂”", "开进村头院落"], 13) == ["“清风课堂”开进村头院落"]


def test_two_deck_halves_of_five_are_one_headline_but_halves_of_four_stay_apart():
    assert rejoin_cut_heading(["老车站变身", "社区议事厅"], 13) == ["老车站变身社区议事厅"]
    assert rejoin_cut_heading(["老街夜市", "本周开张"], 13) == ["老街夜市", "本周开张"]


def test_a_quoted_name_is_left_alone_on_a_page_without_cut_lines():
    assert rejoin_cut_heading(["“清风课堂”", "开进村头院落"], None) == [
        "“清风课堂”",
        "开进村头院落",
    ]


def test_a_results_table_signed_by_its_sender_is_an_item_with_one_paragraph_a_row():
    page = parse(
        "羽毛球公开赛落幕",
        "",
        "本报讯　市羽毛球公开赛昨日落幕。",
        "",
        "网球联赛第5轮赛果",
        "东城队　2:1　南湖队",
        "西岭队　0:2　北港队",
        "（本报综合）",
        "",
        "游泳馆暑期延长开放",
        "",
        "本报讯　市游泳馆暑期每天开放至晚上十点。",
    )
    assert [a.headline for a in page.articles] == [
        "羽毛球公开赛落幕",
        "网球联赛第5轮赛果",
        "游泳馆暑期延长开放",
    ]
    assert page.articles[1].paragraphs[:2] == ("东城队　2:1　南湖队", "西岭队　0:2　北港队")


def test_an_unsigned_results_table_beside_the_stories_is_still_a_box():
    page = parse(
        "羽毛球公开赛落幕",
        "",
        "本报讯　市羽毛球公开赛昨日落幕。",
        "",
        "网球联赛第5轮赛果",
        "东城队　2:1　南湖队",
        "西岭队　0:2　北港队",
        "",
        "游泳馆暑期延长开放",
        "",
        "本报讯　市游泳馆暑期每天开放至晚上十点。",
    )
    assert [a.headline for a in page.articles] == ["羽毛球公开赛落幕", "游泳馆暑期延长开放"]
