"""A story readers could read that was changed says so on its page (articles.corrections): a
re-import with corrected page text is a 更正, an editor's change at the desk an 更新, each with
when; in the JSON-LD (``correction``) and the JSON twin (``corrections``). Never for a change
made before the issue was published, a save that changes nothing or only white space, nor for
a continuation joined later."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.corrections import EDIT, PAGE_TEXT, corrections_in
from articles.editing import hand_edit
from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.factories import import_text
from tests.public.test_queries import ARTICLE_QUERIES

pytestmark = pytest.mark.django_db

A2 = """A2  要闻

城南菜市场完成改造

本报记者 苏蔓

城南菜市场改造工程昨日完工，摊位由600个增加到900个。

市民表示，改造后的菜市场更加整洁。
"""
CORRECTED = A2.replace("600个", "800个")


def reads_history(sql: str) -> bool:
    """Whether a statement itself reads a history table: its text with every parenthesised
    part taken out (a subquery, e.g. the page picture's release lapsing by a later
    publication, runs only for a page holding a story not published) names one."""
    depth, kept = 0, []
    for char in sql:
        depth += char == "("
        if depth == 0:
            kept.append(char)
        depth -= char == ")" and depth > 0
    return "historical" in "".join(kept).lower()


def page(client, article: Article) -> str:
    cache.clear()  # (the test's changes commit nothing: no tag moves)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def twin(client, article: Article) -> dict:
    cache.clear()
    return client.get(article.get_absolute_url().rstrip("/") + ".json").json()


def json_ld(html: str) -> dict:
    return json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])


def publish() -> Article:
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    return Article.objects.get()


def editor_changes(article: Article, old: str, new: str) -> None:
    """What the desk's story form does to a paragraph (articles.editing.hand_edit, then save)."""
    part = article.parts.get()
    hand_edit([article, part])
    part.blocks = [{**b, "text": b["text"].replace(old, new)} for b in part.blocks]
    part.save()
    article.save()


def test_a_story_whose_page_text_was_corrected_after_publication_says_so(client):
    import_text(A2, "A2")
    story = publish()
    assert "更正" not in page(client, story)

    assert import_text(CORRECTED, "A2").action == "updated"
    story.refresh_from_db()
    html = page(client, story)

    assert "800个" in html
    assert '<p class="correction" role="note">更正：本文于<time datetime="' in html
    local = timezone.localtime(story.updated_at)
    assert (
        f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}</time> 按报纸版面的更正作了修改"
        in html
    )
    (said,) = json_ld(html)["correction"]
    assert said["@type"] == "CorrectionComment" and said["text"].startswith("更正：本文于")
    (listed,) = twin(client, story)["corrections"]
    assert listed["kind"] == PAGE_TEXT and listed["text"] == said["text"]


def test_an_editors_change_to_a_published_story_is_an_update(client):
    import_text(A2, "A2")
    story = publish()
    editor_changes(story, "整洁", "整洁明亮")
    html = page(client, story)
    assert "整洁明亮" in html
    assert "更新：本文于<time" in html and "经编辑修改" in html and "更正：" not in html
    assert [c["kind"] for c in twin(client, story)["corrections"]] == [EDIT]


def test_changes_before_the_issue_was_published_are_not_corrections(client):
    import_text(A2, "A2")
    import_text(CORRECTED, "A2")  # the chief's corrected page, before publication
    editor_changes(Article.objects.get(), "整洁", "整洁明亮")
    story = publish()
    html = page(client, story)
    assert "800个" in html and "整洁明亮" in html
    assert 'class="correction"' not in html and "correction" not in json_ld(html)
    assert twin(client, story)["corrections"] == []


def test_a_save_that_changes_nothing_or_only_white_space_is_no_correction(client):
    import_text(A2, "A2")
    story = publish()
    hand_edit([story])
    story.save()  # the story form saved as it was
    editor_changes(story, "市民表示，", "市民表示， ")
    story.byline = "本报记者　苏蔓"
    story.save()
    html = page(client, story)
    assert 'class="correction"' not in html
    assert twin(client, story)["corrections"] == []


def test_a_continuation_joined_after_publication_is_no_correction(client):
    from tests.factories import import_seed
    from tests.public.conftest import A2_TEXT, WORKS

    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    import_text(A2_TEXT, "A2")  # the late page: the lead story grows
    story = Article.objects.get(headline=WORKS)
    assert story.parts.count() == 2
    assert story.history.filter(history_change_reason__startswith="接上续文").exists()
    assert 'class="correction"' not in page(client, story)


def test_a_corrected_story_costs_one_query_more_and_an_untouched_one_none(client):
    import_text(A2, "A2")
    story = publish()
    page(client, story)  # (what a process reads once)
    cache.clear()
    with CaptureQueriesContext(connection) as untouched:
        client.get(story.get_absolute_url())
    import_text(CORRECTED, "A2")
    cache.clear()
    with CaptureQueriesContext(connection) as corrected:
        client.get(story.get_absolute_url())
    assert len(corrected) == len(untouched) + 1
    assert not any(reads_history(q["sql"]) for q in untouched.captured_queries)
    assert any(reads_history(q["sql"]) for q in corrected.captured_queries)
    assert len(untouched) <= ARTICLE_QUERIES


T0 = datetime(2026, 11, 21, 6, 0, tzinfo=UTC)


def record(minutes: int, reason: str, status: str, headline: str, text: str | None):
    story = None if text is None else {"reporters": [], "parts": [{"blocks": [{"text": text}]}]}
    at = T0 + timedelta(minutes=minutes)
    return (at, reason, status, "", headline, "", "", "", story)


def test_the_latest_change_of_each_kind_is_said_oldest_first():
    records = [
        record(0, "导入时的版本", "draft", "标题", "正文"),
        record(1, "发布", "published", "标题", None),
        record(5, "重新导入A2.txt：版面文本有更正", "published", "标题", "正文一"),
        record(9, "编辑修改", "published", "新标题", None),  # (the body carried over)
        record(
            12,
            "重新导入A2.txt：版面文本有更正：签发后修改，改回待审",
            "published",
            "新标题",
            "正文二",
        ),
    ]
    found = corrections_in(records, T0)
    assert [(c.kind, c.at) for c in found] == [
        (EDIT, T0 + timedelta(minutes=9)),
        (PAGE_TEXT, T0 + timedelta(minutes=12)),
    ]


def test_a_withdrawn_story_changed_then_published_again_was_corrected():
    records = [
        record(0, "发布", "published", "标题", "正文"),
        record(3, "撤回发布", "draft", "标题", None),
        record(4, "编辑修改", "draft", "标题", "正文改"),
    ]
    assert [c.kind for c in corrections_in(records, T0)] == [EDIT]
    assert corrections_in(records[:1] + records[2:], T0 + timedelta(minutes=5)) == ()
