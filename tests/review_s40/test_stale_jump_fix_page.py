"""The jump fix page acts on what the editor saw, however stale: a colleague's link is undone.

Two editors open the fix page of the same ambiguous ``（下转A2版）`` (编辑部首页 lists it with a
处理 link for everyone). Editor B picks the first candidate: the story now reads on into it.
Editor A, whose page still shows the jump as ambiguous, picks the second and presses 接续到所选分段:
the link is silently replaced — B's decision is undone, the continuation B chose is cut off
again, and neither is told that the page was out of date. The same holds for 断开 over a link
the resolver made meanwhile (a late page came in): the continuation is taken off a story
readers may be reading. README (The editors' desk): "A stale form is refused: every story,
part, photo, page, teaser and issue form carries the version it was opened at … if … another
editor saved … meanwhile, the save … is refused with “已被修改” … nothing is overwritten";
Continuations: "Editors fix jumps in the admin (pick the continuation, unlink, or hand back to
the resolver); their decisions survive re-import" — but not another editor's stale page. The
fix page's form carries nothing but the chosen part (``articles/forms/desk.py``
``JumpFixForm``).

Steps: import tests/data/jumps/tie-A1.txt and tie-A2.txt (2020-07-10); open the ambiguous
jump's 处理 page in two windows; link candidate 1 in the first; link candidate 2 in the second.
"""

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import JumpState
from tests.admin.conftest import editor, editor_client, groups, staff, tie  # noqa: F401

pytestmark = pytest.mark.django_db


def test_a_stale_fix_page_does_not_undo_a_colleagues_link(editor_client, groups, tie):  # noqa: F811
    url = reverse("admin:articles_jump_fix", args=[tie.pk])
    first, second = tie.candidates.order_by("position")
    assert editor_client.get(url).status_code == 200  # editor A opens the page

    colleague = Client()
    colleague.force_login(staff("desk-colleague", groups[0]))
    assert colleague.get(url).status_code == 200
    assert colleague.post(url, {"action": "link", "part": first.pk}).status_code == 302
    tie.refresh_from_db()
    assert (tie.state, tie.to_part_id) == (JumpState.MANUAL, first.pk)

    editor_client.post(url, {"action": "link", "part": second.pk})  # A's page is stale
    tie.refresh_from_db()
    assert tie.to_part_id == first.pk
