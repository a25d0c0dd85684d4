"""A search's result list to take away: as CSV (a spreadsheet's rows) and as a citation list,
GB/T 7714—2015 text (the entry each story page's 引用本文 gives, :func:`articles.citations.
newspaper_citation`) or RIS (for a reference manager). The same query and filters as the
search page, the same stories (published only: :func:`search.results.found`,
:func:`search.results.listed`), in the same order, the first :data:`EXPORT_AT_MOST` of them;
the file says so when the result is larger (the CSV in its last row, the text in its first
line, RIS, which holds no note, in its file name), as the search page's export links do."""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse
from django.utils import timezone

from articles.citations import UNTITLED_BRIEF, newspaper_citation
from articles.views.base import reader_root
from search.engine import MAX_QUERY_LENGTH, parse_query
from search.forms import SearchForm
from search.results import found, listed

#: The most stories one export holds (a query finding more says so and names the first ones).
EXPORT_AT_MOST = 1000
#: The CSV's header row, in Chinese as the site's readers read it.
CSV_HEADER = [
    "标题",
    "副题",
    "报纸",
    "日期",
    "版次",
    "版名",
    "作者",
    "摄影",
    "网址",
    "引用（GB/T 7714）",
]


class Exported:
    """The stories an export holds (``stories``, each as :func:`search.results.show` gives
    it), how many the search found (``total``), and each one's address and citation."""

    def __init__(self, stories: list, total: int, root: str) -> None:
        self.stories, self.total, self.root = stories, total, root
        # (the file is made for the reader downloading it: the day they read it is today)
        self.cited_on = timezone.localdate()

    @property
    def capped(self) -> bool:
        return self.total > len(self.stories)

    def note(self) -> str:
        """What a capped export says: ``共找到 1234 篇，这里是按检索结果顺序的前 1000 篇…``."""
        return (
            f"共找到 {self.total} 篇，这里是按检索结果顺序的前 {len(self.stories)} 篇；"
            "要导出其余的，请用日期、报纸等条件缩小范围，分几次导出。"
        )

    def url(self, story) -> str:
        return self.root + story.get_absolute_url().lstrip("/")

    def citation(self, story) -> str:
        """The story's GB/T 7714 entry, as its page's 引用本文 (its reporters, else its
        photographers; its title as printed when the desk changed it since)."""
        shown = story.shown
        printed = getattr(story, "printed_title", "")
        title = printed or story.title or UNTITLED_BRIEF
        subtitle = story.subheadline if story.headline and not printed else ""
        return newspaper_citation(
            names=list(shown.people or shown.photographers),
            title=title,
            subtitle=subtitle,
            paper=shown.paper,
            day=shown.date,
            pages=list(shown.labels),
            url=self.url(story),
            cited_on=self.cited_on,
        )


class NotExported(Exception):
    """A search the export cannot honour, with what the reader is told (``str(error)``): no
    search asked, a query too long, a query of excluded words only, or filters that do not
    parse (the search page searches without them and says so; a file has no room to say it,
    so it is refused rather than holding stories the reader did not ask for)."""


def exported(request) -> Exported:
    """The stories of the search ``request`` asks (``?q=`` and the filters, as the search
    page reads them), the first :data:`EXPORT_AT_MOST`. Queries as the search page's.
    Raises :class:`NotExported` (its message in Chinese) when there is nothing to export as
    asked."""
    form = SearchForm(request.GET or None)
    if not form.is_bound:
        raise NotExported(NOTHING_ASKED)
    if len(request.GET.get("q", "")) > MAX_QUERY_LENGTH:
        raise NotExported(
            f"没有导出：检索词太长（最多 {MAX_QUERY_LENGTH} 个字），请缩短后在检索页重新检索，再点“导出”。"
        )
    unused = form.unused_filters()
    if unused:
        raise NotExported(
            "没有导出：这些条件用不上，导出的结果会比你要的多："
            + "；".join(unused)
            + "。请在检索页改正或去掉它们，再点“导出”。"
        )
    data = form.valid_data()
    query = parse_query(data.get("q", ""))
    values = form.filter_values()
    if not query.is_empty:
        stories = found(values, query, newest=form.newest_first())[1]
    elif values:
        stories = listed(values)
    elif request.GET.get("q", "").strip():
        raise NotExported(
            "没有导出：检索词里没有要找的词（只有要排除的词，即前面带“-”的词，或只有符号）。"
            "请加上要找的词或选一个筛选条件（日期、报纸……），再点“导出”。"
        )
    else:
        raise NotExported(NOTHING_ASKED)
    total = stories.count()
    return Exported(stories[0:EXPORT_AT_MOST] if total else [], total, reader_root(request))


NOTHING_ASKED = "没有要导出的检索：请在检索页输入检索词或选择筛选条件，再点“导出”。"


def _refused(error: NotExported) -> HttpResponse:
    return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")


#: What a spreadsheet program would run as a formula at a cell's start (OWASP, CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """``value`` safe in a spreadsheet cell: one that a spreadsheet would read as a formula
    (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a ``'`` in
    front, which Excel, WPS and LibreOffice show as text and do not display."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _download(text: str, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(text, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def export_csv(request):
    """``/search/export.csv``: the result list as CSV, UTF-8 with a BOM (Excel then reads the
    Chinese), one story a row (:data:`CSV_HEADER`); a capped export's last row its note."""
    try:
        result = exported(request)
    except NotExported as error:
        return _refused(error)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for story in result.stories:
        shown = story.shown
        row = [
            getattr(story, "printed_title", "") or story.reader_name,
            story.subheadline,
            shown.paper,
            shown.date.isoformat(),
            "、".join(shown.labels),
            shown.section,
            "、".join(shown.people),
            "、".join(shown.photographers),
            result.url(story),
            result.citation(story),
        ]
        writer.writerow([_cell(value) for value in row])
    if result.capped:
        writer.writerow([result.note()])
    return _download(out.getvalue(), "text/csv", "search-results.csv")


def export_citations(request):
    """``/search/export.txt``: the result list as GB/T 7714—2015 entries, numbered ``[1]``…,
    one a line; a capped export's first line its note."""
    try:
        result = exported(request)
    except NotExported as error:
        return _refused(error)
    lines = [result.note(), ""] if result.capped else []
    lines += [f"[{n}] {result.citation(s)}" for n, s in enumerate(result.stories, 1)]
    return _download("\n".join(lines) + "\n", "text/plain", "search-results.txt")


def export_ris(request):
    """``/search/export.ris``: the result list as RIS records (``TY  - NEWS``), for Zotero,
    EndNote and the like; a capped export is named ``search-results-first-1000.ris``."""
    try:
        result = exported(request)
    except NotExported as error:
        return _refused(error)
    records = []
    for story in result.stories:
        shown = story.shown
        fields = [("TY", "NEWS")]
        fields += [("AU", name) for name in (shown.people or shown.photographers)]
        fields += [
            ("TI", getattr(story, "printed_title", "") or story.title or UNTITLED_BRIEF),
            ("T2", shown.paper),
            ("DA", shown.date.strftime("%Y/%m/%d")),
            ("PY", str(shown.date.year)),
            ("SP", ", ".join(shown.labels)),
            ("UR", result.url(story)),
            ("LA", "zh"),
            ("ER", ""),
        ]
        records.append("\r\n".join(f"{tag}  - {value}".rstrip() for tag, value in fields))
    name = (
        f"search-results-first-{len(result.stories)}.ris" if result.capped else "search-results.ris"
    )
    return _download("\r\n".join(records) + "\r\n", "application/x-research-info-systems", name)
