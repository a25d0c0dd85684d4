"""``{% inline %}`` (articles/templatetags/epaper.py): an ``{% include %}`` of a constant name
whose nodes are taken in when the including template is compiled (issue 18: an include cost
~15 µs a page even when its text was remembered). It renders what the include renders."""

from __future__ import annotations

import pytest
from django.template import Context, Engine, TemplateSyntaxError

PARTS = {
    "part.html": "{% load epaper %}<b>{{ name }}</b>{% firstof name as shown %}{{ shown }}\n",
    "extends.html": '{% extends "part.html" %}',
    "blocks.html": "{% block x %}x{% endblock %}",
}


def engine(**templates: str) -> Engine:
    return Engine(
        loaders=[("django.template.loaders.locmem.Loader", {**PARTS, **templates})],
        libraries={"epaper": "articles.templatetags.epaper"},
    )


def render(source: str, **context) -> str:
    return engine(page=source).get_template("page").render(Context(context))


def test_it_renders_what_the_include_renders():
    context = {"name": "<张三>"}
    for args in ("", " with name='李四'"):
        inlined = render(
            '{% load epaper %}{% inline "part.html"' + args + " %}|{{ shown }}", **context
        )
        included = render('{% include "part.html"' + args + " %}|{{ shown }}", **context)
        assert inlined == included
    assert inlined == "<b>李四</b>李四\n|"  # escaped as the include does; names it sets stay inside


def test_in_a_loop_each_round_gets_its_own_values():
    source = '{% load epaper %}{% for name in names %}{% inline "part.html" %}{% endfor %}'
    assert render(source, names=["甲", "乙"]) == "<b>甲</b>甲\n<b>乙</b>乙\n"


@pytest.mark.parametrize(
    "tag",
    [
        "{% inline part.html %}",
        '{% inline "part.html" name="x" %}',
        '{% inline "part.html" with %}',
        '{% inline "part.html" with name %}',
        '{% inline "extends.html" %}',
        '{% inline "blocks.html" %}',
    ],
)
def test_what_it_cannot_take_in_is_refused_when_compiled(tag):
    with pytest.raises(TemplateSyntaxError):
        render("{% load epaper %}" + tag)
