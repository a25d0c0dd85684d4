"""The stories list's search box (稿件): the public site's engine, unranked, and the queries
it refuses with a message instead of searching (:func:`search.queries.desk_query_refusal`).

Like the public search it finds the stories holding a query's words apart (``大桥通车`` in
海港大桥月底通车: :attr:`search.queries.Query.apart`, the one rule), but lists them whatever
else it finds, after the stories holding the characters together (an editor looking for a
story wants both), each marked 不相连 in the list's 检索 column and the list saying so as the
public page does (:data:`APART_NOTE`)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import BooleanField, Case, Exists, OuterRef, Q, Value, When
from django.utils.html import format_html

from articles.models import Byline, Person
from articles.namechars import name_canonical
from search.queries import desk_query_refusal, parse_query

#: The annotation saying a story was found by the query's words apart (True) or together.
APART = "search_apart"
#: What the list says when some stories it lists hold the query's words only apart: the public
#: search's note (``templates/search/search.html``) …
APART_NOTE = "没有稿件里这几个字连在一起；下面的稿件含有其中的每个词，但不相连。"
#: … and when stories holding the characters together are listed too, before them.
APART_AFTER_NOTE = (
    "先列出字连在一起的稿件；后面标“不相连”的稿件含有其中的每个词，但这几个字不连在一起。"
)


def desk_search(queryset, term):
    """The stories of ``queryset`` that ``term`` finds (:func:`search.spaced.stories_filter`),
    and, when ``term`` is the name of a person the desk renamed, the stories credited to them
    (their bylines print a former name, 曾用名: ``王明远`` finds those printed ``记者王明``);
    then the stories holding its words apart (:func:`apart_found`), annotated :data:`APART`
    (False for the others) when the query could find any."""
    from search.spaced import stories_filter  # ("南通 港" found as printed, as on the site)

    found = stories_filter(queryset, term)
    renamed = Person.objects.filter(name=name_canonical(term.strip()), aliases__isnull=False)
    if renamed.exists():
        credited = Byline.objects.filter(article=OuterRef("pk"), person__in=renamed)
        found = queryset.filter(Q(pk__in=found.values("pk")) | Q(Exists(credited)))
    apart = apart_found(queryset, term)
    if apart is None:
        return found
    together = Q(pk__in=found.values("pk"))
    found_apart = Case(
        When(together, then=Value(False)), default=Value(True), output_field=BooleanField()
    )
    return queryset.filter(together | Q(pk__in=apart.values("pk"))).annotate(**{APART: found_apart})


def apart_found(queryset, term):
    """The stories of ``queryset`` holding every word of ``term`` apart, as the public search
    finds them when none holds its characters together (:attr:`search.queries.Query.apart`:
    its phrases still together; its excluded words left out), those holding them together
    included; None when the query has no words to hold apart (one word, all quoted, a phrase
    typed with spaces)."""
    from search.engine import index_filter_any
    from search.lookups import without_excluded

    q = parse_query(term)
    apart = q.apart if not q.spaced else None
    if apart is None:
        return None
    return index_filter_any(without_excluded(queryset, q), [apart], check=bool(q.phrases))


class StorySearch:
    """The stories list's search, for ``ArticleAdmin``: the box appears when ``search_fields``
    is set; the search itself is ``search_function``, the public site's engine (jieba words on
    the full-text index, substring fallback), unranked so the change list keeps its own
    ordering, but for the stories holding the words apart, listed last (in the list's order
    among themselves, a column's sorting too) and marked (:meth:`search_match`). The box's ``maxlength`` is the
    longest query searched (``templates/admin/articles/article/search_form.html``)."""

    search_fields = ["headline", "kicker", "subheadline", "byline"]
    search_help_text = "按标题、署名或正文里的词语查找，如：徐惠民"
    search_function = staticmethod(desk_search)

    def get_list_display(self, request):
        """The list's columns, and 检索 while a search could find stories by words apart."""
        columns = list(super().get_list_display(request))
        term = request.GET.get("q", "")
        if term.strip() and not desk_query_refusal(term):
            q = parse_query(term)
            if not q.spaced and q.apart is not None:
                columns.insert(1, "search_match")
        return columns

    @admin.display(description="检索")
    def search_match(self, article):
        """不相连 for a story found by the query's words apart (:data:`APART`), else 字词相连."""
        if getattr(article, APART, False):
            return format_html('<span class="search-apart">{}</span>', "不相连")
        return "字词相连"

    def get_search_results(self, request, queryset, search_term):
        """The box's search; a query too long, or of words to leave out alone, searches nothing
        and the list says why (a message; not for the story pickers' lookups, which share
        this search), as it says when stories holding the words apart are listed
        (:data:`APART_NOTE`, :data:`APART_AFTER_NOTE`; two queries more, only then)."""
        if not search_term.strip():
            return queryset, False
        listing = request.resolver_match and request.resolver_match.url_name.endswith("changelist")
        if refusal := desk_query_refusal(search_term):
            if listing:
                messages.warning(request, refusal)
            return queryset.none(), False
        found = self.search_function(queryset, search_term)
        if APART not in found.query.annotations:
            return found, False
        # (the list's ordering is set before the search: the apart ones after, each in it)
        found = found.order_by(APART, *(found.query.order_by or self.model._meta.ordering))
        if listing and found.filter(**{APART: True}).exists():
            together = found.filter(**{APART: False}).exists()
            messages.info(request, APART_AFTER_NOTE if together else APART_NOTE)
        return found, False
