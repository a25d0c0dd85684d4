"""改版次 that breaks a jump link holds the continuation back as a draft (readers never get a
fragment story), saying what readers see; relabelling back joins it again. Teaser lines say
before → after as jump lines do."""

import pytest

from articles.headwaits import head_wait_refusals
from articles.models import ArticlePart, Page, Status
from articles.publishing import issue_publish
from articles.relabel import page_relabel
from tests.relabel.test_relabel_service import A1, _import

pytestmark = pytest.mark.django_db

PAGE = "老街夜市重新开张\n\n本报讯（记者李清）老街夜市昨晚重新开张，六十多个摊位沿街排开，（下转A5版）\n"
A5 = "（上接A3版）夜市每晚六点开市，到十一点收摊，城管部门划定了临时停车区。\n"


def test_a_continuation_a_relabel_splits_off_is_held_back_as_a_draft_until_relabelled_back():
    _import(("A3", PAGE), ("A5", A5))
    page = Page.objects.get(label="A3")
    issue_publish(issue=page.issue, acknowledge_broken=True)
    continuation = ArticlePart.objects.get(page__label="A5")
    assert continuation.article.status == Status.PUBLISHED and continuation.sequence == 1

    report = page_relabel(page=page, new_label="A4")

    continuation.refresh_from_db()
    assert continuation.sequence == 0
    assert continuation.article.status == Status.DRAFT  # (not a published fragment)
    (held,) = report.held
    assert held.startswith("A5版续文“") and "存为草稿，不单独发布，读者看不到这段续文" in held
    assert "读者看到的“老街夜市重新开张”停在（下转A5版）" in held
    assert "改回A3版" in held and held in report.summary()

    page_relabel(page=page, new_label="A3")
    continuation.refresh_from_db()
    assert continuation.sequence == 1 and continuation.article.headline == "老街夜市重新开张"


def test_a_teaser_line_says_what_it_linked_before_and_after():
    front = A1 + "\n今日导读\n\n老街夜市重新开张\n■A4 城事\n"
    _import(("A1", front), ("A3", PAGE.replace("，（下转A5版）", "。")))
    page = Page.objects.get(label="A3")

    found = page_relabel(page=page, new_label="A4")
    lost = page_relabel(page=page, new_label="A6")

    assert "A1版导读“■A4 城事”：未接上 → 链接到“老街夜市重新开张”" in found.changes
    assert "A1版导读“■A4 城事”：链接到“老街夜市重新开张” → 未接上" in lost.changes


def test_a_continuation_split_off_by_a_relabel_before_publishing_waits_and_is_not_published():
    _import(("A3", PAGE), ("A5", A5))
    page = Page.objects.get(label="A3")
    page_relabel(page=page, new_label="A4")  # (the issue not yet published: every story a draft)
    continuation = ArticlePart.objects.get(page__label="A5")
    assert continuation.sequence == 0  # (a story of its own, starting mid-sentence)

    report = issue_publish(issue=page.issue, acknowledge_broken=True)

    continuation.refresh_from_db()
    assert continuation.article.status == Status.DRAFT  # (not published as a fragment)
    assert report.awaiting == [
        f"A5版“{continuation.article.headline or '（无标题）'}”（上接的A3版已改版次为A4版）"
    ]
    assert Page.objects.get(label="A4").parts.get().article.status == Status.PUBLISHED
    assert head_wait_refusals([continuation.article])  # (nor by 发布所选稿件)

    page_relabel(page=page, new_label="A3")  # back: it joins its story again
    continuation.refresh_from_db()
    assert continuation.sequence == 1
