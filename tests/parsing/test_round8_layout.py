"""Layout, lines and bodies, round 8 (issue 14): app dumps printing a story on one line, headlines
cut in two by their frame on PDF text layers, and results tables inside a story. Pages written
for these tests."""

from articles.parsing.layout import split_paragraph_runs
from tests.parsing.helpers import parse


def test_headline_glued_to_its_dateline_by_spaces_is_split_off():
    line = (
        "河堤步道全线贯通  本报讯（记者 韦长青）昨日，沿河十二公里的河堤步道全线贯通，"
        "市民可从城南一路步行到城北。    步道沿线设了六处休息点。"
    )
    assert split_paragraph_runs(line) == [
        "河堤步道全线贯通",
        "本报讯（记者 韦长青）昨日，沿河十二公里的河堤步道全线贯通，市民可从城南一路步行到城北。",
        "步道沿线设了六处休息点。",
    ]


def test_each_one_line_story_of_an_app_dump_is_a_story_with_its_headline():
    page = parse(
        "河堤步道全线贯通  本报讯（记者 韦长青）昨日，沿河十二公里的河堤步道全线贯通，"
        "市民可从城南一路步行到城北。    步道沿线设了六处休息点，夜间照明同步开通。",
        "老年食堂新增两处  本报讯（通讯员 葛宁）本月起，城北街道新开两家老年食堂，"
        "七十岁以上老人每餐可享受补贴。",
    )
    assert [(a.headline, a.dateline) for a in page.articles] == [
        ("河堤步道全线贯通", "本报讯"),
        ("老年食堂新增两处", "本报讯"),
    ]
    assert page.articles[0].paragraphs[1] == "步道沿线设了六处休息点，夜间照明同步开通。"


def test_title_halves_without_a_dateline_after_them_stay_one_line():
    line = "春耕备耕有序推进  农资供应充足稳定  各地抢抓农时做好准备工作确保不误农时"
    assert split_paragraph_runs(line) == [line]
