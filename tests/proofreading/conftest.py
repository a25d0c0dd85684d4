"""The desk fixtures (a logged-in editor) for the proofreading tests."""

from tests.admin.conftest import editor, editor_client, groups, viewer, viewer_client  # noqa: F401
