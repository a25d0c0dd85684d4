"""Sign-off on a paper that requires it: an editor submits (草稿 → 待审), a chief editor signs off
(已签发, who and when) and publishes; an issue with stories not signed off is published only by a
chief editor's override, with the reason in history. Every step is posted as the desk's pages
would send it."""

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import Article, Issue, Publication, Status
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")


@pytest.fixture
def review(seed_with_a2):
    """The seed paper, switched to requiring sign-off."""
    Publication.objects.update(review_required=True)
    return Issue.objects.get()


def run(client, action, stories):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [str(s.pk) for s in stories], "index": "0"},
        follow=True,
    )


def publish_issue(client, issue, **typed):
    url = reverse("admin:articles_issue_publish", args=[issue.pk])
    return client.post(url, {**form_data(client.get(url), "publish-form"), **typed}, follow=True)


def test_editor_submits_chief_editor_signs_off_and_publishes(
    review, editor, editor_client, chief, chief_client
):
    stories = list(Article.objects.all())
    assert "已提交待审" in run(editor_client, "submit_selected", stories).content.decode()
    assert {a.status for a in Article.objects.all()} == {Status.REVIEW}
    assert Article.objects.first().history.first().history_user == editor

    run(editor_client, "sign_off_selected", stories)  # not an editor's action
    assert {a.status for a in Article.objects.all()} == {Status.REVIEW}
    url = reverse("admin:articles_issue_publish", args=[review.pk])
    html = editor_client.get(url).content.decode()  # no button: who publishes, how to ask
    assert "只有总编辑" in html and 'id="publish-form"' not in html
    html = editor_client.post(url, {"acknowledge_broken": "on"}).content.decode()
    assert "只有总编辑" in html
    assert Issue.objects.get().status == Status.DRAFT

    html = run(chief_client, "sign_off_selected", stories).content.decode()
    assert f"已签发 {len(stories)} 篇稿件" in html
    story = Article.objects.first()
    assert story.status == Status.SIGNED_OFF and story.signed_off_by == chief
    assert story.signed_off_at is not None
    assert story.history.first().history_change_reason == "签发"
    listing = chief_client.get(CHANGELIST).content.decode()
    assert "desk-chief ·" in listing  # the 签发 column: who and when

    publish_issue(chief_client, review)
    assert Issue.objects.get().status == Status.PUBLISHED
    assert {a.status for a in Article.objects.all()} == {Status.PUBLISHED}
    assert Client().get(story.get_absolute_url()).status_code == 200


def test_stories_not_signed_off_are_published_only_with_a_reason_in_history(
    review, chief, chief_client
):
    signed = Article.objects.order_by("pk").first()
    run(chief_client, "sign_off_selected", [signed])
    html = publish_issue(chief_client, review).content.decode()
    assert "尚未签发，未发布" in html and "未签发破例发布的理由" in html
    assert Issue.objects.get().status == Status.DRAFT

    publish_issue(chief_client, review, override_reason="抢发突发新闻，已电话请示")
    issue = Issue.objects.get()
    assert issue.status == Status.PUBLISHED
    record = issue.history.first()
    assert record.history_user == chief
    assert record.history_change_reason == "发布（未签发破例：抢发突发新闻，已电话请示）"
    other = Article.objects.exclude(pk=signed.pk).first()
    assert "未签发破例" in other.history.first().history_change_reason
    # the story that was signed off is published as signed off, not as an exception
    assert signed.history.first().history_change_reason == "发布"


def test_an_editor_cannot_publish_single_stories_on_a_review_paper(review, editor_client):
    story = Article.objects.first()
    html = run(editor_client, "publish_selected", [story]).content.decode()
    assert "没有发布任何稿件" in html
    story.refresh_from_db()
    assert story.status == Status.DRAFT


def test_the_story_form_offers_an_editor_only_draft_and_review(review, editor_client):
    story = Article.objects.first()
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(url))
    html = editor_client.get(url).content.decode()
    assert 'value="review"' in html and 'value="signed_off"' not in html
    response = editor_client.post(url, {**data, "status": Status.PUBLISHED, "_save": "1"})
    assert "您不能把稿件直接设为这个状态" in response.content.decode()
    story.refresh_from_db()
    assert story.status == Status.DRAFT

    editor_client.post(url, {**data, "status": Status.REVIEW, "_save": "1"})
    story.refresh_from_db()
    assert story.status == Status.REVIEW


def test_a_chief_editor_signs_off_in_the_form_and_is_recorded(review, chief, chief_client):
    story = Article.objects.first()
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(chief_client.get(url))
    chief_client.post(url, {**data, "status": Status.SIGNED_OFF, "_save": "1"})
    story.refresh_from_db()
    assert story.status == Status.SIGNED_OFF and story.signed_off_by == chief


def test_an_edit_by_an_editor_after_sign_off_sends_the_story_back_to_review(
    review, editor_client, chief_client
):
    story = Article.objects.first()
    run(chief_client, "sign_off_selected", [story])
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(url))
    response = editor_client.post(
        url, {**data, "headline": "签发后改的标题", "_save": "1"}, follow=True
    )
    assert "已改回“待审”" in response.content.decode()
    story.refresh_from_db()
    assert story.headline == "签发后改的标题"
    assert story.status == Status.REVIEW and story.signed_off_by is None
    assert story.history.first().history_change_reason == "签发后修改，改回待审"


def test_a_chief_editor_sends_a_story_back(review, chief_client):
    story = Article.objects.first()
    run(chief_client, "sign_off_selected", [story])
    run(chief_client, "return_selected", [story])
    story.refresh_from_db()
    assert story.status == Status.DRAFT and story.signed_off_at is None


def test_only_a_chief_editor_turns_sign_off_on_or_off(seed, editor_client, chief_client):
    paper = Publication.objects.get()
    url = reverse("admin:articles_publication_change", args=[paper.pk])
    editor_client.post(url, {**form_data(editor_client.get(url)), "review_required": "on"})
    paper.refresh_from_db()
    assert not paper.review_required
    chief_client.post(url, {**form_data(chief_client.get(url)), "review_required": "on"})
    paper.refresh_from_db()
    assert paper.review_required


def test_without_review_an_editor_publishes_drafts_as_before(seed_with_a2, editor_client):
    issue = Issue.objects.get()
    publish_issue(editor_client, issue)
    assert Issue.objects.get().status == Status.PUBLISHED
    assert {a.status for a in Article.objects.all()} == {Status.PUBLISHED}


def test_a_spreadsheet_cannot_publish_what_the_form_may_not(review, editor, chief):
    from articles.spreadsheets.stories import ArticleResource

    ds = ArticleResource().export()
    rows = [list(r) for r in ds]
    rows[0][ds.headers.index("状态")] = "已发布"
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    result = ArticleResource().import_data(ds, dry_run=False, user=editor)
    assert result.has_validation_errors()
    assert "您不能把稿件改为“已发布”" in str(result.invalid_rows[0].error_dict)
    assert Article.objects.filter(status=Status.PUBLISHED).count() == 0

    rows[0][ds.headers.index("状态")] = "已签发"
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    result = ArticleResource().import_data(ds, dry_run=False, user=chief)
    assert not result.has_validation_errors()
    signed = Article.objects.get(status=Status.SIGNED_OFF)
    assert signed.signed_off_by == chief


def test_an_editor_reverting_a_signed_off_story_sends_it_back_to_review(
    review, editor, editor_client, chief_client
):
    story = Article.objects.get(position=2, page__label="A1")
    printed = story.headline
    run(editor_client, "submit_selected", [story])
    run(chief_client, "sign_off_selected", [story])
    signed = Article.objects.get(pk=story.pk).history.first()  # signed off, printed headline
    change = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(chief_client.get(change))
    assert chief_client.post(change, {**data, "headline": "总编辑改的标题"}).status_code == 302
    assert Article.objects.get(pk=story.pk).status == Status.SIGNED_OFF

    address = reverse("admin:articles_article_simple_history", args=[story.pk, signed.pk])
    page = editor_client.get(address)
    html = editor_client.post(address, {**form_data(page), "_save": "1"}, follow=True)
    story.refresh_from_db()
    assert story.headline == printed  # the text came back ...
    assert story.status == Status.REVIEW and story.signed_off_by is None  # ... unsigned
    assert "重新签发" in html.content.decode()


def test_reverting_never_restores_a_recorded_state(review, editor):
    from articles.editing import story_revert
    from articles.signoff import revert_status

    story = Article.objects.get(position=2, page__label="A1")
    story.status = Status.PUBLISHED
    story.save()  # a history record in the published state
    published = story.history.first()
    story.status = Status.DRAFT
    story.save()
    report = story_revert(article=story, record=published, user=editor, status_rule=revert_status)
    story.refresh_from_db()
    assert story.status == Status.DRAFT  # a revert restores content, not the state
    assert report.status_note == ""


def test_signing_off_names_each_story_left_as_it_was_and_its_state(review, chief_client):
    stories = list(Article.objects.order_by("pk"))
    first = stories[0]
    run(chief_client, "sign_off_selected", [first])
    html = run(chief_client, "sign_off_selected", stories).content.decode()
    assert f"已签发 {len(stories) - 1} 篇稿件" in html
    assert (
        f"1 篇未改动，签发不适用于它们现在的状态：“{first.name_for_editors()}”（已签发）。" in html
    )
