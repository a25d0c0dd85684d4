"""The same upload previewed in two tabs and confirmed in one: the other's confirmation
overwrites nothing, so it says the pages are already imported as uploaded and offers no
overwrite (README: The editors' desk, 上传版面; ``articles/importing/previewedpages.py``).

A fresh reviewer previewed ``第一版.txt`` + ``第二版.txt`` in two tabs, confirmed the first and
then the second: it was refused with ``确认会覆盖那次改动…不想覆盖那次改动，就不要确认`` while the
preview shown under it said ``1版：未变``. A page changed otherwise (other text, a hand edit)
still refuses the confirmation as before."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, ArticlePart, ImportRun, Page
from tests.admin.conftest import form_data
from tests.admin.test_upload_stale_preview import hand_edit
from tests.factories import import_seed

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2019-03-04"}
ALREADY = re.compile(
    r"1版、2版已经导入（desk-editor \d+月\d+日 \d\d:\d\d），内容与这次上传相同，无需再导入"
)


def page_text(place: str, day: str = "今天") -> bytes:
    head = f"{place}河道清淤工程开工"
    return f"{head}\n\n本报讯（记者顾晓岚）{place}河道清淤工程{day}开工，预计年底完工。\n".encode()


def preview(client, first: bytes = b"", second: bytes = b""):
    """Preview ``第一版.txt`` and ``第二版.txt`` (each left out when empty) as the form posts."""
    files = [
        SimpleUploadedFile(name, data, "text/plain")
        for name, data in (("第一版.txt", first), ("第二版.txt", second))
        if data
    ]
    response = client.post(UPLOAD, {**FIELDS, "files": files})
    assert response.status_code == 200 and response.context["token"], response.content.decode()
    return response


def confirm(client, shown):
    return client.post(UPLOAD, {**form_data(shown, "confirm-form"), "confirm": "确认导入"})


def said(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def stored(label: str) -> str:
    return "".join(str(part.blocks) for part in ArticlePart.objects.filter(page__label=label))


def two_tabs(client):
    """The seed, then 第一版 and 第二版 previewed in two tabs and the first confirmed: the second
    tab's preview."""
    import_seed()
    first, second = page_text("城东"), page_text("城西")
    tab1, tab2 = preview(client, first, second), preview(client, first, second)
    assert confirm(client, tab1).status_code == 302
    return tab2


def test_the_second_tab_says_the_pages_are_already_imported_and_offers_no_overwrite(
    editor_client,
):
    tab2 = two_tabs(editor_client)
    runs = ImportRun.objects.count()

    response = confirm(editor_client, tab2)
    page = Page.objects.get(label="1", issue__date="2019-03-04")
    assert response.status_code == 302  # to the issue: nothing to confirm again
    assert response["Location"] == reverse("admin:articles_issue_change", args=[page.issue_id])
    shown = editor_client.get(response["Location"])
    text = said(shown)
    assert ALREADY.search(text), text
    assert "覆盖" not in text and "没有导入" not in text
    assert ImportRun.objects.count() == runs  # no second import recorded
    assert Article.objects.filter(issue=page.issue).count() == 2
    # the preview is done with, as a confirmed one is
    assert "这次预览已失效" in said(
        editor_client.post(
            UPLOAD, {**form_data(tab2, "confirm-form"), "confirm": "确认导入"}, follow=True
        )
    )


def test_a_page_imported_since_with_other_text_is_still_refused_and_the_same_one_said(
    editor_client,
):
    import_seed()
    first = page_text("城东")
    stale = preview(editor_client, first, page_text("城西"))
    newer = preview(editor_client, first, page_text("城西", "明天"))
    assert confirm(editor_client, newer).status_code == 302

    response = confirm(editor_client, stale)
    assert response.status_code == 200  # the preview again, nothing written
    text = said(response)
    assert re.search(r"您预览之后，2版（desk-editor [^）]* 导入），", text), text
    assert "确认会覆盖那次改动" in text and "不想覆盖那次改动，就不要确认" in text
    assert "1版已经导入（desk-editor " in text and "内容与这次上传相同" in text
    assert "1版（" not in text  # 1版 is no change to overwrite
    assert "明天开工" in stored("2") and "今天开工" not in stored("2")


def test_a_hand_edit_after_the_other_tabs_import_is_still_refused(editor_client):
    tab2 = two_tabs(editor_client)
    story = Article.objects.get(headline="城东河道清淤工程开工")
    hand_edit(editor_client, story, "城东河道清淤工程开工（改）")
    text = said(confirm(editor_client, tab2))  # (the preview again: nothing written)
    assert "您预览之后，1版（desk-editor " in text and "确认会覆盖那次改动" in text
    assert "1版已经导入" not in text  # (2版, untouched since, is said to be so)
    story.refresh_from_db()
    assert story.headline == "城东河道清淤工程开工（改）"


def test_a_page_the_other_tab_left_out_is_imported_beside_the_one_it_brought(editor_client):
    import_seed()
    first, second = page_text("城东"), page_text("城西")
    both = preview(editor_client, first, second)
    assert confirm(editor_client, preview(editor_client, first)).status_code == 302

    response = confirm(editor_client, both)
    assert response.status_code == 302  # nothing to overwrite: 1版 unchanged, 2版 imported
    labels = Page.objects.filter(issue__date="2019-03-04").values_list("label", flat=True)
    assert sorted(labels) == ["1", "2"]


def test_a_background_import_of_the_same_pages_is_not_refused(editor_client, settings, worker):
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0  # every confirmation goes to the task worker
    import_seed()
    first, second = page_text("城东"), page_text("城西")
    tab1, tab2 = preview(editor_client, first, second), preview(editor_client, first, second)
    assert confirm(editor_client, tab1).status_code == 302  # queued
    assert confirm(editor_client, tab2).status_code == 302  # queued: the pages not yet there

    worker()
    later = ImportRun.objects.latest("pk")
    assert [result["ok"] for result in later.results] == [True, True], later.results
    assert Article.objects.filter(issue__date="2019-03-04").count() == 2
