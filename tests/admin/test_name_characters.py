"""What a person's or paper's name may hold (articles/namechars.py): printed text (Han of every
plane, Latin letters, digits, the middle dots of minority and foreign names, spaces, common
punctuation), never an emoji or another pictograph, a private-use or an invisible character.
Each way a name gets in refuses one, naming the character and its code point; a page whose
byline holds one is imported with a warning saying the reporter was not credited. Names and
pages written for these tests (an invented paper, 澜江晚报)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Person, Publication
from articles.namechars import refused_char
from tests.admin.conftest import form_data
from tests.admin.test_spreadsheets import CSV, as_file, dataset, export, import_preview
from tests.factories import import_text

PRINTED = [
    "王明",
    "彭  波",
    "彭\u3000波",
    "𠀋𡈽",  # Extension B
    "埃里克·施密特",
    "阿卜杜勒•热合曼",
    "马可‧费拉里",
    "ソフィア・ローレン",
    "佐々木",
    "Jean-Luc O'Neil",
    "José Müller",
    "李〇",
    "张三（实习）",
    "南通日报",
    "人民日报（海外版）",
    "<晚报> & “夜刊”",
    "21世纪经济报道",
]
NOT_PRINTED = {
    "王😀明": "😀",
    "🐼日报": "🐼",
    "王\u200b明": "\u200b",
    "王\ue000明": "\ue000",
    "王\x07明": "\x07",
    "王明\u2764\ufe0f": "\u2764",
    "1\ufe0f\u20e3": "\ufe0f",
    # letters and marks that print nothing: a name that reads as 王明, or as nothing
    "王\u034f明": "\u034f",
    "王\ufe0e明": "\ufe0e",
    "\u3164": "\u3164",
    "\u115f\u1160": "\u115f",
    "南通日报\u034f": "\u034f",
}


@pytest.mark.parametrize("byline", ["记者 王\u034f明", "记者 \u3164明"])
def test_a_byline_with_a_letter_that_prints_nothing_is_not_printed_text(byline):
    from articles.namechars import unprinted_char

    assert unprinted_char(byline) is not None


@pytest.mark.parametrize("name", PRINTED)
def test_a_printed_name_is_allowed(name):
    assert refused_char(name) is None


@pytest.mark.parametrize(("name", "char"), NOT_PRINTED.items())
def test_a_name_with_a_pictograph_or_an_invisible_character_is_refused(name, char):
    assert refused_char(name) == char


def _errors(response) -> str:
    found = re.findall(
        r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.content.decode(), re.S
    )
    return re.sub(r"<[^>]+>", " ", " ".join(found))


PAGE = "春风吹绿江岸\n\n本报讯（记者 王😀明）江岸的柳树发芽了，市民纷纷出游。今天天气很好。\n"


@pytest.mark.django_db
def test_a_page_whose_byline_holds_an_emoji_is_imported_with_a_warning_naming_story_and_byline():
    report = import_text(PAGE, "A1", paper="澜江晚报", slug="lanjiang")
    story = Article.objects.get()
    assert story.byline == "记者 王😀明" and story.reporter_names() == []
    (said,) = [w for w in report.warnings if "U+1F600" in w]
    assert said.startswith("A1版 第1篇“春风吹绿江岸”的署名“记者 王😀明”含有字符“😀”（U+1F600）")
    assert "记者没有记上" in said and "改正“署名”" in said


@pytest.mark.django_db
def test_a_page_whose_byline_is_read_whole_gets_no_such_warning():
    report = import_text(PAGE.replace("😀", ""), "A1", paper="澜江晚报", slug="lanjiang")
    assert Article.objects.get().reporter_names() == ["王明"]
    assert not [w for w in report.warnings if "U+" in w]


STORY = "澜江大桥维修工程完工\n\n本报讯（记者 周小满）历时四个月的澜江大桥维修工程昨天完工。\n"


@pytest.mark.django_db
def test_the_story_form_refuses_a_byline_with_an_emoji_and_keeps_the_reporter(editor_client):
    import_text(STORY, "A1", paper="澜江晚报", slug="lanjiang")
    story = Article.objects.get()
    url = f"/admin/articles/article/{story.pk}/change/"
    data = form_data(editor_client.get(url), "article_form")
    data["byline"] = "记者 周小满😀"
    data["_save"] = "保存"
    response = editor_client.post(url, data)
    assert response.status_code == 200
    errors = _errors(response)
    assert "署名“记者 周小满😀”含有字符“😀”（U+1F600）" in errors, errors
    story.refresh_from_db()
    assert story.byline == "记者 周小满" and story.reporter_names() == ["周小满"]


@pytest.mark.django_db
def test_the_sheets_reporter_cell_with_an_emoji_is_refused_naming_it(editor_client):
    import_text(STORY, "A1", paper="澜江晚报", slug="lanjiang")
    ds = dataset(export(editor_client, "article", CSV), CSV)
    ds.dict = [{**row, "记者": "不存在的记者😀"} for row in ds.dict]
    preview = import_preview(editor_client, "article", as_file(ds, CSV), CSV)
    text = preview.content.decode()
    assert "记者：姓名“不存在的记者😀”含有字符“😀”（U+1F600）" in text
    assert 'name="import_file_name"' not in text  # no confirm form
    assert not Person.objects.filter(name__contains="不存在").exists()


@pytest.mark.django_db
def test_the_photo_sheets_photographer_with_an_emoji_is_refused(seed):
    from articles.spreadsheets import PhotoResource

    ds = PhotoResource().export()
    ds.dict = [{**row, "摄影": "张😀三"} for row in ds.dict]
    result = PhotoResource().import_data(ds, dry_run=True)
    assert result.has_validation_errors()
    said = " ".join(str(m) for r in result.invalid_rows for m in r.error_dict.values())
    assert "张😀三" in said and "U+1F600" in said
    assert not Person.objects.filter(name="张😀三").exists()


@pytest.mark.django_db
def test_the_person_form_refuses_a_name_with_an_emoji(editor_client):
    url = "/admin/articles/person/add/"
    data = form_data(editor_client.get(url))
    data.update(name="王😀明", _save="保存")
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "姓名“王😀明”含有字符“😀”（U+1F600）" in _errors(response)
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_the_paper_form_refuses_a_name_with_an_emoji(chief_client):
    url = "/admin/articles/publication/add/"
    data = form_data(chief_client.get(url))
    data.update(name="🐼日报", slug="panda-daily", _save="保存")
    response = chief_client.post(url, data)
    assert response.status_code == 200
    assert "报名“🐼日报”含有字符“🐼”（U+1F43C）" in _errors(response)
    assert not Publication.objects.exists()


@pytest.mark.django_db
def test_import_pages_refuses_a_new_paper_named_with_an_emoji(tmp_path: Path):
    page = tmp_path / "A1.txt"
    page.write_text(STORY, encoding="utf-8")
    args = ["--paper", "澜江😀晚报", "--new-paper", "--date", date(2026, 11, 20).isoformat()]
    with pytest.raises(CommandError, match=r"“😀”（U\+1F600）"):
        call_command("import_pages", str(page), *args)
    assert not Publication.objects.exists()
