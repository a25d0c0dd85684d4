"""A re-sent page that changes a hand-edited story's photo saves the story with the import's
reason (``重新导入A3.txt：版面文本有更正``) while it still holds the editor's text: that record is
not the page's text. Taken as the base of the next comparison, the page's change to the
paragraph the editor had changed too was no longer pending (the story's history said it was
kept, the desk and 发布本期 listed nothing: session 68's full run)."""

from __future__ import annotations

import pytest

from articles.models import Article, Issue
from articles.pendingtext import issues_pending
from tests.admin.test_photo_page_text import upload
from tests.admin.test_take_page_text import edit_at_the_desk
from tests.importing.test_page_text_take import edit_its_first_paragraph
from tests.importing.test_photo_page_text_pending import PAGE, RESENT

pytestmark = pytest.mark.django_db


def test_a_change_the_editor_made_too_stays_pending_when_the_resend_also_changes_the_photo(
    editor_client,
):
    upload(editor_client, PAGE)
    story = edit_at_the_desk(editor_client, "濠河夜游航线开通", "濠河夜游今起开航")
    edit_its_first_paragraph(story, "每半小时一班", "每三十分钟一班")
    upload(
        editor_client, RESENT.replace("每半小时一班", "每二十分钟一班")
    )  # (its photo changes too)
    reasons = list(Article.objects.get().history.values_list("history_change_reason", flat=True))
    assert reasons[0].startswith("重新导入A3.txt")  # (the record that once became the base)
    [pending] = issues_pending([Issue.objects.get()])
    assert pending.name == "A3版“濠河夜游今起开航”"
    assert "每二十分钟一班" in "".join(pending.changes)
    [part] = Article.objects.get().parts.all()
    assert "每三十分钟一班" in part.blocks[0]["text"]  # (the editor's text kept meanwhile)
