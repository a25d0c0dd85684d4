"""The public e-paper's addresses: readable, hierarchical and stable.

::

    /                                        latest issue of settings.NEWSROOM_DEFAULT_PAPER
    /robots.txt  /sitemap.xml  /sitemap-<section>.xml  /news-sitemap.xml
    /people/  /people/<name>/                reporters and photographers
    /photos/<id>.jpg                         a photo as JPEG (share cards, aggregators)
    /people/<name>/feed.xml                  Atom: a person's latest stories (byline or photo)
    /people/<name>/<id>/  (feed.xml)         one of several people of that name (同名记者)
    /<paper>/                                latest issue of that paper
    /feed.xml                                Atom: every paper's issues of the last 14 days
    /<paper>/feed.xml                        Atom: the paper's issues of the last 14 days
    /<paper>/feeds/                          what the feeds are, with links to each
    /<paper>/sections/  /<paper>/sections/<section>/  /<paper>/sections/<section>/feed.xml
    /<paper>/<YYYY>/                         往期回顾: a year, a small calendar for each month
    /<paper>/<YYYY>/<MM>/                    往期回顾: a month calendar
    /<paper>/<YYYY-MM-DD>/     (.json)       an issue
    /<paper>/<YYYY-MM-DD>/<label>/  (.json)  a page (A1, 2 …)
    /<paper>/<YYYY-MM-DD>/<label>/picture/   版面大图: the page's picture at its own width
    /<paper>/<YYYY-MM-DD>/<label>/<n>/       the part printed at position n → its whole story
    /<paper>/<YYYY-MM-DD>/article/<id>/  (.json)  a story (the id never changes on edit)

Fixed first segments are listed before the ``<paper>/`` catch-all, so no paper may take one of
them as its slug: see :data:`RESERVED_SLUGS`. The project mounts ``search/`` above this URLconf.
"""

from datetime import date

from django.urls import path, register_converter

from articles import api, feeds, sitemaps, views
from articles.models import RESERVED_SLUGS  # noqa: F401  (the slugs this URLconf reserves)
from articles.params import MAX_ID, decode_segment, encode_segment, parse_int
from articles.queries import issue_dates
from articles.views import sharedphoto
from articles.views.base import PaddedId


class IsoDateConverter:
    """``2020-07-09`` ↔ a ``date``; an impossible date (2020-02-30) or one no issue may carry
    (9999-12-31, see :mod:`articles.dates`) is no match, so a 404."""

    regex = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"

    def to_python(self, value: str) -> date:
        day = date.fromisoformat(value)  # ValueError → the URL does not match
        earliest, latest = issue_dates()  # is_issue_date(), the range worked out once a day
        if not earliest <= day <= latest:
            raise ValueError(f"no issue may be dated {value}")
        return day

    def to_url(self, value) -> str:
        return value.isoformat() if isinstance(value, date) else str(value)


class YearConverter:
    """A year some issue may carry (:func:`articles.dates.is_issue_year`): ``9999`` is a 404."""

    regex = r"[0-9]{4}"

    def to_python(self, value: str) -> int:
        year = parse_int(value, minimum=1, maximum=9999)
        earliest, latest = issue_dates()  # is_issue_year(), the range worked out once a day
        if not earliest.year <= year <= latest.year:
            raise ValueError(f"no issue in the year {value}")
        return year

    def to_url(self, value) -> str:
        return f"{int(value):04d}"


class MonthConverter:
    """A month, ``01``–``12``; written with one digit (``3``) it is redirected by the view to
    the canonical ``03`` (:meth:`to_url`)."""

    regex = r"0[1-9]|1[0-2]|[1-9]"

    def to_python(self, value: str) -> int:
        return parse_int(value, minimum=1, maximum=12)

    def to_url(self, value) -> str:
        return f"{int(value):02d}"


class IdConverter:
    """A database id or a position: ASCII digits, 0 up to a 64-bit column's largest value
    (:func:`articles.params.parse_int`); ``999999999999999999999`` is no match. Written with
    leading zeros (``01``), a :class:`~articles.views.base.PaddedId`, so a view can redirect it to the canonical
    address (``str(int(value))``, what :meth:`to_url` writes)."""

    regex = r"[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = parse_int(value, minimum=0, maximum=MAX_ID)
        return PaddedId(number) if len(value) > 1 and value[0] == "0" else number

    def to_url(self, value) -> str:
        return str(int(value))


class TextConverter:
    """A segment made from printed text (a section or a person's name): :func:`encode_segment`
    makes it safe (``..`` → ``~e..``, ``/`` → ``~s``), :func:`decode_segment` reads it back; an
    empty name or a spelling the site never makes is no match."""

    regex = r"[^/]+"

    def to_python(self, value: str) -> str:
        text = decode_segment(value)
        if not text.strip():
            raise ValueError("an empty name is not a segment")
        return text

    def to_url(self, value) -> str:
        return encode_segment(str(value))


class LabelConverter:
    """A page label as it appears in a URL: ``A1``, ``2``; ``a1``, ``02``, the full-width
    ``Ａ5`` (typed with a Chinese input method) and the forms a page is named by in print and
    speech (``第四版``, ``4版``, ``A4版``: those :func:`articles.labels.normalize_label` reads)
    are redirected to the page's canonical label by the view (a number alone to the one page
    of the issue that has it, ``第四版`` → ``A4``), or answered by the 404 that lists the
    issue's pages (:func:`articles.views.notfound.missing_edition`)."""

    regex = r"第?[A-Za-zＡ-Ｚａ-ｚ]{0,2}(?:[0-9０-９]{1,4}|[〇零一二两三四五六七八九十百]{1,6})[版面页頁]?"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return str(value)


register_converter(IsoDateConverter, "isodate")
register_converter(YearConverter, "yyyy")
register_converter(MonthConverter, "mm")
register_converter(LabelConverter, "label")
register_converter(IdConverter, "id")
register_converter(TextConverter, "text")

SITEMAPS = sitemaps.SITEMAPS

#: The dated addresses of an edition (its pages, stories and their JSON twins, a part) come
#: first, before the fixed routes: they are what readers open most, and Django tries the routes
#: in order (≈ 1 µs each). No other route here takes a path of their shape (a date as the
#: second of three or four segments, no fixed route has a date there), so the order changes
#: which view answers no path; the issue's own address (two segments) stays after
#: ``people/<name>/``, which a name like ``2020-07-09`` would share with it. The project
#: mounts ``admin/`` and ``search/`` above this URLconf: they are tried first whatever the
#: order here (a view's 404 does not fall through to later routes).
EDITION_URLS = [
    path("<slug:paper>/<isodate:date>/<label:label>/", views.PageView.as_view(), name="page"),
    path(
        "<slug:paper>/<isodate:date>/article/<id:pk>/",
        views.ArticleView.as_view(),
        name="article",
    ),
    path(
        "<slug:paper>/<isodate:date>/article/<id:pk>.json",
        api.ArticleJSONView.as_view(),
        name="article-json",
    ),
    path(
        "<slug:paper>/<isodate:date>/<label:label>.json",
        api.PageJSONView.as_view(),
        name="page-json",
    ),
    path(
        "<slug:paper>/<isodate:date>/<label:label>/picture/",
        views.PagePictureView.as_view(),
        name="page-picture",
    ),
    path(
        "<slug:paper>/<isodate:date>/<label:label>/<id:position>/",
        views.PartView.as_view(),
        name="part",
    ),
]

app_name = "articles"
urlpatterns = [
    *EDITION_URLS,
    path("", views.LatestIssueView.as_view(), name="home"),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
    path(
        "sitemap.xml",
        sitemaps.sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "articles:sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemaps.sitemap_section,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("news-sitemap.xml", sitemaps.news_sitemap, name="news-sitemap"),
    path("sitemap/", views.SiteMapView.as_view(), name="sitemap-page"),
    path("feed.xml", feeds.site_feed, name="site-feed"),
    path("photos/<int:photo>.jpg", sharedphoto.photo_jpeg, name="photo-jpeg"),
    path("people/", views.PeopleView.as_view(), name="people"),
    path("people/<text:name>/", views.PersonView.as_view(), name="person"),
    path("people/<text:name>/feed.xml", feeds.person_feed, name="person-feed"),
    path("people/<text:name>/<id:pk>/", views.PersonOneView.as_view(), name="person-one"),
    path("people/<text:name>/<id:pk>/feed.xml", feeds.person_one_feed, name="person-one-feed"),
    # Everything below starts with a paper slug; the issue first (the most read of them).
    path("<slug:paper>/<isodate:date>/", views.IssueView.as_view(), name="issue"),
    path("<slug:paper>/<isodate:date>.json", api.IssueJSONView.as_view(), name="issue-json"),
    path("<slug:paper>/", views.LatestIssueView.as_view(), name="publication"),
    path("<slug:paper>/feed.xml", feeds.paper_feed, name="feed"),
    path("<slug:paper>/feeds/", views.FeedListView.as_view(), name="feeds"),
    path("<slug:paper>/sections/", views.SectionListView.as_view(), name="sections"),
    path("<slug:paper>/sections/<text:section>/", views.SectionView.as_view(), name="section"),
    path("<slug:paper>/sections/<text:section>/feed.xml", feeds.section_feed, name="section-feed"),
    path("<slug:paper>/<yyyy:year>/", views.YearView.as_view(), name="year"),
    path("<slug:paper>/<yyyy:year>/<mm:month>/", views.MonthView.as_view(), name="month"),
]
