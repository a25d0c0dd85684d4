"""A manifest.json that contradicts the folder it lies in (``"date"`` against the date folder's
name) is refused before anything is written, naming both; a flag still decides without a word."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Page

pytestmark = pytest.mark.django_db

PAGE = "标题\n\n本报讯（记者甲乙）正文第一段。\n"


def lay_out(root, manifest: dict):
    folder = root / "nantong-daily" / "2020-07-16"
    folder.mkdir(parents=True)
    (folder / "000_a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def run(*args):
    call_command(
        "import_pages", *map(str, args), "--new-paper", stdout=StringIO(), stderr=StringIO()
    )


def test_a_manifest_date_that_contradicts_its_date_folder_is_refused_naming_both(tmp_path):
    folder = lay_out(tmp_path, {"date": "2020-07-17", "pages": {"000_a.txt": "A1"}})
    with pytest.raises(CommandError) as refused:
        run(tmp_path)
    message = str(refused.value)
    assert f'{folder / "manifest.json"} ("date")' in message
    assert "2020-07-17" in message and "2020-07-16" in message and "--date" in message
    assert not Page.objects.exists()


def test_a_manifest_date_that_agrees_with_its_date_folder_imports(tmp_path):
    lay_out(tmp_path, {"date": "2020-07-16", "pages": {"000_a.txt": "A1"}})
    run(tmp_path)
    assert Page.objects.get().issue.date.isoformat() == "2020-07-16"


def test_the_date_flag_decides_over_a_contradicting_manifest_and_folder(tmp_path):
    lay_out(tmp_path, {"date": "2020-07-17", "pages": {"000_a.txt": "A1"}})
    run(tmp_path, "--date", "2020-07-18")
    assert Page.objects.get().issue.date.isoformat() == "2020-07-18"
