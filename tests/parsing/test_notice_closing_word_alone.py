"""A notice that ends with its closing word alone on a line (``同鄉會啟事`` / text / ``此啟``) ends
there: the word is the notice's last line, never the kicker of the story printed after it.

INPUT.md ("Page furniture"): a notice's signature ends that notice; ("Headlines"): what closes a
text belongs to it.
"""

from tests.parsing.helpers import parse


def test_the_closing_word_ends_the_notice_and_heads_nothing():
    parsed = parse(
        "福建同鄉會啟事",
        "",
        "本會會所遷往新街十二號，自下月一日起在新址辦公，特此通告各同鄉周知。",
        "此啟",
        "",
        "中華學校招收新生",
        "",
        "【本報訊】中華學校下學期招收新生一百名，即日起報名。",
    )
    assert [(a.kicker, a.headline) for a in parsed.articles] == [
        ("", "福建同鄉會啟事"),
        ("", "中華學校招收新生"),
    ]
    assert parsed.articles[0].paragraphs[-1] == "此啟"
    assert parsed.articles[0].reporters == ()


def test_a_notice_closed_with_cipu_under_a_blank_line_ends_there_too():
    parsed = parse(
        "商會通告",
        "",
        "本會定於本月廿日召開會員大會，請各會員準時出席。",
        "",
        "此布",
        "",
        "港口新建貨倉",
        "",
        "【本報訊】港口新建貨倉兩座，昨日落成。",
    )
    assert [a.kicker for a in parsed.articles] == ["", ""]
