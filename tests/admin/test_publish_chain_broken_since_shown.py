"""发布本期 acknowledges the broken chains its confirmation page listed, not one that broke while
the editor read it: the form sends back the chains it listed (by identity, as a scheduled
publication remembers them, ``articles.publishchecks.chain_key``), a chain broken since is
refused by name and nothing is published; the page shown again lists it, and ticking 已知悉
there publishes."""

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Status
from tests.admin.conftest import editor, editor_client, groups, seed, time_ahead  # noqa: F401
from tests.admin.test_spreadsheets import browser_form
from tests.factories import import_text

pytestmark = pytest.mark.django_db

# A late page whose story jumps to a page that is not imported: a chain broken after the
# editor opened 发布本期 (the seed's A1 has 4 broken chains of its own, to A2).
LATE = (
    "夜市延長營業時間\n\n本報訊 市府昨日宣布，沿河夜市自下月起延長營業至凌晨一時，"
    "並增設兩處臨時停車場，（下转A9版）\n"
)


def publish_url(issue) -> str:
    return reverse("admin:articles_issue_publish", args=[issue.pk])


def acknowledged(page) -> dict:
    """What the browser sends with 已知悉 ticked and 发布本期 pressed."""
    return browser_form(page, "acknowledge_broken", acknowledge_broken="on")


def published() -> set[str]:
    return set(Article.objects.filter(status=Status.PUBLISHED).values_list("headline", flat=True))


def test_a_chain_broken_after_the_page_was_opened_is_refused_by_name(
    editor_client,  # noqa: F811
    seed,  # noqa: F811
):
    issue = Issue.objects.get()
    page = editor_client.get(publish_url(issue))
    assert "有 4 处转版未接好" in page.content.decode()
    import_text(LATE, "A3")  # breaks a fifth chain while the editor reads the page

    refused = editor_client.post(publish_url(issue), acknowledged(page))

    assert refused.status_code == 200
    (error,) = refused.context["form"].non_field_errors()
    assert "打开发布页面之后又有 1 处转版未接好" in error and "未发布" in error
    assert "A3版" in error and "下转A9版" in error
    assert "A2版" not in error  # the 4 chains the page listed were acknowledged
    issue.refresh_from_db()
    assert issue.status != Status.PUBLISHED and published() == set()
    assert "有 5 处转版未接好" in refused.content.decode()  # listed now, to acknowledge

    done = editor_client.post(publish_url(issue), acknowledged(refused))
    assert done.status_code == 302
    issue.refresh_from_db()
    assert issue.status == Status.PUBLISHED and "夜市延長營業時間" in published()


def test_the_publish_action_refuses_a_chain_broken_after_its_page_was_opened(
    editor_client,  # noqa: F811
    seed,  # noqa: F811
):
    """发布所选的期 (the issue list's action) does the same for each issue it lists."""
    changelist = reverse("admin:articles_issue_changelist")
    issue = Issue.objects.get()
    page = editor_client.post(
        changelist, {"action": "publish_selected", "_selected_action": [str(issue.pk)]}
    )
    assert "发布这些期" in page.content.decode()
    import_text(LATE, "A3")

    sent = browser_form(page, "acknowledge_broken", acknowledge_broken="on", confirm="发布这些期")
    refused = editor_client.post(changelist, sent)

    assert refused.status_code == 302
    said = " ".join(str(m) for m in refused.wsgi_request._messages)
    assert "打开发布页面之后又有 1 处转版未接好" in said and "下转A9版" in said
    issue.refresh_from_db()
    assert issue.status != Status.PUBLISHED and published() == set()


def test_a_time_set_on_the_page_does_not_acknowledge_a_chain_broken_after_it_was_opened(
    editor_client,  # noqa: F811
    seed,  # noqa: F811
):
    """定时发布 on the same page: only the chains it listed are remembered as acknowledged."""
    issue = Issue.objects.get()
    page = editor_client.get(publish_url(issue))
    import_text(LATE, "A3")

    sent = {**acknowledged(page), "publish_at": time_ahead()}
    refused = editor_client.post(publish_url(issue), sent)

    assert refused.status_code == 200
    (error,) = refused.context["form"].non_field_errors()
    assert "打开发布页面之后又有 1 处转版未接好" in error and "下转A9版" in error
    issue.refresh_from_db()
    assert issue.publish_at is None and issue.publish_acknowledged_chains == []

    done = editor_client.post(
        publish_url(issue), {**acknowledged(refused), "publish_at": time_ahead()}
    )
    assert done.status_code == 302
    issue.refresh_from_db()
    assert issue.publish_at is not None and len(issue.publish_acknowledged_chains) == 5
