"""The stories list's search box (稿件): the public site's engine, unranked, and the queries
it refuses with a message instead of searching (:func:`search.queries.desk_query_refusal`)."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Exists, OuterRef, Q

from articles.models import Byline, Person
from articles.namechars import name_canonical
from search.queries import desk_query_refusal


def desk_search(queryset, term):
    """The stories of ``queryset`` that ``term`` finds (:func:`search.spaced.stories_filter`),
    and, when ``term`` is the name of a person the desk renamed, the stories credited to them
    (their bylines print a former name, 曾用名: ``王明远`` finds those printed ``记者王明``)."""
    from search.spaced import stories_filter  # ("南通 港" found as printed, as on the site)

    found = stories_filter(queryset, term)
    renamed = Person.objects.filter(name=name_canonical(term.strip()), aliases__isnull=False)
    if not renamed.exists():
        return found
    credited = Byline.objects.filter(article=OuterRef("pk"), person__in=renamed)
    return queryset.filter(Q(pk__in=found.values("pk")) | Q(Exists(credited)))


class StorySearch:
    """The stories list's search, for ``ArticleAdmin``: the box appears when ``search_fields``
    is set; the search itself is ``search_function``, the public site's engine (jieba words on
    the full-text index, substring fallback), unranked so the change list keeps its own
    ordering. The box's ``maxlength`` is the longest query searched
    (``templates/admin/articles/article/search_form.html``)."""

    search_fields = ["headline", "kicker", "subheadline", "byline"]
    search_help_text = "按标题、署名或正文里的词语查找，如：徐惠民"
    search_function = staticmethod(desk_search)

    def get_search_results(self, request, queryset, search_term):
        """The box's search; a query too long, or of words to leave out alone, searches nothing
        and the list says why (a message; not for the story pickers' lookups, which share
        this search)."""
        if not search_term.strip():
            return queryset, False
        if refusal := desk_query_refusal(search_term):
            if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
                messages.warning(request, refusal)
            return queryset.none(), False
        return self.search_function(queryset, search_term), False
