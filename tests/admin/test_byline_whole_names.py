"""A byline edited in the admin to a longer name (王明 → 王明华) does not link the stored shorter
name inside it: credited names are found whole in the printed line (articles/bylines.py)."""

import re

import pytest
from django.urls import reverse

from articles.bylines import credit_pieces
from articles.models import Article, Issue, Status
from tests.admin.conftest import form_data
from tests.factories import import_text

PAGE = (
    "老街口新开一家社区食堂\n"
    "本报讯（记者王明）老街口的社区食堂昨天开门迎客，六十岁以上的老人用餐可打八折。\n"
)


def test_a_name_is_not_found_inside_a_longer_name():
    assert credit_pieces("记者 王明华", ["王明"]) == [
        ("记者 王明华", ""),
        (" ", ""),
        ("王明", "王明"),
    ]
    assert credit_pieces("记者王明华", ["明华"])[0] == ("记者王明华", "")
    assert credit_pieces("记者 王 明华", ["王明"])[0] == ("记者 王 明华", "")


def test_whole_names_are_found_beside_spaces_marks_roles_what_was_done_and_each_other():
    assert credit_pieces("王明华、王明", ["王明华", "王明"]) == [
        ("王明华", "王明华"),
        ("、", ""),
        ("王明", "王明"),
    ]
    assert credit_pieces("王明、王明华", ["王明", "王明华"])[0] == ("王明", "王明")
    assert credit_pieces("记者王明通讯员李华", ["王明", "李华"]) == [
        ("记者", ""),
        ("王明", "王明"),
        ("通讯员", ""),
        ("李华", "李华"),
    ]
    assert credit_pieces("王明摄", ["王明"]) == [("王明", "王明"), ("摄", "")]
    assert credit_pieces("陈玲玲林娟", ["陈玲玲", "林娟"]) == [
        ("陈玲玲", "陈玲玲"),
        ("林娟", "林娟"),
    ]


@pytest.mark.django_db
def test_a_byline_edited_to_a_longer_name_links_no_piece_of_it(editor_client):
    import_text(PAGE, "2")
    article = Article.objects.get()
    change = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(editor_client.get(change))
    assert data["byline"] == "记者王明"
    data["byline"] = "记者王明华"
    assert editor_client.post(change, data).status_code == 302
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    html = editor_client.get(article.get_absolute_url()).content.decode()
    byline = re.search(r'<p class="byline">(.*?)</p>', html, re.S)[1]
    assert "王明华" in byline
    assert not re.search(r"<a [^>]*>王明</a>华", byline)
