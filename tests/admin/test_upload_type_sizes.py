"""The desk's upload of a page PDF alone reads its deck by its type sizes, as ``import_pages``
does: the sizes read with its text layer go through the preview's session and the background
run to the import, and are stored with the page (``Page.line_sizes``)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.models import Article, ImportRun, Page

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "江海晚报", "paper_slug": "jianghai-evening", "issue_date": "2021-03-15"}


def test_an_uploaded_pdf_alone_keeps_the_kicker_its_type_sizes_tell(editor_client, monkeypatch):
    pytest.importorskip("pypdfium2")
    from tests.pdfpages.builder import need_fonts
    from tests.pdfpages.test_import_type_sizes import HEADLINE, KICKER, deck_over_body

    need_fonts()
    pdf = SimpleUploadedFile("1.pdf", deck_over_body((14, 24)), content_type="application/pdf")
    preview = editor_client.post(UPLOAD, {**FIELDS, "files": [pdf]})
    assert "token" in preview.context, preview.context["form"].errors
    (shown,) = preview.context["preview"][0]["parsed"].articles
    assert (shown.kicker, shown.headline) == (KICKER, HEADLINE)  # the preview reads it so
    editor_client.post(
        UPLOAD, {"confirm": "1", "token": preview.context["token"], "new_paper": "江海晚报"}
    )
    assert ImportRun.objects.exists() and not Page.objects.exists()  # a PDF: the worker's
    # The database worker once over the queue, in this process (its between-task connection
    # check skipped: inside a test's transaction it would close the test's connection).
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=StringIO())
    story = Article.objects.get()
    assert (story.kicker, story.headline, story.subheadline) == (KICKER, HEADLINE, "")
    assert Page.objects.get().line_sizes == {"1": 14, "2": 24}
