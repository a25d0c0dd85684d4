"""A paper filter naming no public paper (``?paper=no-such``) is said among the filters not used,
with a link to the same search over every paper (检索全部报纸), not left for the reader to find."""

from __future__ import annotations

import pytest

from articles.models import Issue
from articles.publishing import issue_publish
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def test_an_unknown_paper_is_said_with_a_link_to_search_every_paper(client):
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    html = client.get("/search/", {"q": "南通", "paper": "no-such", "page": "1"}).content.decode()
    line = html.split('class="errors unused-filters">')[1].split("</div>")[0]
    assert "没有网址为“no-such”的报纸" in line
    assert '<a class="all-papers" href="?q=%E5%8D%97%E9%80%9A">检索全部报纸</a>' in line


def test_a_known_paper_gets_no_such_link(client):
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    html = client.get("/search/", {"q": "南通", "paper": "nantong-daily"}).content.decode()
    assert 'class="all-papers"' not in html
