"""What a file says about itself is checked before anything is written, the same way on every way
in (folder names, paper.json, manifest.json, flags, the service): issue dates from 1815 to a year
ahead, and paper names and slugs that fit their columns. The admin upload form: tests/admin."""

import json
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.dates import EARLIEST_ISSUE_DATE, latest_issue_date
from articles.importing import PageImportError
from articles.models import Page, Publication
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = "标题\n\n本报讯（记者甲乙）正文第一段。\n"
SLUG_LENGTH = Publication._meta.get_field("slug").max_length
NAME_LENGTH = Publication._meta.get_field("name").max_length


def run(*args):
    call_command("import_pages", *map(str, args), stdout=StringIO(), stderr=StringIO())


def lay_out(root, *, day="2020-07-09", paper_json=None, paper_folder="nantong-daily"):
    folder = root / paper_folder / day
    folder.mkdir(parents=True)
    (folder / "A1.txt").write_text(PAGE, encoding="utf-8")
    if paper_json is not None:
        (root / paper_folder / "paper.json").write_text(
            json.dumps(paper_json, ensure_ascii=False), encoding="utf-8"
        )
    return folder / "A1.txt"


def refused(*args) -> str:
    with pytest.raises(CommandError) as excinfo:
        run(*args)
    assert not Page.objects.exists() and not Publication.objects.exists()
    return str(excinfo.value)


# Issue dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("day", ["9999-12-31", "1814-12-31"])
def test_a_folder_dated_outside_the_issue_range_is_refused_naming_the_file(tmp_path, day):
    page = lay_out(tmp_path, day=day, paper_json={"name": "南通日报"})
    message = refused(tmp_path)
    assert f"{page}: 出版日期 {day} 不在 1815-01-01 至 {latest_issue_date().isoformat()}" in message
    assert "请检查文件夹名" in message


def test_a_date_flag_outside_the_issue_range_is_refused(tmp_path):
    page = lay_out(tmp_path, paper_json={"name": "南通日报"})
    message = refused(page, "--date", "9999-12-31")
    assert message.startswith("--date: 出版日期 9999-12-31 不在 1815-01-01")
    assert "\n" not in message


def test_a_manifest_date_outside_the_issue_range_is_refused_naming_the_manifest(tmp_path):
    (tmp_path / "000_4c36.txt").write_text(PAGE, encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        json.dumps({"paper": "南通日报", "date": "2202-07-09", "pages": {"000_4c36.txt": "A1"}}),
        encoding="utf-8",
    )
    assert f'{manifest} ("date"): 出版日期 2202-07-09 不在' in refused(tmp_path)


def test_the_service_refuses_issue_dates_outside_the_range_and_takes_its_ends():
    for day in (date(9999, 12, 31), latest_issue_date() + timedelta(days=1)):
        with pytest.raises(PageImportError, match=f"A1.txt: 出版日期 {day.isoformat()} 不在"):
            import_text(PAGE, "A1", when=day)
    assert not Page.objects.exists()
    import_text(PAGE, "A1", when=EARLIEST_ISSUE_DATE)
    import_text(PAGE, "A2", when=latest_issue_date())
    assert Page.objects.count() == 2


# Paper names and slugs -----------------------------------------------------------------------


def test_a_paper_slug_longer_than_its_column_is_refused_naming_paper_json(tmp_path):
    slug = "n" * (SLUG_LENGTH + 1)
    lay_out(tmp_path, paper_json={"name": "南通日报", "slug": slug})
    message = refused(tmp_path)
    assert f"{tmp_path / 'nantong-daily' / 'paper.json'}: URL 标识" in message
    assert f"有 {SLUG_LENGTH + 1} 个字符，最多 {SLUG_LENGTH} 个" in message


@pytest.mark.parametrize("slug", ["南通日报", "nantong daily", "../x", "ok\x00"])
def test_a_paper_slug_with_characters_a_url_cannot_carry_is_refused(tmp_path, slug):
    lay_out(tmp_path, paper_json={"name": "南通日报", "slug": slug})
    message = refused(tmp_path)
    assert "paper.json: URL 标识" in message
    assert "只能由英文字母、数字" in message or "控制字符" in message


def test_a_paper_name_flag_longer_than_its_column_is_one_clear_error(tmp_path):
    page = lay_out(tmp_path)
    message = refused(page, "--paper", "报" * (NAME_LENGTH + 1))
    assert message.startswith(f"--paper: 报名“{'报' * 20}…”有 {NAME_LENGTH + 1} 个字符")


def test_a_manifest_paper_name_with_a_nul_is_refused_naming_the_manifest(tmp_path):
    (tmp_path / "A1.txt").write_text(PAGE, encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"paper": "南通\x00日报", "date": "2020-07-09"}))
    message = refused(tmp_path)
    assert f'{manifest} ("paper", "paper_slug"): 报名' in message and "控制字符" in message


def test_the_service_refuses_a_slug_longer_than_its_column_on_every_database():
    with pytest.raises(PageImportError, match=f"A1.txt: URL 标识.*最多 {SLUG_LENGTH} 个"):
        import_text(PAGE, "A1", paper="长报", slug="x" * (SLUG_LENGTH + 5))
    assert not Publication.objects.exists()


def test_a_new_papers_slug_made_from_a_long_name_fits_its_column():
    name = "The Nantong Evening and Morning Daily Chronicle of Commerce and Culture Weekly"
    import_text(PAGE, "A1", paper=name, slug="")
    slug = Publication.objects.get().slug
    assert len(slug) <= SLUG_LENGTH and slug.startswith("the-nantong-evening")
    assert not slug.endswith("-")


def test_a_paper_folder_whose_name_is_no_slug_gets_one_made_for_it(tmp_path):
    lay_out(tmp_path, paper_json={"name": "南通日报"}, paper_folder="南通日报")
    run(tmp_path)
    assert Publication.objects.get().slug.startswith("paper-")


def test_every_problem_of_a_manifest_is_reported_at_once(tmp_path):
    (tmp_path / "000_4c36.txt").write_text(PAGE, encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        json.dumps(
            {
                "paper": "报" * (NAME_LENGTH + 1),
                "date": "2202-07-09",
                "pages": {"000_4c36.txt": "??", "A9.txt": "A9"},
            }
        ),
        encoding="utf-8",
    )
    message = refused(tmp_path)
    assert f'{manifest} ("date"): 出版日期 2202-07-09 不在' in message
    assert f'{manifest} ("paper", "paper_slug"): ' in message
    assert f"{manifest} (000_4c36.txt): " in message
    assert '"pages" 里的“A9.txt”不是这个文件夹里的文件' in message
    assert message.count(str(manifest)) == 4  # each once, not again for its page file


def test_a_flag_overrides_a_bad_manifest_value_without_a_word(tmp_path):
    (tmp_path / "000_4c36.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.json").write_text(
        json.dumps({"paper": "南通日报", "date": "2202-07-09", "pages": {"000_4c36.txt": "A1"}}),
        encoding="utf-8",
    )
    run(tmp_path, "--date", "2020-07-09", "--new-paper")
    assert Page.objects.get().label == "A1"


def test_two_files_for_one_page_in_one_run_are_refused_before_anything_is_written(tmp_path):
    folder = lay_out(tmp_path).parent
    (folder / "A01.txt").write_text("另一个标题\n\n本报讯 另一篇正文。\n", encoding="utf-8")
    message = refused(tmp_path)
    assert "A01.txt" in message and "A1.txt" in message and "同一版只能导入一个文件" in message
    assert not Page.objects.exists()


def test_two_manifest_entries_for_one_page_are_refused(tmp_path):
    folder = tmp_path / "nantong-daily" / "2020-07-10"
    folder.mkdir(parents=True)
    (folder / "000_a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "001_b.txt").write_text("另一个标题\n\n本报讯 另一篇正文。\n", encoding="utf-8")
    (folder / "manifest.json").write_text(
        json.dumps({"pages": {"000_a.txt": "A8", "001_b.txt": "A08"}}), encoding="utf-8"
    )
    assert "同一版只能导入一个文件" in refused(folder)
    assert not Page.objects.exists()


def test_a_page_text_and_its_pdf_are_one_page_not_two(tmp_path):
    from articles.importing.pdfpairs import pair_sources
    from articles.importing.sources import resolve_sources, same_page_twice

    folder = lay_out(tmp_path).parent
    (folder / "A1.pdf").write_bytes(b"%PDF-1.4\n")
    sources, errors = resolve_sources([tmp_path])
    paired, _ = pair_sources(sources)
    assert not errors and len(sources) == 2 and not same_page_twice(paired)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b'{"date": "2020-07-10", pages: {}}', "JSON 写法不对（第 1 行"),
        (b"[1, 2]", "应是一个 JSON 对象"),
        ('{"date": "2020-07-10"}'.encode("utf-16"), "另存为 UTF-8"),
    ],
)
def test_an_unreadable_manifest_is_reported_once_in_chinese(tmp_path, content, fragment):
    folder = tmp_path / "nantong-daily" / "2020-07-10"
    folder.mkdir(parents=True)
    for name in ("A1.txt", "A2.txt", "A3.txt"):
        (folder / name).write_text(PAGE, encoding="utf-8")
    (folder / "manifest.json").write_bytes(content)
    message = refused(folder)
    assert message.count("manifest.json") == 1 and fragment in message


def test_a_paper_that_does_not_exist_is_reported_with_the_runs_other_problems(tmp_path):
    import_text(PAGE, "A1", paper="南通日报", slug="nantong-daily")
    folder = tmp_path / "2020-07-10"
    folder.mkdir()
    (folder / "000_a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "001_b.txt").write_text("另一个标题\n\n本报讯 另一篇正文。\n", encoding="utf-8")
    (folder / "manifest.json").write_text(
        json.dumps(
            {
                "paper": "南通日報",
                "date": "2020-07-10",
                "pages": {"000_a.txt": "A2", "001_b.txt": "A02"},
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    with pytest.raises(CommandError) as excinfo:
        run(folder)
    message = str(excinfo.value)
    assert "同一版只能导入一个文件" in message
    assert "报纸 '南通日報' 还不存在" in message and "--paper nantong-daily" in message
    assert list(Publication.objects.values_list("name", flat=True)) == ["南通日报"]
    assert Page.objects.count() == 1


def test_a_folder_named_for_a_day_that_does_not_exist_is_refused_saying_rename_it(tmp_path):
    page = lay_out(tmp_path, day="2020-02-30", paper_json={"name": "南通日报"})
    message = refused(tmp_path)
    assert f"{page}: '2020-02-30' 不是真实存在的日期" in message
    assert "请把文件夹改名为真实的出版日期" in message


def test_a_manifest_date_that_does_not_exist_is_refused_saying_correct_the_manifest(tmp_path):
    (tmp_path / "000_4c36.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.json").write_text(
        json.dumps({"paper": "南通日报", "date": "2020-02-30", "pages": {"000_4c36.txt": "A1"}}),
        encoding="utf-8",
    )
    message = refused(tmp_path)
    assert '请改正 manifest.json 的 "date"' in message


@pytest.mark.parametrize(
    ("folder", "renamed"),
    # (20200709 is a date folder: tests/importing/test_compact_dates_in_file_names.py)
    [("2020-2-3", "2020-02-03"), ("2020.7.9", "2020-07-09")],
)
def test_a_folder_named_for_a_date_written_otherwise_says_how_to_rename_it(
    tmp_path, folder, renamed
):
    (tmp_path / folder).mkdir()
    (tmp_path / folder / "A1.txt").write_text("标题\n\n　　正文。", encoding="utf-8")
    message = refused(tmp_path / folder, "--paper", "南通日报")
    assert f"文件夹名 {folder} 像是日期，请改名为 {renamed}" in message
