"""Sign-off and scheduled publishing in a real browser (Debian's Chromium via Playwright).

On a paper that requires sign-off, the editor submits the night's stories for review and cannot
publish; the chief editor, who sees that the editor has a story open (edit lock), signs them off
and sets the issue to publish at a time; readers get a 404 until then; at that time cron's
``publish_scheduled`` runs (the clock is moved there) and the issue and its feed are public.
Screenshots go to test-output/screenshots/signoff-*.png.
"""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connections
from django.utils import timezone

from articles.models import Article, Issue, Publication, Status
from tests.admin.conftest import JUMPS
from tests.browser import SCREENSHOTS, desk_login
from tests.factories import SEED, import_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def review_paper(transactional_db):
    """The seed edition (A1 and its A2, chains whole) on a paper that requires sign-off, the
    demo editor and chief editor; written before the browser starts."""
    import_text(SEED.read_text(encoding="utf-8"), "A1")
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    Publication.objects.update(review_required=True)
    call_command("create_demo_editor", stdout=StringIO())


def test_submit_sign_off_schedule_and_see_it_appear(
    live_server, review_paper, browser, monkeypatch
):
    try:
        the_night(live_server, browser, monkeypatch)
    finally:
        connections.close_all()


def run_action_on_all(page, live_server, action):
    page.goto(f"{live_server.url}/admin/articles/article/")
    page.check("#action-toggle")
    page.select_option("select[name=action]", action)
    page.click("button[name=index]")


def shot(page, name):
    page.screenshot(path=str(SCREENSHOTS / f"signoff-{name}.png"), full_page=True)


def the_night(live_server, browser, monkeypatch):
    issue = Issue.objects.get()
    story = Article.objects.get(page__label="A1", position=1)
    editor_context, editor = desk_login(browser, live_server, "editor", "editor-demo-2020")

    # The editor submits every story for review; publishing is a chief editor's.
    run_action_on_all(editor, live_server, "submit_selected")
    editor.wait_for_selector(".messagelist")
    assert "已提交待审" in editor.inner_text(".messagelist")
    assert set(Article.objects.values_list("status", flat=True)) == {Status.REVIEW}
    shot(editor, "01-submitted")
    editor.goto(f"{live_server.url}/admin/articles/issue/{issue.pk}/publish/")
    assert editor.locator("#publish-form").count() == 0  # no button: who publishes instead
    assert "只有总编辑" in editor.inner_text("#publish-refused")
    shot(editor, "02-editor-cannot-publish")
    editor.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")  # left open

    # The chief editor sees who has a story open, and signs everything off.
    chief_context, chief = desk_login(browser, live_server, "chief", "chief-demo-2020")
    chief.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    assert "editor 正在编辑（自" in chief.inner_text("#edit-locks")
    shot(chief, "03-edit-lock")
    run_action_on_all(chief, live_server, "sign_off_selected")
    chief.wait_for_selector(".messagelist .success")
    assert "已签发" in chief.inner_text(".messagelist")
    assert set(Article.objects.values_list("status", flat=True)) == {Status.SIGNED_OFF}
    assert "chief ·" in chief.inner_text("#result_list")
    shot(chief, "04-signed-off")

    # … and schedules the issue for a time an hour from now.
    at = timezone.localtime() + timedelta(hours=1)
    typed = at.strftime("%Y-%m-%dT%H:%M")
    chief.goto(f"{live_server.url}/admin/articles/issue/{issue.pk}/change/")
    chief.click("text=发布本期")
    chief.wait_for_selector("#publish-form")
    assert "所有稿件均已签发" in chief.inner_text("#signoff-state")
    chief.fill("#id_publish_at", typed)
    shot(chief, "05-schedule")
    chief.click("#publish-form input[type=submit]")
    chief.wait_for_selector(".messagelist .success")
    assert "自动发布" in chief.inner_text(".messagelist")
    shot(chief, "06-scheduled")

    # Readers: nothing yet.
    reader = browser.new_context(locale="zh-CN").new_page()
    assert reader.goto(f"{live_server.url}{issue.get_absolute_url()}").status == 404
    feed = f"{live_server.url}/{issue.publication.slug}/feed.xml"
    assert story.headline not in reader.goto(feed).text()

    # Cron runs at that minute: the issue goes public, pages and feed alike.
    due = at.replace(second=0, microsecond=0)
    monkeypatch.setattr(timezone, "now", lambda: due)
    out = StringIO()
    call_command("publish_scheduled", stdout=out)
    assert "定时发布" in out.getvalue()
    response = reader.goto(f"{live_server.url}{issue.get_absolute_url()}")
    assert response.status == 200
    shot(reader, "07-public-issue")
    assert story.headline in reader.goto(feed).text()
    issue.refresh_from_db()
    assert issue.status == Status.PUBLISHED
    assert issue.history.first().history_user.username == "chief"
    for context in (editor_context, chief_context, reader.context):
        context.close()
