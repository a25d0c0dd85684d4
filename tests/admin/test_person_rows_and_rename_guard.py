"""People at the desk: a person listed twice on a story or photo is refused by name, in Chinese;
a stale 人员 form never undoes a colleague's rename."""

import re

import pytest
from django.test import Client

from articles.models import Byline, Person, Photo
from tests.admin.conftest import form_data, staff
from tests.public.conftest import LEAD, make_edition

pytestmark = pytest.mark.django_db


def _errors(response) -> str:
    found = re.findall(
        r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.content.decode(), re.S
    )
    return re.sub(r"<[^>]+>", " ", " ".join(found))


def test_reporter_listed_twice_names_the_row_to_remove(editor_client):
    story = make_edition().article(LEAD)
    url = f"/admin/articles/article/{story.pk}/change/"
    data = form_data(editor_client.get(url), "article_form")
    data["bylines-1-person"] = data["bylines-0-person"]
    data["_save"] = "保存"
    response = editor_client.post(url, data)
    errors = _errors(response)
    assert "记者朱文君列了两次" in errors
    assert "朱文君已列在第1行" in errors, "the doubled row says which row lists the name first"
    assert Byline.objects.filter(article=story).count() == len(
        [k for k in data if re.fullmatch(r"bylines-\d+-person", k)]
    )


def test_reporters_in_distinct_rows_save(editor_client):
    story = make_edition().article(LEAD)
    url = f"/admin/articles/article/{story.pk}/change/"
    data = form_data(editor_client.get(url), "article_form")
    data["bylines-0-order"], data["bylines-1-order"] = "5", "0"
    data["_save"] = "保存"
    assert editor_client.post(url, data).status_code == 302


def test_photographer_deleted_and_added_again_is_no_double(editor_client):
    make_edition()
    photo = Photo.objects.get()
    url = f"/admin/articles/photo/{photo.pk}/change/"
    data = form_data(editor_client.get(url), "photo_form")
    data.update(
        {
            "credits-0-DELETE": "on",
            "credits-1-person": data["credits-0-person"],
            "credits-1-order": "0",
            "credits-1-photo": str(photo.pk),
            "credits-1-id": "",
            "credits-TOTAL_FORMS": "2",
            "_save": "保存",
        }
    )
    response = editor_client.post(url, data)
    assert "列了两次" not in _errors(response)


def test_person_rename_by_stale_form_is_refused_and_fresh_form_saves(groups):
    make_edition()
    person = Person.objects.get(name="金帅")
    url = f"/admin/articles/person/{person.pk}/change/"
    a, b = Client(), Client()
    a.force_login(staff("editor-a", groups[0]))
    b.force_login(staff("editor-b", groups[0]))
    stale = form_data(a.get(url), "person_form")
    fresh = form_data(b.get(url), "person_form")
    assert stale["loaded_version"], "the form carries the version it was opened at"
    fresh.update(name="金帅华", _save="保存")
    assert b.post(url, fresh).status_code == 302

    stale.update(name="金师", _save="保存")
    response = a.post(url, stale)
    assert "这位人员在您打开之后已被修改" in response.content.decode()
    again = form_data(a.get(url), "person_form")
    again.update(name="金师", _save="保存")
    assert a.post(url, again).status_code == 302
    person.refresh_from_db()
    assert person.name == "金师"
