"""OCR misreads 第 as 笫 and 版 as 板 on scanned pages (INPUT.md, "Encoding and layout": the
importer should still find the markers). Inside a jump marker they are read as 第 and 版, the
marker's text kept as printed; 板 only where the rest says it is a marker (下转/上接/紧接, or 转
with 第), so a table-tennis stroke （接第三板） is none. Invented county and people.
"""

import pytest

from articles.parsing.markers import find_markers
from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("text", "direction", "label"),
    [
        ("（紧接笫2板）", "backward", "2"),
        ("（转第3板）", "forward", "3"),
        ("（下转笫A2版）", "forward", "A2"),
    ],
)
def test_misread_marker_is_found_and_kept_as_printed(text, direction, label):
    [(_start, _end, marker)] = find_markers(f"乡里组织农技人员下田指导。{text}")
    assert (marker.direction, marker.label, marker.text) == (direction, label, text)


@pytest.mark.parametrize("text", ["他用反手抢攻（接第三板）得分。", "（转4板）", "床笫之间"])
def test_look_alikes_outside_a_marker_are_no_marker(text):
    assert find_markers(text) == []


def test_bare_backward_marker_line_with_misread_ban_opens_the_continued_text():
    parsed = parse(
        "上接笫一板",
        "各鄉鎮要組織農技人員深入田間地頭，指導農民科學種田。",
        "會議還表彰了去年農業生產先進集體和先進個人。",
    )
    [article] = parsed.articles
    assert (article.headline, article.continued_from) == ("", "1")
    assert len(article.paragraphs) == 2
