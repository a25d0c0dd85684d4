"""A paper made from a slug alone (``--paper yunling-evening --new-paper``, a slug folder without
``paper.json``) is named as its A1 prints it (云岭晚报), not ``yunling-evening``: readers see
the name everywhere. A paper whose name is still only its slug is warned about as such (rename
it under 报纸, no re-import), and a ``paper.json`` giving the name for that slug names it; a
name an editor typed is never replaced."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Publication, Status

pytestmark = pytest.mark.django_db

SLUG = "yunling-evening"


def page(masthead: str, story: str = "江边步道今天开放", day: int = 6) -> str:
    head = f"{masthead}\n2024年5月{day}日\n\n" if masthead else ""
    return (
        f"{head}{story}\n\n本报讯（记者李木）{story}，全长三公里，沿途设有六个休息点，"
        "市民可以在这里散步、骑行。\n"
    )


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def masthead_warnings(out: str) -> list[str]:
    return [line for line in out.splitlines() if "版面上印的报名" in line]


def test_a_paper_made_from_a_slug_alone_takes_the_name_its_masthead_prints(tmp_path):
    a1 = write(tmp_path / "A1.txt", page("云岭晚报"))
    out = run(a1, "--paper", SLUG, "--new-paper", "--date", "2024-05-06")
    paper = Publication.objects.get()
    assert (paper.name, paper.slug) == ("云岭晚报", SLUG)
    said = (
        f"新建报纸 云岭晚报（网址名 {SLUG}，报名取自版面上印的报头，给出的“{SLUG}”只用作网址名，"
        "发布前可在“报纸”里改）"
    )
    assert out.splitlines().count(said) == 1
    assert "云岭晚报 2024-05-06 A1版：新建" in out
    assert masthead_warnings(out) == []
    later = write(tmp_path / "next" / "A1.txt", page("云岭晚报", "河边新建三座口袋公园", 7))
    again = run(later, "--paper", SLUG, "--date", "2024-05-07")
    assert masthead_warnings(again) == [] and "新建报纸" not in again


def test_a_dry_run_says_the_name_it_will_take(tmp_path):
    a1 = write(tmp_path / "A1.txt", page("云岭晚报"))
    out = run(a1, "--paper", SLUG, "--new-paper", "--date", "2024-05-06", "--dry-run")
    assert f"将新建报纸 云岭晚报（网址名 {SLUG}，报名取自版面上印的报头" in out
    assert not Publication.objects.exists()


def test_a_slug_folder_makes_a_paper_named_as_its_masthead(tmp_path):
    a1 = write(tmp_path / SLUG / "2024-05-06" / "A1.txt", page("云岭晚报"))
    run(a1)
    assert Publication.objects.get().name == "云岭晚报"


def test_a_slug_alone_on_a_page_printing_no_masthead_stays_the_name(tmp_path):
    a1 = write(tmp_path / "A1.txt", page(""))
    out = run(a1, "--paper", SLUG, "--new-paper", "--date", "2024-05-06")
    assert Publication.objects.get().name == SLUG
    assert f"新建报纸 {SLUG}（网址名 {SLUG}，发布前可在“报纸”里改）" in out


def test_a_name_given_is_kept_whatever_the_masthead_prints(tmp_path):
    a1 = write(tmp_path / "A1.txt", page("云岭晚报"))
    out = run(a1, "--paper", "东湖日报", "--new-paper", "--date", "2024-05-06")
    assert Publication.objects.get().name == "东湖日报"
    (warning,) = masthead_warnings(out)
    assert "却导入为“东湖日报”" in warning and "--paper" in warning


def test_a_slug_alone_keeps_its_name_when_a_paper_is_printed_so_already(tmp_path):
    Publication.objects.create(name="云岭晚报", slug="yunling")
    a1 = write(tmp_path / "A1.txt", page("云岭晚報"))
    out = run(a1, "--paper", SLUG, "--new-paper", "--date", "2024-05-06")
    assert Publication.objects.get(slug=SLUG).name == SLUG
    (warning,) = masthead_warnings(out)  # (the page may belong to that paper: re-import it)
    assert "改用正确的报纸重新导入（--paper）" in warning


def test_a_paper_named_only_by_its_slug_is_told_to_be_renamed_in_the_admin(tmp_path):
    Publication.objects.create(name=SLUG, slug=SLUG)  # (made so before this release)
    a1 = write(tmp_path / "A1.txt", page("云岭晚报"))
    out = run(a1, "--paper", SLUG, "--date", "2024-05-06")
    (warning,) = masthead_warnings(out)
    assert warning == (
        f"  注意：版面上印的报名是“云岭晚报”，而报纸“{SLUG}”的名称只是它的网址名：若这份报纸就是"
        "云岭晚报，请在编辑后台“报纸”里把它的名称改为“云岭晚报”（读者处处看到的是这个名称），不必重新导入"
    )
    assert Publication.objects.get().name == SLUG  # (an existing paper: not renamed by a masthead)


def paper_json(tmp_path, name: str, story: str = "河边新建三座口袋公园"):
    folder = tmp_path / "layout" / SLUG
    write(folder / "paper.json", json.dumps({"name": name, "slug": SLUG}, ensure_ascii=False))
    return write(folder / "2024-05-07" / "A1.txt", page("云岭晚报", story, 7))


def test_paper_json_names_a_paper_whose_name_is_only_its_slug(tmp_path):
    Publication.objects.create(name=SLUG, slug=SLUG)
    a1 = paper_json(tmp_path, "云岭晚报")
    trial = run(a1, "--dry-run")
    assert f"报纸 {SLUG} 将改名为“云岭晚报”" in trial
    assert Publication.objects.get().name == SLUG
    out = run(a1)
    assert Publication.objects.get().name == "云岭晚报"
    said = (
        f"报纸 {SLUG} 改名为“云岭晚报”（原来的名称只是网址名，现按这次导入给出的报名；"
        f"网址名 {SLUG} 不变，可在“报纸”里再改）"
    )
    assert out.splitlines().count(said) == 1
    assert masthead_warnings(out) == []


def test_json_lists_the_paper_named(tmp_path):
    Publication.objects.create(name=SLUG, slug=SLUG)
    data = json.loads(run(paper_json(tmp_path, "云岭晚报"), "--json"))
    assert [(p["name"], p["slug"]) for p in data["renamed_papers"]] == [("云岭晚报", SLUG)]
    assert data["pages"][0]["paper_renamed"] == SLUG and data["new_papers"] == []


def test_paper_json_never_replaces_a_name_an_editor_typed_and_says_so_once(tmp_path):
    Publication.objects.create(name="云岭晚报社", slug=SLUG)
    a1 = paper_json(tmp_path, "云岭晚报")
    write(a1.parent / "A2.txt", page("云岭晚报", "城东新开两条公交线路", 7))
    out = run(a1.parent)
    assert Publication.objects.get().name == "云岭晚报社"
    assert "改名为" not in out
    said = "这次导入给出的报名“云岭晚报”与报纸现在的名称“云岭晚报社”不同，保留现在的名称（在“报纸”里改）"
    assert out.splitlines().count(said) == 1, out
    data = json.loads(run(a1.parent, "--json"))
    assert data["renamed_papers"] == [] and data["new_papers"] == []


def test_paper_json_giving_the_name_only_written_otherwise_says_nothing_of_it(tmp_path):
    Publication.objects.create(name="云岭晚報", slug=SLUG)
    out = run(paper_json(tmp_path, "云岭晚报"))
    assert "这次导入给出的报名" not in out and Publication.objects.get().name == "云岭晚報"


def test_paper_json_leaves_the_name_of_a_signed_off_paper_readers_see_to_the_chief(tmp_path):
    """On a paper requiring sign-off with an issue published, its name is the chief editor's
    to change at the desk (报纸), not an import's: the page is imported, the paper left named
    by its slug, and the warning says where to name it."""
    paper = Publication.objects.create(name=SLUG, slug=SLUG, review_required=True)
    paper.issues.create(date=date(2024, 5, 6), status=Status.PUBLISHED)
    out = run(paper_json(tmp_path, "云岭晚报"))
    assert Publication.objects.get().name == SLUG and "改名为" not in out
    (warning,) = masthead_warnings(out)
    assert "请在编辑后台“报纸”里把它的名称改为“云岭晚报”" in warning


def test_the_same_page_again_after_the_paper_was_renamed_as_advised_no_longer_warns(tmp_path):
    """The page's stored warnings are replayed for the same bytes (unparsed): the masthead's is
    about the paper's name now, made again, and gone once the editor followed its advice."""
    Publication.objects.create(name=SLUG, slug=SLUG)
    a1 = write(tmp_path / "A1.txt", page("云岭晚报"))
    args = (a1, "--paper", SLUG, "--date", "2024-05-06")
    assert len(masthead_warnings(run(*args))) == 1
    again = run(*args)
    assert "A1版：未变" in again and len(masthead_warnings(again)) == 1  # (still so: still said)
    paper = Publication.objects.get()
    paper.name = "云岭晚报"  # (renamed at 报纸, as the warning said)
    paper.save()
    renamed = run(*args)
    assert "云岭晚报 2024-05-06 A1版：未变" in renamed, renamed
    assert masthead_warnings(renamed) == []


def test_the_same_page_again_into_a_paper_renamed_to_another_name_says_that_name(tmp_path):
    Publication.objects.create(name=SLUG, slug=SLUG)
    a1 = write(tmp_path / "A1.txt", page("云岭晚报"))
    args = (a1, "--paper", SLUG, "--date", "2024-05-06")
    run(*args)
    Publication.objects.update(name="滇池日报")
    (warning,) = masthead_warnings(run(*args))
    assert "版面上印的报名是“云岭晚报”，却导入为“滇池日报”" in warning
