"""A folio, the page's number between dashes or dots (``— 7 —``, ``~7~``, ``--12--``), is
the page's label at the top of a page, before any heading, and at its foot, where no story takes
it. Between a feature's parts, or right under its headline, ``—2—`` is the part's number and
stays in the story. INPUT.md ("Encoding and layout"): stray page labels on their own line are
furniture. Invented people."""

import pytest

from tests.parsing.helpers import parse, reasons

STORY = (
    "城东新开一条公交线",
    "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
    "沿线设站十八个，首班车早上六点发车。",
)


@pytest.mark.parametrize(("folio", "label"), [("— 7 —", "7"), ("~12~", "12"), ("--12--", "12")])
def test_folio_over_the_first_story_is_the_page_label(folio, label):
    parsed = parse(folio, *STORY)
    [article] = parsed.articles
    assert (article.kicker, article.headline) == ("", "城东新开一条公交线")
    assert reasons(parsed)[folio] == "page-label"
    assert parsed.metadata.label == label


def test_folio_at_the_foot_is_the_page_label():
    parsed = parse(*STORY, "·12·")
    assert parsed.unplaced_lines == ()
    assert reasons(parsed)["·12·"] == "page-label"
    assert parsed.metadata.label == "12"


def test_numbered_parts_of_a_feature_stay_in_the_story():
    parsed = parse(
        STORY[0], "—1—", STORY[1], "—2—", STORY[2], "—3—", "新线路开通后，市民出行更方便了。"
    )
    [article] = parsed.articles
    assert article.headline == "城东新开一条公交线"
    assert article.crossheads[-2:] == ("—2—", "—3—")
    assert not {"—1—", "—2—", "—3—"} & set(reasons(parsed))
    assert parsed.metadata.label == ""
