"""One plain heading line inside a story, on a page with a blank line between paragraphs: a new
story's headline or the story's crosshead, weighed by the text under it too (INPUT.md,
"Headlines"; articles/parsing/loneheads.py). Pages written for these tests."""

import pytest

from tests.parsing.helpers import parse


def spaced(*lines: str) -> list[str]:
    """``lines`` with a blank line after each, as the seed prints its paragraphs."""
    return [piece for line in lines for piece in (line, "")]


NEWS = (
    "全市春季植树活动启动",
    "本报讯（记者周岚）昨天上午，全市春季义务植树活动在城北湿地公园启动，两千多名干部群众参加。",
    "今年全市计划新增造林面积一万二千亩，重点建设沿河生态林带。",
    "市林业局负责人表示，植树季结束后将组织专人养护，确保成活率。",
)
ESSAY_HEAD = "窗前那盆兰花"
ESSAY = ("母亲养的兰花开了，淡淡的香气飘满了小屋。", "我常想，日子就该像兰花一样安静。")
NOTE = "（作者系青湖县实验小学教师）"
NEXT = (
    "城东菜市场改造完工",
    "本报讯 经过三个月施工，城东菜市场改造工程日前完工，摊位由六十个增加到一百个。",
)


def _heads(parsed):
    return [a.headline for a in parsed.articles]


@pytest.mark.parametrize(
    "after",
    [(NOTE,), (*NEXT,), (NOTE, *NEXT)],
    ids=["signed-at-the-end", "dated-story-after", "signed-then-story"],
)
def test_a_short_essay_under_its_own_title_after_a_news_story_is_a_story_of_its_own(after):
    parsed = parse(*spaced(*NEWS, ESSAY_HEAD, *ESSAY, *after))
    assert _heads(parsed)[:2] == [NEWS[0], ESSAY_HEAD]
    news, essay = parsed.articles[:2]
    assert news.crossheads == () and ESSAY_HEAD not in news.paragraphs
    assert essay.paragraphs[:2] == ESSAY
    assert [(f.kind, f.line) for f in parsed.flags] == [("heading-new-story", 9)]


def test_a_two_line_deck_over_the_news_story_does_not_change_it():
    deck = (NEWS[0], "两千多名干部群众参加")
    parsed = parse(*spaced(*deck, *NEWS[1:], ESSAY_HEAD, *ESSAY, NOTE))
    assert [(a.headline, a.subheadline) for a in parsed.articles] == [
        (NEWS[0], "两千多名干部群众参加"),
        (ESSAY_HEAD, ""),
    ]
    assert parsed.articles[1].paragraphs[-1] == NOTE  # the essay's own note


def test_a_short_essay_after_an_untitled_dispatch_is_a_story_of_its_own():
    brief = "【新华社北京十日消息】国家林草局今天发布通报，今年春季全国已完成造林三千万亩。"
    parsed = parse(*spaced(brief, ESSAY_HEAD, *ESSAY, NOTE))
    assert _heads(parsed) == ["", ESSAY_HEAD]


def test_an_essay_under_an_author_line_was_and_stays_a_story_of_its_own():
    parsed = parse(*spaced(*NEWS, ESSAY_HEAD, "林  青", *ESSAY, NOTE))
    assert _heads(parsed) == [NEWS[0], ESSAY_HEAD]
    assert parsed.articles[1].reporters == ("林青",)


def test_a_short_unsigned_piece_at_the_page_end_stays_a_crosshead_flagged():
    parsed = parse(*spaced(*NEWS, ESSAY_HEAD, *ESSAY))
    (news,) = parsed.articles
    assert news.crossheads == (ESSAY_HEAD,)
    assert [(f.kind, f.line) for f in parsed.flags] == [("heading-crosshead", 9)]
    assert "请从这里拆开" in parsed.flags[0].message


def test_a_short_section_sharing_the_storys_words_stays_a_crosshead_unflagged():
    section = ("植树活动结束后，干部群众还在湿地公园认领了一百棵树。",)
    parsed = parse(*spaced(*NEWS, "认领一棵树", *section, *NEXT))
    assert parsed.articles[0].crossheads == ("认领一棵树",)
    assert parsed.flags == ()


FEATURE = (
    "古镇码头换新装",
    "本报讯（记者韩冰）走进青湖古镇，码头边的石阶重新铺过，古镇的老码头又热闹起来。",
    "古镇改造时，施工队把码头旧石板一块块编号，修好后再按原样铺回去。",
    "古镇居民王大爷说，码头修好了，古镇的老味道还在。",
)
UNDER = (
    "为了让古镇留住人，镇里在老码头旁开了十多家手作铺子，古镇的夜市也恢复了。",
    "每到周末，来古镇码头看夜景的游客排起长队。",
    "镇里表示，今年还将在古镇举办第一届码头文化节。",
)


@pytest.mark.parametrize("after", [(), NEXT], ids=["page-end", "story-after"])
def test_a_features_only_crosshead_over_text_on_the_same_subject_stays_in_it(after):
    parsed = parse(*spaced(*FEATURE, "灯火照夜归", *UNDER, *after))
    feature = parsed.articles[0]
    assert feature.headline == FEATURE[0]
    assert feature.crossheads == ("灯火照夜归",)
    assert feature.paragraphs[-len(UNDER) :] == UNDER
    assert _heads(parsed)[1:] == ([NEXT[0]] if after else [])
    assert [(f.kind, f.line) for f in parsed.flags] == [("heading-crosshead", 9)]


def test_a_commentary_on_other_things_after_a_news_story_is_still_a_story_of_its_own():
    comment = (
        "近来，不少市民反映小区停车难，晚上回家常常要绕好几圈才找到车位。",
        "停车难，难在规划跟不上，也难在管理不到位，有关部门应当拿出办法。",
        "盘活闲置空地、错峰共享车位，都是可以试一试的办法。",
    )
    parsed = parse(*spaced(*FEATURE, "停车难要下功夫解", *comment))
    assert _heads(parsed) == [FEATURE[0], "停车难要下功夫解"]
    assert [f.kind for f in parsed.flags] == ["heading-new-story"]


def test_a_news_storys_crosshead_over_text_sharing_one_of_its_words_stays_in_it():
    # README: a piece of its own shares no word with the story above; ``鱼塘`` is said once above
    # (no key word), yet the text under the line is the story's, unsigned, before a dated story.
    news = (
        "北湖村鱼塘完成清淤",
        "本报讯（记者 罗青）历时两个月，北湖村十二口鱼塘的清淤工程日前结束，塘埂也加固了。",
        "据介绍，清出的淤泥已运往村东的苗圃，用作花木基肥，村里还修了两条机耕道。",
    )
    under = (
        "最忙的那几天，村民们天不亮就下到鱼塘边，一车车把淤泥运走，晚上还打着手电沿着塘边一口一口地巡查。",
        "“苦是苦，往后养鱼省心了。”他说。",
    )
    parsed = parse(*spaced(*news, "夜深人未歇", *under, *NEXT))
    assert _heads(parsed) == [news[0], NEXT[0]]
    assert parsed.articles[0].crossheads == ("夜深人未歇",)
    assert parsed.articles[0].paragraphs[-2:] == under
    assert [(f.kind, f.line) for f in parsed.flags] == [("heading-crosshead", 7)]
