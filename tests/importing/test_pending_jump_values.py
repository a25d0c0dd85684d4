"""A page's open jumps reach the report as values (:class:`PendingJump`): the text report says
where they wait from them, and --json keeps its list of lines and adds the values beside it."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing.reports import PendingJump, pending_where

pytestmark = pytest.mark.django_db

PAGE = (
    "南湖大桥主体合龙\n"
    "本报讯（记者石磊）南湖大桥主体工程昨天合龙，大桥全长一千二百米，"
    "预计年底通车，届时南北两岸车程缩短二十分钟。（下转A7版）\n"
)
FLAGS = ("--paper", "南湖日报", "--date", "2023-10-12", "--workers", "0")


def test_the_json_report_keeps_the_lines_and_adds_the_values(tmp_path):
    path = tmp_path / "A1.txt"
    path.write_text(PAGE, encoding="utf-8")
    out = StringIO()
    call_command("import_pages", str(path), *FLAGS, "--json", stdout=out, stderr=StringIO())
    (page,) = json.loads(out.getvalue())["pages"]
    assert page["pending_jumps"] == ["A1 #1 （下转A7版） → A7 (待目标版面)"]
    assert page["pending_jump_details"] == [
        {
            "page": "A1",
            "position": 1,
            "marker": "（下转A7版）",
            "target_page": "A7",
            "state": "pending",
            "state_label": "待目标版面",
        }
    ]


def test_where_open_jumps_wait_is_said_from_their_values_not_their_lines():
    # A marker as printed may hold what the old line format used to separate its parts.
    odd = PendingJump("A2", 3, "（下转A5版 → 见 (上)）", "A5", "pending", "待目标版面")
    torn = PendingJump("A2", 4, "（下转A6版）", "A6", "ambiguous", "有歧义")
    assert pending_where([odd, torn]) == "（A5版尚未导入；1 处有歧义）"


CONTINUED = "（上接A1版）大桥两端的引桥同步施工，南引桥已经完成桥面铺装，北引桥预计下月完工。\n"


def test_a_continuation_whose_page_is_imported_but_sends_nothing_here_says_so(tmp_path):
    # A1 sends its story to A7; A3 says it continues from A1: A1 is imported, nothing waits.
    front, third = tmp_path / "A1.txt", tmp_path / "A3.txt"
    front.write_text(PAGE, encoding="utf-8")
    third.write_text(CONTINUED, encoding="utf-8")
    call_command("import_pages", str(front), *FLAGS, stdout=StringIO(), stderr=StringIO())
    out = StringIO()
    call_command("import_pages", str(third), *FLAGS, stdout=out, stderr=StringIO())
    assert "1 处转版待接（A1版没有转到本版的“下转”）" in out.getvalue()
    assert "尚未导入" not in out.getvalue()
    # Before A1 is imported it waits for A1.
    assert pending_where([PendingJump("A3", 1, "（上接A1版）", "A1", "pending", "待目标版面")]) == (
        "（A1版尚未导入）"
    )
