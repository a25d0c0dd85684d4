"""A caption ending with who supplied the picture (``（市文旅局供图）``, ``（东方IC供图）``) or with
the paper's own file picture (``（本刊资料图片）``) is a photo; a bracketed note that names no
picture's source (``（详见附图）``) leaves the paragraph in its story.

INPUT.md ("Bylines, datelines, credits"): credits also stand at the end of the caption itself
(``（林嘉文攝）``, ``(網上圖片)``, ``(AAP資料圖)``).
"""

import pytest

from tests.parsing.helpers import parse

STORY = [
    "东湖绿道全线贯通",
    "",
    "本报讯（记者 钱立）东湖绿道二期工程昨日完工，绿道全长三十公里，沿途设有十个驿站。",
    "",
]
CAPTION = "市民在东湖绿道上骑行。"


@pytest.mark.parametrize("credit", ["（市文旅局供图）", "（东方IC供图）", "（本刊资料图片）"])
def test_caption_ending_with_who_supplied_the_picture_is_a_photo(credit):
    parsed = parse(*STORY, CAPTION + credit)
    [story] = parsed.articles
    assert len(story.paragraphs) == 1
    [photo] = parsed.photos
    assert (photo.caption, photo.credit_line) == (CAPTION, credit)
    assert photo.photographers == ()


def test_a_bracketed_note_naming_no_source_stays_in_the_story():
    parsed = parse(*STORY, "绿道沿线还将新建两座公园。（详见附图）")
    assert parsed.photos == ()
    assert parsed.articles[0].paragraphs[-1] == "绿道沿线还将新建两座公园。（详见附图）"
