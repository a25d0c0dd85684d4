"""A literary page printed without blank lines (a PDF text layer): a poem's title, its poet's
name, its verse lines, then the next item's title and author straight under the last verse
line. The verse lines are the poem's text and the poet its byline; the next title starts a new
item with its own deck (:mod:`articles.parsing.poemblocks`). Invented pages."""

from tests.parsing.helpers import decks, parse, reasons

ESSAY = ("　　小时候，我家的窗户是纸糊的。每到冬天，", "父亲就把旧报纸裁成方块，一张一张贴上去。")


def test_a_poem_by_a_long_name_then_an_essay_under_the_page_head():
    parsed = parse(
        "美编：林小禾　责任编辑：何　畅",
        "08",
        "松风",
        "山村的雨",
        "那顺乌力吉",
        "雨从后山走下来",
        "敲着每一片瓦",
        "母亲把晾着的衣裳",
        "一件一件收进屋",
        "门前的小河涨了",
        "漫过石头桥",
        "灯窗里的旧事",
        "□ 周望川",
        *ESSAY,
    )
    poem, essay = parsed.articles
    assert (poem.kicker, poem.headline, poem.subheadline) == ("", "山村的雨", "")
    assert poem.reporters == ("那顺乌力吉",)
    assert poem.paragraphs[0] == "雨从后山走下来"
    assert poem.paragraphs[-1] == "漫过石头桥"
    assert (essay.kicker, essay.headline, essay.subheadline) == ("", "灯窗里的旧事", "")
    assert essay.reporters == ("周望川",)
    assert reasons(parsed)["松风"] == "page-section"


def test_a_poem_with_no_poet_named_before_an_essay():
    parsed = parse(
        "晚风送我回家",
        "沿着铁轨走了很远",
        "远处的站台亮着灯",
        "售票的老人在打盹",
        "他的收音机还开着",
        "说说我的老师",
        "程  远",
        "　　我的小学老师姓吴，是个瘦高个子。",
    )
    poem, essay = parsed.articles
    assert (poem.headline, poem.reporters) == ("晚风送我回家", ())
    assert poem.paragraphs == (
        "沿着铁轨走了很远",
        "远处的站台亮着灯",
        "售票的老人在打盹",
        "他的收音机还开着",
    )
    assert (essay.headline, essay.reporters) == ("说说我的老师", ("程远",))


def test_two_poems_one_under_the_other_then_an_essay():
    parsed = parse(
        "雪后",
        "林  舒",
        "一夜的雪",
        "把村庄盖成了白色",
        "麻雀在屋檐下",
        "数着落下来的时辰",
        "灯塔",
        "陈  岩",
        "海上起雾的晚上",
        "它一直醒着",
        "给每一条回港的船",
        "指一条回家的路",
        "茶馆里的下午",
        "□ 吕青禾",
        "　　老街拐角有一家茶馆，开了三十多年。",
    )
    assert decks(parsed) == [("", "雪后", ""), ("", "灯塔", ""), ("", "茶馆里的下午", "")]
    assert [a.reporters for a in parsed.articles] == [("林舒",), ("陈岩",), ("吕青禾",)]
    assert parsed.articles[1].paragraphs[-1] == "指一条回家的路"


def test_a_poem_then_a_brief_under_its_own_title():
    parsed = parse(
        "秋收",
        "苏  禾",
        "稻子弯下了腰",
        "向着土地鞠躬",
        "打谷机响了一整天",
        "晒场上金黄一片",
        "《河边人家》诗集首发",
        "　　本报讯（记者　唐小鸥）日前，诗人苏禾的诗集《河边人家》在市图书馆举行首发式。",
    )
    poem, brief = parsed.articles
    assert (poem.headline, poem.reporters, len(poem.paragraphs)) == ("秋收", ("苏禾",), 4)
    assert brief.headline == "《河边人家》诗集首发"
    assert brief.dateline == "本报讯"


def test_a_poem_of_punctuated_lines_of_even_length_is_its_own_item():
    parsed = parse(
        "春夜",
        "江  月",
        "春风入小院，",
        "细雨落花间。",
        "邻家灯未灭，",
        "读书到更阑。",
        "我的外公",
        "□ 许  晴",
        "　　外公是个木匠。他做的板凳，我们家用了四十年。",
    )
    poem, essay = parsed.articles
    assert (poem.headline, poem.reporters) == ("春夜", ("江月",))
    assert "".join(poem.paragraphs) == "春风入小院，细雨落花间。邻家灯未灭，读书到更阑。"
    assert (essay.headline, essay.reporters) == ("我的外公", ("许晴",))


def test_a_long_news_deck_over_a_reporters_byline_is_no_poem():
    """The boundary: six short heading lines over ``本报记者 X`` are a news story's deck."""
    parsed = parse(
        "市委召开常委会议",
        "研究部署下半年经济工作",
        "强调稳增长促改革",
        "调结构惠民生",
        "防风险保稳定",
        "全力以赴完成全年目标",
        "本报记者　王小川",
        "　　本报讯　市委昨天召开常委会议。",
    )
    (story,) = parsed.articles
    assert story.reporters == ("王小川",)
    assert story.paragraphs == ("本报讯　市委昨天召开常委会议。",)


def test_short_lines_with_no_poet_and_nothing_after_them_stay_as_they_were():
    """No poet, no next title and author: a block of short lines alone proves no poem."""
    lines = ("工地短讯", "一号坝段", "二号坝段", "三号坝段", "四号坝段", "五号坝段")
    before = parse(*lines)
    assert all(len(a.paragraphs) != 5 for a in before.articles)


POEM_BLOCK = (
    "码头的钟",
    "□ 韩听雨",
    "钟声落在水面上",
    "一圈一圈荡开",
    "渔网晒在石阶边",
    "等着傍晚的潮",
    "祖父数过的船",
    "如今只剩两条",
)


def test_a_poem_block_then_a_blank_line_then_an_essay():
    """The poem fills its block; the essay's head stands after a blank line."""
    parsed = parse(
        *POEM_BLOCK,
        "",
        "外婆的腌菜坛",
        "□ 罗知秋",
        "",
        "　　外婆家的灶房角落里，摆着一排黑釉的腌菜坛子，每年立冬都要装满。",
        "",
        "　　她洗菜、晾菜、揉盐，一道工序也不肯省，说是味道全在耐心里。",
    )
    poem, essay = parsed.articles
    assert (poem.kicker, poem.headline, poem.subheadline) == ("", "码头的钟", "")
    assert poem.reporters == ("韩听雨",)
    assert poem.paragraphs == POEM_BLOCK[2:]
    assert (essay.kicker, essay.headline, essay.subheadline) == ("", "外婆的腌菜坛", "")
    assert essay.reporters == ("罗知秋",)
    assert essay.paragraphs[0].startswith("外婆家的灶房角落里")


def test_a_poem_block_then_a_blank_line_then_a_news_story_left_whole():
    parsed = parse(
        *POEM_BLOCK,
        "",
        "港闸区新建三座口袋公园",
        "　　本报讯（记者　唐小鸥）近日，港闸区三座口袋公园建成开放，周边居民多了休闲去处。",
        "　　据介绍，三座公园均利用闲置边角地改建，共栽种乔木两百余株。",
    )
    poem, story = parsed.articles
    assert (poem.headline, poem.reporters, poem.paragraphs) == (
        "码头的钟",
        ("韩听雨",),
        POEM_BLOCK[2:],
    )
    assert (story.headline, story.dateline) == ("港闸区新建三座口袋公园", "本报讯")
    assert len(story.paragraphs) == 2
    assert story.paragraphs[-1].startswith("据介绍")


def test_a_block_over_a_title_and_a_reporters_byline_stays_a_news_deck():
    """A reporter's byline under the title after the blank line: the block above is that
    story's deck, not a poem (its second line looks like a poet's)."""
    deck = ("江海晚潮", "□ 韩听雨", "沿江步道", "全线贯通", "市民尽享", "滨水风光")
    parsed = parse(
        *deck,
        "",
        "沿江步道今起开放",
        "本报记者　王小川",
        "　　本报讯　全长十二公里的沿江步道今天起对市民开放。",
    )
    (story,) = parsed.articles
    assert story.headline.startswith("江海晚潮")
    assert story.reporters == ("王小川",)
