"""Two stories of page 1 jump to page 2, where their two continuations carry no repeated
headline and share few words with the stories they end: no pair scores enough to be linked by
its text alone. Set in the order the stories jump (the first 上接 under the first 下转's story),
as papers set them, and the text preferring no other way, they are linked in that order (a
reviewer's finding: all four stayed open, and ``check_jumps`` said page 1 had no marker leading
here). Set otherwise, the text pointing (weakly) the other way, each 下转 is left 有歧义 with
the continuations it could take, for an editor to pick, and each 上接 says page 1 has markers
that may lead to it, in ``check_jumps`` and in the page's import line. Nothing is linked against
what the text says."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from articles.continuations.matching import MIN_SCORE, assignment_decide
from articles.continuations.problems import jump_problems
from articles.models import Issue, Jump, JumpDirection, JumpState

pytestmark = pytest.mark.django_db

FRONT = (
    "城东大桥合龙\n\n"
    "本报讯（记者孔明）城东大桥昨天上午顺利合龙，这座大桥是我市跨江通道的重要组成部分，"
    "全长一千六百米。（下转2版）\n\n"
    "老城区改造启动\n\n"
    "本报讯（记者钱进）老城区改造工程昨天正式启动，涉及十二个老旧小区、三千多户居民，"
    "将改造管网、加装电梯并增设停车位。（下转2版）\n"
)
BRIDGE_GOES_ON = "施工人员克服汛期影响，先后攻克深水基础、钢箱梁吊装等难题，比原计划提前两个月。"
RENEWAL_GOES_ON = "各小区将成立议事会，方案经居民讨论通过后再开工，工期内设临时便民点。"
SPORTS = (
    "秋季运动会开幕\n\n"
    "本报讯（记者程远）第十届市民秋季运动会昨天开幕，共设二十个比赛项目，参赛运动员八百余名。\n\n"
)
INSIDE = f"（上接1版）{BRIDGE_GOES_ON}\n\n{SPORTS}（上接1版）{RENEWAL_GOES_ON}\n"
# The renewal's continuation set first; the bridge's names the bridge (大桥, 合龙), a little
# against the order of print.
BRIDGE_NAMED = BRIDGE_GOES_ON.replace("比原计划", "大桥比原计划").replace(
    "两个月。", "两个月合龙。"
)
INSIDE_SWAPPED = f"（上接1版）{RENEWAL_GOES_ON}\n\n{SPORTS}（上接1版）{BRIDGE_NAMED}\n"


def import_both(tmp_path, inside: str = INSIDE_SWAPPED) -> str:
    """Import page 1, then page 2 printing ``inside``; returns what page 2's import said."""
    said = StringIO()
    for label, text in (("1", FRONT), ("2", inside)):
        path = tmp_path / f"{label}.txt"
        path.write_text(text, encoding="utf-8")
        call_command(
            "import_pages",
            str(path),
            *("--paper", "dongcheng-daily", "--date", "2025-06-03", "--workers", "0"),
            "--new-paper",
            stdout=said,
            stderr=StringIO(),
        )
    return said.getvalue()


def test_weak_pairs_in_the_order_of_print_link_in_that_order(tmp_path):
    import_both(tmp_path, INSIDE)
    forward = Jump.objects.filter(direction=JumpDirection.FORWARD).select_related(
        "part__article", "to_part"
    )
    assert {j.part.article.headline: j.state for j in forward} == {
        "城东大桥合龙": JumpState.LINKED,
        "老城区改造启动": JumpState.LINKED,
    }
    goes_on = {j.part.article.headline: j.to_part.blocks[0]["text"] for j in forward}
    assert goes_on == {"城东大桥合龙": BRIDGE_GOES_ON, "老城区改造启动": RENEWAL_GOES_ON}
    assert jump_problems(Issue.objects.all()) == []


def test_weak_pairs_leave_each_forward_marker_ambiguous_with_both_continuations(tmp_path):
    import_both(tmp_path)
    forward = Jump.objects.filter(direction=JumpDirection.FORWARD)
    assert forward.count() == 2
    for jump in forward:
        assert jump.state == JumpState.AMBIGUOUS
        assert jump.candidates.count() == 2
    assert not Jump.objects.filter(state=JumpState.LINKED).exists()


def test_check_jumps_says_page_one_has_markers_that_may_lead_here(tmp_path):
    said = import_both(tmp_path)
    assert "2版：新建；3 篇稿件、0 张图片、0 条导读；2 处转版待接（2 处有歧义）" in said
    assert "没有转到本版" not in said
    problems = jump_problems(Issue.objects.all())
    backward = [p for p in problems if p.marker.startswith("（上接")]
    assert len(backward) == 2
    for problem in backward:
        assert problem.kind == "ambiguous"
        assert "1版有几处“下转”都可能接到这里" in problem.message
        assert "“城东大桥合龙”" in problem.message and "“老城区改造启动”" in problem.message
        assert "没有转到这里" not in problem.message


def test_a_clear_pair_still_links_and_the_weak_one_left_is_taken_by_elimination():
    decision = assignment_decide({(1, 10): 0.9, (1, 11): 0.1, (2, 10): 0.1, (2, 11): 0.05})
    assert decision.links == [(1, 10, 0.9), (2, 11, 0.05)]
    assert decision.ambiguous == []


def test_weak_pairs_alone_are_ambiguous_best_first():
    weak = MIN_SCORE / 2
    decision = assignment_decide({(1, 10): weak, (1, 11): weak / 2, (2, 10): 0.0, (2, 11): weak})
    assert decision.links == []
    assert decision.ambiguous == [(1, [10, 11], weak), (2, [11, 10], weak)]
