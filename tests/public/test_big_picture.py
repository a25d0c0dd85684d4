"""版面大图: a page's picture at its own width, with its zones still links, no script, and the PDF
named as the original; only where the page view shows the picture; cached and refreshed like
the page."""

from __future__ import annotations

import pytest
from django.utils import timezone

from articles.models import Article, ArticlePart, PageImage, Zone
from tests.public.conftest import PAPER, next_day_story
from tests.public.dom import parse

pytestmark = pytest.mark.django_db
A1_URL = f"/{PAPER}/2020-07-09/A1/"
BIG_URL = f"{A1_URL}picture/"


@pytest.fixture
def pictured(edition, django_capture_on_commit_callbacks):
    """The seed A1 with a 1418 × 2048 picture and a zone over each story printed there (their
    changes told, as an upload does: a change's tags go out once its transaction commits)."""
    with django_capture_on_commit_callbacks(execute=True):
        return _pictured(edition)


def _pictured(edition):
    PageImage.objects.create(
        page=edition.a1, pdf="pages/cc/one.pdf", pdf_checksum="c" * 64, image="pages/cc/one.webp",
        thumbnail="pages/cc/one-thumb.webp", width=1418, height=2048,
    )  # fmt: skip
    parts = list(ArticlePart.objects.filter(page=edition.a1).order_by("position"))
    for n, part in enumerate(parts):
        Zone.objects.create(page=edition.a1, part=part, rects=[[0.1, 0.1 * n, 0.5, 0.1 * n + 0.08]])
    return edition, parts


def test_the_page_links_its_big_picture_and_names_the_pdf_the_original(client, pictured):
    html = client.get(A1_URL).content.decode()
    doc = parse(html)
    assert doc.find("a", cls="big-link").attrs["href"] == BIG_URL
    assert "原版以 PDF 为准" in html


def test_the_big_picture_is_the_image_at_its_width_with_its_zones_and_no_script(client, pictured):
    _, parts = pictured
    response = client.get(BIG_URL)
    assert response.status_code == 200
    doc = parse(response)
    img = doc.find("figure", cls="big").find("img")
    assert (img.attrs["width"], img.attrs["height"]) == ("1418", "2048")
    assert img.attrs["src"].endswith("one.webp")
    links = [a.attrs["href"] for a in doc.find("svg").find_all("a")]
    assert [link.split("#")[0] for link in links] == [p.article.get_absolute_url() for p in parts]
    assert all(s.attrs.get("type") == "application/ld+json" for s in doc.find_all("script"))
    html = response.content.decode()
    assert "原版以 PDF 为准" in html and "one.pdf" in html
    assert f'href="{A1_URL}"' in html  # back to the page


def test_no_big_picture_where_the_page_shows_none(client, pictured):
    _, parts = pictured
    Article.objects.filter(pk=parts[0].article_id).update(status="draft")  # picture withheld
    assert 'class="big-link"' not in client.get(A1_URL).content.decode()
    assert client.get(BIG_URL).status_code == 404
    assert client.get(f"/{PAPER}/2020-07-09/A2/picture/").status_code == 404  # no PDF


def test_a_label_typed_otherwise_is_a_301_to_the_big_picture(client, pictured):
    response = client.get(f"/{PAPER}/2020-07-09/a1/picture/")
    assert (response.status_code, response["Location"]) == (301, BIG_URL)


def test_an_edit_to_a_story_on_it_refreshes_the_cached_big_picture(
    client, pictured, django_capture_on_commit_callbacks
):
    _, parts = pictured
    assert client.get(BIG_URL).status_code == 200
    assert client.get(BIG_URL)["X-Cache"] == "hit"
    story = parts[0].article
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "编辑改过的主题"
        story.save()
    response = client.get(BIG_URL)
    assert response["X-Cache"] == "miss"
    assert "编辑改过的主题" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "draft"
        story.updated_at = timezone.now()
        story.save()  # withdrawn: the picture goes with it
    assert client.get(BIG_URL).status_code == 404


def test_an_edit_elsewhere_leaves_the_cached_big_picture_cached(
    client, pictured, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        other = next_day_story()
    assert client.get(BIG_URL).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        other.headline = "别的一期改过的主题"
        other.save()
    assert client.get(BIG_URL)["X-Cache"] == "hit"


def test_the_big_picture_links_its_zoom_steps_the_current_one_unlinked(client, pictured):
    doc = parse(client.get(BIG_URL))
    steps = doc.find("nav", cls="zoom-steps")
    assert [a.attrs["href"] for a in steps.find_all("a")] == [
        f"{BIG_URL}?zoom=fit",
        f"{BIG_URL}?zoom=2",
    ]
    assert steps.find("b").text == "原大"
    doc = parse(client.get(f"{BIG_URL}?zoom=fit"))
    steps = doc.find("nav", cls="zoom-steps")
    assert [a.attrs["href"] for a in steps.find_all("a")] == [BIG_URL, f"{BIG_URL}?zoom=2"]
    assert steps.find("b").text == "适合宽度"


@pytest.mark.parametrize(
    ("query", "width", "height", "fit"),
    [
        ("", "1418", "2048", False),
        ("?zoom=fit", "1418", "2048", True),
        ("?zoom=2", "2836", "4096", False),
    ],
)
def test_each_zoom_step_draws_the_image_at_its_size_under_the_same_zones(
    client, pictured, query, width, height, fit
):
    _, parts = pictured
    doc = parse(client.get(BIG_URL + query))
    figure = doc.find("figure", cls="big")
    img = figure.find("img")
    assert (img.attrs["width"], img.attrs["height"]) == (width, height)
    assert ("fit" in figure.attrs["class"].split()) is fit
    svg = figure.find("svg")
    assert svg.attrs["viewbox"] == "0 0 1418 2048"  # the zones in the image's own pixels
    assert len(svg.find_all("a")) == len(parts)


def test_each_zoom_step_is_cached_on_its_own(client, pictured):
    pages = {query: client.get(BIG_URL + query).content for query in ("", "?zoom=fit", "?zoom=2")}
    assert len(set(pages.values())) == 3
    for query, content in pages.items():
        again = client.get(BIG_URL + query)
        assert (again["X-Cache"], again.content) == ("hit", content), query


def test_a_zoom_no_link_writes_is_a_404_naming_the_steps_and_1_is_the_plain_address(
    client, pictured
):
    response = client.get(f"{BIG_URL}?zoom=1&from=timeline")
    assert (response.status_code, response["Location"]) == (301, f"{BIG_URL}?from=timeline")
    assert client.get(f"{BIG_URL}?zoom=1")["Location"] == BIG_URL
    for odd in ("3", "FIT", "0.5", "2" * 5000):
        response = client.get(BIG_URL, {"zoom": odd})
        assert response.status_code == 404, odd
        html = response.content.decode()
        assert "这一档缩放：可选适合宽度（?zoom=fit）、原大（不带 ?zoom=）、2 倍（?zoom=2）" in html
        assert f'href="{BIG_URL}"' in html


def test_an_empty_zoom_is_a_301_to_the_plain_address_as_zoom_1_is(client, pictured):
    response = client.get(f"{BIG_URL}?zoom=")
    assert (response.status_code, response["Location"]) == (301, BIG_URL)
    response = client.get(f"{BIG_URL}?zoom=&from=timeline")
    assert (response.status_code, response["Location"]) == (301, f"{BIG_URL}?from=timeline")


def test_the_previous_and_next_page_keep_the_zoom_step(client, pictured):
    edition, _ = pictured
    PageImage.objects.create(
        page=edition.a2, pdf="pages/cc/two.pdf", pdf_checksum="e" * 64, image="pages/cc/two.webp",
        thumbnail="pages/cc/two-thumb.webp", width=1418, height=2048,
    )  # fmt: skip
    doc = parse(client.get(f"{BIG_URL}?zoom=fit"))
    following = doc.find("a", rel="next")
    assert following.attrs["href"] == f"/{PAPER}/2020-07-09/A2/picture/?zoom=fit"


def test_a_one_page_issue_s_big_picture_has_no_pager_as_its_page_has_none(client, edition):
    story = next_day_story()
    page = story.parts.get().page
    PageImage.objects.create(
        page=page, pdf="pages/cc/lone.pdf", pdf_checksum="f" * 64, image="pages/cc/lone.webp",
        thumbnail="pages/cc/lone-thumb.webp", width=1418, height=2048,
    )  # fmt: skip
    page_html = client.get(page.get_absolute_url()).content.decode()
    html = client.get(f"{page.get_absolute_url()}picture/").content.decode()

    assert "已是第一版" not in page_html and "已是最后一版" not in page_html
    assert "已是第一版" not in html and "已是最后一版" not in html
    assert 'aria-label="上一版和下一版"' not in html
    assert f'href="{page.get_absolute_url()}">返回本版</a>' in html  # (still a way back)
