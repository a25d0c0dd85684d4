"""Keywords per story and related stories by shared keywords."""

import pytest
from django.template import Context, Template

from articles.models import Article
from search.related import keywords_for, related_articles
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


def test_keywords_are_the_story_s_own_words(seed):
    assert "千企联千村" in keywords_for(seed["villages"])
    assert "党建" in keywords_for(seed["party"])
    assert all(len(word) >= 2 for story in seed.values() for word in keywords_for(story))


def test_related_stories_share_keywords(seed):
    related = related_articles(seed["projects"])
    assert related[0] == seed["works"]  # 徐惠民, 重大项目, 南通
    assert seed["projects"] not in related
    assert len(related_articles(seed["projects"], limit=1)) == 1


def test_related_stories_are_published_only(seed):
    Article.objects.filter(pk=seed["works"].pk).update(status="draft")
    assert seed["works"] not in related_articles(seed["projects"])


def test_related_prefers_the_rarer_shared_word(db):
    story = make_story("飞牛小匠服务社区", "飞牛小匠志愿服务社为社区居民提供服务。")
    rare = make_story("飞牛小匠再出发", "飞牛小匠志愿服务社成立党支部。")
    common = make_story("社区服务", "社区为居民提供服务。")
    assert related_articles(story)[:2] == [rare, common]


def test_a_story_without_keywords_has_no_related_stories(db):
    story = make_story("", index=False)
    assert related_articles(story) == []


def test_template_tags_render_tags_and_related_stories(seed):
    html = Template(
        "{% load search_tags %}{% keyword_tags story %}{% related_stories story 3 %}"
    ).render(Context({"story": seed["projects"]}))
    assert "/search/tag/" in html and "相关报道" in html
    assert seed["works"].get_absolute_url() in html


def test_related_stories_leave_out_issues_outside_the_date_range(seed):
    from datetime import date

    from articles.models import Issue

    Issue.objects.filter(pk=seed["works"].issue_id).update(date=date(9999, 12, 31))
    assert seed["works"] not in related_articles(seed["projects"])


def test_a_keyword_made_of_dots_links_to_its_own_tag_page(seed):
    from django.urls import resolve

    from search.models import Keyword

    url = Keyword(article=seed["projects"], word="..", weight=1.0, rank=0).get_absolute_url()
    assert url != "/search/tag/../" and resolve(url).url_name == "tag"
