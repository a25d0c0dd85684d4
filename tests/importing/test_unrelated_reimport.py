"""A re-import whose text shares no story with the page as stored (another page's file, the
wrong page or date) is warned about in the dry run and --json, and refused by a real run unless
--replace-unrelated (a reviewer's re-import of another page's file over A1 was a plain 更新)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article

pytestmark = pytest.mark.django_db

A1 = (
    "湖滨区新开两条公交线路\n\n本报讯（记者顾晓岚）湖滨区昨天新开两条公交线路，方便沿线居民出行。\n\n"
    "老街口的梧桐树挂上了名牌\n\n本报讯（记者沈立）老街口的二十棵梧桐树昨天挂上了写有树龄的名牌。\n"
)
OTHER = "社区图书室周末延长开放\n\n本报讯（记者程一帆）从本周起，各社区图书室周末开放到晚上八点。\n"
FLAGS = ("--paper", "湖滨日报", "--date", "2024-03-05", "--page", "A1", "--workers", "0")
QUESTION = "这份版面文本和已导入的A1版没有一篇相同的稿件：是不是选错了文件、版次或日期？"


def run(tmp_path, text: str, *args, out=None) -> str:
    path = tmp_path / "A1.txt"
    path.write_text(text, encoding="utf-8")
    out = out or StringIO()
    call_command("import_pages", str(path), *FLAGS, *args, stdout=out, stderr=out)
    return out.getvalue()


def test_the_dry_run_and_json_warn_and_the_real_run_refuses(tmp_path):
    run(tmp_path, A1)
    dry = run(tmp_path, OTHER, "--dry-run")
    assert QUESTION in dry and "--replace-unrelated" in dry
    report = json.loads(run(tmp_path, OTHER, "--dry-run", "--json"))["pages"][0]
    assert report["unrelated"] is True
    assert any(QUESTION in w for w in report["warnings"])
    out = StringIO()
    with pytest.raises(CommandError):
        run(tmp_path, OTHER, out=out)
    real = out.getvalue()
    assert QUESTION in real and "没有导入本版" in real and "--replace-unrelated" in real
    assert set(Article.objects.values_list("headline", flat=True)) == {
        "湖滨区新开两条公交线路",
        "老街口的梧桐树挂上了名牌",
    }


def test_replace_unrelated_imports_it(tmp_path):
    run(tmp_path, A1)
    run(tmp_path, OTHER, "--replace-unrelated")
    assert list(Article.objects.values_list("headline", flat=True)) == ["社区图书室周末延长开放"]


def test_a_page_sharing_one_story_is_no_stranger(tmp_path):
    run(tmp_path, A1)
    cut = A1.split("\n\n老街口")[0] + "\n\n" + OTHER
    out = run(tmp_path, cut)
    assert QUESTION not in out
    assert Article.objects.filter(headline="社区图书室周末延长开放").exists()
