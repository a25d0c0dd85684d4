"""``{% jump_marker marker verb label page position %}``: a continuation marker as printed,
its page words linked to the part it leads to (:mod:`articles.jumpmarkers`)."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.jumpmarkers import marker_pieces

register = template.Library()


@register.simple_tag
def jump_marker(marker, verb: str, label, page=None, position=None) -> SafeString:
    """``marker`` as printed (``（下轉第二版）``), its page words a link to ``page`` at the
    part's place on it (``#story-<position>``, the page's anchor for the part: the reader
    lands on the part, not the top of the page); the page's top without a ``position``; no
    link without a ``page``. Without a printed marker (a story an editor joined, or parts in
    print order with no marker printed): ``（<verb><label>版）``, as the page's own note."""
    text = marker or f"（{verb}{label}版）"
    if page is None:
        return escape(text)
    before, words, after = marker_pieces(text)
    url = page.get_absolute_url() + (f"#story-{position}" if position else "")
    return mark_safe(f'{escape(before)}<a href="{escape(url)}">{escape(words)}</a>{escape(after)}')
