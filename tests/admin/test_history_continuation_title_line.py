"""A story's history lists only what changed: a continuation's repeated headline is its printed
title line, never glued into a paragraph.

A night editor changed only 主题 of a story continued on a late A2 (``（上接A1版）千企联千村、
共走振兴路`` then ``据悉，…``); the history row listed ``A2版印刷标题行：…`` and ``正文第3段：
千企联千村、共走振兴路据悉，…`` too, and the earlier ``接上续文`` row showed the glued text. The
join's record was written with the continuation as the parser read it (the headline glued into
its first paragraph), a moment before the title lines followed the link and took the repeat off
(``articles.continuations.headlines.titles_follow``); the story's parts held them apart, so every
version after the join differed from it there. Now the join's record holds the parts as stored
after the title lines followed, and a version recorded before that move (one already written)
is compared as if the characters had not moved.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.admin.history import story_changes
from articles.continuations.published import MERGE_WHOLE_REASON
from articles.editing import StoryVersion, story_versions
from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.admin.test_take_page_text import edit_at_the_desk
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db
HEADLINE = "千企联千村、共走振兴路"  # (the seed's A1 story jumping to A2)
REPEATED = f"""（上接A1版）{HEADLINE}

据悉，活动开展以来，全市已有一千余家企业与村结对，签约帮扶项目三百多个。
"""
GLUED = HEADLINE + "据悉，"


@pytest.fixture
def joined_late(editor_client, django_capture_on_commit_callbacks) -> Article:
    """The seed's A1 published, an A2 repeating the headline after its 上接 joined late, then
    主题 changed at the desk."""
    with django_capture_on_commit_callbacks(execute=True):
        import_seed()
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
        import_text(REPEATED, "A2")
    story = Article.objects.get(headline=HEADLINE)
    a2 = story.parts.get(page__label="A2")
    assert a2.title_lines == [HEADLINE] and a2.blocks[0]["text"].startswith("据悉，")
    return edit_at_the_desk(editor_client, HEADLINE, "千企联千村新题")


def test_the_join_is_recorded_with_the_title_line_apart(joined_late):
    record = joined_late.history.get(history_change_reason=MERGE_WHOLE_REASON)
    a2 = next(p for p in record.story["parts"] if p["page"] == "A2")
    assert a2["title_lines"] == [HEADLINE] and a2["blocks"][0]["text"].startswith("据悉，")


def test_a_headline_edit_lists_only_the_headline(editor_client, joined_late):
    *_, joined, edited = story_versions(joined_late.pk)
    assert [c["field"] for c in story_changes(joined, edited)] == ["主题"]
    html = editor_client.get(reverse("admin:articles_article_history", args=[joined_late.pk]))
    html = html.content.decode()
    assert "印刷标题行" not in html and GLUED not in html
    assert "新增正文第3段" in html  # (the join's row: the continuation's paragraph, alone)


def test_a_version_recorded_before_the_title_line_moved_compares_as_unmoved(joined_late):
    """A join recorded before this fix holds the glued paragraph: the versions after it do not
    list the move as a change."""
    *_, joined, edited = story_versions(joined_late.pk)
    glued = {
        **joined.story,
        "parts": [
            {
                **p,
                "title_lines": [],
                "blocks": [{**p["blocks"][0], "text": HEADLINE + p["blocks"][0]["text"]}],
            }
            if p["page"] == "A2"
            else p
            for p in joined.story["parts"]
        ],
    }
    assert [c["field"] for c in story_changes(StoryVersion(joined.record, glued), edited)] == [
        "主题"
    ]


def test_a_corrected_re_send_of_that_page_says_only_the_corrected_word(joined_late):
    """The join's record is the continuation's last-imported version
    (``articles.importing.pagetext``): with the headline glued into it, the re-send's line
    listed the title line and the whole first paragraph as the page's change."""
    report = import_text(REPEATED.replace("三百多个", "四百多个"), "A2")
    # (a paragraph the editor never touched: the correction taken, said in the warnings)
    [said] = [w for w in report.warnings if "编辑没有改过的地方" in w]
    assert said.endswith("已按新的版面文本改：第1段“…帮扶项目三百多个。”→“…帮扶项目四百多个。”")
