"""A page's stories and photos in print order, and an issue's page cards, are each remembered
as one fragment (``{% remembered %}``, issue 18) keyed by every story block's, photo's and
card's own values in order: a repeat render resolves none of the blocks inside, and a change
to the order (a photo moved ahead of the lead story) or to one block shows at once. base.html's remembered blocks are not walked for ``{% block %}``s on
each render, since none may be inside one."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.template import Context, Engine, Template, TemplateSyntaxError

from articles.models import Article, ArticlePart, Photo
from articles.templatetags import epaper
from tests.public.conftest import DAY, ISSUE_URL, PAPER, PARTY

A1_URL = f"/{PAPER}/{DAY}/A1/"


@pytest.fixture
def resolved(monkeypatch):
    """The ``{% remembered %}`` blocks rendered, by the text of their first value."""
    seen: list[str] = []
    render = epaper.RememberedNode.render
    monkeypatch.setattr(epaper, "_remembered", {})  # nothing remembered by earlier tests
    monkeypatch.setattr(epaper, "_pages", {})
    monkeypatch.setattr(epaper, "_remembered_size", [0])  # and the budgets' counts
    monkeypatch.setattr(epaper, "_pages_size", [0])

    def counted(node, context):
        seen.append(node.keys[0].token if node.keys else "")
        return render(node, context)

    monkeypatch.setattr(epaper.RememberedNode, "render", counted)
    return seen


def test_a_pages_story_blocks_are_not_resolved_again_on_a_repeat_render(client, edition, resolved):
    first = client.get(A1_URL).content
    assert "printed_shown" in resolved
    cache.clear()
    resolved.clear()
    assert client.get(A1_URL).content == first
    # The whole page is one fragment (``{% extends … remembered page_shown %}``, its key
    # worked out by the view): nothing inside it is resolved again, neither its body's key
    # nor the list of stories', a story's, a photo's or the masthead's.
    assert resolved == []


def test_the_issues_cards_are_not_resolved_again_on_a_repeat_render(client, edition, resolved):
    first = client.get(ISSUE_URL).content
    assert "page|card_key" in resolved
    cache.clear()
    resolved.clear()
    assert client.get(ISSUE_URL).content == first
    # The whole page is one fragment too (``page_shown``, which holds the cards' key).
    assert resolved == []


def leads(html: str) -> list[str]:
    """The ids of the page's blocks marked as its lead."""
    return [chunk.split('"')[2] for chunk in html.split('class="story lead"')[1:]]


def test_a_photo_moved_ahead_of_every_story_takes_the_lead_from_the_first_story(client, edition):
    before = client.get(A1_URL).content.decode()
    assert len(leads(before)) == 1  # the first story
    first = min(ArticlePart.objects.filter(page=edition.a1).values_list("position", flat=True))
    Photo.objects.filter(page=edition.a1).update(position=first - 1)
    cache.clear()
    after = client.get(A1_URL).content.decode()
    assert leads(after) == []
    assert after.index('class="photo"') < after.index('<article class="story')


def test_a_story_edited_on_its_page_shows_at_once_inside_the_whole_fragment(client, edition):
    client.get(A1_URL)
    Article.objects.filter(pk=edition.article(PARTY).pk).update(headline="整块之内的新题")
    cache.clear()
    assert "整块之内的新题" in client.get(A1_URL).content.decode()


def test_a_block_inside_a_remembered_one_is_refused():
    # a child template's text for the block would be remembered for every other child too
    with pytest.raises(TemplateSyntaxError, match="cannot be inside"):
        Template("{% load epaper %}{% remembered %}{% block b %}x{% endblock %}{% endremembered %}")


def test_a_child_template_still_fills_the_blocks_around_remembered_ones():
    engine = Engine(
        loaders=[
            (
                "django.template.loaders.locmem.Loader",
                {
                    "parent.html": "{% load epaper %}{% remembered %}<h>{% endremembered %}"
                    "{% block body %}parent{% endblock %}",
                    "child.html": '{% extends "parent.html" %}{% block body %}child{% endblock %}',
                },
            )
        ],
        libraries={"epaper": "articles.templatetags.epaper"},
    )
    assert engine.get_template("child.html").render(Context()) == "<h>child"
