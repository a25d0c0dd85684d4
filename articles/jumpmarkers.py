"""A continuation marker as the public pages show it: the text as printed (``（下轉第二版）``,
``（上接第一版）``, ``（转下版）``), its page words (``第二版``) the link to where the story goes on
or came from. Stored text is what was printed (``Jump.marker``); the normalised label
(``2``) is for matching only, never shown in its place."""

from __future__ import annotations

import re

# The page a marker names, as :mod:`articles.parsing.markers` reads it (第, a section letter,
# the number in figures or in Chinese numerals, the page word; or the next or previous page):
# ``A2版``, ``第二版``, ``第2頁``, ``下版``. Matched on the printed marker, either script.
_PAGE_WORDS = re.compile(
    r"(?:[第笫]\s*)?[A-Za-zＡ-Ｚａ-ｚ]{0,2}\s*[0-9０-９〇零一二两兩三四五六七八九十百]{1,6}"
    r"\s*(?:版|面|页|頁|板)?"
    r"|[上下次]\s*(?:版|面|页|頁)"
)


def marker_pieces(marker: str) -> tuple[str, str, str]:
    """``marker`` cut around the page it names: ``(before, page words, after)``, joined again
    the marker as printed (``（下轉第二版）`` → ``("（下轉", "第二版", "）")``). A marker naming no
    page the pattern knows is linked whole inside its brackets (``("（", "…", "）")``) or, with
    none, whole."""
    found = _PAGE_WORDS.search(marker)
    if found is None:
        inner = re.fullmatch(r"([（(〔【\[]?)(.*?)([）)〕】\]]?)", marker, re.S)
        return inner.group(1), inner.group(2), inner.group(3)
    return marker[: found.start()], found.group(), marker[found.end() :]
