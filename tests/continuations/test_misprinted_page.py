"""A 下转 whose page number was printed wrong: A1 says ``（下转A3版）``, A3 has nothing that goes
on from A1, and A2 prints ``（上接A1版）`` under the same headline, which no other 下转 took. The
import links the pair once the printed page is in and has no continuation for it, marked as the
weaker kind (``Jump.page_misprinted``: ``印的是A3版，接续在A2版：转版版次可能印错``), in any
import order; while A3 is still to come it waits (A3 may print the continuation after all)."""

from __future__ import annotations

import itertools
import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.continuations import jump_link_manually, jump_unlink
from articles.models import ArticlePart, Jump, JumpDirection, JumpState
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2024, 5, 18)
HEAD = "岚江日报\n2024年5月18日　星期六\n\n"
FRONT = HEAD + (
    "全市早稻栽插基本结束\n\n"
    "本报讯（记者　林晓）记者昨日从市农业农村局获悉，全市早稻栽插面积达四十二万亩，"
    "栽插工作基本结束。\n\n"
    "各地农技人员深入田间，指导农户做好秧苗管护。（下转A3版）\n\n"
    "滨江绿道北段今起开放\n\n"
    "本报讯（记者　周岚）滨江绿道北段今天起向市民开放，全长八公里，沿线设有六处驿站。（下转A2版）\n"
)
SECOND = HEAD + (
    "要闻\n\n"
    "全市早稻栽插基本结束\n"
    "（上接A1版）据统计，今年早稻良种覆盖率超过九成，机插比例同比提高五个百分点。\n\n"
    "滨江绿道北段今起开放\n"
    "（上接A1版）据介绍，绿道南段将于年内贯通，届时全长将达二十公里。\n"
)
THIRD = HEAD + (
    "文化\n\n"
    "城市书房再添三家\n\n"
    "本报讯（记者　陈雯）本月起，市图书馆在三个社区新开城市书房，市民可凭借书证免费入内。\n"
)
# A3 as it might have come: printing the continuation after all.
THIRD_WITH_IT = THIRD + (
    "\n全市早稻栽插基本结束\n（上接A1版）农技部门提醒，近期气温偏高，要及时灌溉，防止秧苗受旱。\n"
)
PAGES = {"A1": FRONT, "A2": SECOND, "A3": THIRD}


def import_pages(order, pages=PAGES) -> None:
    for label in order:
        import_text(pages[label], label, when=DAY, paper="岚江日报", slug="lanjiang")


def misprinted() -> Jump:
    return Jump.objects.get(direction=JumpDirection.FORWARD, target_label="A3")


def continuation_on(label: str, opening: str) -> ArticlePart:
    return next(
        p
        for p in ArticlePart.objects.filter(page__label=label)
        if p.blocks and p.blocks[0]["text"].startswith(opening)
    )


@pytest.mark.parametrize("order", list(itertools.permutations(["A1", "A2", "A3"])))
def test_the_continuation_on_another_page_is_linked_in_any_order(order):
    import_pages(order)
    jump = misprinted()
    assert jump.state == JumpState.LINKED
    assert jump.to_part == continuation_on("A2", "据统计")
    assert jump.page_misprinted and not jump.by_print_order
    assert jump.plain_state_label() == "已接续（印的是A3版，接续在A2版：转版版次可能印错，请核对）"
    other = Jump.objects.get(direction=JumpDirection.FORWARD, target_label="A2")
    assert other.to_part == continuation_on("A2", "据介绍") and not other.page_misprinted
    story = jump.part.article
    assert [p.page.label for p in story.parts.order_by("sequence")] == ["A1", "A2"]


def test_the_jump_waits_while_its_printed_page_is_still_to_come():
    import_pages(["A1", "A2"])
    jump = misprinted()
    assert jump.state == JumpState.PENDING and jump.to_part is None


@pytest.mark.parametrize("order", [["A1", "A2", "A3"], ["A1", "A3", "A2"], ["A3", "A1", "A2"]])
def test_a_late_printed_page_with_the_continuation_gets_it(order):
    import_pages(order, {**PAGES, "A3": THIRD_WITH_IT})
    jump = misprinted()
    assert jump.state == JumpState.LINKED and not jump.page_misprinted
    assert jump.to_part == continuation_on("A3", "农技部门提醒")
    # the A2 continuation that repeats the headline is left for an editor, not linked
    assert continuation_on("A2", "据统计").sequence == 0


def test_the_printed_page_sent_again_with_the_continuation_takes_it_back():
    import_pages(["A1", "A2", "A3"])
    assert misprinted().page_misprinted
    import_pages(["A3"], {"A3": THIRD_WITH_IT})
    jump = misprinted()
    assert jump.state == JumpState.LINKED and not jump.page_misprinted
    assert jump.to_part == continuation_on("A3", "农技部门提醒")
    assert continuation_on("A2", "据统计").sequence == 0  # a story of its own again


FOURTH = HEAD + "全市早稻栽插基本结束\n（上接A1版）另据了解，晚稻育秧工作已经开始。\n"


@pytest.mark.parametrize("order", [["A1", "A2", "A3", "A4"], ["A4", "A1", "A3", "A2"]])
def test_two_continuations_that_answer_it_link_neither(order):
    import_pages(order, {**PAGES, "A4": FOURTH})
    assert misprinted().state == JumpState.UNMATCHED
    assert continuation_on("A2", "据统计").sequence == 0


def test_a_continuation_that_does_not_repeat_the_headline_is_not_linked():
    second = SECOND.replace("全市早稻栽插基本结束\n", "", 1)
    import_pages(["A1", "A2", "A3"], {**PAGES, "A2": second})
    assert misprinted().state == JumpState.UNMATCHED


def test_the_import_report_says_it(tmp_path):
    for label, text in PAGES.items():
        (tmp_path / f"{label}.txt").write_text(text, encoding="utf-8")
    flags = ("--paper", "岚江日报", "--date", DAY.isoformat(), "--workers", "0")
    out = StringIO()
    call_command("import_pages", str(tmp_path), *flags, stdout=out, stderr=StringIO())
    said = (
        "A1版 第1篇“全市早稻栽插基本结束”（下转A3版）已接 A2版 第1篇"
        "（印的是A3版，接续在A2版：转版版次可能印错，请核对；"
    )
    assert said in out.getvalue()


def test_the_json_report_lists_it(tmp_path):
    for label, text in PAGES.items():
        (tmp_path / f"{label}.txt").write_text(text, encoding="utf-8")
    flags = ("--paper", "岚江日报", "--date", DAY.isoformat(), "--workers", "0", "--json")
    out = StringIO()
    call_command("import_pages", str(tmp_path), *flags, stdout=out, stderr=StringIO())
    pages = {page["label"]: page for page in json.loads(out.getvalue())["pages"]}
    [line] = pages["A1"]["misprint_links"]
    assert line.startswith("A1版 第1篇“全市早稻栽插基本结束”（下转A3版）已接 A2版 第1篇")
    assert "misprint_links" in [clause["kind"] for clause in pages["A1"]["clauses"]]
    assert pages["A2"]["misprint_links"] == [] and pages["A1"]["print_order_links"] == []


def linked_by_an_editor() -> Jump:
    """The three pages imported, then the misprinted link unlinked and made again by hand."""
    import_pages(["A1", "A2", "A3"])
    jump = misprinted()
    part = jump.to_part
    jump_unlink(jump=jump)
    jump.refresh_from_db()
    jump_link_manually(jump=jump, part=ArticlePart.objects.get(pk=part.pk))
    jump.refresh_from_db()
    return jump


def test_an_editors_link_is_no_longer_marked():
    jump = linked_by_an_editor()
    assert jump.state == JumpState.MANUAL and not jump.page_misprinted


def test_a_repeated_or_shortened_headline_answers_and_other_words_do_not():
    from articles.continuations.misprints import answers

    deck = ["", "全市早稻栽插基本结束", ""]
    part = ArticlePart(title_lines=["全市早稻栽插基本结束"], blocks=[])
    assert answers(part, deck, [])
    assert answers(ArticlePart(title_lines=["早稻栽插"], blocks=[]), deck, [])
    assert not answers(ArticlePart(title_lines=["滨江绿道北段今起开放"], blocks=[]), deck, [])
    assert not answers(ArticlePart(title_lines=[], blocks=[]), deck, [])


def check_jumps(*flags) -> str:
    out = StringIO()
    call_command("check_jumps", "--paper", "岚江日报", *flags, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_check_jumps_lists_it_with_the_page_printed_and_the_page_linked():
    import_pages(["A1", "A2", "A3"])
    lines = check_jumps().splitlines()  # (exit status 0: nothing is broken)
    assert lines == [
        "请核对：岚江日报 2024-05-18 A1版 第1篇“全市早稻栽插基本结束”（下转A3版）已接 A2版 第1篇"
        "（印的是A3版，接续在A2版：转版版次可能印错，请核对；"
        "接错了在后台“转版标记”中点它的“处理此转版”，改选或断开）",
        f"  处理此转版：/admin/articles/jump/{misprinted().pk}/fix/",
        "共检查 1 期：所有转版均已接好（其中 1 处接在别的版上，请核对）",
    ]


def test_check_jumps_json_carries_it():
    import_pages(["A3", "A2", "A1"])
    report = json.loads(check_jumps("--json"))
    assert report["ok"] and report["problems"] == []
    [link] = report["misprint_links"]
    assert link["jump_id"] == misprinted().pk
    assert (link["page"], link["number"], link["title"], link["marker"]) == (
        "A1",
        1,
        "全市早稻栽插基本结束",
        "（下转A3版）",
    )
    assert (link["printed"], link["linked_page"], link["linked_number"]) == ("A3", "A2", 1)
    assert link["message"].startswith("已接 A2版 第1篇（印的是A3版，接续在A2版：")


def test_check_jumps_no_longer_lists_it_once_an_editor_links_it():
    linked_by_an_editor()
    assert check_jumps().splitlines() == ["共检查 1 期：所有转版均已接好"]
    assert json.loads(check_jumps("--json"))["misprint_links"] == []


def test_a_late_continuation_of_a_confirmed_misprint_is_told_where_its_jump_went():
    from articles.continuations.editing import jump_confirm

    import_pages(["A1", "A2", "A3"])
    jump_confirm(jump=misprinted())  # 核对无误: A1's 下转A3版 goes on on A2
    late = (
        THIRD
        + "\n（上接A1版）早稻栽插\n另据了解，全市晚稻育秧工作已经开始，各地正抓紧备足种子和肥料。\n"
    )
    import_pages(["A3"], {"A3": late})
    out = StringIO()
    with pytest.raises(CommandError):  # (still broken: exit status 1)
        call_command("check_jumps", "--paper", "岚江日报", stdout=out, stderr=StringIO())
    said = out.getvalue()
    assert "找不到对应的“下转”" not in said
    assert "A1版“全市早稻栽插基本结束”（下转A3版）已由编辑确认接在A2版" in said
    assert f"/admin/articles/jump/{misprinted().pk}/fix/" in said and "交还自动匹配" in said
