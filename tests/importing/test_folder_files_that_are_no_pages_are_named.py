"""A folder's files that are no page files (``A2.htm``, ``A3.docx``) are named in the run's
report, with why and how to bring them in, and in ``--json`` (``"passed_over"``); the layout's
``paper.json``/``manifest.json`` and hidden or Windows' own files are not
(``articles/importing/pagefiles.py`` ``find_page_files``)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Page

pytestmark = pytest.mark.django_db

A1 = "西湖渡口重开\n\n本报讯（记者林晓）西湖渡口今天重新开放，游客可以乘船游览。\n"


def _day(tmp_path):
    day = tmp_path / "xihu-evening" / "2024-05-21"
    day.mkdir(parents=True)
    (tmp_path / "xihu-evening" / "paper.json").write_text(
        json.dumps({"name": "西湖晚报", "slug": "xihu-evening"}), encoding="utf-8"
    )
    return day


def test_files_that_are_no_pages_are_named_with_how_to_import_them(tmp_path):
    day = _day(tmp_path)
    (day / "A1.txt").write_text(A1, encoding="utf-8")
    for name in ("A2.htm", "A3.docx", "Thumbs.db", "._A1.txt"):
        (day / name).write_bytes(b"x")
    out = StringIO()
    call_command("import_pages", str(tmp_path), stdout=out, stderr=StringIO())
    said = out.getvalue()
    assert Page.objects.filter(label="A1").exists()
    assert f"未读入文件夹里的 2 个文件：{day / 'A2.htm'}、{day / 'A3.docx'}。" in said, said
    assert "另存为 .txt" in said and "单独给出这个文件" in said, said
    assert "Thumbs.db" not in said and "paper.json" not in said, said


def test_json_lists_them(tmp_path):
    day = _day(tmp_path)
    (day / "A1.txt").write_text(A1, encoding="utf-8")
    (day / "A2.html").write_text("<p>（上接A1版）</p>", encoding="utf-8")
    out = StringIO()
    call_command("import_pages", str(tmp_path), "--json", stdout=out, stderr=StringIO())
    assert json.loads(out.getvalue())["passed_over"] == [str(day / "A2.html")]


def test_a_folder_of_no_page_files_is_refused_naming_what_it_holds(tmp_path):
    day = _day(tmp_path)
    (day / "A1.htm").write_text("<p>西湖渡口重开</p>", encoding="utf-8")
    with pytest.raises(CommandError, match=r"没有版面文件（\.txt、\.text 或 \.pdf），只有 A1\.htm"):
        call_command("import_pages", str(tmp_path), stdout=StringIO(), stderr=StringIO())


def test_a_zip_passed_over_is_said_to_be_unpacked_not_named_on_its_own(tmp_path):
    # (a reviewer named the zip on its own as told, and it was refused as a ZIP)
    import io
    import zipfile

    day = _day(tmp_path)
    (day / "A1.txt").write_text(A1, encoding="utf-8")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("A2.txt", A1)
    (day / "A2.zip").write_bytes(archive.getvalue())
    out = StringIO()
    call_command("import_pages", str(tmp_path), stdout=out, stderr=StringIO())
    said = out.getvalue()
    (line,) = [x for x in said.splitlines() if "未读入文件夹里" in x]
    assert "A2.zip 是压缩包" in line and "请先解压" in line and "导入解压出的文件夹" in line
    assert "单独给出这个文件导入" not in line, line
    with pytest.raises(CommandError) as refused:  # named on its own: refused saying the same
        call_command("import_pages", str(day / "A2.zip"), "--dry-run", stdout=StringIO())
    assert "请先解压" in str(refused.value) and "导入解压出的文件夹" in str(refused.value)


def test_a_zip_named_on_its_own_is_refused_as_an_archive_before_its_name_is_read(tmp_path):
    # (pages.zip was asked for a --page first, then refused as a ZIP once given one)
    (tmp_path / "pages.zip").write_bytes(b"PK\x03\x04rest")
    with pytest.raises(CommandError) as refused:
        call_command("import_pages", str(tmp_path / "pages.zip"), stdout=StringIO())
    said = str(refused.value)
    assert "这是压缩包" in said and "请先解压" in said and "导入解压出的文件夹" in said, said
    assert "--page" not in said, said
