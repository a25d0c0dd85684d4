"""``{% jump_marker marker verb label page position %}``: a continuation marker as printed,
its page words linked to the part it leads to (:mod:`articles.jumpmarkers`)."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.jumpmarkers import marker_pieces, misprinted_note

register = template.Library()


@register.simple_tag
def jump_marker(marker, verb: str, label, page=None, position=None) -> SafeString:
    """``marker`` as printed (``（下轉第二版）``), its page words a link to ``page`` at the
    part's place on it (``#story-<position>``, the page's anchor for the part: the reader
    lands on the part, not the top of the page); the page's top without a ``position``; no
    link without a ``page``. Without a printed marker (a story an editor joined, or parts in
    print order with no marker printed): ``（<verb><label>版）``, as the page's own note. A
    marker printed with another page than the one it leads to (``（下转第三版）`` continued on
    page 2, a misprint) is shown as printed, then ``〔实为第2版〕`` (:func:`misprinted_note`),
    the link titled with both."""
    text = marker or f"（{verb}{label}版）"
    if page is None:
        return escape(text)
    before, words, after = marker_pieces(text)
    url = page.get_absolute_url() + (f"#story-{position}" if position else "")
    note = misprinted_note(words, page.label)
    if not note:
        link = f'<a href="{escape(url)}">{escape(words)}</a>'
        return mark_safe(f"{escape(before)}{link}{escape(after)}")
    title = f"印的是{words}，{note}"
    link = f'<a href="{escape(url)}" title="{escape(title)}">{escape(words)}</a>'
    fix = f'<span class="jump-fix">〔{escape(note)}〕</span>'
    return mark_safe(f"{escape(before)}{link}{escape(after)}{fix}")
