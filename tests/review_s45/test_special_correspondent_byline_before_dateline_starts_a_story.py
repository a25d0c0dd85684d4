"""A story that opens with the correspondent's credit before the dateline
(``本报特派记者 吴刚 巴黎12月2日电 法国多地…``, ``本报驻东京记者 刘洋 东京3日电 …``) is not
seen as a new story: its headline is made a crosshead of the story before and its text is merged
into that story.

Papers print foreign and away reports so; INPUT.md ("Bylines, datelines, credits"): the byline
and dateline forms listed are a minimum; a one-line headline before a story is a new story, not a
crosshead. Invented people and stories.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("opening", "reporter"),
    [
        ("本报特派记者 吴刚 巴黎12月2日电 法国多地2日举行集会，抗议养老金改革方案。", "吴刚"),
        ("本报驻东京记者 刘洋 东京3日电 日本政府3日宣布，将延长部分入境限制措施。", "刘洋"),
        ("特派记者 吴刚 发自巴黎 法国多地2日举行集会，抗议养老金改革方案。", "吴刚"),
    ],
)
def test_special_correspondent_byline_before_dateline_starts_a_story(opening, reporter):
    parsed = parse(
        "岚城读书节开幕",
        "",
        "本报讯（记者 何静）岚城第三届读书节昨日开幕。",
        "",
        "读书节将持续一个月。",
        "",
        "海外见闻",
        "",
        opening,
        "",
        "当地媒体作了报道。",
    )
    assert [a.headline for a in parsed.articles] == ["岚城读书节开幕", "海外见闻"]
    first, second = parsed.articles
    assert len(first.paragraphs) == 2
    assert first.crossheads == ()
    assert reporter in second.reporters
    assert len(second.paragraphs) == 2
