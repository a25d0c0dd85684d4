"""Queries the public views run on every render, built with the ORM once per process and run
again with new arguments: :class:`Prepared`.

Why: Django builds a queryset's SQL anew every time it runs it (the filters, joins, columns and
ordering are worked out again by its compiler), about 0.3 ms of CPU a query on this site against
some 15 µs to run the same SQL on SQLite; the page view's nine queries were most of its time
without the page cache (``bench/uncached_bench.py``). The SQL of a public view's query depends
only on the queryset's shape, never on the row asked for, so it is built once (with the ORM: the
published gate ``objects.public()``, the joins and the columns stay written once, in
:mod:`articles.querysets` and :mod:`articles.selectors`) and each render only puts its arguments
in and converts the rows as the ORM would (its converters: JSON decoded, dates and booleans on
SQLite, time zones).

What is kept, per database connection: the SQL text, its parameters and the compiler's
converters, for the dates :func:`articles.dates.issue_date_range` gave when it was built (the one
input of the public gate that is not an argument: it moves on at midnight, and the SQL is built
again then). Nothing of the content is kept: every call reads the database.

On SQLite the SQL is also kept with its placeholders as the driver takes them (``?``): Django's
SQLite cursor rewrites ``%s`` with a regular expression over the whole text on every run (about
as long as running the query), so a prepared query runs the rewritten text on the driver's
connection directly, unless something watches the connection's queries (``DEBUG``, a test counting
them, an ``execute_wrapper``), which then sees it go through Django's cursor as before.

A list of ids (an ``__in`` lookup) is an argument too (kind ``list``): its SQL would change with
the list's length (``IN (%s, %s, …)``), so the list goes in as one parameter, read on SQLite as a
JSON array (``IN (SELECT value FROM json_each(%s))``) and on PostgreSQL as an array
(``= ANY(%s)``). The import's fixed-shape queries (one a batch, each ≈ 0.3–1 ms of the ORM's CPU
against some 25 µs of SQL) are built once this way too.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import DEFAULT_DB_ALIAS, connections, models, router
from django.db.models import signals
from django.db.models.base import ModelState
from django.db.models.fields.related_descriptors import ForwardManyToOneDescriptor
from django.utils import timezone

from articles.dates import issue_date_range


class DateList(list):
    """The kind of a prepared query's argument that is a collection of dates, an ``__in``
    lookup's whole value (as ``list`` is for ids)."""


class StrList(list):
    """The kind of a prepared query's argument that is a collection of texts, an ``__in``
    lookup's whole value (as ``list`` is for ids)."""


#: The list kinds (:func:`_one_parameter_lists`) and the kind of each one's values.
LIST_KINDS = {list: int, DateList: date, StrList: str}
#: The argument kinds a prepared query takes: each is a lookup's value (``=`` or the value a
#: subquery filters on), or (:data:`LIST_KINDS`) a collection of ints, dates or texts that is
#: an ``__in`` lookup's whole value (:func:`_one_parameter_lists`).
KINDS = (int, str, date, *LIST_KINDS)


def _sentinel(kind: type, index: int):
    """A value of ``kind`` that no row and no real argument has, marking where argument
    ``index`` goes in the built query's parameters."""
    if kind is int:
        return -7_340_032_000_000 - index
    if kind is str:
        return f"\x00prepared-argument-{index}\x00"
    if kind is date:
        return date(1, 1, 1) + timedelta(days=index)
    if kind in LIST_KINDS:
        return [_sentinel(LIST_KINDS[kind], index)]
    raise TypeError(f"a prepared query takes {KINDS}, not {kind!r}")


def _adapter(kind: type, connection) -> Callable:
    """How the ORM passes a value of ``kind`` to the database (dates: per backend)."""
    if kind is date:
        return connection.ops.adapt_datefield_value
    if kind is list:
        return functools.partial(ids_parameter, connection)
    if kind in LIST_KINDS:  # (each value as the ORM passes it; SQLite reads them as JSON)
        adapt = _adapter(LIST_KINDS[kind], connection)
        if connection.vendor == "sqlite":
            return lambda values: json.dumps([adapt(value) for value in values])
        return lambda values: [adapt(value) for value in values]
    return lambda value: value


def ids_parameter(connection, ids: Iterable) -> str | list[int]:
    """A collection of ids as the one parameter of :data:`LIST_IN` on ``connection``: a JSON
    array on SQLite, a list (an array) on PostgreSQL. (The JSON array is written by hand, as
    ``json.dumps`` writes it but for the spaces: ``json.dumps`` costs 1–4 µs a call more for the
    few ids most lists hold, and an import makes some 1,700 of them.)"""
    if connection.vendor == "sqlite":
        return "[" + ",".join([str(int(pk)) for pk in ids]) + "]"
    return [int(pk) for pk in ids]


#: An ``__in`` lookup of one value as the ORM writes it, and what a ``list`` argument's one
#: parameter becomes in its place, per database.
_ONE_VALUE_IN = " IN (%s)"
LIST_IN = {"sqlite": " IN (SELECT value FROM json_each(%s))", "postgresql": " = ANY(%s)"}
_PLACEHOLDER = re.compile(r"%%|%s")


def _one_parameter_lists(sql: str, places: set[int], vendor: str) -> str:
    """``sql`` with the ``__in`` lookup of each parameter in ``places`` (their indexes among the
    parameters, each the one value of its list when built) taking the whole list as that one
    parameter (:data:`LIST_IN`); ValueError when such a parameter is not an ``__in`` lookup's
    only value, or on a database that has neither form."""
    if not places:
        return sql
    if vendor not in LIST_IN:
        raise ValueError(f"a prepared query takes no list argument on {vendor}")
    pieces, done, place = [], 0, -1
    for match in _PLACEHOLDER.finditer(sql):
        if match.group() == "%%":
            continue
        place += 1
        if place not in places:
            continue
        start = match.start() - len(" IN (")
        if sql[start : match.end() + 1] != _ONE_VALUE_IN:
            raise ValueError("a list argument of a prepared query must be an __in lookup's value")
        pieces += [sql[done:start], LIST_IN[vendor]]
        done = match.end() + 1
    return "".join([*pieces, sql[done:]])


_now = time.time  # (a function of its own, so a test can move the clock on)


def _day_ends() -> float:
    """When the site's local day ends (the next local midnight), as a Unix time: until then
    :func:`articles.dates.issue_date_range` gives what it gives now."""
    now = timezone.localtime()
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    return timezone.make_aware(midnight, now.tzinfo).timestamp()


_today: list = [None, 0.0]  # [issue_date_range() for the local day, when that day ends]


def issue_dates() -> tuple[date, date]:
    """:func:`articles.dates.issue_date_range` for today, worked out again only when the site's
    local day ends (as a prepared query's gate dates are): the public URLs check every date
    they are given against it (``articles/urls.py``), and working it out is a time zone
    conversion (≈ 5 µs, as long as the rest of the address's match)."""
    found, until = _today
    if found is None or _now() >= until:
        found, until = issue_date_range(), _day_ends()
        _today[:] = [found, until]
    return found


@dataclass
class _Built:
    dates: tuple[date, date]  # issue_date_range() when built
    until: float  # when the local day it was built on ends (_day_ends())
    sql: str
    params: list
    slots: list[tuple[int, int, Callable]]  # (place in params, argument index, adapter)
    compiler: object
    converters: dict
    #: On SQLite: ``sql`` with its placeholders as the driver takes them (``?``), run as is
    #: when nothing watches the connection's queries (:meth:`Prepared.rows`); else None.
    qmark_sql: str | None = None


class Prepared:
    """A ``values_list()`` query of ``model`` built once per connection by ``build(*args)``
    (``args`` of the types ``kinds``, :data:`KINDS`) and run with new arguments by :meth:`rows`.

    ``build`` must use each argument as a lookup's value (never in Python: it is called once,
    with stand-ins) and return a ``values_list()`` queryset without annotations or extra
    columns; :class:`TypeError` or :class:`ValueError` when it does not, raised the first time
    the query runs. The database is the one the router gives for reading ``model`` (a public
    read may go to the replica, :mod:`newsroom.routers`), decided on every call.

    ``raw``: names in the ``values_list()`` whose values are given as the database driver
    hands them, without the field's conversion (a JSON column: its text, which the caller
    reads as far as it needs, :func:`articles.public.first_paragraph_in`).

    ``primary``: always read the primary database (an import's reads, inside its transaction),
    whatever the router says."""

    def __init__(
        self,
        model: type[models.Model],
        kinds: Sequence[type],
        build: Callable,
        raw: Sequence[str] = (),
        primary: bool = False,
    ):
        self.model = model
        self.kinds = tuple(kinds)
        self.build = build
        self.raw = frozenset(raw)
        self.primary = primary
        self._built: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def _prepare(self, alias: str, connection) -> _Built:
        dates, until = issue_date_range(), _day_ends()
        sentinels = [_sentinel(kind, i) for i, kind in enumerate(self.kinds)]
        queryset = self.build(*sentinels).using(alias)
        query = queryset.query
        # Annotations only after the fields, in the values_list()'s order: the rows are the
        # SQL's (fields first), not re-ordered as the ORM's values_list() re-orders them.
        named = tuple(query.annotation_select)
        trailing = not named or tuple(queryset._fields[-len(named) :]) == named
        if not queryset._fields or not trailing or query.extra_select:
            raise ValueError(
                "a prepared query is a values_list() of fields (annotations last), nothing else"
            )
        compiler = query.get_compiler(alias)
        sql, params = compiler.as_sql()
        if compiler.has_extra_select:
            raise ValueError("a prepared query may not select more than its fields")
        params = list(params)
        marks = {}
        for index, (kind, sentinel) in enumerate(zip(self.kinds, sentinels, strict=True)):
            adapt = _adapter(kind, connection)
            if kind in LIST_KINDS:  # (its one value, as the ORM passed it)
                marks[_adapter(LIST_KINDS[kind], connection)(sentinel[0])] = (index, adapt)
            else:
                marks[adapt(sentinel)] = (index, adapt)
        slots = [
            (place, *marks[value])
            for place, value in enumerate(params)
            if _hashable(value) in marks
        ]
        if {index for _, index, _ in slots} != set(range(len(self.kinds))):
            raise ValueError("every argument of a prepared query must be a lookup's value")
        lists = {place for place, index, _ in slots if self.kinds[index] in LIST_KINDS}
        sql = _one_parameter_lists(sql, lists, connection.vendor)
        fields = [column[0] for column in compiler.select[: compiler.col_count]]
        converters = compiler.get_converters(fields)
        for place, name in enumerate(queryset._fields):
            if name in self.raw:
                converters.pop(place, None)
        return _Built(
            dates, until, sql, params, slots, compiler, converters, _qmark(connection, sql)
        )

    def rows(self, *args) -> tuple[str, list]:
        """The database alias read and the query's rows for ``args``: sequences of the fields
        named by ``values_list()``, in its order, with Python values as the ORM gives them."""
        alias = DEFAULT_DB_ALIAS if self.primary else router.db_for_read(self.model)
        connection = connections[alias]
        built = self._built.get(connection)
        # The dates of the public gate change only when the local day does: worked out again
        # then, not on every query (a time zone conversion each, nine times a page).
        if built is None or _now() >= built.until:
            built = self._built[connection] = self._prepare(alias, connection)
        params = list(built.params)
        for place, index, adapt in built.slots:
            params[place] = adapt(args[index])
        if built.qmark_sql is not None and unwatched(connection):
            rows = sqlite_rows(connection, built.qmark_sql, params)
        else:
            with connection.cursor() as cursor:
                cursor.execute(built.sql, params)
                rows = cursor.fetchall()
        if built.converters:
            rows = list(built.compiler.apply_converters(rows, built.converters))
        return alias, rows


def _qmark(connection, sql: str) -> str | None:
    """On SQLite, ``sql`` (the ORM's ``%s`` placeholders) as Django's backend hands it to the
    driver (``?``, rewritten by the backend itself); None on other databases."""
    if connection.vendor != "sqlite":
        return None
    with connection.cursor() as cursor:
        driver_cursor = cursor.cursor
        if not isinstance(driver_cursor, sqlite3.Cursor):  # pragma: no cover (a wrapped cursor)
            return None
        return driver_cursor.convert_query(sql)


def unwatched(connection) -> bool:
    """Whether a query may skip Django's cursors: nothing logs the connection's queries
    (``DEBUG``, ``assertNumQueries``, ``CaptureQueriesContext``), wraps their execution
    (``connection.execute_wrapper()``) or replaces its ``cursor()`` (a debugging toolbar), and
    the connection is open on the SQLite driver itself."""
    return (
        not connection.queries_logged
        and not connection.execute_wrappers
        and "cursor" not in connection.__dict__
        and isinstance(connection.connection, sqlite3.Connection)
    )


def sqlite_rows(connection, sql: str, params: list, many: bool = False) -> list:
    """The rows of ``sql`` (the driver's placeholders) on SQLite, as ``connection.cursor()``,
    ``execute()`` and ``fetchall()`` give them (``many``: ``executemany()``, no rows), less
    Django's two cursor objects and the rewriting of the placeholders (≈ 15 µs a query here,
    as long as running it): the same checks (the connection's health, opened if need be, used
    by its own thread, not in a broken transaction; not from async code) and the driver's
    errors as Django's."""
    connection.close_if_health_check_failed()
    connection.ensure_connection()  # refuses a call from async code, as cursor() does
    connection.validate_thread_sharing()
    connection.validate_no_broken_transaction()
    with connection.wrap_database_errors:
        if many:
            connection.connection.executemany(sql, params)
            return []
        return connection.connection.execute(sql, params).fetchall()


def _hashable(value):
    try:
        hash(value)
    except TypeError:
        return None
    return value


def field_names(model: type[models.Model], prefix: str = "", leave_out: Iterable[str] = ()):
    """The attribute names of ``model``'s columns (``publication_id`` for a foreign key), each
    led by ``prefix`` (``"article__"``): what :func:`instance` needs to build it whole."""
    return [
        prefix + field.attname
        for field in model._meta.concrete_fields
        if field.attname not in leave_out
    ]


def instance(
    model: type[models.Model], alias: str, names: Sequence[str], row: Sequence, start: int = 0
):
    """``model`` as the ORM loads it (``from_db``) from the columns ``names`` (attribute names
    in the model's column order, :func:`field_names` without a prefix) found in ``row`` from
    ``start`` on; the columns not named are deferred (read on access, one query each).

    For a model that loads as plain :class:`~django.db.models.Model` does (no ``__init__`` or
    ``from_db`` of its own, nothing listening to ``pre_init``/``post_init``), the instance is
    made directly, as ``Model.__init__`` would leave it: its ``_state`` (not adding, the
    database read) and each column's value in ``__dict__`` (where every column's descriptor
    keeps it). A public page builds some forty rows into objects; ``Model.__init__`` walks
    every field of the model for each (tests/public/test_prepared.py checks both agree)."""
    values = row[start : start + len(names)]
    if not _plain(model):
        return model.from_db(alias, names, values)
    obj = model.__new__(model)
    state = obj.__dict__["_state"] = ModelState()
    state.adding = False
    state.db = alias
    obj.__dict__.update(zip(names, values, strict=True))
    return obj


def maker(
    model: type[models.Model], alias: str, names: Sequence[str], start: int = 0
) -> Callable[[Sequence], models.Model]:
    """``make(row)``: :func:`instance` of ``model`` from ``row`` (``names`` from ``start`` on)
    for the rows of one query, whether ``model`` loads as plain ``Model`` does asked once here
    rather than once a row (≈ 0.5 µs each; a page builds some forty rows)."""
    end = start + len(names)
    if not _plain(model):
        return lambda row: model.from_db(alias, names, row[start:end])
    new = model.__new__

    def make(row: Sequence) -> models.Model:
        obj = new(model)
        state = obj.__dict__["_state"] = ModelState()
        state.adding = False
        state.db = alias
        obj.__dict__.update(zip(names, row[start:end], strict=True))
        return obj

    return make


def copied_rows(rows: list[models.Model]) -> list[models.Model]:
    """A copy of each of ``rows`` for a caller that sets attributes on it or hands it related
    objects (:func:`relate`), as unpickling a kept value gives one (≈ 1 µs a row against ≈ 5):
    its own ``__dict__`` and ``_state``, with its own cache of related objects and of prefetched
    rows. The related and prefetched objects themselves are not copied: the same for every
    copy, so only read (a page's picture; :func:`articles.caching.kept`'s ``copy``)."""
    out = []
    for row in rows:
        fields = row.__dict__.copy()
        state = ModelState.__new__(ModelState)
        held = fields["_state"].__dict__
        state.__dict__.update(held)
        if "fields_cache" in held:
            state.__dict__["fields_cache"] = dict(held["fields_cache"])
        state.__dict__.pop("related_managers_cache", None)  # managers hold their instance
        fields["_state"] = state
        if "_prefetched_objects_cache" in fields:
            fields["_prefetched_objects_cache"] = dict(fields["_prefetched_objects_cache"])
        copy = row.__class__.__new__(row.__class__)
        copy.__dict__.update(fields)
        out.append(copy)
    return out


def keep_only(obj: models.Model, names: Iterable[str]) -> None:
    """Leave only the columns ``names`` (attribute names, :func:`field_names`) loaded on
    ``obj``; the others become deferred (read on access, one query each), as if the row had
    been read without them. For rows kept between renders (:func:`articles.caching.kept`),
    which are unpickled on every render: a column not shown costs there for nothing."""
    keep = set(names)
    for field in obj._meta.concrete_fields:
        if field.attname not in keep:
            obj.__dict__.pop(field.attname, None)


def relate(obj: models.Model, name: str, value: models.Model | None) -> None:
    """``obj.<name> = value`` for a row and its related row read together (the foreign key
    ``name`` of ``obj`` already holds ``value``'s key): the related object cached on ``obj``,
    which is what the field's descriptor leaves behind, without its checks (the router, the
    type, the instance's database: ≈ 1.2 µs a row against 0.05; a page sets some forty).

    Anything else (no such key, another value, ``None``, a one-to-one field, whose descriptor
    also caches ``obj`` on ``value``) goes through the descriptor as before."""
    if (
        value is not None
        and obj.__dict__.get(name + "_id", _MISSING) == value.pk
        and _plain_foreign_key(type(obj), name)
    ):
        obj._state.fields_cache[name] = value
    else:
        setattr(obj, name, value)


def relater(model: type[models.Model], name: str) -> Callable[[models.Model, models.Model], None]:
    """``set(obj, value)``: :func:`relate` for many rows of ``model`` whose foreign key
    ``name`` the caller knows to hold ``value``'s key (it looked ``value`` up by that key), the
    field's checks made once here rather than once a row (≈ 1 µs each; a page relates some
    thirty). A field that is not a plain many-to-one one goes through :func:`relate`."""
    if not _plain_foreign_key(model, name):
        return lambda obj, value: relate(obj, name, value)

    def set_related(obj: models.Model, value: models.Model) -> None:
        obj._state.fields_cache[name] = value

    return set_related


_MISSING = object()
_FOREIGN_KEYS: dict[tuple[type, str], bool] = {}


def _plain_foreign_key(model: type[models.Model], name: str) -> bool:
    """Whether ``name`` is a many-to-one field of ``model`` whose column is ``<name>_id`` and
    that caches under ``name`` (asked once per model and name)."""
    found = _FOREIGN_KEYS.get((model, name))
    if found is None:
        try:
            field = model._meta.get_field(name)
        except Exception:  # FieldDoesNotExist: an attribute of the model's own
            field = None
        found = _FOREIGN_KEYS[model, name] = bool(
            isinstance(field, models.ForeignKey)
            and not isinstance(field, models.OneToOneField)
            and field.attname == name + "_id"
            and field.cache_name == name
            and type(getattr(model, name)) is ForwardManyToOneDescriptor
        )
    return found


def _plain(model: type[models.Model]) -> bool:
    """Whether ``model``'s instances may be made without ``Model.__init__`` (see
    :func:`instance`); asked each time, as a receiver may connect at any time."""
    if model.__init__ is not models.Model.__init__:
        return False
    if model.from_db.__func__ is not models.Model.from_db.__func__:
        return False
    # No receiver at all (this site connects none) is a list check; else ask per model. (No
    # generator: this runs for every row a public page builds.)
    pre, post = signals.pre_init, signals.post_init
    return not (
        (pre.receivers and pre.has_listeners(model))
        or (post.receivers and post.has_listeners(model))
    )
