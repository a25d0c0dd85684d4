"""The desk's side of printed 更正 notices: a notice the automatic search could not link is
listed with why, and an editor picks the story, dismisses the notice or hands it back; an
edit of the notice at the story form finds its story again."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import CorrectionNotice, NoticeState
from tests.admin.conftest import form_data
from tests.correctionnotices.test_linking import (
    A2,
    BOTH,
    DAY,
    LATER,
    NOTICE,
    TWICE,
    notice,
    story,
)
from tests.factories import import_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def ambiguous():
    import_text(TWICE, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    assert notice().state == NoticeState.AMBIGUOUS
    return notice()


def test_an_unlinked_notice_is_listed_with_why(editor_client, ambiguous):
    url = reverse("admin:articles_correctionnotice_changelist") + "?open=1"
    html = editor_client.get(url).content.decode()
    assert 'class="field-printed"' in html
    assert "该版有不止一篇这个标题的稿件：请选出被更正的那一篇。" in html
    assert "本报12月3日A2版《快遞進村打通" in html


def test_the_story_form_of_a_notice_offers_to_resolve_it(editor_client, ambiguous):
    url = reverse("admin:articles_article_change", args=[ambiguous.notice_id])
    html = editor_client.get(url).content.decode()
    assert "处理更正：该版有不止一篇同名稿件" in html


def test_an_editor_picks_the_story(editor_client, ambiguous):
    url = reverse("admin:articles_correctionnotice_change", args=[ambiguous.pk])
    data = form_data(editor_client.get(url))
    picked = ambiguous.notice.issue.publication.issues.get(date=DAY).articles.order_by("position")[
        1
    ]
    response = editor_client.post(url, {**data, "decision": "pick", "corrected": picked.pk})
    assert response.status_code == 302
    assert (notice().state, notice().corrected) == (NoticeState.MANUAL, picked)
    import_text(NOTICE.replace("客流平稳", "客流总体平稳"), "A3", when=LATER)  # re-import
    assert (notice().state, notice().corrected) == (NoticeState.MANUAL, picked)


def test_an_editor_dismisses_the_notice(editor_client, ambiguous):
    url = reverse("admin:articles_correctionnotice_change", args=[ambiguous.pk])
    data = form_data(editor_client.get(url))
    assert editor_client.post(url, {**data, "decision": "dismiss"}).status_code == 302
    assert (notice().state, notice().corrected) == (NoticeState.DISMISSED, None)
    listed = reverse("admin:articles_correctionnotice_changelist") + "?open=1"
    assert 'class="field-printed"' not in editor_client.get(listed).content.decode()


def test_a_decision_on_a_notice_changed_meanwhile_is_refused(editor_client, ambiguous):
    url = reverse("admin:articles_correctionnotice_change", args=[ambiguous.pk])
    data = form_data(editor_client.get(url))
    CorrectionNotice.objects.filter(pk=ambiguous.pk).update(state=NoticeState.UNMATCHED)
    response = editor_client.post(url, {**data, "decision": "dismiss"})
    assert response.status_code == 200
    assert "这则更正" in response.content.decode() and "本次" in response.content.decode()
    assert notice().state == NoticeState.UNMATCHED


def test_picking_a_story_another_notice_corrects_links_it_again(editor_client):
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE.replace("A2版", "A5版"), "A3", when=LATER)  # printed wrong: open
    import_text(NOTICE.replace("A3  要闻", "A4  要闻"), "A4", when=LATER)  # links the story
    first = CorrectionNotice.objects.get(state=NoticeState.PENDING)
    url = reverse("admin:articles_correctionnotice_change", args=[first.pk])
    data = form_data(editor_client.get(url))
    corrected = story("快递进村打通“最后一公里”")
    response = editor_client.post(url, {**data, "decision": "pick", "corrected": corrected.pk})
    assert response.status_code == 302
    assert CorrectionNotice.objects.filter(corrected=corrected).count() == 2


def test_picking_a_story_the_notice_links_already_for_another_story_it_names_is_refused(
    editor_client,
):
    import_text(A2, "A2", when=DAY)
    import_text(BOTH, "A3", when=LATER)
    [first, second] = CorrectionNotice.objects.order_by("order")
    assert first.state == second.state == NoticeState.LINKED
    url = reverse("admin:articles_correctionnotice_change", args=[second.pk])
    data = form_data(editor_client.get(url))
    response = editor_client.post(
        url, {**data, "decision": "pick", "corrected": first.corrected_id}
    )
    assert response.status_code == 200
    assert "同一则启事只链接一篇稿件一次" in response.content.decode()


def test_the_desk_decides_each_story_a_notice_names(editor_client):
    import_text(A2, "A2", when=DAY)
    import_text(BOTH.replace("《菜篮子工程稳步推进》", "《菜篮子工程全面推进》"), "A3", when=LATER)
    [first, second] = CorrectionNotice.objects.order_by("order")
    assert (first.state, second.state) == (NoticeState.LINKED, NoticeState.UNMATCHED)
    listed = reverse("admin:articles_correctionnotice_changelist") + "?open=1"
    html = editor_client.get(listed).content.decode()
    assert "菜篮子工程全面推进" in html and "快遞進村打通" not in html
    url = reverse("admin:articles_correctionnotice_change", args=[second.pk])
    data = form_data(editor_client.get(url))
    picked = story("菜篮子工程稳步推进")
    assert (
        editor_client.post(url, {**data, "decision": "pick", "corrected": picked.pk}).status_code
        == 302
    )
    second.refresh_from_db()
    first.refresh_from_db()
    assert (second.state, second.corrected) == (NoticeState.MANUAL, picked)
    assert first.state == NoticeState.LINKED
    form = editor_client.get(reverse("admin:articles_article_change", args=[first.notice_id]))
    assert "更正《菜篮子工程全面推进》：编辑指定" in form.content.decode()


def test_an_editor_correcting_the_notice_at_the_story_form_finds_its_story(editor_client):
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE.replace("A2版", "A5版"), "A3", when=LATER)  # a page printed wrong
    assert notice().state == NoticeState.PENDING
    printed = story("更正", LATER)
    url = reverse("admin:articles_article_change", args=[printed.pk])
    data = form_data(editor_client.get(url))
    fixed = {k: v.replace("A5版", "A2版") if isinstance(v, str) else v for k, v in data.items()}
    assert editor_client.post(url, {**fixed, "_save": "1"}).status_code == 302
    assert notice().corrected == story("快递进村打通“最后一公里”")


def test_the_desk_home_lists_the_notices_to_look_at(editor_client, ambiguous):
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert "未找到被更正稿件的更正启事（共 1 则）" in html
    assert reverse("admin:articles_correctionnotice_change", args=[ambiguous.pk]) in html


def test_a_notice_naming_no_readable_date_offers_the_week_before(editor_client):
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE.replace("本报12月3日A2版《", "本报上周《"), "A3", when=LATER)
    assert notice().state == NoticeState.UNREAD
    url = reverse("admin:articles_correctionnotice_change", args=[notice().pk])
    page = editor_client.get(url)
    html = page.content.decode()
    assert "12月3日 A2版 “快递进村打通‘最后一公里’”" in html
    assert "春运首日客流平稳" not in html.split('name="corrected"')[1]  # (its own day)
    corrected = story("快递进村打通“最后一公里”")
    response = editor_client.post(
        url, {**form_data(page), "decision": "pick", "corrected": corrected.pk}
    )
    assert response.status_code == 302
    assert (notice().state, notice().corrected) == (NoticeState.MANUAL, corrected)
