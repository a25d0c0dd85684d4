"""A byline naming each person's part after the name (``◎记者 王蕾/文 陈默/摄``,
``本报记者 王蕾 文　陈默 图``) right under a headline is the story's byline: the writer and the
photographer are its reporters, the headline stays the headline. A credit naming no writer
(``本报记者 陈默 摄``) under a one-line title is still read as that picture's credit, and the same
line under a caption's paragraph is left to the credit rules. Invented people and places."""

import pytest

from tests.parsing.helpers import only_article, parse

STORY = ("", "周末，青岩古镇游人如织，油菜花开满山坡。", "", "景区预计花期持续到下月中旬。")


@pytest.mark.parametrize(
    "credit",
    ["◎记者 王蕾/文 陈默/摄", "本报记者 王蕾 文\u3000陈默 图", "□本报记者 王蕾/文 实习生 陈默/图"],
)
def test_parts_byline_under_headline_is_the_byline(credit):
    parsed = parse("青岩古镇迎来赏花季", credit, *STORY)
    assert parsed.photos == ()
    article = only_article("青岩古镇迎来赏花季", credit, *STORY)
    assert (article.kicker, article.headline) == ("", "青岩古镇迎来赏花季")
    assert article.reporters == ("王蕾", "陈默")
    assert len(article.paragraphs) == 2


def test_writer_alone_with_part_under_headline_is_the_byline():
    article = only_article("青岩古镇迎来赏花季", "◎本报记者 王蕾/文", *STORY)
    assert article.headline == "青岩古镇迎来赏花季"
    assert article.reporters == ("王蕾",)


def test_photographer_credit_without_writer_under_title_stays_a_credit():
    """The boundary: no 文, so no byline by this rule (a picture's title and its credit)."""
    parsed = parse("青岩古镇迎来赏花季", "本报记者 陈默 摄", *STORY)
    [photo] = parsed.photos
    assert photo.credit_line == "本报记者 陈默 摄"
    assert photo.photographers == ("陈默",)
