"""A text with far more lines than one page prints (tens of thousands of one-line briefs: pages
or a log pasted together) is refused before it is parsed, with the words of the page limits'
refusal: its parse cost 40 s and more at the desk, only to be refused as too many stories."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles import parsing
from articles.importing import PageImportError, page_import
from articles.models import Page

pytestmark = pytest.mark.django_db


def briefs(n: int) -> str:
    return "要闻简报\n\n" + "".join(f"本报讯 第{i}条简讯。\n\n" for i in range(n))


@pytest.fixture
def parse_refused(monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("the text was parsed")

    monkeypatch.setattr(parsing, "parse_decoded", never)


def test_a_text_of_far_more_lines_than_a_page_is_refused_unparsed(parse_refused):
    with pytest.raises(PageImportError) as refused:
        page_import(
            paper_name="岚川晚报",
            issue_date=date(2026, 3, 7),
            label="A3",
            data=briefs(10_010).encode(),
            source_name="A3.txt",
        )
    message = str(refused.value)
    assert message.startswith("A3.txt: 这不像一个版面的文本：有 10,011 行文字")
    assert "一个版面最多 500 篇稿件" in message and "什么都没有写入" in message
    assert not Page.objects.exists()


def test_the_desk_refuses_it_on_the_form(parse_refused, admin_client):
    data = briefs(10_010).encode()
    response = admin_client.post(
        "/admin/articles/page/upload/",
        {
            "paper": "岚川晚报",
            "paper_slug": "lanchuan-evening",
            "issue_date": "2026-03-07",
            "files": [SimpleUploadedFile("A3.txt", data, content_type="text/plain")],
        },
    )
    html = response.content.decode()
    assert response.status_code == 200 and "这不像一个版面的文本：有 10,011 行文字" in html
    assert 'name="confirm"' not in html and not Page.objects.exists()


def test_a_long_page_of_ordinary_length_is_parsed(settings):
    settings.NEWSROOM_MAX_PAGE_STORIES = 5  # the line limit never falls under 10,000 lines
    report = page_import(
        paper_name="岚川晚报",
        issue_date=date(2026, 3, 7),
        label="A3",
        data=("要闻简报\n\n" + "本报讯 简讯一则，内容照常。\n" * 300).encode(),
    )
    assert report.action == "created"
