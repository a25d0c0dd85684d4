"""For tests that no write transaction is open while pages are parsed (or PDFs read).

On SQLite a transaction holds the database's one write lock from its start (``BEGIN
IMMEDIATE``): parsing inside one blocks every other writer for the whole parse. Checked without
timing: each call of a watched function records whether a transaction was open on the
connection, and (SQLite, none open) another connection writes a row meanwhile."""

from __future__ import annotations

import threading

from django.db import connection, connections

from articles.models import Publication


def transaction_open() -> bool:
    """Whether a transaction is open on the default connection: Django's atomic block, or (on
    SQLite) a transaction the driver has open."""
    open_now = connection.in_atomic_block
    if connection.vendor == "sqlite" and connection.connection is not None:
        open_now = open_now or connection.connection.in_transaction
    return open_now


def other_connection_writes() -> None:
    """Write a row from another thread's connection, as another process would (the test
    database is shared in memory: a write lock held elsewhere fails it at once, no waiting)."""
    failed: list[BaseException] = []
    n = Publication.objects.count()

    def write() -> None:
        try:
            Publication.objects.create(name=f"并发报纸{n}", slug=f"concurrent-{n}")
        except BaseException as exc:  # (reported by the assertion below)
            failed.append(exc)
        finally:
            connections.close_all()

    thread = threading.Thread(target=write)
    thread.start()
    thread.join()
    assert not failed, f"another connection could not write meanwhile: {failed}"


def watch(monkeypatch, module, name: str) -> list[bool]:
    """Replace ``module.name`` (a function) by one recording, at each call, whether a
    transaction was open (:func:`transaction_open`; on SQLite with none open, another connection
    writes: :func:`other_connection_writes`) before calling it. Returns the list of records."""
    seen: list[bool] = []
    real = getattr(module, name)

    def watched(*args, **kwargs):
        open_now = transaction_open()
        seen.append(open_now)
        if connection.vendor == "sqlite" and not open_now:
            other_connection_writes()
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, watched)
    return seen
