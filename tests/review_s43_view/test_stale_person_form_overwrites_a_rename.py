"""A 人员 (reporter) form opened before a colleague renamed the person overwrites the rename.

README (The editors' desk): "A stale form is refused: every paper, story, part, photo, page,
teaser and issue form carries the version it was opened at; if … another editor saved
meanwhile, the save … is refused with “已被修改” … nothing is overwritten." The person form
(``articles/admin/photos.py``, ``PersonAdmin``: 姓名 only) carries no version. Editor B corrects
a reporter's name (金帅 → 金帅华: the name readers see on every story's credit link and the
address of the person's page, ``/people/<name>/``); editor A, whose form still shows 金帅, types
a correction of his own and saves: B's rename is gone without a word, and the person's page
moves again.

Who sees it: both editors (one's correction is lost silently) and readers (the credit and the
person's address change twice).

Expected: A's save is refused as stale (“已被修改”), the name stays 金帅华.
"""

import pytest
from django.test import Client

from articles.models import Person
from tests.admin.conftest import form_data, staff
from tests.public.conftest import make_edition

pytestmark = pytest.mark.django_db


def _opened(client, url):
    data = form_data(client.get(url), "person_form")
    data["_save"] = "保存"
    return data


def test_stale_person_form_is_refused(groups):
    make_edition()
    person = Person.objects.get(name="金帅")
    url = f"/admin/articles/person/{person.pk}/change/"
    a, b = Client(), Client()
    a.force_login(staff("editor-a", groups[0]))
    b.force_login(staff("editor-b", groups[0]))

    stale = _opened(a, url)  # A opens the form: 金帅
    fresh = _opened(b, url)
    fresh["name"] = "金帅华"
    assert b.post(url, fresh).status_code == 302  # B's rename is saved

    stale["name"] = "金师"
    response = a.post(url, stale)

    person.refresh_from_db()
    assert person.name == "金帅华", "the colleague's rename is not overwritten"
    assert response.status_code == 200 and "已被修改" in response.content.decode()
