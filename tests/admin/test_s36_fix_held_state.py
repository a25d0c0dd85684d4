"""A jump in a held link (a published continuation waiting for its head's sign-off, or for a
withdrawn head to be published again) reads as the desk says it everywhere a jump's state is
named: the story list's 转版 column, ``str(jump)`` (admin messages, the admin's log, the shell)
and the message after 交还自动匹配 — never 待目标版面, which would send editors looking for a page
that is imported."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.importing.jumplines import (
    jump_lines as _jump_lines,  # the desk's upload result lists these
)
from articles.models import Article, Jump, JumpState, Page, Status
from articles.publishing import stories_unpublish
from tests.admin.conftest import (  # noqa: F401  (fixtures)
    editor,
    editor_client,
    form_data,
    groups,
)
from tests.factories import import_text
from tests.review_s35.test_held_published_continuation import (
    DAY,
    HEAD_UNJUMPED,
    PAPER,
    TAIL,
    command,
    held,
    import_head,
)

pytestmark = pytest.mark.django_db


def withdrawn_held(tmp_path) -> None:
    """A2's continuation published; A1's head published, withdrawn, then imported again with
    its 下转A2版: the link is held because the head was withdrawn."""
    import_text(HEAD_UNJUMPED, "A1", when=DAY)
    import_text(TAIL, "A2", when=DAY)
    command("publish_issue", *PAPER, "--acknowledge-broken")
    stories_unpublish(articles=Article.objects.filter(headline="老街改造完工"))
    import_head(tmp_path)
    assert Article.objects.filter(status=Status.PUBLISHED).count() == 1


def jump_column(client) -> str:
    html = client.get(reverse("admin:articles_article_changelist")).content.decode()
    return " ".join(
        part.split("</td>")[0] for part in html.split('<td class="field-jump_state">')[1:]
    )


def test_the_story_list_says_both_jumps_of_a_held_link_are_held_for_sign_off(
    tmp_path,
    editor_client,  # noqa: F811
):
    held(tmp_path)
    column = jump_column(editor_client)
    assert column.count("须经签发，先不接上") == 2  # 下转A2 of the head, 上接A1 of the continuation
    assert "待目标版面" not in column


def test_the_story_list_says_a_link_held_for_a_withdrawn_head_is_held(
    tmp_path,
    editor_client,  # noqa: F811
):
    withdrawn_held(tmp_path)
    column = jump_column(editor_client)
    assert column.count("稿件已撤回，先不接上") == 2
    assert "待目标版面" not in column


def test_a_held_jump_names_its_state_as_the_desk_does(tmp_path):
    held(tmp_path)
    forward = Jump.objects.get(direction="forward")
    backward = Jump.objects.get(direction="backward")
    assert forward.state == backward.state == JumpState.PENDING  # as stored
    assert str(forward) == "A1 （下转A2版） → A2（须经签发，先不接上）"
    assert str(backward).endswith("（须经签发，先不接上）")


def test_a_jump_held_for_a_withdrawn_head_names_its_state_as_the_desk_does(tmp_path):
    withdrawn_held(tmp_path)
    assert str(Jump.objects.get(direction="forward")).endswith("（稿件已撤回，先不接上）")
    assert str(Jump.objects.get(direction="backward")).endswith("（稿件已撤回，先不接上）")


def test_a_jump_waiting_for_its_page_is_still_said_to_wait_for_it():
    import_text(TAIL, "A2", when=DAY)  # 上接A1版, A1 not imported
    assert str(Jump.objects.get()).endswith("（待目标版面）")


def test_handing_a_held_jump_back_to_the_resolver_says_it_is_held_again(
    tmp_path,
    editor_client,  # noqa: F811
):
    held(tmp_path)
    jump = Jump.objects.get(direction="forward")
    url = reverse("admin:articles_jump_fix", args=[jump.pk])
    shown = form_data(editor_client.get(url), "jump-fix-form")  # what the page sends
    done = editor_client.post(url, {**shown, "action": "reset"}, follow=True)
    said = " ".join(str(m) for m in done.context["messages"])
    assert "当前状态：须经签发，先不接上" in said, said


def test_the_uploads_jump_lines_say_a_held_link_is_held_for_sign_off(tmp_path):
    held(tmp_path)
    (line,) = _jump_lines(Page.objects.get(label="A1").pk)
    assert "须经签发，先不接上" in line
    assert "待目标版面" not in line
