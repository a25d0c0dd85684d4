"""合并到上一篇 keeps the headline an editor corrected: the later story's title becomes a crosshead
of the story before it as the editor made it, not as printed (a reviewer corrected 夜市人气在哪里
in its form, merged, and found the printed words in the merged text, the correction gone without
a word). The confirmation page says which text goes in, and what the page printed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.admin.conftest import form_data
from tests.admin.test_storyjoin import GLUED, page_of, story, texts

pytestmark = pytest.mark.django_db

CORRECTED = "夜市人气从哪里来"


def _corrected(client):
    page_of(GLUED)
    later = story("夜市人气在哪里")
    change = reverse("admin:articles_article_change", args=[later.pk])
    data = form_data(client.get(change))
    assert client.post(change, {**data, "headline": CORRECTED, "_save": "1"}).status_code == 302
    return story("西门菜场改造完成"), story(CORRECTED)


def test_the_merge_takes_the_corrected_headline_and_says_so(editor_client):
    earlier, later = _corrected(editor_client)
    address = reverse("admin:articles_article_merge", args=[later.pk])
    shown = editor_client.get(address)
    html = shown.content.decode()
    assert f"的标题（{CORRECTED}）成为" in html
    assert "标题是编辑改过的" in html and "版面印的是“夜市人气在哪里”" in html

    data = {**form_data(shown, "merge-form"), "confirm": "确认合并"}
    assert editor_client.post(address, data).status_code == 302
    assert ("crosshead", CORRECTED) in texts(earlier)
    assert ("crosshead", "夜市人气在哪里") not in texts(earlier)


def test_an_uncorrected_headline_goes_in_as_printed(editor_client):
    page_of(GLUED)
    later = story("夜市人气在哪里")
    html = editor_client.get(reverse("admin:articles_article_merge", args=[later.pk]))
    assert "编辑改过" not in html.content.decode()
