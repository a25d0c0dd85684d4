"""Each test starts with empty file stores (tests/conftest.py ``_empty_file_stores``): a file an
earlier test saved never renames a later test's upload of the same name, whatever the order the
tests run in (a photo left by tests/public/test_shared_photo_metadata.py made the admin's
photo-upload tests see ``mid_IMqma7s.jpg`` for their ``mid.jpg``)."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from articles.photowithheld import withheld_storage

NAME = "photos/2026/12/mid.jpg"


@pytest.mark.parametrize("turn", ["first", "second"])
@pytest.mark.parametrize("store", ["default", "withheld-photos"])
def test_a_file_saved_in_a_test_keeps_the_name_it_asked_for_in_every_test(store, turn):
    storage = default_storage if store == "default" else withheld_storage()
    assert not storage.exists(NAME)
    assert storage.save(NAME, ContentFile(b"jpeg bytes")) == NAME
