"""A published story merged by mistake (合并到上一篇) and split back (从这里拆开) at its title on
the desk comes back as it was before the merge (articles/mergedaddress.py, from its last history
record): published again at its old address (the cache, the search index and its reporter's
feed follow, as after any publish), with its own deck (主题 and 副题 its fields, not body
paragraphs) and its own reporters; the story it was merged into credits only its own again.
Posting what the rendered pages send."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from articles.models import Article, Publication, Status
from articles.publishing import issue_publish
from articles.storyjoin import story_merge
from articles.storysplit import split_plan, story_split
from search.engine import search
from tests.admin.conftest import form_data
from tests.admin.test_storyjoin import page_of, story, texts
from tests.admin.test_storyjoin_desk import merge_url, split_url

pytestmark = pytest.mark.django_db

#: Two stories, each with a deck of two lines and a reporter's byline of its own.
TWO_BYLINES = """西门菜场改造完成
摊位由六十个增加到一百个
本报记者 张明
本报讯 历时四个月的西门菜场改造工程昨天完工，菜场重新开业。
改造后的菜场摊位由六十个增加到一百个，过道也加宽了。

夜市人气在哪里
小街摊位多
本报记者 李华
傍晚时分，老城区几条小街两侧摆满了摊位，逛的人一拨接一拨。
摊主们说，租金不高，只要肯吃苦就有回头客。
"""


def reporters(article: Article) -> list[str]:
    return list(Article.objects.get(pk=article.pk).reporters.values_list("name", flat=True))


def test_a_published_story_split_back_is_published_again_with_its_deck_and_reporters(
    client, editor_client, editor, django_capture_on_commit_callbacks
):
    page = page_of(TWO_BYLINES)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    deck = (later.kicker, later.headline, later.subheadline, later.dateline, later.byline)
    assert later.subheadline == "小街摊位多" and reporters(later) == ["李华"]
    body = texts(later)
    issue_publish(issue=page.issue, user=editor)
    address = later.get_absolute_url()
    feed = reverse("articles:person-feed", kwargs={"name": "李华"})
    with django_capture_on_commit_callbacks(execute=True):
        shown = editor_client.get(merge_url(later))
        editor_client.post(merge_url(later), {**form_data(shown, "merge-form"), "confirm": "1"})
    assert client.get(address).status_code == 301 and reporters(earlier) == ["张明", "李华"]
    assert "傍晚时分" not in client.get(feed).content.decode()  # (cached now)
    at = [text for _, text in texts(earlier)].index("夜市人气在哪里")
    with django_capture_on_commit_callbacks(execute=True):
        shown = editor_client.get(f"{split_url(earlier)}?at={at}")
        plan = shown.content.decode()
        assert f"原编号 #{later.pk}" in plan and "“夜市人气在哪里”、“小街摊位多”" in plan
        assert "状态为“已发布”（与合并前相同）" in plan and "记者李华随之归它" in plan
        data = {**form_data(shown, "split-form"), "confirm": "确认拆开"}
        assert editor_client.post(split_url(earlier), data).status_code == 302
    back = Article.objects.get(pk=later.pk)
    assert back.status == Status.PUBLISHED
    assert (back.kicker, back.headline, back.subheadline, back.dateline, back.byline) == deck
    assert texts(back) == body and body[0][1].startswith("傍晚时分")
    assert reporters(back) == ["李华"] and reporters(earlier) == ["张明"]
    assert [text for _, text in texts(earlier)][-1].startswith("改造后的菜场")
    page_seen = client.get(address)
    assert page_seen.status_code == 200 and "小街摊位多" in page_seen.content.decode()
    assert "傍晚时分" in client.get(feed).content.decode()
    assert {a.pk for a in search(Article.objects.all(), "回头客").queryset} == {back.pk}
    record = back.history.order_by("-history_date", "-history_id").first()
    assert record.status == Status.PUBLISHED and "拆回合并前的稿件" in record.history_change_reason
    assert "从第" in LogEntry.objects.filter(object_id=str(earlier.pk)).first().change_message
    assert "拆回" in LogEntry.objects.get(object_id=str(back.pk)).change_message


def test_on_a_signoff_paper_an_editor_brings_a_published_story_back_for_review(chief, editor):
    page_of(TWO_BYLINES)
    Publication.objects.update(review_required=True)
    Article.objects.filter(headline="夜市人气在哪里").update(status=Status.PUBLISHED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    story_merge(later=later, user=chief)
    at = [text for _, text in texts(earlier)].index("夜市人气在哪里")
    assert "须由总编辑签发" in "".join(split_plan(earlier, at, user=editor).lines)
    back = story_split(article=earlier, index=at, user=editor)
    assert back.pk == later.pk and back.status == Status.REVIEW
    assert (back.headline, back.subheadline) == ("夜市人气在哪里", "小街摊位多")
    assert reporters(back) == ["李华"] and reporters(earlier) == ["张明"]


#: The first story is signed by no one: the merge gave it the second one's 署名.
ONE_BYLINE = """西门菜场改造完成
本报讯 历时四个月的西门菜场改造工程昨天完工，菜场重新开业。
改造后的菜场摊位由六十个增加到一百个，过道也加宽了。

夜市人气在哪里
本报记者 李华
傍晚时分，老城区几条小街两侧摆满了摊位，逛的人一拨接一拨。
摊主们说，租金不高，只要肯吃苦就有回头客。
"""


def test_the_byline_the_merge_lent_the_story_before_goes_back_with_the_split():
    page_of(ONE_BYLINE)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    assert earlier.byline == "" and later.byline == "本报记者 李华"
    story_merge(later=later)
    assert Article.objects.get(pk=earlier.pk).byline == "本报记者 李华"
    back = story_split(article=earlier, index=2)
    assert back.pk == later.pk and back.byline == "本报记者 李华" and reporters(back) == ["李华"]
    assert Article.objects.get(pk=earlier.pk).byline == "" and reporters(earlier) == []
    assert texts(back)[0][1].startswith("傍晚时分")
