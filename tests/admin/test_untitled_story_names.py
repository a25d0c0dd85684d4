"""A story without a headline is named to editors by its first 12 characters, dateline and credit
left out (README, Importing: "Reports name every story"), wherever a check, a report or a desk
list names it (``Article.name_for_editors``): two untitled continuations on one page read
apart, never both ``无标题``."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone

from articles.importing.upload import page_visibility
from articles.models import Article, Issue, Page, Publication, Status
from articles.removal import page_removal_plan
from tests.admin.conftest import form_data, tie  # noqa: F401
from tests.factories import import_text

pytestmark = pytest.mark.django_db

# Two continuations whose page 1 has not come (no headline to place yet) and a brief.
PAGE = """（上接A1版）

先进的膜生物反应器工艺，出水水质达到一级A标准。县里还将同步建设配套管网一百二十公里。

（上接A1版）

财政补助占七成。街道办负责人说，下一步将推广老街改造经验，招商小组组招商引资。

全县秋粮收购工作启动

本报讯（记者 孙伟）全县秋粮收购工作昨天启动，各收购点敞开收购农民余粮，确保农民卖粮不难。
"""
FIRST = "先进的膜生物反应器工艺，…"
SECOND = "财政补助占七成。街道办负…"
BRIEF = "全县秋粮收购工作启动"


@pytest.fixture
def page(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(PAGE, "A2")
    return Page.objects.get(label="A2")


def story(opening: str) -> Article:
    return next(a for a in Article.objects.all() if a.parts.first().text().startswith(opening))


def test_an_untitled_story_is_named_by_its_first_twelve_characters(page):
    assert story("先进").name_for_editors() == FIRST
    assert str(story("财政")) == SECOND
    assert Article.objects.get(headline=BRIEF).name_for_editors() == BRIEF


def test_an_untitled_brief_is_named_without_its_dateline_and_credit(page):
    Article.objects.filter(headline=BRIEF).update(headline="")
    brief = Article.objects.get(dateline__startswith="本报讯")
    assert brief.name_for_editors() == "全县秋粮收购工作昨天启动…"


def test_naming_a_story_with_its_first_part_at_hand_costs_no_query(page, django_assert_num_queries):
    article = story("先进")
    part = article.parts.get()
    with django_assert_num_queries(0):
        assert article.name_for_editors(part) == FIRST


def publish_issue() -> str:
    """What ``publish_issue --acknowledge-broken`` prints for the page's issue."""
    out = StringIO()
    call_command(
        "publish_issue",
        "--acknowledge-broken",
        paper="nantong-daily",
        date="2020-07-09",
        stdout=out,
        stderr=StringIO(),
    )
    return out.getvalue()


def test_publishing_an_unsigned_issue_names_the_untitled_stories(page):
    Publication.objects.update(review_required=True)
    with pytest.raises(CommandError) as refused:
        publish_issue()
    said = str(refused.value)
    assert f"第1篇“{FIRST}”" in said and f"第2篇“{SECOND}”" in said
    assert "无标题" not in said


def later(article: Article):
    at = timezone.now() + timedelta(days=1)
    Article.objects.filter(pk=article.pk).update(publish_at=at)
    return at


def test_the_publish_page_and_the_command_name_an_untitled_story_left_to_its_time(
    page, editor_client
):
    later(story("先进"))
    issue = Issue.objects.get()
    html = editor_client.get(reverse("admin:articles_issue_publish", args=[issue.pk])).content
    assert f"A2版“{FIRST}”：" in html.decode()
    said = publish_issue()
    assert f"仍等定时发布：A2版“{FIRST}”（" in said and "无标题" not in said


def test_the_desk_home_names_the_untitled_continuations_of_its_broken_jumps(page, editor_client):
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert f"A2版 第1篇“{FIRST}”" in html and f"A2版 第2篇“{SECOND}”" in html
    assert "无标题" not in html


def test_undoing_a_page_names_its_untitled_stories(page):
    plan = page_removal_plan(page)
    assert any(line.startswith(f"第1篇“{FIRST}”") for line in plan.stories), plan.stories
    assert any(line.startswith(f"第2篇“{SECOND}”") for line in plan.stories), plan.stories


def test_proofread_names_the_untitled_story_it_flags(page, capsys):
    with pytest.raises(CommandError):
        call_command("proofread", "--paper", "nantong-daily", "--date", "2020-07-09")
    out = capsys.readouterr().out
    assert f"A2版 第2篇“{SECOND}”" in out and "无标题" not in out


def test_the_late_page_publish_list_and_its_message_name_untitled_stories(page, editor_client):
    Issue.objects.update(status=Status.PUBLISHED)
    ids = ",".join(str(story(opening).pk) for opening in ("先进", "财政"))
    address = reverse("admin:articles_page_upload_publish")
    html = editor_client.get(f"{address}?ids={ids}").content.decode()
    assert FIRST in html and SECOND in html and "无标题" not in html
    done = editor_client.post(address, {"ids": ids}, follow=True)
    said = " ".join(str(m) for m in done.context["messages"])
    assert f"“{FIRST}”" in said and f"“{SECOND}”" in said, said


def test_check_jumps_json_gives_each_untitled_story_its_name(page):
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("check_jumps", "--json", stdout=out, stderr=StringIO())
    problems = json.loads(out.getvalue())["problems"]
    assert [(p["title"], p["name"]) for p in problems] == [("", FIRST), ("", SECOND)]


def test_an_upload_into_a_published_issue_names_its_untitled_stories(page):
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.filter(pk=story("先进").pk).update(status=Status.PUBLISHED)
    summary = page_visibility(page.pk, since=timezone.now() - timedelta(days=1)).summary
    assert f"读者现在看到 “{FIRST}”（上接A1版）" in summary
    assert f"“{SECOND}”" in summary and "无标题" not in summary


def test_the_jump_fix_page_says_which_untitled_story_it_linked(editor_client, tie):  # noqa: F811
    Article.objects.filter(pk=tie.part.article_id).update(headline="")
    url = reverse("admin:articles_jump_fix", args=[tie.pk])
    first = tie.candidates.order_by("position").first()
    sent = {
        **form_data(editor_client.get(url), "jump-fix-form"),
        "action": "link",
        "part": first.pk,
    }
    done = editor_client.post(url, sent, follow=True)
    said = " ".join(str(m) for m in done.context["messages"])
    assert "已接续：A1版“今年我市将新建城市绿道五…”下接" in said, said


def test_an_unsaved_untitled_story_is_named_without_a_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert str(Article(headline="")) == "（无标题）"


def _brief(n: int) -> str:
    """A page whose one story is untitled, jumps and has a photo."""
    return (
        f"本报讯 第{n}座口袋公园昨天开放，市民可前往游览，（下转A9版）\n\n"
        f"■第{n}座公园一角。（记者 钱立摄）\n"
    )


@pytest.mark.parametrize(
    "model", ["articlepart", "jump", "photo"], ids=["parts", "jumps", "photos"]
)
def test_desk_lists_name_untitled_stories_without_a_query_a_row(editor_client, model):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    changelist = reverse(f"admin:articles_{model}_changelist")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(changelist).status_code == 200
        return len(captured)

    import_text(_brief(1), "A1")
    few = queries()
    for n in range(2, 6):
        import_text(_brief(n), f"A{n}")
    assert Article.objects.filter(headline="").count() == 5
    assert queries() == few


def test_the_pages_list_of_its_stories_names_untitled_ones_by_their_words(editor_client, page):
    html = editor_client.get(reverse("admin:articles_page_change", args=[page.pk])).content
    html = html.decode()
    assert FIRST in html and SECOND in html
    assert "（无标题）" not in html


def test_a_jump_candidate_without_a_title_is_named_by_its_words(page):
    from articles.forms.desk import PartChoiceField
    from articles.models import ArticlePart

    part = story("财政").parts.first()
    label = PartChoiceField(queryset=ArticlePart.objects.all()).label_from_instance(part)
    assert f"“{SECOND}”" in label and "（无标题）" not in label
