"""A page file cut off inside its last character is refused as cut off, whatever its encoding
(GB18030/GBK, Big5, UTF-16 with or without its BOM, also with ``--encoding``): the message names
the byte where it stops and asks for the page again, never "save as UTF-8" or another encoding.
(``articles/parsing/decoding.py``: ``_refuse_cut_off_in``.)"""

from __future__ import annotations

import codecs

import pytest

from articles.parsing.decoding import decode_page
from articles.parsing.results import ParseError

SIMPLIFIED = "西湖渡口重开\n\n本报讯（记者林晓）西湖渡口今天重新开放，游客可以乘船游览。"
TRADITIONAL = "西湖渡口重開\n\n本報訊（記者林曉）西湖渡口今天重新開放，遊客可以乘船遊覽。"

CASES = {
    "gbk": (SIMPLIFIED.encode("gbk")[:-1], "gb18030"),
    "big5": (TRADITIONAL.encode("big5")[:-1], "big5"),
    "utf-16 with bom": (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be")[:-1], "utf-16-be"),
    "utf-16 without bom": (("A2\n" + SIMPLIFIED).encode("utf-16-le")[:-1], "utf-16-le"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_cut_off_file_is_refused_as_cut_off_where_it_stops(case):
    data, name = CASES[case]
    with pytest.raises(ParseError) as caught:
        decode_page(data)
    said = str(caught.value)
    assert f"按 {name} 读" in said and f"第 {len(data)} 字节处中途结束" in said, said
    assert "请重新导出或复制" in said and "UTF-8" not in said, said


def test_a_cut_off_file_with_its_encoding_given_is_refused_as_cut_off():
    data = SIMPLIFIED.encode("gb18030")[:-1]
    with pytest.raises(ParseError, match="中途结束"):
        decode_page(data, encoding="gb18030")


def test_a_whole_file_in_those_encodings_still_reads():
    assert decode_page(SIMPLIFIED.encode("gbk"))[0] == SIMPLIFIED
    assert decode_page(TRADITIONAL.encode("big5"))[0] == TRADITIONAL


def test_a_cut_off_utf16_file_without_bom_given_as_utf16_is_refused_as_cut_off():
    data = SIMPLIFIED.encode("utf-16-le")[:-1]
    with pytest.raises(ParseError, match=f"按 utf-16-le 读）在第 {len(data)} 字节处中途结束"):
        decode_page(data, encoding="utf-16")
