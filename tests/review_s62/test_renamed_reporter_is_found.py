"""A reporter renamed at the desk is found by either name (a third reviewer, session 62).

人员 → 王明 → 姓名 ``王明远`` → 保存, after a story printed ``记者王明 李娜``: ``/people/王明远/``
listed it, but the site's 记者 filter with the printed name (``?reporter=王明``) found nothing
(it compared the person's current name only), and the desk's 稿件 search for ``王明远`` listed
no rows while ``王明`` listed the story. The 记者 filter takes a former name (曾用名) as the
person, and the desk's search for a renamed person's current name lists the stories credited
to them (the public query box searches what was printed; its 记者 filter finds them by either
name).
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Status
from tests.factories import import_text
from tests.review_s62.test_renamed_reporter_is_one_name_in_the_byline import PAGE, rename

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:articles_article_changelist")


@pytest.fixture
def renamed(editor_client):
    import_text(PAGE, "A1")
    import_text("城西菜场今起改造\n本报讯（记者张华）城西菜场今天起闭门改造。\n", "A2")
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    assert rename(editor_client, "王明", "王明远").status_code == 302
    return Article.objects.get(byline__contains="王明")


def listed(client, **params) -> list[int]:
    response = client.get(reverse("search:search"), params)
    assert response.status_code == 200
    return [story.pk for story in response.context["page_obj"]]


@pytest.mark.parametrize("name", ["王明", "王明远"])
def test_the_reporter_filter_finds_the_renamed_reporter_by_either_name(client, renamed, name):
    assert listed(client, reporter=name) == [renamed.pk]
    assert listed(client, reporter=name, q="公交") == [renamed.pk]


@pytest.mark.parametrize("name", ["王明", "王明远"])
def test_the_desk_search_finds_the_renamed_reporter_by_either_name(editor_client, renamed, name):
    response = editor_client.get(CHANGELIST, {"q": name})
    assert [story.pk for story in response.context["cl"].result_list] == [renamed.pk]


def test_the_desk_search_for_a_name_no_one_was_renamed_from_is_unchanged(editor_client, renamed):
    response = editor_client.get(CHANGELIST, {"q": "张华"})
    assert [story.byline for story in response.context["cl"].result_list] == ["记者张华"]


def test_searching_a_renamed_reporter_s_name_points_to_the_reporter_filter(client, renamed):
    response = client.get(reverse("search:search"), {"q": "王明远"})
    html = response.content.decode()
    assert "王明远的署名也印作“王明”（改名前的姓名）" in html
    link = reverse("search:search") + "?reporter=%E7%8E%8B%E6%98%8E%E8%BF%9C"
    assert f'<a href="{link}">按记者查看王明远的全部稿件</a>' in html
    assert listed(client, reporter="王明远") == [renamed.pk]  # (where the link leads)


def test_searching_a_name_never_renamed_has_no_such_note(client, renamed):
    assert (
        "改名前的姓名" not in client.get(reverse("search:search"), {"q": "张华"}).content.decode()
    )
