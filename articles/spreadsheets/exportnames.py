"""An export's file name, after what it holds: the list's filters, not the day it was made.

A reviewer's export of a year's stories was named ``稿件-2026-12-07.csv``, the day of the
export, which says nothing of what the file holds and reads as that day's issue. The name is
the rows' kind and the filters the export was made with (the list's address carries them):
the paper (``南通日报``) and the dates, from the list's 出版日期 filter (``date=2018-03-04``), its
date hierarchy (``issue__date__year=2018`` → ``2018年``, with ``__month`` → ``2018年3月``, with
``__day`` → ``2018-03-04``) or a range (``issue__date__gte`` / ``__lte`` →
``2018-01-01至2018-12-31``). Without a date filter the dates part is the export's own day, said
as such (``2026-12-07导出``): the site's local day (``TIME_ZONE``, Asia/Shanghai, the paper's),
not UTC's (before 08:00 in Beijing UTC is still on the day before) nor a time zone a request
activated. Between the paper and the dates come the 版次 (``page=A3`` → ``A3版``) and the
状态 (``status__exact=published`` → ``已发布``, the field's own label). Any other filter or a
search (``reporter=10``, ``q=农田``: values an editor typed, which could hold characters a
Windows file name cannot) is not spelled out but marked: ``（筛选）`` after the dates, so an
archivist sees the file is a subset (``稿件-A3版-已发布-2026-12-08导出（筛选）.csv``; a
reviewer's filtered export was named as the whole list's). The list's ordering, page number
and the like (:data:`NOT_FILTERS`) are no filter.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone

from articles.models import Publication

_PAPER = re.compile(r"^(?:\w+__)?publication__id__exact$")
_DIGITS = re.compile(r"[0-9]{1,9}")
#: A 版次 as the name spells it (``A3``, ``12``, ``要闻一``): letters and digits, short.
_LABEL = re.compile(r"\w{1,8}")
_DATE_KEY = re.compile(r"^(?:date|(?:\w+__)?date__(?:year|month|day|gte|lte))$")
#: The list's parameters that filter nothing (Django's changelist: ordering, page, popup …).
NOT_FILTERS = frozenset({"o", "p", "all", "e", "_popup", "_to_field", "_facets"})
#: The mark of a filter or search the name does not spell.
FILTERED = "（筛选）"


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


def _status(model, value: str) -> str:
    """The label of ``model``'s ``status`` choice ``value`` (``已发布``), ``""`` for none."""
    try:
        choices = model._meta.get_field("status").flatchoices
    except FieldDoesNotExist:
        return ""
    return str(dict(choices).get(value, ""))


def _others(model, params: Mapping[str, str]) -> tuple[list[str], bool]:
    """The 版次 and 状态 parts of the name, and whether a filter or search is left unnamed."""
    named, unnamed = [], False
    for key, value in params.items():
        if not value or key in NOT_FILTERS or _DATE_KEY.match(key) or _PAPER.match(key):
            continue
        if key == "page" and _LABEL.fullmatch(value):
            named.append(f"{value}版")
        elif key in ("status", "status__exact") and (label := _status(model, value)):
            named.append(label)
        else:
            unnamed = True
    return named, unnamed


def export_filename(model, file_format, params: Mapping[str, str] | None = None) -> str:
    """``稿件-南通日报-A3版-已发布-2018年.csv``: ``model``'s rows (its plural name), the paper,
    版次, 状态 and dates ``params`` (the list's filters: the export page's query string) name,
    ``（筛选）`` for any other filter or search, and ``file_format``'s extension;
    ``稿件-2026-12-07导出.csv`` (the site's local day, see the module) without a date filter."""
    params = params or {}
    today = timezone.localdate(timezone=timezone.get_default_timezone())
    dates = _dates(params)
    others, unnamed = _others(model, params)
    # (a date filter the name cannot spell, ``issue__date__month=3`` alone, is one unnamed)
    unnamed = unnamed or (not dates and any(v and _DATE_KEY.match(k) for k, v in params.items()))
    dates = dates or f"{today.isoformat()}导出"
    named = [str(model._meta.verbose_name_plural), _paper(params), *others, dates]
    marked = FILTERED if unnamed else ""
    return "-".join(part for part in named if part) + f"{marked}.{file_format.get_extension()}"
