"""On a paper that requires sign-off, an editor's 发布本期 page offers no button and no
未签发破例发布的理由 field (pressing was refused: 只有总编辑…可以发布): it says who publishes and
how to ask for sign-off, as the upload does; the chief editor's page is unchanged."""

import pytest

from articles.models import Issue, Publication, Status
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(seed_with_a2):
    Publication.objects.update(review_required=True)
    return Issue.objects.get()


def test_an_editor_is_told_who_publishes_and_offered_no_button(editor_client, issue):
    response = editor_client.get(f"/admin/articles/issue/{issue.pk}/publish/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="publish-form"' not in html
    assert "发布本期（" not in html
    assert "未签发破例发布的理由" not in html
    assert "只有总编辑（签发权限）可以发布" in html
    assert "提交待审" in html
    assert f"issue__publication__id__exact={issue.publication_id}" in html  # the stories to submit


def test_an_editor_posting_anyway_is_refused_with_nothing_published(editor_client, issue):
    response = editor_client.post(
        f"/admin/articles/issue/{issue.pk}/publish/", {"acknowledge_broken": "on"}
    )
    assert "只有总编辑（签发权限）可以发布" in response.content.decode()
    assert Issue.objects.get().status == Status.DRAFT


def test_the_chief_editor_still_has_the_button_and_the_reason(chief_client, issue):
    response = chief_client.get(f"/admin/articles/issue/{issue.pk}/publish/")
    html = response.content.decode()
    assert 'id="publish-form"' in html
    assert "未签发破例发布的理由" in html
    assert "override_reason" in form_data(response, "publish-form")
