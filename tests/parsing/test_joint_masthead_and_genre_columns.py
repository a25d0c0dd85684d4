"""A weekly's masthead naming the bodies that run it together (``某协会　某剧团合办``) under its
name: furniture, never the lead's headline; its teaser box labelled ``本期内容`` over rows marked
``◎`` (the mark no part of a title); a piece told by one person and written down by another
(``口述　某某　整理　某某``) signed under its title: both its authors, no subheadline; a column's
genre over the title (``弹词开篇``, ``新书介绍``, ``名医档案``), also over a work's name in 《》
longer than the label: the kicker. Near misses: a line of two words that says no joint running,
a long line over a work's name. Invented papers, troupes, books and people."""

from articles.parsing.deck_pairs import over_title
from articles.parsing.decks import deck_roles
from articles.parsing.publishers import publisher_line
from tests.parsing.helpers import decks, parse, reasons

LEAD = (
    "越剧团送戏进山村",
    "——三个月演出一百二十场",
    "",
    "本报讯（记者　杭一帆）东湖市越剧团今春分两路进山，三个月演出一百二十场。",
)


def test_a_masthead_naming_bodies_that_run_the_paper_together_is_furniture():
    parsed = parse(
        "东湖戲曲",
        "东湖市戏剧家协会　东湖市越剧团合办",
        "1986年5月9日　星期五　第20期　每份三分",
        "",
        *LEAD,
    )
    assert decks(parsed) == [("", "越剧团送戏进山村", "——三个月演出一百二十场")]
    assert reasons(parsed)["东湖市戏剧家协会\u3000东湖市越剧团合办"] == "masthead"
    assert reasons(parsed)["东湖戲曲"] == "masthead"


def test_near_miss_two_words_that_say_no_joint_running_are_no_publishers():
    assert publisher_line("东湖市戏剧家协会　东湖市越剧团合办")
    assert publisher_line("东湖市文联主办　东湖日报社出版")
    assert not publisher_line("东湖市戏剧家协会　东湖市越剧团")
    assert not publisher_line("越剧团　送戏下乡")


def test_a_box_labelled_benqi_neirong_over_marked_rows_is_teasers():
    parsed = parse(
        "本期内容",
        "◎越剧唱段《秋江》　见三版",
        "◎戏迷信箱：唱腔怎样练　见四版",
        "",
        *LEAD,
    )
    assert [(t.title_lines, t.target_label, t.target_section) for t in parsed.teasers] == [
        (("越剧唱段《秋江》",), "3", ""),
        (("唱腔怎样练",), "4", "戏迷信箱"),
    ]
    assert reasons(parsed)["本期内容"] in ("masthead", "box-label")
    assert decks(parsed) == [("", "越剧团送戏进山村", "——三个月演出一百二十场")]


def test_an_as_told_to_byline_credits_teller_and_writer():
    parsed = parse(
        *LEAD,
        "我唱《秋江》五十年",
        "口述　柳如眉　整理　孙　苇",
        "　　我九岁进科班，第一出学的就是《秋江》。",
    )
    story = parsed.articles[1]
    assert (story.headline, story.subheadline) == ("我唱《秋江》五十年", "")
    assert story.reporters == ("柳如眉", "孙苇")


def test_a_columns_genre_over_the_title_is_the_kicker():
    assert deck_roles([["弹词开篇", "秋到东湖"]]) == ("弹词开篇", "秋到东湖", "")
    assert deck_roles([["新书介绍", "《海边的灯塔》"]]) == ("新书介绍", "《海边的灯塔》", "")
    assert deck_roles([["长篇书目介绍", "《灯塔》"]]) == ("长篇书目介绍", "《灯塔》", "")


def test_near_miss_a_long_line_over_a_works_name_is_no_column():
    assert not over_title("东湖出版社推出新书", "《海边的灯塔》")
    assert not over_title("长篇小说连载介绍", "《海边的灯塔》")  # (longer than a column's name)
