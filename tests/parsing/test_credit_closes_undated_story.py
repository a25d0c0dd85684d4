"""Stories without a dateline, each signed at its end by a credit in brackets (INPUT.md,
"Bylines": a byline sometimes stands at the END; "Headlines": a one-line headline before a story
that opens without a dateline is a new story): the heading after a signed story heads the next
one, flagged. Only with all the evidence: a dated story's credit signs a section, a heading by
form (a question with or without ？, a box label) is a section head, and the text under the
heading must be signed too."""

from tests.parsing.helpers import parse


def _decks(parsed):
    return [article.headline for article in parsed.articles]


def _page(*stories):
    lines = []
    for head, text in stories:
        lines += [head, "", text, ""]
    return parse(*lines[:-1])


def test_undated_stories_each_signed_at_their_end_are_separate_stories():
    parsed = _page(
        (
            "河湾村修通硬化路",
            "河湾村通往镇上的四公里土路铺成了水泥路，村民赶集不再踩泥。（记者 苗青 通讯员 邓路）",
        ),
        ("镇卫生院添置彩超", "镇卫生院新添一台彩超机，村民做检查不用再跑县城。（记者苗青）"),
        (
            "农家书屋新到一批书",
            "农家书屋新到农技、育儿和文学类图书五百册，每晚开放到八点。（苗青 邓路）",
        ),
    )
    assert _decks(parsed) == ["河湾村修通硬化路", "镇卫生院添置彩超", "农家书屋新到一批书"]
    assert parsed.articles[0].reporters == ("苗青", "邓路")
    assert parsed.articles[0].crossheads == ()
    assert sum("请先核对" in flag.message for flag in parsed.flags) == 2


def test_a_dated_storys_credit_signs_a_section_and_the_heading_stays_a_crosshead():
    parsed = _page(
        ("全县冬小麦播种过半", "本报讯　全县冬小麦已播下六成，墒情适宜，出苗整齐。"),
        (
            "农技站派员下田",
            "农技站的技术员每天在田头指导播种，农户说心里有底了。（记者 苗青 通讯员 邓路）",
        ),
        ("种子供应充足", "全县备足了良种，各供销点敞开供应，价格与去年持平。（记者 苗青）"),
    )
    assert _decks(parsed) == ["全县冬小麦播种过半"]
    assert parsed.articles[0].crossheads == ("农技站派员下田", "种子供应充足")


def test_a_question_head_without_its_mark_stays_a_crosshead():
    for head in ("补贴怎么领", "领补贴要带哪些证件", "护理补贴知多少"):
        parsed = _page(
            (
                "居家护理补贴开始发放",
                "全县失能老人的居家护理补贴本月开始发放，每人每月三百元。（记者 苗青）",
            ),
            (head, "老人或家属带身份证到村委会登记，审核后按月打到老人的社保卡上。（记者 苗青）"),
        )
        assert _decks(parsed) == ["居家护理补贴开始发放"], head
        assert parsed.articles[0].crossheads == (head,)


def test_a_box_label_after_a_signed_story_stays_the_storys_own():
    parsed = _page(
        (
            "全县建成十个村级驿站",
            "全县十个村级便民驿站已建成开放，可以代收快递、缴纳水电费。（记者 苗青）",
        ),
        ("■温馨提示", "驿站每天早八点到晚六点开放，节假日照常营业。（苗青）"),
    )
    assert _decks(parsed) == ["全县建成十个村级驿站"]


def test_an_unsigned_text_under_the_heading_is_not_enough_to_split():
    parsed = _page(
        (
            "河湾村修通硬化路",
            "河湾村通往镇上的四公里土路铺成了水泥路，村民赶集不再踩泥。（记者 苗青 通讯员 邓路）",
        ),
        ("路修好了以后", "有了好路，村里的果子当天就能拉到县城，收购商也愿意进村了。"),
    )
    assert _decks(parsed) == ["河湾村修通硬化路"]
    assert parsed.articles[0].crossheads == ("路修好了以后",)


def test_a_story_already_in_sections_keeps_its_signed_sections():
    parsed = _page(
        ("三个村的新变化", "走进全镇的几个村子，处处能看到新气象。"),
        ("东坡村", "东坡村建起了光伏电站，村集体每年增收二十万元。（记者 苗青）"),
        ("西岭村", "西岭村办起了民宿，城里的游客周末来住上两天。（通讯员 邓路）"),
        ("南沟村", "南沟村的核桃合作社今年收购核桃八十吨。（记者 苗青）"),
    )
    assert _decks(parsed) == ["三个村的新变化"]
    assert parsed.articles[0].crossheads == ("东坡村", "西岭村", "南沟村")
