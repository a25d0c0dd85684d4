"""The stale-upload refusal names an untitled story “无标题”, not by its first words.

README (Importing): "**Reports name every story**: one without a headline by its first 12
characters (dateline and credit left out)", today's change "everywhere an editor reads them"
(``Article.name_for_editors``). The new refusal of a stale upload confirmation (覆盖人工修改,
``articles/importing/handedits.py`` ``HandEdit.name = article.title or "无标题"``) tells the
editor which hand edit made since the preview stops the import as ``A2版“无标题”``: on a
continuation page, where every story but the first is untitled, the editor cannot tell which
story a colleague edited, nor whether it is one they mean to overwrite.

Steps: import an A2 whose story is an untitled continuation; upload A2 again with a correction
and 覆盖人工修改 ticked; preview; meanwhile another editor corrects the untitled story in its
form; confirm: the refusal says “无标题”, never the story's first words.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.admin.conftest import editor, editor_client, form_data, groups  # noqa: F401
from tests.factories import import_text

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2020-07-09"}
PAGE = (
    "（上接第一版）\n\n"
    "城西污水处理厂二期工程本月底完工，届时日处理能力将翻一番，周边三个街道的污水将全部接管。\n\n"
    "市水务局表示，工程完工后将进入为期三个月的试运行。\n\n"
    "老年大学秋季班开始报名\n\n"
    "本报讯（记者 钱立）市老年大学秋季班今天开始报名，开设书法、绘画、声乐等三十多个专业。\n"
)


def test_the_refusal_names_an_untitled_story_by_its_first_words(editor_client):  # noqa: F811
    import_text(PAGE, "A2")
    story = Article.objects.get(headline="")
    assert story.name_for_editors().startswith("城西污水处理厂")

    corrected = PAGE.replace("三十多个专业", "三十余个专业")
    data = {**FIELDS, "overwrite_edited": "on"}
    data["files"] = [SimpleUploadedFile("A2.txt", corrected.encode(), "text/plain")]
    preview = editor_client.post(UPLOAD, data)
    assert preview.status_code == 200

    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(url))
    key = next(k for k, v in data.items() if isinstance(v, str) and "试运行" in v)
    data.update({key: data[key].replace("试运行", "试运营"), "_save": "保存"})
    assert editor_client.post(url, data).status_code == 302
    story.refresh_from_db()
    assert story.edited_at

    response = editor_client.post(
        UPLOAD, {"confirm": "1", "token": preview.context["token"]}, follow=True
    )
    page = response.content.decode()
    assert "没有导入" in page
    assert "无标题" not in page
    assert "城西污水处理厂" in page
