"""The desk's logged-in users (tests/admin/conftest.py) for the operations tests."""

from tests.admin.conftest import editor, groups  # noqa: F401
