"""Helpers for the person-feed tests: stories credited by byline or by a photo's credit,
written straight to the database, and a feed's entries read back."""

from __future__ import annotations

from datetime import date
from xml.etree import ElementTree

from django.urls import reverse

from articles.models import Article, Byline, Issue, Page, Person, Photo, PhotoCredit, Publication
from tests.search.conftest import make_story

ATOM = "{http://www.w3.org/2005/Atom}"


def person(name: str) -> Person:
    return Person.objects.get_or_create(name=name)[0]


def credited_story(
    headline: str,
    day: date,
    *,
    reporters: tuple[str, ...] = (),
    photographer: str = "",
    published: bool = True,
    text: bool = True,
) -> Article:
    """A one-part story of ``day`` with bylines for ``reporters`` and, with a ``photographer``,
    a photo printed with it crediting them; ``text=False``: a picture story, printing no text
    of its own (its photo's caption only)."""
    paragraphs = [f"{headline}，记者从有关部门获悉。"] if text else []
    story = make_story(headline, *paragraphs, day=day, index=False)
    if not published:
        Article.objects.filter(pk=story.pk).update(status="draft")
    for order, name in enumerate(reporters):
        Byline.objects.create(article=story, person=person(name), order=order)
    if photographer:
        photo = Photo.objects.create(
            page=story.page,
            position=100 + story.position,
            caption=f"{headline}现场。",
            credit_line=f"本报记者 {photographer}摄",
            article=story,
        )
        PhotoCredit.objects.create(photo=photo, person=person(photographer))
    return story


def photo_alone(
    caption: str,
    day: date,
    *photographers: str,
    position: int = 900,
    published: bool = True,
) -> Photo:
    """A photo printed with no story on page A1 of ``day``'s issue (made as the stories' is),
    credited to ``photographers``."""
    paper, _ = Publication.objects.get_or_create(slug="test-daily", defaults={"name": "测试日报"})
    status = "published" if published else "draft"
    issue, _ = Issue.objects.get_or_create(publication=paper, date=day, defaults={"status": status})
    page, _ = Page.objects.get_or_create(issue=issue, label="A1", defaults={"section": ""})
    credit = f"本报记者 {' '.join(photographers)} 摄"
    photo = Photo.objects.create(page=page, position=position, caption=caption, credit_line=credit)
    for order, name in enumerate(photographers):
        PhotoCredit.objects.create(photo=photo, person=person(name), order=order)
    return photo


def feed_url(name: str) -> str:
    return reverse("articles:person-feed", kwargs={"name": name})


def entries(client, name: str) -> list[str]:
    """The titles of the entries of ``name``'s feed, in order (the feed must answer 200)."""
    return [entry.findtext(f"{ATOM}title") for entry in feed_entries(client, name)]


def feed_entries(client, name: str) -> list[ElementTree.Element]:
    """The ``<entry>`` elements of ``name``'s feed, in order (the feed must answer 200)."""
    response = client.get(feed_url(name))
    assert response.status_code == 200, response.status_code
    return list(ElementTree.fromstring(response.content).iter(f"{ATOM}entry"))
