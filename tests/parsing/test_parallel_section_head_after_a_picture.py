"""A feature's section head printed right after its picture, worded in parallel with the sections
before it (``学好“技术经”`` after ``念好“节水经”`` and ``算好“成本账”``... each as long, each opening
or closing alike), is the feature's next section head, not a new story's headline. Near miss: a
headline of its own after the picture (worded for itself) opens a new story. Invented text."""

import pytest

from tests.parsing.helpers import parse

FEATURE = (
    "青禾村种出“明白田”",
    "",
    "　　秋收时节，青禾村的稻田一片金黄。",
    "",
    "念好“节水经”",
    "",
    "　　村里把大水漫灌改成了滴灌，每亩省水三成。",
    "",
    "算好“成本账”",
    "",
    "　　合作社统一买种买肥，每亩少花八十元。",
    "",
    "社员在田头查看滴灌管道。",
    "　　　　　　本报记者　林　岚　摄",
    "",
)
TEXT = ("", "　　村里请来农技员，每月办一次培训班，全村有六十多人拿到了证书。")


def test_a_parallel_head_after_the_picture_stays_in_the_feature():
    parsed = parse(*FEATURE, "学好“技术经”", *TEXT)
    [story] = parsed.articles
    assert story.headline == "青禾村种出“明白田”"


@pytest.mark.parametrize("head", ["东岗乡新建三座农机库房"])
def test_near_miss_a_headline_of_its_own_opens_a_new_story(head):
    parsed = parse(*FEATURE, head, *TEXT)
    assert [a.headline for a in parsed.articles] == ["青禾村种出“明白田”", head]
