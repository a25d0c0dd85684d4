"""What the search page says back: a page past the end, dates as the importer writes them, a
reversed range, photos found with no story, words left out (``-项目``), AND/OR, newest first."""

from datetime import date

import pytest
from django.urls import reverse

from articles.models import Issue, Page, Photo, Publication
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


@pytest.fixture
def stories(db):
    return {
        "both": make_story("南通项目开工", "南通的重大项目今天开工。", day=date(2020, 7, 10)),
        "nantong": make_story("南通港口", "南通港今天很忙。", day=date(2021, 5, 1)),
        "project": make_story("项目验收", "海门的项目通过验收。", day=date(2019, 1, 1)),
    }


def headlines(response) -> list[str]:
    return [story.headline for story in response.context["page_obj"].object_list]


def test_a_page_past_the_last_is_a_404_that_links_to_the_last(client, stories):
    response = client.get(URL, {"q": "南通", "page": "999999"})
    assert response.status_code == 404
    html = response.content.decode()
    assert "没有第 999999 页" in html and "共 1 页" in html and "page=1" in html
    assert client.get(URL, {"q": "南通", "page": "last"}).status_code == 200


def test_a_filter_list_past_its_last_page_is_a_404(client, stories):
    assert client.get(URL, {"paper": "test-daily", "page": "3"}).status_code == 404


def test_a_date_written_as_eight_digits_is_taken(client, stories):
    response = client.get(URL, {"q": "南通", "start": "20200710", "end": "20200710"})
    assert "start" not in response.context["form"].errors
    assert headlines(response) == ["南通项目开工"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "南通"},  # results
        {"q": "量子计算机"},  # none
        {},  # filters only
        {"paper": "no-such-paper"},  # filters only, one not used
        {"q": "南通", "page": "x"},  # a bad page: 400
    ],
)
def test_a_reversed_range_is_said_to_be_swapped_on_every_path(client, stories, params):
    response = client.get(URL, {**params, "start": "2021-12-31", "end": "2019-01-01"})
    assert "起始日期晚于截止日期，已对调" in response.content.decode()


def test_a_query_finding_only_a_photo_says_so(client, stories, django_capture_on_commit_callbacks):
    paper = Publication.objects.get(slug="test-daily")
    issue = Issue.objects.get(publication=paper, date=date(2021, 5, 1))
    page = Page.objects.get(issue=issue, label="A1")
    with django_capture_on_commit_callbacks(execute=True):
        Photo.objects.create(page=page, position=9, caption="许丛军在码头拍下日出。")
    html = client.get(URL, {"q": "许丛军"}).content.decode()
    assert "没有找到与“许丛军”相关的稿件，但找到 1 张图片" in html
    assert "试试换一个词" not in html


def test_a_minus_before_a_word_leaves_out_the_stories_holding_it(client, stories):
    response = client.get(URL, {"q": "南通 -项目"})
    assert headlines(response) == ["南通港口"]
    assert "（不含“项目”）" in response.content.decode()
    assert headlines(client.get(URL, {"q": "南通 －项目"})) == ["南通港口"]  # full-width minus


def test_a_minus_before_a_number_is_part_of_it(client, db):
    make_story("寒潮来袭", "最低气温-5℃。")
    assert headlines(client.get(URL, {"q": "-5℃"})) == ["寒潮来袭"]


def test_and_between_words_means_both_and_is_said_not_to_be_an_operator(client, stories):
    response = client.get(URL, {"q": "南通 AND 项目"})
    assert headlines(response) == ["南通项目开工"]
    assert "“AND”不是运算符" in response.content.decode()
    html = client.get(URL, {"q": "南通 OR 项目"}).content.decode()
    assert "“OR”不是运算符" in html and "请分别检索" in html


def test_results_can_be_listed_newest_first(client, stories):
    make_story("南通南通南通", "南通。", day=date(2018, 1, 1))
    relevance = headlines(client.get(URL, {"q": "南通"}))
    newest = client.get(URL, {"q": "南通", "order": "newest"})
    assert headlines(newest) == ["南通港口", "南通项目开工", "南通南通南通"]
    assert relevance[0] == "南通南通南通"
    assert '<option value="newest" selected>' in newest.content.decode()


def test_a_word_both_looked_for_and_excluded_is_said_to_exclude_nothing(client, stories):
    response = client.get(URL, {"q": "南通 -南通"})
    assert headlines(response) == ["南通港口", "南通项目开工"]
    html = response.content.decode()
    assert "（“南通”既要找又加了减号排除，没有排除：要排除它就别再把它写成要找的词）" in html
    assert "不含“南通”" not in html
    # The other words excluded still are, and said so.
    html = client.get(URL, {"q": "南通 -南通 -项目"}).content.decode()
    assert "（不含“项目”）" in html and "“南通”既要找又加了减号排除" in html


def test_a_query_of_excluded_words_only_says_it_excluded_nothing(client, stories):
    html = client.get(URL, {"q": "-项目"}).content.decode()
    assert "“-项目”里没有可以检索的字词。减号开头的词表示排除" in html
    # With a filter the stories it keeps are listed: the page says the word was not excluded.
    response = client.get(URL, {"q": "-项目", "paper": "test-daily"})
    assert len(headlines(response)) == 3
    assert "共 3 篇稿件符合筛选条件（没有按“-项目”排除：减号开头的词表示排除" in (
        response.content.decode()
    )
