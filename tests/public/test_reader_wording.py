"""What readers read is for readers: Chinese error pages (also with DEBUG off), a 订阅 page that
explains the feeds instead of raw XML, the paper's name on pages of no paper, 头版 among the
sections, no developer wording in the footer."""

import pytest
from django.test import RequestFactory, override_settings
from django.views.defaults import server_error

from tests.factories import import_seed
from tests.public.conftest import PAPER, publish_everything

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_published(db):
    import_seed()
    publish_everything()


def test_server_error_page_is_in_chinese():
    response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "网站出了故障" in html and "Server Error" not in html


@override_settings(DEBUG=False)
def test_not_found_is_in_chinese_with_debug_off(client, seed_published):
    response = client.get(f"/{PAPER}/2020-07-10/")
    assert response.status_code == 404
    assert "找不到这个页面" in response.content.decode()


def test_subscribe_opens_a_page_that_explains_the_feeds(client, seed_published):
    home = client.get(f"/{PAPER}/").content.decode()
    assert f'<a class="feed-link" href="/{PAPER}/feeds/">订阅</a>' in home
    page = client.get(f"/{PAPER}/feeds/")
    html = page.content.decode()
    assert page.status_code == 200 and page["Content-Type"].startswith("text/html")
    assert "新闻阅读器" in html
    assert f'href="/{PAPER}/feed.xml"' in html
    assert f'href="/{PAPER}/sections/%E5%A4%B4%E7%89%88/feed.xml"' in html  # 头版
    assert client.get(f"/{PAPER}/sections/头版/feed.xml").status_code == 200


def test_footer_has_no_developer_wording(client, seed_published):
    html = client.get(f"/{PAPER}/").content.decode()
    assert "无需脚本" not in html and "Atom 订阅" not in html


@pytest.mark.parametrize("url", ["/search/?q=项目", "/people/"])
def test_pages_of_no_paper_name_the_sites_paper(client, seed_published, url):
    html = client.get(url).content.decode()
    nameplate = html.split('<div class="nameplate">')[1].split("</div>")[0]
    assert "南通日报" in nameplate and "数字报" not in nameplate


def test_sections_list_the_front_page_that_prints_no_section_name(client, seed_published):
    html = client.get(f"/{PAPER}/sections/").content.decode()
    assert "暂无" not in html and ">头版</a>" in html
    section = client.get(f"/{PAPER}/sections/头版/").content.decode()
    assert "以重大项目支撑 南通高质量发展走在前列" in section
