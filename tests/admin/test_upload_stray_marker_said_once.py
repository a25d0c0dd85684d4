"""A stray continuation marker (a ``（上接…）`` with nothing after it) is said once by the desk's
upload, as ``import_pages`` says it: the parser's warning at its line, not again as a 请先核对
flag (articles/importing/storedflags.py ``flags_beside_warnings``); the page's own 请先核对, with
no warnings beside it, still lists it (the desk's home counts the page)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.importing.storedflags import STRAY_MARKER
from articles.models import Page

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/articles/page/upload/"
TEXT = (
    "江边步道今天开放\n\n本报讯（记者李木）江边步道今天开放，全长三公里。\n\n（下转第3版）\n\n"
    "（上接第1版）\n"
)
WARNING = "第7行：接续标记“（上接第1版）”后面没有正文（请核对）"
FLAG = "转版标记没有接上任何稿件"


def _preview(client):
    files = [SimpleUploadedFile("1.txt", TEXT.encode(), content_type="text/plain")]
    fields = {"paper": "晴川日报", "paper_slug": "qingchuan", "issue_date": "2024-05-06"}
    response = client.post(UPLOAD, {**fields, "files": files, "page": "1"})
    assert response.status_code == 200 and not response.context["form"].errors
    return response


def test_the_preview_says_a_stray_marker_once(editor_client):
    html = _preview(editor_client).content.decode()
    said = html.split('id="upload-preview"', 1)[1].split("未收入稿件的行", 1)[0]
    assert said.count(WARNING) == 1
    assert FLAG not in said and f'data-kind="{STRAY_MARKER}"' not in said


def test_the_result_says_a_stray_marker_once_and_the_page_lists_it_to_check(editor_client):
    token = _preview(editor_client).context["token"]
    response = editor_client.post(
        UPLOAD, {"confirm": "1", "token": token, "new_paper": "晴川日报"}, follow=True
    )
    said = "\n".join(str(m) for m in response.context["messages"])
    assert said.count("（上接第1版）") == 1 and WARNING in said and FLAG not in said
    page = Page.objects.get()
    assert page.parser_flags[-1]["kind"] == STRAY_MARKER
    html = editor_client.get(reverse("admin:articles_page_change", args=[page.pk])).content
    assert FLAG in html.decode()
