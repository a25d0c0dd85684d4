"""A former name (曾用名) left by a merge follows the work printing it when the person is split
later (articles/people/formernames.py): 林小舟 merged into 林晓舟, then 林晓舟 split with the
stories printing 林小舟 going to the new namesake, ``/people/林小舟/`` leads to that namesake,
not to the 林晓舟 whose work prints no 林小舟."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest

from articles.models import Article, Person, PersonAlias
from articles.people.merge import person_merge
from articles.people.split import person_split
from tests.factories import import_text
from tests.public.conftest import publish_everything

pytestmark = pytest.mark.django_db

PAGE = "A3  社会\n\n{head}\n\n本报讯（记者 {name}）{head}，{text}。\n"


@pytest.fixture
def merged(db):
    """林小舟's story (1995) and 林晓舟's (2025), the first merged into the second."""
    for head, name, text, when, slug in [
        ("老城区改造启动", "林小舟", "首批三百户居民搬迁", date(1995, 5, 6), "qc-daily"),
        ("读者节开幕", "林晓舟", "市民们踊跃参加活动", date(2025, 5, 6), "qc-evening"),
    ]:
        page = PAGE.format(head=head, name=name, text=text)
        import_text(page, "A3", when=when, paper=slug, slug=slug)
    person = Person.objects.get(name="林晓舟")
    person_merge(person=person, other=Person.objects.get(name="林小舟"))
    assert PersonAlias.objects.get(name="林小舟").person == person
    return person


def _split(person: Person, headline: str) -> Person:
    story = Article.objects.get(headline=headline)
    done = person_split(
        person=person, note_kept="晴川晚报", note_new="晴川日报", story_ids=[story.pk], photo_ids=[]
    )
    return done.new


def test_the_former_name_leads_to_the_namesake_whose_stories_print_it(client, merged):
    new = _split(merged, "老城区改造启动")
    assert PersonAlias.objects.get(name="林小舟").person == new
    publish_everything()
    response = client.get(f"/people/{quote('林小舟')}/")
    assert response.status_code == 301
    assert response["Location"] == new.get_absolute_url()


def test_the_former_name_stays_when_the_stories_moved_do_not_print_it(merged):
    _split(merged, "读者节开幕")
    assert PersonAlias.objects.get(name="林小舟").person == merged
