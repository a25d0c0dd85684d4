"""An editor's change to a published story through the desk's story form puts the 更新 line on
its page (articles.corrections); the form saved as it was, or with only spaces added, puts
none."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.admin.conftest import form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db

A2 = """A2  要闻

城南菜市场完成改造

本报记者 苏蔓

城南菜市场改造工程昨日完工，摊位由600个增加到900个。
"""


def shown(story: Article) -> str:
    cache.clear()  # (the test commits nothing: no cache tag moves)
    return Client().get(story.get_absolute_url()).content.decode()


@pytest.fixture
def story() -> Article:
    import_text(A2, "A2")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    return Article.objects.get()


def test_the_story_form_saved_with_a_new_headline_puts_the_update_line(chief_client, story):
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(chief_client.get(url))
    assert chief_client.post(url, {**data, "_save": "1"}).status_code == 302  # as it was
    assert 'class="correction"' not in shown(story)
    data = form_data(chief_client.get(url))
    headline = {**data, "headline": "城南菜市场 完成改造 ", "_save": "1"}  # spaces only
    assert chief_client.post(url, headline).status_code == 302
    assert 'class="correction"' not in shown(story)
    data = form_data(chief_client.get(url))
    headline = {**data, "headline": "城南菜市场改造完工", "_save": "1"}
    assert chief_client.post(url, headline).status_code == 302
    html = shown(story)
    assert "城南菜市场改造完工" in html
    assert "更新：本文于<time" in html and "经编辑修改" in html
