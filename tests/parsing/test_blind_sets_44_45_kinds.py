"""Kinds three blind sets (holdout44: a 1920s city tabloid, a Thai Chinese daily, a coal bureau's
paper; holdout45: a late-Qing daily, a Philippine Chinese daily, a lottery weekly; holdout46: a
Korean-prefecture paper, a Canadian community weekly, a forestry e-paper export) showed, on pages
written for these tests:

- a masthead's line of the price per copy in any money of its time and place (``每份铜元三枚``,
  ``每张售钱八文``, ``每份五比索``, ``本埠每份大洋三分``) beside the postage, the paper's address, its
  telephone in Chinese numerals, the issue number and the day's sheets is the masthead's;
- a teaser box labelled ``本报今日要闻索引`` is the box's label; a running head parted by ``‧``
  and an e-paper export's ``本版标题导航`` over ``·title`` links are furniture;
- a column's name over its title is the kicker also when the title is as short, for 问答, 小知识
  and 文苑 columns and with the name in Korean in brackets after it;
- a poet's works and name (``二矿　周建华``), a sign-off naming a works' body (``（团委　李　娜）``),
  a chess problem's composer (``林下客　拟局``), a letter's first writer and others (``李□和等謹啟``)
  and a Korean Chinese family's name (``朴成林``) are read as the writers;
- a forecast under its label ending with a stop, a shop's advert in one line of pieces and the
  paper seeking correspondents are furniture; the paper's own address line is no advert;
- a record's rows of gapped words under its title are its text (a subheadline of phrases and a
  box of figures are not); on a page without sentence stops a title after a blank line heads a
  new item; ``（某社照片）`` after a caption credits a picture.
"""

from __future__ import annotations

import pytest

from tests.parsing.helpers import decks, parse, reasons

_STORY = (
    "",
    "县城新设电灯厂",
    "",
    "本埠商人集资创办电灯厂、已在东门外购地建屋、预计年底发电。",
)


@pytest.mark.parametrize(
    "line",
    [
        "本报每份铜元三枚　外埠另加邮费　社址长宁东大街十号",
        "第九百零二號　本館設在臨江西門大街　每張售錢八文",
        "第8765號　每份五比索　社址：宿務市和平街十二號　電話：三四五─六七八九",
        "第三千零二號　本埠每份大洋三分　今日出版兩大張",
    ],
)
def test_a_masthead_line_of_price_address_and_number_is_furniture(line):
    parsed = parse("长宁晚报", "民国二十年三月四日　星期三", line, *_STORY)
    assert decks(parsed) == [("", "县城新设电灯厂", "")]
    assert reasons(parsed)[line] == "masthead"


def test_a_label_over_teasers_naming_them_an_index_is_the_boxs():
    label = "◎本报今日要闻索引"
    parsed = parse(
        "长宁日报",
        "",
        label,
        "◎县城新设电灯厂　　　五版",
        "◎二中举行运动会　　　七版",
        "",
        "省里拨款修路",
        "",
        "本报讯　省交通厅昨日宣布拨款修路。",
    )
    assert decks(parsed) == [("", "省里拨款修路", "")]
    assert reasons(parsed)[label] == "box-label"
    assert [t.target_label for t in parsed.teasers] == ["5", "7"]


def test_a_running_head_whose_sections_are_parted_by_a_hyphenation_point_is_furniture():
    head = "松港華人週報　2008年3月7日　B2　教會‧社團‧分類"
    parsed = parse(
        head,
        "",
        "華人長者中心春節聯歡",
        "歡迎長者參加",
        "",
        "本報訊　松港華人長者中心將於二月九日舉行春節聯歡會，備有午餐。",
    )
    assert decks(parsed) == [("", "華人長者中心春節聯歡", "歡迎長者參加")]
    assert reasons(parsed)[head] == "page-header"


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("湖畔随笔", "初夏蝉声"),  # a genre's column over a title as short as its name
        ("果树管理问答", "桃树开花前要不要浇水？"),
        ("邮票小知识", "什么是“首日封”？"),
        ("家乡风物（고향의 풍물）", "长白山下采山菜"),  # the name in the paper's other language too
    ],
)
def test_a_columns_name_over_its_title_is_the_kicker(label, title):
    parsed = parse(
        "",
        label,
        title,
        "",
        "每到四月，山里的人家就忙了起来，老人说这是一年里最要紧的时候。",
        "",
        "村里的年轻人也回来了，帮着家里一起干活，直到天黑才收工回家。",
    )
    assert decks(parsed) == [(label, title, "")]


def test_an_epaper_exports_title_navigation_over_its_links_is_site_chrome():
    parsed = parse(
        "东岭水利报 数字报",
        "2022年05月10日　星期二　第02版：综合",
        "上一版　下一版",
        "本版标题导航",
        "·东岭水库完成除险加固",
        "·三个灌区启用智能水表",
        "",
        "东岭水库完成除险加固",
        "本报讯　东岭水库除险加固工程日前通过验收，大坝防洪标准提高到百年一遇。",
        "",
        "三个灌区启用智能水表",
        "本报讯　县水利局在三个灌区安装智能水表一千二百块，农民用手机即可查看用水量。",
    )
    assert decks(parsed) == [
        ("", "东岭水库完成除险加固", ""),
        ("", "三个灌区启用智能水表", ""),
    ]
    assert reasons(parsed)["·东岭水库完成除险加固"] == "navigation"


def test_a_poets_works_and_name_under_the_poems_title_is_the_byline():
    parsed = parse(
        "",
        "林区文苑",
        "    山里的路",
        "          二矿　周建华",
        "    山里的路，",
        "    弯弯曲曲，",
        "    走过春天，",
        "    走到秋天。",
        "",
        "    局机关举办读书会",
        "    本报讯　局机关昨日举办读书会，五十多名干部职工参加。",
    )
    poem = parsed.articles[0]
    assert (poem.kicker, poem.headline, poem.subheadline) == ("林区文苑", "山里的路", "")
    assert poem.reporters == ("周建华",)


def test_a_sign_off_naming_a_works_body_over_a_picture_signs_the_story():
    parsed = parse(
        "    厂乒乓球赛结束",
        "    本报讯　厂第三届职工乒乓球赛昨日结束，机加车间获团体冠军。",
        "                                          （团委　李　娜）",
        "",
        "    乒乓球赛决赛现场。",
        "                                      赵小东　摄",
    )
    assert parsed.articles[0].reporters == ("李娜",)
    assert [photo.caption for photo in parsed.photos] == ["乒乓球赛决赛现场。"]


def test_a_chess_problems_composer_under_its_title_is_its_author():
    parsed = parse(
        "象棋残局",
        "第102局　马到成功",
        "林下客　拟局",
        "　　红先胜。请读者试解，答案见下期。",
    )
    (problem,) = parsed.articles
    assert (problem.kicker, problem.headline) == ("象棋残局", "第102局 马到成功")
    assert problem.reporters == ("林下客",)


def test_a_forecast_line_under_its_label_ending_with_a_stop_is_the_weather():
    line = "明日天气：晴转多云，东南风二到三级，气温十到二十二度。"
    parsed = parse(
        "东山乡建成冷库",
        "东山乡冷库日前竣工，可储存蔬菜五百吨。（通讯员　朴成林）",
        "",
        line,
    )
    assert reasons(parsed)[line] == "weather"
    assert parsed.articles[0].reporters == ("朴成林",)  # (a Korean Chinese family's name)


def test_a_records_rows_under_its_title_are_its_text_not_a_deck():
    parsed = parse(
        "督轅抄",
        "三月初二日　督憲傳見　糧道　鹽道　善後局",
        "候補知縣　何紹文　稟辭赴任　謝委",
        "",
        "西門外石橋年久失修、前日經紳董集款重修、約一月可竣工、往來行人稱便、地方人士咸謂善舉",
    )
    record = parsed.articles[0]
    assert (record.headline, record.subheadline) == ("督轅抄", "")
    assert record.blocks[0].text.startswith("三月初二日")


def test_on_a_page_without_sentence_stops_a_title_after_a_blank_line_heads_a_new_item():
    parsed = parse(
        "督轅抄",
        "三月初二日　督憲傳見　糧道　鹽道　善後局",
        "候補知縣　何紹文　稟辭赴任　謝委",
        "",
        "西門外修橋",
        "西門外石橋年久失修、前日經紳董集款重修、約一月可竣工、往來行人稱便、地方人士咸謂善舉",
        "西門外新修石橋之圖（同文照相館攝）",
        "",
        "城南失火",
        "前夜二鼓時城南某姓草房失慎、延燒鄰屋三間、幸水會聞警馳至、不及半點鐘即撲滅、無人受傷",
        "",
        "笑林",
        "甲問乙曰、何以終日不出門、乙曰、門外欠債者太多、甲笑曰、然則君家門內無債乎、乙語塞",
        "",
        "本埠市價　三月初二日",
        "上白米每石洋六元八角　菜油每擔洋十元",
    )
    assert decks(parsed) == [
        ("", "督轅抄", ""),
        ("", "西門外修橋", ""),
        ("", "城南失火", ""),
        ("", "笑林", ""),
    ]


def test_a_subheadline_of_four_phrases_parted_by_gaps_stays_the_decks():
    parsed = parse(
        "全县秋粮收购全面展开",
        "各站敞开收购　按质论价　现款结算　不让农民跑冤枉路",
        "",
        "本报讯　全县十八个粮站昨日开秤收购秋粮，首日收购稻谷三百多万斤。",
    )
    assert decks(parsed) == [
        ("", "全县秋粮收购全面展开", "各站敞开收购 按质论价 现款结算 不让农民跑冤枉路")
    ]


@pytest.mark.parametrize(
    "advert",
    [
        "新到秋季呢絨　花色齊全　價格公道　長寧瑞祥綢緞莊",
        "北山煤矿机修厂　承接各类水泵维修　电话：3456789",
        "保和堂止咳丸　每瓶大洋五角　各埠均有分售",
    ],
)
def test_a_shops_advert_in_one_line_of_pieces_is_no_story(advert):
    notice = "本報徵求各地通信員、凡有志於新聞事業者、請函寄本報編輯部接洽。"
    parsed = parse(*_STORY, "", notice, "", advert)
    assert decks(parsed) == [("", "县城新设电灯厂", "")]
    assert reasons(parsed)[advert] == "advert"
    assert reasons(parsed)[notice] == "contributions-call"  # (the paper seeking correspondents)


def test_the_papers_own_address_and_telephone_line_is_no_shops_advert():
    line = "本報地址　長寧城內鼓樓前街十七號　電話三四五號"
    parsed = parse(*_STORY, "", line)
    assert reasons(parsed)[line] == "masthead"


def test_a_caption_credited_to_an_agencys_photo_is_a_picture_and_the_sign_off_stays():
    parsed = parse(
        "南門貨倉大火",
        "【本報訊】宿務市南門一座貨倉昨日凌晨起火，所幸無人傷亡。（記者　許美玲）",
        "",
        "消防隊員在南門火場灌救。（華聯社照片）",
        "",
        "中央銀行維持利率不變",
        "本報訊　中央銀行昨日決定維持利率不變。",
    )
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("消防隊員在南門火場灌救。", "（華聯社照片）")
    ]
    assert parsed.articles[0].reporters == ("許美玲",)


def test_a_letter_without_stops_signed_by_its_first_writer_and_others_names_that_writer():
    parsed = parse(
        "來函照登",
        "為修橋事敬告同鄉",
        "敬啟者、西門石橋年久失修、行人往來、時有失足之虞、望各界慷慨解囊、早日修治、幸甚幸甚",
        "西門居民　李□和等謹啟",
    )
    assert parsed.articles[0].reporters == ("李□和",)


def test_a_box_of_rates_under_its_title_stays_out_of_the_stories():
    parsed = parse(
        *_STORY, "", "本週加元兌換率（三月四日）", "美元　1.0310　　港元　0.1320　　人民幣　0.1401"
    )
    assert decks(parsed) == [("", "县城新设电灯厂", "")]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("■本报记者　许一鸣　通讯员　邹立新", ("许一鸣", "邹立新")),
    ],
)
def test_a_byline_of_four_pieces_under_a_title_stays_the_byline(byline, names):
    parsed = parse(
        "护林员老周的二十年",
        byline,
        "凌晨五点，青松岭林场护林员周德山已经出门巡山，二十年来巡护的林子没有发生过一起火灾。",
    )
    assert parsed.articles[0].reporters == names
