"""A front page's 导读 box closes an entry with the page it points to as a jump marker
(``经过两年多施工，…顺利合龙。（下转A3版）``): it leads to the story A3 prints under its own
headline, not to a continuation. A story of A1 jumps to A3 too (``（下转A3版）``), and A3 has one
``（上接A1版）``: two 下转 competed for one 上接 and neither linked (有歧义; a stop-54 leftover).
The teaser's marker leaves the group, told by what the pages' rows say (the entry shaped as a
teaser, in the box: under its label, beside its other teasers, or announcing a story that starts
on A3), and the story's pair links. Either import order."""

from __future__ import annotations

from datetime import date

import pytest

from articles.continuations import jump_problems
from articles.models import Issue, Jump, JumpDirection, JumpState
from tests.factories import import_text

pytestmark = pytest.mark.django_db

HEAD = "清溪日报\n2025年9月18日　星期四\n\n"
ENTRY = "城东大桥主桥今天合龙\n经过两年多施工，城东大桥主桥今天上午顺利合龙。（下转A3版）\n\n"
ROW = "中秋月饼礼盒“瘦身”了\n■A6 城事\n\n"
STORY = (
    "老城区改造第二批开工\n\n"
    "本报讯（记者　钱进）老城区改造第二批项目昨天开工，涉及十二个老旧小区、三千多户居民，"
    "将改造管网、加装电梯并增设停车位。（下转A3版）\n"
)
A3 = HEAD + (
    "城东大桥主桥今天合龙\n\n"
    "本报讯（记者　孔明）经过两年多施工，城东大桥主桥今天上午顺利合龙。大桥全长一千六百米，"
    "主跨二百八十米，是我市第三座跨江大桥。\n\n"
    "（上接A1版）各社区将成立议事会，方案经讨论通过后再动工，工期内设临时便民点。\n"
)
FRONTS = {
    "under-label": HEAD + "今日导读\n\n" + ENTRY + STORY,
    "between-teasers": HEAD
    + "今日导读\n\n"
    + ROW
    + ENTRY
    + "老城区菜价一周回落\n■A12 民生\n\n"
    + STORY,
    "announcing": HEAD + ENTRY + STORY,
}


def forward_states() -> dict[str, str]:
    forward = Jump.objects.filter(direction=JumpDirection.FORWARD).select_related(
        "part__article", "to_part"
    )
    return {
        j.part.article.title: (j.state, j.to_part.text()[:6] if j.to_part else "") for j in forward
    }


@pytest.mark.parametrize("front", sorted(FRONTS))
@pytest.mark.parametrize("order", [("A1", "A3"), ("A3", "A1")], ids=["A1-first", "A3-first"])
def test_a_teasers_marker_leaves_the_group_and_the_storys_pair_links(front, order):
    pages = {"A1": FRONTS[front], "A3": A3}
    for label in order:
        import_text(pages[label], label, when=date(2025, 9, 18), paper="清溪日报", slug="qingxi")
    assert forward_states() == {
        "城东大桥主桥今天合龙": (JumpState.UNMATCHED, ""),
        "老城区改造第二批开工": (JumpState.LINKED, "各社区将成立"),
    }
    (teaser,) = jump_problems(Issue.objects.all())
    assert (teaser.title, teaser.kind) == ("城东大桥主桥今天合龙", "unmatched")
    assert teaser.message.startswith("导读里的转版标记：它指向A3版的稿件，不是续文")
    assert "“断开：这里没有接续”" in teaser.message


def test_a_story_shaped_marker_with_a_dateline_stays_in_the_group():
    # Two stories of A1 (datelined, signed) for one 上接: nothing tells which, as before.
    bridge = "城东大桥主桥今天合龙\n\n本报讯（记者　孔明）经过两年多施工，城东大桥主桥今天上午顺利合龙。（下转A3版）\n\n"
    for label, text in (("A1", HEAD + bridge + STORY), ("A3", A3)):
        import_text(text, label, when=date(2025, 9, 18), paper="清溪日报", slug="qingxi")
    assert {state for state, _ in forward_states().values()} == {JumpState.AMBIGUOUS}


CANTEEN_A3 = HEAD + (
    "社区食堂开到家门口\n\n"
    "本报讯（记者　许丛军）城西街道第三家社区食堂昨天开业，六十岁以上老人就餐可享八折优惠。\n\n"
    "（上接A1版）各社区将成立议事会，方案经讨论通过后再动工，工期内设临时便民点。\n"
)


@pytest.mark.parametrize("front", ["under-label", "between-teasers"])
def test_the_box_alone_tells_the_teasers_marker(front):
    # A3's head is not the story the entry announces (its words say nothing): the box does.
    for label, text in (("A3", CANTEEN_A3), ("A1", FRONTS[front])):
        import_text(text, label, when=date(2025, 9, 18), paper="清溪日报", slug="qingxi")
    assert forward_states()["老城区改造第二批开工"] == (JumpState.LINKED, "各社区将成立")


def test_an_entry_outside_any_box_announcing_nothing_stays_in_the_group():
    for label, text in (("A1", FRONTS["announcing"]), ("A3", CANTEEN_A3)):
        import_text(text, label, when=date(2025, 9, 18), paper="清溪日报", slug="qingxi")
    assert {state for state, _ in forward_states().values()} == {JumpState.AMBIGUOUS}
