"""A zone over a story is named by the story's current headline: an editor's correction shows
in its aria-label and <title> on every page the story ran on, at once (the page cache told)."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pypdfium2")

from articles.models import Article

pytestmark = pytest.mark.django_db

STORY = "夏季用电高峰提前到来"  # page 1, continued on page 2 (tests/pdfpages/builder.py)
NEW = "今夏用电高峰比往年早到半个月"


def zone_names(html: str) -> list[str]:
    return re.findall(r'class="zone zone-story" aria-label="([^"]*)"><title>([^<]*)</title>', html)


def test_a_zone_takes_the_headline_an_editor_corrected(
    client, pdf_edition, django_capture_on_commit_callbacks
):
    pages = [pdf_edition + "1/", pdf_edition + "2/"]
    for url in pages:  # rendered and cached with the printed headline
        assert (STORY, STORY) in [(a, t) for a, t in zone_names(client.get(url).content.decode())]
    story = Article.objects.get(headline=STORY)
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = NEW
        story.mark_edited()
        story.save()  # what the admin does
    for url in pages:
        names = zone_names(client.get(url).content.decode())
        assert (NEW, NEW) in names
        assert all(STORY not in name for pair in names for name in pair)
