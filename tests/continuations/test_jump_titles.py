"""A continuation that repeats its headline under 上接 keeps it as its title line, stitched in
either import order (INPUT.md, "Continuations (jumps)"). Pages written for these tests."""

import contextlib
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

HEAD = "柳溪镇建成两座垃圾分拣站"
FRONT = (
    f"{HEAD}\n\n"
    "本报讯　柳溪镇两座垃圾分拣站日前建成，镇里的生活垃圾从此分类运送、集中处理，"
    "（下转第二版）\n"
)
BODY = "镇环卫所介绍，两座分拣站投用后，全镇生活垃圾回收利用率将提高到百分之四十以上。"
BACK = f"（上接第一版）{HEAD}\n\n{BODY}\n\n据了解，分拣站配有压缩设备，可日处理垃圾三十吨。\n"


def _check_jumps() -> list[str]:
    out = StringIO()
    with contextlib.suppress(CommandError):  # (it exits 1 when a jump is not linked)
        call_command("check_jumps", stdout=out, stderr=StringIO())
    return out.getvalue().splitlines()


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")])
def test_story_reads_whole_once_with_its_continuation_title_line(order):
    pages = {"1": FRONT, "2": BACK}
    for label in order:
        import_text(pages[label], label)
    article = Article.objects.with_parts().get()
    parts = article.ordered_parts()
    assert [p.page.label for p in parts] == ["1", "2"]
    assert parts[1].title_lines == [HEAD]
    assert parts[1].blocks[0]["text"] == BODY
    assert article.headline == HEAD
    assert article.full_text().count(BODY) == 1
    assert HEAD not in article.full_text()
    assert _check_jumps() == ["共检查 1 期：所有转版均已接好"]


def test_check_jumps_names_the_continuation_by_its_title_line():
    import_text(BACK, "2")
    assert _check_jumps() == [
        f"南通日报 2020-07-09 2版 第1篇“{HEAD}”（上接第一版）："
        "目标版面尚未导入（它接自1版，1版还没有导入）"
    ]
