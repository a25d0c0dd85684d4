"""A photographer's former name (曾用名) printed only in a photo's credit line (``本报记者
林晓舟摄``, the photographer renamed 林晓舟 → 林小舟) is not removed from the 人员 form: the
credit line prints it as this person, as a byline would. The refusal says where it is printed
(the photo, its date and page), and so does a story's dateline when it has no byline (the
reporter is read there); a former name no byline nor credit line prints still goes
(articles/selectors/people.py former_name_printed; articles/forms/people.py)."""

from __future__ import annotations

import pytest

from articles.models import Page, Person, PersonAlias, Photo, PhotoCredit
from tests.factories import import_text
from tests.review_s62.test_mistaken_former_name_removed import remove, twice_renamed
from tests.review_s62.test_renamed_reporter_is_one_name_in_the_byline import PAGE, rename

pytestmark = pytest.mark.django_db
__all__ = ["twice_renamed"]  # (the fixture, used by name)


@pytest.fixture
def photographer(editor_client):
    """林晓舟 credited on page A1's photo (printed 本报记者 林晓舟摄), then renamed twice."""
    import_text(PAGE, "A1")
    photo = Photo.objects.create(
        page=Page.objects.get(),
        position=50,
        caption="工人在新建的跨江大桥上检修护栏。",
        credit_line="本报记者 林晓舟摄",
    )
    PhotoCredit.objects.create(photo=photo, person=Person.objects.create(name="林晓舟"))
    assert rename(editor_client, "林晓舟", "林小舟").status_code == 302
    assert rename(editor_client, "林小舟", "林筱舟").status_code == 302
    return Person.objects.get(name="林筱舟")


def test_a_former_name_a_credit_line_prints_is_kept_naming_the_photo(editor_client, photographer):
    response = remove(editor_client, photographer, "林晓舟")
    assert response.status_code == 200
    page = response.content.decode()
    assert "曾用名“林晓舟”不能删除：这些图片的署名行印着它，指的就是这位人员" in page
    assert "A1版图片“工人在新建的跨江大桥上检修护栏。”" in page
    assert PersonAlias.objects.filter(name="林晓舟", person=photographer).exists()


def test_a_former_name_nothing_prints_still_goes(editor_client, photographer):
    assert remove(editor_client, photographer, "林小舟").status_code == 302
    assert list(photographer.aliases.values_list("name", flat=True)) == ["林晓舟"]


def test_a_former_name_a_dateline_prints_with_no_byline_is_kept(editor_client, twice_renamed):
    """A story with no byline whose dateline names its reporter (``记者王明／南通报道``)."""
    from articles.models import Article

    Article.objects.update(byline="", dateline="记者王明／南通报道")
    page = remove(editor_client, twice_renamed, "王明").content.decode()
    assert "曾用名“王明”不能删除：这些稿件的署名印着它" in page
    assert PersonAlias.objects.filter(name="王明", person=twice_renamed).exists()
