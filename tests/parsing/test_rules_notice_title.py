"""Rules the reader must know for doing something, titled ``…须知`` (``乘船须知``, ``投稿须知``),
printed after another item: an item of their own, never a crosshead of the item above, their
numbered clauses its text. Near miss: such a title announced by the story's last paragraph
(ending with a colon) stays inside it. Invented ferries and papers."""

from articles.parsing.notices import notice_title
from tests.parsing.helpers import parse

TABLE = (
    "东湖轮渡夏季班次表",
    "（7月1日起执行）",
    "",
    "班次　　开船　　到达",
    "1　　07:30　　08:10",
    "2　　09:00　　09:40",
    "",
    "注：遇大风停航，以码头公告为准。",
    "",
)
RULES = (
    "乘船须知",
    "",
    "1.乘客应在开船前十分钟上船，开船前五分钟停止检票。",
    "",
    "2.儿童乘船须有成人陪同。",
)


def test_a_rules_title_after_a_table_heads_an_item_of_its_own():
    parsed = parse(*TABLE, *RULES)
    assert [a.headline for a in parsed.articles] == ["东湖轮渡夏季班次表", "乘船须知"]
    assert [b.text[:2] for b in parsed.articles[1].blocks] == ["1.", "2."]


def test_near_miss_rules_announced_by_the_paragraph_above_stay_in_its_story():
    parsed = parse(
        "轮渡公司调整夏季班次",
        "",
        "本报讯　东湖轮渡公司7月1日起调整夏季班次，并重申乘船规定：",
        "",
        *RULES,
    )
    assert [a.headline for a in parsed.articles] == ["轮渡公司调整夏季班次"]
    assert notice_title("投稿须知") and not notice_title("须知")
