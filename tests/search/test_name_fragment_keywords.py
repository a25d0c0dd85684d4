"""A person's name cut in two by the segmenter (林海涛 → 林 / 海涛) gives no keywords of its
pieces, so no public tag page is built from a split name (review of stop 67); a word printed on
its own as well stays a keyword."""

import pytest
from django.urls import reverse

from articles.models import Article
from search.keywords import keywords, name_fragment, split_names
from search.models import Keyword
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

VISIT = (
    "副市长林海涛到城南工地调研重点工程建设。林海涛说，施工单位要保障安全。"
    "林海涛强调，重点工程建设要抓进度、抓质量，海涛路改造工程年底完工。"
)


def tags(article: Article) -> list[str]:
    return list(Keyword.objects.filter(article=article).values_list("word", flat=True))


def test_the_pieces_of_a_name_cut_in_two_are_no_keywords(client):
    story = make_story(
        "林海涛调研重点工程", "副市长林海涛到城南工地调研。林海涛说，林海涛强调，要保障安全。"
    )
    words = tags(story)
    assert words, "the story has keywords"
    assert "海涛" not in words and "林海" not in words
    assert client.get(reverse("search:tag", kwargs={"word": "海涛"})).status_code == 404
    assert client.get(reverse("search:tag", kwargs={"word": "林海"})).status_code == 404


def test_a_piece_also_printed_on_its_own_stays_a_word_of_the_story():
    words = ["副", "市长", "林", "海涛", "调研", "海涛", "路"]
    names = split_names(words)
    assert names == {"林海涛"}
    assert not name_fragment("海涛", names, VISIT)  # 海涛路 prints it outside the name
    assert name_fragment("海涛", names, "副市长林海涛到工地调研。林海涛说。")
    assert name_fragment("林海", names, "副市长林海涛到工地调研。")


def test_keywords_without_the_text_are_scored_as_before():
    words = ["林", "海涛", "调研", "林", "海涛", "工程"]
    assert "海涛" in [w for w, _ in keywords(words)]
    assert "海涛" not in [w for w, _ in keywords(words, text="林海涛调研林海涛工程")]
