"""Round 11 of issue 14: a news genre's word as a kicker, and a three-line deck whose last line
holds a speaker's words after a space (pages of my own).

INPUT.md, "Headlines": a genre's word (专访, 特写, 述评 …) printed over a title, or before it on
its line after a space, is the title's kicker, also with a ——subheadline under the title; a deck
printed on three lines has its subheadline on the third, even when a speaker's words stand after
a space in it.
"""

from articles.parsing.deck_pairs import genre_label
from articles.parsing.decks import deck_roles
from tests.parsing.helpers import decks, parse


def story(*deck, text="本报讯（记者　黎　川）沿河渡口的空地上挂起一块白幕，村民早早坐好等待放映。"):
    return (*deck, "　　" + text)


def test_a_genre_word_over_a_title_and_its_dash_subheadline_is_the_kicker():
    parsed = parse(*story("专访", "守着老戏台唱了四十年", "——访花鼓戏传承人梅秋生"))
    assert decks(parsed) == [("专访", "守着老戏台唱了四十年", "——访花鼓戏传承人梅秋生")]


def test_a_genre_word_in_its_own_block_over_the_title_is_the_kicker():
    assert deck_roles([["述评"], ["老旧小区加装电梯", "——难在哪里"]]) == (
        "述评",
        "老旧小区加装电梯",
        "——难在哪里",
    )


def test_a_genre_word_and_a_space_opening_the_title_line_is_the_kicker():
    parsed = parse(*story("特写　渡口边的露天放映夜"))
    assert decks(parsed) == [("特写", "渡口边的露天放映夜", "")]


def test_a_title_that_merely_starts_with_a_genre_word_keeps_it():
    parsed = parse(*story("调查显示夜市客流回升"))
    assert decks(parsed) == [("", "调查显示夜市客流回升", "")]


def test_a_spaced_genre_word_is_a_genre_label_but_a_column_name_is_not():
    assert genre_label("特　写")
    assert not genre_label("江湾夜话")


def test_a_speakers_words_on_the_third_line_of_a_deck_stay_one_subheadline():
    parsed = parse(
        *story(
            "体育馆改造工期再延两月", "秋季联赛主场被迫外迁", "球迷各有看法　俱乐部：全力保障观赛"
        )
    )
    assert decks(parsed) == [
        ("体育馆改造工期再延两月", "秋季联赛主场被迫外迁", "球迷各有看法 俱乐部：全力保障观赛")
    ]


def test_a_speakers_words_after_a_space_on_a_one_line_deck_are_still_its_subheadline():
    assert deck_roles([["湖区油菜花进入盛花期  游客：比往年开得更早"]]) == (
        "",
        "湖区油菜花进入盛花期",
        "游客：比往年开得更早",
    )
