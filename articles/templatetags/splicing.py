"""Template tags for a page whose parts change one at a time (``{% load splicing %}``): a loop
whose text for each item is remembered by that item's key (``{% remembered_each %}``), and the
one block of a whole page its view may render alone and put back into the rest of the page's
text (``{% spliced %}``, :class:`articles.views.base.RememberedPageResponse`). Both remember
their text as ``{% remembered %}`` does (:mod:`articles.templatetags.epaper`)."""

import weakref
from functools import partial

from django import template
from django.template.loader_tags import BlockNode, ExtendsNode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from articles import addresses
from articles.templatetags.epaper import (
    _LANGUAGE,
    _PLAIN,
    RememberedNode,
    next_number,
    remember,
)

register = template.Library()


# --- {% remembered_each %} -------------------------------------------------------------


class RememberedEachNode(template.Node):
    child_nodelists = ("nodelist_loop", "nodelist_empty")

    def __init__(self, loopvar: str, sequence, keys, nodelist_loop, nodelist_empty):
        self.loopvar = loopvar
        self.sequence = sequence
        self.keys = keys
        self.nodelist_loop = nodelist_loop
        self.nodelist_empty = nodelist_empty
        self.number = next_number()

    def render(self, context):
        if "forloop" in context:
            raise template.TemplateSyntaxError("{% remembered_each %} cannot be inside a loop")
        items = self.sequence.resolve(context, ignore_failures=True) or ()
        keys = self.keys.resolve(context)
        if not isinstance(keys, tuple) or len(keys) != len(items):
            raise template.TemplateSyntaxError(
                "{% remembered_each %} takes a tuple of keys, one for each item"
            )
        if not items:
            with context.push():
                return self.nodelist_empty.render(context)
        for key in keys:
            if not isinstance(key, _PLAIN):
                raise template.TemplateSyntaxError(
                    f"{{% remembered_each %}} takes plain values (text, numbers, dates), not {key!r}"
                )
        spoken = context.render_context.get(_LANGUAGE)
        if spoken is None:
            spoken = context.render_context[_LANGUAGE] = get_language()
        lead, count = (self.number, addresses.mounted(), spoken), len(items)
        return mark_safe(
            "".join(
                [
                    remember((*lead, key, i, count), partial(self.render_one, context, item, i))
                    for i, (item, key) in enumerate(zip(items, keys, strict=True))
                ]
            )
        )

    def render_one(self, context, item, i: int) -> str:
        """The loop's text for ``item``, the ``i``-th of its items, as ``{% for %}`` renders
        it."""
        count = len(self.keys.resolve(context))
        loop = {
            "parentloop": {},
            "counter0": i,
            "counter": i + 1,
            "revcounter": count - i,
            "revcounter0": count - i - 1,
            "first": i == 0,
            "last": i == count - 1,
        }
        with context.push(**{self.loopvar: item, "forloop": loop}):
            return "".join([node.render_annotated(context) for node in self.nodelist_loop])


@register.tag
def remembered_each(parser, token):
    """``{% remembered_each item in items keys %}…{% empty %}…{% endremembered_each %}``:
    ``{% for item in items %}`` (the same text, ``forloop`` too) whose text for each item is
    rendered once per process for each of its values: ``keys``, a tuple of plain values
    (text, numbers, dates, tuples of them) with one key for each item that names *everything*
    the loop's text for that item reads besides ``forloop`` (the item's place among
    ``items`` is added). For a long list of which one item changes at a time (a page's stories:
    an edit renders one story's block, each other is looked up). Not inside another loop
    (TemplateSyntaxError when rendered); no ``{% block %}`` inside."""
    bits = token.split_contents()
    if len(bits) != 5 or bits[2] != "in":
        raise template.TemplateSyntaxError("{% remembered_each item in items keys %}")
    sequence, keys = parser.compile_filter(bits[3]), parser.compile_filter(bits[4])
    nodelist_loop = parser.parse(("empty", "endremembered_each"))
    if parser.next_token().contents == "empty":
        nodelist_empty = parser.parse(("endremembered_each",))
        parser.delete_first_token()
    else:
        nodelist_empty = template.NodeList()
    for nodelist in (nodelist_loop, nodelist_empty):
        if nodelist.get_nodes_by_type(BlockNode):
            raise template.TemplateSyntaxError("{% block %} cannot be inside {% remembered_each %}")
    return RememberedEachNode(bits[1], sequence, keys, nodelist_loop, nodelist_empty)


# --- {% spliced %} ---------------------------------------------------------------------


class SplicedNode(RememberedNode):
    """A ``{% remembered %}`` block that is also the hole of its page's frame
    (:func:`spliced_node`)."""


@register.tag
def spliced(parser, token):
    """``{% spliced value … %}…{% endspliced %}``: ``{% remembered %}`` (the same text, keyed
    the same way), and the one part of a whole page (``{% extends … remembered %}``) that its
    view may render alone and put back into the rest of the page's text, kept apart by the
    values of everything else the page shows
    (:class:`articles.views.base.RememberedPageResponse`): for a page's most changeable part
    (a page's stories: an edit to one changes no other part of the page). At most one in a
    page, rendered once with the page's own context: inside blocks and ``{% remembered %}``
    blocks only (no loop, condition or ``{% with %}`` around it), else the view renders the
    page in full each time (:func:`spliced_node` gives None)."""
    keys = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endspliced",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(BlockNode):
        raise template.TemplateSyntaxError("{% block %} cannot be inside {% spliced %}")
    return SplicedNode(nodelist, keys)


#: What the walk for a page's spliced block enters: nodes rendered once, with the page's own
#: context (a ``{% block %}`` pushes a context holding ``block`` only).
_ONCE = (ExtendsNode, BlockNode, RememberedNode)
_spliced_nodes: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def spliced_node(compiled) -> SplicedNode | None:
    """The ``{% spliced %}`` block of the compiled template ``compiled`` (a
    :class:`django.template.base.Template`) when it has exactly one, rendered once with the
    page's context (reached through ``{% extends %}``, ``{% block %}`` and
    ``{% remembered %}`` only), else None. Found once per compiled template."""
    try:
        return _spliced_nodes[compiled]
    except KeyError:
        pass
    found, anywhere = [], []
    _walk(compiled.nodelist, found, anywhere, once=True)
    node = found[0] if len(found) == 1 and len(anywhere) == 1 else None
    _spliced_nodes[compiled] = node
    return node


def _walk(nodelist, found: list, anywhere: list, once: bool) -> None:
    for node in nodelist:
        if isinstance(node, SplicedNode):
            anywhere.append(node)
            if once:
                found.append(node)
        inner = once and isinstance(node, _ONCE)
        for name in {"nodelist", *node.child_nodelists}:
            child = getattr(node, name, None)
            if child is not None:
                _walk(child, found, anywhere, inner)


def render_spliced(node: SplicedNode, compiled, values: dict) -> str:
    """The text of the spliced block ``node`` of ``compiled`` for a page's context ``values``
    (its view's context data) without rendering the page: as the page renders it (the
    remembered text, else its nodes rendered with those values)."""
    context = template.Context(values, autoescape=compiled.engine.autoescape)
    with context.bind_template(compiled):
        return node.render(context)
