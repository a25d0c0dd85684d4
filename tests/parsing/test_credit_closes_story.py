"""A paragraph closed by a story-end credit with a role (``…。（记者 赵敏 通讯员 钱立）``) ends its
story: a heading line printed after it heads the next story, not a crosshead of this one
(INPUT.md: a byline sometimes stands at the END; articles/parsing/storyends.py). Without such a
credit, heading lines inside a story stay its crossheads."""

import pytest

from articles.parsing import parse_page

# Three briefs, each a one-line headline over paragraphs set apart by blank lines, no dateline,
# each signed off in brackets at its end.
BRIEFS = (
    "河湾小学新建图书角\n\n"
    "河湾小学把一间闲置教室改成了图书角，书架上摆放着家长和老师捐出的两千多册图书。\n\n"
    "校长介绍，图书角每天午休时段开放，由高年级学生轮流担任管理员。（记者 吴青 通讯员 周航）\n\n"
    "南门桥完成加固\n\n"
    "南门桥加固工程日前完工，桥面重新铺设了沥青，两侧护栏也全部更换。（记者吴青）\n\n"
    "镇卫生院开设夜间门诊\n\n"
    "镇卫生院从本周起开设夜间门诊，每晚八点前都有医生坐诊，方便白天上班的居民看病。（实习生 林越）\n"
)


def _headlines(page: str) -> list[str]:
    return [article.headline for article in parse_page(page).articles]


def test_each_story_signed_off_with_a_role_credit_is_a_story_of_its_own():
    articles = parse_page(BRIEFS).articles
    assert [a.headline for a in articles] == [
        "河湾小学新建图书角",
        "南门桥完成加固",
        "镇卫生院开设夜间门诊",
    ]
    assert [a.reporters for a in articles] == [("吴青", "周航"), ("吴青",), ("林越",)]
    assert articles[0].byline == "记者 吴青 通讯员 周航"
    assert all(not a.crossheads for a in articles)


def test_without_blank_lines_between_paragraphs_the_credit_still_ends_the_story():
    page = BRIEFS.replace("\n\n", "\n")
    assert _headlines(page) == ["河湾小学新建图书角", "南门桥完成加固", "镇卫生院开设夜间门诊"]


def test_a_kicker_over_the_next_headline_goes_with_the_next_story():
    page = BRIEFS.replace("南门桥完成加固\n", "出行更安全了\n南门桥完成加固\n")
    articles = parse_page(page).articles
    assert [(a.kicker, a.headline) for a in articles] == [
        ("", "河湾小学新建图书角"),
        ("出行更安全了", "南门桥完成加固"),
        ("", "镇卫生院开设夜间门诊"),
    ]
    assert all(not a.crossheads for a in articles)


def test_a_credit_inside_a_story_with_text_after_it_keeps_the_crossheads():
    # a reporter's credit closes a paragraph mid-story (text goes on under it), and a quoted
    # source's bracket with no role closes the paragraph over the crosshead: one story
    page = (
        "老城区雨污分流改造过半\n\n"
        "老城区雨污分流改造已完成过半，今年汛期前将完成主干管网的铺设。（记者 吴青）\n\n"
        "施工单位正在抓紧推进，工人们每天分两班作业，沿街商户照常营业。\n\n"
        "专家认为，分流改造能明显减轻雨季内涝。（据《城建周刊》）\n\n"
        "夜间施工减少扰民\n\n"
        "为减少对居民出行的影响，部分路段改在夜间施工，并提前在小区张贴了施工公告。\n\n"
        "居民可拨打热线反映施工中遇到的问题，施工单位承诺在两小时内回复处理。\n"
    )
    (article,) = parse_page(page).articles
    assert article.crossheads == ("夜间施工减少扰民",)


def test_a_photo_credit_is_no_story_end_credit():
    from articles.parsing.results import Block
    from articles.parsing.storyends import credit_closed
    from articles.parsing.units import Body

    body = Body(1)
    body.blocks.append(Block("paragraph", "工人们正在西街铺设新的排水管道。（记者 吴青 摄）"))
    assert not credit_closed(body)
    body.blocks[-1] = Block("paragraph", "工人们正在西街铺设新的排水管道。（记者 吴青）")
    assert credit_closed(body)


def test_a_story_with_crossheads_and_one_credit_at_its_very_end_stays_one_story():
    page = (
        "社区养老服务站覆盖全区\n\n"
        "全区四十二个社区都已建成养老服务站，为老人提供助餐、助浴和日间照料服务。\n\n"
        "助餐点就在家门口\n\n"
        "各服务站与周边餐馆合作开设助餐点，老人步行十分钟内就能吃上热饭热菜。\n\n"
        "志愿者上门陪护\n\n"
        "服务站还组织志愿者定期上门，陪独居老人聊天、帮他们打扫卫生。（记者 吴青 通讯员 周航）\n"
    )
    (article,) = parse_page(page).articles
    assert article.crossheads == ("助餐点就在家门口", "志愿者上门陪护")
    assert article.reporters == ("吴青", "周航")


@pytest.mark.parametrize(
    "head", ["相关链接", "■记者手记", "链接：什么是养老服务站", "二、服务站怎么找"]
)
def test_the_storys_own_box_or_numbered_section_after_its_credit_stays_its_own(head):
    page = (
        "社区养老服务站覆盖全区\n\n"
        "全区四十二个社区都已建成养老服务站，为老人提供助餐、助浴和日间照料服务。\n\n"
        "服务站还组织志愿者定期上门，陪独居老人聊天、帮他们打扫卫生。（记者 吴青 通讯员 周航）\n\n"
        f"{head}\n\n"
        "养老服务站是设在社区里的综合服务场所，由街道统一管理，主要为辖区老人提供日常照料。\n"
    )
    (article,) = parse_page(page).articles
    assert article.crossheads == (head,)
