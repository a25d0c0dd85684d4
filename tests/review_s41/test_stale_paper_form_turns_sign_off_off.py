"""A chief editor's stale 报纸 form silently turns 发布须经签发 off again.

README (Editing): "A stale form is refused": what a form shows is checked against what is stored
when it is saved, so nothing is overwritten; and (Sign-off) 发布须经签发 is turned on or off by
a chief editor, so that on such a paper nothing is published without a sign-off. The paper
form (``articles/admin/issues.py`` ``PublicationAdmin``) carries no version: chief editor A
opens the paper to fix a typo in its name, chief editor B turns 发布须经签发 on meanwhile, and
A's save sends the box as A's page showed it (unticked). The paper is back to publishing
without sign-off; nobody is told, and the next 发布本期 by any editor publishes unsigned stories.

Steps: as a chief editor open 报纸 → 南通日报; in another session turn 发布须经签发 on; in the
first, change 报名 and save.
"""

import pytest
from django.urls import reverse

from articles.models import Publication
from tests.admin.conftest import chief, chief_client, form_data, groups, seed  # noqa: F401

pytestmark = pytest.mark.django_db


def test_a_stale_paper_form_does_not_turn_sign_off_off(chief_client, seed):  # noqa: F811
    paper = Publication.objects.get()
    assert not paper.review_required
    url = reverse("admin:articles_publication_change", args=[paper.pk])
    shown = chief_client.get(url)
    assert shown.status_code == 200
    data = form_data(shown)

    Publication.objects.filter(pk=paper.pk).update(review_required=True)  # another chief, meanwhile

    data["name"] = "南通日报社"
    data["_save"] = "保存"
    chief_client.post(url, data)
    paper.refresh_from_db()
    assert paper.review_required, "发布须经签发 was turned off by a form opened before it was on"
