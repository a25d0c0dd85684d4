"""What a page PDF's text layer is: none, one that cannot be read, or one that can
(:func:`text_layer`; :attr:`articles.pdfpages.document.PageLayout.has_text` is the last).

Pure (no PDFium, no Django)."""

from __future__ import annotations

#: What a page's text layer is (:func:`text_layer`): none (a scan, text turned to outlines), one
#: that cannot be read, or one that can.
NO_TEXT, UNREADABLE, READABLE = "none", "unreadable", "readable"
#: The share of a text layer's printed characters that, when they are not characters at all,
#: makes it unreadable (:func:`text_layer`).
UNREADABLE_SHARE = 0.1


def text_layer(text: str) -> str:
    """What the characters ``text`` of a page's text layer (one code point each, as read) are:
    :data:`NO_TEXT` when all are spaces; :data:`UNREADABLE` when at least
    :data:`UNREADABLE_SHARE` of those not spaces are no characters: control characters, private
    use, format characters, code points Unicode does not assign, surrogates (Python's
    ``str.isprintable`` false) or U+FFFD; :data:`READABLE` otherwise.

    A PDF whose fonts have no ``/ToUnicode`` map (nor a standard encoding) gives PDFium only
    the glyphs' numbers, read as code points ``\x01\x02…``: such a layer prints the page's
    stories all the same, but none of them can be found on it (nor its text imported), so it
    is taken as a scan, not as another page's PDF. Measured on the builder's pages
    (``tests/pdfpages/builder.py``) with ``/ToUnicode`` taken out: 465 of 1,462 and 205 of 484
    characters (32 %, 42 %) are control characters (glyph numbers past 31 read as Latin letters
    and punctuation, which no rule can tell from text); with it, none of 1,589 and of 582. A
    real page's rare characters set in a private-use font are a few in thousands, far under
    the tenth."""
    printed = "".join(text.split())
    if not printed:
        return NO_TEXT
    if printed.isprintable() and "\ufffd" not in printed:  # (the common case, at C speed)
        return READABLE
    bad = sum(1 for ch in printed if ch == "\ufffd" or not ch.isprintable())
    return UNREADABLE if bad >= UNREADABLE_SHARE * len(printed) else READABLE
