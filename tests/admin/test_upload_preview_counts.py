"""The upload preview says what is true at the moment it is read: the page's line and the table
of stories count alike (a kept story the new text no longer has is in both, and said so); a kept
story is named where it will stand after the import (导入后排在第2位), not as if the page showed
it there now; and a page not imported yet says what readers will see once it is
(导入后读者立即看到), not what they see now (读者现在看到: the import's own message)."""

from __future__ import annotations

from datetime import date

import pytest

from articles.models import Issue, Page
from articles.publishing import issue_publish
from tests.admin.conftest import form_data
from tests.admin.test_undo_import import confirm, undo_url
from tests.admin.test_upload_reimport_report import (  # noqa: F401 (fixtures)
    UPLOAD,
    imported,
    preview,
    published,
)
from tests.factories import import_text
from tests.importing.test_dropped_continuation import CONTINUATION, OTHER

pytestmark = pytest.mark.django_db
PARK = "城东新建一座公园\n本报讯（记者王小明）城东新建的公园今天开放，市民可免费入园。\n"
ROAD = "城西道路完成改造\n本报讯（记者李华）城西主干道改造工程今天完工，道路拓宽至六车道。\n"


@pytest.fixture
def one_story_published():
    """A published issue whose page 1 prints one story, 城东新建一座公园."""
    import_text(PARK, "1", when=date(2024, 3, 5), paper="湖滨日报", slug="hubin-daily")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)


def test_the_line_and_the_table_count_a_kept_story_alike(editor_client, one_story_published):
    html = preview(editor_client, "1.txt", ROAD)
    assert "1版：将更新；2 篇稿件" in html
    assert (
        "稿件（新的版面文本里 1 篇，导入后本版共 2 篇：另 1 篇是上面列出的、将保留的稿件）" in html
    )
    assert "稿件（1 篇）" not in html


def test_a_kept_story_is_named_where_it_will_stand_after_the_import(
    editor_client, one_story_published
):
    html = preview(editor_client, "1.txt", ROAD)
    assert "1版“城东新建一座公园”（导入后排在第2位，新文本的稿件之后）：已经发布" in html
    assert "第2位的" not in html  # the page prints it first now


def test_a_page_sent_again_after_its_undo_says_what_readers_will_see_once_imported(
    editor_client,
    published,  # noqa: F811
):
    confirm(editor_client, undo_url(Page.objects.get(label="2")))
    response = editor_client.post(
        UPLOAD,
        {
            "paper": "湖滨日报",
            "issue_date": "2024-03-05",
            "text": CONTINUATION + "\n" + OTHER,
            "page": "2",
        },
    )
    html = response.content.decode()
    assert "已发布：导入后读者立即看到 “河滨公园改造方案公示”（上接1版）" in html
    assert "读者现在看到" not in html  # page 2 is not there: readers see nothing of it now
    done = editor_client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "1"})
    said = " ".join(str(m) for m in done.wsgi_request._messages)
    assert "已发布：读者现在看到 “河滨公园改造方案公示”（上接1版）" in said
