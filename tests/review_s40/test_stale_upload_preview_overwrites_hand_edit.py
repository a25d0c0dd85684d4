"""A desk upload confirmed from a stale preview overwrites a hand edit nobody was shown.

Editor A uploads a corrected A1 at the desk with 覆盖人工修改 ticked. The preview is the
promise: it lists every hand edit the import will overwrite (将被…覆盖), here none. While A
reads it, editor B corrects another story on that page in its form (a hand edit). A presses
确认导入: the confirmation runs the import again, blind, and B's correction is gone — neither
A (whose preview said nothing would be overwritten) nor B is told. README (Importing): "Hand
edits win. A story an editor changed in the admin is never overwritten silently"; "A dry run of
``--overwrite-edited`` says what will be overwritten (将被…覆盖), the real run what was"; The
editors' desk: "see a preview … — nothing written — then confirm"; "A stale form is refused …
if … another editor saved … meanwhile, the save … is refused with “已被修改” … nothing is
overwritten". The upload's confirmation carries only a session token, no fingerprint of what
the preview said (``articles/admin/upload.py`` ``_upload_confirm``), unlike 撤销本版导入's
confirmation ("A confirmation made stale by a later change removes nothing").

Steps: import the seed's A1; at 上传版面 upload A1 with one word changed in story 1 and
覆盖人工修改 ticked; preview (no hand edit listed); in another window edit story 3's headline and
save; press 确认导入 on the first window; story 3's headline is the printed one again.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.admin.conftest import editor, editor_client, form_data, groups  # noqa: F401
from tests.factories import SEED, import_seed

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2020-07-09"}


def test_a_hand_edit_made_after_the_preview_is_not_overwritten_by_its_confirmation(
    editor_client,  # noqa: F811
):
    import_seed()
    text = SEED.read_text(encoding="utf-8")
    corrected = text.replace(
        "全市打好污染防治攻坚战二季度考核督查动员培训会召开",
        "全市打好污染防治攻坚战二季度考核督查培训会召开",
        1,
    )
    assert corrected != text
    data = {**FIELDS, "overwrite_edited": "on"}
    data["files"] = [SimpleUploadedFile("A1.txt", corrected.encode(), "text/plain")]
    preview = editor_client.post(UPLOAD, data)
    assert preview.status_code == 200
    assert "将被" not in preview.content.decode()  # nothing the editor was told to lose

    story = Article.objects.get(
        headline__contains="亮心"
    )  # another editor corrects another story meanwhile
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(url))
    data.update(headline="用党建品牌让社会组织“亮心”（已改）", _save="保存")
    assert editor_client.post(url, data).status_code == 302
    story.refresh_from_db()
    assert story.headline == "用党建品牌让社会组织“亮心”（已改）" and story.edited_at

    editor_client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"]})
    story.refresh_from_db()
    assert story.headline == "用党建品牌让社会组织“亮心”（已改）"
