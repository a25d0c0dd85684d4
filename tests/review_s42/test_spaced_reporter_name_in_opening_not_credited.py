"""A story that opens ``本报记者 王 刚 报道　…`` (the name spaced out to two characters' width, as
INPUT.md shows for ``本报记者  彭  波``) credits no reporter.

On a line of its own the same words credit 王刚, and ``本报记者王刚报道　…`` opening a paragraph
credits him too; with the spaced name at the start of the paragraph the words are taken as the
dateline and the reporter list stays empty, so the story is missing from 王刚's page and from
search by reporter.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.xfail(strict=True, reason="spaced name in an opening 本报记者…报道 is not credited")
def test_a_spaced_name_opening_the_story_is_credited():
    parsed = parse(
        "城北菜市场完成提档升级",
        "",
        "本报记者 王 刚 报道　城北菜市场提档升级工程日前完工，新增摊位六十个，市民买菜更方便了。",
    )
    [story] = parsed.articles
    assert story.reporters == ("王刚",)
