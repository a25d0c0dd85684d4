"""A headline cut after its verb, the object under it opening with an adjective or a
distinguishing word (``县妇联表彰`` / ``优秀女职工代表``): one headline on two lines, not a
kicker over a headline (INPUT.md, "A headline may be printed on two lines"); the verb waits
for its object, and a noun phrase alone says nothing of its own as a subheadline would."""

from tests.parsing.helpers import parse


def _deck(*head: str) -> tuple[str, str, str]:
    parsed = parse(
        *head,
        "　　【本报讯】县妇联于五月八日举行表彰大会，二十名女职工受到表彰。",
    )
    (story,) = parsed.articles
    return story.kicker, story.headline, story.subheadline


def test_verb_over_an_object_opening_with_an_adjective_is_one_headline():
    assert _deck("县妇联表彰", "优秀女职工代表") == ("", "县妇联表彰优秀女职工代表", "")


def test_a_line_with_a_verb_of_its_own_under_a_title_stays_its_own():
    # (a statement under a statement: the title and its subtitle, not one headline)
    assert _deck("全县春耕生产全面展开", "各队抢墒播种早稻") == (
        "",
        "全县春耕生产全面展开",
        "各队抢墒播种早稻",
    )
