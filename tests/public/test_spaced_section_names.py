"""A 版名 set with spaces (``要　闻``, ``要 闻``) is the section printed without them (要闻): one
entry on the lists, one page and feed with the pages of every spacing, one address; the pages
keep the name as printed, and an edit to a story on a spaced page refreshes the section."""

import datetime
from urllib.parse import unquote

import pytest

from articles.labels import section_key, section_tidy
from articles.models import Article, Page, Publication
from articles.public import section_url
from tests.factories import import_text
from tests.public.conftest import PAPER, publish_everything, synthetic_page

pytestmark = pytest.mark.django_db

SECTION_URL = f"/{PAPER}/sections/要闻/"
SPELLINGS = [
    (datetime.date(2020, 7, 9), "要　闻"),
    (datetime.date(2020, 7, 10), "要闻"),
    (datetime.date(2020, 7, 11), "要 闻"),
]


@pytest.fixture
def three_days(db):
    for when, section in SPELLINGS:
        import_text(synthetic_page("A2", section, 1, 0, by="钱立"), "A2", when=when)
    publish_everything()


@pytest.mark.parametrize(
    ("printed", "key", "tidy"),
    [
        ("要　闻", "要闻", "要闻"),
        ("要 闻", "要闻", "要闻"),
        ("Sports  News", "SportsNews", "Sports News"),
        ("NBA 专栏", "NBA专栏", "NBA专栏"),
        ("", "", ""),
    ],
)
def test_section_name_folds_the_spaces_it_was_set_with(printed, key, tidy):
    assert (section_key(printed), section_tidy(printed)) == (key, tidy)
    assert section_key(section_tidy(printed)) == key


def test_pages_keep_the_name_as_printed(three_days):
    stored = set(Page.objects.values_list("section", flat=True))
    assert {section_key(name) for name in stored} == {"要闻"}
    assert len(stored) > 1, "the spacing as printed is kept"


def test_every_spacing_links_to_the_one_section_address(three_days):
    paper = Publication.objects.get(slug=PAPER)
    for page in Page.objects.all():
        assert unquote(section_url(paper, page.section)) == SECTION_URL


def test_spaced_address_is_a_permanent_redirect_keeping_the_query(client, three_days):
    for spaced in ("要　闻", "要 闻", " 要闻"):
        response = client.get(f"/{PAPER}/sections/{spaced}/", {"page": "1"})
        assert response.status_code == 301, spaced
        assert unquote(response["Location"]) == f"{SECTION_URL}?page=1"


def test_section_feed_holds_the_stories_of_every_spacing(client, three_days):
    feed = client.get(f"{SECTION_URL}feed.xml").content.decode()
    for story in Article.objects.all():
        assert story.get_absolute_url() in feed


def test_story_edit_on_a_spaced_page_refreshes_the_section(
    client, three_days, django_capture_on_commit_callbacks
):
    assert client.get(SECTION_URL).status_code == 200
    assert client.get(SECTION_URL)["X-Cache"] == "hit"
    story = Article.objects.get(issue__date=SPELLINGS[0][0])
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "编辑改过的主题"
        story.save()
    response = client.get(SECTION_URL)
    assert response["X-Cache"] == "miss"
    assert "编辑改过的主题" in response.content.decode()
