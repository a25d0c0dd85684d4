"""The desk's fixtures (logged-in editors and chief editors, the seed issue) for these tests."""

from tests.admin.conftest import (  # noqa: F401
    chief,
    chief_client,
    editor,
    editor_client,
    groups,
    seed,
    worker,
)
