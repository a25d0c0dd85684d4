"""The database's count of content changes (:class:`~articles.models.ContentChangeCounter`, read
by :func:`articles.caching.committed_changes`): one added inside each transaction that changes
content, through an ``UPDATE`` the ORM builds once per connection.

Why built once: an import counts a change in every batch's transaction (and its new papers' in
another), and the ORM building the update with its locking subquery cost ≈ 1.3 ms of CPU a time
against ≈ 0.1 ms to run it (``bench/import_bench.py``). The statement depends on nothing but
the connection's database, so the text and parameters are kept per connection, as
:class:`articles.queries.Prepared` keeps a read's.
"""

from __future__ import annotations

import weakref

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import F, Subquery
from django.db.models.sql import UpdateQuery

from articles.models import ContentChangeCounter

# The update's SQL and parameters, by connection (a weak key: a closed thread's goes with it).
_built: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _update_statement(connection) -> tuple[str, tuple]:
    """``slots.filter(pk=Subquery(free)).update(changes=F("changes") + 1)``'s SQL and
    parameters (the first free slot, in id order, skipping slots other transactions hold
    locked on PostgreSQL), as :meth:`QuerySet.update` builds them; built on the first call
    for ``connection`` (inside a transaction: the row lock needs one)."""
    built = _built.get(connection)
    if built is None:
        slots = ContentChangeCounter.objects.using(DEFAULT_DB_ALIAS)
        free = slots.select_for_update(skip_locked=True).order_by("pk").values("pk")[:1]
        query = slots.filter(pk=Subquery(free)).query.chain(UpdateQuery)
        query.add_update_values({"changes": F("changes") + 1})
        query.annotations = {}
        built = _built[connection] = query.get_compiler(DEFAULT_DB_ALIAS).as_sql()
    return built


def count_change() -> None:
    """Add one to the change count, in the current transaction of the primary (its own
    transaction when there is none, which then commits after the content it follows)."""
    connection = connections[DEFAULT_DB_ALIAS]
    with transaction.atomic(using=DEFAULT_DB_ALIAS, savepoint=False):
        sql, params = _update_statement(connection)
        with (
            transaction.mark_for_rollback_on_error(using=DEFAULT_DB_ALIAS),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, params)
            counted = cursor.rowcount
        if not counted:  # every slot is held by another transaction (or none yet)
            ContentChangeCounter.objects.using(DEFAULT_DB_ALIAS).create(changes=1)
