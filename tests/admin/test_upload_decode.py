"""The desk's upload decodes each page once: the preview shows the parse the dry run made,
instead of parsing the file again."""

from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

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


def test_the_upload_preview_decodes_each_page_once(editor_client, decodes):
    response = editor_client.post(
        "/admin/articles/page/upload/",
        {
            "paper": "南通日报",
            "paper_slug": "nantong-daily",
            "issue_date": "2020-07-09",
            "files": [SimpleUploadedFile("A1.txt", SEED.read_bytes(), content_type="text/plain")],
        },
    )
    assert response.status_code == 200 and response.context["token"]
    assert decodes == [SEED.stat().st_size]
