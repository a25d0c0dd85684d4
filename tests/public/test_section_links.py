"""Sections (版名) as readers reach them: every section the lists link to opens, and the 头版
section (a front page printed without a section name) shows an edit at once."""

from __future__ import annotations

from articles.models import Article, Publication
from articles.public import FRONT_PAGE, section_url
from tests.factories import import_text
from tests.public.conftest import LEAD, PAPER, synthetic_page


def test_an_edit_to_a_front_page_story_shows_on_the_front_page_section_at_once(
    client, edition, django_capture_on_commit_callbacks
):
    assert edition.a1.section == ""  # the seed's front page prints no section name: 头版
    url = section_url(Publication.objects.get(slug=PAPER), FRONT_PAGE)
    assert LEAD in client.get(url).content.decode()
    assert client.get(url)["X-Cache"] == "hit"
    story = edition.article(LEAD)
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "编辑改过的主题"
        story.save()  # what the admin does
    assert "编辑改过的主题" in client.get(url).content.decode()


def test_a_section_whose_stories_are_all_drafts_is_listed_once_one_is_published(
    client, edition, django_capture_on_commit_callbacks
):
    # A late page in the published issue: its new stories stay drafts, and its page with them
    # (Page.objects.public()): the section is neither listed nor opened, until one is published.
    import_text(synthetic_page("A5", "看南通·民生", 1, 0), "A5")
    story = Article.objects.get(page__section="看南通·民生")
    assert story.status == "draft"
    url = section_url(Publication.objects.get(slug=PAPER), "看南通·民生")
    listings = (f"/{PAPER}/sections/", f"/{PAPER}/feeds/")
    for listing in listings:
        assert url not in client.get(listing).content.decode(), listing
    assert client.get(url).status_code == 404
    assert client.get(f"{url}feed.xml").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "published"
        story.save()
    for listing in listings:  # (cached before: the paper's calendar holds its sections)
        assert url in client.get(listing).content.decode(), listing
    assert story.headline in client.get(url).content.decode()
    assert story.headline in client.get(f"{url}feed.xml").content.decode()


def test_a_section_no_published_page_prints_is_a_404(client, edition):
    import_text(
        synthetic_page("A6", "未发布栏目", 1, 0), "A6", when=edition.issue.date.replace(day=10)
    )
    url = section_url(Publication.objects.get(slug=PAPER), "未发布栏目")
    assert client.get(url).status_code == 404
    assert client.get(f"{url}feed.xml").status_code == 404
    assert client.get(section_url(Publication.objects.get(slug=PAPER), "胡乱")).status_code == 404


def test_a_front_page_printed_without_a_section_links_its_头版_where_it_is_named(client, edition):
    url = section_url(Publication.objects.get(slug=PAPER), FRONT_PAGE)
    page_html = client.get(edition.a1.get_absolute_url()).content.decode()
    assert f'<a href="{url}">{FRONT_PAGE}</a></h1>' in page_html
    story = edition.article(LEAD)
    assert (
        f'<a href="{url}">{FRONT_PAGE}</a></p>'
        in client.get(story.get_absolute_url()).content.decode()
    )
    twin = client.get(story.get_absolute_url().rstrip("/") + ".json").json()
    assert twin["section"] == FRONT_PAGE and twin["section_url"].endswith(url)
