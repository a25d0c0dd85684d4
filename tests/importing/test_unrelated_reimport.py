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


# A one-story page (a 副刊 essay, a front page on a special day) and another one's text.
ESSAY = (
    "老街的梧桐\n\n文/沈立\n\n"
    "老街口的二十棵梧桐树，是我小时候上学路上的伙伴，春天发芽，秋天落叶。\n\n"
    "那时街上还有一家修车铺，师傅姓周，总在树荫下补胎，一补就是一下午。\n\n"
    "如今修车铺改成了书店，梧桐树挂上了写有树龄的名牌，树下多了几张长椅。\n\n"
    "每次回到老街，我都要在树下坐一会儿，听风吹过叶子的声音。\n"
)
SPECIAL = (
    "全市各界隆重纪念建城八百年\n\n本报讯（记者顾晓岚）昨天上午，全市各界在市民广场集会，"
    "隆重纪念建城八百年。\n\n集会后，各区举行了形式多样的纪念活动，市博物馆推出城史特展。\n"
)
CORRECTED = {
    "headline fixed": ESSAY.replace("老街的梧桐\n", "老街的梧桐树\n"),
    "a paragraph rewritten": ESSAY.replace(
        "那时街上还有一家修车铺，师傅姓周，总在树荫下补胎，一补就是一下午。",
        "那时树下有一家修车铺，周师傅常在树荫下给街坊补胎，一边补一边讲古。",
    ),
    "a photo added": ESSAY + "\n老街口的梧桐树挂上了名牌。\n本报记者 许丛军摄\n",
}


def test_another_one_story_page_s_text_over_a_one_story_page_is_asked_about(tmp_path):
    run(tmp_path, ESSAY)
    assert QUESTION in run(tmp_path, SPECIAL, "--dry-run")
    out = StringIO()
    with pytest.raises(CommandError):
        run(tmp_path, SPECIAL, out=out)
    assert "没有导入本版" in out.getvalue()
    assert list(Article.objects.values_list("headline", flat=True)) == ["老街的梧桐"]


@pytest.mark.parametrize("correction", CORRECTED)
def test_a_one_story_page_corrected_is_not_asked_about(tmp_path, correction):
    run(tmp_path, ESSAY)
    out = run(tmp_path, CORRECTED[correction])
    assert QUESTION not in out
    (story,) = Article.objects.all()
    assert story.headline.startswith("老街的梧桐")
