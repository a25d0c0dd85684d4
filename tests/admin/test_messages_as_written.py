"""The desk's messages say names as they are written: Django's admin shows each message through
``capfirst``, which turned a paper named ``desk-x`` into ``Desk-x 2020-07-09 将于 … 自动发布``
(a reviewer's find). A paper's, a person's or a story's name is said as printed."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Issue
from tests.admin.conftest import form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db


def test_a_latin_paper_name_keeps_its_small_first_letter_in_the_desks_messages(editor_client):
    import_text(
        "社区食堂开到家门口\n\n本报讯 今年以来，我市新建社区食堂二十六家。\n",
        "1",
        paper="desk-x",
        slug="desk-x",
    )
    issue = Issue.objects.get()
    url = reverse("admin:articles_issue_publish", args=[issue.pk])
    at = (timezone.localtime() + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    data = {**form_data(editor_client.get(url), "publish-form"), "publish_at": at}
    html = editor_client.post(url, data, follow=True).content.decode()
    messages = re.search(r'<ul class="messagelist">(.*?)</ul>', html, re.S)[1]
    assert f"desk-x {issue.date:%Y-%m-%d} 将于" in messages
    assert "Desk-x" not in html
