"""OCR writes every Chinese comma half-width: a reviewer's two OCR pages gave 176 findings on 7
stories, nearly all ``,``, burying any real one. A story's half-width marks are told once (how
many, which, the first places, one fix for all), after its real findings; a typed story's one
or two half-width marks are still each listed. Text written for these tests."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from articles.proofing import story_findings
from articles.proofreading.ocrmarks import OCR_MARKS
from tests.factories import import_text

pytestmark = pytest.mark.django_db

OCR = (
    "海濱步道晨運客倍增\n\n"
    "晨運人士近月明顯增多,區議員表示,會要求的的部門增設座椅及飲水機,方便市民使用:"
    "並加派人手清潔。\n\n"
    "有晨運客說,步道清早已有數百人,希望延長照明時間,讓市民也可使用。\n"
)
TYPED = "城南新建社区公园开放\n\n城南新建的一座公园昨天迎来首批游客,市民多了休闲去处。\n"


def test_an_ocr_storys_half_width_marks_are_one_finding_listed_after_the_real_ones():
    import_text(OCR, "B7")
    found = story_findings(Article.objects.get())
    kinds = [item.finding.kind for item in found]
    assert kinds == ["doubled", "half_width"], [item.finding.message for item in found]
    one = found[-1]
    assert one.where == "全文（7 处）"
    message = one.finding.message
    assert "7 处半角标点（“,”6 处、“:”1 处）" in message and "OCR" in message
    assert "正文 B7版 第1段“…近月明顯增多,區議員表示,…”" in message and "等 7 处" in message
    assert "“,”改为“，”，“:”改为“：”" in message


def test_a_typed_storys_one_half_width_comma_is_still_listed_itself():
    import_text(TYPED, "1")
    (item,) = story_findings(Article.objects.get())
    assert item.finding.text == "," and item.finding.suggestion == "，"
    assert OCR_MARKS > 1


def test_the_proofread_command_counts_one_finding_a_story(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(OCR, "B7")
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("proofread", stdout=out)
    said = out.getvalue()
    assert "发现 2 处需要核对（1 篇）" in said, said
    lines = said.splitlines()
    assert "重复字" in lines[0] and "全文（7 处） · 半角标点" in lines[1]
