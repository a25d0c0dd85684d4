"""Publishing: an issue and its stories go public together; broken chains block it unless
acknowledged; the service, the command, the admin button and the action agree."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.caching import content_version
from articles.models import Article, Issue, Publication, Status
from articles.publishing import IssuePublishError, issue_publish, issue_unpublish

pytestmark = pytest.mark.django_db


def statuses(issue):
    issue.refresh_from_db()
    return issue.status, set(issue.articles.values_list("status", flat=True))


def test_broken_chains_block_publishing_and_are_listed(seed):
    issue = Issue.objects.get()
    with pytest.raises(IssuePublishError) as caught:
        issue_publish(issue=issue)
    message = str(caught.value)
    assert "有 4 处转版未接好，未发布" in message
    assert (
        "A1版 第2篇“推进重点工程和重大项目不断取得新突破 发挥指挥部体制机制优势”（下转A2版）：目标版面尚未导入"
        in message
    )
    assert "已知悉未接好的转版" in message
    assert "--" not in message  # the desk shows it: no command-line flags
    assert len(caught.value.problems) == 4
    assert statuses(issue) == (Status.DRAFT, {Status.DRAFT})


def test_acknowledged_publishing_publishes_issue_and_stories_in_one_go(
    seed, editor, django_capture_on_commit_callbacks
):
    issue = Issue.objects.get()
    version = content_version()
    with django_capture_on_commit_callbacks(execute=True):
        report = issue_publish(issue=issue, user=editor, acknowledge_broken=True)
    assert statuses(issue) == (Status.PUBLISHED, {Status.PUBLISHED})
    assert issue.published_at is not None
    assert report.articles_published == report.articles_total == 5
    assert len(report.acknowledged) == 4
    assert content_version() != version
    article = Article.objects.first()
    latest = article.history.first()
    assert (latest.status, latest.history_user, latest.history_change_reason) == (
        Status.PUBLISHED,
        editor,
        "发布",
    )
    assert latest.prev_record.status == Status.DRAFT  # the baseline: the diff shows the change
    assert issue.history.first().history_user == editor
    assert set(Article.objects.published()) == set(Article.objects.all())


def test_a_whole_issue_publishes_without_acknowledgement(seed_with_a2):
    issue = Issue.objects.get()
    issue_publish(issue=issue)
    assert statuses(issue) == (Status.PUBLISHED, {Status.PUBLISHED})


def test_an_empty_issue_is_refused(db):
    paper = Publication.objects.create(name="测试报", slug="test")
    issue = Issue.objects.create(publication=paper, date="2020-01-01")
    with pytest.raises(IssuePublishError, match="还没有任何版面"):
        issue_publish(issue=issue)


def test_only_published_content_is_public(client, seed_with_a2, django_capture_on_commit_callbacks):
    issue = Issue.objects.get()
    story = Article.objects.first()
    assert client.get(issue.get_absolute_url()).status_code == 404
    assert not Article.objects.published().exists()
    with django_capture_on_commit_callbacks(execute=True):  # the public cache is bumped on commit
        issue_publish(issue=issue)
    assert client.get(issue.get_absolute_url()).status_code == 200
    assert client.get(story.get_absolute_url()).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        issue_unpublish(issue=issue)
    assert client.get(issue.get_absolute_url()).status_code == 404
    assert not Article.objects.published().exists()


# The command ---------------------------------------------------------------------------------


def publish_command(*args) -> str:
    out = StringIO()
    call_command("publish_issue", *args, stdout=out)
    return out.getvalue()


def test_the_command_refuses_broken_chains_and_publishes_when_acknowledged(seed):
    with pytest.raises(CommandError, match="有 4 处转版未接好") as refused:
        publish_command("--paper", "nantong-daily", "--date", "2020-07-09")
    assert "--acknowledge-broken" in str(refused.value)
    assert Issue.objects.get().status == Status.DRAFT
    out = publish_command(
        "--paper", "nantong-daily", "--date", "2020-07-09", "--acknowledge-broken"
    )
    assert "南通日报 2020-07-09 已发布：共 5 篇稿件" in out
    assert out.count("已知悉") == 5
    assert Issue.objects.get().status == Status.PUBLISHED


def test_run_again_with_unless_published_leaves_later_drafts_unpublished(seed):
    args = ["--paper", "nantong-daily", "--date", "2020-07-09", "--acknowledge-broken"]
    publish_command(*args)
    late = Article.objects.order_by("pk").first()
    late.status = Status.DRAFT  # a story an editor took back (or a late page's new story)
    late.save(update_fields=["status"])
    out = publish_command(*args, "--unless-published")
    assert "已经发布，这次什么也没做" in out
    late.refresh_from_db()
    assert late.status == Status.DRAFT


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--paper", "nowhere", "--date", "2020-07-09"],
            "没有报纸 'nowhere'（按网址名或报名找）；已有的报纸：nantong-daily；请改正 --paper",
        ),
        (["--paper", "nantong-daily", "--date", "2020-7-9x"], "不是日期"),
        (["--paper", "南通日报", "--date", "2020-07-10"], "请先导入这一期的版面"),
    ],
)
def test_the_command_explains_bad_arguments(seed, args, message):
    with pytest.raises(CommandError, match=message):
        publish_command(*args)


def test_the_command_finds_the_paper_by_name(seed_with_a2):
    assert "已发布" in publish_command("--paper", "南通日报", "--date", "2020-07-09")


# The admin -----------------------------------------------------------------------------------


def publish_url(issue):
    return reverse("admin:articles_issue_publish", args=[issue.pk])


def test_the_publish_page_lists_broken_chains_with_fix_links(editor_client, seed):
    issue = Issue.objects.get()
    html = editor_client.get(publish_url(issue)).content.decode()
    assert "有 4 处转版未接好" in html
    assert html.count('href="/admin/articles/jump/') >= 4
    assert 'name="acknowledge_broken"' in html


def test_publishing_in_the_admin_needs_acknowledgement_while_chains_are_broken(
    editor_client, editor, seed
):
    issue = Issue.objects.get()
    refused = editor_client.post(publish_url(issue), {})
    assert refused.status_code == 200
    assert "未发布" in " ".join(refused.context["form"].non_field_errors())
    assert statuses(issue)[0] == Status.DRAFT
    done = editor_client.post(publish_url(issue), {"acknowledge_broken": "on"})
    assert done.status_code == 302 and done.url == reverse(
        "admin:articles_issue_change", args=[issue.pk]
    )
    assert statuses(issue) == (Status.PUBLISHED, {Status.PUBLISHED})
    assert issue.history.first().history_user == editor


def test_the_publish_action_on_the_issue_list(editor_client, seed, seed_tie_issue):
    changelist = reverse("admin:articles_issue_changelist")
    ids = [str(i.pk) for i in Issue.objects.all()]
    confirm = editor_client.post(
        changelist, {"action": "publish_selected", "_selected_action": ids}
    )
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "发布这些期" in html and "目标版面尚未导入" in html and "有歧义" in html
    refused = editor_client.post(
        changelist, {"action": "publish_selected", "_selected_action": ids, "confirm": "1"}
    )
    assert refused.status_code == 302
    assert {i.status for i in Issue.objects.all()} == {Status.DRAFT}
    assert sum("未发布" in str(m) for m in refused.wsgi_request._messages) == 2
    editor_client.post(
        changelist,
        {
            "action": "publish_selected",
            "_selected_action": ids,
            "confirm": "1",
            "acknowledge_broken": "on",
        },
    )
    assert {i.status for i in Issue.objects.all()} == {Status.PUBLISHED}
    editor_client.post(changelist, {"action": "unpublish_selected", "_selected_action": ids})
    assert {i.status for i in Issue.objects.all()} == {Status.DRAFT}


@pytest.fixture
def seed_tie_issue(tie):
    return tie


def test_viewers_cannot_publish(viewer_client, seed_with_a2):
    issue = Issue.objects.get()
    assert viewer_client.post(publish_url(issue), {"acknowledge_broken": "on"}).status_code == 403
    assert Issue.objects.get().status == Status.DRAFT


def test_publishing_again_changes_nothing_until_new_stories_arrive(seed):
    issue = Issue.objects.get()
    issue_publish(issue=issue, acknowledge_broken=True)
    issue.refresh_from_db()
    first, records = issue.published_at, issue.history.count()
    report = issue_publish(issue=issue, acknowledge_broken=True)
    issue.refresh_from_db()
    assert (issue.published_at, issue.history.count()) == (first, records)
    assert report.articles_published == 0
    from tests.admin.conftest import JUMPS
    from tests.factories import import_text

    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")  # a late page: new drafts?
    drafts = issue.articles.filter(status=Status.DRAFT).count()
    report = issue_publish(issue=issue)
    assert report.articles_published == drafts
    assert statuses(issue) == (Status.PUBLISHED, {Status.PUBLISHED})
    assert issue.published_at == first


def test_view_on_site_is_offered_only_for_what_readers_can_see(editor_client, seed_with_a2):
    issue = Issue.objects.get()
    story = Article.objects.first()
    change = reverse("admin:articles_article_change", args=[story.pk])
    assert "viewsitelink" not in editor_client.get(change).content.decode()
    issue_publish(issue=issue)
    assert story.get_absolute_url() in editor_client.get(change).content.decode()
