"""A titled table signed by who supplied it (（…供稿）) is an item of its own, not the table of
the story printed above it (INPUT.md: tables inside stories; a progress table as a titled item)."""

from tests.parsing.helpers import parse

_STORY_ABOVE = (
    "桐岭县新建五座水厂",
    "",
    "本报讯　桐岭县今年新建的五座乡镇水厂已有三座通水。",
    "",
    "县水利局要求，其余两座年底前完工。",
    "",
)
_NEXT_STORY = (
    "",
    "西坡村修通环山路",
    "",
    "本报讯　西坡村八公里环山路日前通车。",
)


def test_a_table_signed_by_its_supplier_under_its_own_title_is_an_item_of_its_own():
    page = parse(
        *_STORY_ABOVE,
        "全县农村供水工程进度表（截至11月30日）",
        "",
        "乡镇　　计划（处）　　完工（处）　　完成比例",
        "石门镇　　12　　9　　75%",
        "青溪乡　　8　　6　　75%",
        "（县水利局规划股供稿）",
        *_NEXT_STORY,
    )
    assert [a.headline for a in page.articles] == [
        "桐岭县新建五座水厂",
        "全县农村供水工程进度表（截至11月30日）",
        "西坡村修通环山路",
    ]
    table = page.articles[1]
    assert table.paragraphs[:2] == (
        "乡镇　　计划（处）　　完工（处）　　完成比例",
        "石门镇　　12　　9　　75%",
    )
    assert table.subheadline == ""
    assert page.articles[0].paragraphs[-1] == "县水利局要求，其余两座年底前完工。"


def test_an_unsigned_table_under_a_story_stays_that_storys_paragraphs():
    page = parse(
        *_STORY_ABOVE,
        "全县农村供水工程进度表（截至11月30日）",
        "",
        "乡镇　　计划（处）　　完工（处）　　完成比例",
        "石门镇　　12　　9　　75%",
        "青溪乡　　8　　6　　75%",
        *_NEXT_STORY,
    )
    assert [a.headline for a in page.articles] == ["桐岭县新建五座水厂", "西坡村修通环山路"]
    assert "石门镇　　12　　9　　75%" in page.articles[0].paragraphs
