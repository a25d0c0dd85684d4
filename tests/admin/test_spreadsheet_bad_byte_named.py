"""A spreadsheet with a bad byte in the middle names that byte and its line, counted in the whole
file (the BOM included), whether or not the file starts with a BOM: not the first byte where
reading the UTF-8 file as GB18030 went wrong (inside the header), which sent the editor looking
at a cell that is fine."""

import codecs

import pytest

from articles.spreadsheets.formats import decode_table_text

HEAD = "报纸,日期,版次,位置,主题\n南通日报,2020-07-09,A1,1,城东新桥今天合龙\n".encode()
BAD = b"\xe7\xe8\x80"  # a three-byte character's lead byte, then a character cut short
TAIL = "南通日报,2020-07-09,A1,2,老街改造完工\n".encode()


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, b""], ids=["with BOM", "without BOM"])
def test_a_bad_byte_in_a_utf8_spreadsheet_is_named_where_it_is(bom):
    data = bom + HEAD + "南通日报,2020-07-09,A1,2,老".encode() + BAD + TAIL
    at = data.index(BAD) + 1  # counted from 1
    with pytest.raises(ValueError) as refused:
        decode_table_text(data)
    message = str(refused.value)
    assert f"第 {at} 个字节（第 3 行，十六进制 E7 E8 80" in message
    assert "不是 UTF-8" in message and "改正第 3 行" in message
    assert "既不是 UTF-8 也不是 GB18030" not in message
