"""A caption fixed through the photo spreadsheet updates the story the photo is printed with, as
the photo's own form does (``articles.editing.photo_stories_update``): the story's 更新时间
moves, one history record says why, and its cached page shows the new caption (its
``dateModified`` stays: a caption is no change of the text readers read, as in the feeds)."""

import json
import time

import pytest
from django.core.cache import cache
from django.test import Client

from articles.editing import PHOTO_EDIT_REASON
from articles.models import Issue, Photo
from articles.publishing import issue_publish
from tests.admin.test_spreadsheets import (
    CSV,
    as_file,
    dataset,
    export,
    import_confirm,
    import_preview,
    with_cell,
)
from tests.factories import import_text
from tests.public import dom

pytestmark = pytest.mark.django_db

PAGE = """河畔步道全線貫通

本報訊 沿河步道最後一段昨日完工，市民可由北岸公園一路步行至南岸碼頭，全長六公里。

■晨運市民在新開放的步道上散步。（陳志明攝）
"""


@pytest.fixture
def photo(django_capture_on_commit_callbacks):
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        import_text(PAGE, "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    photo = Photo.objects.get()
    assert photo.article is not None  # printed inside the story
    return photo


def date_modified(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    for script in dom.parse(response).find_all("script"):
        if script.attrs.get("type") == "application/ld+json":
            data = json.loads(script.text)
            for item in data if isinstance(data, list) else [data]:
                if "dateModified" in item:
                    return item["dateModified"]
    raise AssertionError("no dateModified on the story's page")


def test_a_caption_fixed_in_the_photo_spreadsheet_updates_its_story(
    editor_client, photo, django_capture_on_commit_callbacks
):
    reader = Client()  # a reader's visits, cached; the editor's client is logged in
    story = photo.article
    url = story.get_absolute_url()
    shown = date_modified(reader, url)  # the story's page is cached now
    before = story.updated_at, story.history.count()
    ds = dataset(export(editor_client, "photo", CSV), CSV)
    unchanged = import_preview(editor_client, "photo", as_file(ds, CSV), CSV)
    assert import_confirm(editor_client, "photo", unchanged).status_code == 302
    story.refresh_from_db()
    assert (story.updated_at, story.history.count()) == before  # a row left as is: no update
    caption = ds[0][ds.headers.index("图片说明")] + "（右为陳伯）"
    time.sleep(0.01)

    preview = import_preview(
        editor_client, "photo", as_file(with_cell(ds, 0, "图片说明", caption), CSV), CSV
    )
    assert not preview.context["result"].has_validation_errors()
    with django_capture_on_commit_callbacks(execute=True):
        assert import_confirm(editor_client, "photo", preview).status_code == 302

    photo.refresh_from_db()
    assert photo.caption.endswith("（右为陳伯）")
    story.refresh_from_db()
    assert story.updated_at > before[0]
    assert story.history.count() == before[1] + 1
    assert story.history.first().history_change_reason == PHOTO_EDIT_REASON
    page = reader.get(url).content.decode()
    assert "（右为陳伯）" in page
    # A caption is no 更正 of the story's text: its dateModified, as its feed entry's
    # <updated>, stays (README, "Dates in the feeds"); its 更新时间 moved the sitemap's lastmod.
    assert date_modified(reader, url) == shown


TWO_PHOTOS = """河畔步道全線貫通

本報訊 沿河步道最後一段昨日完工，市民可由北岸公園一路步行至南岸碼頭，全長六公里。

■晨運市民在新開放的步道上散步。（陳志明攝）

■步道沿途設有十處休息亭。（陳志明攝）
"""


def test_a_story_whose_photos_are_fixed_in_one_spreadsheet_is_updated_once(
    editor_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(TWO_PHOTOS, "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    (story,) = {p.article for p in Photo.objects.all()}
    assert story is not None and story.photos.count() == 2
    records = story.history.count()
    ds = dataset(export(editor_client, "photo", CSV), CSV)
    column = ds.headers.index("图片说明")
    for row in range(2):
        ds = with_cell(ds, row, "图片说明", ds[row][column] + "（资料）")

    preview = import_preview(editor_client, "photo", as_file(ds, CSV), CSV)
    assert [r.import_type for r in preview.context["result"].rows] == ["update", "update"]
    assert import_confirm(editor_client, "photo", preview).status_code == 302

    assert story.history.count() == records + 1
    assert story.history.first().history_change_reason == PHOTO_EDIT_REASON
