"""Markers that name no page but the next or previous one (``（转下版）``, ``（接上版）``) are
markers like labelled ones: they end / start a text (INPUT.md "Continuations") and carry
``relative`` +1 / -1 with label ``""``, for the import to resolve (the parser does not know the
page's label). The label arithmetic the import uses is :func:`articles.labels.label_step`."""

import pytest

from articles.labels import LabelError, label_step
from articles.parsing import find_markers

from .helpers import only_article, parse

LEAD = "本报讯（记者金帅）6日，全市考核督查动员培训会召开。"


@pytest.mark.parametrize(
    "printed",
    [
        "（转下版）",
        "（下转下版）",
        "（转下页）",
        "（下转次版）",
        "(转下版)",
        "（轉下版）",
        "（下轉次頁）",
    ],
)
def test_a_marker_to_the_next_page_ends_the_text(printed):
    article = only_article("标题", "", LEAD + "一季度没有组织现场考评，" + printed)
    assert article.paragraphs == (LEAD + "一季度没有组织现场考评，",)
    assert [(m.direction, m.label, m.relative, m.text) for m in article.markers] == [
        ("forward", "", 1, printed)
    ]


@pytest.mark.parametrize(
    "printed",
    [
        "（接上版）",
        "（上接上版）",
        "（接上页）",
        "（续上版）",
        "（紧接上版）",
        "(接上版)",
        "（續上版）",
        "【緊接上頁】",
    ],
)
def test_a_marker_from_the_previous_page_starts_a_text(printed):
    parsed = parse(LEAD + "会议要求坚持稳中求进。", "", printed + "他指出，要坚持稳中求进。")
    first, second = parsed.articles
    assert first.markers == ()
    assert second.paragraphs == ("他指出，要坚持稳中求进。",)
    assert [(m.direction, m.label, m.relative, m.text) for m in second.markers] == [
        ("backward", "", -1, printed)
    ]


def test_only_the_full_forms_are_markers():
    # 转/接 with 下/上 and the page word; not the words alone, nor 转上版. (接下版 is one: as
    # 接下页 at a table's foot, it says the text goes on on the next page; review s45.)
    assert [m.text for _, _, m in find_markers("（转下）（转下版）（上版）（接上版）")] == [
        "（转下版）",
        "（接上版）",
    ]
    for text in ("（转下）", "（接上）", "下转下版", "（上版）", "（转上版）"):
        assert find_markers(text) == []


def test_a_next_page_and_previous_page_pair_printed_together_is_one_merged_story():
    article = only_article(
        "标题", "", LEAD + "会议要求坚持稳中求进，（转下版）（接上版）各地抓好落实。"
    )
    assert [(m.direction, m.relative, m.merged) for m in article.markers] == [
        ("forward", 1, True),
        ("backward", -1, True),
    ]
    assert article.continued_on is None and article.continued_from is None


@pytest.mark.parametrize(
    ("label", "step", "expected"),
    [("A2", 1, "A3"), ("2", 1, "3"), ("A2", -1, "A1"), ("B12", -1, "B11"), ("第二版", -1, "1")],
)
def test_label_step_counts_pages_within_the_section(label, step, expected):
    assert label_step(label, step) == expected


@pytest.mark.parametrize("label", ["A1", "1"])
def test_there_is_no_page_before_the_first(label):
    with pytest.raises(LabelError, match="之前没有版面"):
        label_step(label, -1)


def test_the_page_before_a_later_sections_first_page_is_not_told_by_its_label():
    with pytest.raises(LabelError, match="B叠的第一版"):
        label_step("B1", -1)
