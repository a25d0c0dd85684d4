"""A hand edit is credited to whoever made it, from the story's history: not to the chief who
signed off or published the story after it (their records carry the edit's stamp unchanged).
Both 删除本期's list of hand edits it loses and the import's ``（某人 … 修改）`` lines."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.importing.handedits import hand_edits_since
from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def edited_then_published(editor_client, chief, seed_with_a2) -> Article:
    story = Article.objects.filter(page__label="A1").order_by("position").first()
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(url))
    data["headline"] = story.headline + "（修订）"
    response = editor_client.post(url, {**data, "_save": "1"})
    assert response.status_code == 302, response.context and response.context["errors"]
    issue_publish(issue=Issue.objects.get(), user=chief, acknowledge_broken=True)
    story.refresh_from_db()
    assert story.is_edited and story.status == "published"
    assert story.history.order_by("-history_date").first().history_user == chief
    return story


def test_removing_the_issue_credits_the_editor_who_made_the_edit(
    chief_client, edited_then_published
):
    issue = Issue.objects.get()
    html = chief_client.get(reverse("admin:articles_issue_remove", args=[issue.pk])).content
    hand_edits = html.decode().split('id="removal-hand-edits"')[1].split("</div>")[0]
    line = next(li for li in hand_edits.split("<li") if "（修订）" in li)
    assert "desk-editor" in line and "desk-chief" not in line


def test_the_imports_hand_edit_line_credits_the_editor(edited_then_published):
    page = edited_then_published.page
    item = type(
        "Item",
        (),
        {"paper_name": page.issue.publication.name, "paper_slug": "", "label": page.label,
         "issue_date": page.issue.date},
    )()  # fmt: skip
    (edit,) = [
        e
        for e in hand_edits_since([item], {}, lock=False)
        if e.article_id == edited_then_published.pk
    ]
    assert edit.who == "desk-editor", edit.text()
