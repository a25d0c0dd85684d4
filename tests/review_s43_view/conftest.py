"""The desk's fixtures (logged-in editor, groups, chief editor) for the review tests here."""

from tests.admin.conftest import chief, editor, editor_client, groups  # noqa: F401
