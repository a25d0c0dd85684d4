"""A story merged by mistake and split back (拆回, articles/mergedaddress.py) comes back with
everything the merge moved to the story it joined: the older addresses that led to it (a story
merged into it before, whose redirect the merge pointed on to the surviving story) lead to it
again, and its scheduled publication (定时发布) is set again as it was, in the split's
transaction."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, ArticleRedirect
from articles.scheduling import stories_schedule
from articles.storyjoin import story_merge
from articles.storysplit import split_plan, story_split
from tests.admin.test_storyjoin import page_of, story, texts

pytestmark = pytest.mark.django_db

#: Three stories on one page: the third is merged into the second, then the second into the
#: first; the second is then split back.
THREE = """西门菜场改造完成
本报讯 历时四个月的西门菜场改造工程昨天完工，菜场重新开业。
改造后的菜场摊位由六十个增加到一百个，过道也加宽了。

夜市人气在哪里
傍晚时分，老城区几条小街两侧摆满了摊位，逛的人一拨接一拨。
摊主们说，租金不高，只要肯吃苦就有回头客。

小吃摊最受欢迎
炸串和凉皮摊前排起了长队，不少人专程从城东赶来。
"""


def _at(article: Article, text: str) -> int:
    return [t for _, t in texts(article)].index(text)


def test_an_older_address_the_merge_moved_leads_to_the_story_split_back_again():
    page_of(THREE)
    first, second, third = (
        story("西门菜场改造完成"),
        story("夜市人气在哪里"),
        story("小吃摊最受欢迎"),
    )
    story_merge(later=third)  # /article/<third>/ → second
    story_merge(later=second)  # both /article/<second>/ and /article/<third>/ → first
    assert ArticleRedirect.objects.get(old_id=third.pk).article_id == first.pk
    back = story_split(article=first, index=_at(first, "夜市人气在哪里"))
    assert back.pk == second.pk
    assert ArticleRedirect.objects.get(old_id=third.pk).article_id == second.pk
    assert not ArticleRedirect.objects.filter(old_id=second.pk).exists()
    assert "炸串和凉皮" in " ".join(t for _, t in texts(back))


def test_an_address_the_story_it_was_merged_into_had_of_its_own_stays_with_it():
    page_of(THREE)
    first, second, third = (
        story("西门菜场改造完成"),
        story("夜市人气在哪里"),
        story("小吃摊最受欢迎"),
    )
    ArticleRedirect.objects.create(old_id=third.pk + 1000, article=first)  # the first's own
    story_merge(later=third)
    story_merge(later=second)
    story_split(article=first, index=_at(first, "夜市人气在哪里"))
    assert ArticleRedirect.objects.get(old_id=third.pk + 1000).article_id == first.pk


def test_a_scheduled_story_split_back_is_scheduled_again_at_its_time(editor, client):
    page = page_of(THREE)
    first, second = story("西门菜场改造完成"), story("夜市人气在哪里")
    at = (timezone.now() + timedelta(days=2)).replace(microsecond=0)
    stories_schedule(articles=[second], at=at, user=editor)
    story_merge(later=second, user=editor)
    plan = split_plan(first, _at(first, "夜市人气在哪里"), user=editor)
    assert "定时发布恢复为" in "".join(plan.lines)
    back = story_split(article=first, index=_at(first, "夜市人气在哪里"), user=editor)
    back = Article.objects.get(pk=back.pk)
    assert back.publish_at == at and back.publish_by_id == editor.pk
    assert Article.objects.get(pk=first.pk).publish_at is None
    assert page.issue.pk == back.issue_id


def test_a_story_not_scheduled_before_the_merge_comes_back_unscheduled(editor):
    page_of(THREE)
    first, second = story("西门菜场改造完成"), story("夜市人气在哪里")
    story_merge(later=second, user=editor)
    plan = split_plan(first, _at(first, "夜市人气在哪里"), user=editor)
    assert "定时发布" not in "".join(plan.lines)
    back = story_split(article=first, index=_at(first, "夜市人气在哪里"), user=editor)
    assert Article.objects.get(pk=back.pk).publish_at is None


def test_the_plan_warns_when_the_restored_schedule_time_has_passed(editor):
    page_of(THREE)
    first, second = story("西门菜场改造完成"), story("夜市人气在哪里")
    past = timezone.now() - timedelta(hours=1)
    Article.objects.filter(pk=second.pk).update(publish_at=past, publish_by=editor)
    story_merge(later=Article.objects.get(pk=second.pk), user=editor)
    lines = "".join(split_plan(first, _at(first, "夜市人气在哪里"), user=editor).lines)
    assert "这个时间已过" in lines and "取消定时发布" in lines
