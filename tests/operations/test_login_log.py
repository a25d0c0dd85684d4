"""Each successful desk login and logout is one line of the site's log, naming the user, the
client's address and the time, as a failed login already was (the sysadmin review of
2026-12-06: "successful logins and logouts are not logged"); the desk's user list says when
each user last logged in."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.operations.test_log_lines import STAMP, console  # noqa: F401  (the fixture)

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def chief(db):
    return get_user_model().objects.create_user(
        "chief", password="right-pw", is_staff=True, is_superuser=True
    )


def _lines(console, word: str) -> list[str]:  # noqa: F811
    return [line for line in console.getvalue().splitlines() if word in line]


def test_a_login_and_a_logout_are_each_one_line_with_user_address_and_time(chief, console):  # noqa: F811
    client = Client(REMOTE_ADDR="203.0.113.9")
    answer = client.post(LOGIN, {"username": "chief", "password": "right-pw", "next": "/admin/"})
    assert answer.status_code == 302
    client.post("/admin/logout/")

    (login,) = _lines(console, "登录成功")
    (logout,) = _lines(console, "退出登录")
    assert re.fullmatch(
        STAMP + r" INFO newsroom\.logins \[203\.0\.113\.9 POST /admin/login/\] 登录成功：chief",
        login,
    )
    assert re.fullmatch(
        STAMP + r" INFO newsroom\.logins \[203\.0\.113\.9 POST /admin/logout/\] 退出登录：chief",
        logout,
    )


def test_the_proxys_address_is_the_one_logged(chief, console, settings):  # noqa: F811
    settings.NEWSROOM_CLIENT_IP_HEADER = "X-Real-IP"
    client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="198.51.100.4")
    client.post(LOGIN, {"username": "chief", "password": "right-pw", "next": "/admin/"})

    (login,) = _lines(console, "登录成功")
    assert "[198.51.100.4 POST /admin/login/]" in login


def test_a_wrong_password_is_no_login_line(chief, console):  # noqa: F811
    Client(REMOTE_ADDR="10.0.0.1").post(LOGIN, {"username": "chief", "password": "wrong"})
    assert not _lines(console, "登录成功")


def test_the_user_list_says_when_each_user_last_logged_in(chief):
    client = Client()
    client.post(LOGIN, {"username": "chief", "password": "right-pw", "next": "/admin/"})
    page = client.get("/admin/auth/user/").content.decode()
    assert "上次登录" in page
    chief.refresh_from_db()
    assert chief.last_login is not None
