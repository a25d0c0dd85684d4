"""A story's zone is never placed on the page's furniture: its running head (page label, date,
section), its staff lines. A layout editor's find: on an A2 a story's zone had a rectangle over
``11月2`` of the running head ``2026年11月22日``, so hovering the date linked to the story."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.pdfpages import PartText, match_parts
from articles.pdfpages.furniture import furniture_chars
from articles.pdfpages.packed import PackedLayout
from tests.pdfpages.builder import Page, Story, need_fonts
from tests.pdfpages.test_pdfpages import layout_of

HEAD = "2026年11月22日 星期日  A2 要闻"
STAFF = "责任编辑：王芳  美编：李强"
PRINTED = "本报讯（记者陆文清）下周一起，城东公交新开三条夜班线路，方便市民晚间出行。"
# The text the desk holds: a proof's words, which the plate changed (text and PDF disagree
# there); its ``11月2`` is printed on the page only in the running head.
STORED = PRINTED.replace("下周一起", "11月23日起")


def _page() -> tuple[bytes, Story]:
    need_fonts()
    story = Story("城东公交新开夜班线路", [PRINTED * 3])
    page = Page()
    page.pdf.set_font("body", size=9)
    page.pdf.text(30, 20 + 9 * 0.88, HEAD)  # the running head over the page's rule
    page.pdf.line(30, 34, 570, 34)
    page.headline(story, 30, 60)
    page.flow(story, [(30, 100, 400), (215, 100, 400)])
    page.pdf.set_font("body", size=9)
    page.pdf.text(30, 880 + 9 * 0.88, STAFF)  # the staff line at the page's foot
    return page.bytes(), story


def _over(rects, top: float, bottom: float) -> bool:
    return any(r.y0 < bottom and r.y1 > top for r in rects)


def test_a_story_sharing_a_date_with_the_running_head_gets_no_rectangle_over_the_head():
    pdf, story = _page()
    layout = layout_of(pdf)
    text = story.headline + "\n" + STORED + PRINTED * 2
    (zone,) = match_parts(layout, [PartText("story", text)])
    assert zone.found
    assert not _over(zone.rects, 0.0, 34 / 900), zone.rects
    assert _over(zone.rects, 100 / 900, 400 / 900)  # its columns are its zone
    (packed,) = match_parts(PackedLayout.pack(layout), [PartText("story", text)])
    assert packed == zone


def test_the_running_head_and_a_staff_line_at_the_foot_are_the_pages_furniture():
    pdf, _ = _page()
    layout = layout_of(pdf)
    furniture = "".join(layout.chars[n].text for n in sorted(furniture_chars(layout)))
    for piece in ("2026年11月22日", "星期日", "A2", "要闻", "责任编辑：王芳", "美编：李强"):
        assert piece in furniture
    assert "夜班" not in furniture and "城东公交" not in furniture


def test_a_part_whose_text_is_printed_only_on_a_staff_line_is_not_found_there():
    pdf, story = _page()
    layout = layout_of(pdf)
    (zone,) = match_parts(layout, [PartText("staff", STAFF), PartText("story", story.text())])[:1]
    assert not zone.found  # the staff line is the page's: no part's text is found on it
