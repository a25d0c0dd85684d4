"""An e-paper's meta line that opens with the date or the author field
(``2015-06-12  来源：岚城晚报  作者：赵敏``, ``作者：赵敏  来源：岚城晚报``) is read as the headline and
the real headline under the page header is pushed up into the kicker. With a time after the
date (``2015-06-12 08:30  来源：岚城晚报``) the line is the story's headline or its first paragraph,
and the story's ``本报讯`` dateline is lost.

The same fields opening with ``发布时间：`` or ``来源：`` are set aside as furniture
(webfurniture.py ``article_meta_line``); sites print the fields in any order. INPUT.md
("Encoding and layout"): meta lines (``作者:``, ``版面:``) are furniture; none of it is a
headline. Invented paper and people.
"""

import pytest

from tests.parsing.helpers import parse

BODY = (
    "本报讯 昨日上午，岚江大桥主桥顺利合龙，标志着大桥建设进入最后阶段。",
    "大桥全长二点四公里，预计年底通车。",
)


@pytest.mark.parametrize(
    "meta",
    [
        "2015-06-12  来源：岚城晚报  作者：赵敏",
        "作者：赵敏  来源：岚城晚报",
        "2015年06月12日  来源：岚城晚报  作者：赵敏",
    ],
)
def test_meta_line_under_the_headline_is_furniture(meta):
    parsed = parse("第A05版：城市新闻", "上一篇  下一篇", "岚江大桥合龙", meta, *BODY)
    [article] = parsed.articles
    assert (article.kicker, article.headline, article.subheadline) == ("", "岚江大桥合龙", "")
    assert article.dateline == "本报讯"
    assert article.paragraphs == BODY
    assert meta in parsed.ignored_lines


@pytest.mark.parametrize(
    "meta", ["2015-06-12 08:30  来源：岚城晚报", "2015-06-12 08:30:12 来源：岚城晚报"]
)
def test_time_stamped_meta_line_under_a_headline_is_furniture(meta):
    parsed = parse("岚江大桥合龙", meta, *BODY)
    [article] = parsed.articles
    assert (article.kicker, article.headline, article.subheadline) == ("", "岚江大桥合龙", "")
    assert article.dateline == "本报讯"
    assert article.paragraphs == BODY
    assert meta in parsed.ignored_lines
