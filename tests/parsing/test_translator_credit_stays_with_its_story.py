"""A translator's or compiler's credit (``（编译：张三）``, ``编译　张三``, ``（翻译：李四）``,
``（刘敏译）``) stays with its story: under the title it is the story's byline (its brackets
kept, as printed) and the text under it keeps its title; at the end it closes the story before.
Whether a translator counts as a reporter is left as it was (held-out truths disagree); the name
is read without 译."""

import pytest

from tests.parsing.helpers import parse

TITLE = "海外城市如何治理内河"
BODY = (
    "全市今年新建的二十座污水处理厂已经全部投入运行，日处理能力比去年提高了三成，"
    "沿河居民普遍反映水质明显好转。"
)
MORE = "据介绍，下一步还将在城郊新建三座泵站，力争明年底前实现生活污水全收集、全处理。"
NEXT = ("城东新建三所小学", "", "本报讯（记者 赵青）城东区今年新建的三所小学将于九月一日正式开学。")


@pytest.mark.parametrize(
    ("credit", "byline", "reporters"),
    [
        ("（编译：张三）", "（编译：张三）", ("张三",)),  # (its brackets printed)
        ("（翻译：李四）", "（翻译：李四）", ("李四",)),
        ("编译　张三", "编译　张三", ("张三",)),  # (near miss: read so before, unchanged)
    ],
)
def test_credit_under_the_title_is_the_byline(credit, byline, reporters):
    parsed = parse(TITLE, credit, "", BODY, "", MORE)
    (article,) = parsed.articles
    assert article.headline == TITLE
    assert article.byline == byline
    assert article.reporters == reporters
    assert article.paragraphs == (BODY, MORE)


def test_credit_after_the_text_closes_the_story_before():
    # Near miss: after a story's text the bracketed credit is its end line, not the next byline.
    parsed = parse(TITLE, "", BODY, "", MORE, "", "（编译：张三）", *NEXT)
    first, second = parsed.articles
    assert first.headline == TITLE
    assert first.paragraphs == (BODY, MORE, "（编译：张三）")
    assert first.reporters == ("张三",)
    assert second.headline == "城东新建三所小学"
    assert second.reporters == ("赵青",)


def test_glued_translator_mark_is_no_part_of_the_name():
    parsed = parse(TITLE, "", BODY, "", MORE + "（刘敏译）")
    (article,) = parsed.articles
    assert article.paragraphs[-1] == MORE + "（刘敏译）"  # as printed
    assert article.reporters == ("刘敏",)
