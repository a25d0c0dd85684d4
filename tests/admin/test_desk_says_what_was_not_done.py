"""The desk says what it did not do: an editor's 发布须经签发 posted to the paper's form is said
to be the chief editor's field, not saved (not 成功修改了 报纸), and a list action that does not
exist is said to be no action, not 没有权限."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Publication
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def test_an_editors_review_required_post_is_said_not_theirs_and_not_a_success(editor_client, seed):
    paper = Publication.objects.get()
    url = reverse("admin:articles_publication_change", args=[paper.pk])
    data = form_data(editor_client.get(url))
    assert "review_required" not in data  # shown, not editable
    response = editor_client.post(
        url, {**data, "review_required": "on", "_save": "保存"}, follow=True
    )
    html = response.content.decode()
    assert "只有总编辑（签发权限）可以开关" in html and "没有保存" in html
    assert "成功修改" not in html
    paper.refresh_from_db()
    assert paper.review_required is False


def test_an_editors_other_change_beside_it_is_saved_and_said_so(editor_client, seed):
    paper = Publication.objects.get()
    url = reverse("admin:articles_publication_change", args=[paper.pk])
    data = form_data(editor_client.get(url))
    data.update(name="南通日报社", review_required="on", _save="保存")
    html = editor_client.post(url, data, follow=True).content.decode()
    assert "成功修改" in html and "只有总编辑（签发权限）可以开关" in html
    paper.refresh_from_db()
    assert (paper.name, paper.review_required) == ("南通日报社", False)


def test_a_chief_editor_turns_it_on_without_a_word_against(chief_client, seed):
    paper = Publication.objects.get()
    url = reverse("admin:articles_publication_change", args=[paper.pk])
    data = form_data(chief_client.get(url))
    html = chief_client.post(url, {**data, "review_required": "on"}, follow=True).content.decode()
    assert "成功修改" in html and "可以开关" not in html
    paper.refresh_from_db()
    assert paper.review_required is True


def test_an_unknown_list_action_is_said_to_be_no_action(editor_client, seed):
    story = Article.objects.first()
    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "signoff_selected", "index": "0", "_selected_action": [str(story.pk)]},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "没有“signoff_selected”这个操作" in html and "没有权限" not in html


def test_an_action_the_editor_may_not_run_is_still_refused(editor_client, seed):
    story = Article.objects.first()
    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "sign_off_selected", "index": "0", "_selected_action": [str(story.pk)]},
    )
    assert response.status_code == 403
