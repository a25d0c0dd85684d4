"""At the desk, a 下转 whose page number was printed wrong (A1's ``（下转A3版）`` goes on under
``（上接A1版）`` on A2): its fix page offers, besides A3's parts, the continuations elsewhere that
answer it, said plainly (``印的是A3版，接续在A2版：转版版次可能印错``), so an editor links it from
the 下转's side; the link the import made is said on the fix page, the jump list (and its filter)
and counted on 编辑部首页 under 请核对."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from articles.models import Jump, JumpDirection, JumpState
from tests.admin.conftest import form_data
from tests.admin.test_desk_home import section
from tests.continuations.test_misprinted_page import FOURTH, PAGES, continuation_on, import_pages

pytestmark = pytest.mark.django_db

NOTE = "印的是A3版，接续在A2版：转版版次可能印错"


def offered(html: str) -> set[str]:
    """The parts the fix page offers: the values of its ``part`` choices (not any input's
    value: a story's id elsewhere on the page may be the same number)."""
    tags = re.findall(r"<input\b[^>]*>", html)
    return {
        value
        for tag in tags
        if 'name="part"' in tag
        for value in re.findall(r'value="([^"]*)"', tag)
    }


def misprinted() -> Jump:
    return Jump.objects.get(direction=JumpDirection.FORWARD, target_label="A3")


def test_the_fix_page_offers_the_continuation_on_another_page(editor_client):
    import_pages(["A1", "A2", "A3", "A4"], {**PAGES, "A4": FOURTH})  # (two answer: left open)
    jump = misprinted()
    url = reverse("admin:articles_jump_fix", args=[jump.pk])
    page = editor_client.get(url)
    html = page.content.decode()
    part = continuation_on("A2", "据统计")
    assert str(part.pk) in offered(html)
    assert NOTE in html and "印的是A3版，接续在A4版：转版版次可能印错" in html
    assert "A3版上可以接续的分段，及别的版上回应这处转版的续文" in html
    other = continuation_on("A2", "据介绍")  # (the 下转A2's: taken, not offered)
    assert str(other.pk) not in offered(html)
    data = {**form_data(page, "jump-fix-form"), "action": "link", "part": part.pk}
    editor_client.post(url, data)
    jump.refresh_from_db()
    assert jump.state == JumpState.MANUAL and jump.to_part_id == part.pk


def test_the_fix_page_offers_it_while_the_printed_page_is_still_to_come(editor_client):
    import_pages(["A1", "A2"])
    jump = misprinted()
    html = editor_client.get(reverse("admin:articles_jump_fix", args=[jump.pk])).content.decode()
    assert str(continuation_on("A2", "据统计").pk) in offered(html) and NOTE in html


def test_the_link_the_import_made_is_said_listed_and_counted(editor_client):
    import_pages(["A1", "A2", "A3"])
    jump = misprinted()
    label = f"已接续（{NOTE}，请核对）"
    fix = editor_client.get(reverse("admin:articles_jump_fix", args=[jump.pk])).content.decode()
    assert label in fix and "本版没有接这处转版的续文" in fix
    jumps = reverse("admin:articles_jump_changelist")
    listed = editor_client.get(f"{jumps}?broken=misprint").content.decode()
    assert label in listed and "（下转A2版）" not in listed
    home = editor_client.get(reverse("admin:index")).content.decode()
    issue = jump.part.page.issue_id
    assert f"?issue={issue}&amp;broken=misprint" in home
    assert "1 处接在别的版上（转版版次可能印错），请核对" in home
    assert "1 处接在别的版上（转版版次可能印错），请核对" in section(home, "desk-broken-jumps")
