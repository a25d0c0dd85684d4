"""A continuation repeating a headline that ends in ！ or ” keeps it as a paragraph of the story.

README (Continuations): "A continuation that repeats the headline under its 上接 marker (glued to
it, on the next line, or after a blank line …) has that line as its title line once its jump is
stitched, not glued into its first paragraph". That works for ``“小绿车”线上交易创新高``; for a
headline that ends with a sentence mark or a closing quote (``用电高峰来了！``,
``用党建品牌让社会组织“亮心”``, both printed on real pages) the parser already made the line a
paragraph of its own, and ``title_count`` (``articles/continuations/headlines.py``) only splits a
line off the front of a longer paragraph (``rest`` must not be empty). So the reader of the whole
story reads the headline a second time in the middle of the text, after 以下刊于A2版, and the
JSON twin's ``blocks`` has it as a paragraph.

Steps: import A1 (a story 用电高峰来了！ ending （下转A2版）) and A2 (（上接A1版） / 用电高峰来了！ / text),
open /nantong-daily/2020-07-09/article/<id>.json.
"""

import pytest

from articles.models import Article, ArticlePart, Issue
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

A1 = """用电高峰来了！

本报讯（记者 钱立）入夏以来，全县用电负荷节节攀升，昨天最高负荷达到二十六万千瓦，创历史新高。县供电公司提醒市民错峰用电，空调温度不低于二十六摄氏度。（下转A2版）
"""
A2 = """（上接A1版）
用电高峰来了！
据介绍，县供电公司已组织抢修队伍二十四小时待命，确保居民和重点企业用电，并对老旧线路开展巡查。
"""


@pytest.fixture
def story(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(A1, "A1")
        import_text(A2, "A2")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(headline="用电高峰来了！")
    assert story.parts.count() == 2  # the jump is stitched
    return story


def test_the_repeated_headline_is_the_continuations_title_line(story):
    part = ArticlePart.objects.get(article=story, sequence=1)
    assert part.title_lines == ["用电高峰来了！"]


def test_readers_do_not_read_the_headline_again_inside_the_story(client, story):
    data = client.get(f"/nantong-daily/2020-07-09/article/{story.pk}.json").json()
    assert [b["text"] for b in data["blocks"] if b["text"] == "用电高峰来了！"] == []
