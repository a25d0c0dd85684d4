"""``import_pages --paper`` reads a paper's name as ``publish_issue`` and ``check_jumps`` do
(``PublicationQuerySet.named``): 南通日報 or the slug in capitals is the existing 南通日报, not a
paper that does not exist yet. Pages written for these tests."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.models import Issue, Page, Publication
from tests.factories import import_text

pytestmark = pytest.mark.django_db

A1 = "城东图书馆周末延时开放\n\n本报讯（记者 柯岚）城东图书馆从本周起周末开放到晚上九点。\n"
A2 = "社区食堂开到家门口\n\n本报讯（记者 吴一帆）今年以来，我市新建社区食堂二十六家。\n"


@pytest.mark.parametrize("flag", ["南通日報", "NANTONG-DAILY", " 南通日报 "])
def test_import_pages_paper_written_in_traditional_characters_is_the_existing_paper(
    tmp_path: Path, flag
):
    import_text(A1, "A1")  # 南通日报 (nantong-daily), 2020-07-09
    Publication.objects.create(name="澜江晚报", slug="lanjiang")  # another paper exists
    page = tmp_path / "A2.txt"
    page.write_text(A2, encoding="utf-8")
    call_command(
        "import_pages", str(page), "--paper", flag, "--date", "2020-07-09", stdout=StringIO()
    )
    assert sorted(Publication.objects.values_list("name", flat=True)) == ["南通日报", "澜江晚报"]
    issue = Issue.objects.get(publication__slug="nantong-daily")
    assert sorted(Page.objects.filter(issue=issue).values_list("label", flat=True)) == ["A1", "A2"]
