"""The desk's login stops answering wrong passwords after five for one user name from one
address: 40 wrong passwords in 19 s were each answered normally (the sysadmin review of
2026-12-06). The pause page is the desk's, in Chinese, and says until when."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def chief(db):
    return get_user_model().objects.create_user("chief", password="right-pw", is_staff=True)


def _try(password: str, address: str = "10.0.0.1", username: str = "chief"):
    client = Client(REMOTE_ADDR=address)
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


def test_the_fifth_wrong_password_pauses_the_login_even_for_the_right_one(chief):
    for _ in range(4):
        assert _try("wrong").status_code == 200  # the form again, "请输入正确的…"
    assert _try("wrong").status_code == 429
    response = _try("right-pw")
    html = response.content.decode()
    assert response.status_code == 429
    assert "登录已暂停" in html and "连续 5 次密码错误" in html and "15 分钟" in html
    assert re.search(r"请在 \d\d:\d\d 以后再试", html) and "报刊编辑系统" in html


def test_another_address_or_user_is_not_held_up(chief):
    get_user_model().objects.create_user("editor", password="editor-pw", is_staff=True)
    for _ in range(5):
        _try("wrong")
    assert _try("right-pw").status_code == 429
    assert _try("right-pw", address="10.0.0.2").status_code == 302  # logged in
    assert _try("editor-pw", username="editor").status_code == 302


def test_a_right_password_before_the_limit_clears_the_count(chief):
    for _ in range(4):
        _try("wrong")
    assert _try("right-pw").status_code == 302
    for _ in range(4):
        _try("wrong")
    assert _try("right-pw").status_code == 302


def test_an_admin_unlocks_a_user_at_once(chief):
    for _ in range(5):
        _try("wrong")
    assert _try("right-pw").status_code == 429
    call_command("axes_reset_username", "chief")
    assert _try("right-pw").status_code == 302


def test_the_proxys_header_names_the_address_when_set(chief, settings):
    settings.NEWSROOM_CLIENT_IP_HEADER = "X-Real-IP"
    for _ in range(5):
        Client(REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.9").post(
            LOGIN, {"username": "chief", "password": "wrong"}
        )
    same = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.9")
    assert same.post(LOGIN, {"username": "chief", "password": "right-pw"}).status_code == 429
    other = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.10")
    assert other.post(LOGIN, {"username": "chief", "password": "right-pw"}).status_code == 302


def test_the_test_clients_login_still_works(chief):
    assert Client().login(username="chief", password="right-pw")
