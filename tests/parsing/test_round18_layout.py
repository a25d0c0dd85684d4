"""Issue 14, eighteenth round (layout area): a dateline with its reporter in brackets alone on a
line ends the story before it; a box label over its title, tight over the box's text, heads the
story's own box; a letter's salutation opens its text under its headline, and the line tight
under the letter is its signature."""

from tests.parsing.helpers import decks, parse


def test_a_closing_dateline_with_its_reporter_ends_the_story_before_it():
    parsed = parse(
        "说说“随手关灯”这件小事",
        "　　走进一些单位的办公楼，白天灯火通明的走廊并不少见。节约从来不是小题大做。",
        "　　把节约变成习惯，需要制度，也需要每个人从身边做起。",
        "（新华社西宁4月2日电  记者  冯  川）",
        "北河大桥主体完工",
        "　　新华社兰城4月2日电（记者 罗  佳）北河大桥主体工程2日完工，预计六月通车。",
        "　　大桥全长一千二百米，建成后两岸通行时间将缩短半小时。",
    )
    assert decks(parsed) == [("", "说说“随手关灯”这件小事", ""), ("", "北河大桥主体完工", "")]
    assert "冯  川" in parsed.articles[0].text or parsed.articles[0].byline_lines


def test_a_box_label_over_its_title_tight_over_its_text_stays_in_the_story():
    parsed = parse(
        "旧仓库改成社区书房",
        "　　新华社东川5月6日电（记者 肖  寒）东川市把一座废弃的粮食仓库改成了社区书房。",
        "　　书房藏书两万册，每天开放到晚上十点，附近居民步行十分钟就能到达。",
        "链接",
        "社区书房是怎样运营的",
        "　　社区书房一般由街道提供场地，图书馆配送图书，志愿者参与日常管理。",
        "春灌用水有了保障",
        "　　新华社北川5月6日电（记者 余  舟）北川灌区今年春灌已供水三千万立方米。",
    )
    assert decks(parsed) == [("", "旧仓库改成社区书房", ""), ("", "春灌用水有了保障", "")]
    (first, _second) = parsed.articles
    assert "社区书房是怎样运营的" in [block.text for block in first.blocks]


def test_a_marked_tips_box_with_numbered_items_stays_in_the_story():
    parsed = parse(
        "买电热毯当心“三无”产品",
        "",
        "本报讯（记者 吴  桥）入冬以来，电热毯销量上升，市场上也出现了一些没有厂名厂址的产品。",
        "",
        "市场监管部门提醒，这类产品存在漏电隐患，消费者购买时要多加留意。",
        "",
        "■小贴士",
        "挑选电热毯看三点",
        "1. 看标志。正规产品应有产品合格证和安全认证标志。",
        "2. 看说明。说明书应写明额定功率和使用方法。",
        "",
        "地铁三号线站点名称公布",
        "",
        "本报讯（记者 林  溪）地铁三号线十八座车站的名称昨日公布，将于明年年底开通运营。",
    )
    assert [a.headline for a in parsed.articles] == [
        "买电热毯当心“三无”产品",
        "地铁三号线站点名称公布",
    ]


def test_short_lines_over_a_letters_salutation_are_its_headline_on_a_page_of_cut_lines():
    parsed = parse(
        "新建电灌站六座",
        "",
        "本报讯  城南公社今年",
        "新建电灌站六座，",
        "可灌溉农田两千",
        "多亩。各大队组织社",
        "员挖渠筑堤，用",
        "了不到两个月就",
        "全部完工。",
        "",
        "公社还派出技术员",
        "到各站培训管水",
        "员，保证抽水机正常",
        "运转，做到旱能",
        "灌、涝能排。",
        "读者来信",
        "渡口的船该修了",
        "",
        "编辑同志：我们村",
        "到镇上要过一条河，",
        "渡船用了十多年，",
        "船底已经漏水。希",
        "望有关部门早日派",
        "人来修一修。",
        "",
    )
    assert decks(parsed) == [("", "新建电灌站六座", ""), ("读者来信", "渡口的船该修了", "")]
    assert parsed.articles[1].paragraphs[0].startswith("编辑同志：我们村到镇上")


def test_the_line_tight_under_a_letter_is_its_signature_not_the_next_deck():
    parsed = parse(
        "本报讯  县食品厂新上一条",
        "糕点生产线，日产量增加",
        "一倍。",
        "",
        "读者来信：请在路口装个红绿灯",
        "编辑同志：我们厂门口的路口",
        "车多人多，上下班时很不安",
        "全，希望有关部门想想办法。",
        "红星街部分职工",
        "",
        "县粮站提前做好收购准备",
        "本报讯  县粮站已把仓库打扫",
        "干净，秤具也都校验过了。",
        "",
    )
    assert decks(parsed)[1:] == [
        ("", "读者来信：请在路口装个红绿灯", ""),
        ("", "县粮站提前做好收购准备", ""),
    ]
    assert parsed.articles[1].byline_lines == ("红星街部分职工",)


def test_a_line_opening_with_a_pause_mark_makes_the_short_lines_over_it_cut_text():
    parsed = parse(
        "",
        "夜校开课",
        "报名人数超过千人",
        "",
        "本报讯（记者 顾  宁）",
        "4月8日，城东社区夜校春季",
        "班开课，首批开设书法、摄影",
        "和烹饪课程。",
        "夜校为上班族专门安排了周二",
        "、周四晚上的课程，不",
        "少居民下班后直接赶来上课",
        "。",
        "",
        "南湖公园新添儿童乐园",
        "本报讯（记者 蒋  帆）南湖公园",
        "新建的儿童乐园昨天开放。",
    )
    assert [a.title_lines for a in parsed.articles] == [
        ("夜校开课", "报名人数超过千人"),
        ("南湖公园新添儿童乐园",),
    ]
    assert "周二、周四晚上的课程，不少居民" in parsed.articles[0].text


def test_a_cut_line_with_a_comma_a_word_runs_on_into_is_text_not_a_deck_line():
    parsed = parse(
        "",
        "全民健身节开幕",
        "",
        "本报讯（记者 蒋  川）4月2",
        "2日，市第五届全民健身节开幕",
        "。近两万名市民参加了开幕式。",
        "本届健身节将持续到6月举",
        "行，设球类和棋类两大项目，目前",
        "各项报名工作已基本",
        "完成。",
        "",
        "老街区开出便民早餐店",
        "本报讯（记者 田  甜）老街区",
        "新开了三家便民早餐店。",
    )
    assert [a.headline for a in parsed.articles] == ["全民健身节开幕", "老街区开出便民早餐店"]
