"""A list in rows of words after a lead-in ending ``：`` stays in its story (pages of my own).

INPUT.md ("Headlines"): lead-in lines ending in ``如下：`` are no new article; over-splitting a
page is as wrong as missing a story. A list of places or names printed one row a line, its
cells parted by wide gaps (``东园　　东大街``), no figure in it, is the story's text when the
story's text goes on after it. A deck may be two lines of halves parted by two spaces: a short
run of such lines is read as a deck when its halves are of unlike widths, when it stands in a
block of its own, or when a dateline follows it.
"""

from articles.parsing.datarows import word_row
from tests.parsing.helpers import parse

HEAD = "城东新建三座口袋公园"
LEAD = "本报讯（记者王刚）城东区新建的口袋公园昨天向市民开放，首批开放的公园有："
CLOSE = "市民可免费入园，每天早上六点开门。"


def _paragraphs(article) -> list[str]:
    return [block.text for block in article.blocks if block.kind == "paragraph"]


def test_a_long_list_of_names_in_two_columns_stays_whatever_their_widths():
    rows = ["王小明  李华", "张伟  赵丽华", "欧阳明月  陈一", "刘洋  孙悦"]
    parsed = parse(HEAD, "", LEAD.replace("首批开放的公园有", "获奖者是"), *rows, CLOSE)
    [story] = parsed.articles
    assert _paragraphs(story)[1:] == [*rows, CLOSE]


def test_rows_of_three_cells_parted_by_tabs_stay_in_the_story():
    rows = ["东园\t东大街\t全天", "南园\t南大街\t白天"]
    parsed = parse(HEAD, "", LEAD, *rows, CLOSE)
    [story] = parsed.articles
    assert _paragraphs(story)[1:] == [*rows, CLOSE]


def test_rows_a_blank_line_apart_are_no_slogans_and_no_crosshead():
    rows = ["东园　　东大街", "南园　　南大街"]
    parsed = parse(HEAD, "", LEAD, "", rows[0], "", rows[1], "", CLOSE)
    [story] = parsed.articles
    assert [(b.kind, b.text) for b in story.blocks][1:] == [
        ("paragraph", rows[0]),
        ("paragraph", rows[1]),
        ("paragraph", CLOSE),
    ]
    assert not parsed.set_aside


def test_a_list_ending_its_story_leaves_the_next_deck_to_the_next_story():
    parsed = parse(
        HEAD,
        "",
        LEAD,
        "东园　　东大街",
        "南园　　南大街",
        "",
        "城市更新　　品质提升",
        "口袋公园　　全民共享",
        "",
        "本报讯（记者李明）城西区今年也新建了三座口袋公园。",
    )
    assert [a.title_lines for a in parsed.articles] == [
        (HEAD,),
        ("城市更新\u3000\u3000品质提升", "口袋公园\u3000\u3000全民共享"),
    ]
    assert _paragraphs(parsed.articles[0])[1:] == [
        "东园\u3000\u3000东大街",
        "南园\u3000\u3000南大街",
    ]


OVER = "本报讯（记者王刚）城东区新建的口袋公园昨天向市民开放。记者了解到："
UNDATED = "近日，城西区又新建了三座口袋公园，市民可免费入园。"


def test_a_deck_of_halves_over_a_dateline_after_a_colon_is_the_next_story_s():
    # (a guard: the rule for rows of words takes no deck over a dateline)
    deck = ["城市更新　　品质提升", "口袋公园　　全民共享"]
    parsed = parse(HEAD, "", OVER, *deck, "本报讯（记者李明）城西区今年也新建了三座口袋公园。")
    assert [a.title_lines for a in parsed.articles] == [(HEAD,), tuple(deck)]


def test_a_deck_of_unlike_halves_after_a_colon_over_undated_text_is_a_deck():
    # (a guard: halves of unlike widths are a deck's, not a list's columns)
    deck = ["聚焦城市更新　　推进品质提升", "我市新建　　三座口袋公园"]
    parsed = parse(HEAD, "", OVER, *deck, UNDATED)
    assert [a.title_lines for a in parsed.articles] == [(HEAD,), tuple(deck)]


def test_a_deck_of_halves_in_a_block_of_its_own_after_a_colon_is_a_deck():
    # (a guard: two lines alone between blank lines stand where a deck stands)
    deck = ["城市更新　　品质提升", "口袋公园　　全民共享"]
    parsed = parse(HEAD, "", OVER, "", *deck, "", UNDATED)
    assert [a.title_lines for a in parsed.articles] == [(HEAD,), tuple(deck)]


def test_word_row():
    assert word_row("东园　　东大街") == ["东园", "东大街"]
    assert word_row("  王小明  李华") == ["王小明", "李华"]
    assert word_row("东园 东大街") == []  # (one space parts a name's words, no columns)
    assert word_row("开放时间：　全天") == []  # (a label, no row of words)
    assert word_row("东园，东大街　　南园") == []  # (a sentence's comma)
    assert word_row("新华社北京　　电") == [] or word_row("新华社北京　　电")[0] == "新华社北京"
    assert word_row("一二三四五六七八九十一二三　　甲") == []  # (a cell too wide)
