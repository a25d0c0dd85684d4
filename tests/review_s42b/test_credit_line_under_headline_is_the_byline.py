"""The credit lines today's work taught at a story's end (``文/周明 图/钱立``, ``周明/文``,
``钱立 编译``, ``周明 口述 钱立 整理``) are read as the 副题 when printed where features print them
most, right under the headline: nobody is credited.

``文/周明`` alone under a headline is the byline already; the writer-and-photographer, translator
and as-told-to forms (closings ``closing_credit``) are not used there. INPUT.md: bylines on their
own line under the headline are bylines, not headlines. Not a regression (missing its own kind).
"""

import pytest

from tests.parsing.helpers import only_article


@pytest.mark.parametrize(
    ("credit", "people"),
    [
        (
            "文/周明 图/钱立",
            ("周明",),
        ),  # the photographer takes its pictures, not a reporter (parser 36)
        ("周明/文", ("周明",)),
        ("钱立 编译", ("钱立",)),
        ("周明 口述 钱立 整理", ("钱立",)),
    ],
)
def test_credit_line_under_the_headline_is_the_byline(credit, people):
    article = only_article(
        "我在边疆当医生的三十年",
        "",
        credit,
        "",
        "一九九五年，我从医学院毕业，主动报名来到边疆的一所县医院工作，这一干就是三十年。",
        "",
        "如今，县医院已经有了新大楼，年轻医生也越来越多。",
    )
    assert article.subheadline == ""
    assert article.reporters == people
