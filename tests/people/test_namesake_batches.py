"""An import batch holding pages of several days or papers credits each page's 王明 by that
page's own paper and date (articles/crediting.py ``people_credited``), as the page imported
alone would: before, a batch of two papers credited the latest 王明 anywhere on every page (and
said none of them wrote for the paper), a batch of one paper's two days the latest there."""

from __future__ import annotations

from datetime import date

import pytest

from articles.importing import PageImportReport, PageInput, pages_import
from articles.models import Byline, Person
from articles.people.split import person_split
from tests.people.conftest import DAILY, EVENING, import_page, page

pytestmark = pytest.mark.django_db


def batch(*pages: tuple) -> list[PageImportReport]:
    """``pages`` (``(first, text, when, paper, label)``) imported in one batch, in order."""
    inputs = [
        PageInput(
            paper_name=paper["paper"],
            paper_slug=paper["slug"],
            issue_date=when,
            label=label,
            data=page(first, text).encode("utf-8"),
            source_name=f"{paper['slug']}/{when}/{label}.txt",
        )
        for first, text, when, paper, label in pages
    ]
    reports = list(pages_import(inputs, batch_pages=10))
    assert all(isinstance(r, PageImportReport) for r in reports), reports
    return reports


def credited(headline: str) -> Person:
    return Byline.objects.get(article__headline=headline, person__name="王明").person


def test_a_batch_of_two_papers_credits_each_page_s_own_paper_s_wang_ming(split_wangs):
    sports, evening_wang = split_wangs["sports"], split_wangs["evening_wang"]

    daily, evening = batch(
        ("游泳馆改建完工", "馆内设施焕然一新", date(1996, 3, 2), DAILY, "A4"),
        ("夜市重新开张", "摊主们早早出摊", date(2026, 1, 2), EVENING, "A4"),
    )

    assert credited("游泳馆改建完工") == sports
    assert credited("夜市重新开张") == evening_wang
    assert not [w for r in (daily, evening) for w in r.warnings if "同名" in w]


def test_a_batch_of_one_paper_s_two_days_credits_the_nearest_to_each_page(two_wangs):
    done = person_split(
        person=two_wangs["person"],
        note_kept="体育部",
        note_new="晴川晚报",
        story_ids=[two_wangs["evening"].pk],  # (2025-05-06, the evening paper)
        photo_ids=[],
    )
    sports, evening_wang = done.person, done.new
    import_page("冬泳爱好者迎新年", "江边热闹非凡", date(2022, 2, 2), EVENING, label="A5")
    Byline.objects.filter(article__headline="冬泳爱好者迎新年", person__name="王明").update(
        person=sports  # (a late story of 体育部's on the evening paper, 2022)
    )

    later, earlier = batch(
        ("老街换新颜", "居民拍手称好", date(2024, 12, 1), EVENING, "A6"),
        ("旧城改造启动", "拆迁有序进行", date(2021, 6, 1), EVENING, "A7"),
    )

    assert credited("老街换新颜") == evening_wang  # (2025 is nearer than 2022)
    assert credited("旧城改造启动") == sports  # (2022 is nearer than 2025)
    assert [w for w in earlier.warnings if "同名" in w] == [
        "署名“王明”有 2 位同名的人员，不止一位在这份报纸署过名：按日期最近的暂记在"
        "“王明（体育部）”名下，另有“王明（晴川晚报）”；请在稿件的记者栏核对是哪一位"
    ]
    assert "按日期最近的暂记在“王明（晴川晚报）”名下" in " ".join(later.warnings)
