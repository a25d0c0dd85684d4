"""Issue 14, seventeenth round (layout area): inline crossheads printed in two halves inside a
one-line body; a cut line that the next line runs on from is text, not a byline; OCR specks
and a vertical slogan's one-character lines part nothing."""

from tests.parsing.helpers import decks, parse, reasons


def test_an_inline_crosshead_in_two_halves_stays_inside_its_one_line_story():
    body = "   ".join(
        (
            "本报讯（记者 林秋）市里昨天公布了今年的老旧小区改造计划，共涉及小区八十六个。",
            "加装电梯 方便老人出行",
            "计划提出，今年将为条件成熟的楼栋加装电梯两百部，居民出资部分可以分期支付。",
            "改造管网 告别雨天积水",
            "各小区的雨污管网将一并改造，改造期间施工单位要保证居民正常用水用电。",
        )
    )
    parsed = parse("老旧小区改造计划公布", body, "")
    assert decks(parsed) == [("", "老旧小区改造计划公布", "")]
    (article,) = parsed.articles
    assert "改造管网 告别雨天积水" in [block.text for block in article.blocks]


def test_a_cut_line_that_looks_like_a_byline_goes_on_into_the_next_line():
    parsed = parse(
        "秋粮收购开局平稳",
        "　　本报讯（记者 石  岚）",
        "记者从市粮食和物资储备局获",
        "悉，截至昨日，全市已收购秋",
        "粮十二万吨，收购价格稳中有",
        "升，农民售粮积极性较高。",
        "",
    )
    (article,) = parsed.articles
    assert article.headline == "秋粮收购开局平稳"
    assert "记者从市粮食和物资储备局获悉，截至昨日" in article.blocks[0].text


def test_an_ocr_speck_between_a_headlines_two_lines_parts_nothing():
    parsed = parse(
        "本报讯  城关公社今年新修水渠十二",
        "里，可灌溉农田三千亩。",
        "",
        "县化肥厂扩建完成",
        "'",
        "年产量翻了一番",
        "",
        "本报讯  县化肥厂扩建工程",
        "近日完成，新车间已经投产，",
        "全厂年产量翻了一番。",
        "",
    )
    assert [title for a in parsed.articles for title in a.title_lines] == [
        "县化肥厂扩建完成",
        "年产量翻了一番",
    ]
    assert reasons(parsed)["'"] == "scan-noise"


def test_a_speck_alone_between_stories_makes_no_story():
    parsed = parse(
        "河东大桥通车",
        "本报讯  河东大桥昨日建成通车，两岸群众往来",
        "(下转第二版)",
        "",
        "·",
        "",
        "新建粮库投入使用",
        "本报讯  县里新建的粮库本月投入使用，可储粮五千吨。",
        "",
    )
    assert [headline for _, headline, _ in decks(parsed)] == ["河东大桥通车", "新建粮库投入使用"]


def test_a_vertical_slogan_interleaved_with_a_column_is_set_aside():
    parsed = parse(
        "钢厂三号高炉提前检修完工",
        "本报讯  钢厂三号高炉的检修工",
        "鼓",
        "程原计划二十天完成，检修队的",
        "足",
        "同志们日夜奋战，只用了十四天",
        "干",
        "就全部完工，比计划提前六天，",
        "劲",
        "节约检修费用两万多元。",
        "",
    )
    (article,) = parsed.articles
    assert article.paragraphs == (
        "本报讯  钢厂三号高炉的检修工程原计划二十天完成，检修队的同志们日夜奋战，"
        "只用了十四天就全部完工，比计划提前六天，节约检修费用两万多元。",
    )
    assert all(reasons(parsed)[char] == "slogan" for char in "鼓足干劲")


def test_a_boxed_tip_list_after_a_story_stays_inside_it():
    parsed = parse(
        "网购退货纠纷增多",
        "本报讯（记者 吴雁）今年以来，市消协受理的网购退货投诉比去年同期增加三成，不少消费者反映商家以各种理由拒绝七天无理由退货。",
        "市消协提醒，消费者遇到此类纠纷，可以先和平台客服协商，协商不成再向监管部门投诉。",
        "■专家支招",
        "1. 收货时当面开箱验货，发现问题当场拍照留存，并拒绝签收。",
        "2. 保存好订单截图和聊天记录，这些都是日后维权的重要凭证。",
        "3. 商家拒不退货时，及时通过平台申请介入，或拨打热线投诉。",
        "",
        "城区新增三座口袋公园",
        "本报讯（记者 叶舟）城区今年新建的三座口袋公园昨天向市民开放，园内设有健身步道和儿童游乐设施。",
        "",
    )
    assert [headline for _, headline, _ in decks(parsed)] == [
        "网购退货纠纷增多",
        "城区新增三座口袋公园",
    ]
    assert "3. 商家拒不退货时" in parsed.articles[0].paragraphs[-1]


def test_a_one_line_title_after_an_interview_of_questions_heads_a_story_of_its_own():
    parsed = parse(
        "让孩子们吃上放心午餐",
        "——教育局局长答本报记者问",
        "　　新学期开始后，不少家长关心学校食堂的饭菜质量。本报记者就此采访了县教育局局长。",
        "　　问：今年学校食堂的饭菜价格会不会上涨？",
        "　　答：不会。县里对学校食堂实行成本核算，饭菜价格和去年保持一致。",
        "　　问：食材的安全怎么保证？",
        "　　答：所有食材统一从定点单位采购，每天留样备查，家长代表也可以随时进食堂检查。",
        "植树也要讲实效",
        "　　每年春天，各单位都要组织植树，可有些地方年年种树不见树，栽下去就没人管了。",
        "　　植树不能只图一时热闹，栽一棵就要活一棵，后期的浇水和管护同样要有人负责。",
        "",
    )
    assert [headline for _, headline, _ in decks(parsed)] == [
        "让孩子们吃上放心午餐",
        "植树也要讲实效",
    ]


def test_a_brief_opened_by_its_source_in_a_box_of_dated_briefs_is_a_brief_of_its_own():
    parsed = parse(
        "北欧多国推广电动渡轮",
        "",
        "【路透社奥斯陆3月2日电】挪威交通部2日说，全国已有七十多艘电动渡轮投入运营。",
        "",
        "简讯",
        "",
        "【法新社里昂3月3日电】里昂市议会3日通过决定，市中心将在周末实行步行化管理。",
        "",
        "【共同社大阪3月3日电】大阪府3日公布的数据显示，去年到访的外国游客创下新高。",
        "",
        "据泰国《湄南日报》3月2日报道，泰国多个府今年的榴莲出口量预计增长两成。",
        "",
    )
    openings = [article.paragraphs[0][:6] for article in parsed.articles]
    assert openings == ["【路透社奥斯", "【法新社里昂", "【共同社大阪", "据泰国《湄南"]


def test_a_source_clause_in_a_storys_own_text_starts_no_brief():
    parsed = parse(
        "北欧多国推广电动渡轮",
        "",
        "【路透社奥斯陆3月2日电】挪威交通部2日说，全国已有七十多艘电动渡轮投入运营。",
        "",
        "据挪威《峡湾日报》3月1日报道，首都附近的两条航线明年也将换用电动渡轮。",
        "",
    )
    assert len(parsed.articles) == 1


def test_a_headline_under_an_editors_note_at_the_top_of_the_page_heads_the_feature():
    parsed = parse(
        "编者按：近来，国外报刊就新能源汽车的前景发表了不少评论。这里摘登一家英国周刊的文章，供读者参考。",
        "",
        "英刊谈电动汽车的下一个十年",
        "【路透社伦敦3月5日电】英国一家周刊最近发表文章说，电动汽车的价格将在十年内与燃油车持平。",
        "文章说，电池成本下降是最主要的原因，充电设施的普及也在加快。",
        "",
        "日本扩大海上风电规模",
        "【共同社东京3月6日电】日本政府6日宣布，将在五年内把海上风电装机容量提高一倍。",
        "",
    )
    assert [headline for _, headline, _ in decks(parsed)] == [
        "英刊谈电动汽车的下一个十年",
        "日本扩大海上风电规模",
    ]


def test_a_deck_in_two_halves_printed_after_its_body_on_a_cut_line_page_heads_that_body():
    parsed = parse(
        "县里启动冬季植树行动",
        "本报讯（记者 龚晓林）本",
        "月起，县里在各乡镇启动冬",
        "季植树行动，计划新增造林",
        "面积一万二千亩，重点绿化",
        "河道两岸和村庄周边。",
        "县林业局介绍，今年的苗木",
        "由县里统一采购，免费发放",
        "给各村，林业技术人员分片",
        "包干，现场指导栽植。各乡",
        "（下转2版）",
        "今年开春以来，我县把老旧",
        "集市改造列入民生实事，全",
        "县二十六个乡镇集市全部完",
        "成了改造，摊位统一规划，",
        "地面全部硬化，还新建了公",
        "共厕所和停车场。赶集的群",
        "众说，现在的集市又干净又",
        "好逛，买东西也方便多了。",
        "街面宽敞明亮  摊位整齐有序",
        "我县乡镇集市改造全部完成",
        "11月2日，东坪镇群众在新建的集市上购买年货。",
        "记者 龚晓林 摄",
        "县人民医院开通夜间门诊",
        "本报讯（记者 梁  悦）县人",
        "民医院从本月起开通夜间门",
        "诊，开设内科、儿科和外科",
        "三个科室，方便上班族看病。",
        "",
    )
    assert ("街面宽敞明亮 摊位整齐有序", "我县乡镇集市改造全部完成", "") in decks(parsed)
    assert parsed.photos[0].caption == "11月2日，东坪镇群众在新建的集市上购买年货。"


def test_a_signature_left_over_an_archive_separator_ends_the_letter_before_it():
    parsed = parse(
        "第2版()",
        "专栏:读者来信",
        "",
        "公共汽车应该增开夜班车",
        "我在城东的工厂上夜班，每天下班已经是深夜，公共汽车早就停开了，只好走一个多钟头回家。",
        "希望公共汽车公司考虑增开几趟夜班车，方便上下夜班的职工。",
        "城东机械厂钳工组组长  赵  林",
        "",
        "第2版()",
        "专栏:读者来信",
        "",
        "图书馆星期日也应该开门",
        "我们平时上班没有时间去图书馆，星期日去了又碰上闭馆，希望图书馆调整开放时间。",
        "城西小学教员  冯  英",
        "",
    )
    assert decks(parsed) == [("", "公共汽车应该增开夜班车", ""), ("", "图书馆星期日也应该开门", "")]
    assert "城东机械厂钳工组组长  赵  林" in parsed.articles[0].byline_lines
