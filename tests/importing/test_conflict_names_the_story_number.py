"""A conflict line's 第N位 is which story of the page it is as printed (photos and teasers not
counted, as the desk numbers stories 第N篇), not its place among everything the page prints."""

from datetime import date

import pytest

from articles.importing import PageInput, pages_import
from articles.importing.reports import conflict_in_chinese
from articles.models import Article

pytestmark = pytest.mark.django_db

PAGE = """湖滨新区开通三条公交线路

本报讯（记者 林小河）湖滨新区今天起开通三条公交线路，连接新区与老城的主要站点。

■雨后的湖滨大道。（记者 卓一凡 摄）

■晨光中的渔船。（记者 卓一凡 摄）

老城区改造完成第一期

本报讯（记者 周晓月）老城区改造第一期工程日前完工，二十条小巷换上了新路面。

社区图书馆延长开放时间

本报讯（记者 苏明远）全市社区图书馆下月起每天开放到晚上九点，方便下班的读者。
"""


def _run(text: str, **kwargs):
    item = PageInput(
        paper_name="青湾日报",
        paper_slug="qingwan",
        issue_date=date(2022, 5, 6),
        label="A1",
        data=text.encode("utf-8"),
        source_name="A1.txt",
    )
    [report] = list(pages_import([item], **kwargs))
    return report


def test_the_conflict_line_counts_stories_only():
    _run(PAGE)
    stories = list(Article.objects.order_by("position"))
    assert [a.headline for a in stories][2] == "社区图书馆延长开放时间"
    assert stories[2].position > 3  # the photos took places in between
    third = stories[2]
    third.headline = "社区图书馆延长开放时间（编辑改）"
    third.mark_edited()
    third.save()
    report = _run(PAGE.replace("九点", "十点"))
    [conflict] = report.conflicts
    line = conflict_in_chinese(conflict)
    assert line.startswith("A1版 第3位的“社区图书馆延长开放时间（编辑改）”"), line
    again = _run(PAGE.replace("九点", "八点"))  # corrected again: still a conflict, still 3rd
    assert [conflict_in_chinese(c) for c in again.conflicts] == [line]


def test_a_kept_story_the_text_lost_is_numbered_after_the_printed_stories():
    _run(PAGE)
    third = Article.objects.get(headline="社区图书馆延长开放时间")
    third.headline = "社区图书馆延长开放时间（编辑改）"
    third.mark_edited()
    third.save()
    cut = PAGE[: PAGE.index("社区图书馆延长开放时间")]
    report = _run(cut)
    [conflict] = report.conflicts
    line = conflict_in_chinese(conflict)
    # two stories printed now: the kept one is the third, after the import
    assert line.startswith(
        "A1版“社区图书馆延长开放时间（编辑改）”（导入后排在第3位，新文本的稿件之后）："
    ), line


def test_an_edited_story_overwritten_away_is_numbered_as_it_was_printed():
    _run(PAGE)
    third = Article.objects.get(headline="社区图书馆延长开放时间")
    assert third.position > 3
    third.headline = "社区图书馆延长开放时间（编辑改）"
    third.mark_edited()
    third.save()
    report = _run(PAGE[: PAGE.index("社区图书馆延长开放时间")], overwrite_edited=True)
    [line] = report.overwritten
    assert line.startswith("A1版 第3位的“社区图书馆延长开放时间（编辑改）”：编辑改过"), line
