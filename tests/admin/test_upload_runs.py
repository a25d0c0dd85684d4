"""A whole edition uploaded at the desk is imported in the background: the confirmation returns
at once to a progress page, the task worker (django-tasks' database backend, its ``db_worker``
run here in the test process) imports page by page, the progress page's JSON follows it, and a
worker killed halfway leaves whole pages and a run that 重新运行 finishes. Page PDFs are accepted
beside or instead of the text."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.importing import runs, upload, uploaditems
from articles.models import Article, ImportRun, ImportRunState, Page, PageImage

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "江海晚报", "paper_slug": "jianghai-evening", "issue_date": "2021-03-15"}
TOPICS = ["春耕", "地铁", "图书馆", "菜市场", "夜跑", "公交", "社区", "河道", "校园", "体育馆"]


def edition_page(n: int) -> bytes:
    """Page A{n} of a made-up edition: two short stories in the tests' own words."""
    topic = TOPICS[(n - 1) % len(TOPICS)]
    return (
        f"{topic}新闻速递之{n}\n\n"
        f"本报讯（记者陈{topic}）本市{topic}工作近日有了新进展，相关部门介绍了今年的安排。"
        f"据了解，{topic}项目将分三期推进，预计年底前完成第一期。\n\n"
        f"市民热议{topic}新变化\n\n"
        f"本报讯（记者李明）不少市民表示，{topic}方面的变化让生活更方便，希望继续听取群众意见。\n"
    ).encode()


def files(count: int) -> list[SimpleUploadedFile]:
    return [
        SimpleUploadedFile(f"A{n}.txt", edition_page(n), content_type="text/plain")
        for n in range(1, count + 1)
    ]


def preview_and_confirm(client, uploads, **extra):
    preview = client.post(UPLOAD, {**FIELDS, "files": uploads})
    assert preview.status_code == 200 and "token" in preview.context, preview.context["form"].errors
    return client.post(
        UPLOAD, {"confirm": "1", "token": preview.context["token"], "new_paper": "", **extra}
    )


@pytest.fixture
def worker(monkeypatch):
    """Run the database worker once over the queue, in this process (``db_worker --batch``).
    Its between-task connection check is skipped: inside a test's transaction it would close
    the test's connection."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    def run():
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=StringIO())

    return run


def status(client, run):
    return client.get(reverse("admin:articles_page_upload_run_status", args=[run.pk])).json()


def test_a_whole_edition_returns_at_once_and_the_worker_imports_it(editor_client, worker):
    done = preview_and_confirm(editor_client, files(6))
    run = ImportRun.objects.get()
    assert done.status_code == 302
    assert done.url == reverse("admin:articles_page_upload_run", args=[run.pk])
    assert not Page.objects.exists()  # nothing imported in the request
    queued = status(editor_client, run)
    assert (queued["state"], queued["done"], queued["total"]) == ("queued", 0, 6)
    page = editor_client.get(done.url).content.decode()
    assert "排队等待后台导入进程" in page and 'http-equiv="refresh"' in page
    assert reverse("admin:articles_page_upload_run_status", args=[run.pk]) in page

    worker()

    finished = status(editor_client, run)
    assert (finished["state"], finished["done"], finished["failed"]) == ("done", 6, 0)
    assert [p["label"] for p in finished["pages"]] == [f"A{n}" for n in range(1, 7)]
    assert all(p["state"] == "ok" for p in finished["pages"])
    assert Page.objects.count() == 6
    first = Page.objects.get(label="A1")
    assert finished["pages"][0]["url"] == reverse("admin:articles_page_change", args=[first.pk])
    assert finished["pages"][0]["summary"].startswith("江海晚报 2021-03-15 A1版：新建；2 篇稿件")
    page = editor_client.get(done.url).content.decode()
    assert "已完成" in page and 'http-equiv="refresh"' not in page
    run.refresh_from_db()
    assert run.created_by.username == "desk-editor" and run.finished_at is not None


def test_the_progress_shows_the_page_being_imported(editor_client, worker, monkeypatch):
    seen = []
    real = runs.upload_run

    def watched(items, **kwargs):
        seen.append(status(editor_client, ImportRun.objects.get()))
        return real(items, **kwargs)

    monkeypatch.setattr(runs, "upload_run", watched)
    preview_and_confirm(editor_client, files(4))
    worker()
    assert [s["done"] for s in seen] == [0, 1, 2, 3]
    assert all(s["state"] == "running" for s in seen)
    assert [s["current"] for s in seen] == [f"A{n}版（A{n}.txt）" for n in range(1, 5)]
    assert [[p["state"] for p in s["pages"]] for s in seen][2] == [
        "ok",
        "ok",
        "current",
        "waiting",
    ]


def test_a_page_that_fails_is_reported_and_the_others_go_on(editor_client, worker):
    bad = SimpleUploadedFile("A3.txt", "市场\n\n".encode() * 3, content_type="text/plain")
    uploads = [*files(4)]
    uploads[2] = bad
    preview = editor_client.post(UPLOAD, {**FIELDS, "files": uploads})
    token = preview.context["token"]
    # The page fails in the worker (say, it was changed by hand since the preview).
    real = upload.page_import_parsed

    def failing(item, **kwargs):
        if item.label == "A3":
            raise upload.PageImportError("A3.txt: the page stamp says 第4版")
        return real(item, **kwargs)

    upload.page_import_parsed = failing
    try:
        editor_client.post(UPLOAD, {"confirm": "1", "token": token})
        worker()
    finally:
        upload.page_import_parsed = real
    run = ImportRun.objects.get()
    found = status(editor_client, run)
    assert (found["state"], found["done"], found["failed"]) == ("failed", 4, 1)
    assert found["pages"][2]["state"] == "failed"
    assert "无法导入 A3.txt" in found["pages"][2]["error"]
    assert Page.objects.count() == 3
    assert found["may_rerun"] is True


def kill_on_page(monkeypatch, label: str):
    """The worker process dies while writing page ``label``: inside its transaction, after its
    rows were written (KeyboardInterrupt stands for the SIGKILL: nothing after it runs)."""
    real = upload.jump_lines

    def dying(page_id):
        if Page.objects.get(pk=page_id).label == label:
            raise KeyboardInterrupt
        return real(page_id)

    monkeypatch.setattr(upload, "jump_lines", dying)


def test_a_killed_worker_leaves_whole_pages_and_a_rerun_finishes(
    editor_client, worker, monkeypatch
):
    preview_and_confirm(editor_client, files(5))
    kill_on_page(monkeypatch, "A3")
    worker()
    monkeypatch.undo()
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    run = ImportRun.objects.get()
    assert run.state == ImportRunState.RUNNING  # what a dead worker leaves
    assert sorted(Page.objects.values_list("label", flat=True)) == ["A1", "A2"]  # whole pages
    alive = status(editor_client, run)
    assert alive["state"] == "running" and alive["may_rerun"] is False
    ids = dict(Article.objects.values_list("pk", "headline"))

    # Its heartbeat grows old: shown as interrupted, with 重新运行.
    ImportRun.objects.filter(pk=run.pk).update(heartbeat_at=timezone.now() - timedelta(minutes=5))
    dead = status(editor_client, run)
    assert (dead["state"], dead["state_label"], dead["done"]) == ("interrupted", "已中断", 2)
    assert dead["may_rerun"] is True
    page = editor_client.get(reverse("admin:articles_page_upload_run", args=[run.pk]))
    assert "已中断" in page.content.decode() and "重新运行" in page.content.decode()

    rerun = editor_client.post(reverse("admin:articles_page_upload_run_rerun", args=[run.pk]))
    assert rerun.status_code == 302
    worker()
    finished = status(editor_client, run)
    assert (finished["state"], finished["done"], finished["failed"]) == ("done", 5, 0)
    assert Page.objects.count() == 5
    # The pages done before the kill were not imported again: the same stories, same ids.
    assert {pk: h for pk, h in Article.objects.values_list("pk", "headline") if pk in ids} == ids
    run.refresh_from_db()
    assert run.attempt == 2
    # The first attempt's task, if its worker came back, stops at once.
    assert runs.run_execute(run.pk, 1) == {"skipped": "not the current attempt, or finished"}


def test_a_run_whose_worker_reports_cannot_be_run_twice(editor_client):
    preview_and_confirm(editor_client, files(4))
    run = ImportRun.objects.get()
    ImportRun.objects.filter(pk=run.pk).update(
        state=ImportRunState.RUNNING, heartbeat_at=timezone.now()
    )
    refused = editor_client.post(reverse("admin:articles_page_upload_run_rerun", args=[run.pk]))
    assert refused.status_code == 302
    run.refresh_from_db()
    assert run.attempt == 1
    with pytest.raises(runs.RunBusy):
        runs.run_rerun(run)


def test_a_few_text_pages_are_still_imported_at_once(editor_client):
    done = preview_and_confirm(editor_client, files(2))
    # nothing queued: the upload is recorded as a run already done (listed with who and when)
    assert list(ImportRun.objects.values_list("state", flat=True)) == ["done"]
    assert Page.objects.count() == 2
    assert done.url.startswith("/admin/articles/issue/")


def test_the_waiting_files_go_once_the_run_is_done(editor_client, worker):
    from django.core.files.storage import default_storage

    preview_and_confirm(editor_client, files(4))
    names = [n for item in ImportRun.objects.get().items for n in uploaditems.waiting_names(item)]
    assert names and all(default_storage.exists(n) for n in names)
    worker()
    assert not any(default_storage.exists(n) for n in names)


# Page PDFs in the upload ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_pages():
    pytest.importorskip("pypdfium2")
    from tests.pdfpages.builder import front_page, second_page

    return front_page(), second_page()


def pdf_file(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def test_a_pdf_alone_is_previewed_from_its_text_layer(editor_client, pdf_pages):
    one, _ = pdf_pages
    response = editor_client.post(UPLOAD, {**FIELDS, "files": [pdf_file("1.pdf", one.pdf)]})
    assert response.status_code == 200, response.context["form"].errors
    html = response.content.decode()
    assert "1.pdf" in html and "将新建；3 篇稿件、1 张图片" in html
    assert "全市推进老旧小区改造" in html and "城南新建两座口袋公园" in html
    assert not Page.objects.exists()


def test_pdfs_beside_and_instead_of_text_are_imported_with_their_images(
    editor_client, worker, pdf_pages
):
    one, two = pdf_pages
    uploads = [
        SimpleUploadedFile("1.txt", one.text.encode(), content_type="text/plain"),
        pdf_file("1.pdf", one.pdf),
        pdf_file("2.pdf", two.pdf),
    ]
    done = preview_and_confirm(editor_client, uploads)
    run = ImportRun.objects.get()  # PDFs always go to the worker
    assert done.url == reverse("admin:articles_page_upload_run", args=[run.pk])
    worker()
    found = status(editor_client, run)
    assert (found["state"], found["done"]) == ("done", 2)
    first, second = Page.objects.get(label="1"), Page.objects.get(label="2")
    assert first.raw_text == one.text  # the text from the .txt beside the PDF
    assert PageImage.objects.filter(page__in=[first, second]).count() == 2
    assert found["pages"][0]["summary"].endswith("；版面 PDF：新建，4 个热区")  # not a warning
    # The story that jumps from page 1 to page 2 is one story.
    assert any(a.parts.count() == 2 for a in Article.objects.all())


def test_a_pdf_whose_image_cannot_be_encoded_fails_its_page_and_writes_nothing_of_it(
    editor_client, worker, pdf_pages, monkeypatch
):
    from articles import pdfpages

    one, _ = pdf_pages

    def failing(image, limits):
        raise OSError("图像编码失败（测试）")

    monkeypatch.setattr(pdfpages, "encode_image", failing)  # runs in the attacher's thread
    uploads = [
        SimpleUploadedFile("1.txt", one.text.encode(), content_type="text/plain"),
        pdf_file("1.pdf", one.pdf + b"\n% encoding fails\n"),
    ]
    preview_and_confirm(editor_client, uploads)
    worker()
    found = status(editor_client, ImportRun.objects.get())
    assert (found["state"], found["failed"]) == ("failed", 1)
    assert "无法导入 1.pdf：图像编码失败（测试）" in found["pages"][0]["error"]
    assert not Page.objects.exists() and not PageImage.objects.exists()


def test_a_bad_or_multi_page_pdf_is_refused_on_the_form(editor_client, pdf_pages):
    one, two = pdf_pages
    bad = editor_client.post(UPLOAD, {**FIELDS, "files": [pdf_file("1.pdf", b"%PDF-1.4 junk")]})
    assert "1.pdf：" in str(bad.context["form"].non_field_errors())
    from pypdfium2 import PdfDocument

    both = PdfDocument(one.pdf)
    both.import_pages(PdfDocument(two.pdf))
    out = __import__("io").BytesIO()
    both.save(out)
    multi = editor_client.post(UPLOAD, {**FIELDS, "files": [pdf_file("1.pdf", out.getvalue())]})
    assert "这个 PDF 有多页" in str(multi.context["form"].non_field_errors())
    assert not Page.objects.exists()


def test_pdfs_have_their_own_upload_limit(editor_client, settings, pdf_pages):
    one, _ = pdf_pages
    settings.NEWSROOM_MAX_UPLOAD_BYTES = len(one.pdf) // 2  # the text limit does not apply
    ok = editor_client.post(UPLOAD, {**FIELDS, "files": [pdf_file("1.pdf", one.pdf)]})
    assert "token" in ok.context
    settings.NEWSROOM_MAX_UPLOAD_PDF_BYTES = len(one.pdf) - 1
    refused = editor_client.post(UPLOAD, {**FIELDS, "files": [pdf_file("1.pdf", one.pdf)]})
    assert "超过一次上传 PDF 的上限" in str(refused.context["form"].non_field_errors())
