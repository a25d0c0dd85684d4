"""Datelines, author lines, reporters and column labels a blind set (holdout36) showed misread:
a place set off before its dateline's agency on a brief's line with no comma (no headline), a
student's college and cohort before the name, an English byline with the writer's credentials
under it, a foreign name with a middle dot after a role, a one-character pen name closing a
commentary, a crosshead marked with a triangle (no reporter), and a column's label in
traditional characters or with its English name over the title."""

from __future__ import annotations

import pytest

from articles.parsing import parse_page
from articles.parsing.unitauthors import unit_author_name

# Only 、 and 。 as punctuation, as a typed 1930s page prints them: no ， to show a sentence.
WIRE = "沙河米價連日飛漲、每石已至十五元、縣府今日令各鄉禁米出境、並撥倉米平糶、以資救濟。"


@pytest.mark.parametrize("bullet", ["", "△"])
def test_a_place_before_its_agency_is_the_datelines_not_a_headline(bullet):
    page = f"各縣要聞\n\n{bullet}沙河　民聲社廿日電　{WIRE}\n"
    (story,) = parse_page(page).articles
    assert story.dateline == "沙河　民聲社廿日電"
    assert "沙河" not in (story.kicker, story.headline, story.subheadline)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("□ 法学院2019级　韩　笑", "韩笑"),
        ("外国语学院18级 林知远", "林知远"),
        ("新闻学院2020级硕士生　蒋一帆", "蒋一帆"),
    ],
)
def test_a_students_college_and_cohort_before_the_name_is_an_author_line(line, name):
    page = (
        f"自习室里的“隐形规则”\n{line}\n\n"
        "期末周一到，自习室里的座位就成了稀缺资源，有人凌晨六点就来排队。\n"
    )
    (story,) = parse_page(page).articles
    assert story.headline == "自习室里的“隐形规则”" and story.subheadline == ""
    assert story.reporters == (name,)


def test_a_cohort_alone_is_no_unit():
    assert unit_author_name("2019级　韩　笑") == ""
