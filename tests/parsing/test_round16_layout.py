"""Issue 14, sixteenth round (layout area): a box of briefs under its label, each brief a bullet,
its title, then its text after a gap on the same line (``●标题  正文…``), or its title alone on
the line over its text."""

from tests.parsing.helpers import decks, parse

_STORY = (
    "老街夜市今晚开市",
    "本报讯（记者 韩青）经过两个月的筹备，老街夜市今晚正式开市，首批入驻摊位六十个，以本地小吃和手工艺品为主。",
    "夜市每天18时至23时开放，周边设置了三处临时停车场。",
    "",
)


def test_bulleted_titles_glued_to_their_text_by_spaces_each_head_a_brief():
    parsed = parse(
        *_STORY,
        "城市快讯",
        "●东湖游船恢复夜航  东湖景区管理处昨天宣布，从本周起游船恢复夜间航班，末班船21时发出。",
        "●体育中心泳池对外开放  市体育中心室外泳池本周六起对市民开放，每场限流三百人。",
        "●二路公交线路临时调整  因道路施工，二路公交车即日起绕行解放路，预计持续一个月。",
        "",
    )
    headlines = [headline for _, headline, _ in decks(parsed)]
    assert headlines == [
        "老街夜市今晚开市",
        "东湖游船恢复夜航",
        "体育中心泳池对外开放",
        "二路公交线路临时调整",
    ]
    assert parsed.articles[2].paragraphs == (
        "市体育中心室外泳池本周六起对市民开放，每场限流三百人。",
    )


def test_bulleted_titles_over_their_text_under_a_tight_label_each_head_a_brief():
    parsed = parse(
        *_STORY,
        "城市快讯",
        "●东湖游船恢复夜航",
        "东湖景区管理处昨天宣布，从本周起游船恢复夜间航班，末班船21时发出。",
        "●体育中心泳池对外开放",
        "市体育中心室外泳池本周六起对市民开放，每场限流三百人。",
        "",
    )
    headlines = [headline for _, headline, _ in decks(parsed)]
    assert headlines == ["老街夜市今晚开市", "东湖游船恢复夜航", "体育中心泳池对外开放"]


def test_a_bulleted_line_parted_by_a_single_space_stays_one_paragraph():
    parsed = parse(
        "东湖游船恢复夜航",
        "本报讯 东湖景区管理处昨天宣布，从本周起游船恢复夜间航班。",
        "●末班船时间 末班船21时发出，游客可在东门码头购票，票价与白天相同，儿童半价。",
        "",
    )
    (article,) = parsed.articles
    assert article.paragraphs[-1].startswith("●末班船时间 末班船21时发出")


def test_a_short_first_line_over_a_shorter_cut_line_with_a_comma_is_text_not_a_crosshead():
    parsed = parse(
        "公社兴修水利",
        "",
        "本报讯 今冬以来，各公社社",
        "员积极投入水利建设，工地",
        "上热火朝天，处处是一片繁",
        "忙景象。红旗大队组织青年",
        "突击队，日夜奋战在水库工",
        "地上，提前完成了任务。",
        "县供销社抽调营业人员",
        "三十多名，分赴各个",
        "大队，帮助社员们出售余",
        "粮。",
        "",
    )
    (article,) = parsed.articles
    assert (
        article.paragraphs[-1] == "县供销社抽调营业人员三十多名，分赴各个大队，帮助社员们出售余粮。"
    )


def test_a_letters_salutation_with_its_text_on_the_line_is_text_not_a_headline():
    parsed = parse(
        "县城有了新浴室",
        "",
        "本报讯  县服务公司新建",
        "的浴室日前开业，每天可",
        "接待顾客五百多人，群众",
        "洗澡难的问题解决了。",
        "",
        "读者来信",
        "晒场应当早修好",
        "",
        "编辑同志：我们大队",
        "的晒场年久失修，一下",
        "雨就积水，秋收时粮食晾",
        "不干，希望早日修好。",
        "",
    )
    assert decks(parsed)[-1] == ("读者来信", "晒场应当早修好", "")
    assert parsed.articles[-1].paragraphs[0].startswith("编辑同志：我们大队的晒场")
