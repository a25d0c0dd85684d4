"""A story an editor changed is a conflict on re-import and re-parse; the command line says so in
Chinese and names the flag that overrides it, the desk names its tick box instead."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.importing.upload import conflict_text
from articles.models import Article
from tests.factories import SEED, import_seed, import_text

pytestmark = pytest.mark.django_db


def edited_by_hand() -> Article:
    import_seed()
    article = Article.objects.get(position=1)
    article.headline = "编辑改过的标题"
    article.mark_edited()
    article.save()
    return article


def run(command: str, *args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(command, *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_pages_names_the_flag_that_overrides_a_hand_edit(tmp_path):
    edited_by_hand()
    changed = tmp_path / "A1.txt"
    changed.write_text(
        SEED.read_text(encoding="utf-8").replace("以重大项目支撑", "以重大项目支撑起"),
        encoding="utf-8",
    )
    out, _ = run("import_pages", changed, "--paper", "nantong-daily", "--date", "2020-07-09")
    conflict = next(line for line in out.splitlines() if line.strip().startswith("冲突："))
    assert "编辑改过的标题" in conflict and "--overwrite-edited" in conflict
    assert "勾选" not in conflict  # the command has no tick box


def test_reparse_pages_reports_a_hand_edit_in_chinese_with_the_flag():
    edited_by_hand()
    out, _ = run("reparse_pages", "--paper", "nantong-daily", "--date", "2020-07-09", "--dry-run")
    conflict = next(line for line in out.splitlines() if "编辑改过的标题" in line)
    assert conflict.strip().startswith("冲突：")
    assert "edited by hand" not in conflict and "--overwrite-edited" in conflict


def test_reparse_pages_refuses_in_chinese_when_no_stored_page_matches():
    with pytest.raises(CommandError) as refused:
        run("reparse_pages", "--paper", "nantong-daily", "--date", "2020-07-09")
    assert "没有" in str(refused.value) and "--paper" in str(refused.value)


def test_the_desk_names_its_tick_box_for_a_hand_edit():
    edited_by_hand()
    report = import_text(
        SEED.read_text(encoding="utf-8").replace("以重大项目支撑", "以重大项目支撑起"), "A1"
    )
    (line,) = report.conflicts
    text = conflict_text(line)
    assert "勾选“覆盖人工修改”" in text and "--overwrite-edited" not in text
