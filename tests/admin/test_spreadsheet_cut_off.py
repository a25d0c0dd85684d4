"""A spreadsheet cut short (an export, copy or upload that stopped inside a character) is said
to be cut off, with the byte where it stops and to export it again, as the page importer says
of a page file; not blamed on its encoding with advice to re-save it as UTF-8."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.spreadsheets import ArticleResource
from articles.spreadsheets.formats import decode_table_text
from tests.admin.test_spreadsheets import CSV, import_preview

pytestmark = pytest.mark.django_db


def cut_inside_a_character(data: bytes, near: int) -> bytes:
    """``data`` cut at the first byte from ``near`` on that is inside a UTF-8 character."""
    at = next(n for n in range(near, len(data)) if 0x80 <= data[n] < 0xC0)
    return data[:at]


def test_an_exported_csv_cut_short_is_said_to_be_cut_off_where_it_stops(editor_client, seed):
    exported = ("\ufeff" + ArticleResource().export().export("csv")).encode("utf-8")
    cut = cut_inside_a_character(exported, 700)
    preview = import_preview(editor_client, "article", SimpleUploadedFile("稿件.csv", cut), CSV)
    html = preview.content.decode()
    assert f"它在第 {len(cut)} 字节处中途结束" in html
    assert "请重新导出完整的表格再导入" in html
    assert "既不是 UTF-8 也不是 GB18030" not in html and "另存为” CSV UTF-8" not in html
    assert preview.context.get("confirm_form") is None  # nothing to confirm


def test_a_gb18030_csv_cut_inside_its_last_character_is_cut_off_too():
    text = "报纸,日期,版次,位置,主题\n南通日报,2020-07-09,A1,1,城东新桥今天合龙\n"
    data = text.encode("gb18030")[:-2]  # 龙 loses its second byte (the line end goes too)
    with pytest.raises(ValueError, match=f"（按 gb18030 读）：它在第 {len(data)} 字节处中途结束"):
        decode_table_text(data)


@pytest.mark.parametrize("inside", ["a quoted cell", "between cells"])
def test_an_exported_csv_cut_between_characters_mid_row_is_said_to_be_cut_off(
    editor_client, seed, inside
):
    exported = "\ufeff" + ArticleResource().export().export("csv")
    middle = len(exported) // 2
    if inside == "a quoted cell":  # just after a cell's opening quote: the quote runs to the end
        cut = exported[: exported.index(',"', middle) + 3]
    else:  # just after a comma ending a cell
        cut = exported[: exported.index(",", exported.index("\n", middle) + 2) + 1]
    preview = import_preview(
        editor_client, "article", SimpleUploadedFile("稿件.csv", cut.encode("utf-8")), CSV
    )
    html = preview.content.decode()
    assert "行中途结束（表头有" in html and "请重新导出完整的表格再导入" in html
    assert preview.context.get("confirm_form") is None
