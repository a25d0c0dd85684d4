"""A table printed as an item under its own title (a cinema's week, a tide table, a market's
prices): its gapped rows are the item's text, one paragraph a row, never its headline nor a data
box; a bracketed line under the title stays in the deck. A drawing's credit (``某　某　画``) under
its one-sentence caption credits that picture, no story's headline; a film still's caption
(``…剧照：…。``) ending with who supplied it in brackets (``（某厂供稿）``) is a photo. Near misses:
a short title over prose, a story's text ending ``（某局供稿）``, names then 画 under a story's
paragraph. Invented papers, cinemas, places and people."""

from articles.parsing.titledrows import rows_end, table_row
from tests.parsing.helpers import parse

LEAD = ("城西新建两座影院", "", "本报讯　城西区两座新影院昨天开业，共有座位一千二百个。", "")


def test_a_cinemas_week_under_its_title_is_an_item_with_its_rows_as_text():
    parsed = parse(
        *LEAD,
        "下周放映",
        "（5月4日—5月10日）",
        "",
        "东风影院　《江上渔歌》　9:00　14:30　19:00",
        "工人俱乐部　《雪山英雄》　19:30",
        "",
        "南湖公园新添游船",
        "",
        "本报讯　南湖公园新添游船二十条，五一起开放。",
    )
    assert [a.headline for a in parsed.articles] == [
        "城西新建两座影院",
        "下周放映",
        "南湖公园新添游船",
    ]
    table = parsed.articles[1]
    assert table.subheadline == "（5月4日—5月10日）"
    assert [b.text for b in table.blocks] == [
        "东风影院　《江上渔歌》　9:00　14:30　19:00",
        "工人俱乐部　《雪山英雄》　19:30",
    ]


def test_a_tide_table_keeps_its_header_row_and_its_note_apart_from_the_last_row():
    parsed = parse(
        "北湾港潮汐表",
        "",
        "日期　　高潮　　低潮",
        "1日　04:10　16:35　10:22",
        "2日　04:52　17:14　11:03",
        "",
        "（以上为北京时间。）",
        "",
        *LEAD,
    )
    table = parsed.articles[0]
    assert table.headline == "北湾港潮汐表"
    assert [b.text for b in table.blocks] == [
        "日期　　高潮　　低潮",
        "1日　04:10　16:35　10:22",
        "2日　04:52　17:14　11:03",
        "（以上为北京时间。）",
    ]
    assert [a.headline for a in parsed.articles[1:]] == ["城西新建两座影院"]


def test_near_miss_lines_with_sentences_or_one_row_of_figures_are_no_table():
    assert not table_row("东风影院　放映《江上渔歌》，欢迎观看")
    assert table_row("日期　　高潮　　低潮")  # (a header row passes; rows_end wants figures)
    lines = ["日期　　高潮　　低潮", "1日　04:10　16:35", "", "今天海上风浪较大。"]
    assert rows_end(lines, 1) is None  # one row of figures under the header: no table


def test_a_drawings_credit_under_its_caption_credits_the_picture():
    parsed = parse(
        *LEAD,
        "社员们在晒场上读报。",
        "吴　江　画",
        "",
        "识字班开学",
        "",
        "本报讯　东村识字班昨天开学。",
    )
    assert [(p.caption, p.credit_line, p.photographers) for p in parsed.photos] == [
        ("社员们在晒场上读报。", "吴　江　画", ("吴江",))
    ]
    assert [a.headline for a in parsed.articles] == ["城西新建两座影院", "识字班开学"]


def test_near_miss_names_then_hua_under_a_storys_long_paragraph_is_no_credit():
    parsed = parse(
        "春耕忙",
        "",
        "本报讯　各队抓紧春耕，男女老少齐上阵。东村已经耕完三百亩，西村也耕完了一半。",
        "吴　江　画",
    )
    assert parsed.photos == ()


def test_a_film_stills_caption_ending_with_its_supplier_is_a_photo():
    parsed = parse(*LEAD, "影片《江上渔歌》剧照：老渔民在船头补网。（江城电影制片厂供稿）", "")
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("影片《江上渔歌》剧照：老渔民在船头补网。", "（江城电影制片厂供稿）")
    ]


def test_near_miss_a_storys_text_ending_with_its_supplier_stays_text():
    parsed = parse(
        "农药使用须知",
        "",
        "今年春季防治病虫害，请各社按规定用药，注意安全。（县农业局供稿）",
    )
    assert parsed.photos == ()
    assert "县农业局供稿" in parsed.articles[0].blocks[-1].text


def test_near_miss_a_columns_name_in_brackets_under_a_title_stays_in_the_headline():
    from articles.parsing.decks import deck_roles

    assert deck_roles([["五月的田野", "（星期随笔）"]])[2] == ""
    assert deck_roles([["东湖潮汐表", "（五月上半月）"]]) == ("", "东湖潮汐表", "（五月上半月）")


def test_a_table_under_a_title_and_its_period_after_a_story_heads_an_item_of_its_own():
    parsed = parse(
        *LEAD,
        "北湾港潮汐表",
        "（五月上半月）",
        "",
        "日期　　高潮　　低潮",
        "1日　04:10　16:35　10:22",
        "2日　04:52　17:14　11:03",
    )
    assert [a.headline for a in parsed.articles] == ["城西新建两座影院", "北湾港潮汐表"]
    assert parsed.articles[1].blocks[0].text == "日期　　高潮　　低潮"


def test_near_miss_a_title_alone_over_rows_after_a_story_stays_in_that_story():
    parsed = parse(
        "城区足球联赛战罢三轮",
        "",
        "本报讯　城区足球联赛昨天战罢第三轮，东关队继续领跑。",
        "",
        "第三轮比赛结果",
        "",
        "东关队　3:1　西门队",
        "南湖队　0:0　北岸队",
        "",
        "第四轮比赛下周六进行。",
    )
    assert [a.headline for a in parsed.articles] == ["城区足球联赛战罢三轮"]
