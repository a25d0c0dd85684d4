"""A corrected re-send of a late continuation's page is said and offered like any other.

A night editor's steps: page A1 (a story ending ``（下转A2版）``) imported and published with
``--acknowledge-broken``; A2 imported late, its continuation joining the published story; the
story's headline changed at the desk; A2 re-sent with one word of the continuation corrected.
The upload said only ``…编辑改过，保留编辑保存的内容…``: no ``版面文本有改动``, no
``版面文本与这篇稿件不同`` on the story's form, nothing pending at 发布/签发, the public story
keeping the old word. The join is recorded as ``接上续文（读者看到的正文变长了）``, not as an
import, so the continuation's part had no last-imported version to compare the page with
(``articles/importing/pagetext.py``). With both pages imported before publishing (the control),
and with the continuation's page arriving first, the same steps always said it.
"""

from __future__ import annotations

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Issue, Publication, Status
from articles.publishing import issue_publish
from tests.admin.conftest import form_data
from tests.admin.test_take_page_text import FIELDS, UPLOAD, edit_at_the_desk
from tests.importing.test_page_text_take import edit_its_first_paragraph

pytestmark = pytest.mark.django_db
JUMPING = """港口建设提速

本报讯（记者 金帅）南通港口建设昨天再提速，三个新泊位同时开工。（下转A2版）
"""
CONTINUED = """港口建设提速

（上接A1版）新泊位建成后，港口年吞吐能力将增加一千万吨。
"""
CHANGE = "版面文本有改动：第1段“…力将增加一千万吨。”→“…力将增加两千万吨。”"


def upload(client, label: str, text: str) -> list[str]:
    """The desk's upload of one page, previewed and confirmed: the result's messages."""
    files = [SimpleUploadedFile(f"{label}.txt", text.encode(), "text/plain")]
    preview = client.post(UPLOAD, {**FIELDS, "files": files})
    assert preview.status_code == 200
    done = client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"]})
    return [str(m) for m in done.wsgi_request._messages]


def publish() -> None:
    """``publish_issue --acknowledge-broken``: the continuation's page has not come yet."""
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)


def corrected_after_an_edit(client, *steps) -> tuple[Article, list[str]]:
    """``steps`` (callables), the headline changed at the desk, A2 re-sent with a correction:
    the story and the re-send's messages."""
    for step in steps:
        step()
    assert Article.objects.get().parts.count() == 2  # (one story, on both pages)
    story = edit_at_the_desk(client, "港口建设提速", "港口建设再提速")
    edit_its_first_paragraph(story, "港口年吞吐", "年吞吐")  # (the paragraph corrected too)
    return story, upload(client, "A2", CONTINUED.replace("一千万", "两千万"))


@pytest.fixture
def late(editor_client):
    """A1 imported and published, A2 imported late, the story edited, A2 re-sent corrected."""
    return corrected_after_an_edit(
        editor_client,
        lambda: upload(editor_client, "A1", JUMPING),
        publish,
        lambda: upload(editor_client, "A2", CONTINUED),
    )


def test_re_sending_a_late_continuations_page_says_what_its_text_changed(late):
    story, said = late
    [line] = [m for m in said if "港口建设再提速" in m]
    assert "编辑改过" in line and CHANGE in line
    assert Article.objects.get(pk=story.pk).status == Status.PUBLISHED


def test_the_story_form_offers_it_and_taking_it_reaches_readers(editor_client, client, late):
    story = late[0]
    html = editor_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    html = html.content.decode()
    assert "版面文本与这篇稿件不同（A2版 " in html and CHANGE.split("：", 1)[1] in html
    a2 = story.parts.get(page__label="A2").page
    take = reverse("admin:articles_article_page_text", args=[story.pk, a2.pk])
    assert f'href="{take}"' in html
    done = editor_client.post(take, form_data(editor_client.get(take), "page-text-form"))
    assert done.status_code == 302
    story.refresh_from_db()
    assert story.headline == "港口建设再提速"  # (the editor's own edit kept)
    assert "两千万吨" in story.parts.get(page__label="A2").blocks[0]["text"]
    public = client.get(story.get_absolute_url()).content.decode()
    assert "两千万吨" in public and "一千万吨" not in public


def test_it_is_pending_on_the_desk_home_and_asked_at_sign_off(editor_client, chief_client, late):
    story = late[0]
    home = editor_client.get(reverse("admin:index")).content.decode()
    assert "1 篇版面文本有改动未采用</a>" in home
    listed = reverse("admin:articles_article_changelist") + "?page_text=pending"
    assert [a.pk for a in editor_client.get(listed).context["cl"].result_list] == [story.pk]
    Publication.objects.update(review_required=True)
    Article.objects.filter(pk=story.pk).update(status=Status.REVIEW)
    url = reverse("admin:articles_article_changelist")
    chosen = {"action": "sign_off_selected", ACTION_CHECKBOX_NAME: [str(story.pk)]}
    page = chief_client.post(url, chosen)
    assert page.status_code == 200
    assert "A2版“港口建设再提速”：" + CHANGE in page.content.decode()
    chief_client.post(url, {**form_data(page), "confirm": "1"})
    assert Article.objects.get(pk=story.pk).status == Status.REVIEW


def test_a_story_edited_before_its_continuation_came_says_it_too(editor_client):
    upload(editor_client, "A1", JUMPING)
    publish()
    story = edit_at_the_desk(editor_client, "港口建设提速", "港口建设再提速")
    upload(editor_client, "A2", CONTINUED)
    edit_its_first_paragraph(story, "港口年吞吐", "年吞吐")  # (the paragraph corrected too)
    said = upload(editor_client, "A2", CONTINUED.replace("一千万", "两千万"))
    [line] = [m for m in said if "港口建设再提速" in m]
    assert CHANGE in line


@pytest.mark.parametrize(
    "order", ["A1 A2 published", "A2 published A1", "A2 A1 published"], ids=lambda o: o
)
def test_the_other_orders_say_it_alike(editor_client, order):
    pages = {"A1": JUMPING, "A2": CONTINUED}
    steps = [
        publish
        if step == "published"
        else (lambda label=step: upload(editor_client, label, pages[label]))
        for step in order.split()
    ]
    said = corrected_after_an_edit(editor_client, *steps)[1]
    [line] = [m for m in said if "港口建设再提速" in m]
    assert CHANGE in line
