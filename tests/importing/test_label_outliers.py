"""A page number far beyond the issue's other pages of its section (A9999 beside A1–A8: a
likely typo for A9) is imported with a warning, worked out again as later pages arrive; nothing
is refused, since a paper may print a page 120."""

from __future__ import annotations

import pytest

from articles.importing import PageInput, pages_import
from articles.importing.settling import label_outlier, reports_settle
from tests.factories import SEED_DATE

STORY = "测试新闻标题在这里\n\n本报讯 这是一段正文，内容足够长以便成为一篇稿件的正文段落，记者在现场看到了很多情况。\n"


@pytest.mark.parametrize(
    ("label", "others", "warned"),
    [
        ("A9999", ["A1", "A2", "A8"], True),
        ("A40", ["A1", "A8"], True),  # above 20 and above 4 × 8
        ("A16", ["A1", "A2"], False),  # a supplement's page 16 is no typo
        ("A32", ["A1", "A8"], False),  # 4 × 8 = 32
        ("B50", ["A1", "A2", "A3"], False),  # alone in its section, under 100
        ("B120", ["A1", "A2"], True),  # alone in its section, over 99
        ("9", ["1", "2", "3"], False),
    ],
)
def test_a_label_is_an_outlier_only_far_beyond_its_sections_other_pages(label, others, warned):
    line = label_outlier(label, others)
    assert bool(line) is warned
    if warned:
        assert f"版次“{label}”" in line and "是否打错" in line


def test_the_warning_names_the_highest_other_page():
    assert "最大 A8" in label_outlier("A9999", ["A1", "A8", "B3"])


def _page(label: str) -> PageInput:
    return PageInput(
        paper_name="南通日报",
        paper_slug="nantong-daily",
        issue_date=SEED_DATE,
        label=label,
        data=STORY,
        source_name=f"{label}.txt",
    )


def _warned(reports, label: str) -> bool:
    (report,) = [r for r in reports if r.label == label]
    return any("是否打错" in w for w in report.warnings)


@pytest.mark.django_db
def test_an_import_warns_of_a_far_label_and_not_of_the_pages_beside_it():
    reports = list(pages_import([_page("A1"), _page("A2"), _page("A9999")]))
    assert _warned(reports, "A9999")
    assert not _warned(reports, "A1") and not _warned(reports, "A2")


@pytest.mark.django_db
def test_a_label_that_later_pages_of_the_run_fill_up_to_is_not_warned_about():
    pages = [_page("A1"), _page("A30"), *(_page(f"A{n}") for n in range(2, 30))]
    reports = list(pages_import(pages, batch_pages=2))
    assert _warned(reports, "A30")  # as its batch (A1, A30) left it
    reports_settle(reports)  # as every caller works out the run's reports at its end
    assert not _warned(reports, "A30")
