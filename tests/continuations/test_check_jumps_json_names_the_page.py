"""``check_jumps --json`` names the page each problem's jump points at (``target``), for the
backward half (上接: the page it came from) as for the forward one, as the text output's line
does; with the half (``direction``) and that line."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.conftest import DATA
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db
JUMPS = DATA / "jumps"


def both_outputs() -> tuple[list[str], list[dict]]:
    text, data = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("check_jumps", stdout=text, stderr=StringIO())
    with pytest.raises(CommandError):
        call_command("check_jumps", "--json", stdout=data, stderr=StringIO())
    return text.getvalue().splitlines(), json.loads(data.getvalue())["problems"]


def test_a_continuation_whose_page_was_never_imported_names_that_page_in_both():
    import_text((JUMPS / "chain-A5.txt").read_text(encoding="utf-8"), "A5")
    lines, problems = both_outputs()
    assert lines == [
        "南通日报 2020-07-09 A5版 第1篇“禁渔”（上接A2版）：目标版面尚未导入（它接自A2版，A2版还没有导入）"
    ]
    [problem] = problems
    assert (problem["target"], problem["direction"], problem["kind"]) == (
        "A2",
        "backward",
        "missing-page",
    )
    assert problem["line"] == lines[0]


def test_an_orphan_continuation_names_the_page_it_says_it_came_from_in_both():
    import_seed()
    import_text((JUMPS / "orphan-A2.txt").read_text(encoding="utf-8"), "A2")
    lines, problems = both_outputs()
    [problem] = problems
    assert (problem["target"], problem["direction"], problem["kind"]) == (
        "A1",
        "backward",
        "orphan",
    )
    assert "（A1版上没有转到这里的稿件）" in lines[0] and problem["line"] == lines[0]


def test_the_forward_half_names_its_page_whatever_the_problem():
    import_text((JUMPS / "tie-A1.txt").read_text(encoding="utf-8"), "A1")
    import_text("今日要闻\n\n本报讯（记者李明）这一版没有任何接续的稿件。\n", "A2")
    lines, problems = both_outputs()
    assert [(p["target"], p["direction"], p["kind"]) for p in problems] == [
        ("A2", "forward", "unmatched")
    ]
    assert [p["line"] for p in problems] == lines
