"""A trade paper's staff page prints a worker's poem under its column's label, the author's
line naming the writer's unit in brackets after the name (``□ 田　野（蓝桥市电信局）``): the
byline, the poem its text (INPUT.md, "Headlines": the author's name on the next line is the
byline, not the headline)."""

from tests.parsing.helpers import parse

POEM = (
    "煤矿新闻",
    "",
    "本报讯　8月6日，东山矿新建的洗煤厂投产，年洗煤能力一百二十万吨，比原设计提前两个月。",
    "",
    "矿工园地",
    "井下的灯",
    "□ 林　川（东山矿综采队）",
    "",
    "一盏盏矿灯",
    "是我写在井下的星光",
    "一条条巷道",
    "把地下的煤",
    "送到远方",
)


def test_an_author_line_with_the_writers_unit_in_brackets_heads_the_poem():
    parsed = parse(*POEM)
    poem = parsed.articles[-1]
    assert (poem.kicker, poem.headline, poem.reporters) == ("矿工园地", "井下的灯", ("林川",))
    assert poem.paragraphs[0] == "一盏盏矿灯"
