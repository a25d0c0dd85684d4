"""Round 18 of issue 14: a short noun phrase printed over a predicate without a subject of its
own is one headline on two lines (the seed's 以重大项目支撑 / 南通高质量发展走在前列), never a
kicker over the title; a column's name, a genre's or an event's name stays the kicker (decks
of my own).

INPUT.md, "Headlines": a headline may be printed on two lines; kicker / headline / subheadline.
"""

from articles.parsing.deck_pairs import event_over, over_title
from articles.parsing.decks import deck_roles
from tests.parsing.helpers import decks, parse


def test_a_noun_phrase_over_a_predicate_without_a_subject_is_one_headline():
    assert not over_title("社区食堂", "开始供应早餐")
    assert deck_roles([["社区食堂", "开始供应早餐"]]) == ("", "社区食堂 开始供应早餐", "")
    assert deck_roles([["老城区菜市场", "月底完成改造"]]) == ("", "老城区菜市场 月底完成改造", "")


def test_a_predicate_opening_with_a_time_relative_to_the_day_has_no_subject_of_its_own():
    assert not over_title("河畔公园", "下周一重新开放")
    assert deck_roles([["河畔公园", "下周一重新开放"]])[0] == ""


def test_a_column_or_genre_name_over_a_predicate_stays_the_kicker():
    assert deck_roles([["市民来信", "请给公交站加个遮阳棚"]])[0] == "市民来信"
    assert deck_roles([["用药小贴士", "服药期间别喝浓茶"]])[0] == "用药小贴士"
    assert deck_roles([["图说·城事", "凌晨五点的早点铺"]])[0] == "图说·城事"


def test_a_short_name_set_apart_over_a_predicate_stays_the_kicker():
    assert deck_roles([["理论前沿"], ["以数字化转型推动治理"]]) == (
        "理论前沿",
        "以数字化转型推动治理",
        "",
    )


def test_a_whole_title_under_a_short_name_is_no_half_of_a_headline():
    assert deck_roles([["理论视野", "以数字化转型推动基层治理现代化"]])[0] == "理论视野"


def test_a_subject_over_its_predicate_atop_three_lines_is_the_headline_not_a_kicker():
    assert deck_roles([["全县农机手掀起", "秋耕作业新高潮", "东风大队提前完成翻地任务"]]) == (
        "",
        "全县农机手掀起 秋耕作业新高潮",
        "东风大队提前完成翻地任务",
    )


def test_an_event_with_its_round_over_a_title_and_a_dash_subtitle_is_the_kicker():
    assert event_over("城市业余足球联赛第五轮", "东湖队客场三球取胜")
    deck = [["城市业余足球联赛第五轮", "东湖队客场三球取胜", "——新援赵一鸣攻入两球"]]
    assert deck_roles(deck) == (
        "城市业余足球联赛第五轮",
        "东湖队客场三球取胜",
        "——新援赵一鸣攻入两球",
    )


def test_a_phrase_ending_like_an_event_but_in_no_noun_is_no_event():
    assert not event_over("我国对外贸易稳步发展", "前十个月出口增长一成")


def test_a_page_with_a_subject_over_its_predicate_has_no_kicker():
    parsed = parse(
        "十二岁小棋手",
        "夺得全省象棋冠军",
        "　　本报讯（记者　潘　晴）在上周末结束的全省少年象棋赛上，十二岁的小棋手林一鸣夺得冠军。",
    )
    kicker, headline, subheadline = decks(parsed)[0]  # one headline, or headline + subheadline
    assert (
        kicker == "" and (headline + subheadline).replace(" ", "") == "十二岁小棋手夺得全省象棋冠军"
    )


TEXT = "　　最近，不少社区把楼道照明、加装扶手这些小事列入了民生实事清单，居民们说办得实在。"


def test_a_name_under_a_title_naming_its_column_is_the_byline():
    parsed = parse("把小事办成实事（江城时评）", "", "许鸣远", "（作者为江城大学教授）", TEXT)
    assert decks(parsed)[0] == ("", "把小事办成实事（江城时评）", "")
    assert parsed.articles[0].reporters == ("许鸣远",)


def test_a_name_and_the_authors_calling_under_a_column_piece_are_the_byline():
    parsed = parse("城南漫谈", "小事办好了就是大事", "林  舒", "江州师范学院副教授", "", TEXT)
    assert decks(parsed) == [("城南漫谈", "小事办好了就是大事", "")]
    assert parsed.articles[0].reporters == ("林舒",)


def test_a_name_alone_under_a_whole_title_is_its_author():
    parsed = parse("以绣花功夫推进老旧小区改造", "许鸣远", "（作者单位：江城市委党校）", TEXT)
    assert decks(parsed)[0] == ("", "以绣花功夫推进老旧小区改造", "")
    assert parsed.articles[0].reporters == ("许鸣远",)
