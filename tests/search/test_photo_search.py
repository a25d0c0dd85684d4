"""A photo standing alone (picture news, no story) is found by its caption and credit line and
listed in the results page's own 「图片」 section (search.photohits), public ones only; a photo
printed with a story is found through its story, as before (tests/search/test_caption_search.py).
Its entry follows its caption, credit and story link (search.photoindex)."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Issue, Page, Photo, Publication
from search.models import PhotoEntry
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

URL = "/search/"
CAPTION = "游客在白鹭湾湿地公园观赏候鸟。"


@pytest.fixture
def picture(django_capture_on_commit_callbacks):
    """A photo standing alone, saved as the desk saves it (indexed at commit)."""

    def make(
        caption: str = CAPTION,
        credit: str = "",
        *,
        published: bool = True,
        day: date = date(2021, 3, 1),
        label: str = "A3",
    ) -> Photo:
        status = "published" if published else "draft"
        paper, _ = Publication.objects.get_or_create(
            slug="test-daily", defaults={"name": "测试日报"}
        )
        issue, _ = Issue.objects.get_or_create(
            publication=paper, date=day, defaults={"status": status}
        )
        page, _ = Page.objects.get_or_create(issue=issue, label=label)
        with django_capture_on_commit_callbacks(execute=True):
            return Photo.objects.create(
                page=page, position=page.photos.count() + 1, caption=caption, credit_line=credit
            )

    return make


def section(client, **params) -> str:
    """The results page's 「图片」 section for ``params`` ("" when it has none)."""
    html = client.get(URL, params).content.decode()
    start = html.find('<section class="photo-hits"')
    return "" if start < 0 else html[start : html.index("</section>", start)]


def test_a_word_of_a_photos_caption_finds_the_photo_standing_alone(picture, client):
    photo = picture()
    found = section(client, q="白鹭湾")
    assert "<mark>白鹭湾</mark>湿地公园" in found
    assert f'href="{photo.get_absolute_url()}"' in found
    assert "2021年3月1日" in found and "A3版" in found
    assert section(client, q="港口") == ""


def test_the_seed_pages_picture_news_is_found_after_its_import(seed, client):
    found = section(client, q="精灵马戏秀")
    assert "<mark>精灵马戏秀</mark>" in found
    assert "2020年7月9日" in found and "A1版" in found
    assert "<mark>许丛军</mark>" in section(client, q="许丛军")  # (its credit line)


def test_a_photo_with_a_story_is_not_listed_apart_its_story_is_found(
    picture, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story = make_story("湿地公园迎来候鸟季", "今年冬季候鸟数量创新高。")
    with django_capture_on_commit_callbacks(execute=True):
        storied = Photo.objects.create(page=story.page, position=9, caption=CAPTION, article=story)
    alone = picture("白鹭湾的清晨。")
    html = client.get(URL, {"q": "白鹭湾"}).content.decode()
    assert "湿地公园迎来候鸟季" in html  # (the story, by its photo's caption)
    found = section(client, q="白鹭湾")
    assert found.count('class="hit photo-hit"') == 1
    assert alone.get_absolute_url() in found and storied.get_absolute_url() not in found
    assert set(PhotoEntry.objects.values_list("photo_id", flat=True)) == {alone.pk}


def test_editing_a_caption_indexes_the_photo_again_at_commit(
    picture, client, django_capture_on_commit_callbacks
):
    photo = picture()
    with django_capture_on_commit_callbacks(execute=True):
        photo.caption = "孩子们在梧桐大道上捡拾落叶。"
        photo.save()
    assert "<mark>梧桐大道</mark>" in section(client, q="梧桐大道")
    assert section(client, q="白鹭湾") == ""


def test_a_photo_given_a_story_leaves_the_section_and_joins_it_when_its_story_goes(
    picture, client, django_capture_on_commit_callbacks
):
    photo = picture()
    with django_capture_on_commit_callbacks(execute=True):
        story = make_story("湿地公园迎来候鸟季", "今年冬季候鸟数量创新高。")
    with django_capture_on_commit_callbacks(execute=True):
        photo.article = story
        photo.save()
    assert section(client, q="白鹭湾") == ""
    assert "湿地公园迎来候鸟季" in client.get(URL, {"q": "白鹭湾"}).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        story.delete()  # (the database sets the photo's story to NULL: no save of the photo)
    assert "<mark>白鹭湾</mark>" in section(client, q="白鹭湾")


def test_a_name_an_import_learns_segments_older_photos_again(picture):
    from tests.factories import import_text

    photo = picture("赵大河在湿地公园拍摄候鸟。")
    assert "赵大河" not in PhotoEntry.objects.get(photo=photo).caption_tokens.split()
    import_text("展会开幕\n\n本报讯（记者赵大河）昨日，南通国际会展中心举行展会。\n", "A5")
    assert "赵大河" in PhotoEntry.objects.get(photo=photo).caption_tokens.split()


def test_a_deleted_photo_takes_its_entry_along(picture, django_capture_on_commit_callbacks):
    photo = picture()
    assert PhotoEntry.objects.filter(photo=photo).exists()
    with django_capture_on_commit_callbacks(execute=True):
        photo.delete()
    assert not PhotoEntry.objects.exists()


def test_an_unpublished_issues_photo_is_not_shown(picture, client):
    picture(published=False)
    assert PhotoEntry.objects.count() == 1  # (indexed: shown once its issue is published)
    assert section(client, q="白鹭湾") == ""
    Issue.objects.update(status="published")
    assert "<mark>白鹭湾</mark>" in section(client, q="白鹭湾")


@pytest.mark.parametrize(
    ("printed", "typed", "marked"),
    [
        ("讀者在白鷺灣晨報亭前閱讀號外。", "晨报", "晨報"),
        ("读者在白鹭湾晨报亭前阅读号外。", "晨報", "晨报"),
    ],
)
def test_traditional_and_simplified_find_each_other(picture, client, printed, typed, marked):
    picture(printed)
    assert f"<mark>{marked}</mark>" in section(client, q=typed)


def test_filters_narrow_the_photos_as_they_narrow_the_stories(picture, client):
    picture(label="A3")
    assert "白鹭湾" in section(client, q="白鹭湾", label="A3")
    assert section(client, q="白鹭湾", label="A2") == ""
    assert section(client, q="白鹭湾", end="2021-02-01") == ""
    assert "白鹭湾" in section(client, q="白鹭湾", paper="test-daily")


def test_the_reporter_filter_finds_the_photographers_photos(picture, client):
    from articles.models import Person, PhotoCredit

    photo = picture(credit="记者 许晓帆摄")
    PhotoCredit.objects.create(photo=photo, person=Person.objects.create(name="许晓帆"))
    assert "白鹭湾" in section(client, q="白鹭湾", reporter="許曉帆")
    assert section(client, q="白鹭湾", reporter="林晓舟") == ""


def test_the_section_is_on_the_first_page_only(picture, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(21):
            make_story(f"候鸟观测第{n}天", "白鹭湾又见候鸟。")
    picture()
    assert "<mark>白鹭湾</mark>湿地公园" in section(client, q="白鹭湾")
    assert section(client, q="白鹭湾", page="2") == ""


def test_more_photos_than_the_section_shows_say_so(picture, client):
    from search.photohits import PHOTOS_SHOWN

    for day in range(1, PHOTOS_SHOWN + 3):
        picture(day=date(2021, 3, day))
    found = section(client, q="白鹭湾")
    assert found.count('class="hit photo-hit"') == PHOTOS_SHOWN
    assert f"找到超过 {PHOTOS_SHOWN} 张" in found
    assert "2021年3月8日" in found and "2021年3月1日" not in found  # newest first


def test_rebuild_indexes_the_photos_imported_before(picture, client):
    picture()
    PhotoEntry.objects.all().delete()  # (as an archive imported before photos were indexed)
    assert section(client, q="白鹭湾") == ""
    out = StringIO()
    call_command("rebuild_search_index", "--photos", stdout=out)
    assert out.getvalue().startswith("Indexed 1 photos standing alone")
    assert "<mark>白鹭湾</mark>" in section(client, q="白鹭湾")
    PhotoEntry.objects.all().delete()
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "Indexed 1 photos standing alone" in out.getvalue()
    assert PhotoEntry.objects.count() == 1


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
def test_sqlite_has_the_photos_fts5_table_and_its_triggers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT type, name FROM sqlite_master WHERE name LIKE 'search_photo%'")
        objects = set(cursor.fetchall())
    assert {
        ("table", "search_photo_fts"),
        ("trigger", "search_photo_fts_insert"),
        ("trigger", "search_photo_fts_delete"),
        ("trigger", "search_photo_fts_update"),
    } <= objects


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_postgresql_has_the_photos_gin_index_and_vector_trigger():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_photo_vector_gin'"
        )
        (definition,) = cursor.fetchone()
        cursor.execute(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'search_photoentry'::regclass "
            "AND NOT tgisinternal"
        )
        triggers = {row[0] for row in cursor.fetchall()}
    assert "USING gin (search_vector)" in definition
    assert triggers == {"search_photo_vector_update"}


def test_a_photo_standing_alone_is_listed_with_its_reader_copies_not_the_original(picture, client):
    photo = picture()
    Photo.objects.filter(pk=photo.pk).update(
        image="photos/2021/03/original.jpg",
        rendition="photos/2021/03/original.1200.webp",
        thumbnail="photos/2021/03/original.400.webp",
        width=1200,
        height=800,
    )
    found = section(client, q="白鹭湾")
    assert 'src="/media/photos/2021/03/original.1200.webp"' in found
    assert "/media/photos/2021/03/original.400.webp 400w" in found
    assert 'width="1200" height="800"' in found
    assert "original.jpg" not in found
