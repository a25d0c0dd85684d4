"""A story is found by its photos' credits as well as their captions (search.storyphotos): its
entry holds each photo's credit line after its caption, so the photographer's name finds the
story as a reporter's printed byline does, and the 记者 filter finds it by the photographers of
its photos (PhotoCredit) as by its reporters. An index built before credit lines were in it is brought up to date by ``rebuild_search_index --changed``. (The desk's edits:
tests/admin/test_photo_credit_edit_reindexes_story.py.)"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Person, Photo, PhotoCredit
from search.engine import search
from search.models import Keyword
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

URL = reverse("search:search")
CAPTION = "工人在新建的跨江大桥上检修护栏。"
CREDIT = "本报记者 林晓舟摄"


def hits(query: str) -> set[int]:
    return {a.pk for a in search(Article.objects.all(), query).queryset}


def listed(client, **params) -> set[int]:
    response = client.get(URL, params)
    assert response.status_code == 200
    return {story.pk for story in response.context["page_obj"]}


def credited(photo: Photo, name: str) -> Photo:
    person, _ = Person.objects.get_or_create(name=name)
    PhotoCredit.objects.create(photo=photo, person=person, order=photo.credits.count())
    return photo


@pytest.fixture
def story(django_capture_on_commit_callbacks) -> Article:
    with django_capture_on_commit_callbacks(execute=True):
        return make_story("跨江大桥完成年度检修", "市交通局完成跨江大桥年度检修，桥面恢复通行。")


@pytest.fixture
def photographed(django_capture_on_commit_callbacks):
    """Give a story a photo with a caption, a credit line and its photographer, saved as the
    desk saves it (indexed at commit)."""

    def give(story: Article, credit: str = CREDIT, name: str = "林晓舟") -> Photo:
        with django_capture_on_commit_callbacks(execute=True):
            photo = Photo.objects.create(
                page=story.page, position=50, caption=CAPTION, credit_line=credit, article=story
            )
            return credited(photo, name)

    return give


def test_a_photographer_s_name_in_a_photo_credit_finds_the_story(story, photographed):
    assert hits("林晓舟") == set()
    photographed(story)
    assert hits("林晓舟") == {story.pk}
    assert hits("林曉舟") == {story.pk}  # (either script, as every word)
    assert hits("护栏") == {story.pk}  # (its caption, as before)


def test_the_results_page_quotes_the_credit_the_story_was_found_by(client, story, photographed):
    photographed(story)
    html = client.get(URL, {"q": "林晓舟"}).content.decode()
    assert "跨江大桥完成年度检修" in html
    assert "图片署名：本报记者 <mark>林晓舟</mark>摄" in html


def test_the_reporter_filter_finds_a_story_by_its_photographer(client, story, photographed):
    other = make_story("跨江大桥夜景亮灯", "跨江大桥景观灯今晚亮起。")
    assert listed(client, reporter="林晓舟") == set()
    photographed(story)
    assert listed(client, reporter="林晓舟") == {story.pk}
    assert listed(client, reporter="林曉舟") == {story.pk}  # typed traditional
    assert listed(client, q="跨江大桥", reporter="林晓舟") == {story.pk}
    assert other.pk in listed(client, q="跨江大桥")


def test_a_photographer_added_at_the_desk_is_found_by_the_filter_at_once(
    client, story, photographed
):
    photo = photographed(story, credit="新华社发", name="林晓舟")
    credited(photo, "苏明远")  # no save of the photo: the filter reads the credits as they are
    assert listed(client, reporter="苏明远") == {story.pk}


def test_keywords_stay_drawn_from_the_story_s_own_text(story, photographed):
    photographed(story)
    words = set(Keyword.objects.filter(article=story).values_list("word", flat=True))
    assert words and "林晓舟" not in words and "记者" not in words


def test_rebuild_changed_brings_an_index_built_without_credits_up_to_date(story):
    # A photo written with no save signal (as before credits were indexed): the entry lacks it.
    photo = Photo.objects.bulk_create(
        [Photo(page=story.page, position=50, caption="", credit_line=CREDIT, article=story)]
    )[0]
    credited(photo, "林晓舟")
    assert hits("林晓舟") == set()
    call_command("rebuild_search_index", "--changed", "--no-progress", stdout=StringIO())
    assert hits("林晓舟") == {story.pk}
