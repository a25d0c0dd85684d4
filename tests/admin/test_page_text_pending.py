"""版面文本有改动未采用: a story kept as its editor saved it while its page was re-sent with a
correction is listed where the night's decisions are made (签发, 发布本期, 发布所选的期), counted
on the desk's home and filterable in the story list; 发布 and 签发 go on only with the 已核对 tick
(a reviewer's re-sent `最高五十万元` went public as 三十万 after only the import's result said it)."""

from __future__ import annotations

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Issue, Publication, Status
from tests.admin.conftest import form_data, time_ahead
from tests.admin.test_take_page_text import FIELDS, UPLOAD, edit_at_the_desk, upload
from tests.importing.test_page_text_take import CORRECTED, PAGE, edit_its_first_paragraph

pytestmark = pytest.mark.django_db
LINE = (
    "A1版“渡口改建工程今起开工”：版面文本有改动：第1段“…改建工程昨天开工，…”→“…改建工程前天开工，…”"
)


@pytest.fixture
def kept(editor_client):
    """A1 imported, one story edited at the desk, A1 re-sent with a correction in that story."""
    upload(editor_client, PAGE)
    story = edit_at_the_desk(editor_client, "渡口改建工程开工", "渡口改建工程今起开工")
    upload(editor_client, CORRECTED)
    return story


def publish_url(story) -> str:
    return reverse("admin:articles_issue_publish", args=[story.issue_id])


def test_publish_page_lists_it_with_links_to_compare_and_take(chief_client, kept):
    html = chief_client.get(publish_url(kept)).content.decode()
    assert LINE in html
    assert f'href="{reverse("admin:articles_article_change", args=[kept.pk])}#page-text"' in html
    take = reverse("admin:articles_article_page_text", args=[kept.pk, kept.page_id])
    assert f'href="{take}"' in html
    assert 'name="acknowledge_page_text"' in html


def test_publishing_without_the_tick_is_refused_naming_the_story(chief_client, kept):
    url = publish_url(kept)
    done = chief_client.post(url, form_data(chief_client.get(url), "publish-form"))
    assert done.status_code == 200
    assert "没有发布：A1版“渡口改建工程今起开工”版面文本有改动未采用" in done.content.decode()
    assert Issue.objects.get().status == Status.DRAFT


def test_the_tick_publishes_and_says_what_was_kept(chief_client, kept):
    url = publish_url(kept)
    data = {**form_data(chief_client.get(url), "publish-form"), "acknowledge_page_text": "on"}
    done = chief_client.post(url, data, follow=True)
    assert Issue.objects.get().status == Status.PUBLISHED
    said = [str(m) for m in done.context["messages"]]
    assert any("已按编辑保存的内容发布（已核对" in m and "渡口改建工程今起开工" in m for m in said)


def test_a_page_re_sent_after_the_page_was_shown_is_refused_by_name(chief_client, kept):
    url = publish_url(kept)
    data = {**form_data(chief_client.get(url), "publish-form"), "acknowledge_page_text": "on"}
    upload(chief_client, CORRECTED.replace("二十班", "三十班"))  # another correction meanwhile
    done = chief_client.post(url, data)
    assert "本页打开之后，A1版“渡口改建工程今起开工”的版面文本或稿件又有了改动" in (
        done.content.decode()
    )
    assert Issue.objects.get().status == Status.DRAFT


def test_once_taken_nothing_is_asked(chief_client, kept):
    take = reverse("admin:articles_article_page_text", args=[kept.pk, kept.page_id])
    chief_client.post(take, form_data(chief_client.get(take), "page-text-form"))
    html = chief_client.get(publish_url(kept)).content.decode()
    assert "版面文本有改动未采用" not in html and "acknowledge_page_text" not in html


def test_publish_selected_lists_it_and_wants_the_tick(chief_client, kept):
    url = reverse("admin:articles_issue_changelist")
    chosen = {"action": "publish_selected", ACTION_CHECKBOX_NAME: [str(kept.issue_id)]}
    page = chief_client.post(url, chosen)
    assert LINE in page.content.decode()
    data = form_data(page)
    refused = chief_client.post(url, {**data, "confirm": "1"}, follow=True)
    assert "版面文本有改动未采用" in refused.content.decode()
    assert Issue.objects.get().status == Status.DRAFT
    chief_client.post(url, {**data, "confirm": "1", "acknowledge_page_text": "on"})
    assert Issue.objects.get().status == Status.PUBLISHED


def test_sign_off_asks_first_and_signs_with_the_tick(chief_client, kept):
    Publication.objects.update(review_required=True)
    url = reverse("admin:articles_article_changelist")
    chosen = {"action": "sign_off_selected", ACTION_CHECKBOX_NAME: [str(kept.pk)]}
    page = chief_client.post(url, chosen)
    assert page.status_code == 200 and LINE in page.content.decode()
    kept.refresh_from_db()
    assert kept.status != Status.SIGNED_OFF
    data = form_data(page)
    chief_client.post(url, {**data, "confirm": "1"})
    assert Article.objects.get(pk=kept.pk).status != Status.SIGNED_OFF
    chief_client.post(url, {**data, "confirm": "1", "acknowledge_page_text": "on"})
    assert Article.objects.get(pk=kept.pk).status == Status.SIGNED_OFF


def test_desk_home_counts_it_and_the_story_list_filters_it(editor_client, kept):
    home = editor_client.get(reverse("admin:index")).content.decode()
    assert "1 篇版面文本有改动未采用</a>" in home and "&amp;page_text=pending" in home
    listed = reverse("admin:articles_article_changelist") + "?page_text=pending"
    rows = editor_client.get(listed).context["cl"].result_list
    assert [a.pk for a in rows] == [kept.pk]
    assert Article.objects.count() == 2  # (the other story, not edited, is not listed)


def test_publishing_single_stories_asks_first_too(chief_client, kept):
    Issue.objects.update(status=Status.PUBLISHED)
    url = reverse("admin:articles_article_changelist")
    chosen = {"action": "publish_selected", ACTION_CHECKBOX_NAME: [str(kept.pk)]}
    page = chief_client.post(url, chosen)
    assert page.status_code == 200 and LINE in page.content.decode()
    assert Article.objects.get(pk=kept.pk).status == Status.DRAFT
    data = form_data(page, "pending-form")
    chief_client.post(url, {**data, "confirm": "1"})
    assert Article.objects.get(pk=kept.pk).status == Status.DRAFT
    chief_client.post(url, {**data, "confirm": "1", "acknowledge_page_text": "on"})
    assert Article.objects.get(pk=kept.pk).status == Status.PUBLISHED


def test_publish_issue_command_says_it(kept):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command(
        "publish_issue", paper="qingwan", date="2022-05-06", keep_edited_text=True, stdout=out
    )
    assert f"已核对：{LINE}（版面文本有改动未采用：已按编辑保存的内容发布" in out.getvalue()


def test_a_tick_posted_without_the_list_shown_is_refused_by_name(chief_client, kept):
    """A crafted POST (no ``page_text_shown``) ticks for changes it was never shown: refused."""
    url = publish_url(kept)
    data = {**form_data(chief_client.get(url), "publish-form"), "acknowledge_page_text": "on"}
    del data["page_text_shown"]
    done = chief_client.post(url, data)
    assert "没有发布：本页打开之后，A1版“渡口改建工程今起开工”" in done.content.decode()
    assert Issue.objects.get().status == Status.DRAFT
    Publication.objects.update(review_required=True)
    listed = reverse("admin:articles_article_changelist")
    chosen = {"action": "sign_off_selected", ACTION_CHECKBOX_NAME: [str(kept.pk)]}
    crafted = {**chosen, "confirm": "1", "acknowledge_page_text": "on"}
    done = chief_client.post(listed, crafted)
    assert "没有签发：本页打开之后，A1版“渡口改建工程今起开工”" in done.content.decode()
    assert Article.objects.get(pk=kept.pk).status != Status.SIGNED_OFF


JUMPING = """港口建设提速

本报讯（记者 金帅）南通港口建设昨天再提速，三个新泊位同时开工。（下转A2版）
"""
CONTINUED = """（上接A1版）新泊位建成后，港口年吞吐能力将增加一千万吨。
"""


def upload_pages(client, pages: dict[str, str]):
    files = [
        SimpleUploadedFile(f"{label}.txt", text.encode(), "text/plain")
        for label, text in pages.items()
    ]
    preview = client.post(UPLOAD, {**FIELDS, "files": files})
    client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"]})


@pytest.fixture
def jumped(editor_client):
    """A story jumping A1 → A2, edited at the desk; both pages re-sent with corrections."""
    upload_pages(editor_client, {"A1": JUMPING, "A2": CONTINUED})
    story = edit_at_the_desk(editor_client, "港口建设提速", "港口建设再提速")
    edit_its_first_paragraph(story, "三个新泊位", "3个新泊位")  # (both corrected paragraphs)
    edit_its_first_paragraph(story, "港口年吞吐", "年吞吐")
    upload_pages(
        editor_client,
        {"A1": JUMPING.replace("昨天", "今天"), "A2": CONTINUED.replace("一千万", "两千万")},
    )
    return story


def test_a_jumped_story_is_one_story_listing_both_pages_changes(chief_client, jumped):
    html = chief_client.get(publish_url(jumped)).content.decode()
    assert "这 1 篇稿件" in html and html.count('class="page-text-story"') == 1
    assert (
        "A1版“港口建设再提速”：A1版版面文本有改动：第1段“…港口建设昨天再提速…”→“…港口建设今天再提速…”；"
        "A2版版面文本有改动：第1段“…力将增加一千万吨。”→“…力将增加两千万吨。”"
    ) in html
    for page in jumped.issue.pages.all():
        take = reverse("admin:articles_article_page_text", args=[jumped.pk, page.pk])
        assert f'href="{take}">采用{page.label}版版面文本</a>' in html
    url = reverse("admin:articles_article_changelist")
    chosen = {"action": "publish_selected", ACTION_CHECKBOX_NAME: [str(jumped.pk)]}
    Issue.objects.update(status=Status.PUBLISHED)
    page = chief_client.post(url, chosen).content.decode()
    assert "这 1 篇稿件" in page and page.count('class="page-text-story"') == 1


def schedule_with_the_tick(client, story):
    url = publish_url(story)
    data = {**form_data(client.get(url), "publish-form"), "acknowledge_page_text": "on"}
    client.post(url, {**data, "publish_at": time_ahead()})
    assert Issue.objects.get().publish_at is not None


def test_a_schedule_ticked_publishes_at_its_time(chief_client, kept):
    from articles.scheduling import publish_due

    schedule_with_the_tick(chief_client, kept)
    run = publish_due(now=Issue.objects.get().publish_at)
    assert run.failed == [] and Issue.objects.get().status == Status.PUBLISHED


def test_a_correction_re_sent_after_the_time_was_set_stops_the_schedule(chief_client, kept):
    """定时发布 checks the page texts again at its time: one re-sent since the tick (not what was
    acknowledged) is not published silently; it fails, listed under 定时发布未成功."""
    from articles.scheduling import publish_due

    schedule_with_the_tick(chief_client, kept)
    upload(chief_client, CORRECTED.replace("二十班", "三十班"))  # another correction meanwhile
    run = publish_due(now=Issue.objects.get().publish_at)
    issue = Issue.objects.get()
    assert issue.status == Status.DRAFT and issue.publish_at is None
    said = (
        "没有发布：设定定时发布之后，A1版“渡口改建工程今起开工”的版面文本或编辑保存的内容又有了改动"
    )
    assert len(run.failed) == 1 and said in run.failed[0]
    assert issue.history.first().history_change_reason.startswith(f"定时发布未成功：{said[:20]}")
    home = chief_client.get(reverse("admin:index")).content.decode()
    assert "定时发布未成功" in home and "设定定时发布之后，A1版" in home
