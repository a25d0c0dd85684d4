"""A story served whole on two pages whose two printings differ by a small edit (a corrected
figure) already on their first import is one story printed on both pages, in either import order,
in one run or two; the report quotes both printings so an editor checks which is right
(INPUT.md, Continuations: "That is one story that ran on two pages, not two stories, in either
import order"). A rewritten sentence is another text: two stories."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, ArticlePart, Page

pytestmark = pytest.mark.django_db

HEADLINE = "东林县建成山区广播网"
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
    STORY.replace("四十六座", "四十八座")
    + "\n村道养护有了新办法\n本报讯（记者 韩小松）今年起，东林县在各乡镇推行村道养护责任制，每条村道都有专人负责巡查。\n"
)
FLAGS = ("--paper", "东林日报", "--date", "2025-06-12", "--workers", "0")


def run(*paths) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, paths), *FLAGS, stdout=out, stderr=StringIO())
    return out.getvalue()


def page_file(tmp_path, label: str, text: str):
    path = tmp_path / f"{label}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def assert_one_story_printed_on_both_pages(printed_on_2: str = "四十八座"):
    story = Article.objects.with_parts().get(headline=HEADLINE)
    assert Article.objects.filter(headline=HEADLINE).count() == 1
    assert story.printed_on() == "本文刊于1、2版"
    assert story.page.label == "1"
    assert story.full_text().count("新装大喇叭") == 1  # readers see it once
    assert "四十六座" in story.full_text()  # the text of page 1, where it starts
    copy = ArticlePart.objects.get(article=story, whole_copy=True)
    assert copy.page.label == "2"
    assert printed_on_2 in Page.objects.get(label="2").raw_text  # page 2 as printed, kept


def assert_said(out: str):
    said = [line for line in out.splitlines() if HEADLINE in line and "请核对" in line]
    assert len(said) == 1, out
    assert "1版「喇叭四十六座，并为」，2版「喇叭四十八座，并为」" in said[0], said  # as printed
    assert "已作为一篇跨版稿件保存，正文按1版所印" in said[0], said  # not 仍: it was two until now


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")], ids=["page1-first", "page2-first"])
def test_a_copy_differing_by_a_figure_on_first_import_is_one_story_in_one_run(tmp_path, order):
    texts = {"1": PAGE1, "2": PAGE2}
    out = run(*(page_file(tmp_path, label, texts[label]) for label in order))
    assert_one_story_printed_on_both_pages()
    assert_said(out)


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")], ids=["page1-first", "page2-first"])
def test_a_copy_differing_by_a_figure_on_first_import_is_one_story_in_two_runs(tmp_path, order):
    texts = {"1": PAGE1, "2": PAGE2}
    first = run(page_file(tmp_path, order[0], texts[order[0]]))
    second = run(page_file(tmp_path, order[1], texts[order[1]]))
    assert_one_story_printed_on_both_pages()
    assert "请核对" not in first
    assert_said(second)


def test_a_copy_with_a_corrected_character_is_one_story(tmp_path):
    out = run(
        page_file(
            tmp_path, "2", PAGE2.replace("四十八座", "四十六座").replace("挨家挨户", "挨家埃户")
        ),
        page_file(tmp_path, "1", PAGE1),
    )
    assert_one_story_printed_on_both_pages("挨家埃户")
    said = [line for line in out.splitlines() if HEADLINE in line and "请核对" in line]
    assert len(said) == 1 and "挨家挨户" in said[0] and "挨家埃户" in said[0], out


def test_a_rewritten_sentence_is_two_stories(tmp_path):
    rewritten = PAGE2.replace("新装大喇叭四十八座", "新建泵站三座，铺设线路")
    out = run(page_file(tmp_path, "1", PAGE1), page_file(tmp_path, "2", rewritten))
    assert Article.objects.filter(headline=HEADLINE).count() == 2
    assert not ArticlePart.objects.filter(whole_copy=True).exists()
    assert "请核对" not in out


def test_a_dry_run_says_what_the_import_will_do(tmp_path):
    out = run(page_file(tmp_path, "1", PAGE1), page_file(tmp_path, "2", PAGE2), "--dry-run")
    said = [line for line in out.splitlines() if HEADLINE in line and "请核对" in line]
    assert len(said) == 1 and "将作为一篇跨版稿件保存，正文按1版所印" in said[0], out
    assert "跨版整篇重复：“东林县建成山区广播网”全文同时见于1版、2版" in out
    assert "已作为" not in out  # nothing was saved
    assert not Article.objects.exists()


def test_a_story_edited_by_hand_keeps_its_text_when_the_other_printing_comes(tmp_path):
    run(page_file(tmp_path, "2", PAGE2))
    story = Article.objects.get(headline=HEADLINE)
    part = story.parts.get()
    part.blocks = [{**b, "text": b["text"].replace("四十八座", "四十七座")} for b in part.blocks]
    part.save()
    story.mark_edited()
    story.save()
    run(page_file(tmp_path, "1", PAGE1))
    edited = Article.objects.with_parts().get(pk=story.pk)
    assert "四十七座" in edited.full_text()  # what the editors saved, not page 1's printing
