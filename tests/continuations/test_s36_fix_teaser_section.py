"""A teaser (导读) that names its target page's section (版名) says so itself: the section pages
of the page's old name and of its new one, cached before, show the change at once. A front page
printed without a name is 头版; named 要闻 by a teaser, its stories leave 头版 for 要闻."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import transaction

from articles.continuations import issue_jumps_resolve
from articles.models import Article, Issue, Page, Publication, Teaser
from articles.public import section_url
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2024, 3, 12)
FRONT = "渡口新船下水\n\n本报讯（记者沈舟）西河渡口的新渡船今天下水，可载四十人。\n"
SECOND = "南山书屋夜读\n\n本报讯（记者沈舟）南山书屋开了夜读专场，每晚开到十点。\n"


def test_a_cached_section_page_of_the_old_name_refreshes_when_a_teaser_names_the_page(
    client, django_capture_on_commit_callbacks
):
    import_text(FRONT, "1", when=DAY)
    import_text(SECOND, "2", when=DAY)
    Issue.objects.update(status="published")
    Article.objects.update(status="published")
    paper = Publication.objects.get()
    front_section = section_url(paper, "头版")
    assert "渡口新船下水" in client.get(front_section).content.decode()  # now cached
    Teaser.objects.bulk_create(  # (no signal: nothing said before the resolver runs)
        [
            Teaser(
                page=Page.objects.get(label="2"),
                position=9,
                title_lines=["渡口新船下水"],
                target_label="1",
                target_section="要闻",
                marker="■1要闻",
            )
        ]
    )
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        issue_jumps_resolve(Issue.objects.get())
    assert Page.objects.get(label="1").section == "要闻"
    assert "渡口新船下水" not in client.get(front_section).content.decode()
    assert "渡口新船下水" in client.get(section_url(paper, "要闻")).content.decode()
