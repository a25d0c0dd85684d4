"""版面文本有改动未采用 on one story's form: choosing 已发布 or 已签发 in its 状态 while its page text
is pending asks as 发布所选稿件 and 签发所选稿件 do (the change listed, the 已核对 tick, the same
refusal without it, nothing saved), and the decision is in the history (a chief editor's 已签发 on the form once went
through unasked over a re-sent correction)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Publication, Status
from tests.admin.conftest import form_data
from tests.admin.test_page_text_pending import LINE, kept  # noqa: F401 (`story` uses it)
from tests.admin.test_take_page_text import upload
from tests.importing.test_page_text_take import CORRECTED

pytestmark = pytest.mark.django_db
TICK = "已核对版面文本有改动未采用的稿件，按编辑保存的内容"


@pytest.fixture
def story(request) -> Article:
    """A1's story kept as edited while A1 was re-sent with a correction (``kept``)."""
    return request.getfixturevalue("kept")


def change_url(story) -> str:
    return reverse("admin:articles_article_change", args=[story.pk])


def test_the_form_lists_it_with_the_tick(chief_client, story):
    html = chief_client.get(change_url(story)).content.decode()
    assert 'class="page-text-story"' in html and LINE in html
    assert f"{TICK}发布" in html and 'name="acknowledge_page_text"' in html


@pytest.mark.parametrize("status", [Status.PUBLISHED, Status.SIGNED_OFF])
def test_publishing_or_signing_off_on_the_form_wants_the_tick(chief_client, story, status):
    if status == Status.SIGNED_OFF:
        Publication.objects.update(review_required=True)
    step = "签发" if status == Status.SIGNED_OFF else "发布"
    url = change_url(story)
    data = {**form_data(chief_client.get(url)), "status": status, "_save": "保存"}
    refused = chief_client.post(url, data)
    assert refused.status_code == 200
    assert f"没有{step}：A1版“渡口改建工程今起开工”版面文本有改动未采用" in refused.content.decode()
    assert Article.objects.get(pk=story.pk).status == Status.DRAFT
    done = chief_client.post(url, {**data, "acknowledge_page_text": "on"}, follow=True)
    assert Article.objects.get(pk=story.pk).status == status
    said = [str(m) for m in done.context["messages"]]
    assert any(m.startswith(f"已按编辑保存的内容{step}（已核对") for m in said)
    record = story.history.order_by("-history_date", "-history_id").first()
    assert record.history_change_reason.startswith(f"已核对，按编辑保存的内容{step}，未采用A1版")


def test_a_page_re_sent_after_the_form_was_shown_is_refused_by_name(chief_client, story):
    url = change_url(story)
    data = {**form_data(chief_client.get(url)), "status": Status.PUBLISHED, "_save": "保存"}
    upload(chief_client, CORRECTED.replace("城北", "城南"))  # another correction meanwhile
    refused = chief_client.post(url, {**data, "acknowledge_page_text": "on"})
    assert "没有发布：本页打开之后，A1版“渡口改建工程今起开工”的版面文本或稿件又有了改动" in (
        refused.content.decode()
    )
    assert Article.objects.get(pk=story.pk).status == Status.DRAFT
