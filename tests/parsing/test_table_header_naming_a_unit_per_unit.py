"""A table inside a story whose header row names a column's unit as a unit per unit in brackets
(``均价（元/平方米）``, ``单产（公斤/亩）``) is still the story's table: its title and header row
never become the headline of a new story, and the story goes on after the table as one.

INPUT.md ("Headlines"): over-splitting a page is as wrong as missing a story.
"""

from tests.parsing.helpers import parse


def test_a_header_row_with_a_unit_per_unit_keeps_the_table_in_its_story():
    parsed = parse(
        "全县早稻单产再创新高",
        "",
        "本报讯　记者从县农业局获悉，今年全县早稻平均单产达到每亩四百六十公斤，比去年增加二十公斤。",
        "",
        "各乡镇早稻收成情况",
        "乡镇　　面积（亩）　　单产（公斤/亩）　　增减",
        "河口镇　　12600　　472　　+18",
        "柳林乡　　9800　　455　　+21",
        "数据来源：县农业局",
        "",
        "县农业局有关负责人说，单产提高主要得益于良种推广和科学施肥。",
    )
    assert [a.headline for a in parsed.articles] == ["全县早稻单产再创新高"]
    assert parsed.articles[0].paragraphs[-1].startswith("县农业局有关负责人说")
