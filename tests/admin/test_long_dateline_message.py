"""A 电头 over 100 characters on the story form is refused saying how long it is, the limit, and
that a dateline is only the ``本报讯`` / ``新华社北京7月8日电`` part, the rest belonging in the
text: not Django's default max-length message."""

import pytest
from django.urls import reverse

from articles.models import Article
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def test_a_dateline_over_100_characters_says_what_a_dateline_is(editor_client, seed):
    story = Article.objects.get(position=2, page__label="A1")
    before = story.dateline
    change = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(change))
    data["dateline"] = "本报讯（记者 陈晓）" + "城东新桥今天上午合龙，" * 10  # 10 + 110 characters
    response = editor_client.post(change, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["dateline"] == [
        "电头太长：现在有 120 个字，最多 100 个。电头只是稿件开头的“本报讯”或“新华社北京7月8日电”"
        "这一段，后面的文字属于正文，请移到正文里。"
    ]
    story.refresh_from_db()
    assert story.dateline == before
