"""A jump marker naming the page it is printed on (``（下转A1版）`` on A1) can join nothing: the
import report, ``check_jumps``, ``publish_issue`` and the desk's jump list say it points at its
own page and to check the page number, not 目标版面无对应 (which sends editors looking for a
continuation on the page)."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.models import Jump
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = (
    "北岸新区开通第一条有轨电车\n"
    "本报讯（记者石磊）北岸新区第一条有轨电车昨天开通，全长十二公里，设站十五座，"
    "沿线居民到市中心的时间缩短一半。市民纷纷前来试乘，车厢里坐满了人。（下转A1版）\n"
    "\n"
    "河边步道今日完工\n"
    "本报讯 沿河步道昨天全线完工，全长三公里，市民可以沿河散步。\n"
)
SAID = "“下转A1版”指向本版：请核对版次"  # in the line's brackets: none of its own


def test_import_report_says_the_marker_points_at_its_own_page(tmp_path):
    path = tmp_path / "2020-07-09" / "A1.txt"
    path.parent.mkdir()
    path.write_text(PAGE, encoding="utf-8")
    out = StringIO()
    call_command(
        "import_pages", str(path), "--paper", "北岸晨报", "--workers", "0",
        stdout=out, stderr=StringIO(),
    )  # fmt: skip
    said = out.getvalue()
    assert f"1 处转版待接（{SAID}）" in said, said
    assert "目标版面无对应" not in said
    (jump,) = Jump.objects.all()
    assert jump.state_label() == "指向本版：请核对版次"


def test_check_jumps_and_publish_issue_say_it():
    import_text(PAGE, "A1")
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("check_jumps", "--date", "2020-07-09", stdout=out, stderr=StringIO())
    (line,) = out.getvalue().splitlines()
    assert "（下转A1版）：指向本版：请核对版次（标记里的A1版就是它所在的这一版" in line, line
    assert "目标版面上没有与之对应的接续" not in line
    out, err = StringIO(), StringIO()
    try:
        call_command(
            "publish_issue", "--paper", "nantong-daily", "--date", "2020-07-09",
            stdout=out, stderr=err,
        )  # fmt: skip
    except CommandError as exc:
        said = str(exc) + out.getvalue() + err.getvalue()
    else:
        said = out.getvalue() + err.getvalue()
    assert "指向本版：请核对版次" in said, said


def test_the_desks_jump_list_says_it(admin_client):
    import_text(PAGE, "A1")
    html = admin_client.get(reverse("admin:articles_jump_changelist")).content.decode()
    assert "指向本版：请核对版次" in html
    assert "目标版面无对应</td>" not in html
    desk = admin_client.get(reverse("admin:index")).content.decode()
    assert "（下转A1版）：指向本版：请核对版次" in desk
