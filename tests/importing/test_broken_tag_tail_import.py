"""A scraped page whose headline opens with a broken tag's tail (``">乡村振兴开新局``) is stored
with the headline as printed; the page's raw text keeps the tail verbatim."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Page

pytestmark = pytest.mark.django_db

PAGE = '">乡村振兴开新局\n本报讯（记者 王明）我市乡村振兴工作取得新进展，全年建成示范村十二个。\n'


def test_the_headline_is_stored_without_the_tail_and_the_raw_text_keeps_it(tmp_path):
    (tmp_path / "A1.txt").write_text(PAGE, encoding="utf-8")
    call_command(
        "import_pages",
        str(tmp_path / "A1.txt"),
        "--paper",
        "湖滨日报",
        "--date",
        "2024-03-06",
        "--workers",
        "0",
        stdout=StringIO(),
        stderr=StringIO(),
    )
    assert Article.objects.get().headline == "乡村振兴开新局"
    assert Page.objects.get().raw_text == PAGE
