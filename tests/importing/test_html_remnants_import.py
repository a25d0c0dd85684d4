"""A web page's HTML remnants through the importer: the page's raw text is kept verbatim, the
stories hold what was printed, and a jump whose marker and repeated title carry tags is stitched
(INPUT.md, "Encoding and layout": HTML remnants)."""

import pytest

from articles.models import Article, ArticlePart, Page
from tests.factories import import_text

pytestmark = pytest.mark.django_db

FRONT = (
    "<p><b>城南&amp;城北新建口袋公园</b></p>\n"
    "\n"
    "<p>本报讯（记者 钱立）城南和城北新建的三座口袋公园昨天向市民开放，市民说：&ldquo;家门口"
    "就能散步了&rdquo;。（下转<b>A2</b>版）</p>\n"
)
INSIDE = (
    "<p>（上接A1版）</p>\n"
    "<p>城南&amp;城北新建口袋公园</p>\n"
    "\n"
    "<p>每座公园都配有健身步道和儿童游乐区，由街道负责日常管护。</p>\n"
)


def test_raw_text_is_kept_verbatim_and_the_story_holds_the_printed_characters():
    import_text(FRONT, "A1")
    page = Page.objects.get()
    assert page.raw_text == FRONT
    story = Article.objects.get()
    assert story.headline == "城南&城北新建口袋公园"
    texts = [block["text"] for block in story.parts.get().blocks]
    assert texts == [
        "本报讯（记者 钱立）城南和城北新建的三座口袋公园昨天向市民开放，市民说：“家门口"
        "就能散步了”。"
    ]


def test_a_jump_through_tagged_markers_is_stitched_and_its_repeated_title_found():
    import_text(FRONT, "A1")
    import_text(INSIDE, "A2")
    story = Article.objects.get()
    parts = list(ArticlePart.objects.filter(article=story).order_by("sequence"))
    assert [part.page.label for part in parts] == ["A1", "A2"]
    # the title the continuation repeats under its marker is read through its tags and
    # references (the raw text is read again to find it), not glued to the text
    assert parts[1].title_lines == ["城南&城北新建口袋公园"]
    assert [block["text"] for block in parts[1].blocks] == [
        "每座公园都配有健身步道和儿童游乐区，由街道负责日常管护。"
    ]
