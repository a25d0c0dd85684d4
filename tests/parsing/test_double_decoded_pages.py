"""A page of Chinese garbled by a second decoding (its bytes read as Latin-1 or Windows-1252
and saved again: ``æå¸…``) is refused, naming what happened and what it reads as undone,
instead of imported as stories of gibberish (a reviewer's finding: one untitled story and only a
note on "4436 个不可见的控制字符"). So is one garbled twice, one with a line of real Chinese
typed in since, and one that lost some bytes on the way; the message gives the ``iconv``
command that repairs the file when that is exact. Pages that merely hold some Western letters
(names, an English or bilingual page) are read."""

from __future__ import annotations

import pytest

from articles.parsing import ParseError, decode_page
from articles.parsing.mojibake import iconv_targets, repaired

PAGE = (
    "岚川县新建三座污水处理厂\n\n"
    "本报讯（记者 顾言）岚川县三座乡镇污水处理厂日前全部建成投运，日处理能力合计一万二千吨，"
    "沿河十二个村的生活污水从此得到集中处理。\n\n"
    "据县生态环境局介绍，三座处理厂均采用一体化设备，出水达到一级A标准，今年还将铺设管网四十公里。\n"
)
HEAD = "岚川县新建三座污水处理厂"
# The bytes Windows-1252 has no letter for: Windows reads them as C1 controls, other tools drop
# them.
UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def garbled(text: str, source: str, read_as: str) -> bytes:
    """``text`` in ``source`` bytes, read as ``read_as`` and saved again as UTF-8."""
    return text.encode(source).decode(read_as, errors="strict").encode("utf-8")


def windows_1252(data: bytes, *, undefined: str = "keep") -> str:
    """``data`` read as Windows reads Windows-1252: its five undefined bytes as C1 controls
    (``keep``), or dropped (``drop``) as some tools do."""
    return "".join(
        (chr(byte) if undefined == "keep" else "")
        if byte in UNDEFINED
        else bytes([byte]).decode("cp1252")
        for byte in data
    )


def refusal(data: bytes) -> str:
    with pytest.raises(ParseError) as caught:
        decode_page(data)
    return str(caught.value)


@pytest.mark.parametrize(
    ("source", "read_as"), [("utf-8", "latin-1"), ("gb18030", "latin-1"), ("gb18030", "cp1252")]
)
def test_a_page_read_in_a_western_encoding_and_saved_again_is_refused(source, read_as):
    try:
        data = garbled(PAGE, source, read_as)
    except UnicodeDecodeError:
        pytest.skip(f"{read_as} cannot read these {source} bytes")
    said = refusal(data)
    assert "乱码" in said and "Latin-1" in said and "重新导出" in said
    assert f"还原后读作“{HEAD}”" in said
    assert source.upper() in said


def test_utf8_read_as_windows_1252_is_refused():
    said = refusal(windows_1252(PAGE.encode("utf-8")).encode("utf-8"))
    assert "原本是 UTF-8 的中文" in said and f"还原后读作“{HEAD}”" in said


def test_the_sample_shown_leaves_out_controls_that_show_nothing():
    shown = refusal(garbled(PAGE, "utf-8", "latin-1")).split("（如“")[1].split("”")[0]
    assert shown.startswith("å²") and not any(0x80 <= ord(ch) <= 0x9F for ch in shown)


def test_a_page_garbled_twice_is_undone_twice():
    twice = PAGE.encode("utf-8").decode("latin-1").encode("utf-8").decode("latin-1")
    said = refusal(twice.encode("utf-8"))
    assert "原本是 UTF-8 的中文" in said and "反复了 2 次" in said
    assert f"还原后读作“{HEAD}”" in said  # (not GB18030 read of its bytes: 氓虏職氓…)
    assert "iconv -f UTF-8 -t LATIN1 原文件.txt | iconv -f UTF-8 -t LATIN1 > 还原后.txt" in said


def test_a_line_of_real_chinese_does_not_hide_the_garbled_rest():
    head, rest = PAGE.split("\n", 1)
    said = refusal((head + "\n" + rest.encode("utf-8").decode("latin-1")).encode("utf-8"))
    assert "乱码" in said and "还原后读作“本报讯（记者 顾言）" in said
    assert "iconv" not in said  # (iconv cannot write the real line in Latin-1)


def test_a_page_that_lost_bytes_on_the_way_is_refused_as_garbled():
    data = PAGE.encode("utf-8")
    assert sum(byte in UNDEFINED for byte in data) > 5
    said = refusal(windows_1252(data, undefined="drop").encode("utf-8"))
    assert "原本是 UTF-8 的中文" in said and "重新导出" in said
    assert "有些字节在转存时已经丢了" in said and "iconv" not in said


def test_the_iconv_command_given_repairs_the_file():
    for text in (
        garbled(PAGE, "utf-8", "latin-1").decode("utf-8"),
        garbled(PAGE, "gb18030", "latin-1").decode("utf-8"),
        windows_1252(PAGE.encode("gb18030")),  # Windows-1252's letters: CP1252
    ):
        found = repaired(text)
        targets = iconv_targets(text, found.rounds)
        data = text.encode("utf-8")
        for target in targets:  # what `iconv -f UTF-8 -t TARGET` does
            data = data.decode("utf-8").encode({"LATIN1": "latin-1", "CP1252": "cp1252"}[target])
        assert decode_page(data)[0] == PAGE


BILINGUAL = (
    "蓝湾大学举办国际文化节 Lanwan University Hosts International Culture Festival\n\n"
    "本报讯（学生记者 林可）10月20日，蓝湾大学第十二届国际文化节在东区草坪开幕，"
    "来自二十多个国家的留学生设摊展示家乡美食与手工艺。\n\n"
    "Students from more than twenty countries set up stalls on the East Lawn on Saturday. "
    "“Our crêpes sold out in an hour,” said Amélie Durand, a French exchange student; "
    "José Núñez brought churros, and Jürgen Schäfer taught visitors a Bavarian folk dance.\n\n"
    "Le festival se termine dimanche soir par un concert « Musiques du monde » au théâtre.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        PAGE.replace("顾言", "顾言、Zoë Müller"),  # a name in Western letters
        "Café Society\n\nThe café on Rue Étienne reopened on Monday after a façade renovation; "
        "its crème brûlée, naïve décor and señor's piñata are back.\n" * 3,  # a page in French
        "Ü" * 40 + "\n" + PAGE,  # Western letters that repair to nothing Chinese
        BILINGUAL,
        "Lanwan Weekly\n\nThe council met on Monday to discuss the new bus routes — "
        "“a long-awaited change,” one resident said… The routes open in May.\n" * 20,
    ],
    ids=["name", "french", "no-repair", "bilingual", "english"],
)
def test_pages_with_western_letters_are_read(text):
    decoded, _ = decode_page(text.encode("utf-8"))
    assert decoded == text
    assert repaired(text) is None
