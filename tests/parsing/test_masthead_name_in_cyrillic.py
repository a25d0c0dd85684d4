"""A masthead's name printed in Cyrillic under the Chinese one (a Harbin paper's Russian name, a
Mongolian or Kazakh name as those countries print it), with its English name beside it: the
masthead's, set aside at the top of the page, never a story (INPUT.md, "Page furniture":
mastheads carry English names; lines in another script are no story)."""

from .helpers import parse


def test_a_cyrillic_name_line_in_the_masthead_is_set_aside():
    parsed = parse(
        "江　城　日　報",
        "THE RIVER CITY DAILY",
        "ГАЗЕТА РЕЧНОЙ ГОРОД",
        "中華民國十七年五月六日　星期日",
        "",
        "濱江新橋落成通車",
        "",
        "【本埠消息】濱江新橋昨日落成，午後舉行通車禮，觀者數千人。",
    )
    (story,) = parsed.articles
    assert story.title_lines == ("濱江新橋落成通車",)
    assert ("ГАЗЕТА РЕЧНОЙ ГОРОД", "masthead") in [
        (item.text, item.reason) for item in parsed.set_aside
    ]
