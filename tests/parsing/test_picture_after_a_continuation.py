"""A picture printed after a jumped story's continuation, before the next story's headline, whose
caption speaks of neither story here goes with the continuation: it illustrates the jumped story,
whose caption words are in the part printed on the other page (INPUT.md, "Continuations").
Near miss: after a story that is no continuation, the same picture stays with no story. Invented
paper, places and people."""

from tests.parsing.helpers import parse


def _page(opening: str):
    return parse(
        "南渠工程进展顺利",
        "",
        f"　　{opening}在明年春灌以前全线通水，比原计划提早一个月。",
        "",
        "　　工地决定从下月起开展劳动竞赛，每五天评比一次。",
        "",
        "十二日夜，第五队民工在渡槽工地浇筑槽身。",
        "　　　　　　　　本报记者　齐　远摄",
        "",
        "第二营开展“安全月”活动",
        "",
        "　　本报讯　为了保证冬季施工安全，第二营规定坡道要铺草防滑，放炮要设警戒哨。",
    )


def test_a_picture_after_a_continuation_goes_with_it():
    parsed = _page("（上接一版）")
    [photo] = parsed.photos
    assert photo.article_position == parsed.articles[0].position


def test_near_miss_after_a_story_of_this_page_it_goes_with_none():
    parsed = _page("")
    [photo] = parsed.photos
    assert photo.article_position is None
