"""An editor's save of a signed-off story is one history version, not two (a reviewer saw
``编辑修改 内容没有变化`` and then ``签发后修改，改回待审`` for one 保存: the form wrote its record,
then the sign-off's end was saved as a second one). And a chief editor saving a tab opened before
that edit is told what happened: an edit of the text sent it back to 待审, not that
``其他编辑发布、撤回、签发或退回了它``."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Status
from tests.admin.conftest import form_data
from tests.admin.test_signoff import review, run  # noqa: F401

pytestmark = pytest.mark.django_db


def _signed_off(chief_client) -> Article:
    story = Article.objects.filter(parts__isnull=False).order_by("position").first()
    run(chief_client, "sign_off_selected", [story])
    story.refresh_from_db()
    assert story.status == Status.SIGNED_OFF
    return story


def _body_field(data: dict) -> str:
    [name] = [k for k in data if k.startswith("parts-0-") and k.endswith("blocks")]
    return name


@pytest.mark.parametrize("what", ["headline", "body"])
def test_an_edit_that_sends_a_signed_off_story_back_is_one_version(
    review,  # noqa: F811
    editor_client,
    chief_client,
    what,
):
    story = _signed_off(chief_client)
    before = story.history.count()
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(url))
    if what == "headline":
        data["headline"] = "签发后改的标题"
    else:
        name = _body_field(data)
        data[name] = data[name].replace("，", "、", 1)
    assert editor_client.post(url, {**data, "_save": "1"}).status_code == 302

    story.refresh_from_db()
    assert story.status == Status.REVIEW
    assert story.history.count() == before + 1
    record = story.history.first()
    assert record.history_change_reason == "签发后修改，改回待审"
    assert record.status == Status.REVIEW and record.signed_off_by is None
    page = editor_client.get(reverse("admin:articles_article_history", args=[story.pk]))
    assert "内容没有变化" not in page.content.decode()


def test_a_chief_saving_a_stale_tab_is_told_an_edit_sent_it_back(
    review,  # noqa: F811
    editor_client,
    chief_client,
):
    story = _signed_off(chief_client)
    url = reverse("admin:articles_article_change", args=[story.pk])
    chief_tab = form_data(chief_client.get(url))
    data = form_data(editor_client.get(url))
    assert editor_client.post(url, {**data, "subheadline": "签发后加的副题", "_save": "1"})

    html = chief_client.post(url, {**chief_tab, "_save": "1"}).content.decode()
    assert "状态由“已签发”改为“待审”" in html
    assert "签发后修改了它的内容" in html
    assert "发布、撤回、签发或退回" not in html


def test_the_cause_is_found_behind_a_later_save(
    review,  # noqa: F811
    editor_client,
    chief_client,
):
    story = _signed_off(chief_client)
    url = reverse("admin:articles_article_change", args=[story.pk])
    chief_tab = form_data(chief_client.get(url))
    for subheadline in ("签发后加的副题", "又改的副题"):  # the second save: 待审 already
        data = form_data(editor_client.get(url))
        assert editor_client.post(url, {**data, "subheadline": subheadline, "_save": "1"})

    html = chief_client.post(url, {**chief_tab, "_save": "1"}).content.decode()
    assert "在签发后修改了它的内容" in html
    assert "发布、撤回、签发或退回" not in html
