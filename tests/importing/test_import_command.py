"""The import_pages command: layouts, flags, progress, failures and bad input."""

import json
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Page, Publication
from tests.factories import SEED

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def layout(tmp_path):
    folder = tmp_path / "nantong-daily" / "2020-07-09"
    folder.mkdir(parents=True)
    shutil.copy(SEED, folder / "A1.txt")
    (tmp_path / "nantong-daily" / "paper.json").write_text(
        json.dumps({"name": "南通日报", "slug": "nantong-daily"}), encoding="utf-8"
    )
    return tmp_path


def test_folder_layout_names_paper_date_and_page(layout):
    out, _ = run(layout)
    assert "南通日报 2020-07-09 A1版：新建；5 篇稿件、1 张图片、2 条导读；4 处转版待接" in out
    assert "1 个文件中导入了 1 个版面：新建 1" in out
    assert Publication.objects.get().slug == "nantong-daily"


def test_project_seeds_folder_imports_without_flags():
    out, _ = run("seeds")
    assert "南通日报 2020-07-09 A1版：新建" in out


def test_flags_override_the_layout_not_the_file_name(layout):
    page_file = layout / "nantong-daily" / "2020-07-09" / "A1.txt"
    with pytest.raises(CommandError, match="文件名是 A1 版，--page 却是 B1"):
        run(page_file, "--date", "2020-07-10", "--page", "B1")
    run(page_file, "--date", "2020-07-10")  # the folder's date is the layout's
    page = Page.objects.get()
    assert (str(page.issue.date), page.label) == ("2020-07-10", "A1")


def test_manifest_names_files_whose_names_say_nothing(tmp_path):
    shutil.copy(SEED, tmp_path / "000_4c36a888c26cb678.txt")
    (tmp_path / "manifest.json").write_text(
        json.dumps(
            {"paper": "南通日报", "date": "2020-07-09", "pages": {"000_4c36a888c26cb678.txt": "A1"}}
        ),
        encoding="utf-8",
    )
    run(tmp_path)
    assert Page.objects.get().label == "A1"


def test_json_report_for_machines(layout):
    out, _ = run(layout, "--json")
    report = json.loads(out)
    assert report["failures"] == []
    assert report["pages"][0]["articles"] == 5 and len(report["pages"][0]["pending_jumps"]) == 4


def test_dry_run_writes_nothing(layout):
    out, _ = run(layout, "--dry-run")
    assert "试运行" in out
    assert not Page.objects.exists()


def test_missing_date_names_the_file_and_the_flag(tmp_path):
    shutil.copy(SEED, tmp_path / "A1.txt")
    with pytest.raises(CommandError, match=r"A1\.txt: 看不出出版日期；请给出 --date"):
        run(tmp_path / "A1.txt", "--paper", "南通日报")
    assert not Page.objects.exists()


def test_missing_page_names_the_file_and_the_flag(tmp_path):
    shutil.copy(SEED, tmp_path / "front.txt")
    with pytest.raises(
        CommandError, match=r"front\.txt: 从文件名 .* 看不出是哪一版；请给出 --page"
    ):
        run(tmp_path / "front.txt", "--paper", "南通日报", "--date", "2020-07-09")


def test_one_unknown_file_stops_the_whole_run_before_writing(layout):
    shutil.copy(SEED, layout / "nantong-daily" / "2020-07-09" / "front.txt")
    with pytest.raises(CommandError, match="什么也没有导入"):
        run(layout)
    assert not Page.objects.exists()


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--date", "2020-13-01", "--date: '2020-13-01' 不是真实存在的日期"),
        ("--date", "yesterday", "--date: 'yesterday' 不是日期；请写成 年-月-日（YYYY-MM-DD）"),
        ("--page", "front", "--page: “front”不是版次"),
    ],
)
def test_a_bad_flag_value_is_one_clear_error(layout, flag, value, message):
    with pytest.raises(CommandError) as excinfo:
        run(layout / "nantong-daily" / "2020-07-09" / "A1.txt", flag, value)
    assert message in str(excinfo.value)
    assert "\n" not in str(excinfo.value)
    assert not Page.objects.exists()


def test_page_flag_with_many_files_is_refused(layout):
    shutil.copy(SEED, layout / "nantong-daily" / "2020-07-09" / "A2.txt")
    with pytest.raises(CommandError, match="--page A1 只指一个版面，却给了 2 个文件"):
        run(layout, "--page", "A1")


def test_a_folder_with_no_pages_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="没有版面文件"):
        run(tmp_path)


def test_a_missing_path_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="没有这个文件或文件夹"):
        run(tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "文件是空的（0 字节）"),
        (b"  \n\r\n\t ", "版面只有空白"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "这是 PNG 图片，不是版面文本"),
        (b"\xfa\x80\x81\xfe\xff\x80" * 20, "读不出版面的文字"),
    ],
    ids=["empty", "blank", "binary", "undecodable"],
)
def test_bad_files_fail_with_a_clear_message_and_the_rest_still_import(layout, content, message):
    folder = layout / "nantong-daily" / "2020-07-09"
    (folder / "A2.txt").write_bytes(content)
    err = StringIO()
    with pytest.raises(CommandError, match="2 个文件中有 1 个导入失败"):
        call_command("import_pages", str(layout), stdout=StringIO(), stderr=err)
    failure = [line for line in err.getvalue().splitlines() if line.startswith("导入失败：")]
    assert len(failure) == 1 and "A2.txt: " in failure[0] and message in failure[0]
    assert Page.objects.filter(label="A1").exists()
    assert not Page.objects.filter(label="A2").exists()


def test_failures_are_listed_on_stderr(layout):
    folder = layout / "nantong-daily" / "2020-07-09"
    (folder / "A2.txt").write_bytes(b"")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_pages", str(layout), stdout=StringIO(), stderr=err)
    assert "导入失败：" in err.getvalue() and "A2.txt: 文件是空的" in err.getvalue()


def test_gb18030_and_bom_files_import_the_same_articles(layout, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    for name, data in (
        ("B1.txt", text.encode("gb18030")),
        ("B2.txt", b"\xef\xbb\xbf" + text.encode()),
    ):
        (layout / "nantong-daily" / "2020-07-09" / name).write_bytes(data)
    run(layout)
    by_page = {
        label: list(
            Article.objects.filter(page__label=label)
            .order_by("position")
            .values_list("headline", flat=True)
        )
        for label in ("A1", "B1", "B2")
    }
    assert by_page["A1"] == by_page["B1"] == by_page["B2"]
    assert Page.objects.get(label="B1").raw_encoding == "gb18030"


def test_a_file_over_the_size_limit_is_refused_without_being_read_whole(tmp_path, settings):
    from pathlib import Path

    from articles.importing.sources import SourceError, read_page_file

    with pytest.raises(SourceError, match="超过 1,000 字节"):
        read_page_file(Path("/dev/zero"), max_bytes=1000)  # endless: must not be read whole
    page = tmp_path / "nantong-daily" / "2020-07-09" / "A1.txt"
    page.parent.mkdir(parents=True)
    page.write_bytes("正文。\n".encode() * 1000)
    settings.NEWSROOM_MAX_PAGE_BYTES = 1000
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("import_pages", str(page), "--paper", "南通日报", stdout=out, stderr=err)
    assert f"{page}: 超过 1,000 字节" in out.getvalue() + err.getvalue()


# Page encodings ----------------------------------------------------------------------------------

TRADITIONAL_PAGE = (
    "市議會通過新年度預算案\n\n本報訊（記者陳志明）立法會昨日舉行會議，議員通過財政預算案。\n"
)


def test_the_report_says_which_encoding_a_page_was_read_as(tmp_path):
    (tmp_path / "A1.txt").write_bytes(TRADITIONAL_PAGE.encode("big5"))  # named .txt, not UTF-8
    args = ("--paper", "明報", "--date", "2020-07-09")
    out, _ = run(tmp_path / "A1.txt", *args, "--page", "A1", "--dry-run")
    assert "明報 2020-07-09 A1版：将新建；1 篇稿件" in out
    assert "；按 big5 编码读入" in out
    out, _ = run(tmp_path / "A1.txt", *args, "--page", "A1", "--json")
    (report,) = json.loads(out)["pages"]
    assert report["encoding"] == "big5"
    assert Page.objects.get().raw_text == TRADITIONAL_PAGE


def test_gbk_bytes_in_a_txt_file_are_reported_as_gb18030(tmp_path):
    (tmp_path / "A1.txt").write_bytes("南通新闻\n\n本报讯（记者金帅）会议召开。\n".encode("gbk"))
    out, _ = run(tmp_path / "A1.txt", "--paper", "南通日报", "--date", "2020-07-09", "--json")
    assert json.loads(out)["pages"][0]["encoding"] == "gb18030"


def test_encoding_flag_overrides_detection(tmp_path):
    (tmp_path / "A1.txt").write_bytes(TRADITIONAL_PAGE.encode("big5hkscs"))
    args = (tmp_path / "A1.txt", "--paper", "明報", "--date", "2020-07-09", "--json")
    out, _ = run(*args, "--encoding", "Big5-HKSCS")
    assert json.loads(out)["pages"][0]["encoding"] == "big5hkscs"


def test_encoding_flag_with_a_bad_name_is_a_usage_error(tmp_path):
    shutil.copy(SEED, tmp_path / "A1.txt")
    for name in ("no-such-codec", "base64"):
        with pytest.raises(CommandError, match="不是已知的文字编码"):
            run(
                tmp_path / "A1.txt",
                "--paper",
                "南通日报",
                "--date",
                "2020-07-09",
                "--encoding",
                name,
            )
    assert not Page.objects.exists()


def test_a_file_that_does_not_decode_in_the_given_encoding_fails_alone(tmp_path):
    (tmp_path / "A1.txt").write_bytes(TRADITIONAL_PAGE.encode("big5"))
    (tmp_path / "A2.txt").write_bytes(TRADITIONAL_PAGE.encode("utf-8"))
    err = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_pages",
            str(tmp_path),
            *("--paper", "明報", "--date", "2020-07-09", "--encoding", "utf-8"),
            stdout=StringIO(),
            stderr=err,
        )
    assert "A1.txt: 版面不是所给的 utf-8 编码：第 " in err.getvalue()
    assert Page.objects.get().label == "A2"


def test_the_reports_warnings_are_printed_in_chinese(layout):
    page = layout / "nantong-daily" / "2020-07-09" / "A1.txt"
    page.write_text("（下转A2版）\n\n" + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out, _ = run(layout)
    assert "  注意：第1行：转版标记“（下转A2版）”前面没有正文，已放在一边（请核对）" in out
    assert "follows no text" not in out


@pytest.mark.parametrize("key", ["../A1.txt", "A1.text"], ids=["outside-the-folder", "misspelt"])
def test_a_manifest_page_that_is_not_a_file_of_its_folder_is_named_and_nothing_imported(
    tmp_path, key
):
    shutil.copy(SEED, tmp_path / "A1.txt")
    (tmp_path / "manifest.json").write_text(
        json.dumps({"paper": "南通日报", "date": "2020-07-09", "pages": {key: "A2"}}),
        encoding="utf-8",
    )
    with pytest.raises(CommandError) as caught:
        run(tmp_path)
    assert f"“{key}”不是这个文件夹里的文件" in str(caught.value)
    assert not Page.objects.exists()


def test_json_report_gives_the_parsers_warnings_in_chinese(tmp_path):
    folder = tmp_path / "nantong-daily" / "2020-07-10"
    folder.mkdir(parents=True)
    (folder / "A1.txt").write_text(
        "（下转A2版）\n\n标题一\n\n本报讯 正文写在这里。\n", encoding="utf-8"
    )
    out, _ = run(tmp_path, "--json", "--new-paper")
    (warning,) = json.loads(out)["pages"][0]["warnings"]
    assert warning == "第1行：转版标记“（下转A2版）”前面没有正文，已放在一边（请核对）"


@pytest.mark.parametrize("flag", ["--workers", "--batch-size"])
def test_a_count_flag_that_is_no_number_is_refused_in_chinese(tmp_path, flag):
    with pytest.raises(CommandError, match="要一个整数，不是 'abc'"):
        call_command("import_pages", str(tmp_path), flag, "abc", stdout=StringIO())


def test_more_workers_than_the_machine_can_hold_are_refused_before_anything_is_written(tmp_path):
    (tmp_path / "A1.txt").write_text("标题\n\n本报讯 正文。\n", encoding="utf-8")
    with pytest.raises(CommandError, match="--workers 最多是"):
        call_command(
            "import_pages", str(tmp_path), "--paper", "测试报", "--date", "2020-07-09",
            "--workers", "999", stdout=StringIO(),
        )  # fmt: skip
    assert not Page.objects.exists()
