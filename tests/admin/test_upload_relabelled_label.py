"""The desk's upload preview refuses a page file named by a label its page was relabelled from
(改版次), as the command does, saying to send it under the new label."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Page
from tests.relabel.test_relabel_reimport import A3, A5, DAY, _relabelled

pytestmark = pytest.mark.django_db


def test_the_desks_upload_preview_says_the_file_goes_in_under_the_new_label(editor_client):
    _relabelled()
    data = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": DAY.isoformat()}
    data["files"] = [
        SimpleUploadedFile("A3.txt", A3.replace("六十多个", "七十多个").encode(), "text/plain"),
        SimpleUploadedFile("A5.txt", A5.encode(), "text/plain"),
    ]

    response = editor_client.post("/admin/articles/page/upload/", data)

    html = response.content.decode()
    assert "A3版已改版次为A4版（编辑 张三 于 " in html and "请按A4版重发" in html
    assert sorted(Page.objects.values_list("label", flat=True)) == ["A1", "A4"]
