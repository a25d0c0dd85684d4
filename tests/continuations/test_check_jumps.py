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
    assert (lines, status) == (["共检查 1 期：所有转版均已接好"], 0)


def test_a2_never_imported_lists_each_marker():
    import_seed()
    lines, status, summary = check("--paper", "nantong-daily", "--date", "2020-07-09")
    assert lines == [
        f"南通日报 2020-07-09 A1版 第{n}篇“{title}”（下转A2版）：目标版面尚未导入（A2版还没有导入；导入后会自动接上）"
        for n, title in [
            (2, "推进重点工程和重大项目不断取得新突破 发挥指挥部体制机制优势"),
            (3, "全市打好污染防治攻坚战"),
            (4, "千企联千村、共走振兴路"),
            (5, "用党建品牌让社会组织“亮心”"),
        ]
    ]
    assert (status, summary) == (1, "共检查 1 期：4 处转版没有接好")


def test_orphan_continuation_is_reported():
    import_seed()
    import_text((JUMPS / "orphan-A2.txt").read_text(encoding="utf-8"), "A2")
    lines, status, _ = check("--since", "2020-01-01")
    assert lines == [
        "南通日报 2020-07-09 A2版 第3篇“港口集装箱吞吐量创新高”（上接A1版）："
        "有“上接”却找不到对应的“下转”（A1版上没有转到这里的稿件）"
    ]
    assert status == 1


def test_ambiguous_match_lists_its_candidates():
    import_text((JUMPS / "tie-A1.txt").read_text(encoding="utf-8"), "A1")
    import_text((JUMPS / "tie-A2.txt").read_text(encoding="utf-8"), "A2")
    lines, status, _ = check()
    assert lines[0] == (
        "南通日报 2020-07-09 A1版 第1篇“城市绿道建设提速”（下转A2版）：有歧义：有几段接续都可能"
        "是它的下文，重复的标题、共有的人名地名、句子的接缝和版面上的先后都定不下它接哪一段："
        "请在后台点它的“处理此转版”，选定它接续的那一段；A2版上没有它的下文，就点“断开：这里没有接续”"
        "（候选：A2版 第1篇“城市绿道建设提速”；A2版 第2篇“城市绿道建设提速”）"
    )
    assert status == 1


def test_marker_pointing_to_a_page_where_nothing_matches():
    import_text((JUMPS / "tie-A1.txt").read_text(encoding="utf-8"), "A1")
    import_text("今日要闻\n\n本报讯（记者李明）这一版没有任何接续的稿件。\n", "A2")
    lines, status, _ = check()
    assert lines == [
        "南通日报 2020-07-09 A1版 第1篇“城市绿道建设提速”（下转A2版）：目标版面上没有与之对应的接续"
        "（A2版上没有以“上接A1版”开头并对得上的稿件）"
    ]
    assert status == 1


def test_continuation_whose_page_was_never_imported():
    import_text((JUMPS / "chain-A5.txt").read_text(encoding="utf-8"), "A5")
    lines, _, _ = check()
    assert lines == [
        "南通日报 2020-07-09 A5版 第1篇“禁渔”（上接A2版）：目标版面尚未导入（它接自A2版，A2版还没有导入）"
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
    with pytest.raises(CommandError, match="没有名为 'nope' 的报纸"):
        call_command("check_jumps", "--paper", "nope")


def test_a2_imported_before_a1_and_chinese_numbering_end_whole():
    seed_text = (JUMPS.parent.parent.parent / "seeds/nantong-daily/2020-07-09/A1.txt").read_text(
        encoding="utf-8"
    )
    a2 = (JUMPS / "A2.txt").read_text(encoding="utf-8")
    import_text(a2.replace("（上接A1版）", "（上接第一版）").replace("A2  要闻", ""), "2")
    import_text(seed_text.replace("（下转A2版）", "（下轉第二版）"), "1")
    lines, status, _ = check("--date", "2020-07-09")
    assert (lines, status) == (["共检查 1 期：所有转版均已接好"], 0)


def test_a_three_page_chain_ends_whole():
    for label in ("A5", "A1", "A2"):
        import_text((JUMPS / f"chain-{label}.txt").read_text(encoding="utf-8"), label)
    lines, status, _ = check()
    assert (lines, status) == (["共检查 1 期：所有转版均已接好"], 0)


def test_a_loop_is_reported():
    import_text("甲稿\n\n（上接A2版）甲稿的正文从这里开始，（下转A2版）\n", "A1")
    import_text("甲稿\n\n（上接A1版）甲稿的正文在这里继续，（下转A1版）\n", "A2")
    lines, status, _ = check()
    assert (
        "南通日报 2020-07-09 A2版 第1篇“甲稿”（下转A1版）：接续形成循环（对上的接续属于这篇稿件自己）"
    ) in lines
    assert status == 1


def test_an_empty_archive_says_nothing_was_imported_yet():
    with pytest.raises(CommandError, match="没有符合条件的期：还没有导入任何一期"):
        call_command("check_jumps", stdout=StringIO())


def test_a_date_with_no_issue_names_the_option_to_check():
    import_seed()
    with pytest.raises(CommandError, match="没有符合条件的期：请检查 --paper、--since"):
        call_command(
            "check_jumps", "--paper", "南通日报", "--since", "2030-01-01", stdout=StringIO()
        )
