"""Where a result's snippet is taken and what it marks: around where the query matched as the
search matched it (its parts whole first, then its terms), the match always inside the snippet,
and single characters or numbers marked only inside a whole part (search.highlight)."""

import re

import pytest

from search.engine import parse_query
from search.highlight import SNIPPET_LENGTH, highlight, snippet

pytestmark = pytest.mark.django_db  # parsing a query brings the dictionary up to date

FILLER = "县里开展一系列扶残助残活动，为全县残疾人送去实实在在的好处。"


def shown(html: str) -> str:
    """The snippet's text without its marks."""
    return re.sub(r"</?mark>", "", html)


def marked(html: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", html)


def test_a_date_is_shown_where_it_is_and_another_date_is_not_marked():
    text = "5月15日是全国助残日。" + FILLER * 3 + "5月19日上午，杨铭高兴地说。"
    html = snippet(text, parse_query("5月19日"))
    assert "5月19日" in shown(html)
    assert marked(html) == ["5月19日"]


@pytest.mark.parametrize("back", [0, 5, 11])
@pytest.mark.parametrize("gap", range(30, 100, 6))
def test_the_match_stays_inside_whatever_clause_the_start_moves_back_to(back, gap):
    # Another date ``gap`` characters before the match, a clause beginning ``back`` characters
    # before that: the snippet's start may move back to the clause, never pushing the match out.
    text = FILLER * 2 + "残" * back + "5月15日" + "残" * gap + "5月19日上午" + FILLER
    html = snippet(text, parse_query("5月19日"))
    assert marked(html) == ["5月19日"]


def test_a_part_longer_than_the_snippet_is_shown_whole():
    part = "县残联围绕改善残疾人民生切实保障残疾人的各项合法权益的主题开展活动" * 4
    text = FILLER * 4 + part + FILLER
    assert len(part) > SNIPPET_LENGTH
    html = snippet(text, parse_query(part))
    assert part in shown(html)


def test_a_name_is_shown_rather_than_a_number_the_query_also_has():
    # Both are in the story; the single number is everywhere, the name says where it matched.
    text = "5个乡镇参加。" + FILLER * 4 + "市委书记徐惠民强调，要把节约土地资源放在重要位置。"
    html = snippet(text, parse_query("徐惠民 5"))
    assert marked(html) == ["徐惠民"]


def test_two_words_apart_are_shown_together_where_both_are():
    text = (
        "土地流转工作稳步推进。"
        + FILLER * 4
        + "市委书记徐惠民强调，要把节约土地资源放在重要位置。"
        + FILLER
    )
    html = snippet(text, parse_query("徐惠民 土地"))
    assert marked(html) == ["徐惠民", "土地"]


def test_words_found_apart_are_shown_where_the_longer_ones_are():
    # 大桥通车 is nowhere whole (the words found apart): the snippet is where both words are,
    # not where one of them is alone.
    text = "通车仪式筹备中。" + FILLER * 4 + "海港大桥月底通车，市民可以步行过桥。"
    html = snippet(text, parse_query("大桥通车"))
    assert marked(html) == ["大桥", "通车"]
    assert "海港大桥月底通车" in shown(html)


def test_a_traditional_query_marks_the_printed_simplified_text_and_the_reverse():
    simplified = "台风过后，" + FILLER * 4 + "十余位台湾同胞昨天来到南通参观。"
    html = snippet(simplified, parse_query("臺灣同胞"))
    assert marked(html) == ["台湾同胞"]
    traditional = "颱風過後，" + FILLER * 4 + "十餘位臺灣同胞昨天來到南通參觀。"
    html = snippet(traditional, parse_query("台湾同胞"))
    assert marked(html) == ["臺灣同胞"]


def test_full_width_digits_are_marked_as_printed():
    text = "５月１５日是全国助残日。" + FILLER * 3 + "５月１９日上午，杨铭高兴地说。"
    html = snippet(text, parse_query("5月19日"))
    assert marked(html) == ["５月１９日"]


def test_single_characters_of_a_longer_part_are_not_marked_in_titles():
    assert highlight("5月15日是全国助残日", parse_query("5月19日")) == "5月15日是全国助残日"
    assert highlight("19日上午5点", parse_query("5月19日 上午")) == "19日<mark>上午</mark>5点"


@pytest.mark.parametrize(
    ("query", "title", "expected"),
    [
        # wherever printed: one Han character is matched as a substring (inside 报告 too)
        ("报", "发布报告会的报", "发布<mark>报</mark>告会的<mark>报</mark>"),
        ("2024", "2024年与12024号", "<mark>2024</mark>年与12024号"),
        ("5月", "5月15日", "<mark>5月</mark>15日"),
    ],
)
def test_a_query_of_single_characters_or_numbers_marks_them(query, title, expected):
    assert highlight(title, parse_query(query)) == expected
