"""A late page new to a published issue of a paper that requires sign-off (发布须经签发),
imported by an editor, may not bring anything to readers at once: a page printing no story
(pictures, adverts) would show its 版名, photos standing alone and 导读 at once, so it is refused
for the editor saying why and who imports it (in the preview, and again at the confirmation
when the issue was published since); a late page of draft stories stays hidden and goes
through; one answering a published page's 下转 (a continuation that would lengthen a published
story) is refused. A chief editor's import, and an editor's on a paper without sign-off, are as
before. (A reviewer's editor brought a late page's 版名, photos and 导读 to readers at once.)"""

from __future__ import annotations

import pytest

from articles.models import Article, Issue, Page, Photo, Publication, Status
from tests.admin.conftest import JUMPS, form_data
from tests.admin.test_upload import SEED_FIELDS, page_file, preview
from tests.admin.test_upload_runs import worker  # noqa: F401

pytestmark = pytest.mark.django_db

PICTURES = """B1　摄影

春日湿地里，白鹭在浅滩上觅食。

本报记者 林晓舟摄

傍晚的渔港，归来的渔船依次靠岸。

记者 苏明远摄
"""
REFUSED = "无法导入 B1.txt：B1版是已发布的一期新补的版面，本报须经签发：导入后读者会立即看到它的"


def publish_seed() -> None:
    """The seed issue (A1) and its stories published."""
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)


@pytest.fixture
def published(seed):
    """The seed issue (A1) published, its paper requiring sign-off."""
    publish_seed()
    Publication.objects.update(review_required=True)


def pictures_page():
    return [page_file("B1.txt", PICTURES.encode())]


def confirmed(client, shown, button="确认导入"):
    data = form_data(shown, "confirm-form") | {"confirm": button}
    return client.post(shown.wsgi_request.path, data)


def said(response) -> str:
    return " ".join(str(m) for m in response.wsgi_request._messages)


def public_pages() -> set[str]:
    return set(Page.objects.public().values_list("label", flat=True))


def test_an_editors_late_page_of_pictures_is_refused_naming_what_readers_would_see(
    editor_client, published
):
    html = preview(editor_client, pictures_page(), **SEED_FIELDS).content.decode()
    assert REFUSED + "版名“摄影”、2 幅图片，只有总编辑（签发权限）可以导入这一版" in html
    assert "请总编辑来导入" in html
    assert not Page.objects.filter(label="B1").exists()


def test_an_issue_published_after_the_preview_refuses_the_late_page_at_confirmation(
    editor_client, seed
):
    Publication.objects.update(review_required=True)
    shown = preview(editor_client, pictures_page(), **SEED_FIELDS)
    assert shown.context["token"]  # a draft issue: the editor's to fill
    publish_seed()
    done = confirmed(editor_client, shown)
    assert "B1版是已发布的一期新补的版面" in said(done) and "什么都没有写入" in said(done)
    assert not Page.objects.filter(label="B1").exists() and public_pages() == {"A1"}


def test_the_background_import_refuses_the_late_page_once_the_issue_is_published(
    editor_client,
    seed,
    worker,  # noqa: F811
    settings,
):
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0  # imported in the background
    Publication.objects.update(review_required=True)
    shown = preview(editor_client, pictures_page(), **SEED_FIELDS)
    publish_seed()
    confirmed(editor_client, shown)
    worker()
    from articles.models import ImportRun

    (entry,) = ImportRun.objects.get().results
    assert not entry["ok"] and "B1版是已发布的一期新补的版面" in entry["error"]
    assert not Page.objects.filter(label="B1").exists()


def test_a_chief_editors_late_page_of_pictures_is_public_at_once(chief_client, published):
    shown = preview(chief_client, pictures_page(), **SEED_FIELDS)
    assert "本报须经签发" not in shown.content.decode()
    confirmed(chief_client, shown)
    assert public_pages() == {"A1", "B1"}
    assert Photo.objects.public().filter(page__label="B1").count() == 2


def test_without_sign_off_an_editors_late_page_of_pictures_is_public(editor_client, seed):
    publish_seed()
    confirmed(editor_client, preview(editor_client, pictures_page(), **SEED_FIELDS))
    assert public_pages() == {"A1", "B1"}


def test_an_editors_late_page_of_drafts_goes_through_and_stays_hidden(editor_client, published):
    late = (
        "B2　社区\n\n市民公园今起延长开放时间\n\n"
        "本报讯（记者王小明）市区多个公园自今日起将闭园时间推迟至晚上十点。\n"
    )
    shown = preview(editor_client, [page_file("B2.txt", late.encode())], **SEED_FIELDS)
    assert "本报须经签发：导入后读者" not in shown.content.decode()
    confirmed(editor_client, shown)
    assert Article.objects.get(headline="市民公园今起延长开放时间").status == Status.DRAFT
    assert Page.objects.filter(label="B2").exists() and public_pages() == {"A1"}


def test_an_editors_late_page_continuing_a_published_story_is_refused(editor_client, published):
    before = {a.pk: a.updated_at for a in Article.objects.all()}
    a2 = page_file("A2.txt", (JUMPS / "A2.txt").read_bytes())
    html = preview(editor_client, [a2], **SEED_FIELDS).content.decode()
    assert "无法导入 A2.txt：A2版是已发布的一期新补的版面，印有已发布的稿件" in html
    assert "只有总编辑（签发权限）可以导入这一版" in html
    assert {a.pk: a.updated_at for a in Article.objects.all()} == before
