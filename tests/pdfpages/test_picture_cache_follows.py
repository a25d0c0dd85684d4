"""A page's picture reaches readers however it is written: a PDF imported after the page's text
(the text unchanged: only the picture and its zones are written), its zones matched again, or
its picture removed, refreshes the cached page, issue and story pages and the page's JSON twin,
and the issue's kept list of pages (``pages:<issue>``). One process's memory (locmem) and the
one-host cache as deployed (SQLite files)."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.importing.pdfs import page_rematch
from articles.models import Article, Page, PageImage, Zone
from tests.pdfpages.conftest import DAY, PAPER, run
from tests.public.conftest import publish_everything

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("each_cache_backend")]
ISSUE = f"/{PAPER}/{DAY}/"
PAGE = f"{ISSUE}1/"


@pytest.fixture
def text_first(folder, pages, client):
    """Page 1 imported from its text alone, published, and read once by every view (cached)."""
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    run(folder.parent.parent)
    publish_everything()
    story = Article.objects.filter(page__label="1").order_by("position").first()
    views = [ISSUE, PAGE, f"{PAGE[:-1]}.json", story.get_absolute_url()]
    for url in views:
        assert client.get(url).status_code == 200, url
        assert client.get(url)["X-Cache"] == "hit", url
    return views


def pictured(client, views) -> dict[str, bool]:
    image = PageImage.objects.get()
    shown = {}
    for url in views:
        body = client.get(url).content.decode()
        name = image.image.name if url.startswith(PAGE[:-1]) else image.thumbnail.name
        shown[url] = name.rsplit("/", 1)[-1] in body
    return shown


def test_a_pdf_imported_after_its_text_shows_its_picture_at_once(
    client, folder, pages, text_first, django_capture_on_commit_callbacks
):
    one, _ = pages
    (folder / "1.pdf").write_bytes(one.pdf)
    with django_capture_on_commit_callbacks(execute=True):
        out, _ = run(folder.parent.parent)
    assert "文字未变" in out and Zone.objects.exists()
    assert pictured(client, text_first) == dict.fromkeys(text_first, True)
    json = client.get(f"{PAGE[:-1]}.json").json()
    assert json["picture"] is not None


def test_a_picture_removed_or_its_zones_matched_again_refresh_the_page(
    client, folder, pages, text_first, django_capture_on_commit_callbacks
):
    one, _ = pages
    (folder / "1.pdf").write_bytes(one.pdf)
    with django_capture_on_commit_callbacks(execute=True):
        run(folder.parent.parent)
    page = Page.objects.get(label="1")
    client.get(PAGE)
    assert client.get(PAGE)["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        Zone.objects.filter(page=page).delete()
        page_rematch(page)
    assert client.get(PAGE)["X-Cache"] != "hit"
    client.get(PAGE)
    image = PageImage.objects.get().image.name.rsplit("/", 1)[-1]
    with django_capture_on_commit_callbacks(execute=True):
        PageImage.objects.get().delete()
    assert image not in client.get(PAGE).content.decode()
    assert client.get(f"{PAGE[:-1]}.json").json()["picture"] is None
