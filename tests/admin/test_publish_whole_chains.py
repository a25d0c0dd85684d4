"""With every jump of an issue linked, the publish pages say so and ask no acknowledgement:
the 已知悉未接好的转版 tick box shows only when a jump is open."""

import pytest
from django.urls import reverse

from articles.models import Issue, Status

pytestmark = pytest.mark.django_db


def test_the_publish_page_has_no_tick_box_when_every_jump_is_linked(editor_client, seed_with_a2):
    issue = Issue.objects.get()
    url = reverse("admin:articles_issue_publish", args=[issue.pk])
    html = editor_client.get(url).content.decode()
    assert "所有转版均已接好" in html and 'name="acknowledge_broken"' not in html
    assert editor_client.post(url, {}).status_code == 302
    issue.refresh_from_db()
    assert issue.status == Status.PUBLISHED


def test_the_publish_action_has_no_tick_box_when_every_jump_is_linked(editor_client, seed_with_a2):
    changelist = reverse("admin:articles_issue_changelist")
    ids = [str(Issue.objects.get().pk)]
    confirm = editor_client.post(
        changelist, {"action": "publish_selected", "_selected_action": ids}
    )
    html = confirm.content.decode()
    assert "所有转版均已接好" in html and 'name="acknowledge_broken"' not in html
    editor_client.post(
        changelist, {"action": "publish_selected", "_selected_action": ids, "confirm": "1"}
    )
    assert Issue.objects.get().status == Status.PUBLISHED


def test_the_tick_box_stays_while_a_jump_is_open(editor_client, seed):
    url = reverse("admin:articles_issue_publish", args=[Issue.objects.get().pk])
    assert 'name="acknowledge_broken"' in editor_client.get(url).content.decode()
