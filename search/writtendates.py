"""Dates as readers write them in the search's date filters (``?start=``, ``?end=``): what
:func:`written_date` turns into the ``YYYY-MM-DD`` Django's date field reads."""

from __future__ import annotations

import re
import unicodedata

from articles.parsing.mastheadfacts import chinese_number

_COMPACT_DATE = re.compile(r"[0-9]{8}")
_HAN = "〇○零一二三四五六七八九十廿卅"
#: A date as the site prints it (``2024年3月5日``, the 日 optional or 号, a weekday after it:
#: ``2020年7月9日星期四``, ``（周四）``), in Chinese numerals as a page's masthead prints it
#: (``二〇二〇年七月九日``), or written with dots or slashes (``2024.3.5``, ``2024/3/5``):
#: year, month, day, read as ``2024-03-05``.
_WRITTEN_DATE = re.compile(
    rf"([0-9]{{4}}|[{_HAN}]{{4}})\s*(?:年\s*([0-9]{{1,2}}|[{_HAN}]{{1,3}})\s*月"
    rf"\s*([0-9]{{1,2}}|[{_HAN}]{{1,3}})\s*[日号]?"
    r"(?:\s*[（(]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[）)]?)?"
    r"|[./]([0-9]{1,2})[./]([0-9]{1,2}))"
)


def _number(part: str) -> int | None:
    """``part`` in figures or Chinese numerals (:func:`articles.parsing.mastheadfacts.
    chinese_number`: ``二〇二〇`` → 2020, ``十二`` → 12), or None."""
    return int(part) if part.isdigit() else chinese_number(part)


def written_date(given: str) -> str:
    """``given`` (stripped) in the ``YYYY-MM-DD`` form Django's date field reads when it is a
    date written another way readers use: eight digits (``20240305``, as the importer takes a
    date), as printed (``2024年3月5日``, full-width digits too, ``号`` for 日, a weekday after
    it, Chinese numerals: ``二〇二〇年七月九日``), or with dots or slashes (``2024.3.5``,
    ``2024/3/5``); else ``given`` unchanged. No check that the day exists."""
    folded = unicodedata.normalize("NFKC", given)
    if _COMPACT_DATE.fullmatch(folded):
        return f"{folded[:4]}-{folded[4:6]}-{folded[6:]}"
    found = _WRITTEN_DATE.fullmatch(folded)
    if found is None:
        return given
    year, month, day = (_number(part) for part in found.groups() if part is not None)
    if year is None or month is None or day is None:
        return given  # (a malformed numeral: 十十)
    return f"{year:04d}-{month:02d}-{day:02d}"
