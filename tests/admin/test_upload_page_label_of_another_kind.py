"""The desk's upload refuses a file whose name gives the page's number without the section
letter the issue's pages have (``01.txt`` beside ``A1``) as ``import_pages`` does, saying how to
go on in the form's words; with 版次 given the file is taken as that page."""

import pytest

from articles.models import Issue, Page, Publication
from tests.admin import snapshots
from tests.admin.test_upload import page_file, preview

pytestmark = pytest.mark.django_db

LEAD = (
    "北岸新区开通第一条有轨电车\n"
    "本报讯（记者石磊）北岸新区第一条有轨电车昨天开通，全长十二公里，设站十五座，"
    "沿线居民到市中心的时间缩短一半。\n"
).encode()
FIELDS = {"paper": "北岸晨报", "paper_slug": "beian", "issue_date": "2020-07-09"}


@pytest.fixture
def issue_with_a1():
    paper = Publication.objects.create(name="北岸晨报", slug="beian")
    issue = Issue.objects.create(publication=paper, date="2020-07-09")
    Page.objects.create(issue=issue, label="A1")


def test_a_number_only_name_beside_a1_is_refused(editor_client, issue_with_a1):
    before = snapshots.counts()

    response = preview(editor_client, [page_file("01.txt", LEAD)], **FIELDS)

    html = response.content.decode()
    assert "01.txt：本期已有A1版；文件 01.txt 的版次“1”像是同一版。" in html, html
    assert "请把文件改名为 A1.txt，或只选这一个文件并在“版次”里填 A1" in html
    assert "若确是另一叠的第1版，请只选这一个文件并在“版次”里填 1。" in html
    assert not response.context.get("token")
    assert snapshots.counts() == before


@pytest.mark.parametrize("page", ["A1", "1"])
def test_with_the_page_given_it_is_taken(editor_client, issue_with_a1, page):
    response = preview(editor_client, [page_file("01.txt", LEAD)], **FIELDS, page=page)
    assert response.context["token"]
