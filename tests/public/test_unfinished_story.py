"""A story whose jump leads nowhere yet shows the printed marker where it stops: （下转A2版), a
link when A2 is public, plain text when A2 was never imported; the JSON says where it goes on;
the publish dialog tells editors exactly that."""

import re

import pytest

from articles.models import Article
from tests.factories import import_seed, import_text
from tests.public.conftest import DAY, PAPER, WORKS, publish_everything

pytestmark = pytest.mark.django_db
LATE_A2 = """A2  要闻

市民公园今起延长开放时间

本报讯（记者王小明）为方便市民夏季夜间休闲，市区多个公园自今日起将闭园时间推迟至晚上十点。市园林部门表示，夜间将增加巡查人员和照明设施，保障游园安全。
"""


@pytest.fixture
def only_a1(db):
    import_seed()
    publish_everything()
    return Article.objects.get(headline__startswith=WORKS.split()[0])


@pytest.fixture
def a2_without_the_continuation(db):
    import_seed()
    import_text(LATE_A2, "A2")
    publish_everything()
    return Article.objects.get(headline__startswith=WORKS.split()[0])


def body(html: str) -> str:
    return html.split('<div class="body">')[1].split("</div>")[0]


def test_story_stops_at_the_printed_marker_when_the_page_is_missing(client, only_a1):
    html = client.get(only_a1.get_absolute_url()).content.decode()
    text = body(html)
    assert "（下转A2版）" in text
    assert not re.search(r"<a [^>]*>（下转A2版）</a>", text)  # no page to link to


def test_the_marker_links_to_the_target_page_when_it_is_public(client, a2_without_the_continuation):
    html = client.get(a2_without_the_continuation.get_absolute_url()).content.decode()
    # as printed, its page words the link (the page's top: nothing there continues it yet)
    assert f'（下转<a href="/{PAPER}/{DAY}/A2/">A2版</a>）' in body(html)


def test_page_shows_the_marker_of_a_story_that_goes_on_nowhere_yet(client, only_a1):
    html = client.get(f"/{PAPER}/{DAY}/A1/").content.decode()
    assert html.count('<span class="jumpnote">（下转A2版）</span>') == 4


def test_json_says_where_an_unfinished_story_goes_on(client, only_a1):
    page = client.get(f"/{PAPER}/{DAY}/A1.json").json()
    story = next(s for s in page["stories"] if s["id"] == only_a1.pk)
    assert story["continued_on"] == "A2"
    article = client.get(f"/{PAPER}/{DAY}/article/{only_a1.pk}.json").json()
    assert article["continued_on"] == "A2"


def test_a_finished_story_has_no_marker(client, only_a1):
    lead = Article.objects.get(position=1)
    html = client.get(lead.get_absolute_url()).content.decode()
    assert "下转" not in body(html)
    assert client.get(f"/{PAPER}/{DAY}/article/{lead.pk}.json").json()["continued_on"] == ""


def test_publish_dialog_says_what_readers_will_see(admin_client, only_a1):
    from articles.models import Issue

    html = admin_client.get(
        f"/admin/articles/issue/{Issue.objects.get().pk}/publish/"
    ).content.decode()
    assert "目标版面已导入时它是链接，尚未导入时只是文字" in html
