"""The paper's own hotline and submissions line at the foot of a page
(``热线电话：0571-88886666  投稿邮箱：news@lancheng.example``) is kept as the last paragraph of the
story above it.

``新闻热线：…`` (alone or with the mailbox) and ``本报地址：… 电话：…`` are set aside as the
masthead's, and ``投稿邮箱：…`` alone is at least left out of the story; ``热线电话``, ``报料电话``
or ``读者热线`` with a mailbox on one line are not. Papers print these lines in the page's foot or under the masthead. INPUT.md ("Encoding and
layout"; "Page furniture that is not a story"): mastheads carry websites and the paper's own
lines; never part of a story. Invented paper.
"""

import pytest

from tests.parsing.helpers import parse

STORY = (
    "岚江大桥合龙",
    "本报讯（记者 赵敏）昨日上午，岚江大桥主桥顺利合龙，标志着大桥建设进入最后阶段。",
    "大桥全长二点四公里，预计年底通车。",
)


@pytest.mark.xfail(strict=True, reason="the hotline line is the story's last paragraph")
@pytest.mark.parametrize(
    "line",
    [
        "热线电话：0571-88886666  投稿邮箱：news@lancheng.example",
        "读者热线 0571-88886666  E-mail：news@lancheng.example",
        "报料电话：0571-88886666  邮箱：tips@lancheng.example",
    ],
)
def test_hotline_line_under_the_last_story_is_furniture(line):
    parsed = parse(*STORY, line)
    [article] = parsed.articles
    assert article.paragraphs == STORY[1:]
    assert line in parsed.ignored_lines
