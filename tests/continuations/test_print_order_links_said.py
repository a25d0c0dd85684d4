"""A link made by the order of print alone (the k-th 下转 to the k-th 上接, nothing printed to
tell the pairs apart) is the weaker kind: it is marked on the jump (``Jump.by_print_order``) and
said as such wherever the link is named: the import report (command, ``--json``), and the
desk's state (``已接续（按版面顺序接上，请核对）``). A link the text, a sign of the print, or an
editor made is not."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from articles.continuations import jump_link_manually, jump_unlink
from articles.continuations.assigning import Evidence, assignment_decide
from articles.models import BY_PRINT_ORDER_LABEL, ArticlePart, Jump, JumpDirection, JumpState

pytestmark = pytest.mark.django_db

DAY = date(2025, 9, 18)
HEAD = "清溪日报\n2025年9月18日　星期四\n\n"
FRONT = HEAD + (
    "城东大桥主桥今天合龙\n\n"
    "本报讯（记者　孔明）经过两年多施工，城东大桥主桥今天上午顺利合龙。大桥建成通车后，"
    "城东新区到老城区的车程将缩短一半。（下转2版）\n\n"
    "老城区改造第二批开工\n\n"
    "本报讯（记者　钱进）老城区改造第二批项目昨天开工，涉及十二个老旧小区、三千多户居民，"
    "将改造管网、加装电梯并增设停车位。（下转2版）\n"
)
SECOND = HEAD + (
    "（上接1版）预计明年五月底前完工。\n\n"
    "社区食堂开到家门口\n\n"
    "本报讯（记者　许丛军）城西街道第三家社区食堂昨天开业，六十岁以上老人就餐可享八折优惠。\n\n"
    "（上接1版）有意见可以打电话反映。\n"
)


def run_import(tmp_path, *extra: str) -> str:
    for label, text in (("1", FRONT), ("2", SECOND)):
        (tmp_path / f"{label}.txt").write_text(text, encoding="utf-8")
    out = StringIO()
    flags = ("--paper", "清溪日报", "--date", DAY.isoformat(), "--workers", "0", *extra)
    call_command("import_pages", str(tmp_path), *flags, stdout=out, stderr=StringIO())
    return out.getvalue()


def forward() -> list[Jump]:
    return list(Jump.objects.filter(direction=JumpDirection.FORWARD).order_by("part__position"))


def test_the_rule_says_which_links_the_order_of_print_made():
    nothing = dict.fromkeys([(1, 10), (1, 11), (2, 10), (2, 11)], 0.0)
    assert assignment_decide(nothing, printed=([1, 2], [10, 11])).by_print_order == {1, 2}
    clear = {(1, 10): 0.0, (1, 11): 0.7, (2, 10): 0.6, (2, 11): 0.0}
    assert assignment_decide(clear, printed=([1, 2], [10, 11])).by_print_order == set()
    # the order of print with a sign for one pair: that pair is the sign's, the other the order's
    weak = {(1, 10): 0.05, (1, 11): 0.10, (2, 10): 0.10, (2, 11): 0.10}
    decision = assignment_decide(
        weak,
        telling=dict.fromkeys(weak, 0.0),
        printed=([1, 2], [10, 11]),
        evidence={(1, 10): Evidence(seam=True)},
    )
    assert [(j, p) for j, p, _ in decision.links] == [(1, 10), (2, 11)]
    assert decision.by_print_order == {2}


def test_the_import_report_says_the_links_made_by_the_order_of_print(tmp_path):
    out = run_import(tmp_path)
    jumps = forward()
    assert [j.state for j in jumps] == [JumpState.LINKED, JumpState.LINKED]
    assert all(j.by_print_order for j in jumps)
    assert [j.plain_state_label() for j in jumps] == [BY_PRINT_ORDER_LABEL] * 2
    assert "2 处转版按版面顺序接上" in out
    assert "1版 第1篇“城东大桥主桥今天合龙”（下转2版）接 2版 第1篇" in out


def test_the_json_report_lists_them(tmp_path):
    data = json.loads(run_import(tmp_path, "--json"))
    pages = {page["label"]: page for page in data["pages"]}
    assert pages["1"]["print_order_links"] == [
        "1版 第1篇“城东大桥主桥今天合龙”（下转2版）接 2版 第1篇",
        "1版 第2篇“老城区改造第二批开工”（下转2版）接 2版 第3篇",
    ]
    assert pages["2"]["print_order_links"] == []
    kinds = [clause["kind"] for clause in pages["1"]["clauses"]]
    assert "print_order_links" in kinds


def test_an_editors_link_is_no_longer_one_of_them(tmp_path):
    run_import(tmp_path)
    first, _ = forward()
    part = first.to_part
    jump_unlink(jump=first)
    first.refresh_from_db()
    jump_link_manually(jump=first, part=ArticlePart.objects.get(pk=part.pk))
    first.refresh_from_db()
    assert first.state == JumpState.MANUAL and not first.by_print_order
    assert first.plain_state_label() == JumpState.MANUAL.label
