"""Deck roles, round 7 (issue 14): a label naming a project over its title, and a letter's or an
appeal's salutation under its title. Pages written for these tests."""

from articles.parsing.decks import deck_roles
from tests.parsing.helpers import parse


def test_verb_object_label_ending_in_a_noun_over_a_title_is_the_kicker():
    # 引水 (verb) + 工程 (noun head): a topic's name, not a statement.
    assert deck_roles([["引水工程", "南干渠全线通水"]]) == ("引水工程", "南干渠全线通水", "")


def test_short_statement_over_a_title_stays_headline_and_subheadline():
    assert deck_roles([["高考首日", "考点秩序井然"]]) == ("", "高考首日", "考点秩序井然")
    assert deck_roles([["市区米价回落", "菜价保持平稳"]]) == ("", "市区米价回落", "菜价保持平稳")


def test_salutation_ending_in_a_colon_under_a_title_opens_the_text():
    page = parse(
        "节约用水倡议书\n\n各位居民朋友们：\n\n"
        "入夏以来，我市降雨偏少，城区供水压力明显加大。为了保障大家的正常生活用水，我们倡议：\n\n"
        "一、洗菜、淘米的水用来浇花、冲厕所，做到一水多用。\n"
    )
    (article,) = page.articles
    assert (article.kicker, article.headline, article.subheadline) == ("", "节约用水倡议书", "")
    assert article.paragraphs[0] == "各位居民朋友们："
    assert "各位居民朋友们：" not in article.title_lines


def test_speakers_words_after_a_run_of_spaces_on_the_title_line_are_the_subheadline():
    assert deck_roles([["湖区油菜花进入盛花期  游客：比往年开得更早"]]) == (
        "",
        "湖区油菜花进入盛花期",
        "游客：比往年开得更早",
    )


def test_halves_of_one_title_without_a_speaker_stay_one_headline():
    assert deck_roles([["老桥加固完工  今起恢复通行"]]) == ("", "老桥加固完工 今起恢复通行", "")


def test_role_colon_and_name_under_a_title_is_the_byline_not_the_subheadline():
    page = parse(
        "古镇老街修缮完工",
        "本周六重新开街",
        "",
        "报导：苏禾",
        "位于西岭湖北岸的渡口古镇老街经过一年修缮，将于本周六重新开街，四十多家老字号将陆续回迁。",
    )
    (article,) = page.articles
    assert (article.headline, article.subheadline) == ("古镇老街修缮完工", "本周六重新开街")
    assert "报导：苏禾" not in article.title_lines
