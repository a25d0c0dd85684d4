"""``check_jumps`` lists the links made by the order of print alone (``Jump.by_print_order``,
the desk's ``?broken=order``: the k-th 下转 of 1版 to the k-th 上接 of 2版, nothing printed to
tell the pairs apart) as it lists links to another page's continuation: a ``请核对：`` line each
with the fix page's address (处理此转版, where 核对无误 confirms it), in ``--json`` as
``print_order_links``, counted in the summary; whole, so the exit status stays 0. Before, it
said ``所有转版均已接好`` and nothing else. One an editor confirmed is no longer listed."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.continuations import jump_confirm
from articles.models import Jump
from tests.admin.test_desk_home_print_order_links import by_print_order  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def check_jumps(*flags) -> str:
    out = StringIO()
    call_command("check_jumps", "--paper", "清溪日报", *flags, stdout=out, stderr=StringIO())
    return out.getvalue()


def linked_by_order() -> list[Jump]:
    return list(Jump.objects.filter(by_print_order=True).order_by("part__position"))


def fix(jump: Jump) -> str:
    return reverse("admin:articles_jump_fix", args=[jump.pk])


def test_each_is_a_please_check_line_with_its_fix_page(by_print_order):  # noqa: F811
    first, second = linked_by_order()
    lines = check_jumps().splitlines()  # (exit status 0: raises otherwise)
    assert lines == [
        "请核对：清溪日报 2025-09-18 1版 第1篇“城东大桥主桥今天合龙”（下转2版）已接 2版 第1篇"
        "（按版面顺序接上：没有重复的标题或相同的词语可据，请核对；"
        "接错了在后台“转版标记”中点它的“处理此转版”，改选或断开）",
        f"  处理此转版：{fix(first)}",
        "请核对：清溪日报 2025-09-18 1版 第2篇“老城区改造第二批开工”（下转2版）已接 2版 第3篇"
        "（按版面顺序接上：没有重复的标题或相同的词语可据，请核对；"
        "接错了在后台“转版标记”中点它的“处理此转版”，改选或断开）",
        f"  处理此转版：{fix(second)}",
        "共检查 1 期：所有转版均已接好（其中 2 处按版面顺序接上，请核对）",
    ]


def test_json_carries_them_with_the_fix_page(by_print_order):  # noqa: F811
    first, second = linked_by_order()
    report = json.loads(check_jumps("--json"))
    assert report["ok"] and report["problems"] == [] and report["misprint_links"] == []
    links = report["print_order_links"]
    assert [link["jump_id"] for link in links] == [first.pk, second.pk]
    assert [link["fix_url"] for link in links] == [fix(first), fix(second)]
    assert (links[0]["page"], links[0]["number"], links[0]["marker"]) == ("1", 1, "（下转2版）")
    assert (links[0]["linked_page"], links[0]["linked_number"]) == ("2", 1)
    assert links[0]["message"].startswith("已接 2版 第1篇（按版面顺序接上：")
    assert links[1]["line"].startswith("清溪日报 2025-09-18 1版 第2篇“老城区改造第二批开工”")


def test_one_an_editor_confirmed_is_no_longer_listed(by_print_order):  # noqa: F811
    first, second = linked_by_order()
    jump_confirm(jump=first)
    lines = check_jumps().splitlines()
    assert f"  处理此转版：{fix(first)}" not in lines and f"  处理此转版：{fix(second)}" in lines
    assert lines[-1] == "共检查 1 期：所有转版均已接好（其中 1 处按版面顺序接上，请核对）"
    assert [link["jump_id"] for link in json.loads(check_jumps("--json"))["print_order_links"]] == [
        second.pk
    ]
