"""A story an e-paper serves merged on two pages (``（下转第二版）（上接第一版）`` in its middle,
``articles/continuations/copies.py``) is one story also when the page's text keeps the site's
HTML: a ``</p><p>`` between the two markers is markup, not printed text (INPUT.md, "Encoding
and layout": HTML remnants), so the pair is still printed together."""

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

# Written for this test: the story in <p> paragraphs, the merged pair parted by </p><p>.
MERGED = (
    "<p>东湖镇建成雨水花园</p>\n"
    "<p>本报讯（记者 陶云帆）东湖镇第一座雨水花园昨天建成，可收集周边三条街道的雨水。</p>\n"
    "<p>镇建设办说，花园里种了四十多种耐涝植物，（下转第二版）</p><p>（上接第一版）"
    "雨水经过植物和砂石过滤后，流入地下蓄水池。</p>\n"
    "<p>附近居民说，&ldquo;下雨天街上不再积水了&rdquo;。</p>\n"
)
PAGE1 = (
    MERGED + "\n<p>东湖小学开设木工课</p>\n<p>本报讯（记者 周晴）东湖小学本学期开设木工课。</p>\n"
)
PAGE2 = (
    MERGED
    + "\n<p>东湖大桥开始维修</p>\n<p>本报讯（记者 周晴）东湖大桥昨天开始维修，工期三个月。</p>\n"
)


def test_a_merged_pair_parted_by_paragraph_tags_is_served_merged_one_story():
    import_text(PAGE1, "1")
    import_text(PAGE2, "2")
    story = Article.objects.with_parts().get(headline="东湖镇建成雨水花园")
    assert [(p.page.label, p.whole_copy) for p in story.ordered_parts()] == [
        ("1", False),
        ("2", True),
    ]
    assert Article.objects.count() == 3
