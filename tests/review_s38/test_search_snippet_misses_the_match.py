"""A search for a date shows a snippet around another date, with its characters marked.

README (Search): "a story matches when it holds each space-separated part of the query as printed
(… ``大桥通车``: those characters together)", and the page shows a snippet of the story with the
matched words marked ("Highlights mark the characters as printed").

A reader searches ``5月19日``. The story that holds it is found, but its snippet is taken from
the story's first lines, around ``5月15日``, and marks ``5月`` and ``日`` there — characters that
are not what the reader typed — while the text that matched is cut off after the snippet's end.
The snippet's window (``search/highlight.py`` ``_best_window``) counts the query's single-character
terms (``5``, ``月``, ``日``, common in any story) as much as the whole part ``5月19日``; the first
window that merely reaches the match wins, and moving its start back to a clause boundary pushes
the match out of it. The marks then come from the single-character terms wherever they occur.

Steps: import and publish a story that mentions 5月15日 in its first sentence and 5月19日 in its
second paragraph; GET /search/?q=5月19日.
"""

import re

import pytest

from articles.models import Issue
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """县残联派送助残大礼包

本报讯（记者 陈晓辉）发放慰问金，赠送轮椅车，免费安装助听器，检查残疾职工就业情况……5月15日是第二十一个全国助残日。连日来，县残联围绕改善残疾人民生，切实保障残疾人的各项合法权益的主题，开展一系列扶残助残活动，为全县残疾人送去实实在在的好处。

“能听清楚了！能听清楚了！”5月19日上午，在县残联办公室，杨铭高兴地说。杨铭今年25岁，几年前的一次事故让他双耳严重失聪。
"""


@pytest.fixture
def results(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(PAGE, "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    html = client.get("/search/", {"q": "5月19日"}).content.decode()
    assert "找到 1 篇" in html
    return re.search(r'<p class="snippet">(.*?)</p>', html, re.S).group(1)


def test_the_snippet_shows_where_the_story_says_it(results):
    assert "5月19日" in re.sub(r"</?mark>", "", results)


def test_no_other_date_is_marked(results):
    assert "<mark>5月</mark>15<mark>日</mark>" not in results
