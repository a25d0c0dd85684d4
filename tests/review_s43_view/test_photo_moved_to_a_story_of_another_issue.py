"""The photo form lets an editor file a page's photo under a story of another day's issue (or
another paper): readers then see it in that story, and the page that printed it links there.

Who sees it: an editor fixes which story a photo belongs to (图片 → 所属稿件, an autocomplete).
The autocomplete offers every story of every paper and date, each by its headline only
(``articles/admin/photos.py``, ``autocomplete_fields = ["article"]``), and the form
(``articles/forms/desk.py``, ``PhotoDeskForm``) takes any of them. A photo printed on
2020-07-09's A1 saved under a story of 2020-07-10 is then shown inside that 2020-07-10 story,
and the 2020-07-09 page prints it with ``相关报道：`` linking to the other day's story; a
paper's photo can likewise land in another paper's story. Headlines recur from day to day
(简讯, 图片新闻, a column's name), so the slip is easy and nothing on the form shows it.

Expected: the form refuses a story that is not printed in the photo's issue (its own page or a
page of the same issue), with an error on the field saying so; nothing is saved.
"""

import pytest
from django.core.cache import cache

from articles.models import Photo
from tests.admin.conftest import form_data
from tests.public.conftest import make_edition, next_day_story

pytestmark = pytest.mark.django_db


def test_photo_cannot_be_filed_under_another_days_story(editor_client):
    edition = make_edition()
    other_day = next_day_story()  # 2020-07-10, a story and a photo of its own
    photo = Photo.objects.get(page__issue=edition.issue)
    before = photo.article_id

    url = f"/admin/articles/photo/{photo.pk}/change/"
    data = form_data(editor_client.get(url), "photo_form")
    data["article"] = str(other_day.pk)
    data["_save"] = "保存"
    response = editor_client.post(url, data)

    photo.refresh_from_db()
    cache.clear()
    story_page = editor_client.get(other_day.get_absolute_url()).content.decode()
    assert response.status_code == 200, "refused: the form is shown again with an error"
    assert photo.article_id == before, "nothing saved"
    assert photo.caption[:12] not in story_page, "2020-07-10's story shows no photo of 07-09"
