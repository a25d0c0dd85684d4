"""A story export's file name says when the file is a subset: the 版次 and 状态 it was filtered
by, spelled out, and ``（筛选）`` for any other filter or search; the day of an export without a
date filter is the site's (Asia/Shanghai), whatever time zone is active
(articles/spreadsheets/exportnames.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.utils import timezone

from articles.models import Article
from articles.spreadsheets.exportnames import export_filename
from tests.admin.test_story_export_scales import export, file_name

pytestmark = pytest.mark.django_db


def today() -> str:
    return timezone.localdate(timezone=timezone.get_default_timezone()).isoformat()


def test_the_page_and_status_are_named_and_another_filter_marked(chief_client, seed):
    query = "?page=A1&status__exact=published&reporter=10"
    assert file_name(export(chief_client, query)) == f"稿件-A1版-已发布-{today()}导出（筛选）.csv"


def test_a_search_is_marked(chief_client, seed):
    assert file_name(export(chief_client, "?q=农田")) == f"稿件-{today()}导出（筛选）.csv"


def test_the_page_with_a_year_is_named_without_a_mark(chief_client, seed):
    query = "?issue__date__year=2020&page=A1"
    assert file_name(export(chief_client, query)) == "稿件-A1版-2020年.csv"


def test_the_lists_order_is_no_filter(chief_client, seed):
    assert file_name(export(chief_client, "?o=-2")) == f"稿件-{today()}导出.csv"


def test_a_page_label_a_windows_name_cannot_hold_is_only_marked(chief_client, seed):
    name = file_name(export(chief_client, "?page=A1/..%3A*"))
    assert name == f"稿件-{today()}导出（筛选）.csv"


def test_a_month_without_its_year_is_marked(chief_client, seed):
    name = file_name(export(chief_client, "?issue__date__month=7"))
    assert name == f"稿件-{today()}导出（筛选）.csv"


class Csv:
    @staticmethod
    def get_extension() -> str:
        return "csv"


def test_the_exports_day_is_the_sites_not_the_active_time_zones(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: datetime(2026, 12, 7, 20, 0, tzinfo=UTC))
    with timezone.override("UTC"):  # (20:00 UTC is 04:00 on the 8th in Beijing)
        assert export_filename(Article, Csv()) == "稿件-2026-12-08导出.csv"
