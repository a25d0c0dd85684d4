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


def test_the_upload_preview_says_which_encoding_a_page_was_read_in(editor_client):
    """A GB18030 page previews with the encoding named, so an editor who sees the wrong one can
    give the right one; a UTF-8 page says nothing about it."""
    text = SEED.read_text(encoding="utf-8")
    pages = {"A1.txt": text.encode("gb18030"), "A2.txt": text.replace("A1", "A2").encode()}
    response = editor_client.post(
        "/admin/articles/page/upload/",
        {
            "paper": "南通日报",
            "paper_slug": "nantong-daily",
            "issue_date": "2020-07-09",
            "files": [
                SimpleUploadedFile(name, data, content_type="text/plain")
                for name, data in pages.items()
            ],
        },
    )
    html = response.content.decode()
    headings = [line for line in html.splitlines() if "<h2>A" in line and "→" in line]
    assert len(headings) == 2, headings
    a1, a2 = sorted(headings)
    assert "按 gb18030 编码读入" in a1
    assert "编码读入" not in a2


def test_the_upload_form_names_every_encoding_it_reads(editor_client):
    html = editor_client.get("/admin/articles/page/upload/").content.decode()
    assert "UTF-8、GB18030/GBK、Big5、UTF-16" in html
