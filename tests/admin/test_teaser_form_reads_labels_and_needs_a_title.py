"""The desk's 导读 form stores 目标版次 as the importer does, refuses a teaser without a title and
one pointing to a story of another issue."""

import pytest

from articles.models import Teaser
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def _post(client, teaser, **changes):
    url = f"/admin/articles/teaser/{teaser.pk}/change/"
    data = form_data(client.get(url), "teaser_form")
    data.update(changes, _save="保存")
    return client.post(url, data)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("第三版", "3"), ("Ｂ１２", "B12"), ("04", "4"), (" a2 ", "A2"), ("头版", "1")],
)
def test_teaser_label_is_stored_normalised(editor_client, seed, typed, stored):
    teaser = Teaser.objects.get(target_label="A4")
    assert _post(editor_client, teaser, target_label=typed).status_code == 302
    teaser.refresh_from_db()
    assert teaser.target_label == stored


@pytest.mark.parametrize("typed", ["封面", "A0", "第零版", "ABC3"])
def test_teaser_label_that_is_no_label_is_refused_saying_why(editor_client, seed, typed):
    teaser = Teaser.objects.get(target_label="A4")
    response = _post(editor_client, teaser, target_label=typed)
    assert response.status_code == 200
    assert f"“{typed}”不是版次" in response.content.decode()
    teaser.refresh_from_db()
    assert teaser.target_label == "A4"


def test_teaser_title_left_empty_is_refused_in_chinese(editor_client, seed):
    teaser = Teaser.objects.get(target_label="A4")
    before = list(teaser.title_lines)
    response = _post(editor_client, teaser, title_lines="\u3000\n\t")
    assert response.status_code == 200
    assert "请填写导读的标题行" in response.content.decode()
    teaser.refresh_from_db()
    assert teaser.title_lines == before


def test_teaser_title_lines_are_saved_trimmed(editor_client, seed):
    teaser = Teaser.objects.get(target_label="A4")
    assert _post(editor_client, teaser, title_lines=" 第一行 \n\n第二行").status_code == 302
    teaser.refresh_from_db()
    assert teaser.title_lines == ["第一行", "第二行"]


def test_teaser_refuses_a_story_of_another_issue_saying_which(editor_client, seed):
    from tests.public.conftest import next_day_story

    teaser = Teaser.objects.get(target_label="A4")
    before = teaser.target_article_id
    other = next_day_story()
    response = _post(editor_client, teaser, target_article=str(other.pk))
    body = response.content.decode()
    assert response.status_code == 200
    assert "刊于 2020-07-10" in body and "导读只能指向同一期里的稿件" in body
    teaser.refresh_from_db()
    assert teaser.target_article_id == before


def test_teaser_points_to_a_story_of_its_own_issue(editor_client, seed):
    from articles.models import Article

    teaser = Teaser.objects.get(target_label="A4")
    story = (
        Article.objects.filter(issue=teaser.page.issue).exclude(pk=teaser.target_article_id).first()
    )
    assert _post(editor_client, teaser, target_article=str(story.pk)).status_code == 302
    teaser.refresh_from_db()
    assert teaser.target_article_id == story.pk
