"""check_jumps: every broken chain, line by line, and an exit status that can gate publishing."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.conftest import DATA
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db
JUMPS = DATA / "jumps"


def check(*args):
    out = StringIO()
    try:
        call_command("check_jumps", *args, stdout=out, stderr=StringIO())
    except CommandError as exc:
        return out.getvalue().splitlines(), exc.returncode, str(exc)
    return out.getvalue().splitlines(), 0, ""


def test_whole_chains_exit_zero():
    import_seed()
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    lines, status, _ = check("--date", "2020-07-09")
    assert (lines, status) == (["1 issue(s) checked: every jump is whole"], 0)


def test_a2_never_imported_lists_each_marker():
    import_seed()
    lines, status, summary = check("--paper", "nantong-daily", "--date", "2020-07-09")
    assert lines == [
        "南通日报 2020-07-09 A1 #2 “推进重点工程和重大项目不断取得新突破 发挥指挥部体制机制优势” （下转A2版）: page A2 was never imported",
        "南通日报 2020-07-09 A1 #3 “全市打好污染防治攻坚战” （下转A2版）: page A2 was never imported",
        "南通日报 2020-07-09 A1 #4 “千企联千村、共走振兴路” （下转A2版）: page A2 was never imported",
        "南通日报 2020-07-09 A1 #6 “用党建品牌让社会组织“亮心”” （下转A2版）: page A2 was never imported",
    ]
    assert (status, summary) == (1, "4 broken jump(s) in 1 issue(s)")


def test_orphan_continuation_is_reported():
    import_seed()
    import_text((JUMPS / "orphan-A2.txt").read_text(encoding="utf-8"), "A2")
    lines, status, _ = check("--since", "2020-01-01")
    assert lines == [
        "南通日报 2020-07-09 A2 #3 “港口集装箱吞吐量创新高” （上接A1版）: "
        "a continuation with no forward marker on page A1 that leads to it"
    ]
    assert status == 1


def test_ambiguous_match_lists_its_candidates():
    import_text((JUMPS / "tie-A1.txt").read_text(encoding="utf-8"), "A1")
    import_text((JUMPS / "tie-A2.txt").read_text(encoding="utf-8"), "A2")
    lines, status, _ = check()
    assert lines[0] == (
        "南通日报 2020-07-09 A1 #1 “城市绿道建设提速” （下转A2版）: ambiguous between "
        "A2版 第1篇“城市绿道建设提速”, A2版 第2篇“城市绿道建设提速”; pick one in the admin"
    )
    assert status == 1


def test_marker_pointing_to_a_page_where_nothing_matches():
    import_text((JUMPS / "tie-A1.txt").read_text(encoding="utf-8"), "A1")
    import_text("今日要闻\n\n本报讯（记者李明）这一版没有任何接续的稿件。\n", "A2")
    lines, status, _ = check()
    assert lines == [
        "南通日报 2020-07-09 A1 #1 “城市绿道建设提速” （下转A2版）: nothing on page A2 continues it "
        "(no part there starts with 上接A1版 and fits)"
    ]
    assert status == 1


def test_continuation_whose_page_was_never_imported():
    import_text((JUMPS / "chain-A5.txt").read_text(encoding="utf-8"), "A5")
    lines, _, _ = check()
    assert lines == [
        "南通日报 2020-07-09 A5 #1 “禁渔” （上接A2版）: continues page A2, which was never imported"
    ]


def test_json_report():
    import_seed()
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("check_jumps", "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["issues"] == 1
    assert [p["kind"] for p in report["problems"]] == ["missing-page"] * 4


def test_bad_arguments_are_clear_errors():
    import_seed()
    with pytest.raises(CommandError, match="不是日期"):
        call_command("check_jumps", "--date", "July")
    with pytest.raises(CommandError, match="no paper 'nope'"):
        call_command("check_jumps", "--paper", "nope")


def test_a2_imported_before_a1_and_chinese_numbering_end_whole():
    seed_text = (JUMPS.parent.parent.parent / "seeds/nantong-daily/2020-07-09/A1.txt").read_text(
        encoding="utf-8"
    )
    a2 = (JUMPS / "A2.txt").read_text(encoding="utf-8")
    import_text(a2.replace("（上接A1版）", "（上接第一版）").replace("A2  要闻", ""), "2")
    import_text(seed_text.replace("（下转A2版）", "（下轉第二版）"), "1")
    lines, status, _ = check("--date", "2020-07-09")
    assert (lines, status) == (["1 issue(s) checked: every jump is whole"], 0)


def test_a_three_page_chain_ends_whole():
    for label in ("A5", "A1", "A2"):
        import_text((JUMPS / f"chain-{label}.txt").read_text(encoding="utf-8"), label)
    lines, status, _ = check()
    assert (lines, status) == (["1 issue(s) checked: every jump is whole"], 0)


def test_a_loop_is_reported():
    import_text("甲稿\n\n（上接A2版）甲稿的正文从这里开始，（下转A2版）\n", "A1")
    import_text("甲稿\n\n（上接A1版）甲稿的正文在这里继续，（下转A1版）\n", "A2")
    lines, status, _ = check()
    assert (
        "南通日报 2020-07-09 A2 #1 “甲稿” （下转A1版）: the continuation it matches is part of "
        "the same story (a loop)"
    ) in lines
    assert status == 1
