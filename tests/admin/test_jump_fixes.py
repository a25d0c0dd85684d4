"""Editors resolve continuation markers in the admin: pick a candidate, unlink, hand back."""

import pytest
from django.test import Client
from django.urls import reverse

from articles.continuations import jump_problems
from articles.models import Article, ArticlePart, Issue, Jump, JumpState
from tests.admin.conftest import form_data, staff

pytestmark = pytest.mark.django_db


def fix_url(jump):
    return reverse("admin:articles_jump_fix", args=[jump.pk])


def fix_post(client, jump, data: dict):
    return client.post(fix_url(jump), data)


def fix(client, jump, **choice):
    """Open ``jump``'s fix page and submit its form as a browser would, with ``choice``."""
    return client.post(
        fix_url(jump), {**form_data(client.get(fix_url(jump)), "jump-fix-form"), **choice}
    )


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
    response = fix(editor_client, tie, action="link", part=chosen.pk)
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
    fix(editor_client, tie, action="link", part=chosen.pk)
    [problem] = jump_problems(Issue.objects.filter(date="2020-07-10"))
    orphan = Jump.objects.get(pk=problem.jump_id)
    assert fix(editor_client, orphan, action="unlink").status_code == 302
    assert jump_problems(Issue.objects.filter(date="2020-07-10")) == []


def test_unlinking_and_handing_back(editor_client, tie):
    fix(editor_client, tie, action="unlink")
    tie.refresh_from_db()
    assert tie.state == JumpState.UNLINKED and tie.to_part is None
    fix(editor_client, tie, action="reset")
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


def test_unlinking_from_a_page_opened_before_a_colleagues_link_is_refused(
    editor_client, groups, tie
):
    page = editor_client.get(fix_url(tie))  # the jump is ambiguous on this page
    first = tie.candidates.order_by("position").first()
    colleague = Client()
    colleague.force_login(staff("desk-colleague", groups[0]))
    assert fix(colleague, tie, action="link", part=first.pk).status_code == 302

    response = editor_client.post(
        fix_url(tie), {**form_data(page, "jump-fix-form"), "action": "unlink"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "已被处理或改动" in html and "本次什么都没有改" in html
    assert "它现在的状态：人工指定" in html
    tie.refresh_from_db()
    assert (tie.state, tie.to_part_id) == (JumpState.MANUAL, first.pk)
    # the page shown again is the current one (the colleague's link), its form fresh
    assert response.context["jump"].to_part_id == first.pk and "，接 A2版 第" in html
    again = form_data(response, "jump-fix-form")
    assert fix_post(editor_client, tie, {**again, "action": "unlink"}).status_code == 302
    tie.refresh_from_db()
    assert tie.state == JumpState.UNLINKED


def test_a_link_made_by_the_resolver_since_the_page_was_opened_is_not_replaced(editor_client, tie):
    page = editor_client.get(fix_url(tie))
    first, second = tie.candidates.order_by("position")
    Jump.objects.filter(pk=tie.pk).update(state=JumpState.LINKED, to_part=first)  # in bulk
    response = editor_client.post(
        fix_url(tie), {**form_data(page, "jump-fix-form"), "action": "link", "part": second.pk}
    )
    assert response.status_code == 200 and response.context["form"].is_stale
    tie.refresh_from_db()
    assert tie.to_part_id == first.pk


def test_a_fix_posted_without_the_state_its_page_showed_is_refused(editor_client, tie):
    chosen = tie.candidates.order_by("position").first()
    response = editor_client.post(fix_url(tie), {"action": "link", "part": chosen.pk})
    assert response.status_code == 200
    assert "缺少打开时的状态信息" in response.content.decode()
    tie.refresh_from_db()
    assert tie.state == JumpState.AMBIGUOUS
