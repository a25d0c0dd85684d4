"""A 1920s tabloid's reader's letter is signed with a closing word after the writer's name, a
character the microfilm lost printed as □ (``讀者　李□生　謹上``), and the next item's title
follows at once; its columns print the writer's pen name alone under the column's label and the
piece's title (``劇壇閒話`` / ``新戲連臺本開演記`` / ``醉蝶``).

INPUT.md ("Bylines, datelines, credits"): pen names on their own line belong to the story before
them, not to the headline after them; ("Headlines"): the author's name on the next line under a
title is the byline, not the headline.
"""

from tests.parsing.helpers import decks, parse


def test_a_letters_signature_with_a_closing_word_signs_it_and_the_next_title_stands():
    parsed = parse(
        "讀者來函",
        "致本報編者書",
        "編者先生大鑒、敝人居住西門外、該處路燈久壞、行人苦之、敢請貴報代為呼籲。",
        "讀者　李□生　謹上",
        "",
        "城北公園新建涼亭",
        "【本埠特訊】城北公園新建涼亭兩座、現已竣工。",
    )
    assert [a.headline for a in parsed.articles] == ["致本報編者書", "城北公園新建涼亭"]
    assert parsed.articles[0].reporters == ("李□生",)
    assert parsed.articles[1].subheadline == ""


def test_a_pen_name_under_a_columns_label_and_title_is_the_byline():
    parsed = parse(
        "劇壇閒話",
        "新戲連臺本開演記",
        "醉蝶",
        "大舞臺新排連臺本戲、昨晚開演、座客常滿、佈景亦新。",
        "",
        "城南新設郵局",
        "城南新設郵局一所、定於下月一日開辦。",
    )
    assert decks(parsed) == [("劇壇閒話", "新戲連臺本開演記", ""), ("", "城南新設郵局", "")]
    assert parsed.articles[0].reporters == ("醉蝶",)
    # (a cut title's end holding a figure is no pen name: 超三成 stays in the deck)
    cut = parse(
        "重点项目", "一季度完成投资", "超三成", "本报讯　今年一季度全省重点项目完成投资四百亿元。"
    )
    assert cut.articles[0].reporters == ()
    assert "超三成" in " ".join(cut.articles[0].title_lines)
