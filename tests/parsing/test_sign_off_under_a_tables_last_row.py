"""A reporter's sign-off in brackets on its own line under a story's table or list of rows
(``屋崙華聯　五勝五負`` / ``（記者　伍家麟）``) signs that story (INPUT.md, "Bylines": a byline
sometimes stands at the END), as it does under a paragraph that ends its sentence; it is never
the next story's headline."""

from tests.parsing.helpers import parse

PAGE = (
    "華聯足球隊奪聯賽冠軍",
    "",
    "【本報訊】華聯足球隊於上週日聯賽決賽中，以三比一擊敗東灣隊，贏得本屆灣區少年足球聯賽冠軍。",
    "",
    "各隊最後名次如下：",
    "華聯隊　　九勝一負",
    "東灣隊　　八勝二負",
    "南城聯隊　五勝五負",
    "",
    "（記者　黃大明）",
    "",
    "【本報訊】華埠圖書館由本月二十日起，逢星期二、四下午開放兒童閱覽室，歡迎家長攜子女前往。",
    "",
    "華埠圖書館開放兒童閱覽室",
)


def test_a_bracketed_sign_off_under_a_list_of_rows_signs_the_story_above():
    parsed = parse(*PAGE)
    assert [(a.headline, a.reporters) for a in parsed.articles] == [
        ("華聯足球隊奪聯賽冠軍", ("黃大明",)),
        ("華埠圖書館開放兒童閱覽室", ()),
    ]
