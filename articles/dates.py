"""The dates an issue may carry: from 1815 (the oldest Chinese-language periodical) to one year
ahead of today. One rule, used by the importer (refusing an issue date) and by the public URLs
(a date outside it is a 404, never a calendar overflow).

Why a range at all: Python's ``date`` stops at 9999-12-31, so an issue dated 9999-12-31 makes
any "the next day / the next week / the next month" arithmetic overflow; and a date far in the
future is always a typo (``2202`` for ``2022``) or an attack, never a printed paper.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta

from django.utils import timezone

EARLIEST_ISSUE_DATE = date(1815, 1, 1)  # the year of the first Chinese-language periodical


class IssueDateError(ValueError):
    """An issue date outside :func:`issue_date_range`; the message (Chinese) says the range."""


def date_problem(year: int, month: int, day: int) -> str:
    """What makes ``year``-``month``-``day`` no real date, in Chinese (``2016 年 5 月只有 31 天``,
    ``没有 13 月（月份是 1 到 12）``, ``没有 0 日``), ``""`` when it is one: said instead of a
    hint that would only be refused in turn (``2016-5-32`` is not ``2016-05-32``)."""
    if not 1 <= month <= 12:
        return f"没有 {month} 月（月份是 1 到 12）"
    if day < 1:
        return f"没有 {day} 日"
    if not 1 <= year <= 9999:
        return f"没有 {year} 年"
    days = calendar.monthrange(year, month)[1]
    return f"{year} 年 {month} 月只有 {days} 天" if day > days else ""


def latest_issue_date(today: date | None = None) -> date:
    """One year after ``today`` (the site's local date by default); 29 February → 28 February."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year + 1, day=28)


def issue_date_range(today: date | None = None) -> tuple[date, date]:
    """``(earliest, latest)``, both inclusive: the dates an issue may carry."""
    return EARLIEST_ISSUE_DATE, latest_issue_date(today)


def is_issue_date(value: date, today: date | None = None) -> bool:
    """Whether ``value`` lies in :func:`issue_date_range`."""
    earliest, latest = issue_date_range(today)
    return earliest <= value <= latest


def is_issue_year(year: int, today: date | None = None) -> bool:
    """Whether any day of ``year`` lies in :func:`issue_date_range` (for ``/<paper>/<YYYY>/<MM>/``)."""
    earliest, latest = issue_date_range(today)
    return earliest.year <= year <= latest.year


def check_issue_date(value: date, today: date | None = None) -> date:
    """``value`` if it is a date an issue may carry, else :class:`IssueDateError` saying why and
    what to do (the caller adds the file name)."""
    if today is None and EARLIEST_ISSUE_DATE <= value <= _surely_latest():
        return value  # (no time zone conversion: an import checks every page's date)
    earliest, latest = issue_date_range(today)
    if not earliest <= value <= latest:
        raise IssueDateError(
            f"出版日期 {value.isoformat()} 不在 {earliest.isoformat()} 至 {latest.isoformat()} 之间："
            "请检查文件夹名、manifest.json 或 --date 参数中的日期"
        )
    return value


def _surely_latest() -> date:
    """A date :func:`latest_issue_date` is never before, whatever the site's time zone: one year
    after yesterday in UTC (no local date is more than a day behind UTC's; a later today never
    gives an earlier latest date)."""
    return latest_issue_date(datetime.now(UTC).date() - timedelta(days=1))


def cn_day(day: date) -> str:
    """A day as Chinese text writes it: ``2020年7月9日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def local_text(when: datetime) -> str:
    """``2020-07-09 21:30`` in the site's time zone (``TIME_ZONE``, Asia/Shanghai): how the
    desk says a time (a scheduled publication, a sign-off)."""
    return f"{timezone.localtime(when):%Y-%m-%d %H:%M}"
