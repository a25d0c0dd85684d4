"""Lookups the search's statements use that Django does not have."""

from __future__ import annotations

from django.db import connections
from django.db.models import Case, F, FloatField, Lookup, Q, QuerySet, Value, When

from search.queries import Query, spaced_pattern


class AnyOf(Lookup):
    """PostgreSQL: ``column = ANY(%s::bigint[])`` with the ids as one array parameter (its text,
    :func:`id_array`), for
    ``queryset.filter(AnyOf(F("pk"), ids))``.

    The same rows as ``pk__in=ids`` (PostgreSQL reads an ``IN`` list as ``= ANY`` of an array),
    but one parameter instead of one per id. A search's ranked page names the ids of its window
    (up to :data:`search.engine.RANK_WINDOW`) twice; as ``IN`` lists the ORM prepared and quoted
    each one and psycopg split the SQL at each placeholder: 14 ms of the client's CPU a search
    at 1,000,000 stories, 6.6 ms with the array (bench/search_scale.py's words). Not registered
    on any field; an empty list matches nothing. The ids may also come as their array's text
    (a prepared query's argument, :mod:`search.pages`). ``search_entry__article_id`` and the like work
    as the left-hand side (``F`` of a related field)."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        ids = self.rhs if isinstance(self.rhs, str) else id_array(self.rhs)
        return f"{lhs} = ANY(%s::bigint[])", [*lhs_params, ids]


class OneOf(Lookup):
    """``lhs`` is one of the texts of a JSON array given as one text parameter
    (``["何晓雨", "何曉雨"]``): for ``queryset.filter(OneOf(F("person__name"), texts))``, the
    left-hand side a column or a ``Value``. One parameter whatever the number of texts, so that
    a prepared query (:mod:`search.prepared`) takes them as one argument. SQLite: ``IN (SELECT
    value FROM json_each(%s))``; PostgreSQL: ``= ANY(ARRAY(SELECT
    jsonb_array_elements_text(%s::jsonb)))`` (the array worked out once per statement). An
    equality either way, so an index on the column serves it. Not registered on any field;
    an empty array matches nothing."""

    lookup_name = "one_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        if connection.vendor == "postgresql":
            among_texts = "= ANY(ARRAY(SELECT jsonb_array_elements_text(%s::jsonb)))"
        else:
            among_texts = "IN (SELECT value FROM json_each(%s))"
        return f"{lhs} {among_texts}", [*lhs_params, self.rhs]


def id_array(ids: list[int]) -> str:
    """``{1,2,3}``: ``ids`` as the text of a PostgreSQL array, for ``= ANY(%s::bigint[])``.
    One text parameter: psycopg quotes it at once, where a list is adapted element by element
    (1 ms of the client's CPU for a window of 1,000, bench/search_scale.py)."""
    return "{" + ",".join(map(str, map(int, ids))) + "}"


def among(queryset: QuerySet, field: str, ids: list[int]) -> QuerySet:
    """``queryset`` narrowed to ``field`` in ``ids``: :class:`AnyOf` on PostgreSQL, ``__in``
    elsewhere."""
    if connections[queryset.db].vendor == "postgresql":
        return queryset.filter(AnyOf(F(field), ids))
    return queryset.filter(**{f"{field}__in": ids})


class EntryLabel(Lookup):
    """PostgreSQL: the story's index entry (``lhs``: a column of it,
    ``F("search_entry__issue_date")``, so the entry the search joins) ran on a page of 版次
    ``rhs``: its ``labels`` (migration ``search.0010``, not in the model) hold it. A condition
    on the entry's row, which its GIN index answers, instead of an ``EXISTS`` over the story's
    parts. Not registered on any field."""

    lookup_name = "entry_label"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        column, lhs_params = self.process_lhs(compiler, connection)
        table = column.rsplit(".", 1)[0]
        return f"{table}.labels @> ARRAY[%s]::text[]", [*lhs_params, self.rhs]


def printed_phrase(words: tuple[str, ...]) -> Q:
    """Stories whose normalised title or body prints the phrase of ``words`` (typed with
    spaces, ``"南通 港"``), with or without spaces between its words, as printed
    (:func:`search.queries.spaced_pattern`; :mod:`search.spaced`): what a phrase looked for
    must match and a phrase left out (``-"长江 保护"``) must not."""
    pattern = spaced_pattern(words)
    return Q(search_entry__title__regex=pattern) | Q(search_entry__body__regex=pattern)


def person_one_of(names) -> Q:
    """Rows with a ``person`` (a ``Byline``, a ``PhotoCredit``) whose person bears one of
    ``names`` (a JSON array, as :class:`OneOf` takes it) now or bore it before the desk renamed
    them (曾用名, :class:`articles.models.PersonAlias`): the 记者 filter's ``王明`` finds the
    stories of 王明远, once 王明. The same SQL whatever the names (a prepared query's)."""
    from articles.models import PersonAlias

    formerly = PersonAlias.objects.filter(OneOf(F("name"), names)).values("person_id")
    return Q(OneOf(F("person__name"), names)) | Q(person_id__in=formerly)


# The engine's conditions and orders (:mod:`search.engine`, which names them as before) -----


def fts5_match_text(terms: tuple[str, ...]) -> str:
    """``"党建" "品牌"``: each term an FTS5 string (``"`` doubled); adjacent strings are ANDed."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def fts5_split_text(parts: tuple[str, ...]) -> str:
    """FTS5 text a story holding every one of ``parts`` (runs of Han characters, a name's:
    :attr:`~search.queries.Query.name_like`) as a substring must match, however its text was
    cut: for each part of two characters or more, a token starting with the part or with one of
    its characters after the first (林海: ``("林海"* OR "海"*)``; 林 / 海涛 holds 海涛, 林海 / 涛
    holds 林海). A part cut so that a word of the stop list starts a piece may escape it
    (李 / 和); the substring check on what it finds stays exact. No quote in a Han part."""
    groups = []
    for part in parts:
        if len(part) > 1:
            starts = dict.fromkeys([part, *part[1:]])
            groups.append("(" + " OR ".join(f'"{start}"*' for start in starts) + ")")
    return " AND ".join(groups)


def contains_parts(parts: tuple[str, ...]) -> Q:
    """Stories whose normalised title or body holds every one of ``parts`` (a substring)."""
    condition = Q()
    for part in parts:
        condition &= Q(search_entry__title__contains=part) | Q(search_entry__body__contains=part)
    return condition


def without_excluded(queryset: QuerySet, q: Query) -> QuerySet:
    """``queryset`` (stories) without those whose normalised title or body holds a word
    ``q`` excludes (``-项目``; a phrase typed with spaces as printed, ``-"长江 保护"``:
    :func:`~search.lookups.printed_phrase`); as it is when it excludes none."""
    spaced = dict(q.excluded_spaced)
    for word in q.excluded:
        words = spaced.get(word)
        queryset = queryset.exclude(printed_phrase(words) if words else contains_parts((word,)))
    return queryset


def ordered(queryset: QuerySet) -> QuerySet:
    return queryset.order_by("-search_rank", "-issue__date", "page__sequence", "position", "pk")


def title_first(window: QuerySet, q: Query) -> QuerySet:
    """The stories of a substring scan's window (each holds every part: not tested again),
    ranked as :func:`search.engine.substring_matches` ranks them: a title holding every part first."""
    in_title = Q()
    for part in q.parts:
        in_title &= Q(search_entry__title__contains=part)
    rank = Case(When(in_title, then=Value(1.0)), default=Value(0.0), output_field=FloatField())
    return ordered(window.annotate(search_rank=rank))
