"""Small things that misled an editor: stories numbered as editors count them (a photo takes no
story number), the 转版 column's line breaks, the 人工修改 column's mark for "not edited", and
the jump fix page naming the marker a part is already linked to."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Jump, JumpDirection
from articles.storynames import quoted
from tests.factories import SEED

pytestmark = pytest.mark.django_db
PARTY = "用党建品牌让社会组织“亮心”"


def test_upload_preview_numbers_stories_without_counting_the_photo(editor_client):
    response = editor_client.post(
        "/admin/articles/page/upload/",
        {
            "files": [SimpleUploadedFile("A1.txt", SEED.read_bytes(), content_type="text/plain")],
            "paper": "南通日报",
            "issue_date": "2020-07-09",
        },
    )
    jumps = response.context["preview"][0]["outcome"].jumps
    assert any(
        line.startswith(f"第5篇{quoted(PARTY)}") for line in jumps
    )  # position 6: a photo is 5
    assert not any(line.startswith("第6篇") for line in jumps)
    rows = response.content.decode().split('class="desk-table preview-articles"')[1]
    assert "<td>6</td>" not in rows.split("</table>")[0]


def test_jump_column_breaks_lines_instead_of_showing_the_tag(editor_client, seed_with_a2):
    html = editor_client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "下转A2 已接续</span><br>" in html  # a story's two markers, one per line
    assert "&lt;br&gt;" not in html


def test_not_edited_is_a_dash_not_a_red_cross(editor_client, seed):
    lists = [
        reverse("admin:articles_article_changelist"),
        reverse("admin:articles_photo_changelist"),
        reverse("admin:articles_page_change", args=[seed.page_id]),
    ]
    for url in lists:
        html = editor_client.get(url).content.decode()
        assert "icon-no.svg" not in html, url


def test_jump_fix_page_says_which_part_is_already_linked_elsewhere(editor_client, seed_with_a2):
    works = Article.objects.get(page__label="A1", position=2)
    jump = Jump.objects.get(part__article=works, part__page__label="A1", direction="forward")
    response = editor_client.get(reverse("admin:articles_jump_fix", args=[jump.pk]))
    choices = {c["part"].pk: c for c in response.context["choices"]}
    party_jump = Jump.objects.get(
        part__article__headline__contains="亮心", direction=JumpDirection.FORWARD
    )
    linked = choices[party_jump.to_part_id]
    assert linked["linked_from"] == f"A1版 第5篇{quoted(PARTY)}（下转A2版）"
    html = response.content.decode()
    assert (
        f"已被占用：已接在A1版 第5篇{quoted(PARTY)}（下转A2版）之后。选它要确认把它从那里移过来"
        in html
    )
    assert "处理转版：南通日报 2020-07-09 A1版 第2篇" in html


def test_jump_fix_heading_names_the_paper_and_the_date(editor_client, seed_with_a2):
    """Two papers print an A2 on the same day: the heading says whose and which day's."""
    jump = (
        Jump.objects.filter(direction=JumpDirection.BACKWARD).select_related("part__page").first()
    )
    response = editor_client.get(reverse("admin:articles_jump_fix", args=[jump.pk]))
    assert response.context["title"].startswith(
        f"处理转版：南通日报 2020-07-09 {jump.part.page.label}版 第"
    )
