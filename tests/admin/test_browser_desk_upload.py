"""The editor's morning, continued, in a real browser (Debian's Chromium via Playwright): the
issue is out, and A2 arrives late.

The editor uploads it but types the paper with one traditional character (南通日報): the preview
warns that a new paper would be made and offers 南通日报 in one click. The preview then says what
readers will see at once (the continuations, into stories already public) and what would stay a
draft (the new story on A2); one click imports and publishes it. One A1 story's continuation is
not on this A2: a reader sees that story stop at the printed （下转A2版）, a link to A2. The page
form fits a 1366-pixel screen. Screenshots go to test-output/screenshots/.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connections

from articles.models import Article, Issue, Publication, Status
from articles.publishing import issue_publish
from tests.admin.conftest import JUMPS
from tests.browser import SCREENSHOTS, desk_login, fill_upload
from tests.factories import import_seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEW_STORY = """

市民公园今起延长开放时间

本报讯（记者王小明）为方便市民夏季夜间休闲，市区多个公园自今日起将闭园时间推迟至晚上十点。市园林部门表示，夜间将增加巡查人员和照明设施，保障游园安全。
"""
UNFINISHED = "推进重点工程和重大项目不断取得新突破"


@pytest.fixture
def published_front_page(transactional_db, tmp_path):
    """A1 published (its four jumps still open), the demo editor, and the late A2 file: three
    of the four continuations and a new story."""
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    call_command("create_demo_editor", stdout=StringIO())
    text = (
        (JUMPS / "A2.txt").read_text(encoding="utf-8").split("重点工程指挥部半年工作讲评会召开")[0]
    )
    late = tmp_path / "A2.txt"
    late.write_text(text.rstrip() + NEW_STORY, encoding="utf-8")
    return late


def test_a_late_page_with_a_paper_typo(live_server, published_front_page, browser):
    try:
        late_page(live_server, browser, published_front_page)
    finally:
        connections.close_all()  # see test_browser.py: Playwright's loop opens a connection


def late_page(live_server, browser, late_file):
    context, page = desk_login(browser, live_server)

    def shot(name):
        page.screenshot(path=str(SCREENSHOTS / f"late-page-{name}.png"), full_page=True)

    # Upload with a typo in the paper: warned, the closest paper offered.
    fill_upload(page, live_server, str(late_file), paper="南通日報", issue_date="2020-07-09")
    page.wait_for_selector("#new-paper-warning")
    warning = page.inner_text("#new-paper-warning")
    assert "没有名为“南通日報”的报纸" in warning and "最接近的已有报纸是“南通日报”" in warning
    shot("01-paper-typo-warned")

    # One click: the same pages, into 南通日报; told what readers will see.
    page.click("#use-paper-form button[name=use_paper]")
    page.wait_for_selector("#upload-note")
    assert page.locator("#new-paper-warning").count() == 0
    visibility = page.inner_text(".preview-visibility")
    assert "已发布：导入后读者立即看到" in visibility
    assert "1 篇新稿件仍是草稿，读者看不到：“市民公园今起延长开放时间”" in visibility
    shot("02-what-becomes-public")

    # Import and publish the new story in one click.
    page.click("#confirm-publish")
    page.wait_for_selector(".messagelist")
    assert "本次一并发布了 1 篇新稿件" in page.inner_text(".messagelist")
    shot("03-imported-and-published")
    assert Publication.objects.count() == 1
    assert Article.objects.get(headline="市民公园今起延长开放时间").status == Status.PUBLISHED

    # The page form (A1: stories, a photo, teasers) fits the screen.
    a1, a2 = Issue.objects.get().pages.order_by("sequence")
    page.goto(f"{live_server.url}/admin/articles/page/{a1.pk}/change/")
    page.wait_for_selector("#page_form")
    width = page.evaluate("document.documentElement.scrollWidth")
    shot("04-page-form")
    assert width <= 1366, f"the page form is {width} px wide"

    # A reader meets the story whose continuation A2 did not carry.
    story = Article.objects.get(headline__startswith=UNFINISHED)
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    marker = page.locator(".body .unfinished")
    assert "（下转A2版）" in marker.inner_text()  # as printed, the link on its page's words
    link = marker.locator("a")
    assert link.inner_text() == "A2版"
    assert link.get_attribute("href").startswith(a2.get_absolute_url())
    shot("05-reader-unfinished-story")
    context.close()
