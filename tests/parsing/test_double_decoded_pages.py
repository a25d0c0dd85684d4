"""A page of Chinese garbled by a second decoding (its bytes read as Latin-1 or Windows-1252
and saved again: ``æå¸…``) is refused, naming what happened and what it reads as undone,
instead of imported as stories of gibberish (a reviewer's finding: one untitled story and only a
note on "4436 个不可见的控制字符"). Pages that merely hold some Western letters are read."""

from __future__ import annotations

import pytest

from articles.parsing import ParseError, decode_page
from articles.parsing.mojibake import repaired

PAGE = (
    "岚川县新建三座污水处理厂\n\n"
    "本报讯（记者 顾言）岚川县三座乡镇污水处理厂日前全部建成投运，日处理能力合计一万二千吨，"
    "沿河十二个村的生活污水从此得到集中处理。\n\n"
    "据县生态环境局介绍，三座处理厂均采用一体化设备，出水达到一级A标准，今年还将铺设管网四十公里。\n"
)


def garbled(text: str, source: str, read_as: str) -> bytes:
    """``text`` in ``source`` bytes, read as ``read_as`` and saved again as UTF-8."""
    return text.encode(source).decode(read_as, errors="strict").encode("utf-8")


@pytest.mark.parametrize(
    ("source", "read_as"), [("utf-8", "latin-1"), ("gb18030", "latin-1"), ("gb18030", "cp1252")]
)
def test_a_page_read_in_a_western_encoding_and_saved_again_is_refused(source, read_as):
    try:
        data = garbled(PAGE, source, read_as)
    except UnicodeDecodeError:
        pytest.skip(f"{read_as} cannot read these {source} bytes")
    with pytest.raises(ParseError) as caught:
        decode_page(data)
    said = str(caught.value)
    assert "乱码" in said and "Latin-1" in said and "重新导出" in said
    assert "还原后读作“岚川县新建三座污水处理厂”" in said
    assert source.upper() in said


def test_the_sample_shown_leaves_out_controls_that_show_nothing():
    with pytest.raises(ParseError) as caught:
        decode_page(garbled(PAGE, "utf-8", "latin-1"))
    shown = str(caught.value).split("开头是“")[1].split("”")[0]
    assert shown and not any(0x80 <= ord(ch) <= 0x9F for ch in shown)


@pytest.mark.parametrize(
    "text",
    [
        PAGE.replace("顾言", "顾言、Zoë Müller"),  # a name in Western letters
        "Café Society\n\nThe café on Rue Étienne reopened on Monday after a façade renovation; "
        "its crème brûlée, naïve décor and señor's piñata are back.\n" * 3,  # a page in French
        "Ü" * 40 + "\n" + PAGE,  # Western letters that repair to nothing Chinese
    ],
    ids=["name", "french", "no-repair"],
)
def test_pages_with_western_letters_are_read(text):
    decoded, _ = decode_page(text.encode("utf-8"))
    assert decoded == text
    assert repaired(text) is None
