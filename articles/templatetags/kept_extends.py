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

``{% extends "base.html" remembered value … %}``: the whole page (the parent with the child's
blocks) is a ``{% remembered %}`` fragment, rendered once per process for each set of values
(plain values, as for ``{% remembered %}``), the URLconf, script prefix and language, and the
scheme and host the reader asked for (``{% absolute %}`` links). The values must name
everything the page shows; a public page's are its fragments' keys, which its view works out
(``page_shown``). What it saves: Django's walk of the parent's blocks and nodes, each block's
fragment looked up, the masthead's and footer's tags (≈ a tenth of a page without the page
cache).
"""

from __future__ import annotations

import weakref

from django import template
from django.template.base import Template, TextNode, Token
from django.template.loader_tags import (
    BLOCK_CONTEXT_KEY,
    BlockContext,
    BlockNode,
    ExtendsNode,
    do_extends,
)

from articles import mastheads
from articles.templatetags import epaper

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


#: A context value (no template can name it) saying that the caller remembers the whole page
#: itself (:class:`articles.views.base.RememberedPageResponse`): rendered, not held twice.
WHOLE_PAGE_HELD = "_whole_page_held"


class KeptExtendsNode(ExtendsNode):
    """Django's ``ExtendsNode`` with the root template's blocks from :func:`root_blocks`, and
    the whole page remembered when the tag names values (``remembered``: compiled filter
    expressions, see the module docstring)."""

    remembered: tuple = ()
    number = -1

    def render(self, context):
        if not self.remembered or context.get(WHOLE_PAGE_HELD):
            return self.render_whole(context)
        request = context.get("request")
        host = request.build_absolute_uri("/") if request is not None else None
        return epaper.remembered_text(
            self.number,
            context,
            self.remembered,
            lambda: self.render_whole(context),
            (host, mastheads.papers_for(request)),  # (every page's nav lists the papers)
            whole=True,
        )

    def render_whole(self, context):
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
    """``{% extends "base.html" [remembered value …] %}``: parsed by Django's tag, rendered by
    :class:`KeptExtendsNode` (the values: see the module docstring)."""
    bits = token.split_contents()
    remembered = ()
    if len(bits) > 2 and bits[2] == "remembered":
        remembered = tuple(parser.compile_filter(bit) for bit in bits[3:])
        if not remembered:
            raise template.TemplateSyntaxError(
                "{% extends … remembered %} takes the values the page shows"
            )
        token = Token(token.token_type, " ".join(bits[:2]), token.position, token.lineno)
    node = do_extends(parser, token)
    node.__class__ = KeptExtendsNode
    if remembered and not (isinstance(node.parent_name.var, str) and not node.parent_name.filters):
        # A parent named by a variable would be one more value the page shows.
        raise template.TemplateSyntaxError("{% extends … remembered %} takes a quoted name")
    if remembered:
        node.remembered = remembered
        node.number = epaper.next_number()
    return node
