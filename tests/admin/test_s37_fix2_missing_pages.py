"""The desk's home says which pages an issue lacks briefly: a long gap as a range with its
count, at most a dozen entries (README 编辑部首页: gaps in the labels)."""

import pytest

from articles.overview import MISSING_SHOWN, missing_runs, missing_shown
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db

PAGE = "社区新开一家书店\n\n本报讯（记者 钱立）社区新书店昨天开业，藏书三万册。\n"


def test_a_mistyped_label_far_beyond_the_rest_is_one_range_with_its_count():
    assert missing_shown(["A1", "A9999"], []) == (["A2–A9998（共 9997 版）"], 0)
    assert missing_runs(["A1", "A9999", "B3"]) == [("A", 2, 9998), ("B", 1, 2)]


def test_short_gaps_are_listed_page_by_page_and_longer_ones_as_ranges():
    assert missing_shown(["A1", "A5"], []) == (["A2", "A3", "A4"], 0)
    assert missing_shown(["A1", "A6", "B2"], []) == (["A2–A5（共 4 版）", "B1"], 0)


def test_a_page_jumped_to_is_named_once_inside_or_outside_the_gaps():
    assert missing_shown(["A1", "A9"], ["A4", "A12"]) == (["A2–A8（共 7 版）", "A12"], 0)


def test_at_most_a_dozen_entries_and_how_many_pages_the_rest_name():
    labels = [f"A{n}" for n in range(1, 62, 2)]  # A1, A3, … A61: 30 single gaps
    shown, more = missing_shown(labels, [])
    assert len(shown) == MISSING_SHOWN and shown[0] == "A2" and more == 30 - MISSING_SHOWN


def test_the_home_says_how_many_missing_pages_it_left_out(editor_client):
    import_seed()
    for n in range(3, 40, 2):  # A3, A5, … A39: A2, A4, … A38 missing, 19 of them
        import_text(PAGE, f"A{n}")
    html = editor_client.get("/admin/").content.decode()
    assert f"另有 {19 - MISSING_SHOWN} 版未列出" in html
