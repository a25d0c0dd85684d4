"""A page imported with ``--encoding`` that is not its encoding is imported as mojibake without a
word, when the bytes happen to decode: a Big5 page read as GB18030 becomes a story of nonsense
characters.

Who sees it: the operator (the report says only ``按 gb18030 编码读入``), then editors and, once
the issue is published, readers. ``--encoding`` is given for a whole run (README: "``--encoding
NAME`` (any Python codec, e.g. ``cp950``) overrides the detection"), typically because most of a
folder is in one encoding; a Hong Kong or Taiwan agency page in Big5 among GBK pages is then read
as GB18030, which decodes nearly any double-byte text. The detection that the flag overrides would
have read it right, and README promises that a page "that reads as Chinese only as rare
characters making no words (Shift-JIS read as GB18030) is refused with the likely encoding"; the
forced path (``articles/parsing/decoding.py`` ``_decode_forced``) checks only that the bytes
decode.

Expected: a page that the given encoding reads as rare characters making no words is refused (or
at least warned about), naming the encoding it is likely in (Big5 here), and no nonsense story is
written silently.
"""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article

pytestmark = pytest.mark.django_db

TRADITIONAL = (
    "城東公園開放\n\n本報訊（記者王成）城東新建三座口袋公園，市民休閒有了好去處。"
    "據介紹，公園今年七月開放，市民可以免費入園。\n"
)


def test_a_big5_page_forced_as_gb18030_is_not_imported_as_nonsense(tmp_path):
    path = tmp_path / "A3.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    out, err = StringIO(), StringIO()
    refused = False
    try:
        call_command(
            "import_pages",
            str(path),
            "--paper",
            "东湖日报",
            "--new-paper",
            "--date",
            "2024-05-20",
            "--encoding",
            "gb18030",
            stdout=out,
            stderr=err,
        )
    except CommandError as exc:
        refused = True
        err.write(str(exc))
    said = out.getvalue() + err.getvalue()
    assert "big5" in said.lower(), said
    if refused:
        assert not Article.objects.exists()
