"""An export's file name, after what it holds: the list's filters, not the day it was made.

A reviewer's export of a year's stories was named ``稿件-2026-12-07.csv``, the day of the
export, which says nothing of what the file holds and reads as that day's issue. The name is
the rows' kind and the filters the export was made with (the list's address carries them):
the paper (``南通日报``) and the dates, from the list's 出版日期 filter (``date=2018-03-04``), its
date hierarchy (``issue__date__year=2018`` → ``2018年``, with ``__month`` → ``2018年3月``, with
``__day`` → ``2018-03-04``) or a range (``issue__date__gte`` / ``__lte`` →
``2018-01-01至2018-12-31``). Without a date filter the dates part is the export's own day, said
as such (``2026-12-07导出``). Other filters (版次, 状态 …) are not named: the name stays short.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from django.utils import timezone

from articles.models import Publication

_PAPER = re.compile(r"^(?:\w+__)?publication__id__exact$")
_DIGITS = re.compile(r"[0-9]{1,9}")


def _number(value: str) -> int | None:
    return int(value) if _DIGITS.fullmatch(value or "") else None


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value or "")
    except ValueError:
        return None


def _paper(params: Mapping[str, str]) -> str:
    for key, value in params.items():
        if _PAPER.match(key) and (pk := _number(value)) is not None:
            paper = Publication.objects.filter(pk=pk).values_list("name", flat=True).first()
            return paper or ""
    return ""


def _ending(params: Mapping[str, str], suffix: str) -> str:
    """The value of the filter whose key is a date path ending in ``suffix`` (``date__year``)."""
    for key, value in params.items():
        if key == suffix or key.endswith("__" + suffix):
            return value
    return ""


def _dates(params: Mapping[str, str]) -> str:
    """The dates part of the name (see the module), ``""`` for no date filter."""
    if day := _day(params.get("date", "")):
        return day.isoformat()
    year, month = _number(_ending(params, "date__year")), _number(_ending(params, "date__month"))
    day_of = _number(_ending(params, "date__day"))
    if year is not None and month is not None and day_of is not None:
        try:
            return date(year, month, day_of).isoformat()
        except ValueError:
            return ""
    if year is not None:
        return f"{year}年{month}月" if month is not None else f"{year}年"
    since, until = _day(_ending(params, "date__gte")), _day(_ending(params, "date__lte"))
    if since and until:
        return f"{since.isoformat()}至{until.isoformat()}"
    if since:
        return f"{since.isoformat()}起"
    if until:
        return f"至{until.isoformat()}"
    return ""


def export_filename(model, file_format, params: Mapping[str, str] | None = None) -> str:
    """``稿件-南通日报-2018年.csv``: ``model``'s rows (its plural name), the paper and dates
    ``params`` (the list's filters: the export page's query string) name, and ``file_format``'s
    extension; ``稿件-2026-12-07导出.csv`` (today, local time) without a date filter."""
    params = params or {}
    dates = _dates(params) or f"{timezone.localdate().isoformat()}导出"
    named = [str(model._meta.verbose_name_plural), _paper(params), dates]
    return "-".join(part for part in named if part) + f".{file_format.get_extension()}"
