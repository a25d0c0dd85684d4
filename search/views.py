"""The public search page and the keyword (tag) page."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import format_html

from articles.models import Publication
from articles.namechars import name_canonical
from articles.params import BadParameter, decode_segment, encode_segment, page_number
from articles.public import public_paper
from articles.selectors import former_names_of, former_names_printed
from search.characters import CHARACTER_SCAN
from search.engine import parse_query
from search.export import EXPORT_AT_MOST
from search.forms import FILTERS, MAX_QUERY_LENGTH, SearchForm, public_papers
from search.highlight import highlight, snippet
from search.hints import hints_for
from search.photohits import PhotoHits, photos_of_search
from search.results import PER_PAGE, found, keyword_of, listed, photos_of, tagged
from search.text import normalize


def _paper(slug: str) -> Publication | None:
    """The public paper ``slug`` (the one the page is filtered to), or None. One query."""
    return public_paper(slug)


def _mark(articles, query) -> None:
    """Attach highlighted titles and a snippet to each story of a results page (``text`` and
    ``reader_name``, an untitled brief's first words: :func:`search.results.show`). A story
    whose headline as printed was corrected since (``printed_title``) has it shown marked too
    (``hl_printed``: 见报标题, when it holds a word of the query; the index holds it,
    :func:`search.indexing.story_entry_title`). A story whose deck, printed headline and text
    hold none of the query's words was found by its byline or dateline
    printed apart (:func:`_credit_snippet`), or by a photo's caption or credit line (the index
    holds them: :mod:`search.storyphotos`): its snippet is from that caption, or that credit
    line, said to be one (one query, only when the page has such a story)."""
    unexplained = []
    for article in articles:
        article.hl_kicker = highlight(article.kicker, query)
        article.hl_headline = highlight(article.headline or article.reader_name, query)
        article.hl_subheadline = highlight(article.subheadline, query)
        article.hl_snippet = snippet(article.text, query)
        printed = getattr(article, "printed_title", "")  # (search.results.show)
        printed = highlight(printed, query) if printed else ""
        article.hl_printed = printed if _MARK in printed else ""
        shown = (
            article.hl_kicker,
            article.hl_headline,
            article.hl_subheadline,
            article.hl_printed,
            article.hl_snippet,
        )
        if not any(_MARK in part for part in shown):
            unexplained.append(article)
    unexplained = [article for article in unexplained if not _credit_snippet(article, query)]
    photos = photos_of(unexplained)
    for article in unexplained:
        found_in = _photo_snippet(photos.get(article.pk, ()), query)
        if found_in:
            article.hl_snippet = found_in


def _credit_snippet(article, query) -> bool:
    """Give ``article`` (a result whose deck and text hold none of the query's words) the
    snippet of its byline as its page shows it (``署名：本报记者 <mark>苏蔓</mark>``, with the 署名
    its joined parts printed apart) or else its dateline
    (``电头：<mark>新华社</mark>北京11月20日电``) when one holds a word of ``query`` (the index
    holds them where printed apart from the text: :mod:`search.storycredits`); whether it did."""
    byline = getattr(article, "shown_byline", article.byline)  # (search.results.show)
    for label, text in (("署名", byline), ("电头", article.dateline)):
        found_in = highlight(text, query) if text else ""
        if _MARK in found_in:
            article.hl_snippet = format_html("{}：{}", label, found_in)
            return True
    return False


def _photo_snippet(photos, query) -> str:
    """The first of a story's ``photos`` (``(caption, credit line)``) that holds a word of
    ``query``, marked and said: its caption (``图片说明：…``) or else its credit line
    (``图片署名：本报记者 <mark>林晓舟</mark>摄``); "" when none does."""
    for caption, _ in photos:
        found_in = snippet(caption, query) if caption else ""
        if _MARK in found_in:
            return format_html("图片说明：{}", found_in)
    for _, credit in photos:
        found_in = highlight(credit, query) if credit else ""
        if _MARK in found_in:
            return format_html("图片署名：{}", found_in)
    return ""


_MARK = "<mark>"  # how highlight() and snippet() mark a word found


class PastTheEnd(Exception):
    """``?page=`` names a page after the last one: a 404 (:func:`past_the_end`)."""

    def __init__(self, asked: int, pages: int):
        super().__init__(asked, pages)
        self.asked, self.pages = asked, pages


def _page_of(request, items):
    """The page of ``items`` that ``?page=`` names (the first when absent; ``last``); raises
    :class:`PastTheEnd` for a page after the last, as the site's other lists do (Django's
    ``ListView``): a page that does not exist is a 404, not page 1 again under another
    address."""
    paginator = Paginator(items, PER_PAGE)
    number = page_number(request)
    number = paginator.num_pages if number == "last" else number or 1
    try:
        return paginator.page(number)
    except EmptyPage:
        raise PastTheEnd(number, paginator.num_pages) from None


def past_the_end(request, error: PastTheEnd):
    """The 404 for a page after the last, saying how many there are, with a link to the last."""
    message = f"没有第 {error.asked} 页：这里的结果共 {error.pages} 页。"
    last = request.GET.copy()
    last["page"] = str(error.pages)
    return render(
        request,
        "404.html",
        {"message": message, "link": (f"?{last.urlencode()}", f"看第 {error.pages} 页")},
        status=404,
    )


def _page_error(request) -> str:
    """Why ``?page=`` is not a page number (-1, abc, ², ①, 10 KB of digits), or ""."""
    try:
        page_number(request)
    except BadParameter as exc:
        return str(exc)
    return ""


def matched_parts(query) -> tuple[str, ...]:
    """What a substring match of ``query`` (a :class:`search.engine.Query`) matches when that is
    not the query as typed (normalised, its spaces as one): its parts, each without the quotes
    or signs around it (``%20`` is matched as ``20``); ``()`` when the parts are the query
    itself. The results page names them instead of claiming to have matched the typed text
    letter for letter (按原文逐字匹配)."""
    if " ".join(query.parts) == " ".join(normalize(query.text).split()):
        return ()
    return query.parts


# A date given under a name the form does not take (``?date_from=2020-02-01``): said, not
# silently ignored (the filters are ``start`` and ``end``).
_DATE_VALUE = re.compile(r"\d{4}\D\d{1,2}\D\d{1,2}\D?")


def unknown_date_params(params) -> list[str]:
    """The names in ``params`` (a ``QueryDict``) that are not the search form's (the query, the
    page, :data:`search.forms.FILTERS`) and whose value reads as a date: a reader (or a link)
    meant a date filter under another name (``date_from``, ``from``), and would otherwise get
    every date's stories with no word why. Other unknown names (a tracker's) stay unsaid."""
    known = {"q", "page", "order", *FILTERS}
    return [
        name[:30]
        for name, value in params.items()
        if name not in known and _DATE_VALUE.fullmatch(value.strip())
    ][:3]


def _all_papers_url(request, data: dict) -> str:
    """The same search over every paper (``?q=…`` without ``paper`` and ``page``), offered when
    the search is filtered to one paper (as the masthead's box on a paper's pages is) and more
    than one paper has something public; else ``""``."""
    if not data.get("paper") or len(public_papers()) < 2:
        return ""
    params = request.GET.copy()
    for name in ("paper", "page"):
        params.pop(name, None)
    return "?" + params.urlencode()


def _hint_urls(request, query, hints) -> dict[str, str]:
    """The searches a page that found nothing suggests (:mod:`search.hints`), as links: this
    request (its filters kept) with ``q`` its query without its phrases' quotes
    (``unquoted``) or without its excluded words (``unexcluded``), from the first page; only
    those suggested."""
    urls = {}
    for name, typed in (
        ("unquoted", hints.unquoted and query.text_without(quotes=True)),
        ("unexcluded", hints.unexcluded and query.text_without(excluded=True)),
    ):
        if typed:
            params = request.GET.copy()
            params.pop("page", None)
            params["q"] = typed
            urls[name] = "?" + params.urlencode()
    return urls


def _unknown_paper_url(request, form) -> str:
    """The same search without its ``paper`` when that names no public paper (said among the
    unused filters, with this link: 检索全部报纸), else ``""``."""
    if not form.is_bound or "paper" not in form.errors:
        return ""
    params = request.GET.copy()
    for name in ("paper", "page"):
        params.pop(name, None)
    return "?" + params.urlencode()


def renamed_reporter(query, data: dict) -> dict | None:
    """For a query that is one name, a reporter the desk renamed (曾用名): ``{"name", "former",
    "url"}``, the page's note that their bylines print the former names, linking the 记者
    filter (which finds them by either name, :func:`search.lookups.person_one_of`); the index
    holds what was printed, so the words find only the stories printing the name typed. None
    otherwise (no query while the process holds the former names: :func:`former_names_of`).
    Only former names some byline or credit prints are named (:func:`former_names_printed`)."""
    if len(query.parts) != 1 or query.excluded or data.get("reporter"):
        return None
    former = former_names_of(query.parts[0])
    name = name_canonical(query.parts[0])
    if not former or not (former := former_names_printed(name, former)):  # (a rename undone)
        return None
    return {
        "name": name,
        "former": former,
        "url": reverse("search:search") + "?" + urlencode({"reporter": name}),
    }


def search_view(request):
    form = SearchForm(request.GET or None)
    too_long = len(request.GET.get("q", "")) > MAX_QUERY_LENGTH
    page_error = _page_error(request)
    if too_long or page_error:
        # Absurd input (a 10 KB query, page -1): say what is wrong, with a 400, and search
        # nothing. (A filter that does not parse is only reported: the rest still searches.)
        # A query too long is not shown back (it can be 10 KB): the box is left empty.
        if too_long:
            form.is_valid()  # the query's error, said once
            form.data = form.data.copy()
            form.data["q"] = ""
        return render(
            request,
            "search/search.html",
            {
                "rejected": True,
                "form": form,
                "query": parse_query(""),
                "result": None,
                "page_obj": None,
                "bad_page": page_error,
                "publication": None,
            },
            status=400,
        )
    data = form.valid_data() if form.is_bound else {}
    query = parse_query(data.get("q", ""))
    result = None
    page = None
    photos = PhotoHits([], False)
    hints = None  # (found nothing: what dropping one of its conditions would find)
    try:
        if form.is_bound:
            values = form.filter_values()
            if not query.is_empty:
                result, stories = found(values, query, newest=form.newest_first())
                page = _page_of(request, stories)
                _mark(page.object_list, query)
                # Photos standing alone (no story), their own section: first page only.
                photos = photos_of_search(values, result, page.number)
                hints = hints_for(values, query) if result.total == 0 else None
            elif values:
                page = _page_of(request, listed(values))
    except PastTheEnd as error:
        return past_the_end(request, error)
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "query": query,
            "unknown_dates": unknown_date_params(request.GET) if form.is_bound else [],
            "matched": matched_parts(query) if result is not None and result.fallback else (),
            "result": result,
            "page_obj": page,
            "photos": photos,
            "hints": hints,
            "renamed": renamed_reporter(query, data) if form.is_bound else None,
            "hint_urls": _hint_urls(request, query, hints) if hints else {},
            "publication": _paper(data["paper"]) if data.get("paper") else None,
            "all_papers_url": _all_papers_url(request, data),
            "unknown_paper_url": _unknown_paper_url(request, form),
            "scan_limit": CHARACTER_SCAN,
            "export_query": _export_query(request) if page is not None else "",
            "export_at_most": EXPORT_AT_MOST,
        },
    )


def _export_query(request) -> str:
    """The search's query string as the export links send it (:mod:`search.export`: the whole
    result list, not one page): its query, order and filters only (no page, no name the form
    does not take, a tracker's)."""
    kept = ("q", "order", *FILTERS)
    return urlencode([(k, v) for k, values in request.GET.lists() if k in kept for v in values])


def tag_view(request, word: str):
    """``/search/tag/<word>/``: stories with the keyword, newest first. ``word`` is the segment
    :func:`articles.params.encode_segment` made (so a keyword ``..`` has a safe address), in
    either script (:func:`search.results.keyword_of`)."""
    page_error = _page_error(request)
    if page_error:
        return render(request, "400.html", {"message": page_error}, status=400)
    try:
        word = decode_segment(word)
    except ValueError:
        raise Http404("no such tag") from None
    if len(word) > 50:
        return render(
            request,
            "400.html",
            {"message": "关键词太长：标签最多 50 个字，请换一个词检索"},
            status=400,
        )
    # The keyword as stored (臺灣 lists the stories tagged 台湾), the page titled as typed; a
    # typed form other than the stored one names the stored one's address as canonical.
    keyword = keyword_of(word)
    stories = tagged(keyword)
    if not stories.count():  # (no public story has it: no such page)
        raise Http404("no public story has this keyword")
    try:
        page = _page_of(request, stories)
    except PastTheEnd as error:
        return past_the_end(request, error)
    canonical = ""
    if keyword and keyword != word:
        canonical = reverse("search:tag", kwargs={"word": encode_segment(keyword)})
    return render(
        request, "search/tag.html", {"word": word, "page_obj": page, "canonical": canonical}
    )
