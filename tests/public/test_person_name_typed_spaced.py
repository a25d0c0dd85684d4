"""A Chinese name typed with blanks between its characters (``/people/苏 明远/`` while 苏明远
exists) is a permanent redirect to the person's page and feed; a name in letters keeps its
spaces (``Zoë Müller``), and so does a stored name printed with one (``彭　波``)."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest

from articles.public import person_url
from articles.selectors import name_unspaced
from tests.public.people_feeds import credited_story, feed_url, photo_alone

DAY = date(2021, 3, 1)


@pytest.mark.parametrize(
    ("typed", "unspaced"),
    [
        ("苏 明远", "苏明远"),
        ("苏\u3000明 远", "苏明远"),
        ("苏  明远", "苏明远"),
        ("Zoë Müller", "Zoë Müller"),
        ("埃里克 · 施密特", "埃里克 · 施密特"),
        ("王 Li", "王 Li"),
        ("苏明远", "苏明远"),
    ],
)
def test_only_blanks_between_two_han_characters_are_taken_out(typed, unspaced):
    assert name_unspaced(typed) == unspaced


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["苏 明远", "苏\u3000明远", "苏 明 远"])
def test_a_chinese_name_typed_with_spaces_redirects_to_the_persons_page(client, typed):
    credited_story("港口夜市开张", DAY, reporters=("苏明远",))
    response = client.get(f"/people/{quote(typed)}/?page=1")
    assert response.status_code == 301
    assert response["Location"] == person_url("苏明远") + "?page=1"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_a_chinese_name_typed_with_spaces_redirects_to_the_persons_feed(client):
    photo_alone("春耕时节，农民在田间插秧。", DAY, "苏明远")
    response = client.get(f"/people/{quote('苏 明远')}/feed.xml")
    assert response.status_code == 301
    assert response["Location"] == feed_url("苏明远")


@pytest.mark.django_db
def test_a_name_in_letters_keeps_its_space(client):
    credited_story("港口夜市开张", DAY, reporters=("ZoëMüller",))
    credited_story("城东口袋公园开放", DAY, reporters=("Zoë Müller",))
    assert "城东口袋公园开放" in client.get(person_url("Zoë Müller")).content.decode()
    assert client.get(f"/people/{quote('Zoe Müller')}/").status_code == 404


@pytest.mark.django_db
def test_a_name_stored_with_a_space_is_still_found_as_typed(client):
    credited_story("港口夜市开张", DAY, reporters=("彭\u3000波",))
    assert client.get(person_url("彭\u3000波")).status_code == 200
    response = client.get(f"/people/{quote('彭 波')}/")
    assert response.status_code == 301
    assert response["Location"] == person_url("彭\u3000波")


@pytest.mark.django_db
def test_a_long_name_in_letters_typed_with_two_spaces_redirects_to_the_person(client):
    """Too many spellings to list (each letter has a full-width form): still found as typed."""
    credited_story("港口夜市开张", DAY, reporters=("Alexandra Zoë Müller-Lüdenscheidt",))
    response = client.get(f"/people/{quote('Alexandra  Zoë Müller-Lüdenscheidt')}/")
    assert response.status_code == 301
    assert response["Location"] == person_url("Alexandra Zoë Müller-Lüdenscheidt")
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("typed", [" 苏明远", "苏明远 ", "苏明远\u3000"])
def test_a_blank_typed_before_or_after_a_name_redirects_to_the_person(client, typed):
    credited_story("港口夜市开张", DAY, reporters=("苏明远",))
    response = client.get(f"/people/{quote(typed)}/")
    assert response.status_code == 301
    assert response["Location"] == person_url("苏明远")


@pytest.mark.django_db
def test_a_name_in_letters_typed_with_its_accents_apart_redirects_to_the_person(client):
    credited_story("港口夜市开张", DAY, reporters=("Zoë Müller",))
    response = client.get(f"/people/{quote('Zoe' + chr(0x308) + ' Mu' + chr(0x308) + 'ller')}/")
    assert response.status_code == 301
    assert response["Location"] == person_url("Zoë Müller")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("LI Ming", "Li Ming"),
        ("LI Ming", "li  ming"),  # any case, spaces collapsed
        ("John Smith", "john smith"),
        ("John Smith", "JOHN SMITH"),
        ("Zoë Müller", "ZOË MÜLLER"),  # beyond ASCII, on SQLite as on PostgreSQL
    ],
)
def test_a_name_in_letters_typed_in_another_case_redirects_to_the_persons_page(
    client, stored, typed
):
    credited_story("港口夜市开张", DAY, reporters=(stored,))
    response = client.get(f"/people/{quote(typed)}/?page=1")
    assert response.status_code == 301
    assert response["Location"] == person_url(stored) + "?page=1"
    assert client.get(response["Location"]).status_code == 200
    feed = client.get(f"/people/{quote(typed)}/feed.xml")
    assert feed.status_code == 301 and feed["Location"] == feed_url(stored)


@pytest.mark.django_db
def test_two_people_whose_names_differ_only_in_case_keep_their_own_pages(client):
    credited_story("港口夜市开张", DAY, reporters=("LI Ming",))
    credited_story("城东口袋公园开放", DAY, reporters=("Li Ming",))
    assert "城东口袋公园开放" in client.get(person_url("Li Ming")).content.decode()
    assert "港口夜市开张" in client.get(person_url("LI Ming")).content.decode()
    listed = client.get(f"/people/{quote('li ming')}/")
    assert listed.status_code == 200  # both listed, each linked
    assert person_url("Li Ming") in listed.content.decode()
    assert person_url("LI Ming") in listed.content.decode()
    assert client.get(f"/people/{quote('Li Mingg')}/").status_code == 404
