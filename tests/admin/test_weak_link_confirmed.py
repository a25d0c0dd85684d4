"""A weak link the import made, checked by an editor: a 下转 linked to a continuation on another
page than it prints (A1's ``（下转A3版）`` to A2's ``（上接A1版）``: ``?broken=misprint``) or by
the order of print alone (``?broken=order``). Its fix page shows the continuation it is linked
to (当前接续: it was dropped as a part of the same story) and offers ``核对无误：确认接续在A2版``,
which keeps the link, makes it the editor's (the resolver and a re-import leave it), records who
and when in the marker's history and clears the 请核对 on the desk home, the jump list and in
``check_jumps``. Before, the only way out was 断开 then re-pick (readers saw the story split)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.urls import reverse

from articles.models import Jump, JumpState
from tests.admin.conftest import form_data
from tests.admin.test_desk_home_print_order_links import by_print_order  # noqa: F401 (fixture)
from tests.continuations.test_misprinted_page import (
    THIRD_WITH_IT,
    continuation_on,
    import_pages,
    misprinted,
)

pytestmark = pytest.mark.django_db

CHECK = "1 处接在别的版上（转版版次可能印错），请核对"


def fix_url(jump: Jump) -> str:
    return reverse("admin:articles_jump_fix", args=[jump.pk])


def confirm(client, jump: Jump):
    page = client.get(fix_url(jump))
    return client.post(fix_url(jump), {**form_data(page, "jump-fix-form"), "action": "confirm"})


def check_jumps() -> str:
    out = StringIO()
    call_command("check_jumps", "--paper", "岚江日报", stdout=out, stderr=StringIO())
    return out.getvalue()


def test_the_fix_page_shows_the_linked_continuation_and_offers_to_confirm_it(editor_client):
    import_pages(["A1", "A2", "A3"])
    jump = misprinted()
    html = editor_client.get(fix_url(jump)).content.decode()
    assert f'value="{jump.to_part_id}"' in html and "当前接续" in html
    assert 'value="confirm"' in html and "核对无误：确认接续在A2版" in html
    other = Jump.objects.get(target_label="A2", direction="forward")  # (a link none asks about)
    assert other.state == JumpState.LINKED and not other.page_misprinted
    assert 'value="confirm"' not in editor_client.get(fix_url(other)).content.decode()


def test_confirming_keeps_the_link_records_who_and_clears_every_please_check(editor_client):
    import_pages(["A1", "A2", "A3"])
    jump = misprinted()
    part = jump.to_part_id
    home = editor_client.get(reverse("admin:index")).content.decode()
    assert CHECK in home and "请核对：" in check_jumps()

    response = confirm(editor_client, jump)

    assert response.status_code == 302
    jump.refresh_from_db()
    assert (jump.state, jump.to_part_id, jump.page_misprinted) == (JumpState.MANUAL, part, False)
    assert continuation_on("A2", "据统计").article_id == jump.part.article_id  # (never split)
    entry = LogEntry.objects.get(object_id=str(jump.pk))
    assert (
        entry.user.username == "desk-editor" and "核对无误：确认接续在A2版" in entry.change_message
    )
    history = reverse("admin:articles_jump_history", args=[jump.pk])
    assert "核对无误：确认接续在A2版" in editor_client.get(history).content.decode()
    assert CHECK not in editor_client.get(reverse("admin:index")).content.decode()
    listed = reverse("admin:articles_jump_changelist") + "?broken=misprint"
    assert "（下转A3版）" not in editor_client.get(listed).content.decode()
    assert "请核对：" not in check_jumps()


def test_picking_the_linked_continuation_again_confirms_it_never_loops(editor_client):
    import_pages(["A1", "A2", "A3"])
    jump = misprinted()
    page = editor_client.get(fix_url(jump))
    data = {**form_data(page, "jump-fix-form"), "action": "link", "part": jump.to_part_id}
    editor_client.post(fix_url(jump), data)
    jump.refresh_from_db()
    assert jump.state == JumpState.MANUAL and not jump.page_misprinted


def test_a_re_import_keeps_the_confirmed_link_and_asks_about_a_late_continuation(editor_client):
    import_pages(["A1", "A2", "A3"])
    confirm(editor_client, misprinted())
    import_pages(["A1", "A2"])  # the same pages again: nothing re-decided
    jump = misprinted()
    assert jump.state == JumpState.MANUAL and jump.to_part == continuation_on("A2", "据统计")
    import_pages(["A3"], {"A3": THIRD_WITH_IT})  # A3 sent again, printing a continuation
    jump = misprinted()
    assert jump.state == JumpState.MANUAL and jump.to_part == continuation_on("A2", "据统计")
    with pytest.raises(Exception, match="没有接好"):  # (its 上接 is asked about: exit 1)
        call_command("check_jumps", "--paper", "岚江日报", stdout=StringIO(), stderr=StringIO())


def test_a_link_made_by_print_order_is_confirmed_alike(editor_client, by_print_order):  # noqa: F811
    jump = Jump.objects.filter(by_print_order=True).order_by("pk").first()
    html = editor_client.get(fix_url(jump)).content.decode()
    assert f'value="{jump.to_part_id}"' in html and "核对无误：确认接续在2版" in html

    confirm(editor_client, jump)

    jump.refresh_from_db()
    assert jump.state == JumpState.MANUAL and not jump.by_print_order
    home = editor_client.get(reverse("admin:index")).content.decode()
    assert "另有 1 处按版面顺序接上，请核对" in home
