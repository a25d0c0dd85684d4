"""The desk's upload parses every page before it opens its transaction: on SQLite a transaction
holds the one write lock from its start (``BEGIN IMMEDIATE``), so a preview (a dry run rolled
back), a confirmation or a background import parsing a large page inside one blocked every other
writer (``import_pages``, the task worker, an editor's save) for the whole parse, and they died
with ``database is locked``. Checked without timing: no transaction is open while any page is
parsed, and another connection writes during the parse."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.importing import UploadItem, preparing, upload_run
from articles.models import ImportRun, Page
from tests.writelock import watch

UPLOAD = "/admin/articles/page/upload/"
PAGE = (
    "岚川晚报　2026年3月5日　A1　要闻\n\n城西新建两座口袋公园\n\n"
    "本报讯（记者 程远）城西两座口袋公园今天开放，市民可以就近散步。\n"
).encode()


@pytest.fixture
def parses(monkeypatch):
    """Each page's parse, recorded with whether a transaction was open on the connection."""
    return watch(monkeypatch, preparing, "page_prepare")


def _item(label: str = "A1") -> UploadItem:
    return UploadItem(
        name=f"{label}.txt",
        data=PAGE.replace(b"A1", label.encode()),
        paper_name="岚川晚报",
        paper_slug="lanchuan-evening",
        issue_date=date(2026, 3, 5),
        label=label,
    )


@pytest.mark.django_db(transaction=True)
def test_a_preview_parses_every_page_before_its_transaction(parses):
    [outcome] = upload_run([_item()], dry_run=True)
    assert outcome.report.action == "created" and outcome.parsed.articles
    assert parses == [False]
    assert not Page.objects.exists()  # and writes nothing


@pytest.mark.django_db(transaction=True)
def test_a_confirmation_parses_before_it_writes(parses):
    checked = []
    upload_run([_item(), _item("A2")], dry_run=False, before_write=lambda: checked.append(1))
    assert parses == [False, False] and checked == [1]
    assert Page.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_the_desk_preview_parses_outside_any_transaction(parses, editor):
    from django.test import Client

    client = Client()
    client.force_login(editor)
    response = client.post(
        UPLOAD,
        {
            "paper": "岚川晚报",
            "paper_slug": "lanchuan-evening",
            "issue_date": "2026-03-05",
            "files": [SimpleUploadedFile("A1.txt", PAGE, content_type="text/plain")],
        },
    )
    assert response.status_code == 200 and "城西新建两座口袋公园" in response.content.decode()
    assert parses == [False]
    assert not Page.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_background_import_parses_each_page_outside_its_transaction(parses, editor):
    from articles.importing.runs import run_create, run_execute

    item = _item()
    run = run_create([item.as_session()], overwrite_edited=False, publish_new=False, user=editor)
    result = run_execute(run.pk, run.attempt)
    assert result["done"] == 1 and parses == [False]
    assert ImportRun.objects.get(pk=run.pk).results[0]["ok"]


@pytest.fixture
def pdf_reads(monkeypatch):
    """Each time a PDF is opened (PDFium: checked, read, rendered, photos cut), recorded with
    whether a transaction was open."""
    pytest.importorskip("pypdfium2")
    from articles import pdfpages

    return watch(monkeypatch, pdfpages, "open_pdf")


def _with_pdf(text: str, pdf: bytes) -> UploadItem:
    return UploadItem(
        name="1.txt",
        data=text.encode(),
        paper_name="江海晚报",
        paper_slug="jianghai-evening",
        issue_date=date(2021, 3, 15),
        label="1",
        pdf=pdf,
        pdf_name="1.pdf",
    )


@pytest.mark.django_db(transaction=True)
def test_a_confirmation_reads_and_renders_its_pdf_before_its_transaction(pdf_reads):
    from tests.pdfpages.builder import front_page

    front = front_page()
    [outcome] = upload_run([_with_pdf(front.text, front.pdf)], dry_run=False)
    assert outcome.report.pdf_action == "created"
    assert pdf_reads and not any(pdf_reads)
    pdf_reads.clear()
    # the same PDF again with its text changed: its zones matched again, its characters read
    # before the transaction too
    changed = front.text.replace("。", "。\n", 1)
    [again] = upload_run([_with_pdf(changed, front.pdf)], dry_run=False)
    assert again.report.action == "updated" and again.report.pdf_action == "unchanged"
    assert pdf_reads and not any(pdf_reads)
