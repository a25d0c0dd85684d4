"""改版次 (articles.relabel): a page imported under the wrong label gets its printed one and keeps
its stories, photos, ids and history; its old address redirects; the issue's jumps are decided
again as the print now reads; a label the issue has, a malformed one or its own is refused."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model

from articles.activity import desk_activity
from articles.importing import pages_import
from articles.models import Article, ArticlePart, Issue, Jump, JumpState, Page, PageRedirect
from articles.relabel import RelabelError, page_relabel
from tests.factories import page_inputs

pytestmark = pytest.mark.django_db

DAY = date(2025, 9, 14)
A1 = "运河公园开园迎客\n\n本报讯（记者陈明）运河公园今天正式开园，园内步道沿河铺开，（下转A4版）\n"
# What was printed as A4 (its continuation of A1's story, and a story of its own), imported as A3.
PRINTED_A4 = (
    "（上接A1版）游客可以沿着河岸一路走到老码头，园内还设有三处观景平台。\n\n"
    "老街夜市重新开张\n\n本报讯（记者李清）老街夜市昨晚重新开张，六十多个摊位沿街排开。\n"
)
A2 = "城西新建两所小学\n\n本报讯（记者周洋）城西今年新建两所小学，九月一日起招生。\n"


def _import(*pages):
    results = list(pages_import(page_inputs(dict(pages), when=DAY, in_folder=False)))
    assert all(hasattr(r, "action") for r in results), results
    return results


def _forward():
    return Jump.objects.get(direction="forward")


def test_a_page_relabelled_keeps_its_stories_and_ids_and_its_waiting_marker_finds_it():
    _import(("A1", A1), ("A2", A2), ("A3", PRINTED_A4))
    page = Page.objects.get(label="A3")
    night_market = Article.objects.get(headline="老街夜市重新开张")
    parts = set(ArticlePart.objects.filter(page=page).values_list("pk", flat=True))
    assert _forward().state == JumpState.PENDING  # (下转A4版: no A4 yet)

    report = page_relabel(page=page, new_label="a4")

    page.refresh_from_db()
    assert page.label == "A4" and report.old == "A3" and report.new == "A4"
    assert Page.objects.filter(issue=page.issue).count() == 3
    assert set(ArticlePart.objects.filter(page=page).values_list("pk", flat=True)) == parts
    assert Article.objects.get(pk=night_market.pk).page_id == page.pk
    labels = list(Page.objects.filter(issue=page.issue).values_list("label", flat=True))
    assert labels == ["A1", "A2", "A4"]  # (the order follows the label)
    jump = _forward()
    assert jump.state == JumpState.LINKED and jump.to_part.page_id == page.pk
    story = Article.objects.with_parts().get(headline="运河公园开园迎客")
    assert [p.page.label for p in story.ordered_parts()] == ["A1", "A4"]
    assert any("（下转A4版）" in line and "已接续" in line for line in report.changes)
    assert PageRedirect.objects.get(old_label="A3").page_id == page.pk


def test_a_link_made_only_because_of_the_old_label_is_decided_again():
    # A1 printed 下转A3版 and the page imported as A3 continued it: linked by the label. The page
    # was A5 in print: the link held by the wrong label only.
    a1 = A1.replace("A4版", "A3版")
    _import(("A1", a1), ("A3", PRINTED_A4))
    assert _forward().state == JumpState.LINKED
    page = Page.objects.get(label="A3")

    report = page_relabel(page=page, new_label="A5")

    jump = _forward()
    assert jump.state == JumpState.PENDING and jump.to_part is None  # (it waits for A3 again)
    assert "（下转A3版）：已接续 → 待目标版面" in "".join(report.changes)
    # the continuation is a story of its own again, on the page it is printed on
    assert ArticlePart.objects.get(page=page, position=1).sequence == 0
    story = Article.objects.with_parts().get(headline="运河公园开园迎客")
    assert [p.page.label for p in story.ordered_parts()] == ["A1"]


def test_a_continuation_linked_by_its_shang_jie_naming_the_old_label_is_decided_again():
    # The page imported as A3 jumps to A5, whose continuation says 上接A3版: linked because the
    # page was A3. Relabelled A4, nothing in print says A5's text goes on from A4.
    page_text = "老街夜市重新开张\n\n本报讯（记者李清）老街夜市昨晚重新开张，六十多个摊位沿街排开，（下转A5版）\n"
    a5 = "（上接A3版）夜市每晚六点开市，到十一点收摊，城管部门划定了临时停车区。\n"
    _import(("A3", page_text), ("A5", a5))
    assert _forward().state == JumpState.LINKED
    report = page_relabel(page=Page.objects.get(label="A3"), new_label="A4")
    jump = _forward()
    assert jump.state == JumpState.UNMATCHED and jump.to_part is None
    assert report.changes == ["A4版“老街夜市重新开张”的（下转A5版）：已接续 → 目标版面无对应"]
    assert ArticlePart.objects.get(page__label="A5").sequence == 0  # a story of its own again


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("A2", "本期已经有A2版"),
        ("两版", "版次写得不对"),
        ("第A?版", "版次写得不对"),
        ("A3", "本版已经是A3版"),
    ],
)
def test_a_label_the_issue_has_a_malformed_one_or_its_own_is_refused_and_nothing_changes(
    typed, said
):
    _import(("A1", A1), ("A2", A2), ("A3", PRINTED_A4))
    page = Page.objects.get(label="A3")
    with pytest.raises(RelabelError) as refused:
        page_relabel(page=page, new_label=typed)
    assert said in str(refused.value)
    assert Page.objects.get(pk=page.pk).label == "A3"
    assert not PageRedirect.objects.exists()


def test_history_and_the_desk_activity_name_who_relabelled_what():
    _import(("A1", A1), ("A3", PRINTED_A4))
    editor = get_user_model().objects.create_user("relabeller", is_staff=True)
    page_relabel(page=Page.objects.get(label="A3"), new_label="A4", user=editor)
    record = Issue.history.order_by("-history_date", "-history_id").first()
    assert record.history_change_reason == "改版次（A3版→A4版）"
    assert record.history_user == editor
    assert any(line.text.startswith("改版次（A3版→A4版）") for line in desk_activity())


def test_relabelling_back_takes_the_label_back_from_its_redirect():
    _import(("A1", A1), ("A3", PRINTED_A4))
    page = Page.objects.get(label="A3")
    page_relabel(page=page, new_label="A4")
    page_relabel(page=page, new_label="A3")
    assert list(PageRedirect.objects.values_list("old_label", "page")) == [("A4", page.pk)]
