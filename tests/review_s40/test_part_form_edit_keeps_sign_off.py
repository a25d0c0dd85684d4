"""An editor rewrites a signed-off story's text in the part's own form: it stays 已签发.

README (Sign-off): "a signed-off story whose deck, byline, reporters or text an editor then
changes goes back to 待审 (history: ``签发后修改，改回待审``), so what is published is what was
signed off". The story form does so (its inline parts). But each printed part also has a form
of its own (稿件分段, ``/admin/articles/articlepart/<id>/change/``: "One printed part on its
own: its body editor and its history", linked from the page and the story), and a text saved
there leaves the story 已签发 with its old 签发人: 发布本期 or 定时发布 then publish a text the
chief editor never saw — the very thing sign-off exists to prevent — and an editor (who may only
submit on such a paper) has in effect published unsigned text.

Steps: turn on 发布须经签发 for 南通日报; import the seed; the chief editor signs off
“全市打好污染防治攻坚战”; as an editor open that story's part (稿件分段) and change a word of its
正文; save: the story is still 已签发. (The same change in the story's form sends it back to
待审.)
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from articles.models import Article, Publication, Status
from articles.signoff import stories_sign_off
from tests.admin.conftest import editor, editor_client, form_data, groups  # noqa: F401
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def test_a_text_edit_in_the_part_form_sends_a_signed_off_story_back(editor_client, groups):  # noqa: F811
    import_seed()
    Publication.objects.update(review_required=True)
    chief = get_user_model().objects.create_user("desk-chief", password="x", is_staff=True)
    chief.groups.add(groups[2])
    story = Article.objects.get(headline="全市打好污染防治攻坚战")
    stories_sign_off(articles=Article.objects.filter(pk=story.pk), user=chief)
    story.refresh_from_db()
    assert story.status == Status.SIGNED_OFF

    url = reverse("admin:articles_articlepart_change", args=[story.parts.get().pk])
    data = form_data(editor_client.get(url))
    assert "出席会议并讲话" in data["blocks"]
    data.update(
        blocks=data["blocks"].replace("出席会议并讲话", "出席会议并作重要讲话"), _save="保存"
    )
    assert editor_client.post(url, data).status_code == 302
    story.refresh_from_db()
    assert "作重要讲话" in story.parts.get().text()
    assert story.status != Status.SIGNED_OFF
