"""The desk's upload refuses page files whose names would mix section-lettered (A1) and
unlettered (2) labels in one issue, as ``import_pages`` does, in the form's words: chosen
together, or one after the issue's stored pages. With 版次 given the file is taken as that
page, and when that leaves a jump that cannot link, the preview says why and how to fix it."""

from datetime import date

import pytest

from articles.models import Page
from tests.admin import snapshots
from tests.admin.test_upload import page_file, preview
from tests.factories import import_text

pytestmark = pytest.mark.django_db

FRONT = (
    "青石镇跨河大桥开工\n\n"
    "本报讯（记者柳青）青石镇跨河大桥昨天开工，全长四百二十米，预计明年秋天通车，"
    "两岸村民过河不再绕行十二公里。镇政府表示，施工期间（下转A2版）\n"
)
FOLLOW = "（上接A1版）\n\n原有的渡口照常开放，每天早六点到晚八点都有渡船往返，方便村民出行。\n"
FIELDS = {"paper": "青石日报", "paper_slug": "qingshi", "issue_date": "2021-05-06"}


@pytest.fixture
def issue_with_a1():
    import_text(FRONT, "A1", when=date(2021, 5, 6), paper="青石日报", slug="qingshi")


def test_a1_and_2_chosen_together_are_both_refused(editor_client):
    before = snapshots.counts()

    response = preview(
        editor_client,
        [page_file("A1.txt", FRONT.encode()), page_file("2.txt", FOLLOW.encode())],
        **FIELDS,
    )

    html = response.content.decode()
    assert (
        "2.txt：版次写法不一：2.txt 读作 2版（不带叠号），同时导入的 A1.txt（A1版）却带叠号" in html
    )
    assert "若它是A2版，请把文件改名为 A2.txt，或只选这一个文件并在“版次”里填 A2" in html
    assert "若是 A1.txt 的名字写错了，请改正后再上传" in html
    assert "若本期确有不带叠号的2版，请只选这一个文件并在“版次”里填 2。" in html
    assert (
        "A1.txt：版次写法不一：A1.txt 读作 A1版（带叠号），同时导入的 2.txt（2版）却不带叠号"
        in html
    )
    assert "--page" not in html
    assert not response.context.get("token")
    assert snapshots.counts() == before


def test_2_after_the_issues_a1_is_refused(editor_client, issue_with_a1):
    before = snapshots.counts()

    response = preview(editor_client, [page_file("2.txt", FOLLOW.encode())], **FIELDS)

    html = response.content.decode()
    assert (
        "2.txt：版次写法不一：2.txt 读作 2版（不带叠号），本期已导入的A1版（A1.txt）却带叠号"
        in html
    )
    assert "（已导入的版面先在版面页“撤销本版导入”）" in html
    assert not response.context.get("token")
    assert snapshots.counts() == before


def test_with_the_page_given_as_a2_it_is_taken(editor_client, issue_with_a1):
    response = preview(editor_client, [page_file("2.txt", FOLLOW.encode())], **FIELDS, page="A2")
    assert response.context["token"]
    assert "版次写法不一" not in response.content.decode()


def test_given_as_2_the_preview_says_why_the_jump_does_not_link(editor_client, issue_with_a1):
    response = preview(editor_client, [page_file("2.txt", FOLLOW.encode())], **FIELDS, page="2")

    html = response.content.decode()
    assert response.context["token"]
    assert "A1版的“下转”转到A2版，本版却是2版：版次写法不一" in html
    assert "再把 2.txt 改名为 A2.txt 重新导入（或不改名，导入时把 “版次” 设为 A2）" in html
    assert "没有转到本版" not in html
    assert list(Page.objects.values_list("label", flat=True)) == ["A1"]
