"""A continuation's sign-off that names the people the story's own 署名 already names
(``本报记者 陈晓岚`` under a story credited ``记者 陈晓岚``) is not shown a second time once the
jump is stitched: the people named are compared, not the text
(articles/continuations/joinedbylines.py ``story_byline``); a sign-off naming someone else is
still shown after the story's own. Pages written for these tests."""

from __future__ import annotations

import re
from datetime import date

import pytest

from articles.continuations.joinedbylines import joined_bylines, story_byline
from articles.models import Article, Page
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2025, 6, 4)
HEADLINE = "常委会会议开幕"


def _pages(own: str, signoff: str) -> list[tuple[str, str]]:
    head = (
        f"{HEADLINE}\n\n本报讯（{own}）昨日上午，市人大常委会会议开幕，会议听取了关于条例草案的"
        "说明，并进行了分组审议。常委会组成人员认为，条例草案结构合理、内容全面（下转第二版）\n"
    )
    tail = (
        "（上接第一版）常委会组成人员建议，进一步细化市场主体保护、政务服务等方面的规定，"
        f"增强条例的可操作性。\n\n会议还审议了关于国有资产管理情况的报告。\n\n{signoff}\n"
    )
    return [(head, "1"), (tail, "2")]


def _stitched(own: str, signoff: str) -> Article:
    for text, label in _pages(own, signoff):
        import_text(text, label, when=DAY)
    story = Article.objects.get(headline=HEADLINE)
    assert story.parts.count() == 2, "the jump is stitched"
    return story


def _shown(story: Article) -> str:
    return story_byline(story, joined_bylines([story.pk]).get(story.pk, ()))


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_a_signoff_naming_the_reporter_of_the_byline_is_shown_once(client):
    story = _stitched("记者 陈晓岚", "本报记者 陈晓岚")
    assert _shown(story) == "记者 陈晓岚"
    issue_publish(issue=story.issue, acknowledge_broken=True)
    html = client.get(story.get_absolute_url()).content.decode()
    assert (
        _text(re.search(r'<p class="byline">(.*?)</p>', html, re.S).group(1)).count("陈晓岚") == 1
    )
    for label in ("1", "2"):
        url = Page.objects.get(label=label, issue__date=DAY).get_absolute_url()
        listed = client.get(url.rstrip("/") + ".json").json()["stories"]
        assert [s["byline"] for s in listed] == ["记者 陈晓岚"]


def test_a_signoff_naming_one_of_several_reporters_is_shown_once():
    story = _stitched("记者 陈晓岚 周立明 通讯员 杨帆", "本报记者 陈晓岚")
    assert _shown(story) == "记者 陈晓岚 周立明 通讯员 杨帆"


def test_a_signoff_naming_someone_else_follows_the_byline():
    story = _stitched("记者 陈晓岚", "本报记者 周立明")
    assert _shown(story) == "记者 陈晓岚 本报记者 周立明"
