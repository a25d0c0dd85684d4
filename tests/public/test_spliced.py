"""A page whose stories changed and nothing else is its stories' text put into the rest of the
page as it was last rendered (``{% spliced %}``, its frame: ``RememberedPageResponse``), each
story's block rendered once per process for what it shows (``{% remembered_each %}``): byte for
byte what Django renders, and a change to anything else on the page renders it in full."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.template import Context, Engine, TemplateSyntaxError

from articles.models import Article, Page
from articles.templatetags import epaper, splicing
from tests.public.conftest import PARTY, WORKS
from tests.public.test_whole_page import A1_URL, served

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _nothing_remembered(monkeypatch):
    monkeypatch.setattr(epaper, "_remembered", {})
    monkeypatch.setattr(epaper, "_pages", {})
    monkeypatch.setattr(epaper, "_remembered_size", [0])  # and the budgets' counts
    monkeypatch.setattr(epaper, "_pages_size", [0])


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


def as_django_renders(client) -> bytes:
    """The page as Django renders it in full (the test client watches templates render, so
    nothing is remembered whole or spliced)."""
    cache.clear()
    return client.get(A1_URL, HTTP_HOST="127.0.0.1").content


@pytest.mark.parametrize(
    "change",
    [
        {"headline": "拼入版面的新题"},
        {"kicker": "新引题", "subheadline": "新副题"},
        {"byline": "本报记者 拼入"},
    ],
    ids=["headline", "deck", "byline"],
)
def test_a_story_edited_is_put_into_its_pages_frame_as_django_renders_it(
    client, edition, renders, change
):
    served(A1_URL)
    Article.objects.filter(pk=edition.article(PARTY).pk).update(**change)
    cache.clear()
    renders.clear()
    spliced = served(A1_URL)
    assert renders == []  # the template was not rendered: the stories put into the frame
    assert spliced == as_django_renders(client)
    assert next(iter(change.values())).split()[-1] in spliced.decode()


def test_two_stories_edited_one_after_the_other_show_both(client, edition, renders):
    served(A1_URL)
    Article.objects.filter(pk=edition.article(PARTY).pk).update(headline="第一篇新题")
    cache.clear()
    served(A1_URL)
    Article.objects.filter(pk=edition.article(WORKS).pk).update(headline="第二篇新题")
    cache.clear()
    renders.clear()
    page = served(A1_URL)
    assert renders == []
    assert "第一篇新题" in page.decode() and "第二篇新题" in page.decode()
    assert page == as_django_renders(client)


def test_a_change_outside_the_stories_renders_the_page_in_full(client, edition, renders):
    served(A1_URL)
    Page.objects.filter(pk=edition.a2.pk).update(section="新版名")  # A1's tabs name A2
    cache.clear()
    renders.clear()
    page = served(A1_URL)
    assert renders == ["articles/page_detail.html"]
    assert "新版名" in page.decode()
    assert page == as_django_renders(client)


def engine(templates: dict[str, str]) -> Engine:
    return Engine(
        loaders=[("django.template.loaders.locmem.Loader", templates)],
        libraries={
            "epaper": "articles.templatetags.epaper",
            "splicing": "articles.templatetags.splicing",
        },
        builtins=["articles.templatetags.kept_extends"],
    )


LOOP = (
    "{% load splicing %}[{% remembered_each item in items keys %}{{ forloop.counter0 }}/"
    "{{ forloop.revcounter }}{% if forloop.first %}F{% endif %}{% if forloop.last %}L{% endif %}"
    ":{{ item }};{% empty %}none{% endremembered_each %}]"
)
FOR = (
    "[{% for item in items %}{{ forloop.counter0 }}/{{ forloop.revcounter }}"
    "{% if forloop.first %}F{% endif %}{% if forloop.last %}L{% endif %}:{{ item }};"
    "{% empty %}none{% endfor %}]"
)


class Counted:
    """A value that counts how many times it is shown."""

    def __init__(self, text: str, shown: list):
        self.text, self.shown = text, shown

    def __str__(self):
        self.shown.append(self.text)
        return self.text


def test_remembered_each_renders_as_for_and_each_item_once_for_its_key():
    templates = engine({"loop.html": LOOP, "for.html": FOR})
    loop, plain = templates.get_template("loop.html"), templates.get_template("for.html")
    shown: list[str] = []
    items = [Counted(text, shown) for text in ("a", "b<", "c")]
    context = {"items": items, "keys": ("a", "b<", "c")}
    assert loop.render(Context(context)) == plain.render(Context(context))
    assert loop.render(Context({"items": [], "keys": ()})) == "[none]"
    shown.clear()
    # The second item changed: only it is rendered again.
    items[1] = Counted("B", shown)
    context = {"items": items, "keys": ("a", "B", "c")}
    assert loop.render(Context(context)) == "[0/3F:a;1/2:B;2/1L:c;]"
    assert shown == ["B"]


@pytest.mark.parametrize(
    "context",
    [
        {"items": ["a"], "keys": ("a", "b")},  # a key for each item
        {"items": ["a"], "keys": [("a",)]},  # a tuple
        {"items": ["a"], "keys": (object(),)},  # of plain values
    ],
)
def test_remembered_each_takes_a_plain_key_for_each_item(context):
    with pytest.raises(TemplateSyntaxError):
        engine({"loop.html": LOOP}).get_template("loop.html").render(Context(context))


def test_a_page_has_a_frame_only_with_one_spliced_block_rendered_once():
    def spliced(text: str):
        templates = engine({"base.html": "<{% block b %}{% endblock %}>", "page.html": text})
        return splicing.spliced_node(templates.get_template("page.html"))

    assert spliced(
        '{% extends "base.html" %}{% load epaper splicing %}{% block b %}{% remembered x %}'
        "{% spliced y %}{{ y }}{% endspliced %}{% endremembered %}{% endblock %}"
    )
    assert not spliced(  # in a loop: rendered once for each item, not once
        '{% extends "base.html" %}{% load epaper splicing %}{% block b %}{% for i in x %}'
        "{% spliced y %}{{ y }}{% endspliced %}{% endfor %}{% endblock %}"
    )
    assert not spliced(  # two
        '{% extends "base.html" %}{% load epaper splicing %}{% block b %}{% spliced y %}{{ y }}{% endspliced %}'
        "{% spliced z %}{{ z }}{% endspliced %}{% endblock %}"
    )
    assert not spliced('{% extends "base.html" %}{% block b %}{% endblock %}')  # none
