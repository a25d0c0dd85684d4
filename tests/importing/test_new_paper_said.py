"""A run that makes a paper says so once, with the slug the paper got (its address on the site:
``paper-<hash>`` for a Chinese name given no slug), and ``--json`` gives each page's paper slug
and the papers made."""

import hashlib
import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Publication
from tests.factories import import_seed

pytestmark = pytest.mark.django_db

PAGE = "江边步道今天开放\n本报讯（记者李木）江边步道今天开放，全长三公里，沿途设有六个休息点。\n"
SLUG = "paper-" + hashlib.sha1("晴川日报".encode()).hexdigest()[:8]
SAID = f"新建报纸 晴川日报（网址名 {SLUG}，发布前可在“报纸”里改）"


def run(*args):
    out = StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def pages(tmp_path):
    for label in ("A1", "A2"):
        (tmp_path / f"{label}.txt").write_text(PAGE.replace("江边", label), encoding="utf-8")
    return tmp_path


def test_a_new_paper_is_said_once_with_its_slug(pages):
    import_seed()
    args = ("--paper", "晴川日报", "--date", "2024-05-06", "--new-paper")
    lines = run(pages / "A1.txt", pages / "A2.txt", *args).splitlines()
    assert Publication.objects.get(name="晴川日报").slug == SLUG
    assert lines.count(SAID) == 1
    assert lines.index(SAID) < next(
        i for i, line in enumerate(lines) if line.startswith("晴川日报 2024-05-06 A1版：新建")
    )
    assert lines[-1] == "2 个文件中导入了 2 个版面：新建 2"
    again = run(pages / "A1.txt", *args)  # the paper is there now: nothing said of it
    assert "新建报纸" not in again


def test_a_dry_run_says_it_will_make_the_paper(pages):
    out = run(pages / "A1.txt", "--paper", "晴川日报", "--date", "2024-05-06", "--dry-run")
    assert f"将{SAID}" in out.splitlines()
    assert not Publication.objects.exists()


def test_json_gives_the_papers_slug(pages):
    args = ("--paper", "晴川日报", "--date", "2024-05-06", "--json")
    data = json.loads(run(pages / "A1.txt", *args))
    page = data["pages"][0]
    assert (page["paper"], page["paper_slug"], page["paper_created"]) == ("晴川日报", SLUG, True)
    assert data["new_papers"] == [{"name": "晴川日报", "slug": SLUG, "line": SAID}]
    data = json.loads(run(pages / "A1.txt", *args))  # unchanged: its paper's slug all the same
    assert data["pages"][0]["outcome"] == "unchanged"
    assert (data["pages"][0]["paper_slug"], data["pages"][0]["paper_created"]) == (SLUG, False)
    assert data["new_papers"] == []
