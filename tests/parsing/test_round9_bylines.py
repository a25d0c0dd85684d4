"""An author's line under a title with a trade before the name (issue 14, ninth round):
``□　营养师　桑　梅`` is the byline, and the trade is no name."""

from articles.parsing.names import parse_names
from tests.parsing.helpers import parse

TEXT = "　　入夏以后，不少家庭喜欢做冷饮。自制冷饮要注意原料新鲜，器具要洗净晾干。"


def test_a_marked_author_line_with_a_trade_before_the_name_is_the_byline():
    parsed = parse("健康小贴士", "自制冷饮　三点要记牢", "", "□　药剂师　钟　岚", "", TEXT)
    article = parsed.articles[0]
    assert article.headline.split() == ["自制冷饮", "三点要记牢"]
    assert article.reporters == ("钟岚",)


def test_the_trade_before_a_marked_name_is_no_name():
    assert parse_names("◎律师　方一鸣") == ("方一鸣",)
    assert parse_names("□ 张三") == ("张三",)


def test_a_bracketed_author_field_label_is_no_name():
    assert parse_names("【作者】本报记者　汪立新") == ("汪立新",)


def test_a_two_character_name_ending_in_wen_keeps_its_last_character():
    assert parse_names("通讯员　邝明　本报记者　管文") == ("邝明", "管文")
    assert parse_names("本报记者 张三 文") == ("张三",)
