"""The line under a title naming who wrote the piece:

* the writer's unit, then the name (``县植保科　韦国强``): the person is the reporter, the unit
  is not a second one;
* a body that wrote it as one (``柳树湾大队党支部``, ``城关公社理论小组``): the byline, naming no
  reporter, and not a line of the headline.

INPUT.md ("Headlines"): the author's name on the next line is the byline, not the headline.
"""

import pytest

from tests.parsing.helpers import only_article


def test_a_unit_before_the_name_is_no_reporter():
    story = only_article(
        "秋播小麦怎样拌种",
        "县植保科　韦国强",
        "",
        "小麦播种前用药剂拌种，可以有效防治地下害虫和黑穗病。",
    )
    assert story.headline == "秋播小麦怎样拌种"
    assert story.reporters == ("韦国强",)


@pytest.mark.parametrize("body", ["柳树湾大队党支部", "城关公社理论小组"])
def test_a_body_under_a_title_is_the_byline(body):
    story = only_article(
        "我们是怎样办好夜校的",
        body,
        "",
        "去年冬天，我们大队办起了青年夜校，全大队一百多名青年参加了学习。",
    )
    assert (story.kicker, story.headline, story.subheadline) == ("", "我们是怎样办好夜校的", "")
    assert story.byline == body
    assert story.reporters == ()
