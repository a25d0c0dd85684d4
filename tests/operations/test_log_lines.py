"""The site's log lines carry time, level, logger and the request's address, method and path;
a request naming a wrong host is one warning line, not a 14-line DisallowedHost traceback (the
sysadmin review of 2026-12-06)."""

from __future__ import annotations

import io
import logging
import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
STAMP = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}"


@pytest.fixture
def console():
    """What the settings' console handler writes, while the test runs."""
    (handler,) = [h for h in logging.getLogger().handlers if type(h) is logging.StreamHandler]
    stream = io.StringIO()
    old = handler.setStream(stream)
    yield stream
    handler.setStream(old)


def test_a_not_found_line_has_time_level_logger_and_the_clients_address(console):
    Client(REMOTE_ADDR="203.0.113.9").get("/no/such/page/at/all/")
    line = console.getvalue().strip().splitlines()[-1]
    assert re.match(STAMP + r" WARNING django\.request \[203\.0\.113\.9 GET /no/such/page", line)


def test_a_wrong_host_is_one_warning_line(console):
    response = Client(REMOTE_ADDR="198.51.100.7").get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    lines = [x for x in console.getvalue().splitlines() if "DisallowedHost" in x or "evil" in x]
    assert len(lines) == 1, console.getvalue()
    assert re.match(
        STAMP + r" WARNING django\.security\.DisallowedHost \[198\.51\.100\.7 ", lines[0]
    )
    assert "Traceback" not in console.getvalue()


def test_a_line_without_a_request_says_so():
    (handler,) = [h for h in logging.getLogger().handlers if type(h) is logging.StreamHandler]
    record = logging.LogRecord("django_tasks_db", logging.INFO, __file__, 1, "Task done", (), None)
    handler.filter(record)
    assert re.match(STAMP + r" INFO django_tasks_db \[-\] Task done$", handler.format(record))
