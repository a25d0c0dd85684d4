"""A stale second-tab confirmation names who imported the page since its preview.

A fresh reviewer previewed A3 in two tabs, confirmed one, then the other: it was refused with
``A3版（12月6日 20:37 导入）``, no one named, although README promises ``A1版（王五 12月5日 10:31
重新导入）``: a new page's stories are written in bulk with no history to say who. The desk's
upload is now recorded (a finished 导入任务 when done at once), and the refusal names its uploader
(``articles/importing/previewedpages.py``). The tab confirmed brings other text than the stale
one: the same text would leave nothing to overwrite (tests/admin/test_upload_confirmed_in_another_tab.py)."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from articles.models import Page
from tests.admin.conftest import form_data
from tests.admin.test_upload_preview_of_a_changed_page import chief_desk  # noqa: F401
from tests.factories import import_seed

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2020-07-09"}
A3 = "城西菜场今起改造\n\n本报讯（记者王明）城西菜场今天起闭门改造，预计年底前重新开业。\n"


def preview(client: Client, text: str = A3):
    page = SimpleUploadedFile("A3.txt", text.encode(), "text/plain")
    response = client.post(UPLOAD, {**FIELDS, "files": [page]})
    assert response.status_code == 200 and response.context["token"]
    return response


def confirm(client: Client, shown):
    return client.post(UPLOAD, {**form_data(shown, "confirm-form"), "confirm": "确认导入"})


def test_the_refusal_names_who_imported_the_new_page(chief_desk):  # noqa: F811 (王五)
    import_seed()
    stale = preview(chief_desk)  # the first tab
    newer = preview(chief_desk, A3.replace("年底前", "十月底前"))  # the second, confirmed
    assert confirm(chief_desk, newer).status_code == 302
    assert Page.objects.filter(label="A3").exists()
    response = confirm(chief_desk, stale)
    assert response.status_code == 200
    text = " ".join(str(m) for m in response.context["messages"])
    assert re.search(r"A3版（王五 \d+月\d+日 \d\d:\d\d 导入）", text), text
