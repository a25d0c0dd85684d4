"""``--date`` against the date folders of the files given (``articles/importing/datefolders.py``):
over one folder it is how a folder named for the wrong day is imported unrenamed (README); over
folders of several days, or with ``--printed-date-wrong`` over a folder of another day, the run
is refused before any file is read, naming the folders and how to go on."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Page

pytestmark = pytest.mark.django_db

TEXT = (
    "北岸晨报 2021年3月{day}日 {label}版\n\n渡口重开\n\n本报讯（记者林晓）西湖渡口今天重新开放。\n"
)


def _mix(tmp_path):
    """``mix/2021-03-01/{A2,A3}.txt`` and ``mix/2021-03-02/A1.txt``, each printing its day."""
    mix = tmp_path / "北岸晨报"
    for day, labels in (("01", ("A2", "A3")), ("02", ("A1",))):
        (mix / f"2021-03-{day}").mkdir(parents=True)
        for label in labels:
            text = TEXT.format(day=int(day), label=label)
            (mix / f"2021-03-{day}" / f"{label}.txt").write_text(text, encoding="utf-8")
    return mix


def _refused(*args) -> str:
    with pytest.raises(CommandError) as refused:
        call_command("import_pages", *map(str, args), stdout=StringIO(), stderr=StringIO())
    return str(refused.value)


def test_printed_date_wrong_over_another_days_folder_is_refused_before_reading(tmp_path):
    mix = _mix(tmp_path)
    said = _refused(mix, "--new-paper", "--date", "2021-03-02", "--printed-date-wrong")
    assert said.startswith(f"--date 2021-03-02 与文件夹 {mix / '2021-03-01'} 的日期不同：")
    assert "--printed-date-wrong 只说版面上印的日期有误" in said
    assert "请只给出 2021-03-02 的文件，或去掉 --date" in said
    assert not Page.objects.exists()


def test_the_refusal_is_before_any_file_is_read(tmp_path, monkeypatch):
    mix = _mix(tmp_path)

    def read(*args, **kwargs):
        raise AssertionError("a file was read")

    monkeypatch.setattr("articles.importing.sources._resolve_one", read)
    monkeypatch.setattr("articles.importing.sources.manifest_problems", read)
    said = _refused(mix, "--date", "2021-03-02", "--printed-date-wrong")
    assert said.startswith("--date 2021-03-02 与文件夹") and "什么也没有读入" in said


def test_one_folder_of_another_day_with_printed_date_wrong_is_refused_too(tmp_path):
    mix = _mix(tmp_path)
    said = _refused(mix / "2021-03-01" / "A2.txt", "--date", "2021-03-02", "--printed-date-wrong")
    assert said.startswith(f"--date 2021-03-02 与文件夹 {mix / '2021-03-01'} 的日期不同：")


def test_the_date_flag_over_several_days_folders_is_refused_without_the_flag_too(tmp_path):
    mix = _mix(tmp_path)
    out = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_pages",
            str(mix),
            "--date",
            "2021-03-02",
            "--json",
            stdout=out,
            stderr=StringIO(),
        )
    [error] = json.loads(out.getvalue())["errors"]
    assert error["flag"] == "--date"
    assert "给出的文件来自 2 天的文件夹（2021-03-01、2021-03-02）" in error["message"]
    assert not Page.objects.exists()


def test_the_date_flag_over_one_folder_of_its_own_day_imports(tmp_path):
    mix = _mix(tmp_path)
    call_command(
        "import_pages",
        str(mix / "2021-03-02"),
        *("--new-paper", "--date", "2021-03-02", "--printed-date-wrong"),
        stdout=StringIO(),
    )
    assert Page.objects.get().issue.date.isoformat() == "2021-03-02"
