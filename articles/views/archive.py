"""往期回顾: a month of a paper's issues as a calendar, and a year's months as twelve small
calendars; only days with an issue are links. 网站地图: every paper's years and months, its
sections, the reporters (:class:`SiteMapView`)."""

from __future__ import annotations

import calendar
from datetime import date

from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse

from articles import caching
from articles.models import Publication
from articles.selectors import issue_months, month_issues, paper_sections, year_issues
from articles.views.base import PublicView, with_query

WEEKDAYS = "一二三四五六日"


def month_calendar(publication, year: int, month: int, current=None, issues=None) -> dict:
    """A month as weeks of days (Monday first); only days with a published issue are links.
    ``issues``: the month's published issues by date when the caller has them (the year view
    reads a whole year in one query), else read here (one query)."""
    if issues is None:
        issues = month_issues(publication, year, month)
    # itermonthdays3, not monthdatescalendar: the days around December 9999 are not dates
    # (a day outside 1..9999 is None and shows blank), so no month can overflow.
    days = [
        date(y, m, d) if date.min.year <= y <= date.max.year else None
        for y, m, d in calendar.Calendar(firstweekday=0).itermonthdays3(year, month)
    ]
    weeks = []
    for start in range(0, len(days), 7):
        weeks.append(
            [
                {
                    "day": day,
                    "in_month": day is not None and day.month == month,
                    "issue": issues.get(day) if day is not None and day.month == month else None,
                    "current": current is not None and day == current.date,
                }
                for day in days[start : start + 7]
            ]
        )
    return {
        "publication": publication,
        "year": year,
        "month": month,
        "weeks": weeks,
        "weekdays": WEEKDAYS,
        "issues": issues,
    }


class MonthView(PublicView):
    """``/<paper>/<YYYY>/<MM>/``: a month calendar; only days with an issue are links. A month
    written with one digit (``/2024/3/``) is a 301 to its address (``/2024/03/``)."""

    template_name = "articles/month_archive.html"

    def get(self, request, *args, **kwargs):
        canonical = reverse("articles:month", kwargs=kwargs)
        if request.path != canonical:
            return HttpResponsePermanentRedirect(with_query(request, canonical))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        publication = self.get_publication()
        # The URL converters only let through the years of articles.dates and months 01–12.
        year, month = self.kwargs["year"], self.kwargs["month"]
        cal = month_calendar(publication, year, month)
        if not cal["issues"]:
            raise Http404("no published issue in this month")
        months = issue_months(publication)
        caching.depends_on(caching.calendar(publication.pk))
        this = date(year, month, 1)
        return super().get_context_data(
            publication=publication,
            calendar=cal,
            month_start=this,
            years=_years(months),
            previous_month=next((m for m in months if m < this), None),
            next_month=next((m for m in reversed(months) if m > this), None),
            canonical=self.request.path,
            **kwargs,
        )


def _years(months: list[date]) -> list[tuple[int, list[date]]]:
    """``[(year, [first day of each month with an issue, newest first]), …]``, newest year
    first: the side list of both archive views."""
    years: dict[int, list[date]] = {}
    for m in months:
        years.setdefault(m.year, []).append(m)
    return sorted(years.items(), reverse=True)


class YearView(PublicView):
    """``/<paper>/<YYYY>/``: a year of the paper: a small calendar for each month with a
    published issue (January first), the number of issues that year, the other years. Two
    queries (the year's issues, the paper's months); a year with no issue is a 404."""

    template_name = "articles/year_archive.html"

    def get_context_data(self, **kwargs):
        publication = self.get_publication()
        year = self.kwargs["year"]  # the converter only lets through the years of articles.dates
        issues = year_issues(publication, year)
        if not issues:
            raise Http404("no published issue in this year")
        by_month: dict[int, dict] = {}
        for day, issue in issues.items():
            by_month.setdefault(day.month, {})[day] = issue
        months = issue_months(publication)
        caching.depends_on(caching.calendar(publication.pk))
        years = _years(months)
        shown = [y for y, _ in years]
        return super().get_context_data(
            publication=publication,
            issue_count=len(issues),
            calendars=[
                month_calendar(publication, year, month, issues=by_month[month])
                for month in sorted(by_month)
            ],
            years=years,
            previous_year=next((y for y in shown if y < year), None),
            next_year=next((y for y in reversed(shown) if y > year), None),
            canonical=self.request.path,
            **kwargs,
        )


class SiteMapView(PublicView):
    """``/sitemap/``: 网站地图 for readers (the footer's link): each paper readers may see with
    its years and, under each, the months it has issues in (each its 往期回顾 calendar), its
    sections, and the list of reporters and photographers. ``/sitemap.xml`` stays the
    crawlers' index. Declares no cache tag: rendered again after any change. Two queries a
    paper (its months, its sections)."""

    template_name = "articles/site_map.html"

    def get_context_data(self, **kwargs):
        papers = []
        for paper in Publication.objects.public().order_by("name", "pk"):
            years: dict[int, list[date]] = {}
            for month in reversed(issue_months(paper)):  # oldest first within a year
                years.setdefault(month.year, []).append(month)
            papers.append(
                {
                    "paper": paper,
                    "years": sorted(years.items(), reverse=True),  # newest year first
                    "sections": paper_sections(paper),
                }
            )
        return super().get_context_data(papers=papers, canonical=self.request.path, **kwargs)
