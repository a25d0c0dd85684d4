"""A 下转 printed with the wrong page (``（下转A3版）``, continued on A2: a misprint the import
links and the desk may confirm, 核对无误) is shown as printed, with a note of the page it leads
to: ``（下转A3版）〔实为A2版〕``. It was the link alone: its text said A3, it landed on A2, and
nothing told the reader why."""

from __future__ import annotations

import pytest

from tests.continuations.test_misprinted_page import DAY, import_pages
from tests.public.conftest import publish_everything

pytestmark = pytest.mark.django_db


@pytest.fixture
def misprinted_issue(db):
    import_pages(["A1", "A2", "A3"])
    publish_everything()
    return f"/lanjiang/{DAY}/"


def test_a_misprinted_jump_says_as_printed_and_where_it_goes(client, misprinted_issue):
    html = client.get(misprinted_issue + "A1/").content.decode()
    link = f'<a href="{misprinted_issue}A2/#story-1" title="印的是A3版，实为A2版">A3版</a>'
    assert f"（下转{link}）" + '<span class="jump-fix">〔实为A2版〕</span>' in html
    # the jump printed right has no note
    assert f'（下转<a href="{misprinted_issue}A2/#story-2">A2版</a>）</span>' in html
    assert html.count("jump-fix") == 1


def test_a_marker_naming_the_page_by_its_number_alone_needs_no_note():
    from articles.jumpmarkers import misprinted_note

    assert misprinted_note("第二版", "A2") == ""  # (a paper printing 第二版 for its A2)
    assert misprinted_note("第三版", "2") == "实为第2版"
    assert misprinted_note("下版", "3") == ""
