"""Editors resolve continuation markers in the admin: pick a candidate, unlink, hand back."""

import pytest
from django.urls import reverse

from articles.continuations import jump_problems
from articles.models import Article, ArticlePart, Issue, Jump, JumpState

pytestmark = pytest.mark.django_db


def fix_url(jump):
    return reverse("admin:articles_jump_fix", args=[jump.pk])


def test_the_fix_page_shows_the_candidates(editor_client, tie):
    response = editor_client.get(fix_url(tie))
    html = response.content.decode()
    assert "有歧义" in html and html.count("候选") >= 2
    assert "全面提速，市民出行更加便利" in html and "全面提速，市民休闲更加便利" in html
    assert {c["part"].pk for c in response.context["choices"] if c["is_candidate"]} == set(
        tie.candidates.values_list("pk", flat=True)
    )


def test_picking_a_candidate_joins_the_story(editor_client, tie):
    chosen = tie.candidates.order_by("position").last()
    response = editor_client.post(fix_url(tie), {"action": "link", "part": chosen.pk})
    assert response.status_code == 302
    tie.refresh_from_db()
    assert tie.state == JumpState.MANUAL and tie.to_part_id == chosen.pk
    story = Article.objects.with_parts().get(pk=tie.part.article_id)
    assert [p.page.label for p in story.ordered_parts()] == ["A1", "A2"]
    assert story.full_text().endswith("全面提速，市民休闲更加便利，出行空间持续拓展。")
    # the other continuation is left over: it shows as an orphan for the editor to deal with
    kinds = [p.kind for p in jump_problems(Issue.objects.filter(date="2020-07-10"))]
    assert kinds == ["orphan"]
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages and messages[0].startswith("已接续")


def test_an_orphan_continuation_can_be_unlinked(editor_client, tie):
    chosen = tie.candidates.order_by("position").first()
    editor_client.post(fix_url(tie), {"action": "link", "part": chosen.pk})
    [problem] = jump_problems(Issue.objects.filter(date="2020-07-10"))
    orphan = Jump.objects.get(pk=problem.jump_id)
    assert editor_client.post(fix_url(orphan), {"action": "unlink"}).status_code == 302
    assert jump_problems(Issue.objects.filter(date="2020-07-10")) == []


def test_unlinking_and_handing_back(editor_client, tie):
    editor_client.post(fix_url(tie), {"action": "unlink"})
    tie.refresh_from_db()
    assert tie.state == JumpState.UNLINKED and tie.to_part is None
    editor_client.post(fix_url(tie), {"action": "reset"})
    tie.refresh_from_db()
    assert tie.state == JumpState.AMBIGUOUS


def test_link_needs_a_choice(editor_client, tie):
    response = editor_client.post(fix_url(tie), {"action": "link"})
    assert response.status_code == 200
    assert "请先在列表里选中一段接续" in response.content.decode()
    tie.refresh_from_db()
    assert tie.state == JumpState.AMBIGUOUS


def test_a_part_from_elsewhere_is_refused(editor_client, tie, seed):
    elsewhere = ArticlePart.objects.filter(page__issue__date="2020-07-09").first()
    response = editor_client.post(fix_url(tie), {"action": "link", "part": elsewhere.pk})
    assert response.status_code == 200
    assert response.context["form"].errors["part"]
    tie.refresh_from_db()
    assert tie.state == JumpState.AMBIGUOUS


def test_the_jump_list_filters_what_needs_fixing(editor_client, tie, seed):
    issue = tie.part.page.issue
    response = editor_client.get(
        reverse("admin:articles_jump_changelist") + f"?broken=1&issue={issue.pk}"
    )
    rows = list(response.context["cl"].result_list)
    assert tie in rows and all(j.part.page.issue_id == issue.pk for j in rows)


def test_viewers_see_but_cannot_fix(viewer_client, tie):
    assert viewer_client.get(fix_url(tie)).status_code == 200
    assert viewer_client.post(fix_url(tie), {"action": "unlink"}).status_code == 403
    tie.refresh_from_db()
    assert tie.state == JumpState.AMBIGUOUS
