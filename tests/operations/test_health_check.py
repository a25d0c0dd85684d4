"""``/healthz`` for load balancers and monitors, and a database outage as a 503 page rather
than a 500 (the sysadmin review of 2026-12-06: no health URL; an outage was "网站出了故障")."""

from __future__ import annotations

import pytest
from django.db import OperationalError, connections
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthz_is_ok_while_the_database_answers(django_assert_num_queries):
    with django_assert_num_queries(1):
        response = Client().get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"] and not response.cookies


def test_healthz_is_503_when_the_database_does_not_answer(monkeypatch, caplog):
    def refused():
        raise OperationalError("connection to server at 10.0.0.5, port 5432 failed: refused")

    monkeypatch.setattr(connections["default"], "cursor", refused)
    response = Client().get("/healthz")
    assert response.status_code == 503 and b"database unavailable" in response.content
    assert "port 5432 failed" in caplog.text


def test_healthz_reads_no_cache(monkeypatch):
    from django.core.cache import cache

    def no(*args, **kwargs):
        raise AssertionError("the health check read the cache")

    monkeypatch.setattr(cache, "get", no)
    monkeypatch.setattr(cache, "get_many", no)
    assert Client().get("/healthz").status_code == 200


def test_healthz_answers_only_reads():
    assert Client().post("/healthz").status_code == 405


def get_new_connection():
    """Where Django opens a connection (newsroom.dbcheck.is_connection_failure looks for it)."""
    raise OperationalError('connection to server at "db" failed: Connection refused')


def test_a_database_outage_is_a_503_page_saying_to_retry(rf):
    from newsroom.errors import server_error

    try:
        get_new_connection()
    except OperationalError:
        response = server_error(rf.get("/"))
    html = response.content.decode()
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "数据库暂时连不上" in html and "刷新重试" in html


def test_any_other_failure_is_still_the_500_page(rf):
    from newsroom.errors import server_error

    try:
        raise OperationalError("division by zero")
    except OperationalError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500 and "网站出了故障" in response.content.decode()


def test_a_page_whose_database_is_down_is_the_503(monkeypatch):
    from articles import views

    monkeypatch.setattr(
        views.LatestIssueView, "get", lambda self, request, **kw: get_new_connection()
    )
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 503 and "数据库暂时连不上" in response.content.decode()
