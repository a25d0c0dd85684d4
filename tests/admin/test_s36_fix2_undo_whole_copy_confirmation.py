"""The desk's 撤销本版导入 confirmation for the page holding a story printed whole on two pages
says what happens: the story stays, the same story, starting on the other page (not a 续文 that
waits for the page)."""

import pytest
from django.urls import reverse

from articles.models import Article, Page
from tests.admin.conftest import form_data
from tests.continuations.test_s36_fix2_whole_copy_keeps_its_story import HEADLINE, PAGE1, PAGE2
from tests.factories import import_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def copied_story(db) -> Article:
    import_text(PAGE1, "1")
    import_text(PAGE2, "2")
    return Article.objects.get(headline__startswith=HEADLINE)


def test_the_desks_undo_confirmation_says_the_story_stays_on_page_2(editor_client, copied_story):
    address = reverse("admin:articles_page_undo_import", args=[Page.objects.get(label="1").pk])
    html = editor_client.get(address).content.decode()
    stays = html.split('id="removal-stays"')[1].split("</div>")[0]
    assert "2版也印了全文，稿件保留，改为从2版开始" in stays
    assert "等待本版重新导入后再接上" not in html
    response = editor_client.post(
        address, {**form_data(editor_client.get(address), "removal-form"), "confirm": "1"}
    )
    assert response.status_code == 302
    assert Article.objects.get(headline__startswith=HEADLINE).pk == copied_story.pk
