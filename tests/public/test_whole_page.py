"""A page with ``{% extends "base.html" remembered … %}`` is rendered once per process for each
set of values it shows (its view's ``page_shown``), the reader's scheme and host, the URLconf
and language (issue 18): a repeat render resolves none of its fragments, and whatever it shows
that changes shows at once."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.template import Context, Engine, TemplateSyntaxError

from articles.models import Article, Issue
from articles.templatetags import epaper
from tests.public.conftest import DAY, ISSUE_URL, PAPER, PARTY

A1_URL = f"/{PAPER}/{DAY}/A1/"


@pytest.fixture(autouse=True)
def _nothing_remembered(monkeypatch):
    monkeypatch.setattr(epaper, "_remembered", {})
    monkeypatch.setattr(epaper, "_pages", {})
    monkeypatch.setattr(epaper, "_remembered_size", [0])  # and the budgets' counts
    monkeypatch.setattr(epaper, "_pages_size", [0])


def engine(templates: dict[str, str]) -> Engine:
    return Engine(
        loaders=[("django.template.loaders.locmem.Loader", templates)],
        libraries={"epaper": "articles.templatetags.epaper"},
        builtins=["articles.templatetags.kept_extends"],
    )


def test_a_remembered_page_is_rendered_once_for_each_set_of_values():
    counted = []

    class Counter:
        def __str__(self):
            counted.append(1)
            return "n"

    pages = engine(
        {
            "base.html": "<{% block b %}{% endblock %}|{{ counter }}>",
            "child.html": '{% extends "base.html" remembered shown %}{% block b %}{{ shown }}'
            "{% endblock %}",
        }
    ).get_template("child.html")
    assert pages.render(Context({"shown": "a", "counter": Counter()})) == "<a|n>"
    assert pages.render(Context({"shown": "a", "counter": Counter()})) == "<a|n>"
    assert len(counted) == 1  # the second render was the remembered text
    assert pages.render(Context({"shown": "b", "counter": Counter()})) == "<b|n>"
    assert len(counted) == 2


def test_a_remembered_page_names_what_it_shows():
    templates = engine({"base.html": "{% block b %}{% endblock %}"})
    for text in (
        '{% extends "base.html" remembered %}',  # no value
        "{% extends parent remembered shown %}",  # the parent would be one more value
    ):
        with pytest.raises(TemplateSyntaxError):
            templates.from_string(text)
    with pytest.raises(TemplateSyntaxError, match="plain values"):
        templates.from_string('{% extends "base.html" remembered shown %}').render(
            Context({"shown": object()})
        )


def test_a_page_is_remembered_for_the_host_the_reader_asked_for(client, edition):
    first = client.get(A1_URL, HTTP_HOST="127.0.0.1").content.decode()
    cache.clear()
    other = client.get(A1_URL, HTTP_HOST="localhost").content.decode()
    assert f'<link rel="canonical" href="http://127.0.0.1{A1_URL}">' in first
    assert f'<link rel="canonical" href="http://localhost{A1_URL}">' in other


def test_an_issue_number_changed_shows_on_its_page_at_once(client, edition):
    assert "第99期" not in client.get(A1_URL).content.decode()
    Issue.objects.filter(pk=edition.issue.pk).update(number=99)
    cache.clear()
    assert "第99期" in client.get(A1_URL).content.decode()  # the masthead's


def test_a_story_retitled_shows_on_its_issue_page_at_once(client, edition):
    client.get(ISSUE_URL)
    Article.objects.filter(pk=edition.article(PARTY).pk).update(headline="整页之内的新题")
    cache.clear()
    assert "整页之内的新题" in client.get(ISSUE_URL).content.decode()  # a page card's


def test_the_issue_page_is_remembered_whole(client, edition, monkeypatch):
    first = client.get(ISSUE_URL).content
    resolved = []
    render = epaper.RememberedNode.render
    monkeypatch.setattr(
        epaper.RememberedNode,
        "render",
        lambda node, context: resolved.append(1) or render(node, context),
    )
    cache.clear()
    assert client.get(ISSUE_URL).content == first and resolved == []


def served(path: str, host: str = "127.0.0.1") -> bytes:
    """The body Django's WSGI handler serves for ``path``, with nothing watching templates
    render (no test client)."""
    import io
    import sys

    from django.core.handlers.wsgi import WSGIHandler

    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path.encode().decode("latin-1"),
        "QUERY_STRING": "",
        "SERVER_NAME": host,
        "SERVER_PORT": "80",
        "HTTP_HOST": host,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
    }
    status = []
    # As the test client does: the test's transaction keeps its connection between requests.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = WSGIHandler()(environ, lambda s, h, exc_info=None: status.append(s))
        try:
            assert status[0].startswith("200"), status
            return b"".join(body)
        finally:
            body.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def renders(monkeypatch):
    """The templates rendered by Django, by name."""
    from django.template.backends.django import Template

    seen: list[str] = []
    render = Template.render
    monkeypatch.setattr(
        Template, "render", lambda t, *a, **k: seen.append(t.template.name) or render(t, *a, **k)
    )
    return seen


@pytest.mark.parametrize("url", [A1_URL, ISSUE_URL, "story"])
def test_a_page_served_again_is_its_remembered_body(client, edition, renders, url):
    url = edition.url(PARTY) if url == "story" else url
    first = served(url)
    assert first == client.get(url, HTTP_HOST="127.0.0.1").content  # as Django renders it
    renders.clear()
    cache.clear()
    assert served(url) == first and renders == []  # no template rendered, nothing encoded


def test_a_page_remembered_whole_shows_an_edit_at_once(edition, renders):
    served(A1_URL)
    Article.objects.filter(pk=edition.article(PARTY).pk).update(headline="整页记住后的新题")
    cache.clear()
    assert "整页记住后的新题" in served(A1_URL).decode()
    # Only its stories changed: they are put into the page's frame, the template not rendered
    # again (tests/public/test_spliced.py).
    assert renders == ["articles/page_detail.html"]


def test_a_page_remembered_whole_is_remembered_for_each_host(edition):
    assert f"http://127.0.0.1{A1_URL}" in served(A1_URL).decode()
    cache.clear()
    assert f"http://localhost{A1_URL}" in served(A1_URL, host="localhost").decode()


def test_pages_render_as_django_renders_them_while_templates_are_watched(client, edition, renders):
    for _ in range(2):
        response = client.get(A1_URL)
        cache.clear()
        assert response.context["page"].label == "A1"  # the test client sees the context
    assert renders == ["articles/page_detail.html"] * 2


def test_a_story_page_remembered_whole_shows_a_neighbours_edit_at_once(edition, renders):
    story = edition.article(PARTY)
    before = served(story.get_absolute_url()).decode()
    neighbours = Article.objects.filter(page=story.page).exclude(pk=story.pk)
    neighbour = min(neighbours, key=lambda other: abs(other.position - story.position))
    assert neighbour.title in before  # 上一篇/下一篇
    Article.objects.filter(pk=neighbour.pk).update(headline="邻篇的新题", kicker="", subheadline="")
    cache.clear()
    assert "邻篇的新题" in served(story.get_absolute_url()).decode()


def test_whole_pages_are_held_apart_from_the_fragments_every_page_shares(edition, monkeypatch):
    monkeypatch.setattr(epaper, "REMEMBERED_PAGES", 1)
    served(A1_URL)
    fragments = dict(epaper._remembered)
    assert len(epaper._pages) == 1 and fragments
    # Held once: by the response, encoded, not by the template's {% extends … remembered %}.
    assert all(isinstance(page, bytes) for page in epaper._pages.values())
    cache.clear()
    served(ISSUE_URL)  # one page too many: the pages start again, the fragments stay
    assert len(epaper._pages) == 1
    assert fragments.items() <= epaper._remembered.items()
