"""The digest of a page's text as it reads, whatever file it was saved in (``Page.text_digest``).

``Page.checksum`` is the SHA-256 of a file's bytes: the same page saved again by an editor's
tool (a UTF-8 BOM added, CRLF line ends instead of LF, re-encoded as GB18030/GBK or UTF-16) has
other bytes and another checksum. :func:`text_digest` is the SHA-256 of the page's decoded text
(``Page.raw_text``) normalised for matching only (:func:`matching_text`), so two saves of one
text share it and :mod:`articles.importing.samefile` can tell the same page imported into
another issue however it was saved. The raw text itself is kept as it came; this is never
shown nor parsed.

Pure (the standard library and :mod:`articles.parsing.lineends`), so that the migration that
fills the column for pages imported before it (``articles/migrations/0017``) computes it
exactly as the import does.
"""

from __future__ import annotations

import hashlib
import unicodedata

from articles.parsing.lineends import single_line_ends


def matching_text(text: str) -> str:
    """``text`` as two saves of one page agree on: no leading byte-order mark, every line end
    one LF (CRLF, CR, CR CR LF where it is the file's convention, and the other line ends
    :meth:`str.splitlines` knows), no whitespace at a line's end (spaces, tabs, U+3000), no
    blank lines at the start or the end, NFC (a decomposed character as its composed form).
    For matching only: what a page prints and where its lines break stay as they were."""
    lines = [line.rstrip() for line in single_line_ends(text.lstrip("\ufeff")).splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    start = 0
    while start < len(lines) and not lines[start]:
        start += 1
    lines = lines[start:]
    return unicodedata.normalize("NFC", "\n".join(lines))


def text_digest(text: str) -> str:
    """The SHA-256 (64 hex digits) of :func:`matching_text` of ``text`` (a page's decoded raw
    text, ``Page.raw_text``) in UTF-8; ``""`` for a text with nothing but whitespace (a page
    without raw text: there is nothing to match). Lone surrogates (a pasted text may carry
    them) are encoded as they are, not refused."""
    matching = matching_text(text)
    if not matching.strip():
        return ""
    return hashlib.sha256(matching.encode("utf-8", "surrogatepass")).hexdigest()
