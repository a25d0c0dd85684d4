"""A jump marker printed without round or square brackets on its own line (``上接第一版``,
``〈上接第一版〉``, and at a story's end ``下转第二版``) is not a marker: the backward one becomes
the continued text's 主题 (its repeated headline pushed up to the 引题), the forward one is set
aside or left in the text; nothing is stitched.

An editor sees a story headlined ``上接第一版`` on page 2, and the page-1 part with no jump.
INPUT.md, "Continuations (jumps)": forward and backward markers in their many printed forms;
a marker may stand on its own line; the continuation often repeats the headline.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize("marker", ["上接第一版", "〈上接第一版〉", "▲上接第一版"])
def test_backward_marker_line_is_a_marker_not_a_headline(marker):
    parsed = parse(
        "春耕生产有序推进",
        "",
        marker,
        "农业部门表示，将全力保障化肥、种子等农资供应，确保春耕生产顺利进行。",
    )
    article = parsed.articles[0]
    assert article.title_lines == ("春耕生产有序推进",)
    assert article.continued_from == "1"


@pytest.mark.parametrize("marker", ["下转第二版", "〈下转第二版〉", "▲下转第二版"])
def test_forward_marker_line_ends_the_text_and_jumps(marker):
    parsed = parse(
        "春耕生产有序推进",
        "",
        "本报讯 今年全市计划播种面积一百万亩。农业部门表示将全力保障",
        marker,
    )
    article = parsed.articles[0]
    assert article.continued_on == "2"
    assert all(marker not in p for p in article.paragraphs)
