"""An issue whose page labels would mix section-lettered (A1) and unlettered (2) forms, read from
file names alone, is refused before anything is written, whatever the order the pages arrive
in (one folder, or one run after another), naming every file of both forms and each way on. A
label given (``--page``, a manifest) is taken (test_jumps_across_label_forms: what its jumps
then say)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.importing.labelforms import IssuePage, form_refusals
from articles.models import Article, Issue, Jump, Page, Publication

pytestmark = pytest.mark.django_db

# An invented front page whose story jumps to A2, and the page that continues it.
FRONT = (
    "青石镇跨河大桥开工\n\n"
    "本报讯（记者柳青）青石镇跨河大桥昨天开工，全长四百二十米，预计明年秋天通车，"
    "两岸村民过河不再绕行十二公里。镇政府表示，施工期间（下转A2版）\n"
)
FOLLOW = "（上接A1版）\n\n原有的渡口照常开放，每天早六点到晚八点都有渡船往返，方便村民出行。\n"
OTHER = "夜市开到晚十点\n\n本报讯（记者柳青）老街夜市本周起延长到晚上十点，摊位增加四十个。\n"
FLAGS = ("--paper", "青石日报", "--date", "2021-05-06", "--workers", "0")


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), *FLAGS, stdout=out, stderr=StringIO())
    return out.getvalue()


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(*args) -> str:
    with pytest.raises(CommandError) as error:
        run(*args)
    return str(error.value)


def stored() -> list:
    return sorted(Page.objects.values_list("label", "source_name", "raw_text"))


def test_a1_and_2_in_one_folder_are_both_refused_naming_each_other(tmp_path):
    a1 = write(tmp_path / "f", "A1.txt", FRONT)
    p2 = write(tmp_path / "f", "2.txt", FOLLOW)

    message = refused(tmp_path / "f", "--new-paper")

    assert (
        f"{p2}: 版次写法不一：2.txt 读作 2版（不带叠号），同时导入的 A1.txt（A1版）却带叠号；"
    ) in message, message
    assert "转版也接不上（“下转A2版”找不到2版）" in message
    assert "若它是A2版，请改名为 A2.txt（或单独导入它并加 --page A2）" in message
    assert "若是 A1.txt 的名字写错了，请改正后再导入；" in message
    assert "若本期确有不带叠号的2版，请单独导入它并加 --page 2" in message
    assert f"{a1}: 版次写法不一：A1.txt 读作 A1版（带叠号），同时导入的 2.txt（2版）却不带叠号" in (
        message
    )
    assert "若它是1版，请改名为 1.txt" in message
    assert not Publication.objects.exists() and not Page.objects.exists()


def test_json_lists_both_files(tmp_path):
    a1 = write(tmp_path / "f", "A1.txt", FRONT)
    p2 = write(tmp_path / "f", "2.txt", FOLLOW)
    out = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_pages", str(tmp_path / "f"), *FLAGS, "--new-paper", "--json", stdout=out
        )
    errors = json.loads(out.getvalue())["errors"]
    assert sorted(e["file"] for e in errors) == sorted([str(a1), str(p2)])
    assert all("版次写法不一" in e["message"] for e in errors)


def test_2_after_a1_was_imported_in_an_earlier_run_is_refused(tmp_path):
    run(write(tmp_path / "a", "A1.txt", FRONT), "--new-paper")
    before = (stored(), list(Article.objects.values_list("pk", "page_id", "headline")))
    p2 = write(tmp_path / "b", "2.txt", FOLLOW)

    message = refused(p2)

    assert (
        f"{p2}: 版次写法不一：2.txt 读作 2版（不带叠号），本期已导入的A1版（A1.txt）却带叠号；"
    ) in message, message
    assert "若它是A2版，请改名为 A2.txt" in message
    assert "若是 A1.txt 的名字写错了，请改正后再导入（已导入的版面先在版面页“撤销本版导入”）" in (
        message
    )
    assert (stored(), list(Article.objects.values_list("pk", "page_id", "headline"))) == before


def test_a1_after_2_was_imported_is_refused_the_other_way(tmp_path):
    run(write(tmp_path / "a", "2.txt", FOLLOW), "--new-paper")
    a1 = write(tmp_path / "b", "A1.txt", FRONT)

    message = refused(a1)

    assert (
        f"{a1}: 版次写法不一：A1.txt 读作 A1版（带叠号），本期已导入的2版（2.txt）却不带叠号"
        in (message)
    )
    assert "若它是1版，请改名为 1.txt" in message
    assert [p.label for p in Page.objects.all()] == ["2"]


def test_the_odd_one_out_of_a_folder_is_refused_alone(tmp_path):
    folder = tmp_path / "f"
    write(folder, "A1.txt", FRONT)
    write(folder, "A3.txt", OTHER)
    write(folder, "A4.txt", OTHER.replace("四十", "五十"))
    p2 = write(folder, "2.txt", FOLLOW)

    message = refused(folder, "--new-paper")

    problems = message.splitlines()[1:]
    assert len(problems) == 1, message
    assert (
        problems[0]
        .strip()
        .startswith(f"{p2}: 版次写法不一：2.txt 读作 2版（不带叠号），同时导入的 ")
    )
    assert "A1.txt（A1版）、A3.txt（A3版）、A4.txt（A4版）却带叠号" in message
    assert not Page.objects.exists()


def test_renamed_the_jump_links(tmp_path):
    run(write(tmp_path / "a", "A1.txt", FRONT), "--new-paper")
    run(write(tmp_path / "b", "A2.txt", FOLLOW))
    (jump,) = Jump.objects.filter(direction="forward")
    assert jump.state == "linked"


def test_given_as_a2_the_file_2_txt_is_a2_and_the_jump_links(tmp_path):
    run(write(tmp_path / "a", "A1.txt", FRONT), "--new-paper")
    run(write(tmp_path / "b", "2.txt", FOLLOW), "--page", "A2")
    assert sorted(Page.objects.values_list("label", flat=True)) == ["A1", "A2"]
    (jump,) = Jump.objects.filter(direction="forward")
    assert jump.state == "linked"


def test_a_label_given_for_every_page_may_mix_forms(tmp_path):
    folder = tmp_path / "f"
    write(folder, "front.txt", FRONT)
    write(folder, "inside.txt", OTHER)
    write(
        folder,
        "manifest.json",
        json.dumps({"pages": {"front.txt": "A1", "inside.txt": "3"}}, ensure_ascii=False),
    )
    run(folder, "--new-paper")
    assert sorted(Page.objects.values_list("label", flat=True)) == ["3", "A1"]


def test_no_refusal_for_one_form_or_a_reimport(tmp_path):
    run(write(tmp_path / "a", "1.txt", OTHER), "--new-paper")
    run(write(tmp_path / "b", "2.txt", FOLLOW), write(tmp_path / "b", "3.txt", OTHER))
    assert Issue.objects.count() == 1 and Page.objects.count() == 3


@pytest.mark.parametrize(
    ("pages", "refused_labels"),
    [
        ([("A1", False, True), ("2", False, True)], ["A1", "2"]),  # even: both
        ([("A1", True, False), ("2", False, True)], ["2"]),  # the stored page's form wins
        ([("2", True, False), ("A1", False, True), ("A2", False, True)], ["A1", "A2"]),
        ([("A1", False, True), ("A2", False, True), ("3", False, True)], ["3"]),  # most win
        ([("A1", True, False), ("2", True, False), ("3", False, True)], []),  # mixed already
        ([("A1", False, False), ("2", False, True)], ["2"]),  # a label given is settled
        ([("A1", False, True), ("B2", False, True)], []),
        ([("1", False, True), ("2", False, True)], []),
    ],
)
def test_form_refusals_rule(pages, refused_labels):
    issue = [IssuePage(label, f"{label}.txt", stored=s, from_name=n) for label, s, n in pages]
    assert [page.label for page, _ in form_refusals(issue)] == refused_labels
