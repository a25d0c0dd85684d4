"""改版次 at the desk: the page's admin page offers it to who may change the page; the label
typed is checked (a label the issue has, or a malformed one, refused in Chinese saying how to
fix it), a confirmation page says what changes, and only the confirmation relabels the page and
logs it. 撤销本版导入's promise says its limit: a page imported again under another label."""

import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from django.urls import reverse

from articles.models import Article, ArticlePart, Jump, JumpState, Page, PageRedirect
from tests.admin.conftest import form_data
from tests.relabel.test_relabel_service import A1, A2, PRINTED_A4, _import

pytestmark = pytest.mark.django_db


@pytest.fixture
def wrong_page(db):
    _import(("A1", A1), ("A2", A2), ("A3", PRINTED_A4))
    return Page.objects.get(label="A3")


def _url(page):
    return reverse("admin:articles_page_relabel", args=[page.pk])


def test_the_page_form_offers_relabelling_to_editors_only(editor, viewer, wrong_page):
    editor_client, viewer_client = Client(), Client()
    editor_client.force_login(editor)
    viewer_client.force_login(viewer)
    change = reverse("admin:articles_page_change", args=[wrong_page.pk])
    assert _url(wrong_page) in editor_client.get(change).content.decode()
    assert _url(wrong_page) not in viewer_client.get(change).content.decode()
    assert viewer_client.get(_url(wrong_page)).status_code == 403
    assert viewer_client.post(_url(wrong_page), {"new_label": "A4"}).status_code == 403
    assert Page.objects.get(pk=wrong_page.pk).label == "A3"


def test_a_label_is_confirmed_before_the_page_is_relabelled_and_the_log_says_what_changed(
    editor_client, editor, wrong_page
):
    form = editor_client.get(_url(wrong_page))
    data = {**form_data(form, "relabel-form"), "new_label": "第四版"}
    shown = editor_client.post(_url(wrong_page), data)
    html = shown.content.decode()
    assert shown.status_code == 200 and 'id="relabel-plan"' in html
    assert "将把 A3版 改为 4版" in html  # (第四版 is 4; the issue has no A4 to mean)
    assert "（下转A4版）：待目标版面 → 已接续" not in html
    data = {**form_data(form, "relabel-form"), "new_label": "A4"}
    plan_page = editor_client.post(_url(wrong_page), data)
    html = plan_page.content.decode()
    assert "A1版“运河公园开园迎客”的（下转A4版）：待目标版面 → 已接续（接在A4版）" in html
    assert Page.objects.get(pk=wrong_page.pk).label == "A3"  # (nothing done yet)

    confirmed = editor_client.post(_url(wrong_page), form_data(plan_page, "relabel-form"))
    assert confirmed.status_code == 302
    assert Page.objects.get(pk=wrong_page.pk).label == "A4"
    assert Jump.objects.get(direction="forward").state == JumpState.LINKED
    entry = LogEntry.objects.get(object_id=str(wrong_page.pk))
    assert entry.user == editor
    assert entry.change_message.startswith("改版次（A3版→A4版）：A3版已改为A4版，原网址转到新网址")
    assert "（下转A4版）：待目标版面 → 已接续（接在A4版）" in entry.change_message
    shown = editor_client.get(confirmed["Location"]).content.decode()
    assert "A3版已改为A4版" in shown


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("A2", "本期已经有A2版，不能把A3版改成A2版"),
        ("两版", "版次写得不对"),
        ("A-4", "版次写得不对"),
    ],
)
def test_a_label_refused_says_why_in_chinese_and_changes_nothing(
    editor_client, wrong_page, typed, said
):
    form = editor_client.get(_url(wrong_page))
    data = {**form_data(form, "relabel-form"), "new_label": typed, "confirmed": "True"}
    response = editor_client.post(_url(wrong_page), data)
    assert response.status_code == 200
    assert said in response.content.decode()
    assert Page.objects.get(pk=wrong_page.pk).label == "A3"
    assert not PageRedirect.objects.exists()


def test_a_page_relabelled_meanwhile_is_not_relabelled_again(editor_client, wrong_page):
    form = editor_client.get(_url(wrong_page))
    Page.objects.filter(pk=wrong_page.pk).update(label="A5")
    data = {**form_data(form, "relabel-form"), "new_label": "A4", "confirmed": "True"}
    html = editor_client.post(_url(wrong_page), data).content.decode()
    assert "这一版的版次已被改成A5版，本次没有修改" in html
    assert Page.objects.get(pk=wrong_page.pk).label == "A5"


def test_the_undo_page_says_its_promise_holds_for_the_same_label_only(editor_client, wrong_page):
    html = editor_client.get(
        reverse("admin:articles_page_undo_import", args=[wrong_page.pk])
    ).content.decode()
    comeback = html.split('id="removal-comeback">')[1].split("</p>")[0]
    assert "这只对以同一版次（A3版）重新导入的版面有效" in comeback
    assert "改版次" in comeback
    assert Article.objects.filter(page=wrong_page).exists()


def test_on_a_published_issue_of_a_sign_off_paper_relabelling_is_the_chief_editors(
    editor, chief, wrong_page
):
    from articles.publishing import issue_publish

    issue_publish(issue=wrong_page.issue, user=chief, acknowledge_broken=True)
    paper = wrong_page.issue.publication
    paper.review_required = True
    paper.save()
    editor_client, chief_client = Client(), Client()
    editor_client.force_login(editor)
    chief_client.force_login(chief)
    refused = editor_client.post(_url(wrong_page), {"new_label": "A4", "confirmed": "True"})
    assert refused.status_code == 302 and Page.objects.get(pk=wrong_page.pk).label == "A3"
    form = chief_client.get(_url(wrong_page))
    data = {**form_data(form, "relabel-form"), "new_label": "A4", "confirmed": "True"}
    assert chief_client.post(_url(wrong_page), data).status_code == 302
    assert Page.objects.get(pk=wrong_page.pk).label == "A4"


def test_the_confirmation_lists_the_pages_own_jump_and_the_link_it_makes_further_on(editor_client):
    # The page printed as A4 (imported as A3) jumps to A5, whose continuation says 上接A4版: as
    # A3 they do not match; as A4 they link. The confirmation listed A1's 下转A4版 only.
    own = PRINTED_A4.replace("六十多个摊位沿街排开。", "六十多个摊位沿街排开，（下转A5版）")
    a5 = "（上接A4版）夜市每晚六点开市，到十一点收摊，城管部门划定了临时停车区。\n"
    _import(("A1", A1), ("A3", own), ("A5", a5))
    page = Page.objects.get(label="A3")
    form = editor_client.get(_url(page))
    data = {**form_data(form, "relabel-form"), "new_label": "A4"}
    html = editor_client.post(_url(page), data).content.decode()
    assert "A1版“运河公园开园迎客”的（下转A4版）：待目标版面 → 已接续（接在A4版）" in html
    assert "A4版“老街夜市重新开张”的（下转A5版）：目标版面无对应 → 已接续（接在A5版）" in html
    assert Page.objects.get(pk=page.pk).label == "A3"  # (nothing written)
    assert Jump.objects.filter(state=JumpState.LINKED).count() == 0


def test_a_relabel_is_one_line_in_the_desks_recent_actions(editor_client, wrong_page):
    form = editor_client.get(_url(wrong_page))
    data = {**form_data(form, "relabel-form"), "new_label": "A4"}
    plan_page = editor_client.post(_url(wrong_page), data)
    assert (
        editor_client.post(_url(wrong_page), form_data(plan_page, "relabel-form")).status_code
        == 302
    )
    html = editor_client.get(reverse("admin:index")).content.decode()
    recent = html.split('id="recent-actions-module"')[1].split("</ul>")[0]
    assert recent.count("改版次（A3版→A4版）") == 1
    assert "改版次（A3版→A4版）：南通日报 2025-09-14" in recent  # (the issue's record)
    # the page's own log keeps the whole account
    assert LogEntry.objects.get(object_id=str(wrong_page.pk)).change_message.startswith("改版次（")


def test_on_a_sign_off_paper_a_viewer_is_refused_for_want_of_permission_and_an_editor_told_why(
    editor, viewer, chief, wrong_page
):
    from articles.publishing import issue_publish

    issue_publish(issue=wrong_page.issue, user=chief, acknowledge_broken=True)
    paper = wrong_page.issue.publication
    paper.review_required = True
    paper.save()
    viewer_client, editor_client = Client(), Client()
    viewer_client.force_login(viewer)
    editor_client.force_login(editor)
    for response in (
        viewer_client.get(_url(wrong_page)),
        viewer_client.post(_url(wrong_page), {"new_label": "A4", "confirmed": "True"}),
    ):
        assert response.status_code == 403 and "没有权限" in response.content.decode()
    refused = editor_client.get(_url(wrong_page), follow=True).content.decode()
    assert (
        "只有总编辑（签发权限）可以修改" in refused and "版次" in refused.split("本报须经签发")[1]
    )
    assert Page.objects.get(pk=wrong_page.pk).label == "A3"


def test_the_confirmation_says_a_continuation_split_off_is_held_back_from_readers(
    editor_client,
):
    from articles.models import Status
    from articles.publishing import issue_publish
    from tests.relabel.test_relabel_holds import A5, PAGE

    _import(("A3", PAGE), ("A5", A5))
    page = Page.objects.get(label="A3")
    issue_publish(issue=page.issue, acknowledge_broken=True)
    form = editor_client.get(_url(page))
    data = {**form_data(form, "relabel-form"), "new_label": "A4"}
    html = editor_client.post(_url(page), data).content.decode()
    assert "存为草稿，不单独发布，读者看不到这段续文" in html
    assert "读者看到的“老街夜市重新开张”停在（下转A5版）" in html
    continuation = ArticlePart.objects.select_related("article").get(page__label="A5")
    assert continuation.sequence == 1  # (nothing done yet: still the story's continuation)
    assert continuation.article.status == Status.PUBLISHED
