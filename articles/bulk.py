"""Updating many rows by primary key in one round trip.

Django's ``bulk_update`` builds one ``CASE WHEN`` expression per field over all the objects, which
costs more to compile than it saves for the handful of rows an import changes at a time (about
5 ms for four jumps). :func:`update_rows` sends one parameterised ``UPDATE … WHERE id = %s``
through ``executemany`` instead: the values are prepared by the fields themselves, exactly as
``save()`` prepares them. Every statement here goes through :func:`written` (on SQLite, the
driver itself, as :class:`articles.queries.Prepared` reads).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from django.db import connections, router
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.backends.sqlite3.base import FORMAT_QMARK_REGEX
from django.db.models import CharField, IntegerField, Model, TextField
from django.db.models.constants import OnConflict
from django.db.models.deletion import Collector

from articles.queries import LIST_IN, ids_parameter, sqlite_rows, unwatched


def update_rows(objects: Sequence[Model], fields: Sequence[str]) -> None:
    """Write ``fields`` of ``objects`` (all of one model) to their rows."""
    if not objects:
        return
    model = type(objects[0])
    names = [model._meta.get_field(name).attname for name in fields]
    update_values(
        model, fields, [[*(getattr(obj, name) for name in names), obj.pk] for obj in objects]
    )


def rows_delete(model: type[Model], field: str, ids: Iterable[int]) -> None:
    """``model.objects.filter(<field>__in=ids).delete()`` as one ``DELETE … WHERE <column>`` over
    the ids sent as one parameter (:data:`articles.queries.LIST_IN`), without Django's deletion
    collector and its compiling (≈ 1 ms of CPU a call against tens of µs of SQL; the import
    deletes the keywords and photo entries of a batch's stories every batch, mostly none).
    That is the statement Django itself sends for such a queryset when nothing has to be
    done with the rows first (``Collector.can_fast_delete``: no delete signal's receiver, no
    row of another model pointing at them); otherwise, or on a database without the list form,
    the queryset's ``delete()`` does it. ``field``: a column of ``model`` holding ids."""
    ids = list(ids)
    if not ids:
        return
    connection = connections[router.db_for_write(model)]
    rows = model._default_manager.all()
    if connection.vendor not in LIST_IN or not Collector(connection.alias).can_fast_delete(rows):
        rows.filter(**{f"{field}__in": ids}).delete()
        return
    meta, [column], _, quote = _table(model, [field])
    where = f"{quote(column.column)}{LIST_IN[connection.vendor]}"
    written(
        connection,
        f"DELETE FROM {quote(meta.db_table)} WHERE {where}",
        [ids_parameter(connection, ids)],
    )


def _table(model: type[Model], fields: Sequence[str]):
    """``model``'s options, the fields named ``fields``, the connection it writes to and that
    connection's quoting of names: what :func:`update_values` and :func:`insert_rows` build their
    statements from."""
    meta = model._meta
    connection = connections[router.db_for_write(model)]
    return meta, [meta.get_field(name) for name in fields], connection, connection.ops.quote_name


def update_values(model: type[Model], fields: Sequence[str], rows: Sequence[Sequence]) -> None:
    """:func:`update_rows` with the values given instead of read from objects: each row is one
    value per name in ``fields`` (as the model's attributes hold them: ``article_id`` for a
    foreign key) and then the primary key. Rows are written in the order given (one statement
    each, in one ``executemany``), so a row named twice ends with its last values."""
    if not rows:
        return
    meta, columns, connection, quote = _table(model, fields)
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in columns)
    sql = f"UPDATE {quote(meta.db_table)} SET {assignments} WHERE {quote(meta.pk.column)} = %s"
    prepared = [
        [
            *(
                field.get_db_prep_save(value, connection)
                for field, value in zip(columns, row[:-1], strict=True)
            ),
            meta.pk.get_db_prep_save(row[-1], connection),
        ]
        for row in rows
    ]
    written(connection, sql, prepared, many=True)


def insert_rows(
    model: type[Model],
    fields: Sequence[str],
    rows: Sequence[Sequence],
    *,
    conflict: str | Sequence[str] | None = None,
    update: Sequence[str] = (),
    together: bool = False,
) -> None:
    """Insert ``rows`` (one value per name in ``fields``, as the model's attributes hold them:
    ``article_id`` for a foreign key) into ``model``'s table: one parameterised ``INSERT`` sent
    through ``executemany``, the values prepared by the fields as ``bulk_create`` prepares them,
    without a model object per row and without reading ids back. ``conflict``: the unique column
    (or the columns of a unique constraint, a tuple of names) whose clash updates the row's ``update`` fields instead (``ON CONFLICT … DO UPDATE``, on
    SQLite and PostgreSQL alike, as ``bulk_create(update_conflicts=True)`` writes it), or with
    no ``update``, leaves the row there alone (``ON CONFLICT … DO NOTHING``). Fields
    not named take no value (NULL or the column's default): name every field ``bulk_create``
    would write when the two must give the same rows. ``together``: many rows per statement
    (``INSERT … VALUES (…), (…), …``, as many as the connection takes parameters: 999 on
    SQLite, 65,535 on PostgreSQL), in the order given, instead of one statement a row: the same rows, for a table
    whose triggers cost more a statement than a row (SQLite's FTS5 insert trigger on the
    search entries: ``search/indexing.py``)."""
    if not rows:
        return
    meta, columns, connection, quote = _table(model, fields)
    names = ", ".join(quote(field.column) for field in columns)
    marks = "(" + ", ".join(["%s"] * len(columns)) + ")"
    suffix = ""
    if conflict:
        clash = ", ".join(
            quote(meta.get_field(name).column)
            for name in ((conflict,) if isinstance(conflict, str) else conflict)
        )
    if conflict and not update:
        suffix = f" ON CONFLICT({clash}) DO NOTHING"
    elif conflict:
        assignments = ", ".join(
            f"{quote(meta.get_field(name).column)} = EXCLUDED.{quote(meta.get_field(name).column)}"
            for name in update
        )
        suffix = f" ON CONFLICT({clash}) DO UPDATE SET {assignments}"
    prepare = [_preparer(field, connection) for field in columns]
    values = [[p(value) for p, value in zip(prepare, row, strict=True)] for row in rows]
    table = quote(meta.db_table)
    if not together:
        written(
            connection, f"INSERT INTO {table} ({names}) VALUES {marks}{suffix}", values, many=True
        )
        return
    # (PostgreSQL takes up to 65,535 parameters a statement; Django says no limit.)
    size = min(connection.ops.bulk_batch_size(columns, values), 65_535 // len(columns))
    size = max(1, size)
    for start in range(0, len(values), size):
        chunk = values[start : start + size]
        sql = f"INSERT INTO {table} ({names}) VALUES {', '.join([marks] * len(chunk))}{suffix}"
        written(connection, sql, [value for row in chunk for value in row])


def insert_returning(model: type[Model], rows: Sequence[dict]) -> list:
    """Insert ``rows`` into ``model``'s table and return their primary keys, in the order given.

    Each row is ``{attname: value}`` (``article_id`` for a foreign key); every field it does not
    name takes what a new instance would hold when saved (its default; the time of this call for
    an ``auto_now``/``auto_now_add`` date): the rows ``bulk_create`` writes for instances made
    with those values, in as many statements (``INSERT … VALUES (…), … RETURNING``, as many rows
    a statement as the connection takes parameters), without a model object per row or
    Django's compiling of each value. Where the database cannot return the keys of a many-row
    insert, ``bulk_create`` itself. Raises ``KeyError`` for a row naming no field of the model."""
    if not rows:
        return []
    connection = connections[router.db_for_write(model)]
    if not connection.features.can_return_rows_from_bulk_insert:
        _fields(model, rows)  # (the same KeyError)
        made = model.objects.bulk_create([model(**row) for row in rows])
        return [obj.pk for obj in made]
    returning = f" RETURNING {connection.ops.quote_name(model._meta.pk.column)}"
    keys: list = []
    for sql, params in _many_rows(model, rows, connection, "INSERT INTO", ""):
        keys.extend(row[0] for row in written(connection, sql + returning, params))
    return keys


def insert_new(model: type[Model], rows: Sequence[dict]) -> None:
    """Insert ``rows`` (as :func:`insert_returning` takes them) but those that would break a
    unique constraint, which are left out, the rows already there kept as they are: the rows
    and statement ``bulk_create(..., ignore_conflicts=True)`` writes for instances made with
    those values (``INSERT OR IGNORE`` on SQLite, ``ON CONFLICT DO NOTHING`` on PostgreSQL),
    as many rows a statement as the connection takes parameters, without a model object per
    row. Raises ``KeyError`` for a row naming no field of the model."""
    if not rows:
        return
    connection = connections[router.db_for_write(model)]
    fields = _fields(model, rows)
    ops = connection.ops
    start = ops.insert_statement(on_conflict=OnConflict.IGNORE)
    suffix = ops.on_conflict_suffix_sql(fields, OnConflict.IGNORE, None, None)
    for sql, params in _many_rows(model, rows, connection, start, suffix):
        written(connection, sql, params)


# Fields whose ``get_db_prep_save`` hands a str back unchanged on every backend: a plain CharField
# or TextField (``get_prep_value``: a lazy string cast, then ``to_python``, which keeps a str).
_TEXT_FIELDS = frozenset({CharField, TextField})


def _preparer(field, connection):
    """``field.get_db_prep_save`` on ``connection``, but a str for a plain CharField or TextField
    is taken as it is, which is what that call returns for it (the rows an import inserts are
    mostly text: stories, parts, bylines; a call through the field for each cost more than
    sending them)."""
    prepare = functools.partial(field.get_db_prep_save, connection=connection)
    if _int_as_is(field, connection):
        return lambda value: value if type(value) is int else prepare(value)
    if type(field) not in _TEXT_FIELDS:
        return _last_kept(prepare)
    return lambda value: value if type(value) is str else prepare(value)


def _int_as_is(field, connection) -> bool:
    """Whether ``field.get_db_prep_save`` hands an int back unchanged on ``connection``: an
    integer field, an id, or a foreign key to one (``int(value)``, then the backend's
    ``adapt_integerfield_value`` and ``validate_autopk_value``, which change nothing on SQLite;
    PostgreSQL wraps the number in psycopg's type for its size, MySQL refuses an id of 0, so
    there every value goes through the field). An import's rows are ids and places, mostly."""
    target = field.target_field if field.many_to_one else field
    ops = type(connection.ops)
    return (
        isinstance(target, IntegerField)
        and ops.adapt_integerfield_value is BaseDatabaseOperations.adapt_integerfield_value
        and ops.validate_autopk_value is BaseDatabaseOperations.validate_autopk_value
    )


def _last_kept(prepare):
    """``prepare``, giving its last result again when called with the very same object (``is``:
    a column's value repeats from row to row as one object — ``None``, a flag, a row's page id,
    one ``now``; the rows are prepared together, nothing changes them in between, and a field
    prepares one value always the same way)."""
    last_value: object = _last_kept  # (no value is this function)
    last_prepared = None

    def kept(value):
        nonlocal last_value, last_prepared
        if value is not last_value:
            last_prepared, last_value = prepare(value), value
        return last_prepared

    return kept


def _fields(model: type[Model], rows: Sequence[dict]) -> list:
    """The model's concrete fields but its primary key; ``KeyError`` for a name in ``rows``
    that is none of them."""
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    unknown = set().union(*rows) - {f.attname for f in fields}
    if unknown:
        raise KeyError(f"{model._meta.label} has no field {sorted(unknown)[0]!r}")
    return fields


def _many_rows(model: type[Model], rows: Sequence[dict], connection, start: str, suffix: str):
    """``(sql, params)`` of the statements inserting ``rows`` (see :func:`insert_returning`),
    each ``{start} {table} (columns) VALUES (…), (…), … {suffix}``."""
    fields = _fields(model, rows)
    template = model()
    # A field a row does not name takes its default, prepared once for every row (the default
    # is one value for all of them: a new instance's, and one time for auto_now).
    prepare = []
    for f in fields:
        p = _preparer(f, connection)
        prepare.append((f.attname, p(f.pre_save(template, True)), p))
    values = [
        [p(row[name]) if name in row else default for name, default, p in prepare] for row in rows
    ]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(f.column) for f in fields)
    marks = "(" + ", ".join(["%s"] * len(fields)) + ")"
    size = max(1, min(connection.ops.bulk_batch_size(fields, values), 65_535 // len(fields)))
    for at in range(0, len(values), size):
        chunk = values[at : at + size]
        sql = f"{start} {table} ({columns}) VALUES {', '.join([marks] * len(chunk))}"
        yield (f"{sql} {suffix}" if suffix else sql), [value for row in chunk for value in row]


def rows_get_or_create(model, keys: set[tuple], build, rows_of, key_of) -> dict[tuple, object]:
    """Rows by natural key: read the ones there, insert the missing ones (``build(*key)``: the
    new row's values as :func:`insert_new` takes them; a row a concurrent import
    inserted meanwhile is left as it is), read those back. ``rows_of(keys)``: the rows that may
    have those keys (more are dropped), ``key_of(row)`` a row's key."""

    def read(wanted: set[tuple]) -> dict[tuple, object]:
        return {key_of(row): row for row in rows_of(wanted) if key_of(row) in wanted}

    found = read(keys)
    missing = [build(*key) for key in sorted(keys - found.keys(), key=str)]
    if missing:
        insert_new(model, missing)
        found.update(read(keys - found.keys()))
    return found


def written(connection, sql: str, params: list, *, many: bool = False) -> list:
    """Run ``sql`` (Django's ``%s`` placeholders) with ``params`` (``many``: a list of them,
    ``executemany``) as ``connection.cursor()`` runs it; its rows (a ``RETURNING`` clause's),
    else ``[]``. On SQLite, with nothing watching the connection (:func:`unwatched`), on the
    driver itself, the placeholders rewritten as Django's backend rewrites them but once per
    text: an import's bulk inserts repeat a few statements of up to 999 placeholders, which
    Django rewrote with a regular expression every time."""
    if connection.vendor == "sqlite" and unwatched(connection):
        return sqlite_rows(connection, _qmarked(sql), params, many)
    with connection.cursor() as cursor:
        if many:
            cursor.executemany(sql, params)
            return []
        cursor.execute(sql, params)
        return cursor.fetchall() if cursor.description else []


@functools.lru_cache(maxsize=64)
def _qmarked(sql: str) -> str:
    """``sql`` as Django's SQLite backend hands it to the driver (``convert_query``)."""
    return FORMAT_QMARK_REGEX.sub("?", sql).replace("%%", "%")
