"""A story whose first paragraph opens with the reporter's dateline and the place it was filed
from (``本报记者 王刚 北京报道　城北菜市场…``, ``本报记者 王 刚 北京报道　…``) credits no reporter
and has no dateline, although ``本报记者 王刚 报道　…`` and the same words on their own line
(``本报记者 王刚 北京报道``) credit 王刚.

INPUT.md: ``本报记者  彭  波`` is a byline; today's work taught the place filed from (北京报道) on a
byline line and the spaced name in an opening, but not the two in an opening dateline. Not a
regression (missing its own kind).
"""

import pytest

from tests.parsing.helpers import only_article


@pytest.mark.parametrize("opening", ["本报记者 王刚 北京报道", "本报记者 王 刚 北京报道"])
def test_opening_dateline_with_place_filed_from_credits_the_reporter(opening):
    article = only_article(
        "菜市场升级完工",
        "",
        f"{opening}　城北菜市场提档升级工程日前完工，新增摊位六十个，市民买菜更方便了。",
    )
    assert article.reporters == ("王刚",)
