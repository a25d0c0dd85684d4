"""The scheme and host a reader asked for, which every remembered page's key holds, is worked
out once a request."""

from __future__ import annotations

from django.test import RequestFactory

from articles.views.base import reader_root


def test_the_readers_root_is_the_absolute_address_of_the_site_worked_out_once():
    request = RequestFactory().get("/x/", HTTP_HOST="testserver")
    asked = []
    real = request.build_absolute_uri
    request.build_absolute_uri = lambda path=None: asked.append(path) or real(path)
    assert reader_root(request) == "http://testserver/"
    assert reader_root(request) == "http://testserver/"
    assert asked == ["/"]


def test_each_request_has_its_own_root():
    factory = RequestFactory()
    assert reader_root(factory.get("/", HTTP_HOST="localhost")) == "http://localhost/"
    assert reader_root(factory.get("/", HTTP_HOST="127.0.0.1", secure=True)) == "https://127.0.0.1/"
