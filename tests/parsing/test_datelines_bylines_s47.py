"""Datelines, author lines, reporters and column labels a blind set (holdout36) showed misread:
a place set off before its dateline's agency on a brief's line with no comma (no headline), a
student's college and cohort before the name, an English byline with the writer's credentials
under it, a foreign name with a middle dot after a role, a one-character pen name closing a
commentary, a crosshead marked with a triangle (no reporter), and a column's label in
traditional characters or with its English name over the title."""

from __future__ import annotations

import pytest

from articles.parsing import parse_page

# Only 、 and 。 as punctuation, as a typed 1930s page prints them: no ， to show a sentence.
WIRE = "沙河米價連日飛漲、每石已至十五元、縣府今日令各鄉禁米出境、並撥倉米平糶、以資救濟。"


@pytest.mark.parametrize("bullet", ["", "△"])
def test_a_place_before_its_agency_is_the_datelines_not_a_headline(bullet):
    page = f"各縣要聞\n\n{bullet}沙河　民聲社廿日電　{WIRE}\n"
    (story,) = parse_page(page).articles
    assert story.dateline == "沙河　民聲社廿日電"
    assert "沙河" not in (story.kicker, story.headline, story.subheadline)
