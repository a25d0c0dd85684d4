"""A story's words-and-pictures credit printed on its own line at the story's END
(``本报记者 赵敏 文/图``, ``文/本报记者 周涛  图/本报记者 杨帆``) is credited as the byline but
also left in the story as its last paragraph, so readers see the credit twice (once as byline,
once as text).

INPUT.md ("Bylines, datelines, credits"): credits at the end of the article belong to the story as
its byline, not its text. The same credits under the headline are handled
(tests/parsing/test_words_and_pictures_byline_forms.py). Invented people.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.xfail(strict=True, reason="closing 文/图 credit left as a paragraph")
@pytest.mark.parametrize(
    ("credit", "reporter"),
    [
        ("本报记者 赵敏 文/图", "赵敏"),
        ("文/本报记者 赵敏  图/本报记者 杨帆", "赵敏"),
        ("赵敏 文/图", "赵敏"),
    ],
)
def test_closing_words_and_pictures_credit_is_not_a_paragraph(credit, reporter):
    parsed = parse(
        "老街换新颜",
        "",
        "岚城老街改造历时一年，昨日重新开街，吸引大批市民游览。",
        "",
        "改造保留了老街原有的青石板路和骑楼。",
        "",
        credit,
        "",
        "城东新开一条公交线",
        "",
        "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
    )
    assert [a.headline for a in parsed.articles] == ["老街换新颜", "城东新开一条公交线"]
    story = parsed.articles[0]
    assert reporter in story.reporters
    assert story.paragraphs == (
        "岚城老街改造历时一年，昨日重新开街，吸引大批市民游览。",
        "改造保留了老街原有的青石板路和骑楼。",
    )
