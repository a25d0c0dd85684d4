"""A running head whose pieces are parted by ``·``, ``|``, ``｜``, ``/`` or ``-`` with no spaces
(``岚川晚报·2020年7月9日·A1``, ``2020年7月9日｜星期四｜A3版｜要闻``, ``岚川晚报/2021-05-06/B2``)
is the page's header, as the same head spaced out is: its date, label, paper and section are
the page's. A section's own dot stays (``市场·行情`` is one section), and a line with no label
beside the date or the paper's name is not read so. INPUT.md ("Page furniture"). Invented
paper."""

import pytest

from tests.parsing.helpers import parse, reasons

STORY = (
    "城东新开一条公交线",
    "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
    "沿线设站十八个，首班车早上六点发车。",
)


@pytest.mark.parametrize(
    ("head", "date", "label", "paper", "section"),
    [
        ("岚川晚报·2020年7月9日·A1", "2020-07-09", "A1", "岚川晚报", ""),
        ("2020年7月9日｜星期四｜A3版｜要闻", "2020-07-09", "A3", "", "要闻"),
        ("岚川晚报/2021-05-06/B2", "2021-05-06", "B2", "岚川晚报", ""),
        ("岚川晚报-2020年7月9日-第3版", "2020-07-09", "3", "岚川晚报", ""),
        ("岚川晚报・2020年7月9日・A1", "2020-07-09", "A1", "岚川晚报", ""),
        ("岚川晚报／2021－05－06／B2", "2021-05-06", "B2", "岚川晚报", ""),
    ],
)
def test_a_head_parted_by_separators_is_the_page_header(head, date, label, paper, section):
    parsed = parse(head, *STORY)
    [article] = parsed.articles
    assert article.headline == STORY[0]
    assert reasons(parsed)[head] == "page-header"
    meta = parsed.metadata
    assert (meta.date, meta.label, meta.paper, meta.section) == (date, label, paper, section)


@pytest.mark.parametrize(
    "head",
    [
        "2020年7月9日·A3·市场·行情",
        "岚川晚报·市场·行情·A3",
        "2020年7月9日｜A3｜市场·行情",
        "2020年7月9日｜A3版:市场·行情",
    ],
)
def test_a_sections_own_dot_is_kept_in_a_parted_head(head):
    parsed = parse(head, *STORY)
    assert reasons(parsed)[head] == "page-header"
    assert (parsed.metadata.label, parsed.metadata.section) == ("A3", "市场·行情")


def test_a_staff_entry_keeps_its_slash_in_a_parted_head():
    head = "2020年7月9日/星期四/A3/责编/王芳"
    parsed = parse(head, *STORY)
    assert reasons(parsed)[head] == "page-header"
    assert (parsed.metadata.date, parsed.metadata.label) == ("2020-07-09", "A3")


@pytest.mark.parametrize(
    "title",
    ["新华社·2020年7月9日", "岚川晚报·市场·行情", "COVID-19", "要闻·A3"],
    ids=["date-without-label", "paper-without-label", "latin-with-number", "label-alone"],
)
def test_a_line_without_both_a_label_and_a_date_or_paper_is_not_read_as_a_parted_head(title):
    parsed = parse(title, *STORY[1:])
    assert reasons(parsed).get(title) != "page-header"
    assert parsed.metadata.label == "" and parsed.metadata.date == ""
