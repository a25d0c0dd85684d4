"""The story and photo spreadsheets' 记者 / 摄影 cells and two people named 王明
(articles/people/namecells.py): the export writes a namesake with their 区分说明, the import
reads it back as that person (never a person named ``王明（体育部）``), two of them both, and a note
none has is refused; before, the cell said ``王明`` for either and a typed note made a person."""

from __future__ import annotations

from datetime import date

import pytest

from articles.models import Byline, Person, PhotoCredit
from articles.spreadsheets import ArticleResource, PhotoResource
from tests.factories import import_text
from tests.people.conftest import EVENING, page

pytestmark = pytest.mark.django_db


def exported(resource, key: str, value: str) -> tuple:
    """The export of ``resource`` and its row whose ``key`` column holds ``value``."""
    ds = resource.export()
    rows = [list(r) for r in ds]
    return ds, next(r for r in rows if r[ds.headers.index(key)] == value), rows


def import_edited(resource, key: str, value: str, column: str, cell: str | None):
    """Export, set ``column`` of the row whose ``key`` is ``value`` to ``cell`` (None: leave
    it), import; the result."""
    ds, row, rows = exported(resource, key, value)
    if cell is not None:
        row[ds.headers.index(column)] = cell
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    return resource.import_data(ds, dry_run=False)


def reporters(story) -> list[Person]:
    return [b.person for b in Byline.objects.filter(article=story).order_by("order")]


def test_the_export_writes_each_namesake_with_their_note(split_wangs):
    ds, row, _ = exported(ArticleResource(), "主题", split_wangs["daily"].headline)

    assert row[ds.headers.index("记者")] == "王明（体育部）"


def test_a_cell_naming_the_other_namesake_by_note_credits_them_and_makes_no_person(split_wangs):
    story = split_wangs["daily"]

    result = import_edited(
        ArticleResource(), "主题", story.headline, "记者", "王明（晴川晚报）、李华"
    )

    assert not result.has_validation_errors(), [r.error_dict for r in result.invalid_rows]
    assert [str(p) for p in reporters(story)] == ["王明（晴川晚报）", "李华"]
    assert not Person.objects.filter(name__contains="（").exists()


def test_a_cell_naming_both_namesakes_credits_both_and_exports_them_again(split_wangs):
    story = split_wangs["evening"]
    cell = "王明（体育部）、王明(晴川晚报)、李华"

    result = import_edited(ArticleResource(), "主题", story.headline, "记者", cell)

    assert not result.has_validation_errors(), [r.error_dict for r in result.invalid_rows]
    assert reporters(story)[:2] == [split_wangs["sports"], split_wangs["evening_wang"]]
    ds, row, _ = exported(ArticleResource(), "主题", story.headline)
    assert row[ds.headers.index("记者")] == "王明（体育部）、王明（晴川晚报）、李华"
    again = import_edited(ArticleResource(), "主题", story.headline, "记者", None)
    assert not again.has_validation_errors()
    assert reporters(story)[:2] == [split_wangs["sports"], split_wangs["evening_wang"]]


def test_a_note_no_namesake_has_is_refused_naming_the_notes(split_wangs):
    story = split_wangs["daily"]

    result = import_edited(ArticleResource(), "主题", story.headline, "记者", "王明（财经部）")

    assert result.has_validation_errors()
    errors = [str(e) for r in result.invalid_rows for e in r.error_dict.get("记者", [])]
    assert errors == [
        "记者里“王明”后括号中的“财经部”不是哪一位王明的区分说明（现有：“晴川晚报”、“体育部”）；"
        "请改成其中一个，如“王明（晴川晚报）”，或删去括号（按这一行的稿件原来记的那位）"
    ]
    assert reporters(story)[0] == split_wangs["sports"]
    assert not Person.objects.filter(name__contains="财经部").exists()


def test_a_photo_row_s_photographer_cell_picks_the_namesake_by_note(split_wangs):
    text = page("晚报摄影展开幕", "作品琳琅满目") + "\n图为观众在展厅参观。\n本报记者 王明 摄\n"
    import_text(text, "A5", when=date(2025, 6, 1), **EVENING)
    credit = PhotoCredit.objects.get()
    assert credit.person == split_wangs["evening_wang"]
    caption = credit.photo.caption

    result = import_edited(PhotoResource(), "图片说明", caption, "摄影", "王明（体育部）")

    assert not result.has_validation_errors(), [r.error_dict for r in result.invalid_rows]
    assert PhotoCredit.objects.get().person == split_wangs["sports"]
    ds, row, _ = exported(PhotoResource(), "图片说明", caption)
    assert row[ds.headers.index("摄影")] == "王明（体育部）"


@pytest.mark.parametrize("cell", ["王明（体育部）（时政部）、李华", "王明（体育部"])
def test_a_malformed_note_after_a_namesake_s_name_is_refused_and_makes_no_person(split_wangs, cell):
    story = split_wangs["daily"]

    result = import_edited(ArticleResource(), "主题", story.headline, "记者", cell)

    assert result.has_validation_errors()
    errors = [str(e) for r in result.invalid_rows for e in r.error_dict.get("记者", [])]
    assert len(errors) == 1
    assert errors[0].startswith(f"记者里“{cell.split('、')[0]}”写法不对：")
    assert "如“王明（晴川晚报）”" in errors[0]
    assert reporters(story)[0] == split_wangs["sports"]
    assert not Person.objects.filter(name__contains="（").exists()
    assert not Person.objects.filter(name__contains="部").exists()


def test_a_bracket_after_a_name_nobody_shares_is_still_a_name(split_wangs):
    story = split_wangs["daily"]

    result = import_edited(ArticleResource(), "主题", story.headline, "记者", "张三（特约、李华")

    assert not result.has_validation_errors(), [r.error_dict for r in result.invalid_rows]
