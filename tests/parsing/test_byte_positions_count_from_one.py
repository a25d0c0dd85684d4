"""A refusal that names a byte counts it from 1, as a Chinese ordinal does: the file's first
byte is 第 1 字节 (not 第 0 字节), and the bytes shown in hex start at the byte named. Lines are
counted from 1 too. The same for the spreadsheet import's reading of a CSV."""

import codecs
import re

import pytest

from articles.parsing import ParseError, decode_page
from articles.spreadsheets.formats import decode_table_text

CHINESE = "本报讯（记者林舟）青石镇的新图书馆今天开馆，藏书两万册，周末也开放。\n"
FIRST = "青石镇新图书馆今天开馆\n本报讯（记者林舟）青石镇的新图书馆今天开馆，藏书两万册。\n"
SECOND = "馆长介绍，图书馆每周二闭馆整理，其余日子上午九点开门，欢迎镇上的居民前来借阅。\n"


def refusal(data: bytes, **kwargs) -> str:
    with pytest.raises(ParseError) as info:
        decode_page(data, **kwargs)
    return str(info.value)


def named_byte(message: str) -> int:
    return int(re.search(r"第 (\d+) 字节", message).group(1))


def test_a_bad_first_byte_is_the_first():
    # (UTF-8 Chinese after it: one spoilt byte, named with its line)
    message = refusal(b"\xff" + CHINESE.encode())
    assert "第 1 字节（第 1 行，十六进制 FF" in message


def test_a_bad_first_byte_in_the_given_encoding_is_the_first():
    message = refusal(b"\xff" + CHINESE.encode(), encoding="utf-8")
    assert "版面不是所给的 utf-8 编码：第 1 字节（十六进制 FF" in message


def test_a_bad_byte_after_the_bom_is_counted_in_the_file():
    message = refusal(codecs.BOM_UTF8 + b"\xff" + CHINESE.encode())
    assert "第 4 字节（第 1 行，十六进制 FF" in message  # the BOM is bytes 1 to 3


def test_mixed_encodings_name_the_first_byte_of_the_other_part():
    head = FIRST.encode("utf-8")
    message = refusal(head + SECOND.encode("gbk"))
    assert "第 3 行起" in message
    assert named_byte(message) == len(head) + 1  # the first GBK byte, counted from 1
    head = FIRST.encode("gbk")
    message = refusal(head + SECOND.encode("utf-8"))
    assert "第 3 行起" in message and named_byte(message) == len(head) + 1


def test_the_spreadsheet_import_counts_from_one_too():
    with pytest.raises(ValueError, match="第 1 个字节既不是 UTF-8 也不是 GB18030"):
        decode_table_text(b"\xff" + "标题,作者\n".encode())
