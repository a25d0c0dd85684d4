"""A photo's credit line fixed, or the photo moved to another story, in the desk's photo form
re-indexes the stories it left and joined when the save commits (articles.changes.row_changed),
as a caption fix does: the photographer's name then finds the story it now illustrates, and
no longer the one it left (search.storyphotos)."""

import pytest
from django.urls import reverse

from articles.models import Article, Person, Photo, PhotoCredit
from search.engine import search
from tests.admin.conftest import form_data
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

CAPTION = "工人在新建的跨江大桥上检修护栏。"
CREDIT = "本报记者 林晓舟摄"


def hits(query: str) -> set[int]:
    return {a.pk for a in search(Article.objects.all(), query).queryset}


@pytest.fixture
def story(django_capture_on_commit_callbacks) -> Article:
    with django_capture_on_commit_callbacks(execute=True):
        return make_story("跨江大桥完成年度检修", "市交通局完成跨江大桥年度检修，桥面恢复通行。")


@pytest.fixture
def photo(story, django_capture_on_commit_callbacks) -> Photo:
    """The story's photo, credited to its photographer, saved as the desk saves (indexed)."""
    with django_capture_on_commit_callbacks(execute=True):
        photo = Photo.objects.create(
            page=story.page, position=50, caption=CAPTION, credit_line=CREDIT, article=story
        )
        person = Person.objects.create(name="林晓舟")
        PhotoCredit.objects.create(photo=photo, person=person)
    assert hits("林晓舟") == {story.pk}
    return photo


def save_in_the_photo_form(client, photo: Photo, capture, **changes) -> None:
    """Post the photo's change form as the browser sends it, with ``changes``; run at commit."""
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    data = {**form_data(client.get(url)), **changes, "_save": "保存"}
    with capture(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_a_credit_line_fixed_in_the_photo_form_finds_the_story_by_the_new_name(
    editor_client, story, photo, django_capture_on_commit_callbacks
):
    save_in_the_photo_form(
        editor_client, photo, django_capture_on_commit_callbacks, credit_line="本报记者 苏明远摄"
    )
    assert hits("苏明远") == {story.pk}
    assert hits("林晓舟") == set()


def test_a_photo_moved_to_another_story_in_the_photo_form_takes_its_credit_along(
    editor_client, story, photo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        other = make_story("跨江大桥夜景亮灯", "跨江大桥景观灯今晚亮起。")
    save_in_the_photo_form(
        editor_client, photo, django_capture_on_commit_callbacks, article=str(other.pk)
    )
    assert hits("林晓舟") == {other.pk}


def credited(photo: Photo) -> list[str]:
    return list(photo.credits.order_by("order").values_list("person__name", flat=True))


def test_a_credit_line_fixed_in_the_photo_form_credits_the_new_photographer(
    editor_client, story, photo, django_capture_on_commit_callbacks
):
    save_in_the_photo_form(
        editor_client, photo, django_capture_on_commit_callbacks, credit_line="本报记者 苏明远摄"
    )
    assert credited(photo) == ["苏明远"]


def test_a_credit_line_changed_to_an_agency_credits_nobody_it_named_before(
    editor_client, story, photo, django_capture_on_commit_callbacks
):
    save_in_the_photo_form(
        editor_client, photo, django_capture_on_commit_callbacks, credit_line="新华社发"
    )
    assert credited(photo) == []


def test_a_caption_fix_leaves_the_photographers_as_they_are(
    editor_client, story, photo, django_capture_on_commit_callbacks
):
    save_in_the_photo_form(
        editor_client, photo, django_capture_on_commit_callbacks, caption=CAPTION + "（资料）"
    )
    assert credited(photo) == ["林晓舟"]
