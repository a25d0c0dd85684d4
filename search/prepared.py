"""Search queries built with the ORM once per *shape* and run again with a reader's words:
:class:`PreparedText`.

A search query's SQL depends on its shape (how many words and parts, which filters, whether
the index's match must be checked for substrings) and never on the words themselves, so, as the
public views do with :class:`articles.queries.Prepared`, it is built once by the very functions
of :mod:`search.engine` and :mod:`search.forms` (the rules stay written once) with stand-ins for
the words, then run with the words put in its parameters. The difference: a word is not always
a parameter of its own. It sits *inside* one: quoted in a full-text query (``'党建' & '品牌'``,
``"党建" "品牌"``), between the ``%`` of a ``LIKE`` pattern. Those parameters are rebuilt by putting
the word where its stand-in was, which gives what the ORM gives only when the quoting and
escaping leave the word as it is: a word with none of ``\\ % _ " '`` (:data:`QUOTED`). For any
other word :meth:`PreparedText.rows` raises :class:`NotPrepared` and the caller asks the ORM.

A page of rows comes by ``LIMIT``/``OFFSET`` parameters added to the built SQL (what the ORM
writes for a sliced queryset, with the numbers as literals).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from django.db import connections, models, router

from articles import queries
from articles.dates import issue_date_range

#: Characters some quoting or escaping of a text parameter changes: ``LIKE``'s escapes, FTS5's
#: and tsquery's quotes (doubled), tsquery's backslash. A word holding one is not put in by
#: substitution.
QUOTED = frozenset("\\%_\"'\x00")
_STAND_IN = re.compile("\x00prepared-argument-([0-9]+)\x00")


class NotPrepared(ValueError):
    """The arguments cannot be put in a prepared query as they are (:data:`QUOTED`)."""


@dataclass
class _Built:
    dates: tuple[date, date]
    until: float
    sql: str
    params: list
    slots: list[tuple[int, Callable[[Sequence], object]]]  # (place, value from the arguments)
    inside: tuple[int, ...]  # arguments put inside a text parameter
    compiler: object
    converters: dict


def _exact(index: int, adapt: Callable) -> Callable[[Sequence], object]:
    return lambda args: adapt(args[index])


def _inside(pieces: list[str | int]) -> Callable[[Sequence], str]:
    """A text parameter from its pieces: literal text, and the argument numbers where a
    stand-in was."""
    return lambda args: "".join(p if isinstance(p, str) else args[p] for p in pieces)


class PreparedText(queries.Prepared):
    """:class:`articles.queries.Prepared` whose text arguments may sit inside a parameter
    (see the module's notes) and whose rows may be one page of the query's. ``build`` returns
    a ``values_list()`` queryset (annotations may order it; they are not selected)."""

    def _prepare(self, alias: str, connection) -> _Built:
        dates, until = issue_date_range(), queries._day_ends()
        stand_ins = [queries._sentinel(kind, i) for i, kind in enumerate(self.kinds)]
        sql, params, compiler, converters = self._sql(self.build(*stand_ins).using(alias), alias)
        marks = {}
        for index, (kind, stand_in) in enumerate(zip(self.kinds, stand_ins, strict=True)):
            adapt = queries._adapter(kind, connection)
            marks[adapt(stand_in)] = (index, adapt)
        slots, used, inside = [], set(), set()
        for place, value in enumerate(params):
            mark = marks.get(queries._hashable(value))
            if mark is not None:
                slots.append((place, _exact(*mark)))
                used.add(mark[0])
            elif isinstance(value, str) and _STAND_IN.search(value):
                pieces: list[str | int] = []
                for number, piece in enumerate(_STAND_IN.split(value)):
                    pieces.append(int(piece) if number % 2 else piece)
                numbers = {p for p in pieces if isinstance(p, int)}
                if any(self.kinds[n] is not str for n in numbers):
                    raise ValueError("only a text argument may sit inside a parameter")
                slots.append((place, _inside(pieces)))
                used |= numbers
                inside |= numbers
        if used != set(range(len(self.kinds))):
            raise ValueError("every argument of a prepared query must be in its parameters")
        return _Built(
            dates, until, sql, list(params), slots, tuple(sorted(inside)), compiler, converters
        )

    def _sql(self, queryset, alias: str) -> tuple[str, Sequence, object, dict]:
        """The SQL and parameters of ``queryset`` (built with stand-ins), its compiler and the
        converters of its columns."""
        query = queryset.query
        if not queryset._fields or query.extra_select or query.is_sliced:
            raise ValueError("a prepared query is an unsliced values_list() of fields")
        compiler = query.get_compiler(alias)
        sql, params = compiler.as_sql()
        if compiler.has_extra_select or compiler.col_count != len(queryset._fields):
            raise ValueError("a prepared query may not select more than its fields")
        fields = [column[0] for column in compiler.select[: compiler.col_count]]
        return sql, params, compiler, compiler.get_converters(fields)

    def statement(self, *args, limit: int | None = None, offset: int = 0) -> tuple[str, str, list]:
        """The database alias read, the SQL and the parameters :meth:`page` runs for ``args``
        (for a caller that runs it inside a statement of its own:
        :func:`search.public.prepared_window`). :class:`NotPrepared` as :meth:`page`."""
        alias = router.db_for_read(self.model)
        connection = connections[alias]
        built = self._built.get(connection)
        if built is None or queries._now() >= built.until:
            built = self._built[connection] = self._prepare(alias, connection)
        for index in built.inside:
            if not QUOTED.isdisjoint(args[index]):
                raise NotPrepared(f"{args[index]!r} is quoted or escaped in its parameter")
        params = list(built.params)
        for place, value in built.slots:
            params[place] = value(args)
        sql = built.sql
        if limit is not None:
            sql += " LIMIT %s OFFSET %s"
            params += [limit, offset]
        return alias, sql, params

    def page(
        self, *args, limit: int | None = None, offset: int = 0, convert: bool = True
    ) -> tuple[str, list]:
        """The database alias read and the rows for ``args`` (:meth:`rows`): ``limit`` of them
        from ``offset`` on, or all of them when ``limit`` is None. :class:`NotPrepared`
        when an argument put inside a parameter has a character of :data:`QUOTED`.
        ``convert=False``: the rows as the database driver gives them (tuples), without the
        ORM's converters (a caller whose columns the driver already gives as Python wants them,
        such as a count's integer, saves a pass over every row)."""
        alias, sql, params = self.statement(*args, limit=limit, offset=offset)
        connection = connections[alias]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        built = self._built[connection]
        if convert and built.converters:
            rows = list(built.compiler.apply_converters(rows, built.converters))
        return alias, rows

    def rows(self, *args) -> tuple[str, list]:
        return self.page(*args)


class _Caught(Exception):
    def __init__(self, sql: str, params: Sequence):
        super().__init__(sql)
        self.sql, self.params = sql, params


def _catch(execute, sql, params, many, context):
    raise _Caught(sql, params)


class PreparedCount(PreparedText):
    """How many rows ``build(*args)`` (any queryset) has: the SQL ``QuerySet.count()`` runs,
    prepared. :meth:`count` gives the number."""

    def _sql(self, queryset, alias: str) -> tuple[str, Sequence, object, dict]:
        connection = connections[alias]
        try:
            with connection.execute_wrapper(_catch):
                queryset.count()
        except _Caught as caught:
            return caught.sql, caught.params, None, {}
        raise ValueError("count() ran no query")  # (a queryset known to be empty)

    def count(self, *args) -> int:
        return self.page(*args)[1][0][0]


class Shapes:
    """Prepared queries of one kind, one per shape, made when first asked for:
    ``shapes.get(shape)``, with ``make(shape) -> (kinds, build)`` and ``model``'s rows (a
    :class:`PreparedText`, or ``prepared``). Shapes are few (word and part counts are bounded,
    filters are six), so they are kept for the process."""

    def __init__(
        self,
        model: type[models.Model],
        make: Callable[[tuple], tuple[Sequence[type], Callable]],
        prepared: type[PreparedText] = PreparedText,
    ):
        self.model = model
        self.make = make
        self.prepared = prepared
        self._queries: dict[tuple, PreparedText] = {}

    def get(self, shape: tuple) -> PreparedText:
        found = self._queries.get(shape)
        if found is None:
            found = self._queries[shape] = self.prepared(self.model, *self.make(shape))
        return found
