"""A mistaken rename undone (陈立新 → 陈立鑫 → 陈立新): the search page's note names only former
names a byline or credit prints (reviewer, session 63): it said ``陈立新的署名也印作“陈立鑫”``
though no byline prints 陈立鑫 (search/views.py, articles.selectors.former_names_printed). 陈立鑫
stays theirs (a later page printing it credits them), and once a byline prints it the note says
so."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from articles.models import Article, Issue, PersonAlias, Status
from tests.factories import import_text
from tests.review_s62.test_renamed_reporter_is_one_name_in_the_byline import rename

pytestmark = pytest.mark.django_db
STORY = "城南公园改造完工\n本报讯（记者陈立新）城南公园改造工程昨天完工，今起开放。\n"


def published():
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)


def test_a_rename_undone_leaves_no_note(client, editor_client):
    import_text(STORY, "A1")
    published()
    assert rename(editor_client, "陈立新", "陈立鑫").status_code == 302
    assert rename(editor_client, "陈立鑫", "陈立新").status_code == 302
    html = client.get(reverse("search:search"), {"q": "陈立新"}).content.decode()
    assert "改名前的姓名" not in html and "陈立鑫" not in html


def test_a_name_between_that_a_byline_printed_stays(client, editor_client):
    import_text(STORY, "A1")
    assert rename(editor_client, "陈立新", "陈立鑫").status_code == 302
    later = STORY.replace("陈立新", "陈立鑫").replace("城南", "城北")
    import_text(later, "A1", when=date(2020, 7, 10))
    published()
    assert rename(editor_client, "陈立鑫", "陈立新").status_code == 302
    assert list(PersonAlias.objects.values_list("name", flat=True)) == ["陈立鑫"]
    html = client.get(reverse("search:search"), {"q": "陈立新"}).content.decode()
    assert "陈立新的署名也印作“陈立鑫”" in html
