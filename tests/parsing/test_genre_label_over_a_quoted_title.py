"""A short label ending with a news genre's word (``嘉宾专访``, ``人物专访``: whose interview it
is, then 专访) over a quoted title and a ——subheadline is the deck's kicker, as ``专访`` alone
is, never the first half of the headline (blind holdout43's TV weekly: ``主持人专访``)."""

from __future__ import annotations

from tests.parsing.helpers import decks, parse


def test_a_label_ending_in_a_genre_word_over_a_quoted_title_is_the_kicker():
    parsed = parse(
        "青川广播电视报　　第2版　　荧屏内外　　1996年6月3日",
        "",
        "嘉宾专访",
        "“观众的信我每封都看”",
        "——访《周末剧场》编辑赵小梅",
        "",
        "本报记者　钱　明",
        "",
        "《周末剧场》开办三年，收到观众来信一万多封。赵小梅说，这些信是节目最好的老师。",
    )
    assert decks(parsed) == [("嘉宾专访", "“观众的信我每封都看”", "——访《周末剧场》编辑赵小梅")]
