"""A query word is found however the index's segmentation cut the text printing it (review of
stop 67): a dictionary word the story's context cut in two (拖欠工资 against 拖欠 … 工资, 安全检查
inside 消防安全大检查) is found by its pieces, with the page's 不相连 note; a short Han query
(a name, 林海; a misprint of one, 林海滔) finds every story printing it, whatever the cut (林 /
海涛); the public page and the desk's search alike, on SQLite and PostgreSQL."""

import pytest
from django.urls import reverse

from articles.models import Article
from search.engine import filter_articles, search
from search.queries import parse_query
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


def public_page(client, q: str) -> str:
    return client.get(URL, {"q": q}).content.decode()


def desk(q: str) -> set[str]:
    return {a.headline for a in filter_articles(Article.objects.all(), q, rank=False)}


def test_a_dictionary_word_the_story_prints_in_pieces_apart_is_found_by_them(client):
    make_story("农民工讨薪有了新渠道", "个别施工单位拖欠农民工工资，拖欠时间长，工资数额大。")
    assert parse_query("拖欠工资").loose_terms == ("拖欠", "工资")
    result = search(Article.objects.all(), "拖欠工资")
    assert result.loose
    assert [a.headline for a in result.queryset] == ["农民工讨薪有了新渠道"]
    html = public_page(client, "拖欠工资")
    assert "没有找到" not in html
    assert "农民工讨薪有了新渠道" in html
    assert "但不相连" in html


def test_pieces_found_apart_are_said_so_and_the_word_printed_whole_is_listed_alone(client):
    make_story("消防安全大检查启动", "全市开展消防安全大检查。")
    make_story("节前安全检查", "节前对商场进行安全检查。")
    result = search(Article.objects.all(), "安全检查")
    assert not result.loose  # a story prints the word whole: it is the one listed
    assert [a.headline for a in result.queryset] == ["节前安全检查"]
    Article.objects.filter(headline="节前安全检查").delete()
    html = public_page(client, "安全检查")
    assert "消防安全大检查启动" in html
    assert "但不相连" in html


def test_a_quoted_word_is_never_read_as_its_pieces(client):
    make_story("农民工讨薪有了新渠道", "个别施工单位拖欠农民工工资，拖欠时间长，工资数额大。")
    assert parse_query('"拖欠工资"').loose_terms == ("拖欠工资",)
    assert not search(Article.objects.all(), '"拖欠工资"').queryset.exists()


def test_a_name_is_found_in_every_story_printing_it_whatever_the_cut(client):
    make_story("林海走进林海", "林海在林场工作了三十年。")
    make_story("副市长调研重点工程", "副市长林海涛到工地调研。林海涛说，林海涛强调，要保障安全。")
    found = {a.headline for a in search(Article.objects.all(), "林海").queryset}
    assert found == {"林海走进林海", "副市长调研重点工程"}
    html = public_page(client, "林海")
    assert "副市长调研重点工程" in html and "找到 2 篇" in html
    assert desk("林海") == {"林海走进林海", "副市长调研重点工程"}


def test_a_misprinted_name_finds_the_body_printing_it_as_well_as_the_title(client):
    make_story("林海滔调研", "副市长林海涛到工地调研。")
    make_story("重点工程加快建设", "副市长林海滔到工地调研，查看工程进度。")
    found = {a.headline for a in search(Article.objects.all(), "林海滔").queryset}
    assert found == {"林海滔调研", "重点工程加快建设"}
    assert desk("林海滔") == {"林海滔调研", "重点工程加快建设"}
    html = public_page(client, "林海滔")
    assert "重点工程加快建设" in html and "找到 2 篇" in html


def test_a_name_every_story_holds_as_a_token_is_listed_by_relevance(client):
    make_story("林海走进林海", "林海在林场工作了三十年。")
    make_story("护林员的一天", "护林员林海每天巡山。")
    assert parse_query("林海").name_like and not parse_query("港口").name_like
    assert not parse_query("石碑").name_like  # (石 is a surname, 石碑 a common word)
    result = search(Article.objects.all(), "林海")
    assert not result.fallback  # the scan found no story the index had not: ranked as before
    assert result.total == 2
