"""Headline decks, column names, crossheads, and stories that must not be split or merged."""

from .helpers import only_article, parse

BODY = "本报讯（记者金帅）全县上下推进乡村振兴。取得显著成绩。"
TEXT = "各地要认真贯彻落实会议精神。抓好各项工作。"


def test_kicker_ending_with_dash_headline_and_subheadline_starting_with_dash():
    article = only_article("坚持人民至上——", "全面推进乡村振兴", "——记某县扶贫工作", "", BODY)
    assert (article.kicker, article.headline, article.subheadline) == (
        "坚持人民至上——",
        "全面推进乡村振兴",
        "——记某县扶贫工作",
    )


def test_kicker_ending_with_colon():
    article = only_article("南通机场集团医务室主任顾春华：", "用心守护空港第一防线", "", BODY)
    assert article.kicker == "南通机场集团医务室主任顾春华："
    assert article.headline == "用心守护空港第一防线"


def test_deck_lines_separated_by_blank_lines_stay_one_deck():
    article = only_article("港闸区组织部门强化引领——", "", "用党建品牌让社会组织“亮心”", "", BODY)
    assert article.kicker == "港闸区组织部门强化引领——"
    assert article.headline == "用党建品牌让社会组织“亮心”"


def test_headline_printed_on_two_lines_is_one_headline():
    article = only_article(
        "我市召开汇报会", "", "以重大项目支撑", "南通高质量发展走在前列", "", BODY
    )
    assert article.headline == "以重大项目支撑 南通高质量发展走在前列"
    assert article.kicker == "我市召开汇报会"


def test_headline_printed_as_two_halves_separated_by_two_spaces():
    article = only_article("稳住经济大盘  增进民生福祉", "", BODY)
    assert article.title_lines == ("稳住经济大盘  增进民生福祉",)
    assert article.headline == "稳住经济大盘 增进民生福祉"


def test_column_name_in_brackets_after_the_headline_belongs_to_it():
    article = only_article("让改革红利惠及更多群众（人民论坛）", "", TEXT)
    assert article.headline == "让改革红利惠及更多群众（人民论坛）"


def test_column_name_on_its_own_line_belongs_to_the_headline():
    article = only_article("（人民论坛）", "让改革红利惠及更多群众", "", TEXT)
    assert article.title_lines == ("（人民论坛）", "让改革红利惠及更多群众")
    assert "让改革红利惠及更多群众" in article.headline


def test_column_headline_after_a_story_starts_a_new_story_not_a_crosshead():
    parsed = parse("第一篇新闻", "", BODY, "", "让改革红利惠及更多群众（人民论坛）", "", TEXT)
    assert len(parsed.articles) == 2
    assert parsed.articles[1].title_lines == ("让改革红利惠及更多群众（人民论坛）",)
    assert parsed.articles[0].crossheads == ()


def test_two_stories_without_datelines_separated_by_a_two_line_deck():
    parsed = parse(
        "新时代的奋斗者",
        "",
        "他在山村教书三十年。学生们都很爱他。",
        "",
        "小小快递站",
        "打通服务最后一公里",
        "",
        "村里的快递站开张了。村民取件更方便。",
    )
    assert [a.title_lines for a in parsed.articles] == [
        ("新时代的奋斗者",),
        ("小小快递站", "打通服务最后一公里"),
    ]
    assert parsed.articles[1].paragraphs == ("村里的快递站开张了。村民取件更方便。",)


def test_two_stories_without_datelines_deck_lines_separated_by_blank_lines():
    parsed = parse(
        "新时代的奋斗者",
        "",
        "他在山村教书三十年。学生们都很爱他。",
        "",
        "小小快递站",
        "",
        "打通服务最后一公里",
        "",
        "村里的快递站开张了。村民取件更方便。",
    )
    assert len(parsed.articles) == 2
    assert parsed.articles[1].title_lines == ("小小快递站", "打通服务最后一公里")


def test_headline_printed_after_its_body_goes_to_that_body_by_what_it_says():
    parsed = parse(
        "本报讯（记者金帅）昨日，市级城建重点工程指挥部半年工作讲评会召开。指挥部体制机制优势明显。",
        "",
        "市级城建重点工程指挥部半年工作讲评会召开",
        "",
        "全市污染防治攻坚战",
        "二季度考核督查启动",
        "",
        "本报讯（记者金帅）6日，全市打好污染防治攻坚战二季度考核督查动员培训会召开。",
    )
    first, second = parsed.articles
    assert first.title_lines == ("市级城建重点工程指挥部半年工作讲评会召开",)
    assert second.title_lines == ("全市污染防治攻坚战", "二季度考核督查启动")


# Crossheads -------------------------------------------------------------------------------------


def test_single_crosshead_inside_a_story_stays_inside():
    article = only_article("标题", "", BODY, "", "在社会组织中打造党建品牌", "", TEXT)
    assert article.crossheads == ("在社会组织中打造党建品牌",)
    assert [b.kind for b in article.blocks] == ["paragraph", "crosshead", "paragraph"]


def test_crosshead_with_commas_stays_inside():
    article = only_article("标题", "", BODY, "", "坚持问题导向，破解发展难题", "", TEXT)
    assert article.crossheads == ("坚持问题导向，破解发展难题",)


def test_question_crossheads_stay_inside():
    article = only_article(
        "铁路候补购票指南",
        "",
        "本报讯（记者彭波）春运将至，候补购票受到关注。记者采访了有关部门。",
        "",
        "候补购票的规则是什么？",
        "",
        "候补购票是一种预约购票方式。旅客可以提交需求。",
        "",
        "如何提高候补购票成功率？",
        "",
        "旅客可以选择多个车次。这样成功率更高。",
        "",
        "问：候补订单可以退吗？",
        "",
        "答：可以，且不收手续费。",
    )
    assert article.crossheads == (
        "候补购票的规则是什么？",
        "如何提高候补购票成功率？",
        "问：候补订单可以退吗？",
    )


def test_numbered_heads_on_their_own_lines_stay_inside():
    article = only_article(
        "标题",
        "",
        BODY,
        "",
        "（三）",
        "",
        "加强组织领导",
        "",
        TEXT,
        "",
        "一、坚持党的全面领导，确保改革正确方向",
        "",
        TEXT,
    )
    assert article.crossheads == (
        "（三）",
        "加强组织领导",
        "一、坚持党的全面领导，确保改革正确方向",
    )


def test_long_numbered_head_without_punctuation_is_not_joined_to_the_next_paragraph():
    head = "二、坚持以人民为中心的发展思想，不断增进民生福祉让改革发展成果更多更公平惠及全体人民"
    article = only_article("标题", "", BODY, "", head, "", TEXT)
    assert article.crossheads == (head,)
    assert article.paragraphs == (BODY, TEXT)


def test_lead_in_line_ending_with_dash_inside_a_story_is_a_crosshead():
    article = only_article("标题", "", BODY, "", "一组数据令人振奋——", "", TEXT)
    assert article.crossheads == ("一组数据令人振奋——",)


def test_long_commentary_with_many_sections_is_one_article():
    lines = ["奋力谱写中国式现代化新篇章", "", "本报评论员", ""]
    lines += ["中国式现代化是强国建设、民族复兴的康庄大道。我们要坚定信心。", ""]
    heads = [
        "一、深刻把握中国式现代化的本质要求",
        "（二）",
        "坚持人民至上，站稳人民立场",
        "如何理解高质量发展的首要任务？",
        "问：新质生产力从何而来？",
        "以改革开放增强发展动力",
        "读懂中国经济的韧性——",
        "三、以钉钉子精神抓好落实",
    ]
    for number, head in enumerate(heads):
        lines += [head, "", f"第{number}部分的论述很充分。要把各项任务落到实处。", ""]
    article = only_article(*lines)
    assert article.title_lines == ("奋力谱写中国式现代化新篇章",)
    assert (article.byline, article.reporters) == ("本报评论员", ())
    assert article.crossheads == tuple(heads)
    assert len(article.paragraphs) == len(heads) + 1


def test_joint_statement_with_dozens_of_numbered_sections_is_one_article():
    lines = ["中华人民共和国和某国联合声明", "", "新华社北京5月20日电　双方发表联合声明如下。", ""]
    for number in range(1, 31):
        lines += [f"{number}．双方同意在第{number}个领域加强合作。", ""]
    article = only_article(*lines)
    assert len(article.paragraphs) == 31


def test_indented_commentary_without_blank_lines_keeps_crossheads_inside():
    article = only_article(
        "奋力谱写新篇章",
        "　　中国式现代化是康庄大道。我们要坚定信心。",
        "　　坚持人民至上",
        "　　人民是历史的创造者。我们要依靠人民。",
        "　　以改革增强发展动力",
        "　　改革是发展的根本动力。要全面深化改革。",
    )
    assert article.crossheads == ("坚持人民至上", "以改革增强发展动力")
    assert len(article.paragraphs) == 3


def test_short_quoted_sentence_is_a_paragraph_not_a_crosshead():
    article = only_article("标题", "", BODY, "", "“我们一定要把家乡建设好！”", "", TEXT)
    assert article.crossheads == ()
    assert article.paragraphs == (BODY, "“我们一定要把家乡建设好！”", TEXT)
