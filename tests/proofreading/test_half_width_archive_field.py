"""A web archive's author field (作者:本报记者 X) sets a half-width colon after its label: the
archive's meta line (INPUT.md), not the paper's punctuation, so the byline's label colon is no
finding; a half-width mark elsewhere in the byline, or after a role, still is
(articles/proofreading/checker.py, check_byline_text)."""

import pytest

from articles.proofreading import check_byline_text


def half_width(byline):
    return [f.text for f in check_byline_text(byline) if f.kind == "half_width"]


@pytest.mark.parametrize(
    "byline", ["作者:本报记者 王立新", "作者:新华社记者 钱 海 东", "撰文:林小溪"]
)
def test_an_archive_author_fields_colon_is_no_finding(byline):
    assert half_width(byline) == []


@pytest.mark.parametrize(
    ("byline", "marks"),
    [("作者:本报记者,王立新", [","]), ("本报记者:王立新", [":"])],
)
def test_other_half_width_marks_in_a_byline_are_still_findings(byline, marks):
    assert half_width(byline) == marks
