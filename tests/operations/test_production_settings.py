"""Production's HSTS flags come from the environment, and the health check is exempt from the
HTTPS redirect (a plain-HTTP probe from the proxy's host)."""

from __future__ import annotations

from tests.test_settings import manage, production

SHOW = (
    "from django.conf import settings as s; "
    "print(s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD, s.SECURE_REDIRECT_EXEMPT)"
)


def test_hsts_subdomains_and_preload_are_on_by_default_and_can_be_turned_off():
    on = manage("shell", "-v", "0", "-c", SHOW, **production())
    assert on.stdout.split()[:2] == ["True", "True"], on.stderr
    off = manage(
        "shell",
        "-v",
        "0",
        "-c",
        SHOW,
        **production(SECURE_HSTS_INCLUDE_SUBDOMAINS="0", SECURE_HSTS_PRELOAD="0"),
    )
    assert off.stdout.split()[:2] == ["False", "False"], off.stderr


def test_the_health_check_is_not_redirected_to_https():
    assert "^healthz$" in manage("shell", "-v", "0", "-c", SHOW, **production()).stdout
