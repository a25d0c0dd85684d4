"""已核对，保留编辑的修改 on a story's form: the editor keeps their text over a re-sent page's
change to what they changed too; the story is unchanged, no longer counted as 版面文本有改动未采用,
and the history says who kept what (a reviewer's 11-20 stayed counted on the desk's home after
its stories were checked and published as edited)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article
from articles.pendingtext import pending_ids
from tests.admin.conftest import form_data
from tests.admin.test_take_page_text import CHANGE, PAGE, edit_at_the_desk, upload
from tests.importing.test_page_text_take import CORRECTED

pytestmark = pytest.mark.django_db


@pytest.fixture
def ferry(editor_client) -> Article:
    """A1's story edited at the desk (its headline and the paragraph corrected), A1 re-sent."""
    upload(editor_client, PAGE)
    story = edit_at_the_desk(editor_client, "渡口改建工程开工", "渡口改建工程今起开工")
    upload(editor_client, CORRECTED)
    return story


def test_the_story_form_offers_it_and_it_keeps_the_story_and_clears_the_count(editor_client, ferry):
    form = editor_client.get(reverse("admin:articles_article_change", args=[ferry.pk]))
    take = reverse("admin:articles_article_page_text", args=[ferry.pk, ferry.page_id])
    assert f'href="{take}#acknowledge">已核对，保留编辑的修改</a>' in form.content.decode()
    assert pending_ids(Article.objects.all()) == {ferry.pk}
    confirmation = editor_client.get(take)
    done = editor_client.post(take, form_data(confirmation, "acknowledge"), follow=True)
    said = [str(m) for m in done.context["messages"]]
    assert said == [f"已核对，保留编辑的修改；A1版版面文本的这些改动不再算作未采用：{CHANGE}"]
    story = Article.objects.get(pk=ferry.pk)
    assert story.headline == "渡口改建工程今起开工" and "昨天开工" in story.full_text()
    assert pending_ids(Article.objects.all()) == set()
    record = story.history.order_by("-history_date", "-history_id").first()
    assert record.history_user is not None
    assert record.history_change_reason == f"已核对版面文本（A1版），保留编辑的修改：{CHANGE}"


def test_a_stale_acknowledgement_is_refused_with_nothing_written(editor_client, ferry):
    take = reverse("admin:articles_article_page_text", args=[ferry.pk, ferry.page_id])
    data = {**form_data(editor_client.get(take), "acknowledge"), "token": "stale"}
    done = editor_client.post(take, data, follow=True)
    said = [str(m) for m in done.context["messages"]]
    assert said and said[0].startswith("没有标记为已核对：确认页打开之后")
    assert pending_ids(Article.objects.all()) == {ferry.pk}
