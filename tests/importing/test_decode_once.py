"""Each page's bytes are decoded once on the way in from the command: the parse and the raw text
kept come from one decode (the upload: tests/admin/test_upload_decode.py)."""

import shutil
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command

from articles.parsing import decoding
from tests.factories import SEED

pytestmark = pytest.mark.django_db


@pytest.fixture
def decodes():
    """The byte decodes done, one entry (the size) per decode."""
    real, calls = decoding._decode_bytes, []

    def counted(data):
        calls.append(len(data))
        return real(data)

    with mock.patch.object(decoding, "_decode_bytes", counted):
        yield calls


def test_the_command_decodes_each_page_once(tmp_path, decodes):
    folder = tmp_path / "nantong-daily" / "2020-07-09"
    folder.mkdir(parents=True)
    shutil.copy(SEED, folder / "A1.txt")
    call_command("import_pages", str(tmp_path), "--workers", "0", stdout=StringIO())
    assert decodes == [SEED.stat().st_size]
