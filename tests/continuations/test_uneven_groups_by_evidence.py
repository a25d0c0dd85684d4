"""Four stories of A1 jump to A2 (``（下转A2版）``), where only two continuations answer
(``（上接A1版）``), neither repeating a headline: the markers cannot pair, and no continuation
shares enough words with a story for its score alone (a stop-53 finding: all four stayed 有歧义
and readers saw halves). What the print says besides decides where it is clear: the sentence cut
at the jump goes on under the 上接 (``…的车程缩`` / ``短到十五分钟``), a name only the two halves
share (周振华, 韩素梅), and the continuations set in the order the stories jump. Where that
evidence does not decide, or goes against the order of print, nothing is linked: the markers stay
有歧义 with their candidates and a message saying how to fix it. Either import order."""

from __future__ import annotations

from datetime import date

import pytest

from articles.continuations import jump_problems
from articles.continuations.assigning import Evidence, assignment_decide
from articles.models import Issue, Jump, JumpDirection, JumpState
from tests.factories import import_text

pytestmark = pytest.mark.django_db

HEAD = "清溪日报\n2025年9月18日　星期四\n\n"
BRIDGE = (
    "城东大桥主桥今天合龙\n\n"
    "本报讯（记者　孔明）经过两年多施工，城东大桥主桥今天上午顺利合龙。大桥全长一千六百米，"
    "主跨二百八十米，是我市第三座跨江大桥。项目指挥部负责人周振华介绍，大桥建成通车后，"
    "将把城东新区到老城区的车程缩（下转A2版）\n\n"
)
RENEWAL = (
    "老城区改造第二批开工\n\n"
    "本报讯（记者　钱进）老城区改造第二批项目昨天开工，涉及十二个老旧小区、三千多户居民，"
    "将改造管网、加装电梯并增设停车位。（下转A2版）\n\n"
)
GRAIN = (
    "秋粮收购全面展开\n\n"
    "本报讯（记者　程远）全市秋粮收购本周全面展开，四十六个收购网点同时开秤。"
    "市粮食和物资储备局副局长韩素梅说，今年中晚稻收购价格比去年（下转A2版）\n\n"
)
LIBRARY = (
    "市图书馆推出夜间阅读\n\n"
    "本报讯（记者　林沐阳）市图书馆从本周起延长开放时间，每周五、周六开放至晚上十点，"
    "读者可凭借书证预约自习座位。（下转A2版）\n"
)
A1 = HEAD + BRIDGE + RENEWAL + GRAIN + LIBRARY
BRIDGE_GOES_ON = (
    "短到十五分钟，江南江北两岸居民出行将更加便捷。周振华表示，下一步将抓紧推进桥面铺装"
    "和附属工程施工，确保年底前具备通车条件。"
)
GRAIN_GOES_ON = (
    "每斤高出五分钱，种粮农民售粮积极性明显提高。韩素梅提醒，各收购网点要做到不压级压价、"
    "不打白条，保障农民利益。"
)
CANTEEN = (
    "社区食堂开到家门口\n\n"
    "本报讯（记者　许丛军）城西街道第三家社区食堂昨天开业，六十岁以上老人就餐可享八折优惠。\n\n"
)


def a2(first: str, second: str) -> str:
    return f"{HEAD}（上接A1版）{first}\n\n{CANTEEN}（上接A1版）{second}\n"


def import_pages(pages: dict[str, str], order: tuple[str, ...]) -> None:
    for label in order:
        import_text(pages[label], label, when=date(2025, 9, 18), paper="清溪日报", slug="qingxi")


def forward_states() -> dict[str, tuple[str, str]]:
    """{story headline: (its 下转's state, the first words it goes on with)}."""
    forward = Jump.objects.filter(direction=JumpDirection.FORWARD).select_related(
        "part__article", "to_part"
    )
    return {
        j.part.article.headline: (j.state, j.to_part.text()[:6] if j.to_part else "")
        for j in forward
    }


@pytest.mark.parametrize("order", [("A1", "A2"), ("A2", "A1")], ids=["A1-first", "A2-first"])
def test_the_cut_sentence_and_names_only_the_halves_share_link_two_of_four_markers(order):
    import_pages({"A1": A1, "A2": a2(BRIDGE_GOES_ON, GRAIN_GOES_ON)}, order)
    assert forward_states() == {
        "城东大桥主桥今天合龙": (JumpState.LINKED, "短到十五分钟"),
        "老城区改造第二批开工": (JumpState.UNMATCHED, ""),
        "秋粮收购全面展开": (JumpState.LINKED, "每斤高出五分"),
        "市图书馆推出夜间阅读": (JumpState.UNMATCHED, ""),
    }
    problems = jump_problems(Issue.objects.all())
    assert sorted((p.title, p.kind) for p in problems) == [
        ("市图书馆推出夜间阅读", "unmatched"),
        ("老城区改造第二批开工", "unmatched"),
    ]


def test_evidence_against_the_order_of_print_links_nothing_and_says_how_to_fix_it():
    # The grain story's continuation set first, the bridge's second: the stories jump the
    # other way round, so the print contradicts itself and an editor decides.
    import_pages({"A1": A1, "A2": a2(GRAIN_GOES_ON, BRIDGE_GOES_ON)}, ("A1", "A2"))
    states = forward_states()
    assert {state for state, _ in states.values()} == {JumpState.AMBIGUOUS}
    (bridge,) = [p for p in jump_problems(Issue.objects.all()) if p.title == "城东大桥主桥今天合龙"]
    assert bridge.kind == "ambiguous"
    assert "请在后台点它的“处理此转版”，选定它接续的那一段" in bridge.message
    assert "A2版上没有它的下文，就点“断开：这里没有接续”" in bridge.message
    assert len(bridge.candidates) == 2 and all(c.startswith("A2版 第") for c in bridge.candidates)


def test_a_name_two_stories_share_and_no_cut_sentence_leave_that_continuation_open():
    # The renewal story quotes 周振华 too, and the bridge's text ends its sentence: the bridge's
    # continuation has one sign at most for either story. The grain story's is still clear.
    renewal = RENEWAL.replace("昨天开工，", "昨天开工，项目负责人周振华介绍，")
    bridge = BRIDGE.replace("车程缩（下转A2版）", "车程缩短一半。（下转A2版）")
    page = HEAD + bridge + renewal + GRAIN + LIBRARY
    plain_bridge = BRIDGE_GOES_ON.replace("短到十五分钟，", "")
    import_pages({"A1": page, "A2": a2(plain_bridge, GRAIN_GOES_ON)}, ("A2", "A1"))
    states = forward_states()
    assert states["城东大桥主桥今天合龙"][0] == JumpState.AMBIGUOUS
    assert states["老城区改造第二批开工"][0] == JumpState.AMBIGUOUS
    assert states["秋粮收购全面展开"] == (JumpState.LINKED, "每斤高出五分")  # (its own signs)


def test_plain_continuations_without_signs_stay_ambiguous():
    plain = "相关部门表示，将继续做好后续工作。"
    import_pages({"A1": A1, "A2": a2(plain, "群众对此普遍表示欢迎。")}, ("A1", "A2"))
    assert {state for state, _ in forward_states().values()} == {JumpState.AMBIGUOUS}


# The rules on ids alone: markers 1-4 printed in that order, continuations 10 and 11.
FOUR_TWO = {(j, p): 0.05 for j in (1, 2, 3, 4) for p in (10, 11)}
IN_PRINT = ([1, 2, 3, 4], [10, 11])


def decide(evidence):
    decision = assignment_decide(
        FOUR_TWO, telling=dict.fromkeys(FOUR_TWO, 0.0), printed=IN_PRINT, evidence=evidence
    )
    return [(j, p) for j, p, _ in decision.links], decision


def test_two_signs_and_no_rival_sign_link_in_the_order_of_print():
    links, decision = decide(
        {(1, 10): Evidence(seam=True, words=("振华",)), (3, 11): Evidence(words=("网点", "韩素梅"))}
    )
    assert links == [(1, 10), (3, 11)] and decision.ambiguous == []


def test_one_sign_is_not_enough_and_a_rival_sign_blocks_the_pair():
    links, _ = decide({(1, 10): Evidence(seam=True)})
    assert links == []
    links, _ = decide({(1, 10): Evidence(seam=True, words=("振华",)), (2, 10): Evidence(seam=True)})
    assert links == []


def test_pairs_against_the_order_of_print_link_nothing():
    links, decision = decide(
        {(3, 10): Evidence(seam=True, words=("振华",)), (1, 11): Evidence(words=("网点", "韩素梅"))}
    )
    assert links == [] and len(decision.ambiguous) == 4


def test_a_clash_is_no_candidate():
    # Story 2 ends its sentence; continuation 11 opens with ``，``: it cannot go on story 2.
    _, decision = decide({(2, 11): Evidence(clash=True)})
    assert dict((j, near) for j, near, _ in decision.ambiguous)[2] == [10]
