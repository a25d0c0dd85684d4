"""A byline marked with a box and its roles after a slash (``■本报记者 张帆/文``,
``■ 本报记者 张帆/文 李响/图``) under the headline is read as the headline, and the real
headline is pushed up into the kicker; nobody is credited.

Without the ■ (``本报记者 张帆/文 李响/图``) or with ``文/图`` (``■本报记者 刘洋 文/图``) the
same line is the byline. City dailies of the 2000s mark bylines with ■/□/◎. INPUT.md ("Bylines,
datelines, credits"): the byline is not the headline. Invented people.
"""

import pytest

from tests.parsing.helpers import only_article


@pytest.mark.parametrize(
    ("credit", "people"),
    [
        ("■本报记者 张帆/文", ("张帆",)),
        ("■ 本报记者 张帆/文 李响/图", ("张帆", "李响")),
        ("■本报记者 张帆/文 李响/摄", ("张帆", "李响")),
    ],
)
def test_boxed_byline_with_slash_role_is_the_byline(credit, people):
    article = only_article(
        "岚江大桥合龙",
        credit,
        "",
        "昨日上午，岚江大桥主桥顺利合龙，标志着大桥建设进入最后阶段。",
        "",
        "大桥全长二点四公里，预计年底通车。",
    )
    assert (article.kicker, article.headline, article.subheadline) == ("", "岚江大桥合龙", "")
    assert article.reporters == people
    assert len(article.paragraphs) == 2
