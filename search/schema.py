"""Migration operations that run on one database vendor only.

The full-text parts of the index are vendor-specific (a GIN index and a trigger on PostgreSQL, an
FTS5 table and triggers on SQLite). :class:`OnlyOn` wraps an ordinary migration operation so that
its effect on the migration *state* is the same everywhere (``makemigrations --check`` stays
clean) while its SQL runs only on ``schema_editor.connection.vendor == vendor``.
"""

from __future__ import annotations

from django.db.migrations.operations.base import Operation


class OnlyOn(Operation):
    def __init__(self, vendor: str, operation: Operation):
        self.vendor = vendor
        self.operation = operation

    @property
    def reversible(self) -> bool:  # type: ignore[override]
        return self.operation.reversible

    @property
    def reduces_to_sql(self) -> bool:  # type: ignore[override]
        return self.operation.reduces_to_sql

    def deconstruct(self):
        return (self.__class__.__qualname__, [self.vendor, self.operation], {})

    def state_forwards(self, app_label, state):
        self.operation.state_forwards(app_label, state)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            self.operation.database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            self.operation.database_backwards(app_label, schema_editor, from_state, to_state)

    def describe(self) -> str:
        return f"{self.operation.describe()} (on {self.vendor} only)"
