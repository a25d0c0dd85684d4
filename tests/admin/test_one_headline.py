"""One headline: the story's deck (引题/主题/副题) is what every page lists, the page it starts on
and the pages it continues on, in the desk and on the public site. A continuation's printed title
lines (a repeated or shortened headline) are kept as printed, never shown in place of the deck."""

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Page
from articles.publishing import issue_publish
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db

NEW_HEADLINE = "城建重点工程半年讲评：倒排工期挂图作战"


@pytest.fixture
def jumping_story(seed_with_a2):
    """The seed's A1 story that continues on A2 under a shortened, repeated headline."""
    story = Article.objects.get(page__label="A1", position=2)
    assert [p.page.label for p in story.ordered_parts()] == ["A1", "A2"]
    return story


def rename(client, story):
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = {**form_data(client.get(url)), "headline": NEW_HEADLINE, "_save": "1"}
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_the_continuation_page_lists_the_edited_headline_in_the_desk(editor_client, jumping_story):
    continuation = jumping_story.parts.get(page__label="A2")
    printed = list(continuation.title_lines)
    rename(editor_client, jumping_story)
    a2 = Page.objects.get(label="A2")
    html = editor_client.get(reverse("admin:articles_page_change", args=[a2.pk])).content.decode()
    listing = html.split("本版稿件")[1].split("</table>")[0]
    assert NEW_HEADLINE in listing
    assert " / ".join(printed) not in listing  # the printed lines are not the title shown
    continuation.refresh_from_db()
    assert continuation.title_lines == printed  # kept as printed


def test_the_public_continuation_page_lists_the_edited_headline(
    client, editor_client, jumping_story
):
    rename(editor_client, jumping_story)
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    a2 = Page.objects.get(label="A2")
    html = client.get(a2.get_absolute_url()).content.decode()
    assert NEW_HEADLINE in html
    printed = " ".join(jumping_story.parts.get(page__label="A2").title_lines)
    assert f">{printed}</a>" not in html


def test_the_story_form_has_one_headline_to_edit(editor_client, jumping_story):
    html = editor_client.get(
        reverse("admin:articles_article_change", args=[jumping_story.pk])
    ).content.decode()
    assert 'name="headline"' in html
    assert 'name="parts-0-title_lines"' not in html  # shown as printed, not a second headline
    assert "印刷标题行" in html
