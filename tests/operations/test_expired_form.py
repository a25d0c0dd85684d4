"""An expired form (no valid CSRF token) says so in Chinese, in the desk's look, that nothing
was saved and how to redo it without losing the typing; a POST or DELETE to a public page is
that page's 405 in the site's look. Before, both were Django's bare "403 Forbidden … CSRF验证失败"
page (found by the sysadmin review of 2026-12-06)."""

from __future__ import annotations

import pytest
from django.test import Client

from articles.models import Page

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"


@pytest.fixture
def strict_client(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    return client


def test_an_expired_desk_form_says_nothing_was_saved_and_how_to_redo_it(strict_client):
    fields = {
        "paper": "南通日报",
        "issue_date": "2020-07-09",
        "page": "A1",
        "text": "标题\n\n正文。",
    }
    response = strict_client.post(UPLOAD, fields, HTTP_REFERER="http://testserver" + UPLOAD)
    html = response.content.decode()
    assert response.status_code == 403
    assert "表单已过期" in html and "没有保存" in html and "后退" in html and "刷新" in html
    assert "报刊编辑系统" in html and "返回上一页" in html  # the desk's header, the way back
    assert "CSRF" not in html and "Forbidden" not in html
    assert Page.objects.count() == 0


def test_an_expired_login_form_is_said_in_the_desks_look():
    response = Client(enforce_csrf_checks=True).post(
        "/admin/login/", {"username": "x", "password": "y"}
    )
    html = response.content.decode()
    assert response.status_code == 403 and "表单已过期" in html and "CSRF" not in html
    assert "报刊编辑系统" in html  # the desk's header, not the e-paper's masthead


@pytest.mark.parametrize("method", ["post", "delete", "put"])
def test_a_form_sent_to_a_public_page_is_its_405(method):
    response = getattr(Client(enforce_csrf_checks=True), method)("/")
    html = response.content.decode()
    assert response.status_code == 405
    assert "只供阅读" in html and "数字报" in html  # the site's page, its masthead
    assert "GET" in response["Allow"] and "CSRF" not in html


def test_a_public_pages_405_with_a_valid_token_is_the_sites_page_too():
    response = Client().post("/")  # the test client skips the CSRF check: the view's own 405
    assert response.status_code == 405 and "只供阅读" in response.content.decode()


def test_a_refused_form_to_a_public_function_views_address_is_its_405(rf):
    from newsroom.errors import csrf_failure

    response = csrf_failure(rf.post("/media/pages/x.pdf"), reason="CSRF cookie not set.")
    assert response.status_code == 405 and "CSRF" not in response.content.decode()
