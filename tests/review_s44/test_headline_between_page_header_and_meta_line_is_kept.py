"""An e-paper story page that prints the page header (``第A05版：城市新闻``), the story's
headline, then the site's meta line (``发布时间：2015-06-12 08:30:12  来源：岚城晚报``) loses the
headline: it is set aside as the page's section (and the page's section becomes the headline).

Without the meta line, or with a masthead over the headline instead of the page header, the
headline is kept. INPUT.md ("Encoding and layout"): e-paper meta lines are furniture, never a
headline; a section name alone at the top is the page's section, but here the section is already
printed in the page header. Invented paper and people.
"""

import pytest

from tests.parsing.helpers import parse

BODY = (
    "本报讯（记者 赵敏）昨日上午，岚江大桥主桥顺利合龙，标志着大桥建设进入最后阶段。",
    "大桥全长二点四公里，预计年底通车。",
)


@pytest.mark.parametrize(
    "meta",
    [
        "发布时间：2015-06-12 08:30:12  来源：岚城晚报",
        "来源：岚城晚报  作者：赵敏  2015-06-12",
        "来源：岚城晚报 | 2015年06月12日",
    ],
)
def test_headline_between_page_header_and_meta_line_is_the_story_headline(meta):
    parsed = parse("第A05版：城市新闻", "岚江大桥合龙", meta, *BODY)
    [article] = parsed.articles
    assert (article.kicker, article.headline, article.subheadline) == ("", "岚江大桥合龙", "")
    assert article.paragraphs == BODY
    assert parsed.metadata.label == "A5"
    assert parsed.metadata.section == "城市新闻"
    assert meta in parsed.ignored_lines
