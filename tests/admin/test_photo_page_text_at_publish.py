"""版面文本有改动未采用 for photos where the night's decisions are made: a picture editor's caption
kept while A3 was re-sent with a new caption and credit (通讯员 王涛) is listed at 发布本期,
发布所选的期, 签发所选稿件 and 发布所选稿件 beside the stories, one 已核对 tick covering both, a photo
changed after the page was shown refused by name; ``publish_issue`` names it (the photo went
public as the editor left it, only the upload's result having said the page changed it)."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.management import call_command
from django.urls import reverse

from articles.admin.phototext import photo_text_url
from articles.editing import hand_edit
from articles.models import Article, Issue, Photo, Publication, Status
from tests.admin.conftest import form_data
from tests.admin.test_photo_page_text import (
    CHANGE,
    resent,  # noqa: F401 (the fixture `photo` uses)
    upload,
)
from tests.admin.test_publish_picture_issue import PICTURES
from tests.admin.test_take_page_text import edit_at_the_desk
from tests.factories import import_text
from tests.importing.test_page_text_take import edit_its_first_paragraph
from tests.importing.test_photo_page_text_pending import PAGE, RESENT

pytestmark = pytest.mark.django_db
NAME = "A3版的图片“游客夜游濠河（图片编辑改写）。”"
TICK = "已核对版面文本有改动未采用的图片，按编辑保存的内容"


@pytest.fixture
def photo(request) -> Photo:
    """A3's photo, its caption edited at the desk, A3 re-sent with a new caption and credit."""
    return request.getfixturevalue("resent")[0]


def publish_url(photo: Photo) -> str:
    return reverse("admin:articles_issue_publish", args=[photo.page.issue_id])


def test_the_publish_page_lists_the_photo_with_links_and_the_tick(chief_client, photo):
    html = chief_client.get(publish_url(photo)).content.decode()
    assert f"{NAME}：版面文本有改动：" in html and CHANGE in html
    compare = reverse("admin:articles_photo_change", args=[photo.pk]) + "#page-text"
    assert f'href="{compare}"' in html and f'href="{photo_text_url(photo.pk)}"' in html
    assert "这 1 张图片的版面重新送来时改了字" in html and TICK + "发布" in html


def test_publishing_without_the_tick_is_refused_and_with_it_goes_and_says_so(chief_client, photo):
    url = publish_url(photo)
    data = form_data(chief_client.get(url), "publish-form")
    refused = chief_client.post(url, data).content.decode()
    assert (
        f"没有发布：{NAME}版面文本有改动未采用（版面重新送来时改了字，图片保留了编辑的修改）"
        in (refused)
    )
    assert Issue.objects.get().status == Status.DRAFT
    done = chief_client.post(url, {**data, "acknowledge_page_text": "on"}, follow=True)
    assert Issue.objects.get().status == Status.PUBLISHED
    said = [str(m) for m in done.context["messages"]]
    assert f"已按编辑保存的内容发布（已核对，版面文本有改动未采用）：{NAME}。" in said


def test_a_photo_changed_after_the_page_was_shown_is_refused_by_name(chief_client, photo):
    url = publish_url(photo)
    data = {**form_data(chief_client.get(url), "publish-form"), "acknowledge_page_text": "on"}
    Photo.objects.filter(pk=photo.pk).update(caption="游客夜游濠河（又改了一次）。")
    refused = chief_client.post(url, data).content.decode()
    assert "本页打开之后，A3版的图片“游客夜游濠河（又改了一次）。”的版面文本或图片又有了改动" in (
        refused
    )
    assert Issue.objects.get().status == Status.DRAFT


@pytest.mark.parametrize("photo_first", [False, True])
def test_one_tick_covers_the_story_and_the_photo_listed(editor_client, chief_client, photo_first):
    """Whichever was edited first (the photo's save once left its story without its imported
    version, so the story's re-sent text was never asked about)."""
    upload(editor_client, PAGE)
    if not photo_first:
        story = edit_at_the_desk(editor_client, "濠河夜游航线开通", "濠河夜游今起开航")
        edit_its_first_paragraph(story, "末班船", "末班游船")  # (the paragraph re-sent too)
    photo = Photo.objects.get()
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    data = {**form_data(editor_client.get(url)), "caption": "游客夜游濠河（图片编辑改写）。"}
    assert editor_client.post(url, {**data, "_save": "保存"}).status_code == 302
    if photo_first:
        story = edit_at_the_desk(editor_client, "濠河夜游航线开通", "濠河夜游今起开航")
        edit_its_first_paragraph(story, "末班船", "末班游船")  # (the paragraph re-sent too)
    upload(editor_client, RESENT.replace("每半小时一班", "每二十分钟一班"))
    page = chief_client.get(publish_url(photo)).content.decode()
    assert "这 1 篇稿件和 1 张图片的版面重新送来时改了字" in page
    assert "A3版“濠河夜游今起开航”：版面文本有改动：" in page and NAME in page
    assert "已核对版面文本有改动未采用的稿件和图片，按编辑保存的内容发布" in page
    data = form_data(chief_client.get(publish_url(photo)), "publish-form")
    chief_client.post(publish_url(photo), {**data, "acknowledge_page_text": "on"})
    assert Issue.objects.get().status == Status.PUBLISHED


@pytest.mark.parametrize("action", ["sign_off_selected", "publish_selected"])
def test_signing_off_or_publishing_its_story_asks_first(chief_client, photo, action):
    if action == "sign_off_selected":
        Publication.objects.update(review_required=True)
    else:  # (a story of a published issue, published by itself)
        Issue.objects.update(status=Status.PUBLISHED)
    url = reverse("admin:articles_article_changelist")
    chosen = {"action": action, ACTION_CHECKBOX_NAME: [str(photo.article_id)]}
    page = chief_client.post(url, chosen)
    assert page.status_code == 200 and CHANGE in page.content.decode()
    data = form_data(page, "pending-form")
    chief_client.post(url, data | {"confirm": "1"})
    wanted = Status.SIGNED_OFF if action == "sign_off_selected" else Status.PUBLISHED
    assert Article.objects.get(pk=photo.article_id).status != wanted
    chief_client.post(url, data | {"confirm": "1", "acknowledge_page_text": "on"})
    assert Article.objects.get(pk=photo.article_id).status == wanted


def test_publish_selected_issues_lists_the_photo_and_wants_the_tick(chief_client, photo):
    url = reverse("admin:articles_issue_changelist")
    chosen = {"action": "publish_selected", ACTION_CHECKBOX_NAME: [str(Issue.objects.get().pk)]}
    page = chief_client.post(url, chosen)
    assert f"{NAME}：版面文本有改动：" in page.content.decode()
    data = form_data(page)
    chief_client.post(url, data | {"confirm": "1"})
    assert Issue.objects.get().status == Status.DRAFT
    chief_client.post(url, data | {"confirm": "1", "acknowledge_page_text": "on"})
    assert Issue.objects.get().status == Status.PUBLISHED


@pytest.fixture
def standing(db) -> Photo:
    """A picture page (two photos standing alone), one caption edited at the desk, the page
    re-sent with that caption corrected."""
    day = date(2021, 5, 3)
    import_text(PICTURES, "B1", when=day)
    photo = Photo.objects.get(caption__startswith="春日湿地")
    hand_edit([photo])
    photo.caption = "湿地里的白鹭（编辑改写）。"
    photo.save()
    import_text(PICTURES.replace("在浅滩上觅食", "在浅滩觅食"), "B1", when=day)
    photo.refresh_from_db()
    assert photo.page_text_pending and photo.article_id is None
    return photo


def test_a_photo_standing_alone_is_listed_when_its_issue_is_published(chief_client, standing):
    url = publish_url(standing)
    html = chief_client.get(url).content.decode()
    assert "B1版的图片“湿地里的白鹭（编辑改写）。”：版面文本有改动：说明" in html
    chief_client.post(url, form_data(chief_client.get(url), "publish-form"))
    assert Issue.objects.get().status == Status.DRAFT


def test_publish_issue_names_the_photo_and_what_to_do(standing):
    out = StringIO()
    call_command(
        "publish_issue",
        paper="nantong-daily",
        date="2021-05-03",
        keep_edited_text=True,
        stdout=out,
    )
    said = out.getvalue()
    assert "已核对：B1版的图片“湿地里的白鹭（编辑改写）。”：版面文本有改动：说明" in said
    assert "在编辑后台打开图片点“采用版面文本”" in said
