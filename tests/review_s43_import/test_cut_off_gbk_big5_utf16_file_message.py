"""A GB18030/GBK, Big5 or UTF-16 page file cut off inside its last character is refused with
wrong advice: "byte 0 is not UTF-8 … save the file as UTF-8", or even "it may be Shift-JIS:
import it with --encoding shift_jis_2004".

Who sees it: the editor or operator importing pages (``import_pages``, the desk's upload, which
share ``articles/parsing/decoding.py``). Older Windows tools write GBK, Hong Kong and Taiwan
sources Big5, Word's "Unicode" text UTF-16 (INPUT.md, README: all supported). An export, copy or
upload that stops early cuts such a file inside its last character. Round 39 taught the
importer to say so for UTF-8 (``_refuse_cut_off``: "文件在第 N 字节处中途结束…像是导出、复制或
上传时被截断了；请重新导出或复制…"); for the other encodings the message points at byte 0 (the
file's first, perfectly good character), tells the editor to re-save as UTF-8 (which cannot
bring back the missing bytes; the editor's tool cannot even open it as GBK cleanly), and for a
GB18030 file cut early suggests Shift-JIS, which would import mojibake.

Expected: as for UTF-8, the refusal says the file ends mid-character (cut off, 不完整/截断), at
the byte where it stops, and asks for the page to be exported or copied again; it suggests no
other encoding and no re-save as UTF-8; nothing is written.
"""

from __future__ import annotations

import codecs
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Page

pytestmark = pytest.mark.django_db

SIMPLIFIED = (
    "城东公园开放\n\n本报讯（记者王成）城东新建三座口袋公园，市民休闲有了好去处。"
    "据介绍，公园今年七月开放，市民可以免费入园。"
)
TRADITIONAL = (
    "城東公園開放\n\n本報訊（記者王成）城東新建三座口袋公園，市民休閒有了好去處。"
    "據介紹，公園今年七月開放，市民可以免費入園。"
)

CUT = {
    "gb18030, last character cut": SIMPLIFIED.encode("gb18030")[:-1],
    "gb18030, cut early": SIMPLIFIED.encode("gb18030")[:41],
    "big5, last character cut": TRADITIONAL.encode("big5")[:-1],
    "utf-16 with BOM, last character cut": codecs.BOM_UTF16_LE
    + SIMPLIFIED.encode("utf-16-le")[:-1],
}


@pytest.mark.parametrize("case", sorted(CUT))
def test_a_cut_off_file_in_a_chinese_encoding_is_refused_as_cut_off(tmp_path, case):
    data = CUT[case]
    path = tmp_path / "A3.txt"
    path.write_bytes(data)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_pages",
            str(path),
            "--paper",
            "东湖日报",
            "--new-paper",
            "--date",
            "2024-05-20",
            stdout=out,
            stderr=err,
        )
    said = out.getvalue() + err.getvalue()
    assert not Page.objects.exists()
    assert "截断" in said or "中途结束" in said, said
    assert "shift_jis" not in said.lower(), said
    assert "另存为 UTF-8" not in said, said
    assert "第 0 字节" not in said, said
