"""The desk's preview of a page imported before says what the import will change, not what is
already so: a jump already stitched is 已接好 (not 将接上已导入的版面), and 导入后读者立即看到
names only what the import makes public, what readers already see said apart (照旧)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.models import Issue
from tests.admin.conftest import JUMPS

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
A2 = (JUMPS / "A2.txt").read_text(encoding="utf-8")


def preview(client, text: str) -> str:
    files = [SimpleUploadedFile("A2.txt", text.encode(), "text/plain")]
    fields = {"paper": "南通日报", "issue_date": "2020-07-09", "page": "A2"}
    response = client.post(UPLOAD, {**fields, "files": files})
    assert "token" in response.context, response.context["form"].errors
    return response.content.decode()


def publish() -> None:
    """Publish the seed's issue as the command does (its broken chains acknowledged)."""
    slug = Issue.objects.get().publication.slug
    flags = ("--paper", slug, "--date", "2020-07-09", "--acknowledge-broken")
    call_command("publish_issue", *flags, stdout=StringIO())


@pytest.fixture
def published(seed_with_a2):
    publish()


def test_a_stitched_jump_is_said_linked_already(seed_with_a2, editor_client):
    html = preview(editor_client, A2)
    assert "处转版已接好（接 A1版 第" in html
    assert "将接上已导入的版面" not in html


def test_readers_are_not_said_to_see_again_what_they_see(published, editor_client):
    html = preview(editor_client, A2)
    said = html.split("南通日报 2020-07-09 已发布：", 1)[1].split("。", 1)[0]
    assert said.startswith("本版没有新公开的内容（读者已经看到的 4 篇稿件")
    assert "导入后读者立即看到" not in said and "照旧" in said


def test_a_new_continuation_of_a_published_story_is_what_readers_newly_see(seed, editor_client):
    """A2 never imported: what its import makes public is named, nothing is 照旧."""
    publish()
    html = preview(editor_client, A2)
    said = html.split("南通日报 2020-07-09 已发布：", 1)[1].split("。", 1)[0]
    assert said.startswith("导入后读者立即看到 “") and "照旧" not in said
