"""撤销本版导入 and 删除本期 list the printed 更正 links they end: the earlier story that loses its
``本报12月6日A3版刊登更正`` line when the notice's page goes, and the notice left unlinked when the
corrected story goes (a reviewer's plan said neither)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import CorrectionNotice, Issue, NoticeState, Page
from articles.removal import issue_removal_plan, page_removal_plan, page_remove
from tests.correctionnotices.test_linking import A2, DAY, LATER, NOTICE, publish_all
from tests.factories import import_text

pytestmark = pytest.mark.django_db
LOSES = (
    "12月3日A2版“快递进村打通‘最后一公里’”不再显示“本报12月6日A3版刊登更正”：这则更正启事随本版删去"
)


@pytest.fixture
def linked():
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    assert CorrectionNotice.objects.get().state == NoticeState.LINKED


def test_undoing_the_notices_page_names_the_story_that_loses_its_line(linked, editor_client):
    publish_all()
    page = Page.objects.get(label="A3")
    plan = page_removal_plan(page)
    assert [line.split("（")[0] for line in plan.corrections] == [LOSES]
    assert plan.corrections[0].endswith("——已发布，读者正在看")
    html = editor_client.get(reverse("admin:articles_page_undo_import", args=[page.pk]))
    assert LOSES in html.content.decode()
    page_remove(page=page, fingerprint=plan.fingerprint)


def test_undoing_the_corrected_storys_page_names_the_notice_left_unlinked(linked):
    plan = page_removal_plan(Page.objects.get(label="A2"))
    assert plan.corrections == [
        "12月6日A3版的更正启事“更正”不再链接被更正的“快递进村打通‘最后一公里’”，"
        "改为未找到被更正稿件（本版重新导入后会自动再链接）"
    ]


def test_deleting_the_notices_issue_names_it_too(linked):
    plan = issue_removal_plan(Issue.objects.get(date=LATER))
    assert [line.split("（")[0] for line in plan.corrections] == [LOSES.replace("随本版", "随本期")]
