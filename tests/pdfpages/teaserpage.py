"""A front page with a teaser box (导读) printed under its story, as text and PDF, and its target
page (text only), imported as 湖滨日报 (hubin-daily) 2024-03-05 A1 and A4: what the teaser zone tests share."""

from __future__ import annotations

import json
from io import StringIO

from django.core.management import call_command

from tests.pdfpages.builder import Page, Story, need_fonts

STORY = Story(
    "湖滨区新开两条公交线路",
    ["本报讯（记者顾晓岚）" + "湖滨区昨天新开两条公交线路，方便沿线居民出行。" * 8],
)
TEASER_TITLE = "老街口的梧桐树挂上了名牌"
TEASER_MARK = "■A4看湖滨·要闻"
A1_TEXT = f"{STORY.text()}\n\n{TEASER_TITLE}\n{TEASER_MARK}\n"
A4_TEXT = (
    f"{TEASER_TITLE}\n\n本报讯（记者江帆）老街口的二十棵梧桐树昨天挂上了名牌，写明树龄和养护人。\n"
)
#: Where the teaser box is printed (points from the top of the 900 pt page).
TEASER_TOP, TEASER_BOTTOM = 700, 745


def a1_pdf() -> bytes:
    """A1: the story across the top, the teaser box (title and pointer) at the foot."""
    need_fonts()
    page = Page()
    story = Story(STORY.headline, STORY.paragraphs)
    page.headline(story, 30, 40)
    page.flow(story, [(30, 80, 400), (215, 80, 400), (400, 80, 400)])
    page.pdf.set_font("head", size=14)
    page.pdf.text(30, TEASER_TOP + 14 * 0.88, TEASER_TITLE)
    page.pdf.set_font("body", size=10)
    page.pdf.text(30, TEASER_TOP + 24 + 10 * 0.88, TEASER_MARK)
    return page.bytes()


def import_both(tmp_path) -> None:
    """A1 (its text, its PDF beside it) and A4 (text only) imported from a day's folder."""
    day = tmp_path / "hubin-daily" / "2024-03-05"
    day.mkdir(parents=True)
    (tmp_path / "hubin-daily" / "paper.json").write_text(
        json.dumps({"name": "湖滨日报", "slug": "hubin-daily"}), encoding="utf-8"
    )
    (day / "A1.txt").write_text(A1_TEXT, encoding="utf-8")
    (day / "A1.pdf").write_bytes(a1_pdf())
    (day / "A4.txt").write_text(A4_TEXT, encoding="utf-8")
    call_command("import_pages", str(tmp_path), stdout=StringIO(), stderr=StringIO())
