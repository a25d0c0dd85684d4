"""A page whose text is only HTML markup that prints nothing (empty tags, references of spaces,
comments) is refused as a blank page is, saying what the file holds and how to export the text
again; a page that prints text among its markup is still read as the browser showed it. A JSON
document (a site's data saved instead of the page) is refused too. Texts written for these
tests."""

from __future__ import annotations

import json

import pytest

from articles.parsing import ParseError, decode_page, parse_page

MARKUP_ONLY = [
    "&nbsp;",
    "&#12288;",
    "<p></p>",
    "<br/>",
    "<div> </div>",
    "<p>&nbsp;</p>\n<p>&#12288;&#12288;</p>\n<br/>\n",
    "\u200b<p>\u200d</p>&nbsp; \n\n<div>&#8203;</div>\r\n",
    "<p></p><p></p>\n<!-- 正文区 -->\n<script>var page = 3;</script>\n",
    "&lt;p&gt;&amp;nbsp;&lt;/p&gt;",  # (escaped once more)
    "<p>&lrm;&zwnj;</p>",
]


@pytest.mark.parametrize("text", MARKUP_ONLY)
def test_a_page_of_only_markup_that_prints_nothing_is_refused(text):
    with pytest.raises(ParseError) as caught:
        decode_page(text.encode("utf-8"))
    said = str(caught.value)
    assert said.startswith("版面只有 HTML 标记和字符实体（"), said
    assert "没有一个印出来的字" in said and "重新导出这一版的文字" in said
    assert "保存文字，而不是网页" in said


def test_the_refusal_shows_the_markup_the_file_holds():
    with pytest.raises(ParseError, match=r"（14 字节，如“<p>&nbsp;</p>”）"):
        decode_page(b"<p>&nbsp;</p>\n")


WITH_TEXT = (
    "<p><strong>梅岭镇修缮百年石桥</strong><br/></p>\n"
    "<p>&nbsp;</p>\n"
    "<p>本报讯（记者 陶一鸣）梅岭镇百年石桥修缮工程日前完工，&ldquo;老桥&rdquo;重新通行。</p>\n"
    "<br/>\n"
)


def test_a_page_of_markup_and_text_is_read_as_before():
    page = parse_page(WITH_TEXT.encode("utf-8"))
    (story,) = page.articles
    assert story.headline == "梅岭镇修缮百年石桥"
    assert "“老桥”重新通行" in story.blocks[0].text


@pytest.mark.parametrize("text", ["<p>。</p>", "&lt;10", "<p>&lt;</p>", "<b>", "&amp;"])
def test_a_page_that_prints_even_one_character_is_not_refused(text):
    decode_page(text.encode("utf-8"))  # (a scrap: imported with a warning, as before)


def test_a_page_of_only_direction_marks_and_soft_hyphens_is_refused_as_blank():
    with pytest.raises(ParseError, match="版面只有空白和不可见字符"):
        decode_page("\u200e\u00ad\n\u2066\u2069 \n".encode())


DUMP = {
    "code": 0,
    "data": {
        "title": "梅岭镇修缮百年石桥",
        "content": "本报讯 梅岭镇百年石桥修缮工程日前完工。\n石桥始建于清代。",
    },
}


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(DUMP, ensure_ascii=False),
        json.dumps(DUMP),  # (its Chinese as \\u escapes)
        json.dumps([DUMP["data"]], ensure_ascii=False, indent=2),
    ],
    ids=["one-line", "escaped", "indented-list"],
)
def test_a_json_document_is_refused_as_data_not_page_text(text):
    with pytest.raises(ParseError) as caught:
        decode_page(text.encode("utf-8"))
    said = str(caught.value)
    assert said.startswith("这是一个 JSON 数据文件（"), said
    assert "不是版面文本" in said and "导出这一版的纯文本" in said


@pytest.mark.parametrize(
    "text", ["[本报讯]梅岭镇百年石桥修缮工程日前完工。]", "{社论}\n\n春耕正当时\n", "[图]"]
)
def test_a_page_opening_and_ending_with_a_bracket_is_no_json(text):
    decode_page(text.encode("utf-8"))
