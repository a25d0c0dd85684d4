"""``融媒记者 李华`` credits a person named “融媒”: the short form of today's media-centre title.

Today's change reads ``融媒体记者``/``全媒体记者``/``新媒体记者`` before the role as a title, not a
reporter's name (``articles/parsing/names.py``). County and city papers print the short form
just as often: ``（融媒记者 李华）``, ``（全媒记者 李华）``, ``本报融媒记者 李华``. Those still credit
“融媒” / “全媒” / “本报融媒” as a reporter: the story's byline links to a person page
for 融媒, and 记者与摄影 lists 融媒 among the paper's reporters.

Steps: parse a story whose dateline credits ``融媒记者 李华``.
"""

import pytest

from tests.parsing.helpers import only_article


@pytest.mark.parametrize("credit", ["融媒记者 李华", "全媒记者 李华", "本报融媒记者 李华"])
def test_a_short_media_centre_title_is_no_reporter(credit):
    story = only_article(
        "城北大桥建成通车",
        "",
        f"本报讯（{credit}）城北大桥昨天正式通车，市民出行更加便捷。",
    )
    assert story.reporters == ("李华",)
