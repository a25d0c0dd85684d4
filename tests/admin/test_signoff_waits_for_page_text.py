"""Sign-off's state never looks ready while a story waits for 已核对: on a paper that requires
sign-off, a story signed off and then re-sent with other text its hand edit kept out
(版面文本有改动未采用) made 发布本期's 签发 part say ``所有稿件均已签发`` (in green), and the page's
form list it as plain ``已签发``. Both now say it waits, naming it with its 查看改动."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Publication, Status
from tests.admin.test_desk_home import section
from tests.admin.test_page_text_pending import LINE, kept, publish_url  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed(kept):  # noqa: F811
    """Every story of the issue signed off; one of them kept as edited over a re-sent page."""
    Publication.objects.update(review_required=True)
    Article.objects.update(status=Status.SIGNED_OFF)
    return kept


def compare(story) -> str:
    return reverse("admin:articles_article_change", args=[story.pk]) + "#page-text"


def test_the_publish_pages_signoff_part_names_it_until_its_text_is_taken(chief_client, signed):
    html = chief_client.get(publish_url(signed)).content.decode()
    part = section(html, "signoff-state")
    assert "所有稿件均已签发。" not in part and "desk-ok" not in part
    assert "本报须经签发：稿件均已签发，但还有 1 篇稿件等着核对" in part
    assert (
        f'{LINE} <a href="{compare(signed)}">查看改动</a>' in html.split('id="signoff-waiting"')[1]
    )
    Article.objects.filter(pk=signed.pk).update(edited_at=None)  # (as taking the text does)
    part = section(chief_client.get(publish_url(signed)).content.decode(), "signoff-state")
    assert "本报须经签发：所有稿件均已签发。" in part and "等着核对" not in part


def test_an_unsigned_story_and_a_waiting_one_are_both_said(chief_client, signed):
    Article.objects.exclude(pk=signed.pk).update(status=Status.REVIEW)
    html = chief_client.get(publish_url(signed)).content.decode()
    part = section(html, "signoff-state")
    assert "还有 1 篇稿件未签发" in part and "本报须经签发：还有 1 篇稿件等着核对" in part


def test_the_pages_form_says_which_story_waits_with_its_compare_link(editor_client, signed):
    page = signed.parts.get().page
    html = editor_client.get(reverse("admin:articles_page_change", args=[page.pk])).content.decode()
    assert f'已签发 <a class="desk-warning page-text-waiting" href="{compare(signed)}">' in html
    assert html.count("版面文本有改动未采用，待核对") == 1  # (the other story is plainly 已签发)
