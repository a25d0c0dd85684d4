"""Two stories of page 1 jump to page 2, where their two continuations stand in the order the
stories jump (the first 上接 under the first 下转's story), neither repeating a headline. The
text alone prefers the other pairing, by too little to link by (a word of the second story in
the first continuation), so both stayed 有歧义 (a stop-54 leftover). The print says more: the
first story's sentence is cut at its jump (``…的车程缩``) and goes on under the first 上接
(``短到十五分钟``): with that sign agreeing with the order of print and none against it, the
order of print links them. A sign against the order of print, or a clash in it, leaves them
有歧义 as before. Either import order."""

from __future__ import annotations

from datetime import date

import pytest

from articles.continuations import jump_problems
from articles.continuations.assigning import Evidence, assignment_decide
from articles.models import Issue, Jump, JumpDirection, JumpState
from tests.factories import import_text

pytestmark = pytest.mark.django_db

HEAD = "清溪日报\n2025年9月18日　星期四\n\n"
FRONT = HEAD + (
    "城东大桥主桥今天合龙\n\n"
    "本报讯（记者　孔明）经过两年多施工，城东大桥主桥今天上午顺利合龙。大桥建成通车后，"
    "将把城东新区到老城区的车程缩（下转2版）\n\n"
    "老城区改造第二批开工\n\n"
    "本报讯（记者　钱进）老城区改造第二批项目昨天开工，涉及十二个老旧小区、三千多户居民，"
    "将改造管网、加装电梯并增设停车位。（下转2版）\n"
)
BRIDGE_GOES_ON = "短到十五分钟，居民出行将更加便捷。"
RENEWAL_GOES_ON = "各社区将成立议事会，方案经讨论通过后再动工，工期内设临时便民点。"
CANTEEN = (
    "社区食堂开到家门口\n\n"
    "本报讯（记者　许丛军）城西街道第三家社区食堂昨天开业，六十岁以上老人就餐可享八折优惠。\n\n"
)


def inside(first: str, second: str) -> str:
    return f"{HEAD}（上接1版）{first}\n\n{CANTEEN}（上接1版）{second}\n"


def import_pages(pages: dict[str, str], order: tuple[str, ...]) -> None:
    for label in order:
        import_text(pages[label], label, when=date(2025, 9, 18), paper="清溪日报", slug="qingxi")


def forward_states() -> dict[str, tuple[str, str]]:
    forward = Jump.objects.filter(direction=JumpDirection.FORWARD).select_related(
        "part__article", "to_part"
    )
    return {
        j.part.article.headline: (j.state, j.to_part.text()[:6] if j.to_part else "")
        for j in forward
    }


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")], ids=["1-first", "2-first"])
def test_a_cut_sentence_agreeing_with_the_order_of_print_links_in_that_order(order):
    import_pages({"1": FRONT, "2": inside(BRIDGE_GOES_ON, RENEWAL_GOES_ON)}, order)
    assert forward_states() == {
        "城东大桥主桥今天合龙": (JumpState.LINKED, "短到十五分钟"),
        "老城区改造第二批开工": (JumpState.LINKED, "各社区将成立"),
    }
    assert jump_problems(Issue.objects.all()) == []


def test_without_the_cut_sentence_the_weak_words_leave_both_ambiguous():
    front = FRONT.replace("车程缩（下转2版）", "车程缩短一半。（下转2版）")
    import_pages({"1": front, "2": inside(BRIDGE_GOES_ON, RENEWAL_GOES_ON)}, ("1", "2"))
    assert {state for state, _ in forward_states().values()} == {JumpState.AMBIGUOUS}


# The rule on ids alone: markers 1, 2 printed in that order, continuations 10, 11; the text
# prefers 1→11, 2→10 by 0.05 (under MARGIN): too little to link by.
TWO_TWO = {(1, 10): 0.05, (1, 11): 0.10, (2, 10): 0.10, (2, 11): 0.10}
IN_PRINT = ([1, 2], [10, 11])


def decide(evidence, scores=TWO_TWO):
    decision = assignment_decide(
        scores, telling=dict.fromkeys(scores, 0.0), printed=IN_PRINT, evidence=evidence
    )
    return sorted((j, p) for j, p, _ in decision.links), decision


def test_without_evidence_a_weak_preference_against_print_order_links_nothing():
    links, decision = decide({})
    assert links == [] and len(decision.ambiguous) == 2


def test_one_sign_for_a_pair_in_print_order_links_the_order():
    links, decision = decide({(1, 10): Evidence(seam=True)})
    assert links == [(1, 10), (2, 11)] and decision.ambiguous == []
    links, _ = decide({(2, 11): Evidence(words=("韩素梅",))})
    assert links == [(1, 10), (2, 11)]


def test_a_sign_against_the_order_of_print_or_a_clash_in_it_links_nothing():
    links, _ = decide({(1, 10): Evidence(seam=True), (1, 11): Evidence(words=("网点",))})
    assert links == []
    links, _ = decide({(1, 10): Evidence(seam=True), (2, 11): Evidence(clash=True)})
    assert links == []


def test_a_text_clearly_against_the_order_of_print_is_not_overruled():
    clear = {(1, 10): 0.0, (1, 11): 0.5, (2, 10): 0.5, (2, 11): 0.0}
    links, _ = decide({(1, 10): Evidence(seam=True)}, clear)
    assert links == [(1, 11), (2, 10)]


def test_a_seam_alone_before_the_words_are_read_links_nothing():
    # The resolver reads the seams first and the words only when that leaves a marker open: a
    # telling word against the order of print may not have been looked for yet.
    links, _ = decide({(1, 10): Evidence(seam=True, read_words=False)})
    assert links == []
