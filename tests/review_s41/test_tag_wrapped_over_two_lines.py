"""A tag the web page wrapped over two lines is printed as text and splits the story.

README (Importing): HTML a web page leaves in its text "is read as the page showed it"; tags are
read "only as HTML writes them". HTML lets a tag's attributes run over several lines, and
pretty-printed pages do it (``<img src="…"`` / ``alt="…" />``). ``articles/parsing/htmltext.py``
reads tags one page line at a time, so neither half is a tag: the halves are printed, and two
short lines without punctuation become the deck of a new story that takes the story's next
paragraph (``<img src="/pic/1.jpg"`` is a headline on the public page); a ``<p`` wrapped so
hides the story's dateline behind ``class="content">``.

Steps: parse a tagged page whose story has an ``<img>`` between two paragraphs, its ``alt``
on the next line.
"""

from tests.parsing.helpers import parse


def test_an_image_tag_over_two_lines_is_no_story():
    parsed = parse(
        "<p>城东新建三座口袋公园</p>",
        "<p>本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，配有健身器材。</p>",
        '<img src="/pic/1.jpg"',
        '     alt="公园一角" />',
        "<p>市民李女士说：“家门口就能锻炼，太方便了。”</p>",
    )
    assert [a.headline for a in parsed.articles] == ["城东新建三座口袋公园"]
    story = parsed.articles[0]
    text = "\n".join([*story.title_lines, *(b.text for b in story.blocks)])
    assert "市民李女士说" in text
    assert "<img" not in text and "alt=" not in text, text


def test_a_paragraph_tag_over_two_lines_keeps_the_dateline():
    parsed = parse(
        "<p>城东新建三座口袋公园</p>",
        '<p style="text-indent:2em;"',
        '   class="content">本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放。</p>',
        "<p>市民李女士说：“家门口就能锻炼，太方便了。”</p>",
    )
    [story] = parsed.articles
    assert story.title_lines == ("城东新建三座口袋公园",)
    assert story.dateline == "本报讯" and story.byline == "记者王刚"
    assert story.blocks[0].text.startswith("本报讯（记者王刚）"), story.blocks[0].text
