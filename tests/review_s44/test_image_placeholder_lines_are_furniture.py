"""An e-paper or web dump's placeholder for a picture inside a story (``[图片]``, ``【图片】``,
``[图]``, ``(图片)``) is kept as a crosshead of the story, or (``(图片)``, ``（图片）``) read as a new untitled
story's headline that takes the rest of the story.

``<图片>`` and a bare ``图片`` are set aside already. Sites that serve a page's text put such a
line where each picture stood. INPUT.md ("Encoding and layout"): web-archive and e-paper dumps
carry their site's furniture (HTML remnants, meta lines); none of it is a headline. Invented
people.
"""

import pytest

from tests.parsing.helpers import parse

BODY = (
    "本报讯（记者 赵敏）昨日上午，岚江大桥主桥顺利合龙，标志着大桥建设进入最后阶段。",
    "大桥全长二点四公里，预计年底通车。",
)


@pytest.mark.parametrize("placeholder", ["[图片]", "【图片】", "[图]", "(图片)", "（图片）"])
def test_picture_placeholder_inside_a_story_is_set_aside(placeholder):
    parsed = parse("岚江大桥合龙", BODY[0], placeholder, BODY[1])
    [article] = parsed.articles
    assert article.headline == "岚江大桥合龙"
    assert article.crossheads == ()
    assert article.paragraphs == BODY
    assert placeholder in parsed.ignored_lines
