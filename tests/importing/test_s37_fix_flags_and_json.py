"""One rule for a flag and a file's name, on the shell as at the desk: a flag that contradicts what
the file's own name states (its page, its date) is refused naming both; one that fills in what
the name does not state is used; a flag overrides the folders (the layout).

And ``--json`` for refusals: every command that prints a JSON report prints one JSON document
on stdout when it refuses to run too (``{"ok": false, "refused": true, "errors": […]}``), and
exits non-zero."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.management.commands.import_pages import Command as ImportPages
from articles.management.commands.publish_scheduled import Command as PublishScheduled
from articles.models import Page
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = (
    "北岸新区开通第一条有轨电车\n"
    "本报讯（记者石磊）北岸新区第一条有轨电车昨天开通，全长十二公里，设站十五座，"
    "沿线居民到市中心的时间缩短一半。\n"
)
PAPER = ("--paper", "北岸晨报", "--workers", "0")


def page_file(folder, name: str):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(PAGE, encoding="utf-8")
    return path


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_pages", *map(str, args), *PAPER, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def refusal(command: str, *args) -> tuple[str, CommandError]:
    out = StringIO()
    with pytest.raises(CommandError) as refused:
        call_command(command, *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue(), refused.value


# -- the flag and the file's name -----------------------------------------------------------


def test_a_page_flag_that_contradicts_the_file_name_is_refused_naming_both(tmp_path):
    path = page_file(tmp_path / "2020-07-09", "A1.txt")

    _, refused = refusal("import_pages", path, "--page", "A2", *PAPER)

    message = str(refused)
    assert f"{path} (--page): 文件名是 A1 版，--page 却是 A2" in message
    assert "请去掉 --page，否则请给文件改名" in message
    assert not Page.objects.exists()  # nothing written


def test_a_page_flag_that_says_what_the_name_says_is_taken(tmp_path):
    run(page_file(tmp_path / "2020-07-09", "A01.txt"), "--page", "A1")

    assert Page.objects.get().label == "A1"


def test_a_page_flag_fills_in_a_name_that_states_no_page(tmp_path):
    run(page_file(tmp_path / "2020-07-09", "000_4c36a888.txt"), "--page", "A2")

    assert Page.objects.get().label == "A2"


@pytest.mark.parametrize("name", ["p1.txt", "P01.txt"])
def test_a_file_numbered_p1_for_page_one_is_page_one_when_the_flag_says_1(tmp_path, name):
    run(page_file(tmp_path / "2020-07-09", name), "--page", "1")

    assert Page.objects.get().label == "1"


def test_a_file_numbered_p1_given_as_another_page_is_refused(tmp_path):
    _, refused = refusal(
        "import_pages", page_file(tmp_path / "2020-07-09", "p1.txt"), "--page", "A1", *PAPER
    )

    assert "文件名是 P1 版，--page 却是 A1" in str(refused)


def test_a_date_flag_that_contradicts_the_file_name_is_refused_naming_both(tmp_path):
    path = page_file(tmp_path, "2020-07-09_A1.txt")

    _, refused = refusal("import_pages", path, "--date", "2020-07-10", *PAPER)

    assert "文件名里的日期是 2020-07-09，--date 却是 2020-07-10" in str(refused)
    assert "请去掉 --date，否则请给文件改名" in str(refused)


def test_a_date_flag_overrides_the_folder_named_for_a_date(tmp_path):
    # (the folder is the layout of many files: the flag is how it is imported unrenamed)
    run(page_file(tmp_path / "2020-07-09", "A1.txt"), "--date", "2020-07-10")

    assert Page.objects.get().issue.date == date(2020, 7, 10)


def test_the_desk_and_the_shell_refuse_the_same_file_and_page():
    from articles.forms.upload import PageUploadForm

    _, _, problem = PageUploadForm._name_parts("A1.txt", "A2", date(2020, 7, 9))
    assert problem and "文件名是 A1 版" in problem and "A2" in problem
    assert PageUploadForm._name_parts("p1.txt", "1", date(2020, 7, 9))[2] is None
    assert "文件名是 P1 版" in PageUploadForm._name_parts("p1.txt", "A1", date(2020, 7, 9))[2]


# -- --json on a refusal ---------------------------------------------------------------------


def test_with_json_a_page_that_contradicts_its_name_is_one_json_document(tmp_path):
    path = page_file(tmp_path / "2020-07-09", "A1.txt")

    out, refused = refusal("import_pages", path, "--page", "A2", "--json", *PAPER)

    document = json.loads(out)
    assert document["ok"] is False and document["refused"] is True
    (error,) = document["errors"]
    assert error["file"] == str(path) and error["flag"] == "--page"
    assert "--page 却是 A2" in error["message"] and error["message"] in str(refused)


def test_with_json_a_bad_flag_value_is_a_json_document(tmp_path):
    path = page_file(tmp_path / "2020-07-09", "A1.txt")

    out, _ = refusal("import_pages", path, "--date", "2020-13-01", "--json", *PAPER)

    (error,) = json.loads(out)["errors"]
    assert error["flag"] == "--date" and "不是真实存在的日期" in error["message"]


def test_with_json_a_missing_file_is_a_json_document(tmp_path):
    missing = tmp_path / "2020-07-09" / "A9.txt"

    out, _ = refusal("import_pages", missing, "--json", *PAPER)

    (error,) = json.loads(out)["errors"]
    assert error["file"] == str(missing) and "没有这个文件" in error["message"]


def test_with_json_every_problem_of_the_run_is_an_error_of_its_own(tmp_path):
    page_file(tmp_path / "no-date", "A1.txt")
    page_file(tmp_path / "no-date", "A2.txt")

    out, _ = refusal("import_pages", tmp_path / "no-date", "--json", *PAPER)

    errors = json.loads(out)["errors"]
    assert [e["file"] for e in errors] == [
        str(tmp_path / "no-date" / "A1.txt"),
        str(tmp_path / "no-date" / "A2.txt"),
    ]


def test_with_json_an_argument_argparse_refuses_is_a_json_document(tmp_path, capsys):
    path = page_file(tmp_path / "2020-07-09", "A1.txt")

    with pytest.raises(SystemExit) as exited:
        ImportPages().run_from_argv(
            ["manage.py", "import_pages", str(path), "--json", "--batch-size", "x"]
        )

    assert exited.value.code == 2
    (error,) = json.loads(capsys.readouterr().out)["errors"]
    assert error["flag"] == "--batch-size" and "要一个整数" in error["message"]


def test_a_run_that_imports_says_ok_in_its_json(tmp_path):
    out, _ = run(page_file(tmp_path / "2020-07-09", "A1.txt"), "--json")

    document = json.loads(out)
    assert document["ok"] is True and document["refused"] is False and document["errors"] == []
    assert [page["summary"] for page in document["pages"]] == [
        "北岸晨报 2020-07-09 A1版：新建；1 篇稿件、0 张图片、0 条导读"
    ]


def test_check_jumps_and_proofread_refuse_in_json_too():
    for command in ("check_jumps", "proofread"):
        out, refused = refusal(command, "--date", "2020-07-09", "--json")

        document = json.loads(out)
        assert document["ok"] is False and document["refused"] is True, command
        assert document["errors"][0]["message"] == str(refused), command


def test_check_jumps_prints_its_own_report_only_when_a_jump_is_broken():
    import_text(PAGE.replace("一半。", "一半。（下转A9版）"), "A1")

    out, _ = refusal("check_jumps", "--json")

    document = json.loads(out)  # one document: the report, not a refusal after it
    assert document["ok"] is False and document["refused"] is False
    assert len(document["problems"]) == 1


def test_publish_scheduled_refuses_an_unknown_option_in_json(capsys):
    with pytest.raises(SystemExit):
        PublishScheduled().run_from_argv(["manage.py", "publish_scheduled", "--json", "--now"])

    document = json.loads(capsys.readouterr().out)
    assert document["ok"] is False and "--now" in document["errors"][0]["message"]
