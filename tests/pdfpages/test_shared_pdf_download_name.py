"""Two issues that print one page PDF (a re-used PDF: the same file, so the same content-hash
name): 下载本版 PDF saves it under the paper, date and label of the page it is downloaded from.
The file's ``Content-Disposition``, which a browser takes over the link's ``download``, named
the earlier issue's."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest

pytest.importorskip("pypdfium2")

from articles.models import Issue, Page, PageImage
from tests.pdfpages.conftest import DAY, PAPER

pytestmark = pytest.mark.django_db
LATER = date(2024, 6, 3)


@pytest.fixture
def reprinted(pdf_edition):
    """The page 2 PDF printed again as A2 of a later issue (its files the same names)."""
    first = PageImage.objects.get(page__label="2")
    issue = Issue.objects.create(
        publication=first.page.issue.publication, date=LATER, status="published"
    )
    page = Page.objects.create(issue=issue, label="A2", sequence=2)
    PageImage.objects.create(
        page=page,
        pdf=first.pdf.name,
        pdf_checksum=first.pdf_checksum,
        pdf_page=first.pdf_page,
        image=first.image.name,
        thumbnail=first.thumbnail.name,
        width=first.width,
        height=first.height,
    )
    return pdf_edition


def downloaded_as(client, url: str) -> tuple[str, str]:
    """The page's ``download`` name and the name its PDF link's response gives."""
    html = client.get(url).content.decode()
    link = html.split('<a class="pdf-download" href="')[1]
    href, download = link.split('"')[0], link.split('download="')[1].split('"')[0]
    response = client.get(href)
    assert response.status_code == 200
    return download, response["Content-Disposition"].split("filename*=UTF-8''")[1]


def test_a_reused_pdf_is_named_after_the_page_it_is_downloaded_from(client, reprinted):
    later = f"城市日报-{LATER}-A2.pdf"
    assert downloaded_as(client, f"/{PAPER}/{LATER}/A2/") == (later, quote(later))
    earlier = f"城市日报-{DAY}-2.pdf"
    assert downloaded_as(client, f"/{PAPER}/{DAY}/2/") == (earlier, quote(earlier))


def test_the_page_json_gives_the_pdf_address_naming_its_page(client, reprinted):
    data = client.get(f"/{PAPER}/{LATER}/A2.json").json()
    page = Page.objects.get(issue__date=LATER)
    assert data["picture"]["pdf"].endswith(f".pdf?page={page.pk}")
    disposition = client.get(data["picture"]["pdf"])["Content-Disposition"]
    assert quote(f"城市日报-{LATER}-A2.pdf") in disposition


def test_a_pdf_address_naming_another_page_or_nothing_gives_the_earliest_issues_name(
    client, reprinted
):
    name = PageImage.objects.filter(page__label="2").values_list("pdf", flat=True).get()
    earlier = quote(f"城市日报-{DAY}-2.pdf")
    for query in ("", "?page=999999", "?page=abc"):
        assert earlier in client.get(f"/media/{name}{query}")["Content-Disposition"]
