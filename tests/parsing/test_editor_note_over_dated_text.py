"""An editor's note that says it introduces the text after it (摘要刊登…，供读者参考) heads that
text: the text's source line under the note (``【…周刊3月2日一期文章】``) does not start a story of
its own, and an original title right under the source line (原题：…) heads the text instead of
ending it. Invented digest page."""

from tests.parsing.helpers import parse

NOTE = (
    "编者按：近年来，一些国家的城市兴起夜间经济，引起各方关注。"
    "这里摘要刊登一家周刊的文章，供读者参考。"
)
SOURCE = "【南洲《城市周报》周刊3月2日一期文章】"
TEXT = (
    "　　入夜以后，老城区的街道依然灯火通明，餐馆和书店都开到深夜。",
    "　　市政当局说，夜间经济已经占到全市消费的三成。",
)
BRIEF = (
    "",
    "北方港口吞吐量回升",
    "【路透社北港3月1日电】北港管理局今天宣布，二月份港口吞吐量比去年同期增长百分之六。",
)


def _stories(parsed):
    return [(a.headline, a.dateline, len(a.paragraphs)) for a in parsed.articles]


def test_note_source_line_and_original_title_are_one_story():
    parsed = parse(
        "外刊谈城市夜间经济", "", NOTE, "", SOURCE, "原题：《不眠的街区》", *TEXT, *BRIEF
    )
    assert [(a.headline, a.dateline) for a in parsed.articles] == [
        ("外刊谈城市夜间经济", "南洲《城市周报》周刊3月2日一期文章"),
        ("北方港口吞吐量回升", "路透社北港3月1日电"),
    ]
    assert parsed.articles[0].paragraphs[-1].startswith("市政当局说")


def test_source_line_with_its_text_on_the_line_is_the_same_story():
    parsed = parse("外刊谈城市夜间经济", "", NOTE, "", SOURCE + TEXT[0].strip(), TEXT[1], *BRIEF)
    assert [(a.headline, a.dateline) for a in parsed.articles] == [
        ("外刊谈城市夜间经济", "南洲《城市周报》周刊3月2日一期文章"),
        ("北方港口吞吐量回升", "路透社北港3月1日电"),
    ]


def test_a_note_that_only_comments_does_not_hold_the_dated_story_after_it():
    parsed = parse(
        "读者来信反映路灯不亮",
        "",
        "编者按：来信反映的问题，本报已转有关部门处理。",
        "",
        BRIEF[2],
    )
    assert [a.dateline for a in parsed.articles] == ["", "路透社北港3月1日电"]


def test_original_title_after_the_text_still_ends_it():
    parsed = parse(
        "南洲观察",
        BRIEF[2],
        "原题：《港口的春天》",
        "",
        "外刊谈城市夜间经济",
        SOURCE + TEXT[0].strip(),
    )
    assert _stories(parsed) == [
        ("南洲观察", "路透社北港3月1日电", 2),
        ("外刊谈城市夜间经济", "南洲《城市周报》周刊3月2日一期文章", 1),
    ]
