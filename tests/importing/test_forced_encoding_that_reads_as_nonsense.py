"""``--encoding`` that reads a page as nonsense while another encoding reads it as Chinese is
refused for that page, naming both (``articles/parsing/decoding.py``:
``_refuse_forced_nonsense``); a right ``--encoding`` is used as given."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from articles.parsing.decoding import decode_page
from articles.parsing.results import ParseError

pytestmark = pytest.mark.django_db

SIMPLIFIED = "西湖渡口重开\n\n本报讯（记者林晓）西湖渡口今天重新开放，游客可以乘船游览。\n"
TRADITIONAL = "西湖渡口重開\n\n本報訊（記者林曉）西湖渡口今天重新開放，遊客可以乘船遊覽。\n"


def test_big5_forced_as_gb18030_is_refused_naming_big5():
    with pytest.raises(ParseError) as caught:
        decode_page(TRADITIONAL.encode("big5"), encoding="gb18030")
    said = str(caught.value)
    assert "--encoding gb18030" in said and "--encoding big5" in said, said


def test_gbk_forced_as_a_one_byte_encoding_is_refused_naming_gb18030():
    with pytest.raises(ParseError, match="按 gb18030 却读得通"):
        decode_page(SIMPLIFIED.encode("gbk"), encoding="latin-1")


def test_the_right_encoding_given_is_used():
    assert decode_page(TRADITIONAL.encode("big5"), encoding="big5") == (TRADITIONAL, "big5")
    assert decode_page(SIMPLIFIED.encode("gbk"), encoding="gbk")[0] == SIMPLIFIED


def test_the_command_refuses_the_page_and_writes_nothing(tmp_path):
    path = tmp_path / "A3.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    err = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_pages",
            str(path),
            "--paper",
            "西湖晚报",
            "--date",
            "2024-05-20",
            "--encoding",
            "gb18030",
            stdout=StringIO(),
            stderr=err,
        )
    assert "多半是 big5 编码" in err.getvalue(), err.getvalue()
    assert not Article.objects.exists()
