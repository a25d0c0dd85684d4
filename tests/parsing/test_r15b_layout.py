"""Layout rules of round 15 (helper B): OCR lines that lost their indent, numbered and bulleted
items of a box of briefs, headlines told by how the page prints them, editor's notes, and
bracketed datelines of headline-less briefs. Pages written for these tests."""

from articles.parsing import parse_page
from tests.parsing.helpers import decks, parse

# An OCR page of a narrow column (lines of about eight characters, no blank lines inside).
OCR_LEAD = [
    "抢修水渠保春灌",
    "",
    "本报讯  开春以来，",
    "全社各大队组织劳",
    "力抢修水渠，已修",
    "好干渠二十多里，",
    "支渠六十多条。",
    "柳林公社八个",
    "大队的社员天不",
    "亮就上工地，晚上",
    "打着马灯夯土，十",
    "天修好一条长五里",
    "的渠道。",
    "各大队还组织了青",
    "年突击队，把水泵",
    "和管子运到了渠首",
    "。公社还派出了技",
    "术员，",
    "（下转第二版）",
]


def test_ocr_first_line_that_lost_its_indent_after_a_sentence_is_text_not_a_crosshead():
    parsed = parse(*OCR_LEAD)
    (article,) = parsed.articles
    assert article.headline == "抢修水渠保春灌"
    assert any("柳林公社八个大队的社员天不亮就上工地" in p for p in article.paragraphs)
    assert [m.direction for m in article.markers] == ["forward"]


NUMBERED_BOX = [
    "砖瓦厂扩建投产",
    "",
    "本报讯  县砖瓦厂",
    "扩建工程日前完工",
    "投产，年产红砖可",
    "达八百万块，比原",
    "来增加一倍多。",
    "",
    "简  讯",
    "1.东湖大队办起",
    "  碾米加工厂",
    "  东湖大队利用水",
    "力办起碾米加工厂，",
    "方便了社员。",
    "2.县邮电局开通",
    "  乡村班车",
    "  县邮电局开通到",
    "各公社的邮件班车，",
    "每天往返一次。",
]


def test_numbered_items_of_a_briefs_box_whose_titles_wrap_are_stories_of_their_own():
    parsed = parse(*NUMBERED_BOX)
    assert len(parsed.articles) == 3
    titles = ["".join(a.title_lines) for a in parsed.articles[1:]]
    assert titles == ["1.东湖大队办起碾米加工厂", "2.县邮电局开通乡村班车"]
    assert parsed.articles[2].paragraphs[0].startswith("县邮电局开通到各公社")


def test_a_bulleted_brief_after_another_bulleted_brief_is_its_own_story():
    parsed = parse(
        "【街坊】",
        "",
        "●河滨步道夜间亮灯",
        "即日起，河滨步道每晚七时至十一时亮灯，方便市民散步。（记者 艾琳）",
        "",
        "●社区图书角换新书",
        "幸福里社区图书角本周换上四百多册新书，居民可免费借阅。",
        "",
        "●菜市场延长营业",
        "东门菜市场夏季营业时间延长至晚上九时。",
        "",
        "城郊果园迎来采摘季",
        "本报记者  祁  远",
        "",
        "城郊的几处果园近日迎来桃子采摘季，周末前来采摘的市民络绎不绝。",
        "",
        "果农老郑说，今年雨水均匀，桃子个大味甜，每斤比去年便宜一元。",
    )
    headlines = [a.headline for a in parsed.articles]
    assert headlines[:3] == ["河滨步道夜间亮灯", "社区图书角换新书", "菜市场延长营业"]
    assert len(parsed.articles) == 4


DIGEST = [
    "海港城市试行夜间公交",
    "【路透社里斯本3月2日电】葡萄牙一座海港城市二日起试行夜间公交，每半小时一班。",
    "",
    "市政府说，试行期为半年，届时将根据客流决定是否延续。",
    "",
    "北欧渔民担忧鳕鱼减产",
    "【共同社东京3月3日电】一项研究显示，北欧海域的鳕鱼数量连续三年下降。",
    "",
    "研究人员认为，海水升温是主要原因。",
    "",
    "山区学校用上太阳能灶",
    "据肯尼亚《高原新闻》网站3月1日报道，东非一些山区学校开始使用太阳能灶做饭。",
    "",
    "报道说，太阳能灶减少了砍柴，学生的午饭也更准时了。",
    "",
    "编者按：各地对“四天工作制”的讨论越来越多。本报摘登一家外国杂志的文章，供读者参考。",
    "",
    "一周上四天班行不行",
    "【澳大利亚《南岸周刊》网站2月27日文章】题：缩短工作周的得与失",
    "",
    "支持者认为，缩短工作周能让员工更专注。",
    "",
    "反对者则担心，服务行业的人手会更加紧张。",
    "",
    "海外视点",
    "",
    "●加拿大一家航空公司宣布，将开通两条新的直飞航线。",
    "",
    "●新西兰一座城市开始试点垃圾分类积分奖励。",
]


def test_a_headline_printed_tight_over_its_text_like_the_pages_dated_headlines_is_a_new_story():
    parsed = parse(*DIGEST)
    headlines = [a.headline for a in parsed.articles]
    assert "山区学校用上太阳能灶" in headlines
    story = parsed.articles[headlines.index("山区学校用上太阳能灶")]
    assert story.paragraphs[0].startswith("据肯尼亚")


def test_an_editors_note_after_a_story_starts_the_feature_it_introduces_with_the_headline_under_it():
    parsed = parse(*DIGEST)
    feature = next(a for a in parsed.articles if a.headline == "一周上四天班行不行")
    assert feature.paragraphs[0].startswith("编者按：")
    assert any(p.startswith("反对者则担心") for p in feature.paragraphs)
    before = next(a for a in parsed.articles if a.headline == "山区学校用上太阳能灶")
    assert not any("编者按" in p for p in before.paragraphs)


def test_a_label_over_bulleted_items_after_a_story_heads_a_story_of_its_own():
    parsed = parse(*DIGEST)
    box = parsed.articles[-1]
    assert box.headline == "海外视点"
    assert len(box.paragraphs) == 2
    assert len(parsed.articles) == 5


def test_a_headline_less_brief_with_a_bracketed_dateline_after_a_bare_dated_story_is_its_own():
    parsed = parse(
        "沿海港口货物吞吐量增长",
        "",
        "新华社北京3月6日电  记者从交通运输部获悉，前两个月沿海港口货物吞吐量同比增长百分之六。",
        "",
        "集装箱吞吐量增长更快，达到百分之九。",
        "",
        "【新华社白音七日消息】白音草原今年第一批防沙林带日前完成栽种，共种下灌木两千亩。",
        "",
        "当地牧民说，林带长起来后，春天的风沙会小很多。",
    )
    assert [a.dateline for a in parsed.articles] == ["新华社北京3月6日电", "新华社白音七日消息"]
    assert decks(parsed)[1] == ("", "", "")
    assert "dispatch-own-story" in [f.kind for f in parsed.flags]


def test_the_same_agencys_second_dispatch_set_the_same_way_still_stays_in_the_story():
    parsed = parse_page(
        "欧盟拟简化企业报告规则\n"
        "【路透社布鲁塞尔3月3日电】欧盟委员会3日提出方案，拟简化企业报告要求。\n"
        "【路透社伦敦3月3日电】英国工业联合会对此方案表示欢迎。\n"
    )
    (article,) = parsed.articles
    assert len(article.paragraphs) == 2


def test_a_letter_spaced_line_over_text_on_an_ocr_page_is_a_headline_even_at_full_width():
    parsed = parse(
        "社 员 自 办 小 水 电",
        "本报讯  青山大队社员",
        "自己动手，在山溪上修",
        "起一座小水电站，全队",
        "一百多户用上了电灯。",
        "",
        "一 位 老 护 林 员 的 日 记",
        "在青山大队的护林点里，",
        "老护林员张有田每天都",
        "要写几行日记，记下山",
        "上的风雨和树木的长势",
        "。他说，山林是集体的",
        "宝，一棵也不能少。",
    )
    assert [a.headline for a in parsed.articles] == [
        "社 员 自 办 小 水 电",
        "一 位 老 护 林 员 的 日 记",
    ]


def test_a_bulleted_brief_title_at_the_columns_width_over_its_text_is_a_title_not_cut_text():
    parsed = parse(
        "■城东菜市场改造完工",
        "城东菜市场改造工程日前完工，新增摊位八十个，市场内还设置了公平秤和休息区。",
        "■全民健身中心开放",
        "市全民健身中心本周六起对市民开放，游泳馆和羽毛球馆实行预约入场。",
        "",
        "本报讯（记者 方  圆）",
        "今年以来，我市新建口",
        "袋公园十二个，市民在",
        "家门口就能散步健身。",
        "公园里还设置了儿童游",
        "乐设施和健身步道，受",
        "到附近居民的欢迎。",
        "",
        "口袋公园",
        "方便市民健身",
    )
    headlines = [a.headline for a in parsed.articles]
    assert headlines[:2] == ["城东菜市场改造完工", "全民健身中心开放"]


def test_an_editors_note_that_ends_the_page_after_a_letter_stays_with_that_letter():
    parsed = parse(
        "读者来信",
        "",
        "请修一修村口的便桥",
        "编辑同志：",
        "　　我村村口的木便桥年久失修，桥板烂了好几块，孩子们上学走在上面很危险，希望有关部门早日修好。",
        "溪口村一村民",
        "",
        "　　编者按：来信反映的问题已转乡政府。乡政府答复，便桥将在本月内修好。",
    )
    (article,) = parsed.articles
    assert article.headline == "请修一修村口的便桥"
    assert article.paragraphs[-1].startswith("编者按")


def test_a_headline_glued_by_one_space_to_its_dateline_on_a_single_spaced_archive_line():
    parsed = parse(
        "第3版(国际)",
        "专栏：国际简讯",
        "作者：",
        "",
        "北海渔民组织合作社 新华社奥斯陆1月4日电 北海沿岸的渔民日前组织起第一个捕鱼合作社。"
        " 合作社统一收购渔获，统一出售。 渔民们说，这样可以少受中间商的压价。",
    )
    (article,) = parsed.articles
    assert article.headline == "北海渔民组织合作社"
    assert article.dateline == "新华社奥斯陆1月4日电"
