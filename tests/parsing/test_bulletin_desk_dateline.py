"""A bulletin's or magazine's own desk opening a lead (``本刊讯（通讯员　某某）``, ``【本刊讯】``,
``本刊专讯``), as a paper's ``本报讯`` does (INPUT.md, "Bylines, datelines, credits"): the
dateline, and the names in its bracket the reporters; ``本刊讯息`` is a word, no dateline."""

import pytest

from articles.parsing.datelines import dateline_match

from .helpers import parse


@pytest.mark.parametrize(
    ("opening", "dateline", "reporters"),
    [
        ("本刊讯（通讯员　明远）", "本刊讯", ("明远",)),
        ("【本刊讯】", "本刊讯", ()),
        ("本刊专讯（记者　方晴）", "本刊专讯", ("方晴",)),
    ],
)
def test_a_bulletins_own_desk_is_the_leads_dateline(opening, dateline, reporters):
    parsed = parse(
        "禅修营圆满结束",
        "",
        opening + "7月9日，为期七天的夏季禅修营在禅堂圆满结束，一百二十名学员参加。",
    )
    (story,) = parsed.articles
    assert story.dateline == dateline
    assert story.reporters == reporters


def test_a_word_opening_with_the_desks_name_is_no_dateline():
    assert dateline_match("本刊讯息不多，敬请谅解。") is None
