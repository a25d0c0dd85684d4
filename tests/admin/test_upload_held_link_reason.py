"""The desk's upload report names a held link by why it is held, as the jump pages do: a page
whose 下转 finds a continuation published while its own story waits for a schedule says
定时发布，先不接上 in its preview and after 确认导入 — never 须经签发 on a paper without sign-off."""

import pytest

from articles.models import Jump
from tests.admin.conftest import editor, editor_client, groups  # noqa: F401
from tests.admin.test_spreadsheets import browser_form
from tests.admin.test_upload import UPLOAD, page_file
from tests.importing.test_held_link_reasons import HEAD, REASONS

pytestmark = pytest.mark.django_db

FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2024-05-17"}


@pytest.mark.parametrize("reason", ["scheduled", "withdrawn"])
def test_the_upload_report_names_why_a_link_is_held(editor_client, reason):  # noqa: F811
    setup, label = REASONS[reason]
    setup()
    form = browser_form(editor_client.get(UPLOAD), "paper_slug", **FIELDS)
    shown = editor_client.post(UPLOAD, {**form, "files": [page_file("A1.txt", HEAD.encode())]})
    assert shown.status_code == 200
    assert f"1 处{label}" in shown.content.decode()  # the preview's line

    pressed = browser_form(shown, "token", confirm="确认导入")  # the button pressed
    done = editor_client.post(UPLOAD, pressed, follow=True)
    assert Jump.objects.get(direction="forward").state_label() == label
    said = " ".join(str(m) for m in done.context["messages"])
    assert f"1 处{label}" in said, said
    assert "须经签发" not in said
