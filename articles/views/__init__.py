"""The public e-paper: an edition as printed, page by page, and every story whole.

Class-based views over the selectors of :mod:`articles.selectors` (every query, each through the
published gate ``objects.public()`` of :mod:`articles.querysets`: nothing unpublished is ever
reachable, it is a 404), each wrapped in the content-versioned HTTP cache
(:mod:`articles.httpcache`). The views call selectors and shape the template's context; every
view takes a fixed number of queries however many pages, stories, parts or photos there are.

One module per concept: :mod:`~articles.views.base` (the published-only lookups the views share,
the ``?page=`` check), :mod:`~articles.views.edition` (an issue and its pages),
:mod:`~articles.views.story` (a story across pages), :mod:`~articles.views.archive` (往期回顾, a
month of issues) and :mod:`~articles.views.people` (reporters and photographers, sections).
Every view is importable from here as ``articles.views.<Name>`` (the URLconf does so).

The JSON twins (:mod:`articles.api`) subclass these views and render the same context as JSON.
"""

from articles.views.archive import MonthView, SiteMapView, YearView, month_calendar
from articles.views.base import PublicObjectMixin, PublicView, StrictPageMixin, bad_parameter
from articles.views.bigpicture import PagePictureView
from articles.views.edition import IssueView, LatestIssueView, PageView, PartView, page_stories
from articles.views.people import (
    FeedListView,
    PeopleView,
    PersonOneView,
    PersonView,
    SectionListView,
    SectionView,
)
from articles.views.story import ArticleView

__all__ = [
    "ArticleView",
    "FeedListView",
    "IssueView",
    "LatestIssueView",
    "MonthView",
    "PagePictureView",
    "PageView",
    "PartView",
    "PeopleView",
    "PersonOneView",
    "PersonView",
    "PublicObjectMixin",
    "PublicView",
    "SectionListView",
    "SectionView",
    "SiteMapView",
    "StrictPageMixin",
    "YearView",
    "bad_parameter",
    "month_calendar",
    "page_stories",
]
