"""Invisible format characters in a page's text break its jumps, bylines and search.

Page text copied out of web pages, e-paper hosts and Word often carries invisible characters:
a zero-width space (U+200B) or a byte-order mark in the middle of the text (U+FEFF: two files
saved "UTF-8 with BOM" and pasted together). INPUT.md lists web-archive and e-paper dumps as
input ("HTML remnants"); README (Importing) promises every continuation-marker variant and
"readers … see one story". A reader's browser shows nothing of these characters, but the
importer keeps them and reads around them:

* ``（下转​A2版）`` with a zero-width space is not a forward marker: it stays in the body as text,
  the A2 part ``（上接​A1版）`` is a story of its own *headlined* ``（上接A1版）``, and the two
  halves are never joined;
* ``本报讯（记者​钱立）`` credits nobody;
* a word split by one (``投入​使用``) is not found by search, though the page shows ``投入使用``.

(A no-break space or a full-width space in the same places is handled.)

Steps: import A1 and A2 below (a U+200B after 下转 / 上接 and inside 记者钱立), or one page with
``投入​使用``; publish; look at the stories, or GET /search/?q=投入使用.
"""

import pytest

from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

ZWSP = "\u200b"
A1 = f"""湖畔小学迎来新校舍

本报讯（记者{ZWSP}钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。新校舍共有教室四十八间，（下转{ZWSP}A2版）
"""
A2 = f"""（上接{ZWSP}A1版）
湖畔小学迎来新校舍
并配有图书馆和室内体育馆，学校还新建了标准田径场。
"""


def test_a_zero_width_space_in_the_jump_markers_still_joins_the_story():
    import_text(A1, "A1")
    import_text(A2, "A2")
    headlines = list(Article.objects.values_list("headline", flat=True))
    assert headlines == ["湖畔小学迎来新校舍"]
    story = Article.objects.get()
    assert story.parts.count() == 2
    assert "下转" not in story.parts.first().blocks[-1]["text"]


def test_a_zero_width_space_in_the_byline_still_credits_the_reporter():
    import_text(A1, "A1")
    story = Article.objects.get()
    assert [person.name for person in story.reporters.all()] == ["钱立"]


def test_search_finds_a_word_split_by_a_zero_width_space(
    client, django_capture_on_commit_callbacks
):
    text = f"湖畔小学迎来新校舍\n\n本报讯（记者 钱立）湖畔小学新校舍昨天投入{ZWSP}使用，可容纳学生一千二百名。\n"
    with django_capture_on_commit_callbacks(execute=True):
        import_text(text, "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get()
    body = client.get("/search/", {"q": "投入使用"}).content.decode()
    assert f"/article/{story.pk}/" in body
