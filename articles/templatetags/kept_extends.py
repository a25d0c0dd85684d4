"""``{% extends %}`` as Django's, except that the blocks of the template at the root of the
chain (``base.html``) are found once per compiled template rather than on every render.

Django's ``ExtendsNode`` walks every node of the root template for its ``{% block %}``s each
time a page that extends it renders (``get_nodes_by_type``: about 16 µs for ``base.html``, a
fiftieth of an issue page without the page cache). A compiled template never changes (a
template edited in development is compiled again: a new object, with its own entry), so its
blocks are kept beside it (:func:`root_blocks`, weakly: a template dropped by the loader drops
them). Loaded for every template as a builtin (``TEMPLATES["OPTIONS"]["builtins"]`` in
``newsroom/settings/base.py``), where it takes the place of Django's tag; what it renders,
and every error it raises, are Django's.
"""

from __future__ import annotations

import weakref

from django import template
from django.template.base import Template, TextNode
from django.template.loader_tags import (
    BLOCK_CONTEXT_KEY,
    BlockContext,
    BlockNode,
    ExtendsNode,
    do_extends,
)

register = template.Library()

_NOT_ROOT: dict = {}  # stands for "the template extends another": no blocks of its own to add
_root_blocks: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def root_blocks(compiled: Template) -> dict[str, BlockNode] | None:
    """``{name: block}`` of ``compiled`` if it extends no other template (the root of the
    chain, as Django's ``ExtendsNode.render`` decides it: the first node that is not text is
    not an ``{% extends %}``), else None; worked out once per compiled template."""
    found = _root_blocks.get(compiled)
    if found is None:
        found = _NOT_ROOT
        for node in compiled.nodelist:
            if not isinstance(node, TextNode):
                if not isinstance(node, ExtendsNode):
                    found = {n.name: n for n in compiled.nodelist.get_nodes_by_type(BlockNode)}
                break
        _root_blocks[compiled] = found
    return None if found is _NOT_ROOT else found


class KeptExtendsNode(ExtendsNode):
    """Django's ``ExtendsNode`` with the root template's blocks from :func:`root_blocks`."""

    def render(self, context):
        compiled_parent = self.get_parent(context)
        if BLOCK_CONTEXT_KEY not in context.render_context:
            context.render_context[BLOCK_CONTEXT_KEY] = BlockContext()
        block_context = context.render_context[BLOCK_CONTEXT_KEY]
        block_context.add_blocks(self.blocks)
        blocks = root_blocks(compiled_parent)
        if blocks is not None:
            block_context.add_blocks(blocks)
        with context.render_context.push_state(compiled_parent, isolated_context=False):
            return compiled_parent._render(context)


@register.tag("extends")
def kept_extends(parser, token):
    """``{% extends "base.html" %}``: parsed by Django's tag, rendered by
    :class:`KeptExtendsNode`."""
    node = do_extends(parser, token)
    node.__class__ = KeptExtendsNode
    return node
