"""A story printed whole on two pages without the merged marker pair inside it is one story
(INPUT.md, Continuations: "with or without the markers inside it … in either import order"),
when its headline is the same and its text is a story's, not a notice's; a page imported twice
under two labels is not joined, and its report says so. End to end, through ``import_pages``."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from articles.continuations.unmarked import repeated_pages
from articles.models import Article, Page

pytestmark = pytest.mark.django_db

DAY = date(2025, 6, 14)
FLAGS = ("--paper", "nantong-daily", "--date", DAY.isoformat(), "--workers", "0", "--new-paper")

STORY = (
    "滨江步道全线贯通\n\n"
    "本报讯（记者周敏）滨江步道最后一段昨天完工，全长十二公里的步道从此全线贯通，"
    "沿线新设六处驿站，市民可以在驿站休息、饮水和借用雨伞。\n\n"
    "据介绍，步道沿线还将补种乔木两千余株，今年秋天前全部完成。\n"
)
NOTICE = (  # 55 characters as compared: a story's length by MIN_CHARACTERS (40), not by 80
    "敬告读者\n\n因版面调整，本报周末副刊暂停一期，下周六起恢复出版，"
    "原定刊发的读者来信将顺延刊登，敬请广大读者谅解。\n"
)
FRONT = (
    "新建学校秋季招生\n\n本报讯（记者吴华）城南新建的两所小学今年秋季开始招生，共设班级二十四个。\n"
)
INNER = "老旧小区加装电梯\n\n本报讯（记者郑丽）今年全市计划为老旧小区加装电梯一百台，目前已完工四十台。\n"


def run(tmp_path, pages: dict[str, str]) -> str:
    """Import ``pages`` (label → text) in one run of the command, in the order given."""
    folder = tmp_path / f"run{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    paths = []
    for label, text in pages.items():
        path = folder / f"{label}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    out = StringIO()
    call_command("import_pages", *paths, *FLAGS, stdout=out, stderr=StringIO())
    return out.getvalue()


def labels(headline: str) -> list[list[str]]:
    return [
        sorted(story.parts.values_list("page__label", flat=True))
        for story in Article.objects.filter(headline=headline)
    ]


PAGES = {"1": FRONT + "\n" + STORY, "4": STORY + "\n" + INNER}


@pytest.mark.parametrize("order", [("1", "4"), ("4", "1")])
def test_the_same_headline_and_text_on_two_pages_is_one_story_in_one_run(tmp_path, order):
    run(tmp_path, {label: PAGES[label] for label in order})
    assert labels("滨江步道全线贯通") == [["1", "4"]]
    (story,) = Article.objects.filter(headline="滨江步道全线贯通")
    assert story.page.label == "1"  # its home: the first page in print order


@pytest.mark.parametrize("order", [("1", "4"), ("4", "1")])
def test_the_same_headline_and_text_on_two_pages_is_one_story_in_two_runs(tmp_path, order):
    for label in order:
        run(tmp_path, {label: PAGES[label]})
    assert labels("滨江步道全线贯通") == [["1", "4"]]
    assert Article.objects.filter(headline="新建学校秋季招生").count() == 1


def test_a_notice_printed_on_two_pages_stays_two(tmp_path):
    run(tmp_path, {"1": NOTICE + "\n" + FRONT, "4": NOTICE + "\n" + INNER})
    assert labels("敬告读者") == [["1"], ["4"]]


def test_the_same_text_under_another_headline_stays_two(tmp_path):
    other = STORY.replace("滨江步道全线贯通", "江边又添好去处")
    run(tmp_path, {"1": FRONT + "\n" + STORY, "4": other + "\n" + INNER})
    assert labels("滨江步道全线贯通") == [["1"]]
    assert labels("江边又添好去处") == [["4"]]


def test_a_page_imported_twice_under_two_labels_is_not_joined_and_warned(tmp_path):
    page = STORY + "\n" + INNER
    run(tmp_path, {"3": page})
    out = run(tmp_path, {"5": page})
    assert labels("滨江步道全线贯通") == [["3"], ["5"]]
    (line,) = [x for x in out.splitlines() if "本版各篇稿件的文字与3版的一字不差" in x]
    assert "撤销本版导入" in line and "正确的版次重新导入" in line


def test_repeated_pages_are_found_among_pages_of_the_same_count_only(tmp_path):
    """``repeated_pages`` reads the text of a page only when another page of its issue has as
    many parts (the same texts each to each are as many): the repeat is still found beside a
    page of another count, and a page alone with its count repeats nothing."""
    page = STORY + "\n" + INNER
    run(tmp_path, {"3": page, "5": page, "6": FRONT})
    pk = dict(Page.objects.values_list("label", "pk"))
    found = repeated_pages([pk["3"], pk["5"], pk["6"]])
    assert found == {pk["3"]: [(pk["5"], "5")], pk["5"]: [(pk["3"], "3")]}
    assert repeated_pages([pk["6"]]) == {}
    assert repeated_pages([pk["3"]]) == {pk["3"]: [(pk["5"], "5")]}
