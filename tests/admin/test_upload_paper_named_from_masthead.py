"""The desk's upload names a paper as the command does: one made from a slug alone
(报纸 ``yunling-evening``) takes the name its page's masthead prints, the preview says so before
anything is written; a paper whose name is only its slug is warned about as such (rename it under
报纸), and an upload giving its name with that slug (报纸 and 新报纸的 URL 标识) names it."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Publication
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
SLUG = "yunling-evening"
TEXT = (
    "云岭晚报\n2024年5月6日\n\n江边步道今天开放\n\n本报讯（记者李木）江边步道今天开放，全长三公里，"
    "沿途设有六个休息点，市民可以在这里散步、骑行。\n"
)


def preview(client, **fields):
    upload = SimpleUploadedFile("A1.txt", TEXT.encode(), content_type="text/plain")
    response = client.post(UPLOAD, {"files": [upload], "issue_date": "2024-05-06", **fields})
    assert response.status_code == 200 and "token" in response.context
    return response


def confirm(client, response):
    return client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "1"}, follow=True)


def test_an_upload_into_a_new_paper_given_by_its_slug_names_it_from_the_masthead(editor_client):
    shown = preview(editor_client, paper=SLUG)
    said = f"将新建报纸 云岭晚报（网址名 {SLUG}，报名取自版面上印的报头，给出的“{SLUG}”只用作网址名"
    assert said in shown.content.decode()
    assert not Publication.objects.exists()
    done = confirm(editor_client, shown)
    paper = Publication.objects.get()
    assert (paper.name, paper.slug) == ("云岭晚报", SLUG)
    link = reverse("admin:articles_publication_change", args=[paper.pk])
    html = done.content.decode()
    assert f'<a href="{link}">{said[1:]}' in html
    assert "版面上印的报名" not in html


def test_a_paper_named_only_by_its_slug_is_told_to_be_renamed_under_papers(editor_client):
    Publication.objects.create(name=SLUG, slug=SLUG)
    html = preview(editor_client, paper=SLUG).content.decode()
    assert f"而报纸“{SLUG}”的名称只是它的网址名" in html
    assert "请在编辑后台“报纸”里把它的名称改为“云岭晚报”" in html
    assert "请改用正确的报纸重新导入" not in html


def test_an_upload_giving_the_name_with_the_slug_names_a_slug_named_paper(editor_client):
    paper = Publication.objects.create(name=SLUG, slug=SLUG)
    shown = preview(editor_client, paper="云岭晚报", paper_slug=SLUG)
    assert f"报纸 {SLUG} 将改名为“云岭晚报”" in shown.content.decode()
    assert Publication.objects.get().name == SLUG
    done = confirm(editor_client, shown).content.decode()
    paper.refresh_from_db()
    assert paper.name == "云岭晚报"
    link = reverse("admin:articles_publication_change", args=[paper.pk])
    assert f'<a href="{link}">报纸 {SLUG} 改名为“云岭晚报”' in done
    assert paper.issues.get().pages.get().label == "A1"
