"""``import_pages`` refuses a page garbled by a second decoding (乱码), naming the file and how
to fix it; nothing of it is written and the rest of the run goes on (the rule:
tests/parsing/test_double_decoded_pages.py). Texts written for these tests."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Page

pytestmark = pytest.mark.django_db

PAGE = "岚川县新建口袋公园\n\n本报讯（记者 顾言）岚川县城区两座口袋公园日前建成开放，市民多了休闲去处。\n"
OTHER = (
    "岚川县举办农民丰收节\n\n本报讯（记者 许朗）岚川县第五届农民丰收节昨天开幕，"
    "全县十二个乡镇的两百多种农产品集中展销，吸引市民三万余人次。\n"
)


def test_the_command_refuses_the_garbled_page_and_imports_the_rest(tmp_path):
    day = tmp_path / "lanchuan-daily" / "2021-05-06"
    day.mkdir(parents=True)
    (tmp_path / "lanchuan-daily" / "paper.json").write_text(
        json.dumps({"name": "岚川日报", "slug": "lanchuan-daily"}), encoding="utf-8"
    )
    (day / "1.txt").write_text(PAGE, encoding="utf-8")
    (day / "2.txt").write_bytes(OTHER.encode("utf-8").decode("latin-1").encode("utf-8"))
    err = StringIO()
    with pytest.raises(CommandError, match="2 个文件中有 1 个导入失败"):
        call_command("import_pages", str(tmp_path), stdout=StringIO(), stderr=err)
    (failure,) = [line for line in err.getvalue().splitlines() if line.startswith("导入失败：")]
    assert "2.txt: " in failure and "乱码" in failure and "岚川县举办农民丰收节" in failure
    assert list(Page.objects.values_list("label", flat=True)) == ["1"]
    assert list(Article.objects.values_list("headline", flat=True)) == ["岚川县新建口袋公园"]
