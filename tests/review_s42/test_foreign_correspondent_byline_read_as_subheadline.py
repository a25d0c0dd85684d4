"""A correspondent's byline line naming the post abroad (``本报驻美国记者 王刚``) is read as the
story's subheadline, and the reporter is not credited.

INPUT.md lists ``本报记者  彭  波`` and ``新华社记者 江时强`` on their own line as bylines. A paper's
foreign correspondents sign the same way with their post between (``本报驻日本记者 …``,
``新华社驻巴黎记者 …``): the same byline. Today ``本报驻京记者 王刚`` is credited, but a post
of more than one character after 驻 (美国, 巴黎, 联合国) is not: the line becomes the story's 副题
and readers see no reporter.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.xfail(strict=True, reason="驻<国家/城市>记者 byline line becomes the subheadline")
@pytest.mark.parametrize("line", ["本报驻美国记者 王刚", "新华社驻巴黎记者 王刚"])
def test_a_foreign_correspondent_line_is_the_byline(line):
    parsed = parse(
        "海外游客来城东过端午",
        line,
        "",
        "端午节前夕，不少海外游客专程来到城东，体验包粽子、赛龙舟等传统习俗，街头热闹非凡。",
    )
    [story] = parsed.articles
    assert (story.headline, story.subheadline) == ("海外游客来城东过端午", "")
    assert story.reporters == ("王刚",)
