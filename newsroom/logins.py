"""The desk's login attempt limit (django-axes) and the client's address the limit and the logs
use.

After ``AXES_FAILURE_LIMIT`` wrong passwords for one user name from one address the login is
refused for ``AXES_COOLOFF_TIME`` (``newsroom/settings/logins.py``), with a page in the desk's
look saying until when (:func:`locked_out`); a wrong password during the pause starts it again.
An admin unlocks at once with ``python manage.py axes_reset_username NAME`` (README, "Logging
in").

Each successful desk login and logout is one INFO line of the site's log (:func:`logged_in`,
:func:`logged_out`), beside axes' line for each failure: ``2026-12-07T08:02:11+0800 INFO
newsroom.logins [203.0.113.9 POST /admin/login/] 登录成功：editor``. No table of them is kept
(axes' access log stays off: README, "Logging in", says why)."""

from __future__ import annotations

import logging
from datetime import timedelta

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)


def client_address(request) -> str | None:
    """The address of whoever sent ``request``: the header the proxy in front of the site sets
    (``NEWSROOM_CLIENT_IP_HEADER``, e.g. ``X-Real-IP``, its last value if it holds a list), else
    the connection's own (``REMOTE_ADDR``). Without a proxy leave the setting empty: a header
    the client sends itself would let it pick any address."""
    header = getattr(settings, "NEWSROOM_CLIENT_IP_HEADER", "")
    if header:
        key = "HTTP_" + header.upper().replace("-", "_")
        given = request.META.get(key, "").split(",")[-1].strip()
        if given:
            return given
    return request.META.get("REMOTE_ADDR") or None


class LoginAttemptsBackend(AxesStandaloneBackend):
    """Axes' check, first in ``AUTHENTICATION_BACKENDS``: a web login (Django's and the desk's
    login forms pass the request) is refused while its user name and address are locked out.
    A login with no request (a script, the test client's ``login()``) has no address to count
    and is not checked here; axes would refuse it outright."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def locked_out(request, original_response=None, credentials=None):
    """``AXES_LOCKOUT_CALLABLE``: the page a locked-out login gets (status 429), in the desk's
    look, saying until when the login is paused and how to get in sooner."""
    from axes.helpers import get_client_username, get_cool_off

    from newsroom.errors import desk_error

    username = get_client_username(request, credentials) or ""
    pause = get_cool_off(request) or timedelta()
    until = timezone.localtime(timezone.now() + pause)
    minutes = int(pause.total_seconds() // 60)
    message = (
        f"用户名“{username}”从这个网络地址连续 {settings.AXES_FAILURE_LIMIT} 次密码错误，"
        f"为防止有人猜密码，这个用户名从这里登录已暂停 {minutes} 分钟，"
        f"请在 {until:%H:%M} 以后再试（暂停期间再输错会重新计时）。"
        "忘记密码或急需登录，请联系管理员解锁或重设密码。"
    )
    return desk_error(request, title="登录已暂停", message=message, status=429)


def logged_in(sender, request, user, **kwargs):
    """``user_logged_in`` receiver: one INFO line naming the user; the line's context gives the
    time, the client's address (:func:`client_address`) and the login's path. A login without
    an HTTP request (a script; the test client's ``login()``, whose request has no method) has
    nothing to log."""
    if request is not None and request.method:
        logger.info("登录成功：%s", user.get_username(), extra={"request": request})


def logged_out(sender, request, user, **kwargs):
    """``user_logged_out`` receiver: one INFO line naming the user who logged out (a logout of
    no one, an expired session's, is not logged)."""
    if request is not None and request.method and user is not None:
        logger.info("退出登录：%s", user.get_username(), extra={"request": request})
