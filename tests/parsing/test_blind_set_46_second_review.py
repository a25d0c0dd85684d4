"""Kinds a second reviewer saw on blind set 46 (a Korean-prefecture paper, a Canadian community
weekly, a forestry e-paper export), on pages written for these tests:

- an infographic printed as text (a title, rows of a name and a figure, the source and who drew
  it) is a story of its own, its rows the text; never lines set aside with no flag;
- a table of figures set aside beside the stories is flagged for the desk;
- a caption of one sentence standing in its own block after a story, with who supplied it in
  brackets under it (``（县文化馆供稿）``), is a picture alone, not two more paragraphs;
- a standing timetable under its label (教堂聚会 over rows of who, what and when), and
  classified adverts under 分类广告, are set aside and flagged, never a headline;
- a running head's section name leaves out the paper's name and a masthead's 免费赠阅;
- a column of items translated from foreign papers (東報譯要) over a title is its kicker;
- a table under a story's lead-in (``价格如下：``) whose rows letter-space a two-character name
  (``白　菜　　　2.10``) is that story's text, and who supplied it under the last row ends the
  story, never the next story's headline.
"""

from __future__ import annotations

from tests.parsing.helpers import decks, parse, reasons

_TEXT = "本报讯　县文化馆昨日举办民间剪纸展，展出作品一百二十件，吸引市民三千余人次参观。"


def test_an_infographic_of_rows_with_its_source_and_maker_is_a_story():
    parsed = parse(
        "剪纸展在县文化馆开幕",
        _TEXT,
        "",
        "图说：全年文化惠民账本",
        "送戏下乡　86场",
        "公益讲座　54期",
        "合计　140场次",
        "（数据来源：县文旅局　制图：陶　然）",
        "",
        "县图书馆延长开放时间",
        "本报讯　县图书馆自下月起每天开放至晚上九点，周末照常开放。",
    )
    assert decks(parsed) == [
        ("", "剪纸展在县文化馆开幕", ""),
        ("", "图说：全年文化惠民账本", ""),
        ("", "县图书馆延长开放时间", ""),
    ]
    graphic = parsed.articles[1]
    assert graphic.paragraphs == (
        "送戏下乡　86场",
        "公益讲座　54期",
        "合计　140场次",
        "（数据来源：县文旅局　制图：陶　然）",
    )
    assert graphic.reporters == ()
    assert not [item for item in parsed.set_aside if item.reason == "data-box"]


def test_a_table_of_figures_set_aside_beside_the_stories_is_flagged():
    parsed = parse(
        "剪纸展在县文化馆开幕",
        "",
        _TEXT,
        "",
        "篮球联赛战况",
        "东关队　3：1　西街队",
        "南岗队　2：2　北湖队",
        "",
        "县图书馆延长开放时间",
        "",
        "本报讯　县图书馆自下月起每天开放至晚上九点，周末照常开放。",
    )
    assert reasons(parsed)["东关队　3：1　西街队"] == "data-box"
    assert [f.kind for f in parsed.flags if f.kind == "data-box"] == ["data-box"]


def test_a_one_sentence_caption_with_its_supplier_alone_after_a_story_is_a_picture():
    parsed = parse(
        "剪纸展在县文化馆开幕",
        "",
        _TEXT,
        "",
        "老艺人金顺姬在给孩子们示范剪窗花。",
        "（县文化馆供稿）",
        "",
        "县图书馆延长开放时间",
        "",
        "本报讯　县图书馆自下月起每天开放至晚上九点，周末照常开放。",
        "借阅证办理改在一楼大厅，读者凭身份证即可办理。",
    )
    assert decks(parsed) == [("", "剪纸展在县文化馆开幕", ""), ("", "县图书馆延长开放时间", "")]
    assert parsed.articles[0].paragraphs == (_TEXT,)
    assert [(p.caption, p.credit_line, p.article_position) for p in parsed.photos] == [
        ("老艺人金顺姬在给孩子们示范剪窗花。", "（县文化馆供稿）", None)
    ]


def test_a_story_signed_by_its_supplier_keeps_its_last_paragraph():
    parsed = parse(
        "剪纸展在县文化馆开幕",
        "",
        _TEXT,
        "展览将持续到本月底。",
        "（县文化馆供稿）",
        "",
        "县图书馆延长开放时间",
        "",
        "本报讯　县图书馆自下月起每天开放至晚上九点，周末照常开放。",
    )
    assert parsed.articles[0].paragraphs == (_TEXT, "展览将持续到本月底。", "（县文化馆供稿）")
    assert not parsed.photos


def test_a_table_with_letter_spaced_names_under_a_lead_in_is_the_storys_text():
    rows = (
        "品　名　　单位　　价格（元）",
        "白　菜　　　斤　　　0.45",
        "土　豆　　　斤　　　0.60",
        "大　葱　　　斤　　　1.20",
    )
    parsed = parse(
        "本周蔬菜价格回落",
        "本报讯　据县物价局监测，本周蔬菜供应充足，多数品种价格回落。主要品种价格如下：",
        *rows,
        "（县物价局供稿）",
        "",
        "县图书馆延长开放时间",
        "本报讯　县图书馆自下月起每天开放至晚上九点，周末照常开放。",
    )
    assert decks(parsed) == [("", "本周蔬菜价格回落", ""), ("", "县图书馆延长开放时间", "")]
    assert parsed.articles[0].paragraphs[1:] == (*rows, "（县物价局供稿）")


def test_a_standing_timetable_under_its_label_is_set_aside_and_flagged_not_a_headline():
    rows = (
        "恩典堂：主日礼拜　周日上午九时半",
        "福音堂：祷告会　周三晚七时",
        "青年团契：周六下午三时",
    )
    parsed = parse(
        "剪纸展在县文化馆开幕",
        "",
        _TEXT,
        "",
        "教堂聚会",
        *rows,
        "",
        "县图书馆延长开放时间",
        "",
        "本报讯　县图书馆自下月起每天开放至晚上九点，周末照常开放。",
    )
    assert decks(parsed) == [("", "剪纸展在县文化馆开幕", ""), ("", "县图书馆延长开放时间", "")]
    assert all(reasons(parsed)[line] == "data-box" for line in ("教堂聚会", *rows))
    assert [f.line for f in parsed.flags if f.kind == "data-box"] == [5]


def test_classified_adverts_under_their_label_are_set_aside_as_adverts():
    ads = (
        "房屋出租：东区近地铁站，一房一厅，月租八百元，电话 555-0192，有意者请于晚上来电",
        "招聘：中餐馆请厨师一名，有经验者优先，请电 555-0178 陈先生",
    )
    parsed = parse(
        "剪纸展在县文化馆开幕",
        "",
        _TEXT,
        "",
        "分类广告",
        *ads,
    )
    assert decks(parsed) == [("", "剪纸展在县文化馆开幕", "")]
    assert all(reasons(parsed)[line] == "advert" for line in ("分类广告", *ads))


def test_a_running_heads_section_leaves_out_the_papers_name_and_circulation_words():
    story = ("", "剪纸展在县文化馆开幕", "", _TEXT)
    assert parse("第三版　文体　岭南县报　1986年5月14日", *story).metadata.section == "文体"
    assert parse("B2　社區新聞　港灣華人週報　2008年3月7日", *story).metadata.section == "社區新聞"
    assert parse("岭南晚报　　一九五七年四月十八日", *story).metadata.section == ""
    masthead = parse("港灣華人週報", "第88期　2008年3月7日（星期五）　免費贈閱", *story).metadata
    assert masthead.section == ""


def test_a_column_of_items_translated_from_foreign_papers_is_the_kicker():
    parsed = parse(
        "岭海日报",
        "",
        "县城新设电灯厂",
        "本埠商人集资创办电灯厂、已在东门外购地建屋、延聘洋匠装机、预计年底即可发电、城中商号多愿装用",
        "",
        "東報譯要",
        "德國氣球升空",
        "德國某廠新製氣球一具、昨在柏林城外升空、高至二百餘丈、觀者萬人、皆稱其奇云（譯西字晚報）",
        "",
        "本埠學堂添設夜班",
        "本埠公立學堂以商家子弟日間無暇、議定添設夜班、每晚授課兩點鐘、不收學費、報名者已有四十餘人",
    )
    assert decks(parsed)[1] == ("東報譯要", "德國氣球升空", "")


def test_a_supplied_picture_whose_caption_names_the_story_above_goes_with_it():
    parsed = parse(
        "剪纸展在县文化馆开幕",
        "",
        _TEXT,
        "",
        "剪纸展展出的《百鸟图》。",
        "（县文化馆供稿）",
        "",
        "县图书馆延长开放时间",
        "",
        "本报讯　县图书馆自下月起每天开放至晚上九点，周末照常开放。",
        "借阅证办理改在一楼大厅，读者凭身份证即可办理。",
    )
    assert [(p.caption, p.article_position) for p in parsed.photos] == [
        ("剪纸展展出的《百鸟图》。", parsed.articles[0].position)
    ]
    assert parsed.articles[0].paragraphs == (_TEXT,)
