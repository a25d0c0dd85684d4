"""A continuation marker as the public pages show it: the text as printed (``（下轉第二版）``,
``（上接第一版）``, ``（转下版）``), its page words (``第二版``) the link to where the story goes on
or came from. Stored text is what was printed (``Jump.marker``); the normalised label
(``2``) is for matching only, never shown in its place. A marker whose page words name another
page than its link's (a misprint the desk confirmed: ``（下转第三版）`` continued on page 2) is
shown as printed, with a note of the page it leads to (:func:`misprinted_note`)."""

from __future__ import annotations

import re

from articles.labels import LabelError, label_parts, normalize_label

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


def page_named(label: str) -> str:
    """How a note names page ``label`` (normalised): ``A2版`` for a lettered one, ``第2版``
    for a number alone."""
    return f"{label}版" if label[:1].isalpha() else f"第{label}版"


def misprinted_note(words: str, label: str) -> str:
    """What readers are told when a marker's page words (``第三版``) name another page than the
    one its link leads to (``label``, normalised: ``2``): ``实为第2版``; ``""`` when they name
    that page, or a page no label reads (``下版``). A page number printed without its section
    letter (``第二版`` for ``A2``) names it: the parser matches markers by number so too.
    The desk may confirm such a link (核对无误: the continuation is on page 2, the marker
    misprinted); the printed text stays as printed and the note tells readers where it goes."""
    try:
        printed = normalize_label(words)
        letters, number = label_parts(label)
    except LabelError:
        return ""
    printed_letters, printed_number = label_parts(printed)
    if printed_number == number and printed_letters in ("", letters):
        return ""
    return f"实为{page_named(label)}"
