"""A sign-off line closes what precedes it: under a continuation's last paragraph, with the next
bare continuation (``（上接A1版）`` over its text) right after it, it signs the first part and is
no byline of the second (stop 68's kind: the second story was credited the first one's reporter)."""

from tests.parsing.helpers import parse


def test_sign_off_between_two_continuations_signs_the_first():
    parsed = parse(
        "（上接A1版）老街的青石板路已经铺好，沿街店铺陆续开张。",
        "",
        "街道办主任说，下个月还要修好两座小桥。",
        "",
        "本报记者 方晓禾",
        "",
        "（上接A1版）",
        "",
        "晚会当天，剧场门前排起了长队。",
        "",
        "主办方表示，演出还将在周末加演一场。",
    )
    first, second = parsed.articles
    assert first.reporters == ("方晓禾",)
    assert first.byline_lines == ("本报记者 方晓禾",)
    assert second.reporters == ()
    assert second.paragraphs[0] == "晚会当天，剧场门前排起了长队。"
    assert [a.continued_from for a in parsed.articles] == ["A1", "A1"]


def test_sign_off_after_a_story_over_a_continuation_with_its_text_on_the_marker_line():
    parsed = parse(
        "渔港新码头启用",
        "",
        "本报讯 昨天，渔港新码头正式启用，可同时停靠渔船四十艘。",
        "",
        "记者 梁子墨",
        "",
        "（上接A1版）参赛选手来自全省十一个市，年龄最小的只有九岁。",
    )
    story, continuation = parsed.articles
    assert story.reporters == ("梁子墨",)
    assert continuation.reporters == ()
    assert continuation.continued_from == "A1"


def test_byline_over_plain_text_still_opens_a_story_of_its_own():
    """No continuation marker under it: a byline after a story's text heads the text under it."""
    parsed = parse(
        "渔港新码头启用",
        "",
        "本报讯 昨天，渔港新码头正式启用，可同时停靠渔船四十艘。",
        "",
        "本报记者 梁子墨",
        "",
        "参赛选手来自全省十一个市，年龄最小的只有九岁。",
    )
    story, after = parsed.articles
    assert story.reporters == ()
    assert after.reporters == ("梁子墨",)
