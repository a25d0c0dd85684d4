"""A re-import that corrects a story writes one history record, and its reason says why: the
page's file imported again, with corrected text (``重新导入A1.txt：版面文本有更正``), whether the
correction is in the body (only the story's part changes) or in its headline (the story row)."""

from __future__ import annotations

import pytest

from articles.importing.pipeline import page_import
from articles.importing.reports import REIMPORT_REASON
from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.factories import SEED_DATE, import_text

pytestmark = pytest.mark.django_db

A1 = """湖畔小学迎来新校舍

本报讯（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。新校舍共有教室四十八间，并配有图书馆和室内体育馆。
"""


@pytest.fixture
def story() -> Article:
    import_text(A1, "A1")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    return Article.objects.get()


@pytest.mark.parametrize(
    "corrected",
    [
        A1.replace("一千二百名", "一千五百名"),  # the body: only its part is written
        A1.replace("湖畔小学迎来新校舍", "湖畔小学迎来崭新校舍"),  # the headline: the story row
    ],
    ids=["body", "headline"],
)
def test_a_corrected_story_has_one_history_record_saying_it_was_reimported(story, corrected):
    records = story.history.count()

    assert import_text(corrected, "A1").action == "updated"

    assert story.history.count() == records + 1
    reason = story.history.first().history_change_reason
    assert reason == REIMPORT_REASON.format(source="A1.txt")
    assert "重新导入" in reason and "A1.txt" in reason and "更正" in reason


def test_a_reimport_that_changes_nothing_writes_no_history(story):
    records = story.history.count()
    import_text(A1, "A1")
    assert story.history.count() == records


@pytest.mark.parametrize(
    "source", ["/srv/incoming/2020-07-09/A1.txt", "C:\\报社\\0709\\A1.txt", "A1.txt"]
)
def test_the_reason_names_the_file_without_the_importing_machines_folders(story, source):
    corrected = A1.replace("一千二百名", "一千五百名")
    report = page_import(
        paper_name="南通日报",
        paper_slug="nantong-daily",
        issue_date=SEED_DATE,
        label="A1",
        data=corrected.encode(),
        source_name=source,
    )
    assert report.action == "updated"
    assert story.history.first().history_change_reason == "重新导入A1.txt：版面文本有更正"
