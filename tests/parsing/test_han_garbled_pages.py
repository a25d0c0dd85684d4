"""A page of Chinese saved in UTF-8, opened as GBK/GB18030 (简体中文 Windows' default) and saved
again (``发布`` → ``鍙戝竷``: Han garbled into Han) is refused, quoting the garbling and what it
reads as undone, instead of imported as stories of rare characters that make no words (the
reviewers' leftover: only a page that kept ``�`` was caught). The message gives the ``iconv``
command when undoing is exact. Real pages, simplified, traditional, GB18030 and English, are
read. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles.parsing import ParseError, decode_page, parse_page
from articles.parsing.hanmojibake import han_repaired

SEED_DIR = Path(__file__).resolve().parents[2] / "seeds" / "nantong-daily" / "2020-07-09"

PAGE = (
    "岚川县新建三座污水处理厂\n\n"
    "本报讯（记者 顾言）岚川县三座乡镇污水处理厂日前全部建成投运，日处理能力合计一万二千吨，"
    "沿河十二个村的生活污水从此得到集中处理。\n\n"
    "据县生态环境局介绍，三座处理厂均采用一体化设备，出水达到一级A标准，今年还将铺设管网四十公里。\n"
)
# Every line an even number of three-byte characters, none of whose byte pairs GB18030 lacks: a
# GB18030 reading pairs every byte, so nothing is lost and the file can be repaired exactly.
EVEN = "岚川县举办农民丰收节\n\n全县十二个乡镇两百多种农产品集中展销\n"


def garbled(text: str, read_as: str = "gb18030") -> bytes:
    """``text`` saved in UTF-8, read as ``read_as`` (a byte pair it has no character for: ``�``)
    and saved again in UTF-8."""
    return text.encode("utf-8").decode(read_as, errors="replace").encode("utf-8")


def refusal(data: bytes) -> str:
    with pytest.raises(ParseError) as caught:
        decode_page(data)
    return str(caught.value)


@pytest.mark.parametrize("read_as", ["gb18030", "gbk"])
def test_a_page_read_as_gbk_and_saved_again_is_refused_with_what_it_reads_as(read_as):
    said = refusal(garbled(PAGE, read_as))
    assert "乱码" in said and "GBK/GB18030" in said and "重新导出" in said
    assert "第 1 行“" in said and "还原后读作“岚川县" in said


def test_the_refusal_quotes_the_garbling_as_it_shows():
    said = refusal(garbled(PAGE))
    shown = garbled(PAGE).decode("utf-8").splitlines()[0][:12]
    assert f"如第 1 行“{shown}”" in said


def test_an_exact_garbling_gives_the_iconv_command_that_repairs_it():
    data = garbled(EVEN)
    assert "\ufffd" not in data.decode("utf-8")
    said = refusal(data)
    assert "iconv -f UTF-8 -t GB18030 原文件.txt > 还原后.txt" in said
    # what that command does: the file's text in GB18030 is the page's first UTF-8 bytes
    assert data.decode("utf-8").encode("gb18030") == EVEN.encode("utf-8")


def test_a_garbling_that_lost_bytes_says_the_file_cannot_be_repaired_whole():
    said = refusal(garbled(PAGE))
    assert "iconv" not in said and "无法完整还原" in said


def test_one_garbled_paragraph_among_real_ones_is_refused():
    real = "岚川县召开防汛工作会议，部署今年汛期各项准备工作，要求各乡镇落实值班制度。\n\n" * 4
    bad = garbled("县气象台预计今年主汛期降水偏多，强对流天气频繁，请各地提前做好防范。\n").decode()
    said = refusal((real + bad + real).encode("utf-8"))
    assert "第 9 行" in said and "还原后读作“县气象台预计" in said


def test_parse_page_refuses_it_too():
    with pytest.raises(ParseError, match="GBK/GB18030"):
        parse_page(garbled(PAGE))


@pytest.mark.parametrize(
    "text",
    [
        PAGE,
        EVEN,
        "嶺陽新建三座污水處理廠\n\n本報訊（記者 顧言）嶺陽縣三座鄉鎮污水處理廠日前全部建成投運。\n",
        "Harbour bridge opens\n\nBy Elena Marchetti\n\nThe new bridge opened on Monday.\n",
        "鍙戝竷会\n\n本报讯 一个“鍙戝竷”的字样出现在报道里，但全文是真正的中文，不应被拒绝。\n",
    ],
    ids=["simplified", "even", "traditional", "english", "quoted-garbling"],
)
def test_real_pages_are_read(text):
    assert han_repaired(text) is None
    decode_page(text.encode("utf-8"))
    decode_page(text.encode("gb18030"))


def test_rare_characters_that_undo_to_nothing_are_read():
    # a page of rare characters (an old text's variants) that is not UTF-8 read as GBK
    text = "龘靐齉齾爩鱻麤龗灪龖厵滟爨癵驫麣纞虋\n" * 3
    assert han_repaired(text) is None


@pytest.mark.parametrize("errors", ["ignore", "replace"])
def test_the_seed_page_read_as_gbk_is_refused_however_the_reading_lost_bytes(errors):
    # a reviewer's run: bytes GBK has no character for dropped (errors="ignore") or shown as �
    seed = (SEED_DIR / "A1.txt").read_text(encoding="utf-8")
    data = seed.encode("utf-8").decode("gbk", errors=errors).encode("utf-8")
    said = refusal(data)
    assert "GBK/GB18030" in said and "还原后读作“我市" in said


def test_a_short_notice_read_as_gbk_is_refused():
    # (a reviewer's run: imported as a page of 0 stories with only a warning)
    notice = "关于发布新规的通知\n\n各单位：现将新规印发给你们，请遵照执行。\n"
    said = refusal(notice.encode("utf-8").decode("gbk", errors="ignore").encode("utf-8"))
    assert "还原后读作“关于发布新" in said


def test_one_garbled_paragraph_of_a_long_page_is_refused_with_its_line():
    # (a second reviewer's run: one paragraph of the seed garbled passed as 10 % of its Han)
    lines = (SEED_DIR / "A1.txt").read_text(encoding="utf-8").split("\n")
    lines[15] = lines[15].encode("utf-8").decode("gbk", errors="ignore")
    said = refusal("\n".join(lines).encode("utf-8"))
    assert "如第 16 行“" in said


@pytest.mark.parametrize("read_as", ["big5", "cp950"])
def test_a_page_read_as_big5_that_lost_its_bytes_is_refused_as_unreadable(read_as):
    # UTF-8 read as Big5 with the bytes it had no character for dropped: nothing to undo
    seed = (SEED_DIR / "A1.txt").read_text(encoding="utf-8")
    said = refusal(seed.encode("utf-8").decode(read_as, errors="ignore").encode("utf-8"))
    assert "版面文本读不通" in said and "重新导出" in said


def test_a_real_page_in_ocr_traditional_or_japanese_reads_as_chinese_enough():
    for text in (
        "嶺陽新建三座污水處理廠\n\n本報訊（記者 顧言）嶺陽縣三座鄉鎮污水處理廠日前全部建成投運。\n"
        * 3,
        "政府は本日、閣議において経済対策を決定した。総理大臣は記者会見で説明した。\n" * 3,
    ):
        decode_page(text.encode("utf-8"))


@pytest.mark.parametrize("separator", ["\n", "\r\n", "\r", "\u2028"])
def test_a_garbled_paragraph_among_real_lines_is_found_on_its_line_whatever_ends_lines(separator):
    # The sample is undone in one piece: each line must still come back on its own, under its
    # own number, whichever way the file ends its lines (and a real line with characters GB18030
    # writes in four bytes, 𠀀 and an emoji, next to it changes nothing).
    real = ["岚川县新建三座污水处理厂𠀀", "据县生态环境局介绍，三座处理厂均采用一体化设备😀。"]
    wrong = garbled("沿河十二个村的生活污水从此得到集中处理。").decode("utf-8")
    found = han_repaired(separator.join([*real, wrong, *real]))
    assert found is not None and found.line == 3
    assert found.meant.startswith("沿河十二个村")
