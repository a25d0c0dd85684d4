"""An untitled story whose whole text is one short line with no punctuation (an OCR'd running
head, a slogan, a cut stamp) is named by the import's warnings, so an editor checks it before it
goes public as a story (a fresh reviewer's OCR page: ``c3 贓市定格 … 2019年6月10日 星期一``
published as an untitled story without a word). Pages written for these tests."""

from datetime import date

import pytest

from articles.importing import PageInput, pages_import

pytestmark = pytest.mark.django_db

STORY = (
    "东湖新区今年新开三条公交线路\n\n"
    "本报讯（记者 方立）新区公交公司昨天宣布，今年将新开三条公交线路，连接高铁站和大学城。\n"
)


def _warnings(text: str) -> list[str]:
    item = PageInput(
        paper_name="东湖日报",
        issue_date=date(2024, 5, 6),
        label="3",
        data=text,
        source_name="3.txt",
    )
    (report,) = pages_import([item], dry_run=True)
    return [w for w in report.warnings if "没有一个标点" in w]


def test_an_ocr_running_head_read_as_a_story_is_named():
    head = "c3 贓市定格" + " " * 40 + "舍     sulture" + " " * 40 + "2024年5月6日 星期一"
    (warning,) = _warnings(f"{head}\n\n{STORY}")
    assert warning.startswith("3版 第1篇没有标题，正文只有一行“c3 贓市定格 舍 sulture")
    assert "像是版头、报眉、口号或截断的一行" in warning and "在编辑台删除这篇稿件" in warning


@pytest.mark.parametrize(
    "untitled",
    [
        "区文化馆本周六举办少儿书法展，欢迎市民参观。",  # a brief: a sentence
        "招聘启事：东湖公交公司招聘驾驶员二十名",  # a notice with a colon
    ],
)
def test_untitled_text_with_punctuation_is_no_fragment(untitled):
    assert _warnings(f"{STORY}\n\n{untitled}\n") == []
