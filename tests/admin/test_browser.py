"""The editor's morning, in a real browser (Debian's Chromium, headless, via Playwright).

Overnight the A2 page arrived with the 千企联千村 continuation printed twice, so that story's
jump is ambiguous. In the morning the editor logs in (the desk's home shows
the edition at a glance), uploads the front page, checks the preview and confirms, fixes a
headline, edits a body and a headline by mistake and reverts the story to the fixed version (both
come back), picks the right continuation, publishes the issue — acknowledging the one leftover
continuation — and finally undoes the import of the overnight A2 page. Screenshots go to
test-output/screenshots/.
"""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections

from articles.models import Article, Issue, Jump, JumpState, Page, Status
from tests.browser import SCREENSHOTS, desk_login
from tests.factories import SEED, import_text

OVERNIGHT_A2 = Path(__file__).parent / "data" / "A2-overnight.txt"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def overnight(transactional_db):
    """The A2 page that arrived overnight, and the demo editor; written before the browser
    starts, on the test's own database connection."""
    import_text(OVERNIGHT_A2.read_text(encoding="utf-8"), "A2")
    call_command("create_demo_editor", stdout=StringIO())


def test_the_editors_morning(live_server, overnight, browser):
    try:
        the_morning(live_server, browser)
    finally:
        # The checks below read the database while Playwright's event loop runs, which opens a
        # connection of their own; close it, or it outlives the test database on PostgreSQL.
        connections.close_all()


def the_morning(live_server, browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
    context.set_default_timeout(15_000)
    page = context.new_page()
    shot = _Shots(page)

    # Log in.
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "editor-demo-2020")
    shot("01-login")
    page.click("input[type=submit]")
    page.wait_for_selector("text=编辑部")
    assert "A1" in page.inner_text("#desk-issues .desk-missing")  # only A2 came overnight
    shot("01b-desk-home")

    # Upload the front page: preview first, nothing written yet.
    page.goto(f"{live_server.url}/admin/articles/page/")
    page.click("text=导入版面文件")
    page.set_input_files("#id_files", str(SEED))
    page.fill("#id_paper", "南通日报")
    page.fill("#id_issue_date", "2020-07-09")
    page.click("input[name=preview]")
    page.wait_for_selector("#upload-preview")
    assert "将新建；5 篇稿件、1 张图片、2 条导读" in page.inner_text("#upload-preview")
    assert "有歧义" in page.inner_text("#upload-preview")
    assert not Article.objects.filter(page__label="A1").exists()
    shot("02-upload-preview")
    page.click("input[name=confirm]")
    page.wait_for_selector("text=新建；5 篇稿件")
    assert Article.objects.filter(page__label="A1").count() == 5
    shot("03-imported-issue")

    # Fix a headline found by searching for a name in the body.
    page.goto(f"{live_server.url}/admin/articles/article/")
    page.fill("#searchbar", "徐惠民")
    page.press("#searchbar", "Enter")
    page.wait_for_selector("text=2 条结果")
    page.click("a:has-text('以重大项目支撑')")
    page.fill("#id_headline", "以重大项目支撑南通高质量发展")
    shot("04-edit-headline")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    story = Article.objects.get(page__label="A1", position=1)
    assert story.headline == "以重大项目支撑南通高质量发展" and story.is_edited
    revert_a_wrong_edit(page, live_server, story, shot)

    # Resolve the ambiguous jump: pick the continuation that belongs to the story.
    page.goto(f"{live_server.url}/admin/articles/article/?jump=ambiguous")
    page.click("a:has-text('千企联千村')")
    page.click("text=处理有歧义的转版")
    page.wait_for_selector("#jump-fix-form")
    shot("05-ambiguous-jump")
    first_candidate = page.locator("tr.candidate input[type=radio]").first
    first_candidate.check()
    page.click("button[value=link]")
    page.wait_for_selector("text=已接续")
    jump = Jump.objects.get(part__article__page__label="A1", part__position=4, direction="forward")
    assert jump.state == JumpState.MANUAL
    shot("06-jump-resolved")

    # Publish: refused while a continuation is left over, then acknowledged.
    issue = Issue.objects.get()
    page.goto(f"{live_server.url}/admin/articles/issue/{issue.pk}/change/")
    page.click("text=发布本期")
    page.wait_for_selector("#publish-form")
    page.click("#publish-form input[type=submit]")
    page.wait_for_selector(".errornote")
    assert "未发布" in page.inner_text(".errornote")
    page.check("#id_acknowledge_broken")
    shot("07-publish")
    page.click("#publish-form input[type=submit]")
    page.wait_for_selector("text=已发布")
    shot("08-published")
    issue.refresh_from_db()
    assert issue.status == Status.PUBLISHED
    assert set(issue.articles.values_list("status", flat=True)) == {Status.PUBLISHED}

    # Readers see it.
    response = page.goto(f"{live_server.url}{issue.get_absolute_url()}")
    assert response.status == 200
    shot("09-public-issue")

    undo_the_overnight_page(page, live_server, shot)
    context.close()


def revert_a_wrong_edit(page, live_server, story, shot):
    """Edit the body and the headline by mistake, then revert the story to the version before:
    both come back."""
    part = story.parts.get()
    good_body = part.blocks
    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    page.fill("#id_headline", "改错了的标题")
    body = page.input_value("#id_parts-0-blocks")
    page.fill("#id_parts-0-blocks", body.replace("。", "！", 1))
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    part.refresh_from_db()
    assert part.blocks != good_body

    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/history/")
    page.wait_for_selector("#change-history")
    changes = page.inner_text("#change-history tr.story-version >> nth=0")
    assert "改错了的标题" in changes and "正文第1段" in changes
    shot("04b-story-history")
    page.click("#change-history tr.story-version >> nth=1 >> text=查看 / 恢复到此版本")
    page.wait_for_selector("#revert-form")
    assert "改错了的标题" in page.inner_text("#revert-changes")
    shot("04c-story-version")
    page.click("#revert-form input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    story.refresh_from_db()
    part.refresh_from_db()
    assert story.headline == "以重大项目支撑南通高质量发展" and part.blocks == good_body
    shot("04d-story-reverted")


def undo_the_overnight_page(page, live_server, shot):
    """The overnight A2 was the wrong file: undo its import. The front page's stories stay,
    their jumps wait for A2 again."""
    a2 = Page.objects.get(label="A2")
    page.goto(f"{live_server.url}/admin/articles/page/{a2.pk}/change/")
    page.click("text=撤销本版导入")
    page.wait_for_selector("#removal-form")
    assert "其他版面稿件在本版的续文" in page.inner_text("#removal-plan")
    shot("10-undo-import-confirm")
    page.click("#removal-form input[name=confirm]")
    page.wait_for_selector(".messagelist .success")
    assert "已撤销" in page.inner_text(".messagelist")
    shot("11-undo-import-done")
    assert not Page.objects.filter(label="A2").exists()
    assert Article.objects.filter(page__label="A1").count() == 5
    forward = Jump.objects.filter(direction="forward")
    assert {j.state for j in forward} == {JumpState.PENDING}


class _Shots:
    def __init__(self, page):
        self.page = page

    def __call__(self, name: str) -> None:
        self.page.screenshot(path=str(SCREENSHOTS / f"editors-morning-{name}.png"), full_page=True)


@pytest.fixture
def seeded(transactional_db):
    """The front page and the demo editor, written before the browser starts."""
    import_text(SEED.read_text(encoding="utf-8"), "A1")
    call_command("create_demo_editor", stdout=StringIO())


def test_a_stale_story_form_is_refused_in_the_browser_and_offers_the_fresh_one(
    live_server, seeded, browser
):
    """Open a story, re-import its page with a corrected headline meanwhile, save the old form:
    refused with 已被修改 (the correction stays), and the reload link opens the fresh form."""
    try:
        stale_form(live_server, browser)
    finally:
        connections.close_all()


def stale_form(live_server, browser):
    context, page = desk_login(browser, live_server)

    story = Article.objects.get(page__label="A1", position=4)
    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    page.wait_for_selector("#id_headline")
    page.fill("#id_subheadline", "编辑在旧表单里改的副题")

    corrected = SEED.read_text(encoding="utf-8").replace("集中签约", "签约")
    import_text(corrected, "A1")  # the page is re-imported while the form is open
    story.refresh_from_db()
    assert "集中签约" not in story.headline

    page.click("input[name=_save]")
    page.wait_for_selector(".errornote")
    assert "已被修改" in page.inner_text("#content")
    story.refresh_from_db()
    assert "集中签约" not in story.headline and not story.is_edited
    page.screenshot(path=str(SCREENSHOTS / "stale-form-refused.png"), full_page=True)

    page.click("#reload-fresh-form")
    page.wait_for_selector("#id_headline")
    assert "集中签约" not in page.input_value("#id_headline")
    assert page.input_value("#id_subheadline") != "编辑在旧表单里改的副题"
    page.fill("#id_subheadline", "编辑在新表单里改的副题")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    story.refresh_from_db()
    assert story.subheadline == "编辑在新表单里改的副题" and "集中签约" not in story.headline
    context.close()
