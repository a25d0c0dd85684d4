"""The upload says what it is about to do: a paper name that matches no paper (a typo such as
南通日報) is warned about with the closest paper one click away, and a page going into an issue
already published says what readers see at once and what stays a draft, with one click to
publish the new stories."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article, Issue, Publication, Status
from articles.publishing import issue_publish
from tests.admin.conftest import JUMPS, form_data
from tests.factories import SEED

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
A2_NEW_STORY = """

市民公园今起延长开放时间

本报讯（记者王小明）为方便市民夏季夜间休闲，市区多个公园自今日起将闭园时间推迟至晚上十点。市园林部门表示，夜间将增加巡查人员和照明设施，保障游园安全。
"""


def a2_with_a_new_story() -> bytes:
    return ((JUMPS / "A2.txt").read_text(encoding="utf-8") + A2_NEW_STORY).encode("utf-8")


def preview(client, name: str, data: bytes, paper: str = "南通日报"):
    return client.post(
        UPLOAD,
        {
            "files": [SimpleUploadedFile(name, data, content_type="text/plain")],
            "paper": paper,
            "issue_date": "2020-07-09",
        },
    )


@pytest.fixture
def published_seed(seed):
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    return seed


# A typo in the paper -----------------------------------------------------------------------


def test_preview_warns_of_a_new_paper_and_names_the_closest(editor_client, seed):
    response = preview(editor_client, "A2.txt", a2_with_a_new_story(), paper="南通日報")
    html = response.content.decode()
    assert 'id="new-paper-warning"' in html
    assert "没有名为“南通日報”的报纸" in html and "新建一份报纸" in html
    assert "最接近的已有报纸是“南通日报”（nantong-daily）" in html
    assert "只差繁体、简体的写法" in html
    assert "改用“南通日报”" in html
    assert Publication.objects.count() == 1


def test_preview_offers_no_paper_unlike_the_name_and_still_asks_for_the_tick(editor_client):
    Publication.objects.create(name="三门日报", slug="sanmen")
    response = preview(editor_client, "A2.txt", a2_with_a_new_story(), paper="南通日報")
    html = response.content.decode()
    assert "新建一份报纸" in html and "已有的报纸里没有名称相近的" in html
    assert "改用" not in html and "相差" not in html and "最接近的已有报纸是" not in html
    assert 'name="new_paper"' in html  # a new paper among others still needs the tick


def test_one_click_moves_the_pages_to_the_closest_paper(editor_client, seed):
    response = preview(editor_client, "A2.txt", a2_with_a_new_story(), paper="南通日報")
    again = editor_client.post(
        UPLOAD, {**form_data(response, "use-paper-form"), "use_paper": "nantong-daily"}
    )
    html = again.content.decode()
    assert "已改用已有的报纸“南通日报”" in html
    assert 'id="new-paper-warning"' not in html
    assert "南通日报 2020-07-09 A2版：将新建" in html
    editor_client.post(UPLOAD, {**form_data(again, "confirm-form"), "confirm": "1"})
    assert list(Publication.objects.values_list("name", flat=True)) == ["南通日报"]
    assert Issue.objects.get().pages.filter(label="A2").exists()


def test_a_new_paper_is_confirmed_only_when_ticked(editor_client, seed):
    response = preview(editor_client, "A2.txt", a2_with_a_new_story(), paper="南通日報")
    data = form_data(response, "confirm-form")
    assert "new_paper" not in data  # an unticked box sends nothing
    refused = editor_client.post(UPLOAD, {**data, "confirm": "1"})
    assert "是一份新报纸：确认前请勾选“新建报纸”" in refused.content.decode()
    assert Publication.objects.count() == 1
    data = form_data(refused, "confirm-form")
    editor_client.post(UPLOAD, {**data, "new_paper": "南通日報", "confirm": "1"})
    assert Publication.objects.filter(name="南通日報").exists()


def test_the_first_paper_needs_no_tick(editor_client):
    response = preview(editor_client, "A1.txt", SEED.read_bytes())
    html = response.content.decode()
    assert "没有名为“南通日报”的报纸" in html and "最接近的已有报纸是" not in html
    editor_client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "1"})
    assert Publication.objects.get().name == "南通日报"


# A late page into a published issue -------------------------------------------------------


def test_preview_of_a_late_page_says_what_is_public_and_what_stays_draft(
    editor_client, published_seed
):
    html = preview(editor_client, "A2.txt", a2_with_a_new_story()).content.decode()
    assert "读者能看到什么：南通日报 2020-07-09 已发布：导入后读者立即看到" in html
    assert "读者现在看到" not in html  # the page is not imported yet: readers see nothing of it now
    assert "“用党建品牌让社会组织‘亮心’”（上接A1版）" in html
    assert "1 篇新稿件仍是草稿，读者看不到：“市民公园今起延长开放时间”" in html
    assert "确认导入并发布 1 篇新稿件" in html


def test_result_says_what_stays_draft_and_links_to_publishing_it(editor_client, published_seed):
    response = preview(editor_client, "A2.txt", a2_with_a_new_story())
    done = editor_client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "1"})
    messages = [str(m) for m in done.wsgi_request._messages]
    assert any("1 篇新稿件仍是草稿，读者看不到" in m for m in messages)
    story = Article.objects.get(headline="市民公园今起延长开放时间")
    assert story.status == Status.DRAFT
    link = f"/admin/articles/page/upload/publish/?ids={story.pk}"
    assert any(link in m and "发布这 1 篇新稿件" in m for m in messages)
    page = editor_client.get(link)
    assert "市民公园今起延长开放时间" in page.content.decode()
    editor_client.post(link.split("?")[0], form_data(page, "publish-new-form"))
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED
    assert story.history.first().history_user.username == "desk-editor"


def test_confirm_and_publish_publishes_the_new_stories_in_one_click(editor_client, published_seed):
    response = preview(editor_client, "A2.txt", a2_with_a_new_story())
    done = editor_client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "publish"})
    messages = [str(m) for m in done.wsgi_request._messages]
    assert any("本次一并发布了 1 篇新稿件" in m for m in messages)
    assert not any("仍是草稿" in m for m in messages)  # the page's line: published, not draft
    story = Article.objects.get(headline="市民公园今起延长开放时间")
    assert story.status == Status.PUBLISHED
    assert editor_client.get(story.get_absolute_url()).status_code == 200


def test_a_viewer_cannot_publish_new_stories(viewer_client, published_seed):
    story = Article.objects.first()
    response = viewer_client.post("/admin/articles/page/upload/publish/", {"ids": str(story.pk)})
    assert response.status_code == 403
