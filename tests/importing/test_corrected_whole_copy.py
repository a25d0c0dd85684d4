"""A whole copy re-imported with a small edit (a corrected figure) is still the one story that
ran on both pages, and the report says where the two printings differ, so an editor checks which
is right; a rewritten sentence is another text (tests/importing/test_cross_page_duplicate.py)."""

from datetime import date

import pytest

from articles.continuations import copies
from articles.models import Article, ArticlePart, Page
from tests.factories import import_text

pytestmark = pytest.mark.django_db

WHEN = date(2025, 6, 12)
STORY = """东林县建成山区广播网
全县九十个村实现广播全覆盖
本报讯（记者 韩小松）东林县山区应急广播网日前建成投用，全县九十个行政村实现了广播全覆盖。
过去，县里有二十多个村听不到广播，遇到暴雨和山洪，通知要靠村干部挨家挨户去送。
今年春天，县里把应急广播网列为民生实事，（下转第二版）（上接第一版）新装大喇叭四十六座，并为每个村配备了备用电源。
县应急管理局局长说，今年汛期，预警信息最快五分钟就能传到每个村。
"""
PAGE1 = (
    STORY
    + "\n城关镇举办农民运动会\n本报讯（记者 许晓雨）城关镇第三届农民运动会昨天开幕，来自各村的三百多名运动员参加比赛。\n"
)
PAGE2 = (
    STORY
    + "\n村道养护有了新办法\n本报讯（记者 韩小松）今年起，东林县在各乡镇推行村道养护责任制，每条村道都有专人负责巡查。\n"
)


def _import(text: str, label: str):
    return import_text(text, label, when=WHEN, paper="东林日报", slug="donglin")


def test_a_copy_reimported_with_a_corrected_figure_stays_one_story_and_the_report_says_so():
    _import(PAGE1, "1")
    _import(PAGE2, "2")
    report = _import(PAGE2.replace("四十六座", "四十八座"), "2")

    story = Article.objects.with_parts().get(headline="东林县建成山区广播网")
    assert story.printed_on() == "本文刊于1、2版"
    assert ArticlePart.objects.filter(article=story, whole_copy=True).count() == 1
    said = [w for w in report.warnings if "东林县建成山区广播网" in w]
    assert len(said) == 1, report.warnings
    assert "1版「" in said[0] and "四十六座" in said[0] and "2版「" in said[0]
    assert "四十八座" in said[0] and "请核对" in said[0]
    assert "四十六座" in story.full_text()  # the home's text, until an editor decides
    assert "四十八座" in Page.objects.get(label="2").raw_text  # the page as printed, kept


def test_a_copy_reimported_unchanged_says_nothing_of_a_difference():
    _import(PAGE1, "1")
    _import(PAGE2, "2")
    report = _import(PAGE2 + "\n", "2")
    assert not [w for w in report.warnings if "东林县建成山区广播网" in w]


def test_a_small_edit_is_a_few_characters_of_a_long_text():
    text = (
        "东林县山区应急广播网日前建成投用，全县九十个行政村实现了广播全覆盖，新装大喇叭四十六座。"
    )
    assert copies._small_edit(text, text.replace("四十六", "四十八")) == (
        ("喇叭四十六座。", "喇叭四十八座。"),
    )
    assert copies._small_edit(text, text.replace("新装大喇叭四十六座", "新建泵站三座")) is None
    assert copies._small_edit(text[:40], text[:36] + "甲乙丙丁") is None  # four of forty: 10 %


LONG = "东林县山区应急广播网日前建成投用，全县九十个行政村实现了广播全覆盖。" * 1200


def test_a_small_edit_of_a_long_copy_is_read_from_the_differing_middle_only(monkeypatch):
    read = []
    matcher = copies.difflib.SequenceMatcher

    def reading(junk, a, b, **kwargs):
        read.append(max(len(a), len(b)))
        return matcher(junk, a, b, **kwargs)

    monkeypatch.setattr(copies.difflib, "SequenceMatcher", reading)
    at = len(LONG) // 2 + LONG[len(LONG) // 2 :].index("九十")
    edited = LONG[:at] + "八十" + LONG[at + 2 :]
    assert len(LONG) > 40_000
    assert copies._small_edit(LONG, edited) == (("用，全县九十个行政", "用，全县八十个行政"),)
    assert read and max(read) <= copies.MAX_COPY_EDIT_SPAN


def test_edits_further_apart_than_a_correction_spans_are_not_one_small_edit():
    text = LONG[:1000]
    far = "甲" + text[1:-1] + "乙"
    assert copies._small_edit(text, far) is None
    near = text[:500] + "甲" + text[501:520] + "乙" + text[521:]
    assert copies._small_edit(text, near) is not None


def test_the_report_quotes_both_printings_as_printed_not_as_compared():
    _import(PAGE1, "1")
    _import(PAGE2, "2")
    report = _import(
        PAGE2.replace("四十六座，", "四十八座,").replace("应急广播网日前", "应急廣播網日前"), "2"
    )
    [said] = [w for w in report.warnings if "请核对" in w]
    assert "1版「喇叭四十六座，并为」，2版「喇叭四十八座,并为」" in said, said


def test_near_copies_are_compared_with_the_few_stories_a_merged_pair_stands_in(monkeypatch):
    page = Page(pk=1, issue_id=1, label="1", sequence=1)
    texts = {
        n: f"第{n:05d}号公告：本市今日起调整部分公交线路的走向和发车时间，请沿线市民出行时留意站牌。"
        for n in range(3000)
    }
    texts[0] = texts[0].replace("留意站牌", "留意站台")  # where the pair stands
    groups = [[ArticlePart(pk=n, page=page, position=n)] for n in texts]
    compared = []
    edit_runs = copies._edit_runs

    def counting(old, new):
        compared.append(1)
        return edit_runs(old, new)

    monkeypatch.setattr(copies, "_edit_runs", counting)
    kept = copies._near_groups(groups, texts, {1: {"留意站台"}})
    assert len(compared) < len(texts)  # each compared with the one home at most
    assert kept[0][0].pk == 0
