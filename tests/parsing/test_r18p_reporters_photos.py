"""Issue 14, eighteenth round (reporters, photos, teasers): the last name of a byline line glued to
the text under it, pen names spaced out at a story's end, 特派记者, a reader's signature after
the writer's city, captions credited to an agency's short name or with 图： glued after them, a
marked caption cut over two lines, and a teaser target opening with 详见."""

from articles.parsing.names import not_name, parse_names
from tests.parsing.helpers import only_article, parse


def test_a_spaced_name_then_a_name_cut_by_jieba_ending_a_byline_line_are_both_reporters():
    article = only_article(
        "一座小镇的夜市经济",
        "新华社海州5月9日电  新华社记者许  岩  苏子墨",
        "傍晚六点，河西镇的老街上亮起了一排排彩灯，摊主们陆续支起了小吃摊。",
    )
    assert article.reporters == ("许岩", "苏子墨")


def test_a_second_name_spaced_out_ending_a_byline_line_is_a_reporter():
    article = only_article(
        "山区小学用上了新操场",
        "新华社北京5月9日电  新华社记者唐  蕾  方  远",
        "走进石岭乡中心小学，新铺的塑胶跑道格外显眼，孩子们正在上体育课。",
    )
    assert article.reporters == ("唐蕾", "方远")


def test_a_second_name_after_a_single_space_ending_a_byline_line_is_a_reporter():
    article = only_article(
        "社区食堂的一天",
        "新华社南州5月9日电  新华社记者陈默 许一凡",
        "在南州市东城区的一个老旧小区里，社区食堂每天中午要接待两百多位老人。",
    )
    assert article.reporters == ("陈默", "许一凡")


def test_a_byline_parted_from_a_text_opening_with_a_plain_word_takes_no_word_of_the_text():
    article = only_article(
        "高温下的建筑工人",
        "本报讯  记者 王芳 高温下，工地上的工人们把作业时间调到了清晨和傍晚。",
    )
    assert article.reporters == ("王芳",)


def test_a_spaced_pen_name_alone_after_a_commentary_signs_it():
    parsed = parse(
        "让好政策落到田间地头",
        "",
        "春耕时节，农资、农机和农技都要跟上，不能让好政策停在文件里。",
        "",
        "宋  禾",
        "",
        "本版责编：刘  畅",
    )
    assert parsed.articles[0].reporters == ("宋禾",)
    assert "宋  禾" not in parsed.unplaced_lines


def test_a_spaced_pen_name_in_brackets_closing_a_brief_signs_it_whatever_its_characters():
    article = only_article(
        "押金纠纷如何维权",
        "退租时房东以各种理由扣押押金，租客可以先协商，协商不成再申请调解。（西  法）",
    )
    assert article.reporters == ("西法",)


def test_a_special_correspondents_byline_glued_to_the_text_names_the_reporter():
    article = only_article(
        "我市选手夺得跳水金牌",
        "本报杭州11月15日电  特派记者 陈海涛全运会跳水比赛今天落幕，我市选手夺得女子十米台金牌。",
    )
    assert article.reporters == ("陈海涛",)


def test_a_readers_signature_after_the_writers_city_names_the_reader_only():
    assert parse_names("兰城市　读者　赵　明") == ("赵明",)
    assert not_name("兰城市") and not_name("读者")


def test_a_marked_caption_closed_by_an_agencys_short_name_is_a_photo_credited_to_the_agency():
    parsed = parse(
        "欧洲央行维持利率不变",
        "欧洲央行8日宣布维持主要利率不变，这是该行连续第二次按兵不动。(路透)",
        "",
        "■ 欧洲央行总部大楼外景。(路透)",
    )
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("欧洲央行总部大楼外景。", "(路透)")
    ]
    assert parsed.photos[0].photographers == ()


def test_a_picture_credit_glued_after_a_captions_last_sentence_with_tu_colon_is_its_credit():
    parsed = parse(
        "社区推广垃圾分类",
        "社区从下月起推广垃圾分类，每户将领到两个分类垃圾桶。",
        "",
        "■志愿者向居民讲解垃圾分类的方法。图：林小舟",
    )
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("志愿者向居民讲解垃圾分类的方法。", "图：林小舟")
    ]


def test_a_marked_caption_cut_over_two_lines_and_closed_by_its_credit_is_one_photo():
    parsed = parse(
        "南洲大选结果揭晓",
        "南洲国大选计票结果8日揭晓，执政党以微弱优势胜出，",
        "但席位比上届减少。",
        "■南洲执政党支持者在计票",
        "现场挥旗庆祝。（美聯社）",
    )
    assert [p.caption for p in parsed.photos] == ["南洲执政党支持者在计票现场挥旗庆祝。"]
    assert parsed.photos[0].credit_line == "（美聯社）"


def test_a_teaser_target_opening_with_xiangjian_takes_the_title_above_it():
    parsed = parse(
        "井盖松动修好了",
        "市民反映的井盖松动问题，相关部门第二天就派人修好了。",
        "",
        "老城区雨污分流提速",
        "■详见A12版",
    )
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("老城区雨污分流提速",), "A12")
    ]


def test_an_end_dateline_on_its_own_line_holding_the_byline_gives_dateline_and_reporter():
    parsed = parse(
        "新华时评",
        "办事少跑腿才是真便民",
        "　　群众办一件事要跑几个窗口、交几份材料，是检验服务好坏的一把尺子。",
        "　　把“一件事”办好，需要部门之间的数据真正打通，而不是把窗口简单地搬到一起。",
        "（新华社北京3月10日电  记者  宋  禾）",
        "",
        "海港迎来今年首艘邮轮",
        "新华社海津3月10日电（记者 苏  晴）海津港10日迎来今年首艘国际邮轮。",
    )
    first = parsed.articles[0]
    assert (first.dateline, first.reporters) == ("新华社北京3月10日电", ("宋禾",))
    assert [a.headline for a in parsed.articles] == ["办事少跑腿才是真便民", "海港迎来今年首艘邮轮"]


def test_an_end_dateline_glued_to_the_last_sentence_with_a_byline_is_the_dateline_only():
    article = only_article(
        "春耕用上了无人机",
        "今年全县有三百多架植保无人机投入春耕作业。（新华社南关3月10日电 记者 宋禾）",
    )
    assert article.dateline == "新华社南关3月10日电"


def test_an_authors_name_over_his_author_note_under_a_title_is_the_byline_not_a_subheadline():
    parsed = parse(
        "以改革精神推进城乡融合",
        "鲁文清",
        "（作者单位：南州市委党校）",
        "城乡融合发展是现代化的必然要求，关键在于打通要素流动的堵点。",
        "",
        "推进城乡融合，要把县城作为重要切入点，让农民就近享受城市的公共服务。",
    )
    assert [(a.headline, a.subheadline) for a in parsed.articles] == [
        ("以改革精神推进城乡融合", "")
    ]
    assert parsed.articles[0].reporters == ("鲁文清",)


def test_a_dateline_line_with_its_byline_out_of_brackets_opens_the_next_story_not_ends_one():
    parsed = parse(
        "海滨队主场取胜",
        "本报讯（记者 高  翔）昨晚，海滨队在主场以二比一战胜对手。",
        "",
        "本报杭州11月15日电  特派记者 陈海涛",
        "全国跳水比赛今天落幕，我市选手在女子十米台决赛中夺得金牌。",
    )
    assert [a.dateline for a in parsed.articles] == ["本报讯", "本报杭州11月15日电"]
    assert parsed.articles[1].reporters == ("陈海涛",)


def test_a_text_opening_with_the_datelines_place_keeps_its_first_character_from_the_name():
    article = only_article(
        "老矿区变身遗址公园",
        "新华社乌沙4月21日电  记者邵晨  石岚",
        "乌沙市西沟煤矿关闭三年后，矿区变成了一座工业遗址公园。",
    )
    assert article.reporters == ("邵晨", "石岚")
