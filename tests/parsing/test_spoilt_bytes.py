"""A UTF-8 page with a few bytes spoilt (a disk or a transfer flipped them) is refused as such,
naming each place's line and byte, not as "two encodings mixed" (a fresh reviewer's one ``FF``
byte in the seed: the advice to re-save the rest in its own encoding could not be followed).
Text written for these tests."""

from __future__ import annotations

import codecs

import pytest

from articles.parsing import ParseError, decode_page

PAGE = (
    "岚川县新建三座污水处理厂\n\n"
    "本报讯（记者 顾言）岚川县三座乡镇污水处理厂日前全部建成投运，日处理能力合计一万二千吨。\n\n"
    "据县生态环境局介绍，三座处理厂均采用一体化设备，出水达到一级A标准，今年还将铺设管网四十公里。\n"
)


def refusal(data: bytes) -> str:
    with pytest.raises(ParseError) as caught:
        decode_page(data)
    return str(caught.value)


def test_one_spoilt_byte_is_named_with_its_line_and_byte():
    data = PAGE.encode("utf-8")
    at = data.index("据县".encode()) + 3  # after 据, on line 5
    said = refusal(data[:at] + b"\xff" + data[at:])
    assert "文件是 UTF-8，但有 1 处坏字节" in said
    assert f"第 {at + 1} 字节（第 5 行，十六进制 FF）" in said
    assert "不是混了两种编码" in said and "重新导出" in said
    assert "另存为" not in said


def test_a_byte_dropped_inside_a_character_is_one_place_with_the_character():
    data = PAGE.encode("utf-8")
    at = data.index("污水".encode()) + 1  # inside 污
    said = refusal(data[:at] + b"\xfe" + data[at:])
    assert "有 1 处坏字节" in said and "（第 1 行，" in said


def test_spoilt_bytes_in_several_places_are_all_named():
    data = PAGE.encode("utf-8")
    first, second = data.index("县".encode()), data.index("设备".encode())
    spoilt = data[:first] + b"\xff" + data[first:second] + b"\xff" + data[second:]
    said = refusal(spoilt)
    assert "有 2 处坏字节" in said and "（第 1 行，" in said and "（第 5 行，" in said


def test_a_paragraph_in_gbk_after_utf8_is_still_two_encodings_mixed():
    data = PAGE.encode("utf-8") + "\n县里还将新建两座垃圾中转站，年底前投入使用。\n".encode("gbk")
    said = refusal(data)
    assert "混了两种编码" in said and "坏字节" not in said


def test_a_spoilt_byte_after_a_bom_is_counted_in_the_file_with_its_line():
    data = PAGE.encode("utf-8")
    at = data.index("据县".encode())
    said = refusal(codecs.BOM_UTF8 + data[:at] + b"\xff" + data[at:])
    assert f"第 {at + 3 + 1} 字节（第 5 行，十六进制 FF）" in said and "另存为" not in said


def test_a_dozen_spoilt_bytes_are_still_spoilt_bytes_the_first_five_named():
    # a byte spoilt after every 9th character (on character boundaries): twelve places
    places = [len(PAGE[:i].encode("utf-8")) for i in range(9, 9 * 13, 9)]
    data = bytearray(PAGE.encode("utf-8"))
    for at in reversed(places):
        data[at:at] = b"\xff"
    said = refusal(bytes(data))
    assert "有 12 处坏字节" in said and "等 12 处" in said
    assert "一个文件里混了两种编码" not in said
    assert said.count("行，十六进制") == 5
