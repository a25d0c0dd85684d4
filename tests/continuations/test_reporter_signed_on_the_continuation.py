"""A reporter signed only at the end of a story's continuation (``（上接第一版）……（本报记者 林振华）``
on page 2, nothing on page 1) is the whole story's once the jump is stitched: the joined story's
reporters are those of all its parts, in print order, each person once; detaching the part gives
the byline back to the story it came from, as its photos and teasers come back
(``articles.continuations.restoring.bylines_follow``; README: Continuations)."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from articles.continuations import jump_unlink
from articles.importing.pagetake import page_text_offers, page_text_take
from articles.models import Article, ArticleRedirect, Jump, JumpState, Person
from articles.publishing import issue_publish
from search.engine import search
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2025, 6, 3)
HEADLINE = "冬闲变冬忙"
P1 = (
    f"{HEADLINE}\n\n本报讯 入冬以来，红旗公社各大队组织社员积肥修渠，男女老少齐上阵，"
    "工地上红旗招展，社员们说（下转第二版）\n"
)
P1_SIGNED = (
    f"{HEADLINE}\n\n本报讯（记者李红）入冬以来，红旗公社各大队组织社员积肥修渠，男女老少齐上阵，"
    "工地上红旗招展，社员们说（下转第二版）\n"
)
TAIL = "今年冬天不能闲着，要为明年丰收打好基础。全公社已完成土方十二万方。"
P2 = f"（上接第一版）\n\n{TAIL}（本报记者　林振华）\n"
P2_BOTH = f"（上接第一版）\n\n{TAIL}（本报记者　林振华　李红）\n"


def _story() -> Article:
    return Article.objects.get(headline=HEADLINE)


def _import(*pages: tuple[str, str]) -> Article:
    for text, label in pages:
        import_text(text, label, when=DAY)
    story = _story()
    assert story.parts.count() == 2, "the jump is stitched"
    return story


@pytest.mark.parametrize(
    "pages", [[(P1, "1"), (P2, "2")], [(P2, "2"), (P1, "1")]], ids=["head first", "tail first"]
)
def test_the_reporter_signed_on_the_continuation_is_the_whole_storys(pages):
    story = _import(*pages)
    assert story.reporter_names() == ["林振华"]
    person = Person.objects.get(name="林振华")
    assert list(person.bylines.values_list("article_id", flat=True)) == [story.pk]


@pytest.mark.parametrize(
    "pages",
    [[(P1_SIGNED, "1"), (P2_BOTH, "2")], [(P2_BOTH, "2"), (P1_SIGNED, "1")]],
    ids=["head first", "tail first"],
)
def test_reporters_of_both_pages_in_print_order_each_once(pages):
    story = _import(*pages)
    assert story.reporter_names() == ["李红", "林振华"]


def test_the_persons_page_lists_the_story(client):
    story = _import((P1, "1"), (P2, "2"))
    person = Person.objects.get(name="林振华")
    issue_publish(issue=story.issue, acknowledge_broken=True)
    page = client.get(person.get_absolute_url())
    assert page.status_code == 200
    assert story.get_absolute_url() in page.content.decode()


def _unlink():
    [jump] = Jump.objects.filter(direction="forward", state=JumpState.LINKED)
    jump_unlink(jump=jump)


@pytest.mark.parametrize("head_first", [True, False], ids=["head first", "tail first"])
def test_detaching_gives_the_byline_back_to_the_story_it_came_from(head_first):
    story = _import(*([(P1, "1"), (P2, "2")] if head_first else [(P2, "2"), (P1, "1")]))
    assert story.reporter_names() == ["林振华"]
    _unlink()
    story.refresh_from_db()
    assert story.reporter_names() == []
    [tail] = Article.objects.exclude(pk=story.pk)
    assert tail.reporter_names() == ["林振华"]
    if not head_first:  # (the story it was: its id and address back)
        assert not ArticleRedirect.objects.exists()


def test_detaching_leaves_a_reporter_of_both_pages_on_the_head():
    import_text(P2_BOTH, "2", when=DAY)
    tail = Article.objects.get()
    import_text(P1_SIGNED, "1", when=DAY)
    assert _story().reporter_names() == ["李红", "林振华"]
    _unlink()
    assert _story().reporter_names() == ["李红"]
    assert Article.objects.get(pk=tail.pk).reporter_names() == ["林振华", "李红"]


@pytest.mark.parametrize(
    "pages", [[(P1, "1"), (P2, "2")], [(P2, "2"), (P1, "1")]], ids=["head first", "tail first"]
)
@pytest.mark.parametrize("again", ["1", "2"])
def test_re_importing_an_unchanged_page_changes_nothing(pages, again):
    story = _import(*pages)
    held = list(ArticleRedirect.objects.values_list("old_id", "held"))
    report = import_text(dict(((lb, t) for t, lb in pages))[again], again, when=DAY)
    story.refresh_from_db()
    assert story.reporter_names() == ["林振华"]
    assert story.parts.count() == 2
    assert list(ArticleRedirect.objects.values_list("old_id", "held")) == held
    assert report.action == "unchanged"
    assert not (report.conflicts or report.corrected or report.revised or report.overwritten)


def test_a_corrected_home_page_keeps_the_reporter_of_the_continuation():
    story = _import((P2, "2"), (P1, "1"))
    report = import_text(P1.replace("积肥修渠", "积肥修渠道"), "1", when=DAY)
    story.refresh_from_db()
    assert report.revised and not report.conflicts
    assert story.reporter_names() == ["林振华"]
    assert "积肥修渠道" in story.parts.get(sequence=0).blocks[0]["text"]


def test_a_story_edited_by_hand_is_no_conflict_for_its_unchanged_home_page(client):
    story = _import((P2, "2"), (P1, "1"))
    Article.objects.filter(pk=story.pk).update(edited_at=story.updated_at)
    report = import_text(P1.replace("积肥修渠", "积肥修渠道"), "1", when=DAY)
    assert report.conflicts  # (its text changed: the editor decides)
    assert "记者" not in "".join(report.conflicts)
    story.refresh_from_db()
    assert story.reporter_names() == ["林振华"]


@pytest.mark.parametrize(
    "pages", [[(P1, "1"), (P2, "2")], [(P2, "2"), (P1, "1")]], ids=["head first", "tail first"]
)
def test_search_finds_the_joined_story_by_the_reporter(client, pages):
    story = _import(*pages)
    issue_publish(issue=story.issue, acknowledge_broken=True)
    assert {a.pk for a in search(Article.objects.all(), "林振华").queryset} == {story.pk}
    response = client.get(reverse("search:search"), {"reporter": "林振华"})
    assert {s.pk for s in response.context["page_obj"]} == {story.pk}


def test_taking_the_home_page_text_keeps_the_reporter_of_the_continuation():
    story = _import((P2, "2"), (P1, "1"))
    Article.objects.filter(pk=story.pk).update(edited_at=story.updated_at)
    import_text(P1.replace("积肥修渠", "积肥修渠道"), "1", when=DAY)
    [offer] = page_text_offers(Article.objects.get(pk=story.pk))
    assert not [line for line in offer.changes if "记者" in line]
    page_text_take(article_id=story.pk, page_id=offer.page.pk, token=offer.token, user=None)
    story.refresh_from_db()
    assert "积肥修渠道" in story.parts.get(sequence=0).blocks[0]["text"]
    assert story.reporter_names() == ["林振华"]
