"""Addresses are worked out once per process (articles.addresses) but are never an old one: a
changed slug, date or label, another script prefix or another URLconf asks for another key."""

from __future__ import annotations

from django.core.cache import cache
from django.urls import reverse, set_script_prefix

from articles import addresses
from articles.addresses import address
from tests.public.conftest import PARTY


def test_an_address_is_what_reverse_gives():
    kwargs = {"paper": "nantong-daily", "date": "2020-07-09", "label": "A1"}
    assert address("articles:page", **kwargs) == reverse("articles:page", kwargs=kwargs)
    assert address("articles:page", **kwargs) == address("articles:page", **kwargs)


def test_a_renamed_paper_gets_its_new_address():
    assert address("articles:publication", paper="old") == "/old/"
    assert address("articles:publication", paper="new") == "/new/"


def test_the_script_prefix_the_site_is_mounted_under_is_part_of_the_address():
    try:
        set_script_prefix("/epaper/")
        assert address("articles:publication", paper="nantong-daily") == "/epaper/nantong-daily/"
    finally:
        set_script_prefix("/")
    assert address("articles:publication", paper="nantong-daily") == "/nantong-daily/"


def test_another_urlconf_gives_its_own_addresses(settings):
    settings.ROOT_URLCONF = "bench.public_urls"
    assert address("articles:people") == reverse("articles:people")


def test_a_public_page_reads_its_script_prefix_and_urlconf_once(client, edition, monkeypatch):
    url = edition.url(PARTY)
    client.get(url)
    asked = []
    monkeypatch.setattr(addresses, "get_urlconf", lambda: asked.append(1))
    cache.clear()  # rendered again, not served from the page cache
    assert client.get(url).status_code == 200
    assert len(asked) == 1


def test_every_link_of_a_page_and_of_the_404_page_is_under_the_script_prefix(client, edition):
    import re

    try:
        for url, status in ((edition.url(PARTY), 200), ("/no-such-paper/", 404)):
            cache.clear()
            set_script_prefix("/epaper/")  # what the WSGI handler sets (the test client does not)
            response = client.get(url)
            assert response.status_code == status
            links = re.findall(r'href="(/[^"]*)"', response.content.decode())
            assert links and all(link.startswith("/epaper/") for link in links), [
                link for link in links if not link.startswith("/epaper/")
            ]
    finally:
        set_script_prefix("/")
        cache.clear()
