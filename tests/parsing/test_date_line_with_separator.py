"""A masthead's date alone on a line is furniture however its weekday is set off: by a space, a
dot, a bar or an OCR's underscore (``2024年8月12日_星期一`` read as a story's subheadline on a
scanned page, a reviewer's finding). Texts written for these tests."""

from __future__ import annotations

import pytest

from articles.parsing import parse_page

BODY = "本报讯（记者王刚）城西区今年新建三座公园，已全部开放，市民纷纷前往游览。\n"


@pytest.mark.parametrize("between", [" ", "　", "_", "·", "|", "｜", "．", ""])
def test_a_date_and_weekday_alone_on_a_line_is_set_aside(between):
    text = f"城西新建三座公园\n\n2024年8月12日{between}星期一\n\n{BODY}"
    page = parse_page(text.encode())
    (story,) = page.articles
    assert (story.headline, story.subheadline) == ("城西新建三座公园", "")
    assert f"2024年8月12日{between}星期一" in [s.text for s in page.set_aside]


def test_a_date_inside_a_title_stays_there():
    page = parse_page(f"城西三座公园8月12日开放\n\n{BODY}".encode())
    assert page.articles[0].headline == "城西三座公园8月12日开放"
