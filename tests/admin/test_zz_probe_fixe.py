import re
from io import StringIO
import pytest
from django.core.management import call_command
from tests.admin.pdfuploads import UPLOAD, built, front_imported, page_files, upload_preview, worker, FIELDS
pytestmark = pytest.mark.django_db
__all__ = ["built", "front_imported", "worker"]

def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))

def test_probe(editor_client, built, front_imported, tmp_path):
    from tests.pdfpages.test_unreadable_text_layer import _scan
    pdf = _scan()
    preview = upload_preview(editor_client, page_files(built[0].text, pdf))
    open("/tmp/fixe/preview.txt", "w").write(text(preview.content.decode()))
    form = {"confirm": "1", "token": preview.context["token"], "new_paper": ""}
    r = editor_client.post(UPLOAD, form)
    open("/tmp/fixe/confirm.txt", "w").write(text(r.content.decode()))
    (tmp_path / "1.txt").write_text(built[0].text, encoding="utf-8")
    (tmp_path / "1.pdf").write_bytes(pdf)
    for extra in (["--dry-run"], []):
        out, err = StringIO(), StringIO()
        try:
            call_command("import_pages", str(tmp_path / "1.txt"), str(tmp_path / "1.pdf"), "--paper", FIELDS["paper"], "--date", FIELDS["issue_date"], "--page", "1", "--workers", "0", "--attach-unmatched-pdf", *extra, stdout=out, stderr=err)
        except Exception as e:
            err.write("EXC " + str(e))
        open(f"/tmp/fixe/cli{len(extra)}.txt", "w").write(out.getvalue() + "\n---\n" + err.getvalue())
    # alone
    for extra in (["--dry-run"], []):
        out, err = StringIO(), StringIO()
        try:
            call_command("import_pages", str(tmp_path / "1.pdf"), "--paper", FIELDS["paper"], "--date", FIELDS["issue_date"], "--page", "1", "--workers", "0", "--attach-unmatched-pdf", *extra, stdout=out, stderr=err)
        except Exception as e:
            err.write("EXC " + str(e))
        open(f"/tmp/fixe/alone{len(extra)}.txt", "w").write(out.getvalue() + "\n---\n" + err.getvalue())
    preview = upload_preview(editor_client, page_files(pdf=pdf))
    open("/tmp/fixe/alone_desk.txt", "w").write(text(preview.content.decode()))
