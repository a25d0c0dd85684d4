"""A writer-and-photographer credit with the roles after the names and spaces between
(``本报记者 张帆 文  李响 摄``) under the headline turns the headline into a photo caption: the
story loses its headline and the credit line becomes a photo with no picture.

A photo credit is the line under a caption; this one stands under a headline and over the
story's text, where 2000s city dailies print ``本报记者 X 文  Y 摄`` as the story's byline. The
slash form (``张帆/文 李响/图``) is read as the byline. INPUT.md ("Bylines, datelines,
credits"): ``记者 X 通讯员 Y``-style credits are bylines. Invented people.
"""

import pytest

from tests.parsing.helpers import only_article, parse


@pytest.mark.parametrize(
    "credit",
    ["本报记者 张帆 文  李响 摄", "记者 张帆 文  实习生 李响 摄", "本报记者 张帆 文 李响 摄影"],
)
def test_writer_and_photographer_credit_under_headline_is_the_byline(credit):
    lines = (
        "岚江大桥合龙",
        credit,
        "",
        "昨日上午，岚江大桥主桥顺利合龙，标志着大桥建设进入最后阶段。",
        "",
        "大桥全长二点四公里，预计年底通车。",
    )
    assert parse(*lines).photos == ()
    article = only_article(*lines)
    assert article.headline == "岚江大桥合龙"
    assert article.reporters == ("张帆", "李响")
    assert len(article.paragraphs) == 2
