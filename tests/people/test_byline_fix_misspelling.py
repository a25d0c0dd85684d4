"""A byline fix that moves a story from one person to another (reviewer A of session 68, defect
6): 陈晓兰 corrected to 陈晓岚 leaves person 陈晓兰 with nothing, so the old spelling becomes a
former name of 陈晓岚 marked 错写; a later issue printing 陈晓兰 credits 陈晓岚 and its byline is
flagged although no other story of that issue spells the name (the check looks at the known
misspellings, across issues). A different reporter left with nothing is only offered for merge."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from articles.models import Article, Byline, Person, PersonAlias, ProofreadingFinding
from tests.admin.conftest import form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """A1  要闻

雪后路面结冰

本报讯（记者 陈晓岚）昨日降雪后，全市多条道路出现结冰，交警部门提醒市民谨慎驾驶。

市民文化节开幕

本报讯（记者 {name}）昨日，第五届市民文化节在市文化中心开幕，活动将持续一个月。
"""


def _import(name: str, when: date, capture) -> None:
    with capture(execute=True):
        import_text(PAGE.format(name=name), "A1", when=when, paper="云岭晚报", slug="yl")


def _fix_byline(client, story, byline, capture):
    change = reverse("admin:articles_article_change", args=[story.pk])
    data = {**form_data(client.get(change)), "byline": byline}
    with capture(execute=True):
        response = client.post(change, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return [str(m) for m in client.get(response.url).context["messages"]]


def test_a_corrected_misspelling_is_kept_as_a_former_name_and_flagged_when_printed_again(
    editor_client, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    _import("陈晓兰", date(2026, 11, 20), capture)
    story = Article.objects.get(headline="市民文化节开幕")

    said = _fix_byline(editor_client, story, "本报讯（记者 陈晓岚）", capture)

    right = Person.objects.get(name="陈晓岚")
    assert not Person.objects.filter(name="陈晓兰").exists()
    assert PersonAlias.objects.get(name="陈晓兰", person=right).misspelling
    assert any("“陈晓兰”已没有署名稿件，记为陈晓岚的错写" in line for line in said)

    _import("陈晓兰", date(2026, 11, 24), capture)
    later = Article.objects.get(headline="市民文化节开幕", issue__date=date(2026, 11, 24))
    assert list(Byline.objects.filter(article=later).values_list("person", flat=True)) == [right.pk]
    (found,) = ProofreadingFinding.objects.filter(article=later, kind="name_variant")
    assert found.text == "陈晓兰" and found.suggestion == "陈晓岚"
    assert "编辑部改正过的错写" in found.message


def test_another_reporter_left_with_no_story_is_offered_for_merge_not_merged(
    editor_client, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    _import("周立明", date(2026, 11, 20), capture)
    story = Article.objects.get(headline="市民文化节开幕")

    said = _fix_byline(editor_client, story, "本报讯（记者 杨帆）", capture)

    assert Person.objects.filter(name="周立明").exists()
    assert not PersonAlias.objects.exists()
    assert any("“周立明”已没有署名稿件和图片：如果这是错写" in line for line in said)


def test_a_renamed_reporter_s_former_name_is_not_flagged(django_capture_on_commit_callbacks):
    from articles.people.merge import person_merge

    capture = django_capture_on_commit_callbacks
    _import("陈小岚", date(2026, 11, 20), capture)
    person_merge(person=Person.objects.get(name="陈晓岚"), other=Person.objects.get(name="陈小岚"))

    _import("陈小岚", date(2026, 11, 24), capture)

    assert not ProofreadingFinding.objects.filter(
        article__issue__date=date(2026, 11, 24), kind="name_variant"
    ).exists()


def test_a_misspelling_printed_on_purpose_can_be_dismissed_from_the_form(
    editor_client, django_capture_on_commit_callbacks
):
    import re
    from html import unescape

    capture = django_capture_on_commit_callbacks
    _import("陈晓兰", date(2026, 11, 20), capture)
    _fix_byline(
        editor_client,
        Article.objects.get(headline="市民文化节开幕"),
        "本报讯（记者 陈晓岚）",
        capture,
    )
    _import("陈晓兰", date(2026, 11, 24), capture)
    later = Article.objects.get(headline="市民文化节开幕", issue__date=date(2026, 11, 24))
    change = reverse("admin:articles_article_change", args=[later.pk])
    response = editor_client.get(change)
    tag = re.search(r'<button[^>]*class="proofreading-dismiss"[^>]*>', response.content.decode())
    action = unescape(re.search(r'formaction="([^"]+)"', tag.group()).group(1))
    value = unescape(re.search(r'value="([^"]*)"', tag.group()).group(1))

    with capture(execute=True):
        editor_client.post(action, {**form_data(response), "finding": value})

    assert not ProofreadingFinding.objects.filter(article=later, kind="name_variant").exists()
    assert "已判为不是错的 1 处" in editor_client.get(change).content.decode()


# Reviewer B (session 68), defect 2: a fix of a fix merged the real reporter into a colleague ---


def _credited(story) -> list[str]:
    return list(
        Byline.objects.filter(article=story)
        .order_by("order")
        .values_list("person__name", flat=True)
    )


def test_a_name_only_the_desk_typed_is_not_merged_and_going_back_credits_it_again(
    editor_client, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    _import("周立明", date(2026, 11, 19), capture)  # (the colleague, with a story of his own)
    _import("周敏", date(2026, 11, 20), capture)
    story = Article.objects.get(headline="市民文化节开幕", issue__date=date(2026, 11, 20))

    _fix_byline(editor_client, story, "记者 周立敏", capture)
    said = _fix_byline(editor_client, story, "记者 周立明", capture)

    assert Person.objects.filter(name="周立敏").exists()  # (kept: never printed, only typed)
    assert not PersonAlias.objects.filter(name="周立敏").exists()
    assert any("“周立敏”已没有署名稿件和图片：如果这是错写" in line for line in said)

    _fix_byline(editor_client, story, "记者 周立敏", capture)

    assert _credited(story) == ["周立敏"]
    assert not ProofreadingFinding.objects.filter(article=story, kind="name_variant").exists()


def test_a_byline_set_back_to_the_printed_name_undoes_the_misspelling(
    editor_client, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    _import("陈晓兰", date(2026, 11, 20), capture)
    story = Article.objects.get(headline="市民文化节开幕")
    _fix_byline(editor_client, story, "记者 陈晓岚", capture)
    assert PersonAlias.objects.get(name="陈晓兰").misspelling

    said = _fix_byline(editor_client, story, "记者 陈晓兰", capture)

    assert not PersonAlias.objects.filter(name="陈晓兰").exists()
    assert _credited(story) == ["陈晓兰"]
    assert any("“陈晓兰”不再记为陈晓岚的错写" in line for line in said)
    assert not ProofreadingFinding.objects.filter(
        article=story, message__contains="编辑部改正过的错写"
    ).exists()


def test_going_back_keeps_the_misspelling_another_printed_byline_uses(
    editor_client, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    _import("陈晓兰", date(2026, 11, 20), capture)
    story = Article.objects.get(headline="市民文化节开幕")
    _fix_byline(editor_client, story, "记者 陈晓岚", capture)
    _import("陈晓兰", date(2026, 11, 24), capture)  # (printed again: credits 陈晓岚, flagged)

    _fix_byline(editor_client, story, "记者 陈晓兰", capture)

    assert PersonAlias.objects.get(name="陈晓兰").misspelling
    assert _credited(story) == ["陈晓岚"]
