"""What readers see of a page relabelled (改版次): its old address, its parts' and its picture's
lead (301) to the page under its new label, the page's hand-drawn zones and picture stay, and
what the public cache kept of the issue is stale once it commits."""

import pytest
from django.urls import reverse

from articles import caching
from articles.models import Article, ArticlePart, Page, PageImage, PageRedirect, Zone, ZoneSource
from articles.publishing import issue_publish
from articles.relabel import page_relabel
from tests.relabel.test_relabel_service import A1, A2, DAY, PRINTED_A4, _import

pytestmark = pytest.mark.django_db


def _page_url(label: str, **more) -> str:
    name = "articles:" + more.pop("name", "page")
    kwargs = {"paper": "nantong-daily", "date": DAY.isoformat(), "label": label, **more}
    return reverse(name, kwargs=kwargs)


@pytest.fixture
def published():
    _import(("A1", A1), ("A2", A2), ("A3", PRINTED_A4))
    page = Page.objects.get(label="A3")
    issue_publish(issue=page.issue, acknowledge_broken=True)
    return page


def test_the_old_address_of_a_relabelled_page_leads_to_its_new_one(
    client, published, django_capture_on_commit_callbacks
):
    assert client.get(_page_url("A3")).status_code == 200  # (kept by the public cache)
    with django_capture_on_commit_callbacks(execute=True):
        page_relabel(page=published, new_label="A4")
    moved = client.get(_page_url("A3") + "?from=share")
    assert moved.status_code == 301
    assert moved["Location"] == _page_url("A4") + "?from=share"
    assert client.get(_page_url("A4")).status_code == 200
    part = client.get(_page_url("A3", name="part", position=2))
    assert part.status_code == 301 and "/article/" in part["Location"]
    twin = client.get(_page_url("A3", name="page-json"))
    assert twin.status_code == 301 and twin["Location"] == _page_url("A4", name="page-json")
    picture = client.get(_page_url("A3", name="page-picture"))
    assert picture.status_code == 301
    assert picture["Location"] == _page_url("A4", name="page-picture")
    story = Article.objects.get(headline="老街夜市重新开张")  # (its address never changed)
    assert part["Location"] == story.get_absolute_url()
    assert client.get(story.get_absolute_url()).status_code == 200


def test_a_page_that_has_the_old_label_again_is_served_at_its_own_address(
    client, published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page_relabel(page=published, new_label="A4")
    assert client.get(_page_url("A3")).status_code == 301
    # An A3 imported while imports still made one (they now refuse a relabelled-away label:
    # tests/relabel/test_relabel_reimport.py), its redirect row still there.
    redirect = PageRedirect.objects.get(old_label="A3")
    redirect.delete()
    with django_capture_on_commit_callbacks(execute=True):
        _import(("A3", A2.replace("城西新建两所小学", "城东新建一所中学")))
        PageRedirect.objects.create(issue=redirect.issue, old_label="A3", page=redirect.page)
        issue_publish(issue=published.issue, acknowledge_broken=True)
    response = client.get(_page_url("A3"))
    assert response.status_code == 200
    assert "城东新建一所中学" in response.content.decode()


def test_a_relabelled_page_keeps_its_picture_and_hand_drawn_zones(published):
    PageImage.objects.create(
        page=published, pdf="pages/cc/one.pdf", pdf_checksum="c" * 64, image="pages/cc/one.webp",
        thumbnail="pages/cc/one-thumb.webp", width=800, height=1200,
    )  # fmt: skip
    part = ArticlePart.objects.filter(page=published).first()
    zone = Zone.objects.create(
        page=published, part=part, rects=[[0.1, 0.1, 0.5, 0.2]], source=ZoneSource.HAND
    )
    page_relabel(page=published, new_label="A4")
    assert Zone.objects.get(pk=zone.pk).page_id == published.pk
    assert PageImage.objects.get(page=published).image.name == "pages/cc/one.webp"


def test_relabelling_makes_the_issue_and_the_page_cached_stale(
    published, django_capture_on_commit_callbacks
):
    tags = [caching.issue_frame(published.issue_id), caching.page(published.pk)]
    before = caching.tag_versions(tags)
    with django_capture_on_commit_callbacks(execute=True):
        page_relabel(page=published, new_label="A4")
    after = caching.tag_versions(tags)
    assert all(after[tag] != before[tag] for tag in tags)
