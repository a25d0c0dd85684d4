"""A section page (``/<paper>/sections/<section>/``) finds the section whichever script the
address spells it in, as people pages and keyword pages do: 要聞 leads to 要闻 and 體育 to a
paper that prints 體育 from 体育 (a permanent redirect to the section's address as printed, the
query string kept), and its feed to the section's feed; a name no section bears folded alike
is still a 404."""

from __future__ import annotations

from datetime import date
from urllib.parse import unquote

from articles.models import Publication
from articles.public import section_url
from tests.factories import import_text
from tests.public.conftest import PAPER, publish_everything, synthetic_page


def test_the_section_in_traditional_leads_to_the_simplified_section(client, edition):
    printed = section_url(Publication.objects.get(slug=PAPER), "要闻")
    assert client.get(printed).status_code == 200

    response = client.get(f"/{PAPER}/sections/要聞/", {"page": "1"})

    assert response.status_code == 301
    assert unquote(response["Location"]) == f"/{PAPER}/sections/要闻/?page=1"
    assert client.get(response["Location"]).status_code == 200


def test_the_section_in_simplified_leads_to_a_section_printed_in_traditional(client, db):
    import_text(synthetic_page("A1", "體育新聞", 1, 0), "A1", when=date(2020, 7, 10))
    publish_everything()

    response = client.get(f"/{PAPER}/sections/体育新闻/")

    assert response.status_code == 301
    assert unquote(response["Location"]) == f"/{PAPER}/sections/體育新聞/"
    page = client.get(response["Location"])
    assert page.status_code == 200 and "體育新聞" in page.content.decode()


def test_a_section_no_spelling_prints_is_still_a_404(client, edition):
    assert client.get(f"/{PAPER}/sections/體育/").status_code == 404


def test_the_section_feed_in_the_other_script_leads_to_the_printed_sections_feed(client, edition):
    response = client.get(f"/{PAPER}/sections/要聞/feed.xml")

    assert response.status_code == 301
    assert unquote(response["Location"]) == f"/{PAPER}/sections/要闻/feed.xml"
    assert client.get(response["Location"]).status_code == 200
    assert client.get(f"/{PAPER}/sections/體育/feed.xml").status_code == 404
