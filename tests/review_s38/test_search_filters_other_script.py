"""The search page's 记者 filter and keyword pages do not fold traditional and simplified.

README (Search): "**Traditional and simplified are one search.** Index and queries are folded …:
報 finds 报, 臺灣 finds 台湾, and the reverse", and people pages take a name in the other
script (``/people/何曉雨/`` is a 301 to ``/people/何晓雨/``).

The full-text query is folded, but the filters beside it are compared as typed: a reader of a
Hong Kong or Taiwan paper's archive who types the reporter's name in simplified (or the other
way round) into 记者 gets 没有找到, although the same name in the query box finds the story.
Keyword pages are the same: the keywords are stored folded to simplified
(``/search/tag/台湾同胞/`` lists the story), ``/search/tag/臺灣同胞/`` says 共 0 篇 (a 200, not
a redirect to the folded tag).

Steps: import and publish a story 本報訊（記者 何曉雨）… about 臺灣同胞; GET
/search/?q=同胞&reporter=何晓雨 and /search/tag/臺灣同胞/ (compare /search/tag/台湾同胞/).
Likely cause: ``search/forms.py`` ``apply_filters`` (``person__name=`` the value as typed);
``search/views.py``'s tag view (the tag as typed).
"""

import pytest

from articles.models import Issue
from articles.publishing import issue_publish
from search.models import Keyword
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """臺灣同胞來通參訪

本報訊（記者 何曉雨）十餘位臺灣同胞昨天來到南通，參觀了智慧工廠和濠河風景區，並與本地企業家座談。臺灣同胞表示，兩岸交流合作前景廣闊。
"""


@pytest.fixture
def published(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(PAGE, "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)


def found(client, params) -> bool:
    html = client.get("/search/", params).content.decode()
    return "找到 1 篇" in html


def test_the_reporter_filter_finds_the_name_as_printed(client, published):
    assert found(client, {"q": "同胞", "reporter": "何曉雨"})
    assert found(client, {"q": "同胞 何晓雨"})  # the query box folds it


def test_the_reporter_filter_finds_the_name_in_the_other_script(client, published):
    assert found(client, {"q": "同胞", "reporter": "何晓雨"})


def test_a_keyword_page_in_the_other_script_lists_the_story(client, published):
    # (The story's keyword is 台湾同胞, jieba's word, not 台湾: the keyword page of 台湾 lists
    # nothing in either script, so the test asks for the keyword the story has.)
    assert Keyword.objects.filter(word="台湾同胞").exists()
    folded = client.get("/search/tag/台湾同胞/").content.decode()
    assert "臺灣同胞來通參訪" in folded
    other = client.get("/search/tag/臺灣同胞/", follow=True).content.decode()
    assert "臺灣同胞來通參訪" in other
