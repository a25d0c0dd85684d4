"""An author's line under a title that prints the writer's unit and job (or post) before the
name (``南关车辆段检车员　杜晓峰``, ``市文化馆副馆长　曹文英``) is the byline, not the headline: the
title stays the headline and the person is the name, not the unit or the job.

INPUT.md ("Headlines"): the author's name on the next line is the byline, not the headline.
"""

import pytest

from tests.parsing.helpers import only_article


@pytest.mark.parametrize(
    ("line", "name"),
    [("南关车辆段检车员　杜晓峰", "杜晓峰"), ("市文化馆副馆长　曹文英", "曹文英")],
)
def test_a_unit_and_job_line_under_a_title_is_the_byline(line, name):
    story = only_article(
        "我的师傅",
        line,
        "　　我第一次走进检修库的时候，师傅递给我一把检车锤。",
        "　　如今我也带了徒弟。",
    )
    assert (story.kicker, story.headline, story.subheadline) == ("", "我的师傅", "")
    assert story.reporters == (name,)
