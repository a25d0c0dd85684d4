"""History: every change records who, when and what; editors see the difference and revert.
Saving in the admin marks a story as edited by hand, so re-import leaves it alone."""

import pytest
from django.urls import reverse

from articles.models import Article, ArticlePart, Photo
from tests.admin.conftest import form_data
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:articles_{obj._meta.model_name}_change", args=[obj.pk])


def edit(client, obj, **changes):
    page = client.get(change_url(obj))
    data = form_data(page)
    data.update(changes)
    response = client.post(change_url(obj), data)
    assert response.status_code == 302, (
        response.context["adminform"].form.errors if response.context else response
    )
    return response


@pytest.fixture
def story(seed):
    return Article.objects.get(position=2, page__label="A1")


def test_saving_a_story_records_who_when_and_what_and_marks_it_edited(editor_client, editor, story):
    old = story.headline
    assert not story.is_edited
    edit(editor_client, story, headline="城建重点工程讲评会召开")
    story.refresh_from_db()
    assert story.headline == "城建重点工程讲评会召开" and story.is_edited
    latest, baseline = story.history.all()[:2]
    assert latest.history_user == editor and latest.history_type == "~"
    assert latest.history_change_reason == "编辑修改"
    assert baseline.headline == old and baseline.history_change_reason == "导入时的版本"
    delta = latest.diff_against(baseline)
    assert {c.field for c in delta.changes} >= {"headline", "edited_at"}


def test_the_history_page_shows_the_difference(editor_client, story):
    old = story.headline
    edit(editor_client, story, headline="城建重点工程讲评会召开")
    html = editor_client.get(
        reverse("admin:articles_article_history", args=[story.pk])
    ).content.decode()
    assert "desk-editor" in html and "编辑修改" in html and "（导入）" in html
    assert "主题" in html and old in html and "城建重点工程讲评会召开" in html
    assert "人工修改时间" not in html.split("change-history")[1].split("</table>")[0]  # no noise


def test_an_editor_reverts_to_an_earlier_version(editor_client, editor, story):
    old = story.headline
    edit(editor_client, story, headline="改错了的标题")
    baseline = story.history.earliest("history_date")
    address = reverse("admin:articles_article_simple_history", args=[story.pk, baseline.history_id])
    page = editor_client.get(address)
    assert page.status_code == 200 and old in page.content.decode()
    response = editor_client.post(address, {**form_data(page), "_save": "1"})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.headline == old and story.is_edited
    assert story.history.count() == 3 and story.history.first().history_user == editor
    assert story.history.first().history_change_reason == "恢复到历史版本"


def test_body_edits_are_recorded_in_the_story_history_and_can_be_reverted(editor_client, story):
    part = story.parts.get()
    page = editor_client.get(change_url(story))
    data = form_data(page)
    body = data["parts-0-blocks"]  # a browser sends a textarea's line breaks as CRLF
    first = body.split("\r\n\r\n")[0]
    data["parts-0-blocks"] = body.replace(first, "## 新加的小标题\r\n\r\n" + first + "（补充）")
    assert editor_client.post(change_url(story), data).status_code == 302
    part.refresh_from_db()
    assert part.blocks[0] == {"kind": "crosshead", "text": "新加的小标题"}
    assert part.blocks[1]["text"].endswith("（补充）")
    story.refresh_from_db()
    assert story.is_edited

    html = editor_client.get(
        reverse("admin:articles_article_history", args=[story.pk])
    ).content.decode()
    assert "新增正文第1段（小标题）" in html
    assert '<ins class="diff-ins">新加的小标题</ins>' in html
    assert '<ins class="diff-ins">（补充）</ins>' in html

    baseline = story.history.earliest("history_date")
    address = reverse("admin:articles_article_simple_history", args=[story.pk, baseline.history_id])
    assert address in html
    revert = editor_client.get(address)
    assert editor_client.post(address, {**form_data(revert), "_save": "1"}).status_code == 302
    part.refresh_from_db()
    assert part.blocks == baseline.story["parts"][0]["blocks"]


def test_reimport_leaves_a_story_edited_in_the_admin_alone(editor_client, story):
    edit(editor_client, story, headline="编辑改过的标题")
    report = import_seed(force=True)
    story.refresh_from_db()
    assert story.headline == "编辑改过的标题"
    # The page prints what it printed before: nothing of it is pending, so no conflict is said
    # (a conflict is a change of the page's the editor changed too: textmerge).
    assert not any("edited by hand" in line for line in report.conflicts)
    assert report.page_text_stories == {}


def test_saving_a_part_on_its_own_marks_its_story_edited(editor_client, story):
    part = story.parts.get()
    edit(editor_client, part, title_lines="新的标题行")
    story.refresh_from_db()
    part.refresh_from_db()
    assert part.title_lines == ["新的标题行"] and story.is_edited


def test_saving_a_photo_marks_it_edited_and_keeps_history(editor_client, editor, seed):
    photo = Photo.objects.get()
    edit(editor_client, photo, caption="新的图片说明")
    photo.refresh_from_db()
    assert photo.caption == "新的图片说明" and photo.edited_at is not None
    assert photo.history.first().history_user == editor


def test_a_story_can_be_found_in_its_history_after_a_jump_moved_its_part(
    editor_client, seed_with_a2
):
    story = Article.objects.get(position=2, page__label="A1")
    assert story.parts.count() == 2
    response = editor_client.get(reverse("admin:articles_article_history", args=[story.pk]))
    assert response.status_code == 200


def test_parts_cannot_be_added_or_deleted_in_the_story_form(editor_client, story):
    inline = editor_client.get(change_url(story)).context["inline_admin_formsets"][1]
    assert inline.formset.model is ArticlePart
    assert not inline.has_add_permission and not inline.has_delete_permission


def test_a_publish_by_the_command_is_not_called_an_import(editor_client, story):
    from io import StringIO

    from django.core.management import call_command

    from articles.admin.history import history_actor

    call_command(
        "publish_issue",
        "--paper",
        "nantong-daily",
        "--date",
        "2020-07-09",
        "--acknowledge-broken",
        stdout=StringIO(),
    )
    published, baseline = story.history.all()[:2]
    assert history_actor(published) == "（命令行发布）" and history_actor(baseline) == "（导入）"
    html = editor_client.get(
        reverse("admin:articles_article_history", args=[story.pk])
    ).content.decode()
    rows = html.split("change-history")[1].split("</table>")[0]
    assert "（命令行发布）" in rows and rows.count("（导入）") == 1
    published.history_change_reason = "定时发布"  # no user, no import: the system did it
    assert history_actor(published) == "（系统）"
