"""{% extends %} that finds the root template's blocks once per compiled template
(articles/templatetags/kept_extends.py): the same text as Django's, whatever the chain."""

from __future__ import annotations

import pytest
from django.template import Context, Engine, TemplateSyntaxError
from django.template.base import NodeList
from django.template.loader_tags import BlockNode

from articles.templatetags.kept_extends import KeptExtendsNode

TEMPLATES = {
    "root.html": "<t>{% block title %}根{% endblock %}</t>{% if x %}<b>{% block body %}"
    "正文{% endblock %}</b>{% endif %}{% for i in items %}{% block row %}行{% endblock %}"
    "{% endfor %}",
    "middle.html": '{% extends "root.html" %}{% block title %}中·{{ block.super }}{% endblock %}'
    "{% block body %}中间{% block inner %}内{% endblock %}{% endblock %}",
    "leaf.html": '{% extends "middle.html" %}{% block inner %}叶{{ block.super }}{% endblock %}'
    "{% block row %}{{ i }}{% endblock %}",
    "direct.html": '{% extends "root.html" %}{% block body %}直接{% endblock %}',
    "twice.html": '{% extends "root.html" %}{% extends "root.html" %}',
}


def engine(kept: bool) -> Engine:
    builtins = ["articles.templatetags.kept_extends"] if kept else []
    locmem = ("django.template.loaders.locmem.Loader", TEMPLATES)
    # Compiled once, as the site's templates are (the cached loader).
    return Engine(loaders=[("django.template.loaders.cached.Loader", [locmem])], builtins=builtins)


@pytest.mark.parametrize("name", ["leaf.html", "middle.html", "direct.html"])
def test_a_page_renders_as_with_djangos_extends(name):
    context = {"x": True, "items": [1, 2]}
    kept, django = engine(True), engine(False)
    assert isinstance(kept.get_template(name).nodelist[0], KeptExtendsNode)
    for _ in range(2):  # the second time from the kept blocks
        assert kept.get_template(name).render(Context(context)) == django.get_template(name).render(
            Context(context)
        )


def test_the_root_templates_blocks_are_found_once(monkeypatch):
    kept = engine(True)
    kept.get_template("leaf.html").render(Context({"x": True}))
    walks = []
    original = NodeList.get_nodes_by_type
    monkeypatch.setattr(
        NodeList,
        "get_nodes_by_type",
        lambda self, nodetype: walks.append(nodetype) or original(self, nodetype),
    )
    for _ in range(3):
        assert "叶内" in kept.get_template("leaf.html").render(Context({"x": True}))
    assert BlockNode not in walks


def test_its_errors_are_djangos():
    with pytest.raises(TemplateSyntaxError, match="cannot appear more than once"):
        engine(True).get_template("twice.html")
